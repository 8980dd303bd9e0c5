package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ringbook service} as a server runs it: its own process, no display, stopped by a signal. */
class ServiceModeTest {

    @TempDir
    Path dir;

    private Process start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        return builder.start();
    }

    @Test
    void runsHeadlessRefusesASecondEngineAndStopsCleanlyOnSigterm() throws Exception {
        Process service = start("service", "--data-dir", dir.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("Ringbook engine running on " + dir).contains("simulated carrier");

            Process second = start("service", "--data-dir", dir.toString());
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("already running on " + dir);

            service.destroy();
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            service.destroyForcibly();
        }
        assertThat(dir.resolve("ringbook.db")).exists();
    }

    @Test
    void aWrongCommandSaysWhatIsWrongAndExitsWithTwo() throws Exception {
        Process wrong = start("sevrice");
        assertThat(wrong.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(wrong.exitValue()).isEqualTo(2);
        assertThat(new String(wrong.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("unknown command \"sevrice\"").contains("Usage: ringbook");
    }
}
