package com.ringbook.store.contract;

import com.ringbook.store.Store;
import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store an engine test runs on: SQLite in its data dir, or, run with {@code -Dringbook.test.store=postgresql},
 * a fresh database on the test PostgreSQL, so the engine's own tests can check the shared store end to end.
 */
public final class TestStores {
    public static final String PROPERTY = "ringbook.test.store";

    private TestStores() {
    }

    /** One database per data dir: a test that restarts the engine on its data dir finds its data again. */
    private static final Map<Path, PgStores> DATABASES = new ConcurrentHashMap<>();

    public static Store open(Path dataDir, Clock clock) {
        if ("postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "sqlite"))) {
            PgStores[] created = {null};
            PgStores stores = DATABASES.computeIfAbsent(dataDir.toAbsolutePath(),
                    d -> created[0] = new PgStores(PostgresServer.shared().createDatabase()));
            return created[0] != null ? stores.openEmpty(clock) : stores.reopen(clock);
        }
        return new SqliteStore(dataDir.resolve("ringbook.db"), clock);
    }
}
