package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondEngineOnTheSameDataDirRefusesToStartWithAClearMessage() {
        try (Ringbook first = Ringbook.open(dir, Map.of(), Clock.systemUTC())) {
            assertThatThrownBy(() -> Ringbook.open(dir, Map.of(), Clock.systemUTC()))
                    .isInstanceOf(DataDirLock.HeldElsewhere.class)
                    .hasMessageContaining("already running on " + dir)
                    .hasMessageContaining("--data-dir");
            assertThat(first.engine().status().snapshot().join().engineState().name()).isEqualTo("RUNNING");
        }
        try (Ringbook again = Ringbook.open(dir, Map.of(), Clock.systemUTC())) {
            assertThat(again.dataDir()).isEqualTo(dir);
        }
    }

    @Test
    void aLockLeftByAKilledProcessDoesNotBlockARestart() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDataDir.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> Ringbook.open(dir, Map.of(), Clock.systemUTC()))
                    .hasMessageContaining("process " + holder.pid());

            holder.destroyForcibly();
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (Ringbook restarted = Ringbook.open(dir, Map.of(), Clock.systemUTC())) {
            assertThat(restarted.engine().status().snapshot().join().engineState().name()).isEqualTo("RUNNING");
        }
    }
}
