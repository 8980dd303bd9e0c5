package com.ringbook.ui.settings;

import java.nio.file.Path;
import java.util.List;

/**
 * What the About box says: this version, where its data and logs are, and the licences of what it ships.
 *
 * @param licences one line per component, "name — licence"
 */
public record AboutFacts(String version, Path dataFolder, Path logFolder, List<String> licences) {
    public AboutFacts {
        licences = List.copyOf(licences);
    }
}
