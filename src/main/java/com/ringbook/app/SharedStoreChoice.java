package com.ringbook.app;

import com.ringbook.store.EngineLock;
import com.ringbook.store.NoStoreChanges;
import com.ringbook.store.SoleEngineLock;
import com.ringbook.store.Store;
import com.ringbook.store.StoreChanges;
import com.ringbook.store.StoreException;
import com.ringbook.store.postgres.PgChangeFeed;
import com.ringbook.store.postgres.PgDedicatedConnection;
import com.ringbook.store.postgres.PgEngineLock;
import com.ringbook.store.postgres.PgReachability;
import com.ringbook.store.postgres.PgStore;
import com.ringbook.store.sqlite.SqliteStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Where this desk keeps its data: the data dir's SQLite file (one PC, the default), or the office's shared
 * PostgreSQL database — with the engine lock the desks compete for and the feed of the other desks' changes. The
 * shared database is chosen by {@code RINGBOOK_DATABASE_URL} (password in {@code RINGBOOK_DATABASE_PASSWORD}), which
 * wins, or else in Settings ({@link SharedStoreFile}, password in its own owner-only file). The password is never
 * shown (PgStore names the database without it).
 *
 * @param shared whether other desks may share the store (PostgreSQL): the engine then runs only while the lock is held
 */
record SharedStoreChoice(Store store, EngineLock lock, StoreChanges changes, boolean shared) {
    static final String URL_ENV = CopyToPostgresCommand.URL_ENV;
    static final String PASSWORD_ENV = CopyToPostgresCommand.PASSWORD_ENV;
    /** This desk's name on the status bar of every desk ("Engine: Front desk 2"); the host name by default. */
    static final String DESK_ENV = "RINGBOOK_DESK_NAME";

    /** Who decided which database this desk opens. */
    enum Source { ENVIRONMENT, SETTINGS, NONE }

    /**
     * Which database this desk opens, decided without opening it: what {@link #open} opens and what the Settings
     * card shows as "now". {@code password} is {@code null} when none is given; never shown.
     */
    record Target(boolean shared, String url, String password, String desk, Source source) {
        @Override
        public String toString() {
            return "Target[" + (shared ? PgReachability.withoutPassword(url) : "this PC") + ", " + desk + ", " + source + "]";
        }
    }

    static boolean sharedIn(Path dataDir, Map<String, String> env) {
        return resolve(dataDir, env).shared();
    }

    static boolean environmentDecides(Map<String, String> env) {
        String url = env.get(URL_ENV);
        return url != null && !url.isBlank();
    }

    /** The environment's choice when it makes one, else the one saved in Settings, else this PC's own database. */
    static Target resolve(Path dataDir, Map<String, String> env) {
        if (environmentDecides(env)) {
            return new Target(true, env.get(URL_ENV).trim(), env.get(PASSWORD_ENV), deskName(env, ""), Source.ENVIRONMENT);
        }
        SharedStoreFile file = new SharedStoreFile(dataDir);
        SharedStoreFile.Saved saved = file.read();
        if (!saved.shared()) {
            return new Target(false, "", null, deskName(env, saved.deskName()), Source.NONE);
        }
        String password = file.password().orElse(env.get(PASSWORD_ENV));
        return new Target(true, saved.url(), password, deskName(env, saved.deskName()), Source.SETTINGS);
    }

    /** Opens the store this desk uses; a shared one that cannot be reached fails with a sentence saying why. */
    static SharedStoreChoice open(Path dataDir, Path sqliteFile, Map<String, String> env, Clock clock) {
        Target target = resolve(dataDir, env);
        if (!target.shared()) {
            return new SharedStoreChoice(new SqliteStore(sqliteFile, clock), new SoleEngineLock(target.desk(), clock),
                    new NoStoreChanges(), false);
        }
        try {
            if (!PgReachability.isPostgresUrl(target.url())) {
                throw new StoreException("\"" + PgReachability.shown(target.url()) + "\" is not a PostgreSQL JDBC URL "
                        + "(jdbc:postgresql://HOST:5432/DATABASE?user=USER)", null);
            }
            String origin = PgStore.newOrigin();
            PgStore store = new PgStore(target.url(), null, target.password(), clock, origin);
            PgDedicatedConnection connections = new PgDedicatedConnection(target.url(), null, target.password());
            return new SharedStoreChoice(store, new PgEngineLock(connections, target.desk(), clock),
                    new PgChangeFeed(connections, origin), true);
        } catch (StoreException e) {
            if (target.source() != Source.SETTINGS) {
                throw e;
            }
            // Settings cannot be reached without a database: say how to start on this PC's own one meanwhile.
            throw new StoreException(e.getMessage() + ". This shared database was chosen in Settings > Shared database; "
                    + "to start on this PC's own database instead, delete " + new SharedStoreFile(dataDir).file(), e);
        }
    }

    /** This desk's name: RINGBOOK_DESK_NAME, else the one saved in Settings, else the host name. */
    static String deskName(Map<String, String> env, String saved) {
        String named = env.get(DESK_ENV);
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        if (saved != null && !saved.isBlank()) {
            return saved.strip();
        }
        return hostName();
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "a desk with no host name";
        }
    }
}
