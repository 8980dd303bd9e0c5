package com.ringbook.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Linux and the BSDs: {@code $XDG_CONFIG_HOME/autostart/ringbook.desktop} (by default under
 * {@code ~/.config}), which every XDG desktop (GNOME, KDE, Xfce, LXQt, MATE, Cinnamon) runs at sign-in.
 */
final class XdgAutostart {
    static final String FILE_NAME = "ringbook.desktop";

    private XdgAutostart() {
    }

    /** @param command the launcher and its arguments, run as they are at sign-in */
    static FileLoginEntry entry(Map<String, String> env, Path home, List<String> command) {
        return new FileLoginEntry(folder(env, home).resolve(FILE_NAME), desktopFile(command));
    }

    static Path folder(Map<String, String> env, Path home) {
        String configHome = env.get("XDG_CONFIG_HOME");
        // The spec says a relative value is invalid and is ignored.
        Path base = configHome != null && !configHome.isBlank() && Path.of(configHome).isAbsolute()
                ? Path.of(configHome)
                : home.resolve(".config");
        return base.resolve("autostart");
    }

    static String desktopFile(List<String> command) {
        return """
                [Desktop Entry]
                Type=Application
                Name=Ringbook
                Comment=Texts back missed calls; waits in the tray
                Exec=%s
                Terminal=false
                X-GNOME-Autostart-enabled=true
                """.formatted(exec(command));
    }

    /** The Exec line: each argument quoted where the Desktop Entry spec requires it. */
    static String exec(List<String> command) {
        return command.stream().map(XdgAutostart::argument).collect(Collectors.joining(" "));
    }

    private static String argument(String arg) {
        // A literal % is written %% (field codes start with one), in quotes or not.
        String text = arg.replace("%", "%%");
        boolean plain = !text.isEmpty() && text.chars().noneMatch(c -> " \t\n\"'\\><~|&;$*?#()`".indexOf(c) >= 0);
        if (plain) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '`' || c == '$') {
                quoted.append('\\').append(c);
            } else if (c == '\\') {
                // Escaped for the quoting, and the key file's string escaping doubles that again.
                quoted.append("\\\\\\\\");
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
