package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ringbook demo} as a person runs it: its own process, no display, and its exit code. */
class DemoModeTest {

    @TempDir
    Path dir;

    private static Process start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        // A shell set up for a real account must not matter: the demo only ever texts the simulator.
        builder.environment().put("RINGBOOK_CARRIER", "twilio");
        return builder.start();
    }

    private static String finish(Process process) throws InterruptedException, IOException {
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void fillsAnEmptyFolderHeadlessOnTheSimulatorAndSaysWhatItMade() throws Exception {
        Path target = dir.resolve("demo");
        Process demo = start("demo", "--data-dir", target.toString(), "--weeks", "1");
        String output = finish(demo);
        assertThat(demo.exitValue()).as(output).isZero();
        assertThat(output).startsWith("Demo ready in " + target + ": 1 week of Harbor Plumbing & Heating, ")
                .contains("Open the console on it: ringbook --data-dir " + target);
        assertThat(target.resolve("ringbook.db")).exists();
        assertThat(Files.readString(target.resolve("simulator-ledger.jsonl"))).contains("\"type\":\"sent\"");
    }

    @Test
    void refusesAFolderWithDataWithoutMakingAnythingInIt() throws Exception {
        Files.writeString(dir.resolve("ringbook.db"), "a real business's data");
        Map<String, String> before = DemoCommandTest.snapshot(dir);
        Process demo = start("demo", "--data-dir", dir.toString());
        String output = finish(demo);
        assertThat(demo.exitValue()).isEqualTo(2);
        assertThat(output).contains("ringbook: " + dir + " already holds Ringbook data (ringbook.db)");
        // Not even the log folder.
        assertThat(DemoCommandTest.snapshot(dir)).isEqualTo(before);
    }
}
