package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** macOS's start at sign-in: a launch agent plist in the user's LaunchAgents folder. */
class MacLaunchAgentTest {
    @TempDir
    Path home;

    @Test
    void turningOnWritesALaunchAgentThatRunsAtLoadAndTurningOffRemovesIt() throws Exception {
        List<String> command = List.of("/Applications/Ringbook.app/Contents/MacOS/Ringbook", "--data-dir",
                "/Users/jo/R&D <data>", "--background");
        FileLoginEntry entry = MacLaunchAgent.entry(home, command);
        Path file = home.resolve("Library/LaunchAgents/com.ringbook.console.plist");
        assertThat(entry.file()).isEqualTo(file);
        assertThat(entry.exists()).isFalse();

        entry.write();

        assertThat(entry.exists()).isTrue();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document plist = factory.newDocumentBuilder().parse(file.toFile());
        NodeList strings = plist.getElementsByTagName("array").item(0).getChildNodes();
        List<String> arguments = new java.util.ArrayList<>();
        for (int i = 0; i < strings.getLength(); i++) {
            if (strings.item(i).getNodeName().equals("string")) {
                arguments.add(strings.item(i).getTextContent());
            }
        }
        assertThat(arguments).as("the command, read back as launchd reads it").isEqualTo(command);
        assertThat(Files.readString(file)).contains("<key>Label</key>", "<string>com.ringbook.console</string>",
                "<key>RunAtLoad</key>", "<true/>");

        entry.remove();

        assertThat(file).doesNotExist();
    }

    @Test
    void theEntryForMacOsIsTheLaunchAgent() throws IOException {
        LoginEntry entry = StartAtLoginOnDisk.entryFor("Mac OS X", java.util.Map.of(), home, List.of("x"), c -> {
            throw new AssertionError("no reg.exe on a Mac");
        });
        assertThat(entry.where()).isEqualTo(home.resolve("Library/LaunchAgents/com.ringbook.console.plist").toString());
        assertThat(StartAtLoginOnDisk.entryFor("Linux", java.util.Map.of(), home, List.of("x"), null).where())
                .isEqualTo(home.resolve(".config/autostart/ringbook.desktop").toString());
        assertThat(StartAtLoginOnDisk.entryFor("FreeBSD", java.util.Map.of(), home, List.of("x"), null).where())
                .endsWith("ringbook.desktop");
        assertThat(StartAtLoginOnDisk.entryFor("Windows 11", java.util.Map.of(), home, List.of("x"), null))
                .isInstanceOf(WindowsRunKey.class);
    }
}
