package com.ringbook.app;

import com.ringbook.engine.api.RequestRefused;
import com.ringbook.store.postgres.PgReachability;
import com.ringbook.ui.settings.SharedDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings card's shared database choice on this desk's data dir ({@link SharedStoreFile}), worked on a thread
 * of its own: a connection test may wait seconds for a server that does not answer, and the FX thread never waits.
 * Logs what was chosen by URL without its parameters, never the password.
 */
final class SharedDatabaseOnDisk implements SharedDatabase {
    private static final Logger log = LoggerFactory.getLogger(SharedDatabaseOnDisk.class);

    private final Path dataDir;
    private final Map<String, String> env;
    private final SharedStoreFile file;
    private final String inUse;
    private final Choice running;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "shared-database-setting");
        t.setDaemon(true);
        return t;
    });

    /** @param inUse what this desk opened at this start (resolved before the user could change the choice) */
    SharedDatabaseOnDisk(Path dataDir, Map<String, String> env, SharedStoreChoice.Target inUse) {
        this.dataDir = dataDir;
        this.env = env;
        this.file = new SharedStoreFile(dataDir);
        this.inUse = words(inUse, dataDir);
        this.running = new Choice(inUse.shared(), inUse.shared() ? PgReachability.withoutPassword(inUse.url()) : "", inUse.desk());
    }

    static String words(SharedStoreChoice.Target target, Path dataDir) {
        if (!target.shared()) {
            return "This PC's own database (" + Ringbook.database(dataDir) + ").";
        }
        return "The office's shared PostgreSQL database " + PgReachability.withoutPassword(target.url())
                + ", as the desk \"" + target.desk() + "\""
                + (target.source() == SharedStoreChoice.Source.ENVIRONMENT ? " (set by " + SharedStoreChoice.URL_ENV + ")." : ".");
    }

    @Override
    public CompletableFuture<State> state() {
        return CompletableFuture.supplyAsync(this::stateNow, worker);
    }

    private State stateNow() {
        String host = SharedStoreChoice.hostName();
        if (SharedStoreChoice.environmentDecides(env)) {
            SharedStoreChoice.Target target = SharedStoreChoice.resolve(dataDir, env);
            String desk = env.getOrDefault(SharedStoreChoice.DESK_ENV, "").strip();
            return new State(inUse, running, new Choice(true, PgReachability.withoutPassword(target.url()), desk),
                    target.password() != null, Optional.of("The environment decides: " + SharedStoreChoice.URL_ENV
                    + " is set for this run (with " + SharedStoreChoice.PASSWORD_ENV + " and " + SharedStoreChoice.DESK_ENV
                    + "), so this card is read-only. Start Ringbook without it to use the choice saved here."), host);
        }
        try {
            SharedStoreFile.Saved saved = file.read();
            return new State(inUse, running, new Choice(saved.shared(), saved.url(), saved.deskName()), file.password().isPresent(),
                    Optional.empty(), host);
        } catch (RuntimeException e) {
            throw new RequestRefused("Could not read the saved choice in " + file.file() + ": " + e.getMessage());
        }
    }

    @Override
    public CompletableFuture<TestResult> test(String url, String password) {
        return CompletableFuture.supplyAsync(() -> {
            String given = password == null || password.isEmpty() ? file.password().orElse(null) : password;
            PgReachability.Outcome outcome = PgReachability.check(url, given);
            log.info("Connection test of {}: {}", PgReachability.shown(url), outcome.kind());
            return new TestResult(Reach.valueOf(outcome.kind().name()), outcome.detail());
        }, worker);
    }

    @Override
    public CompletableFuture<State> save(Choice choice, Optional<String> newPassword) {
        return CompletableFuture.supplyAsync(() -> {
            if (SharedStoreChoice.environmentDecides(env)) {
                throw new RequestRefused("Nothing was saved: " + SharedStoreChoice.URL_ENV + " decides for this run.");
            }
            if (choice.shared() && !PgReachability.isPostgresUrl(choice.url())) {
                throw new RequestRefused("Nothing was saved: \"" + PgReachability.shown(choice.url())
                        + "\" is not a PostgreSQL JDBC URL.");
            }
            try {
                file.save(new SharedStoreFile.Saved(choice.shared(), choice.url(), choice.deskName()), newPassword);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not save the shared database choice in {}: {}", file.file(), e.toString());
                throw new RequestRefused("Nothing was saved: could not write " + file.file() + " (" + e.getMessage() + ").");
            }
            log.info(choice.shared() ? "This desk will open the shared database {} at its next start"
                    : "This desk will open its own database at its next start{}",
                    choice.shared() ? PgReachability.shown(choice.url()) : "");
            return stateNow();
        }, worker);
    }
}
