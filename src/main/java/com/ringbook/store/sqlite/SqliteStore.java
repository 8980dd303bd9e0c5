package com.ringbook.store.sqlite;

import com.ringbook.store.ReadSession;
import com.ringbook.store.Store;
import com.ringbook.store.StoreException;
import com.ringbook.store.WriteSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.core.DB;

/**
 * SQLite in WAL mode: one writer thread owns the only write connection and commits every unit of
 * work already queued in one transaction, urgent work ahead of background work; one failing unit
 * never takes the others with it. Readers borrow from a small pool of read-only connections.
 */
public final class SqliteStore implements Store {
    private static final Logger log = LoggerFactory.getLogger(SqliteStore.class);
    /** Bounds a group commit so a huge burst still commits, and answers, in slices. */
    private static final int MAX_GROUP = 2048;
    /**
     * Background work taken into one commit when no urgent work waits: small enough that a missed
     * call arriving meanwhile waits only milliseconds for that commit to end. Also the room background
     * work that has waited too long is sure of in a group full of urgent work.
     */
    private static final int BACKGROUND_SLICE = 256;
    /** Background work waits at most this long behind urgent work, then joins the next commit anyway. */
    private static final long BACKGROUND_MAX_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** Negative: KiB rather than pages, as SQLite's cache_size takes it. */
    private static final int WRITER_CACHE_KIB = -32_768;
    private static final int READER_CACHE_KIB = -8_192;
    /** How often pages are copied from the WAL back into the database file, off the writer's path. */
    private static final long CHECKPOINT_EVERY_MS = 1_000;

    private record Unit<I, R>(BatchWork<I, R> work, I input, CompletableFuture<R> result, long queuedAt) {
    }

    private final String url;
    private final Clock clock;
    private final BlockingQueue<Unit<?, ?>> urgent = new LinkedBlockingQueue<>();
    private final BlockingQueue<Unit<?, ?>> background = new LinkedBlockingQueue<>();
    /** One permit per unit queued: the writer sleeps on it when both queues are empty. */
    private final Semaphore arrivals = new Semaphore(0);
    private final BlockingQueue<StatementCache> readers = new ArrayBlockingQueue<>(READERS);
    /** Only the writer thread touches these two after start; both are replaced after a failed transaction. */
    private StatementCache writeConnection;
    /** The writer's native handle, for its change counter (a cheap call, unlike a statement). */
    private DB database;
    private final Thread writer;
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
            openWriter();
            for (int i = 0; i < READERS; i++) {
                readers.add(new StatementCache(open(true)));
            }
            instanceId = instanceId(writeConnection.connection());
            keyPrefix = "rb-" + instanceId + "-";
            checkpointConnection = open(false);
            SearchIndexCatchUp.run(writeConnection);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + databaseFile, e);
        }
        writer = new Thread(this::writeLoop, "store-writer");
        writer.setDaemon(true);
        writer.start();
        checkpoints.scheduleWithFixedDelay(this::checkpoint, CHECKPOINT_EVERY_MS, CHECKPOINT_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    private void openWriter() throws SQLException {
        Connection write = open(false);
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
        writeConnection = new StatementCache(write);
    }

    /**
     * After a failed transaction the connection may be outside any transaction (SQLite rolls back by
     * itself after a full disk, and the driver's rollback then never begins a new one), with
     * statements the driver has finalised: later writes would each commit on their own. Start afresh.
     */
    private void reopenWriter() {
        closeQuietly(writeConnection);
        if (closed) {
            return;
        }
        try {
            openWriter();
        } catch (SQLException e) {
            // The closed connection stays in place: the next write fails too and tries again.
            log.error("Could not reopen the database for writing; trying again with the next write", e);
        }
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
            String id = row.getString(1);
            connection.commit();
            return id;
        }
    }

    @Override
    public <I, R> CompletableFuture<R> write(Priority priority, BatchWork<I, R> work, I input) {
        CompletableFuture<R> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new StoreException("The store is closed", null));
            return result;
        }
        Unit<I, R> unit = new Unit<>(work, input, result, System.nanoTime());
        BlockingQueue<Unit<?, ?>> queue = priority == Priority.URGENT ? urgent : background;
        queue.add(unit);
        arrivals.release();
        if (closed && queue.remove(unit)) {
            // close() emptied the queue between the check above and the add: nobody would ever run it.
            result.completeExceptionally(new StoreException("The store is closed", null));
        }
        return result;
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

    private void writeLoop() {
        List<Unit<?, ?>> group = new ArrayList<>();
        try {
            while (!closed || !urgent.isEmpty() || !background.isEmpty()) {
                try {
                    nextGroup(group);
                } catch (InterruptedException e) {
                    if (closed) {
                        break;
                    }
                    continue;
                }
                try {
                    commitGroup(group);
                } catch (RuntimeException e) {
                    // Whatever it was, the writer must live on: every later write depends on it.
                    failGroup(group, e);
                }
                group.clear();
            }
        } finally {
            // The writer owns its connection: closed here, never from under a write in progress.
            closeQuietly(writeConnection);
        }
    }

    /**
     * Waits for work and takes what the next commit runs: the urgent units queued (up to a group's
     * limit), and background units when no urgent one waits; background units that have waited too
     * long get room of their own in the group, however much urgent work is queued.
     */
    private void nextGroup(List<Unit<?, ?>> group) throws InterruptedException {
        while (true) {
            Unit<?, ?> oldest = background.peek();
            boolean overdue = oldest != null && System.nanoTime() - oldest.queuedAt() > BACKGROUND_MAX_WAIT_NANOS;
            urgent.drainTo(group, overdue ? MAX_GROUP - BACKGROUND_SLICE : MAX_GROUP);
            if (overdue || (oldest != null && group.isEmpty())) {
                background.drainTo(group, overdue ? MAX_GROUP - group.size() : BACKGROUND_SLICE);
            }
            if (!group.isEmpty()) {
                return;
            }
            arrivals.acquire();
            arrivals.drainPermits();
        }
    }

    private void commitGroup(List<Unit<?, ?>> group) {
        List<Object> results = new ArrayList<>(group.size());
        List<Throwable> failures = new ArrayList<>(group.size());
        SqliteSession session = new SqliteSession(writeConnection, clock, keyPrefix);
        Connection connection = writeConnection.connection();
        // The unit whose failure made the group run again; after a full disk, its error is the one that says why.
        Throwable replayedFor = null;
        try {
            if (!runTogether(group, session, results, failures)) {
                replayedFor = failures.get(failures.size() - 1);
                connection.rollback();
                results.clear();
                failures.clear();
                runApart(group, session, results, failures);
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            Throwable cause = e;
            if (SqliteFailures.rolledBackBySqlite(replayedFor)) {
                replayedFor.addSuppressed(e);
                cause = replayedFor;
            }
            failGroup(group, cause);
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            complete(group.get(i), results.get(i), failures.get(i));
        }
    }

    /** Nothing of the group landed: each unit hears why, and the writer starts afresh. */
    private void failGroup(List<Unit<?, ?>> group, Throwable cause) {
        log.error("A write transaction failed; {} unit(s) did not land", group.size(), cause);
        StoreException failure = new StoreException(
                "The database could not save: " + SqliteFailures.rootCause(cause).getMessage(), cause);
        reopenWriter();
        group.forEach(u -> u.result().completeExceptionally(failure));
    }

    /**
     * The usual case, with no savepoints (two statements per unit saved), and units queued one after
     * another for the same work run as one batch. A lone unit that fails having written nothing simply
     * fails. False when a batch failed, or a unit failed after writing or in the database itself: only
     * rolling the whole group back can undo that, and the group is then run again by {@link #runApart}.
     */
    private boolean runTogether(List<Unit<?, ?>> group, SqliteSession session, List<Object> results,
                                List<Throwable> failures) throws SQLException {
        for (int start = 0; start < group.size(); ) {
            int end = start + 1;
            while (end < group.size() && group.get(end).work() == group.get(start).work()) {
                end++;
            }
            List<Unit<?, ?>> batch = group.subList(start, end);
            long changesBefore = database.total_changes();
            try {
                results.addAll(run(batch, session));
                batch.forEach(u -> failures.add(null));
            } catch (RuntimeException e) {
                batch.forEach(u -> {
                    results.add(null);
                    failures.add(e);
                });
                if (batch.size() > 1 || e instanceof StoreException || database.total_changes() != changesBefore) {
                    return false;
                }
            }
            start = end;
        }
        return true;
    }

    /** Runs units that share one work as one call of it; their results, in their order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<?> run(List<Unit<?, ?>> batch, SqliteSession session) {
        BatchWork work = batch.get(0).work();
        List<Object> inputs = new ArrayList<>(batch.size());
        batch.forEach(u -> inputs.add(u.input()));
        List<?> results = work.apply(session, inputs);
        if (results.size() != inputs.size()) {
            throw new IllegalStateException("A batch of " + inputs.size() + " gave " + results.size() + " results");
        }
        return results;
    }

    /** Each unit in its own savepoint, so one failing unit takes nothing else with it. */
    private void runApart(List<Unit<?, ?>> group, SqliteSession session, List<Object> results,
                          List<Throwable> failures) throws SQLException {
        // Prepared once: the driver's own setSavepoint() formats and compiles fresh SQL for every unit.
        PreparedStatement mark = writeConnection.prepare("SAVEPOINT unit");
        PreparedStatement keep = writeConnection.prepare("RELEASE unit");
        PreparedStatement undo = writeConnection.prepare("ROLLBACK TO unit");
        for (Unit<?, ?> unit : group) {
            mark.execute();
            try {
                results.add(run(List.of(unit), session).get(0));
                failures.add(null);
            } catch (RuntimeException e) {
                undo.execute();
                results.add(null);
                failures.add(e);
            }
            keep.execute();
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> void complete(Unit<?, R> unit, Object result, Throwable failure) {
        if (failure != null) {
            unit.result().completeExceptionally(failure);
        } else {
            unit.result().complete((R) result);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        checkpoints.shutdownNow();
        writer.interrupt();
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            log.warn("A database write is still finishing; its connection closes when it is done");
        }
        // Anything still queued never ran: say so rather than leave its caller waiting for ever.
        StoreException closedFirst = new StoreException("The store closed before this was saved", null);
        for (BlockingQueue<Unit<?, ?>> queue : List.of(urgent, background)) {
            for (Unit<?, ?> unit = queue.poll(); unit != null; unit = queue.poll()) {
                unit.result().completeExceptionally(closedFirst);
            }
        }
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
