package com.ringbook.store.postgres;

import com.ringbook.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;

/**
 * Moves an office from one PC to several: copies every row of a data dir's SQLite database into an empty
 * PostgreSQL database, keeping every id (and so the outbox's idempotency keys, with the SQLite database's
 * instance id), in one transaction that commits only after the copy was checked — row counts per table, and a
 * sample of threads, their contact and their messages field by field. A database that already holds data, or
 * other tables, is refused before anything is written; so is a SQLite database with tables or columns the
 * PostgreSQL schema does not have (they would be lost).
 *
 * <p>The SQLite database must be at this version's schema (open it once with this Ringbook first) and nothing may
 * be writing to it: the caller holds the data dir's lock.
 */
public final class PostgresCopy {
    /** What the copy did: rows per table in copy order, and how many threads were compared field by field. */
    public record Report(Map<String, Long> rows, int threadsChecked) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Nothing was copied, for a reason the user can act on (the message says which). */
    public static final class Refused extends StoreException {
        public Refused(String message) {
            super(message, null);
        }
    }

    /** Where to copy to: a JDBC URL ({@code jdbc:postgresql://host:5432/database?user=...}) and its password, if any. */
    public record Target(String url, String password) {
        public Target {
            if (url == null || !url.startsWith("jdbc:postgresql://") || url.length() <= "jdbc:postgresql://".length()) {
                throw new Refused("\"" + withoutParameters(url) + "\" is not a PostgreSQL JDBC URL; it looks like "
                        + "jdbc:postgresql://HOST:5432/DATABASE?user=USER (the password apart, in RINGBOOK_DATABASE_PASSWORD)");
            }
        }

        /** The URL without its parameters, which may hold a password: safe to show. */
        public String shown() {
            return withoutParameters(url);
        }

        @Override
        public String toString() {
            return "Target[" + shown() + "]";
        }
    }

    static final int BATCH = 1000;
    /** Tables the copy never touches: Flyway's own history is the schema's, made by the migration. */
    static final String FLYWAY = "flyway_schema_history";

    private PostgresCopy() {
    }

    /** Copies {@code sqliteFile} into {@code target}; throws {@link Refused} or {@link StoreException}, writing nothing. */
    public static Report copy(Path sqliteFile, Target target) {
        try (Connection pg = open(target)) {
            PostgresCopyTables tables = PostgresCopyTables.read(pg);
            tables.refuseUnlessEmpty();
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(target.url());
            if (target.password() != null) {
                ds.setPassword(target.password());
            }
            PostgresSchema.migrate(ds);
            try (Connection sqlite = openSqlite(sqliteFile)) {
                return copy(sqlite, pg);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not copy into " + target.shown() + ": " + e.getMessage(), e);
        }
    }

    private static Report copy(Connection sqlite, Connection pg) throws SQLException {
        sqlite.setAutoCommit(false); // one read transaction: a consistent snapshot of every table
        pg.setAutoCommit(false);
        try {
            PostgresCopyTables tables = PostgresCopyTables.read(pg);
            tables.refuseUnlessEmpty(); // again, now in the transaction: another copy may have begun meanwhile
            tables.refuseWhatSqliteHasBeyond(sqlite);
            Map<String, Long> rows = new LinkedHashMap<>();
            try (Statement s = pg.createStatement()) {
                s.execute("DELETE FROM store_info"); // the migration's fresh instance id gives way to the office's
                for (String table : tables.inCopyOrder()) {
                    // Locks the table against other writers too; the copy brings every value as it was, so the
                    // triggers that compute some (after_follow_up) must not compute them again.
                    s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
                }
            }
            for (String table : tables.inCopyOrder()) {
                rows.put(table, copyTable(sqlite, pg, table, tables.columns(table)));
            }
            try (Statement s = pg.createStatement()) {
                for (String table : tables.inCopyOrder()) {
                    s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
                }
                for (Map.Entry<String, String> identity : tables.identities().entrySet()) {
                    // The next id after the last copied one, as SQLite would give.
                    s.execute("SELECT setval(pg_get_serial_sequence('" + identity.getKey() + "', '" + identity.getValue()
                            + "'), GREATEST(MAX(" + identity.getValue() + "), 1), MAX(" + identity.getValue() + ") IS NOT NULL) FROM "
                            + identity.getKey());
                }
            }
            int checked = PostgresCopyCheck.verify(sqlite, pg, tables, rows);
            pg.commit();
            return new Report(rows, checked);
        } catch (SQLException | RuntimeException e) {
            pg.rollback();
            throw e;
        } finally {
            sqlite.rollback();
        }
    }

    private static long copyTable(Connection sqlite, Connection pg, String table, Map<String, String> columns)
            throws SQLException {
        List<String> names = new ArrayList<>(columns.keySet());
        String list = String.join(", ", names);
        String marks = String.join(", ", names.stream().map(n -> "?").toList());
        long copied = 0;
        try (Statement read = sqlite.createStatement();
             ResultSet r = read.executeQuery("SELECT " + list + " FROM " + table);
             PreparedStatement write = pg.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
            while (r.next()) {
                for (int i = 0; i < names.size(); i++) {
                    PostgresCopyCheck.bind(write, i + 1, columns.get(names.get(i)), r, i + 1);
                }
                write.addBatch();
                if (++copied % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return copied;
    }

    private static Connection open(Target target) {
        Properties props = new Properties();
        if (target.password() != null) {
            props.setProperty("password", target.password());
        }
        // Sends a batch of inserts as multi-row statements: a big office's million messages in minutes, not hours.
        props.setProperty("reWriteBatchedInserts", "true");
        try {
            return DriverManager.getConnection(target.url(), props);
        } catch (SQLException e) {
            throw new Refused("Could not connect to " + target.shown() + ": " + e.getMessage());
        }
    }

    private static Connection openSqlite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static String withoutParameters(String url) {
        if (url == null) {
            return "";
        }
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
