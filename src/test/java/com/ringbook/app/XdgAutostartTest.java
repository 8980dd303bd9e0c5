package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ringbook.engine.api.RequestRefused;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linux's start at sign-in: the autostart .desktop file, where XDG says, written and removed for real. */
class XdgAutostartTest {
    private static final List<String> COMMAND = List.of("/opt/ringbook/bin/Ringbook", "--background");

    @TempDir
    Path home;

    @Test
    void turningOnWritesADesktopFileThatRunsTheLauncherInTheTrayAndTurningOffRemovesIt() throws IOException {
        FileLoginEntry entry = XdgAutostart.entry(Map.of(), home, COMMAND);
        Path file = home.resolve(".config/autostart/ringbook.desktop");
        assertThat(entry.file()).isEqualTo(file);
        assertThat(entry.exists()).isFalse();

        entry.write();

        assertThat(entry.exists()).isTrue();
        assertThat(Files.readAllLines(file)).contains("[Desktop Entry]", "Type=Application", "Name=Ringbook",
                "Exec=/opt/ringbook/bin/Ringbook --background");
        try (var left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).as("no temporary file left")
                    .containsExactly("ringbook.desktop");
        }

        entry.remove();

        assertThat(file).doesNotExist();
        assertThat(entry.exists()).isFalse();
        entry.remove();
    }

    @Test
    void xdgConfigHomeIsUsedWhenSetAndAbsoluteAndIgnoredWhenRelative() {
        Path config = home.resolve("elsewhere");
        assertThat(XdgAutostart.folder(Map.of("XDG_CONFIG_HOME", config.toString()), home))
                .isEqualTo(config.resolve("autostart"));
        assertThat(XdgAutostart.folder(Map.of("XDG_CONFIG_HOME", "relative/dir"), home))
                .isEqualTo(home.resolve(".config/autostart"));
        assertThat(XdgAutostart.folder(Map.of("XDG_CONFIG_HOME", " "), home))
                .isEqualTo(home.resolve(".config/autostart"));
    }

    @Test
    void argumentsWithSpacesAndSpecialCharactersAreQuotedAsTheDesktopEntrySpecSays() {
        assertThat(XdgAutostart.exec(List.of("/usr/bin/java", "-jar", "/home/jo/My Apps/ringbook.jar",
                "--data-dir", "/home/jo/100% \"data\" $HOME", "--background")))
                .isEqualTo("/usr/bin/java -jar \"/home/jo/My Apps/ringbook.jar\" --data-dir "
                        + "\"/home/jo/100%% \\\"data\\\" \\$HOME\" --background");
        assertThat(XdgAutostart.exec(List.of("/a\\b"))).isEqualTo("\"/a\\\\\\\\b\"");
    }

    @Test
    void anUnwritableAutostartFolderIsRefusedInPlainWordsAndTheSwitchStaysOff() throws IOException {
        // A file where the folder should be: refused even for root, who may write anywhere else.
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/autostart"), "not a folder");
        StartAtLoginOnDisk startAtLogin = new StartAtLoginOnDisk(XdgAutostart.entry(Map.of(), home, COMMAND));

        assertThatThrownBy(() -> startAtLogin.turn(true).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(RequestRefused.class)
                .hasMessageStartingWith("Ringbook cannot open at sign-in: could not write " + home.resolve(".config/autostart/ringbook.desktop"))
                .hasMessageContaining("is a file, not a folder");
        assertThat(startAtLogin.isOn().join()).isFalse();
    }

    @Test
    void theSwitchReadsTheFileItselfSoAFileRemovedByHandShowsAsOff() throws IOException {
        StartAtLoginOnDisk startAtLogin = new StartAtLoginOnDisk(XdgAutostart.entry(Map.of(), home, COMMAND));
        assertThat(startAtLogin.turn(true).join()).isTrue();
        assertThat(startAtLogin.isOn().join()).isTrue();

        Files.delete(home.resolve(".config/autostart/ringbook.desktop"));

        assertThat(startAtLogin.isOn().join()).isFalse();
    }
}
