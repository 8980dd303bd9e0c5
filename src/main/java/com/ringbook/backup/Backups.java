package com.ringbook.backup;

import com.ringbook.backup.api.BackupFile;
import com.ringbook.backup.api.BackupService;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.store.DatabaseCopies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the database on a thread of their own, so a copy never holds up texting or a screen: a
 * daily one (checked every hour, and shortly after start so an office PC that was off catches up),
 * one on request, and restoring one through the {@link Restorer} the composition root gives.
 */
public final class Backups implements BackupService, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    /** Not at start itself: the first minute belongs to opening the console. */
    private static final Duration FIRST_CHECK = Duration.ofMinutes(1);
    private static final Duration CHECK_EVERY = Duration.ofHours(1);

    private final DatabaseCopies copies;
    private final Path folder;
    private final Clock clock;
    private final Restorer restorer;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "backups");
        t.setDaemon(true);
        return t;
    });

    public Backups(DatabaseCopies copies, Path folder, Clock clock, Restorer restorer) {
        this.copies = copies;
        this.folder = folder;
        this.clock = clock;
        this.restorer = restorer;
    }

    /** Starts the daily backups. */
    public void start() {
        worker.scheduleWithFixedDelay(this::backUpIfDue, FIRST_CHECK.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public CompletableFuture<List<BackupFile>> list() {
        return CompletableFuture.supplyAsync(this::files, worker);
    }

    @Override
    public CompletableFuture<BackupFile> backupNow() {
        return CompletableFuture.supplyAsync(this::backUp, worker);
    }

    @Override
    public CompletableFuture<Void> restore(Path file) {
        return CompletableFuture.runAsync(() -> {
            DatabaseCopies.Check check = copies.check(file);
            if (!check.ok()) {
                throw new RequestRefused(check.problem());
            }
            createFolder();
            Path keep = folder.resolve(BackupRules.beforeRestoreName(clock.instant()));
            log.info("Restoring the database from {} (schema {}); the data it replaces is kept in {}", file,
                    check.schemaVersion(), keep);
            restorer.restoreAndRestart(file, keep);
        }, worker);
    }

    /** The daily backup and the rotation; a failure is logged and tried again at the next check. */
    void backUpIfDue() {
        try {
            Optional<Instant> newest = files().stream().map(BackupFile::taken).max(Comparator.naturalOrder());
            if (BackupRules.due(newest, clock.instant())) {
                backUp();
            }
        } catch (RuntimeException e) {
            log.warn("The daily backup failed; trying again within the hour: {}", e.getMessage());
        }
    }

    private BackupFile backUp() {
        createFolder();
        Instant now = clock.instant();
        Path target = folder.resolve(BackupRules.name(now));
        if (Files.exists(target)) {
            throw new RequestRefused("A backup was made this very second; try again in a moment.");
        }
        copies.copyTo(target);
        log.info("Backed up the database to {}", target);
        for (Path old : BackupRules.beyond(paths(), KEPT)) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                log.warn("Could not remove the old backup {}: {}", old, e.getMessage());
            }
        }
        return file(target);
    }

    private List<BackupFile> files() {
        List<BackupFile> files = new ArrayList<>();
        for (Path p : paths()) {
            if (BackupRules.taken(p).isPresent()) {
                files.add(file(p));
            }
        }
        files.sort(Comparator.comparing(BackupFile::taken).reversed());
        return files;
    }

    private List<Path> paths() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backups folder " + folder, e);
        }
    }

    private static BackupFile file(Path p) {
        long bytes;
        try {
            bytes = Files.size(p);
        } catch (IOException e) {
            bytes = 0;
        }
        return new BackupFile(p, BackupRules.taken(p).orElseThrow(), bytes);
    }

    private void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new RequestRefused("Cannot make the backups folder " + folder + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
