package com.ringbook.store.sqlite;

import com.ringbook.store.ReadSession;
import com.ringbook.store.Store;
import com.ringbook.store.StoreException;
import com.ringbook.store.jdbc.GroupCommitWriter;
import com.ringbook.store.jdbc.WriterConnection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.core.DB;

/**
 * SQLite in WAL mode: one writer thread ({@link GroupCommitWriter}) owns the only write connection and
 * commits every unit of work already queued in one transaction, urgent work ahead of background work; one
 * failing unit never takes the others with it. Readers borrow from a small pool of read-only connections.
 */
public final class SqliteStore implements Store {
    private static final Logger log = LoggerFactory.getLogger(SqliteStore.class);
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** Negative: KiB rather than pages, as SQLite's cache_size takes it. */
    private static final int WRITER_CACHE_KIB = -32_768;
    private static final int READER_CACHE_KIB = -8_192;
    /** How often pages are copied from the WAL back into the database file, off the writer's path. */
    private static final long CHECKPOINT_EVERY_MS = 1_000;

    private final String url;
    private final Clock clock;
    private final BlockingQueue<StatementCache> readers = new ArrayBlockingQueue<>(READERS);
    private final GroupCommitWriter writer;
    /** Its own connection: a checkpoint run by the writer would stall a commit (and a burst behind it). */
    private final Connection checkpointConnection;
    private final ScheduledExecutorService checkpoints = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "store-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private final String instanceId;
    private final String keyPrefix;
    private volatile boolean closed;

    public SqliteStore(Path databaseFile, Clock clock) {
        this.url = "jdbc:sqlite:" + databaseFile.toAbsolutePath();
        this.clock = clock;
        migrate();
        try {
            for (int i = 0; i < READERS; i++) {
                readers.add(new StatementCache(open(true)));
            }
            instanceId = instanceId(readers.peek().connection());
            keyPrefix = "rb-" + instanceId + "-";
            // Before the writer starts: the catch-up is the first write of this run.
            try (StatementCache catchUp = new StatementCache(open(false))) {
                catchUp.connection().setAutoCommit(false);
                SearchIndexCatchUp.run(catchUp);
            }
            writer = new GroupCommitWriter("store-writer", new WriterConnection.Factory() {
                @Override
                public WriterConnection open() throws SQLException {
                    return openWriter();
                }

                @Override
                public boolean rolledBackByDatabase(Throwable unitFailure) {
                    return SqliteFailures.rolledBackBySqlite(unitFailure);
                }
            });
            checkpointConnection = open(false);
        } catch (SQLException e) {
            readers.forEach(SqliteStore::closeQuietly);
            throw new StoreException("Cannot open the database " + databaseFile, e);
        }
        checkpoints.scheduleWithFixedDelay(this::checkpoint, CHECKPOINT_EVERY_MS, CHECKPOINT_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /** The writer's connection; its change counter is SQLite's own (a cheap native call, unlike a statement). */
    private WriterConnection openWriter() throws SQLException {
        Connection write = open(false);
        DB database;
        try {
            try (Statement statement = write.createStatement()) {
                statement.execute("PRAGMA wal_autocheckpoint = 0");
            }
            write.setAutoCommit(false);
            database = write.unwrap(SQLiteConnection.class).getDatabase();
        } catch (SQLException | RuntimeException e) {
            write.close();
            throw e;
        }
        return new SessionConnection(new StatementCache(write), clock, keyPrefix, database::total_changes);
    }

    /** PASSIVE: copies what it can without waiting for, or blocking, the writer or any reader. */
    private void checkpoint() {
        try (Statement statement = checkpointConnection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException | RuntimeException e) {
            // Caught whatever it is: an exception would end the schedule, and nothing else checkpoints.
            log.warn("Copying the write-ahead log into the database failed; trying again shortly: {}", e.getMessage());
        }
    }

    private void migrate() {
        SQLiteDataSource ds = new SQLiteDataSource(config(false));
        ds.setUrl(url);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    private SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a committed outbox row survives power loss, not only a crash; group commit pays for it.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // The writer touches the hot end of every table on each call: keep it in memory. Readers need less.
        config.setCacheSize(readOnly ? READER_CACHE_KIB : WRITER_CACHE_KIB);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.enforceForeignKeys(true);
        // Ids come back through RETURNING. Left on, the driver would match every update's SQL against a
        // pattern and follow every insert with a query of its own.
        config.setGetGeneratedKeys(false);
        config.setReadOnly(readOnly);
        return config;
    }

    private Connection open(boolean readOnly) throws SQLException {
        return config(readOnly).createConnection(url);
    }

    private static String instanceId(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var row = statement.executeQuery("SELECT value FROM store_info WHERE key = 'instance_id'")) {
            row.next();
            return row.getString(1);
        }
    }

    @Override
    public <I, R> CompletableFuture<R> write(Priority priority, BatchWork<I, R> work, I input) {
        return writer.write(priority, work, input);
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    @Override
    public <T> T read(Function<ReadSession, T> work) {
        StatementCache connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for a database connection", e);
        }
        try {
            return work.apply(new SqliteSession(connection, clock, keyPrefix));
        } finally {
            readers.add(connection);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        checkpoints.shutdownNow();
        // Anything still queued never runs: its caller hears so rather than wait for ever.
        writer.close();
        readers.forEach(SqliteStore::closeQuietly);
        try {
            checkpoints.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            checkpointConnection.close();
        } catch (SQLException e) {
            log.warn("Closing the checkpoint connection failed", e);
        }
    }

    private static void closeQuietly(StatementCache connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing a database connection failed", e);
        }
    }
}
