package com.ringbook.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Ringbook keeps its data when no --data-dir is given: the OS's per-user application data folder. */
final class DataDir {

    private DataDir() {
    }

    /** Where the logs go: Main tells Logback before anything logs. */
    static Path logs(Path dataDir) {
        return dataDir.resolve("logs");
    }

    static Path defaultFor(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Ringbook") : Path.of(userHome, "AppData", "Roaming", "Ringbook");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Ringbook");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "ringbook") : Path.of(userHome, ".local", "share", "ringbook");
    }
}
