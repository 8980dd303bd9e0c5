package com.ringbook.app;

import com.ringbook.ui.settings.AboutFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The About box's facts for this run: the version the build stamped, the folders, the shipped licences. */
final class AboutFactsOf {
    private AboutFactsOf() {
    }

    static AboutFacts run(Path dataDir) {
        return new AboutFacts(version(), dataDir, DataDir.logs(dataDir), licences());
    }

    /** From the jar's manifest; the installers also say it to the launcher; "development" from the IDE. */
    static String version() {
        String fromJar = Main.class.getPackage().getImplementationVersion();
        if (fromJar != null) {
            return fromJar;
        }
        return System.getProperty("jpackage.app-version", "development");
    }

    static List<String> licences() {
        try (InputStream in = AboutFactsOf.class.getResourceAsStream("/com/ringbook/app/licences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
