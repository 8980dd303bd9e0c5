package com.ringbook.app;

import com.ringbook.store.StoreException;
import com.ringbook.store.sqlite.SqliteCopies;
import com.ringbook.ui.common.FxThread;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restoring a backup in the running console: a copy of the data being replaced is made first (online,
 * while the engine still runs), the screens let go of the engine, the engine stops, the backup is put in
 * place, and a new engine starts on it (an older backup is migrated as it opens) in the same window. If
 * the restored data will not open, the copy goes back, so the office is never left without its data.
 */
final class DatabaseRestore {
    private static final Logger log = LoggerFactory.getLogger(DatabaseRestore.class);

    private DatabaseRestore() {
    }

    /** On the launcher's thread; returns the engine now running. */
    static Ringbook restart(Ringbook running, LauncherDesktop.Restore restore, Map<String, String> env, FxThread fx,
                            LauncherDesktop desktop) {
        Path dataDir = running.dataDir();
        Path database = Ringbook.database(dataDir);
        try {
            new SqliteCopies(database).copyTo(restore.keepCurrent());
        } catch (StoreException e) {
            log.error("Not restoring: the data it would replace could not be kept first", e);
            return running;
        }
        onFx(fx, desktop::closeForRestart);
        running.close();
        Ringbook restarted;
        try {
            replace(restore.backup(), dataDir);
            restarted = Ringbook.open(dataDir, env, Clock.systemUTC());
            log.info("Restored {}; the data it replaced is in {}", restore.backup(), restore.keepCurrent());
        } catch (RuntimeException e) {
            log.error("The restored data would not open; putting back what was there", e);
            replace(restore.keepCurrent(), dataDir);
            restarted = Ringbook.open(dataDir, env, Clock.systemUTC());
        }
        Ringbook now = restarted;
        onFx(fx, () -> desktop.show(now, ConsoleLauncher.installation(now)));
        return now;
    }

    /** With nothing open on the data dir: the file in place of the database. */
    static void replace(Path backup, Path dataDir) {
        SqliteCopies.restore(backup, Ringbook.database(dataDir));
    }

    private static void onFx(FxThread fx, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        fx.run(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.join();
    }
}
