package com.ringbook.app;

import com.ringbook.store.EngineLock;
import com.ringbook.store.NoStoreChanges;
import com.ringbook.store.SoleEngineLock;
import com.ringbook.store.Store;
import com.ringbook.store.StoreChanges;
import com.ringbook.store.postgres.PgChangeFeed;
import com.ringbook.store.postgres.PgDedicatedConnection;
import com.ringbook.store.postgres.PgEngineLock;
import com.ringbook.store.postgres.PgStore;
import com.ringbook.store.sqlite.SqliteStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Where this desk keeps its data: the data dir's SQLite file (one PC, the default), or, when
 * {@code RINGBOOK_DATABASE_URL} is set, the office's shared PostgreSQL database — with the engine lock the desks
 * compete for and the feed of the other desks' changes. The password comes from
 * {@code RINGBOOK_DATABASE_PASSWORD} and is never shown (PgStore names the database without it).
 *
 * @param shared whether other desks may share the store (PostgreSQL): the engine then runs only while the lock is held
 */
record SharedStoreChoice(Store store, EngineLock lock, StoreChanges changes, boolean shared) {
    static final String URL_ENV = CopyToPostgresCommand.URL_ENV;
    static final String PASSWORD_ENV = CopyToPostgresCommand.PASSWORD_ENV;
    /** This desk's name on the status bar of every desk ("Engine: Front desk 2"); the host name by default. */
    static final String DESK_ENV = "RINGBOOK_DESK_NAME";

    static boolean sharedIn(Map<String, String> env) {
        String url = env.get(URL_ENV);
        return url != null && !url.isBlank();
    }

    /** Opens the store this desk uses; a shared one that cannot be reached fails with a sentence saying why. */
    static SharedStoreChoice open(Path sqliteFile, Map<String, String> env, Clock clock) {
        String desk = deskName(env);
        if (!sharedIn(env)) {
            return new SharedStoreChoice(new SqliteStore(sqliteFile, clock), new SoleEngineLock(desk, clock),
                    new NoStoreChanges(), false);
        }
        String url = env.get(URL_ENV).trim();
        String password = env.get(PASSWORD_ENV);
        String origin = PgStore.newOrigin();
        PgStore store = new PgStore(url, null, password, clock, origin);
        PgDedicatedConnection connections = new PgDedicatedConnection(url, null, password);
        return new SharedStoreChoice(store, new PgEngineLock(connections, desk, clock),
                new PgChangeFeed(connections, origin), true);
    }

    static String deskName(Map<String, String> env) {
        String named = env.get(DESK_ENV);
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "a desk with no host name";
        }
    }
}
