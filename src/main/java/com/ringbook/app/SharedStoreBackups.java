package com.ringbook.app;

import com.ringbook.backup.api.BackupFile;
import com.ringbook.backup.api.BackupService;
import com.ringbook.engine.api.RequestRefused;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Backups on a shared PostgreSQL database: not a desk's job. Copying one desk's file means nothing when the data
 * lives on the database server, and putting a copy back would pull it from under every other desk; the server's
 * own backups (pg_dump, the NAS's or the provider's) keep it. Every request says so.
 */
final class SharedStoreBackups implements BackupService {
    static final String WHY = "This desk works on the office's shared database: back it up on the database server "
            + "(pg_dump, or your NAS's or provider's backups). Ringbook's own backups apply to a single PC.";
    private final Path folder;

    SharedStoreBackups(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public CompletableFuture<List<BackupFile>> list() {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<BackupFile> backupNow() {
        return CompletableFuture.failedFuture(new RequestRefused(WHY));
    }

    @Override
    public CompletableFuture<Void> restore(Path file) {
        return CompletableFuture.failedFuture(new RequestRefused(WHY));
    }
}
