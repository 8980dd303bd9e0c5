package com.ringbook.app;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** macOS: a per-user launch agent, {@code ~/Library/LaunchAgents/com.ringbook.console.plist}, run once at sign-in. */
final class MacLaunchAgent {
    static final String LABEL = "com.ringbook.console";

    private MacLaunchAgent() {
    }

    static FileLoginEntry entry(Path home, List<String> command) {
        return new FileLoginEntry(home.resolve("Library").resolve("LaunchAgents").resolve(LABEL + ".plist"),
                plist(command));
    }

    static String plist(List<String> command) {
        String arguments = command.stream().map(a -> "        <string>" + xml(a) + "</string>")
                .collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                    <key>Label</key>
                    <string>%s</string>
                    <key>ProgramArguments</key>
                    <array>
                %s
                    </array>
                    <key>RunAtLoad</key>
                    <true/>
                    <key>ProcessType</key>
                    <string>Interactive</string>
                </dict>
                </plist>
                """.formatted(LABEL, arguments);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
