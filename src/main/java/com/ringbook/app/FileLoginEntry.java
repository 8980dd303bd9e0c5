package com.ringbook.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A sign-in entry that is a file (Linux's autostart .desktop file, macOS's launch agent plist): written
 * whole to a temporary file beside it and moved into place, so the desktop never reads half of one.
 */
final class FileLoginEntry implements LoginEntry {
    private final Path file;
    private final String content;

    FileLoginEntry(Path file, String content) {
        this.file = file;
        this.content = content;
    }

    Path file() {
        return file;
    }

    @Override
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    @Override
    public void write() throws IOException {
        Files.createDirectories(file.getParent());
        Path part = Files.createTempFile(file.getParent(), ".ringbook-", ".part");
        try {
            Files.writeString(part, content, StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    @Override
    public void remove() throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public String where() {
        return file.toString();
    }
}
