package com.ringbook.backup.api;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of the database in the backups folder.
 *
 * @param taken when the copy was made (from its name, so a copied folder keeps its dates)
 * @param bytes the file's size
 */
public record BackupFile(Path path, Instant taken, long bytes) {
    public String name() {
        return path.getFileName().toString();
    }
}
