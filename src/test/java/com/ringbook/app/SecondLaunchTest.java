package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Launching the console again on the same data dir brings the running one forward instead of refusing. */
class SecondLaunchTest {
    @TempDir
    Path dataDir;

    @Test
    void aSecondLaunchAsksTheRunningConsoleToComeForwardAndEndsWithoutTouchingItsEngine() {
        AtomicInteger broughtForward = new AtomicInteger();
        try (Ringbook first = Ringbook.open(dataDir, Map.of(), Clock.systemUTC());
             InstanceDoor door = InstanceDoor.open(dataDir, broughtForward::incrementAndGet)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int exit = Main.run(new String[] {"--data-dir", dataDir.toString()}, Map.of(),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC());

            assertThat(exit).isZero();
            assertThat(broughtForward).hasValue(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("already open on " + dataDir);
            assertThat(first.engine().status().snapshot().join().engineState().name()).isEqualTo("RUNNING");
        }
    }

    @Test
    void aKnockOnlyOpensTheDoorWithItsKeyAndFindsNobodyOnceTheConsoleHasGone() throws Exception {
        AtomicInteger broughtForward = new AtomicInteger();
        InstanceDoor door = InstanceDoor.open(dataDir, broughtForward::incrementAndGet);
        Path file = dataDir.resolve(InstanceDoor.FILE);
        String real = Files.readString(file);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        Files.writeString(file, real.split(" ")[0] + " not-the-key\n");
        assertThat(InstanceDoor.knock(dataDir)).isFalse();
        Files.writeString(file, real);
        assertThat(InstanceDoor.knock(dataDir)).isTrue();
        assertThat(broughtForward).hasValue(1);

        door.close();
        assertThat(file).doesNotExist();
        assertThat(InstanceDoor.knock(dataDir)).isFalse();
        // A console that was killed leaves its door file behind: nobody answers, and the launch goes on.
        Files.writeString(file, real);
        assertThat(InstanceDoor.knock(dataDir)).isFalse();
    }

    @Test
    void twoLaunchesAtOnceEndWithOneConsoleAndTheOtherHandingOver() {
        AtomicInteger broughtForward = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<InstanceDoor> door = new java.util.concurrent.atomic.AtomicReference<>();
        // The first holds the data dir but opens its door a moment later, as a console still starting does.
        try (Ringbook first = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            Thread opener = new Thread(() -> {
                try {
                    Thread.sleep(700);
                } catch (InterruptedException e) {
                    return;
                }
                door.set(InstanceDoor.open(dataDir, broughtForward::incrementAndGet));
            });
            opener.start();

            int exit = ConsoleLauncher.run(dataDir, Map.of(), new PrintStream(new ByteArrayOutputStream()));

            assertThat(exit).isZero();
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(broughtForward).hasValue(1));
            door.get().close();
        }
    }
}
