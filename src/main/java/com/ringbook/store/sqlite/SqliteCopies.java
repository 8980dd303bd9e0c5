package com.ringbook.store.sqlite;

import com.ringbook.store.DatabaseCopies;
import com.ringbook.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * Backups of the SQLite database with SQLite's online backup API, and putting one back. The copy is
 * taken in one step on a connection of its own, so it is one consistent moment of the database while
 * the writer goes on (readers and the writer never wait for it in WAL mode).
 */
public final class SqliteCopies implements DatabaseCopies {
    /** Every page in one step: a copy that restarts whenever the writer commits would never finish in a busy office. */
    private static final int ALL_PAGES = -1;
    private static final String[] TABLES = {"settings", "contacts", "threads", "calls", "messages", "outbox",
            "store_info", "flyway_schema_history"};

    private final Path database;

    public SqliteCopies(Path database) {
        this.database = database.toAbsolutePath();
    }

    @Override
    public void copyTo(Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (Connection c = connection(database, true)) {
            Files.deleteIfExists(partial);
            int rc = c.unwrap(SQLiteConnection.class).getDatabase()
                    .backup("main", partial.toString(), null, 100, 50, ALL_PAGES);
            if (rc != 0) {
                throw new StoreException("SQLite could not copy the database (code " + rc + ")", null);
            }
            // Moved into place whole, so a crash mid-copy never leaves something that looks like a backup.
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new StoreException("Could not back up the database to " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Check check(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Check("There is no file " + file + ".", null);
        }
        try (Connection c = connection(file, true); Statement s = c.createStatement()) {
            try (ResultSet header = s.executeQuery("PRAGMA quick_check")) {
                if (!header.next() || !"ok".equals(header.getString(1))) {
                    return new Check("The file is damaged: SQLite's check failed.", null);
                }
            }
            for (String table : TABLES) {
                try (ResultSet found = s.executeQuery(
                        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
                    if (!found.next()) {
                        return new Check("This is not a Ringbook database (it has no " + table + " table).", null);
                    }
                }
            }
            return schema(file);
        } catch (org.flywaydb.core.api.FlywayException e) {
            return new Check("This database's schema history cannot be read: " + e.getMessage(), null);
        } catch (SQLException e) {
            return new Check("This is not a Ringbook database: " + plain(e), null);
        }
    }

    private static Check schema(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource(config(true));
        ds.setUrl(url(file));
        MigrationInfo[] applied = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load()
                .info().applied();
        String version = null;
        for (MigrationInfo m : applied) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                return new Check("This database was made by a newer Ringbook (schema version " + m.getVersion()
                        + "); install that version to restore it.", m.getVersion().toString());
            }
            if (!m.getState().isApplied() || m.getState().isFailed()) {
                return new Check("This database's last upgrade did not finish (" + m.getDescription() + ").", null);
            }
            version = m.getVersion() == null ? version : m.getVersion().toString();
        }
        return version == null ? new Check("This database has no schema version.", null) : new Check(null, version);
    }

    /**
     * Puts {@code backup} in place of {@code database}; only while nothing has the database open (the
     * engine stopped). The write-ahead log of the replaced database goes with it, or SQLite would replay
     * it onto the restored pages.
     */
    public static void restore(Path backup, Path database) {
        Path incoming = database.resolveSibling(database.getFileName() + ".restoring");
        try {
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-wal"));
            Files.deleteIfExists(database.resolveSibling(database.getFileName() + "-shm"));
            Files.move(incoming, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(incoming);
            throw new StoreException("Could not put the backup " + backup + " in place: " + e.getMessage(), e);
        }
    }

    private static Connection connection(Path file, boolean readOnly) throws SQLException {
        return config(readOnly).createConnection(url(file));
    }

    private static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(5_000);
        return config;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    private static String plain(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("not a database") ? "it is not a SQLite file." : m;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only a leftover partial file; the next backup replaces it.
        }
    }
}
