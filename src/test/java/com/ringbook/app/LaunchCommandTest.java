package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command the sign-in entry runs: this Ringbook, on this data folder, in the tray. */
class LaunchCommandTest {

    @Test
    void theDataFolderIsNamedOnlyWhenItIsNotTheDefaultAndTheConsoleStartsInTheTray() {
        List<String> launcher = List.of("/opt/ringbook/bin/Ringbook");
        assertThat(LaunchCommand.withArguments(launcher, Path.of("/home/jo/.local/share/ringbook"), true))
                .containsExactly("/opt/ringbook/bin/Ringbook", "--background");
        assertThat(LaunchCommand.withArguments(launcher, Path.of("/srv/shop"), false))
                .containsExactly("/opt/ringbook/bin/Ringbook", "--data-dir", "/srv/shop", "--background");
    }

    @Test
    void withoutAnInstalledLauncherItIsTheJavaRunningNowOnThisCodeAndItOpensWhatItNames() {
        List<String> command = LaunchCommand.forThisRun(Path.of("/srv/shop"), false);

        assertThat(Path.of(command.get(0))).isAbsolute();
        assertThat(command.get(0)).isEqualTo(ProcessHandle.current().info().command().orElseThrow());
        assertThat(command).endsWith("--data-dir", "/srv/shop", "--background");
        // The tests run from classes folders: the class path, made absolute, and Main.
        assertThat(command.get(1)).isIn("-jar", "-cp");
        if (command.get(1).equals("-cp")) {
            assertThat(command.get(3)).isEqualTo(Main.class.getName());
        }
        assertThat(Main.parse(command.subList(command.indexOf("--data-dir"), command.size()).toArray(String[]::new),
                Map.of()).background()).isTrue();
    }

    @Test
    void backgroundIsAFlagOfTheConsoleOnly() {
        assertThat(Main.parse(new String[] {"--background"}, Map.of()).background()).isTrue();
        assertThat(Main.parse(new String[] {"--minimized", "--data-dir", "/tmp/x"}, Map.of()).background()).isTrue();
        assertThat(Main.parse(new String[] {"--data-dir", "/tmp/x"}, Map.of()).background()).isFalse();
        assertThatThrownBy(() -> Main.parse(new String[] {"service", "--background"}, Map.of()))
                .hasMessage("--background is for opening the console only");
    }
}
