package com.ringbook.backup.api;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Backups of Ringbook's database: one a day by itself (the newest {@value #KEPT} are kept), one now on
 * request, and putting one back. Every call returns at once; a refusal completes with
 * {@code RequestRefused} and a sentence for the user.
 */
public interface BackupService {
    int KEPT = 14;

    /** Where backups are written: {@code backups} in the data folder. */
    Path folder();

    /** The backups in the folder, newest first. */
    CompletableFuture<List<BackupFile>> list();

    /** Copies the live database into the folder now, while texting goes on. */
    CompletableFuture<BackupFile> backupNow();

    /**
     * Puts {@code file} back as the database: it is checked first (a Ringbook database of a schema this
     * version knows), a copy of the data it replaces is kept in the folder, and the engine restarts on
     * the restored data. Completes when the engine has been asked to restart.
     */
    CompletableFuture<Void> restore(Path file);
}
