package com.ringbook.store.contract;

import com.ringbook.store.Store;
import com.ringbook.store.postgres.PgStore;
import com.ringbook.store.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PostgreSQL: the test server's database of this test class, emptied before
 * each test (every table but the store's identity and Flyway's history, ids starting again at 1), so each test
 * starts as on a new SQLite file.
 */
public final class PgStores implements Stores {
    /** One database per test class, made on its first test; the test server and all its databases go at JVM exit. */
    private static final Map<Class<?>, PgStores> BY_CLASS = new ConcurrentHashMap<>();

    private final PostgresServer.Database database;

    public PgStores(PostgresServer.Database database) {
        this.database = database;
    }

    /** The database of {@code testClass}, on the JVM's test PostgreSQL. */
    public static PgStores forClass(Class<?> testClass) {
        return BY_CLASS.computeIfAbsent(testClass, c -> new PgStores(PostgresServer.shared().createDatabase()));
    }

    @Override
    public Store openEmpty(Clock clock) {
        Store store = reopen(clock);
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            StringBuilder tables = new StringBuilder();
            try (ResultSet r = s.executeQuery("SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema() "
                    + "AND tablename NOT IN ('store_info', 'flyway_schema_history')")) {
                while (r.next()) {
                    tables.append(tables.isEmpty() ? "" : ", ").append(r.getString(1));
                }
            }
            s.execute("TRUNCATE " + tables + " RESTART IDENTITY CASCADE");
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw new IllegalStateException("Could not empty the test database: " + e.getMessage(), e);
        }
        return store;
    }

    @Override
    public Store reopen(Clock clock) {
        return new PgStore(database.url(), database.user(), "", clock);
    }

    @Override
    public Store openOther(Clock clock) {
        PostgresServer.Database other = database.server().createDatabase();
        return new PgStore(other.url(), other.user(), "", clock);
    }
}
