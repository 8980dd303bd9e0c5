package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where Ringbook keeps a user's data on each OS when no --data-dir is given, and where its logs go. */
class DataDirTest {

    @Test
    void windowsUsesTheRoamingAppDataFolder() {
        assertThat(DataDir.defaultFor(Map.of("APPDATA", "C:\\Users\\dana\\AppData\\Roaming"), "Windows 11",
                "C:\\Users\\dana")).isEqualTo(Path.of("C:\\Users\\dana\\AppData\\Roaming", "Ringbook"));
        assertThat(DataDir.defaultFor(Map.of(), "Windows 10", "/home/dana"))
                .isEqualTo(Path.of("/home/dana", "AppData", "Roaming", "Ringbook"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataDir.defaultFor(Map.of("XDG_DATA_HOME", "/x"), "Mac OS X", "/Users/dana"))
                .isEqualTo(Path.of("/Users/dana/Library/Application Support/Ringbook"));
    }

    @Test
    void linuxFollowsXdgAndFallsBackToTheHomeFolder() {
        assertThat(DataDir.defaultFor(Map.of(), "Linux", "/home/dana")).isEqualTo(Path.of("/home/dana/.local/share/ringbook"));
        assertThat(DataDir.defaultFor(Map.of("XDG_DATA_HOME", "/data/dana"), "Linux", "/home/dana"))
                .isEqualTo(Path.of("/data/dana/ringbook"));
        assertThat(DataDir.defaultFor(Map.of("XDG_DATA_HOME", "  "), "Linux", "/home/dana"))
                .isEqualTo(Path.of("/home/dana/.local/share/ringbook"));
        assertThat(DataDir.defaultFor(Map.of(), "FreeBSD", "/home/dana")).isEqualTo(Path.of("/home/dana/.local/share/ringbook"));
    }

    @Test
    void theEnvironmentOrTheCommandLineChooseAnotherFolderAndLogsAndBackupsLiveInIt() {
        assertThat(Main.parse(new String[0], Map.of("RINGBOOK_DATA_DIR", "/srv/rb")).dataDir()).isEqualTo(Path.of("/srv/rb"));
        assertThat(Main.parse(new String[] {"--data-dir", "/tmp/x"}, Map.of("RINGBOOK_DATA_DIR", "/srv/rb")).dataDir())
                .isEqualTo(Path.of("/tmp/x"));
        assertThat(DataDir.logs(Path.of("/srv/rb"))).isEqualTo(Path.of("/srv/rb/logs"));
        assertThat(AboutFactsOf.run(Path.of("/srv/rb")).logFolder()).isEqualTo(Path.of("/srv/rb/logs"));
    }
}
