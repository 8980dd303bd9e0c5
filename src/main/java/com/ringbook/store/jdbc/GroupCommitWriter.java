package com.ringbook.store.jdbc;

import com.ringbook.store.Store.BatchWork;
import com.ringbook.store.Store.Priority;
import com.ringbook.store.StoreException;
import com.ringbook.store.WriteSession;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of a store: a thread that owns the only write connection and commits every unit of work
 * already queued in one transaction, urgent work ahead of background work; one failing unit never takes the
 * others with it. It knows nothing of the database beyond {@link WriterConnection}, so SQLite and PostgreSQL
 * share it and keep the same promises (Store.write).
 */
public final class GroupCommitWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
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

    private record Unit<I, R>(BatchWork<I, R> work, I input, CompletableFuture<R> result, long queuedAt) {
    }

    private final WriterConnection.Factory factory;
    private final BlockingQueue<Unit<?, ?>> urgent = new LinkedBlockingQueue<>();
    private final BlockingQueue<Unit<?, ?>> background = new LinkedBlockingQueue<>();
    /** One permit per unit queued: the writer sleeps on it when both queues are empty. */
    private final Semaphore arrivals = new Semaphore(0);
    /** Only the writer thread touches it after start; replaced after a failed transaction. */
    private WriterConnection connection;
    private final Thread writer;
    private volatile boolean closed;

    /** Opens the write connection and starts the writer thread, named {@code threadName}. */
    public GroupCommitWriter(String threadName, WriterConnection.Factory factory) throws SQLException {
        this.factory = factory;
        this.connection = factory.open();
        writer = new Thread(this::writeLoop, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    /** As {@link com.ringbook.store.Store#write(Priority, BatchWork, Object)}. */
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

    /**
     * After a failed transaction the connection may be outside any transaction (SQLite rolls back by
     * itself after a full disk, and the driver's rollback then never begins a new one), with
     * statements the driver has finalised: later writes would each commit on their own. Start afresh.
     */
    private void reopen() {
        connection.close();
        if (closed) {
            return;
        }
        try {
            connection = factory.open();
        } catch (SQLException e) {
            // The closed connection stays in place: the next write fails too and tries again.
            log.error("Could not reopen the database for writing; trying again with the next write", e);
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
            connection.close();
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
        WriterConnection writing = connection;
        WriteSession session = writing.session();
        // The unit whose failure made the group run again; after a full disk, its error is the one that says why.
        Throwable replayedFor = null;
        try {
            if (!runTogether(group, writing, session, results, failures)) {
                replayedFor = failures.get(failures.size() - 1);
                writing.rollback();
                results.clear();
                failures.clear();
                runApart(group, writing, session, results, failures);
            }
            writing.commit();
        } catch (SQLException e) {
            try {
                writing.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            Throwable cause = e;
            if (replayedFor != null && factory.rolledBackByDatabase(replayedFor)) {
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
                "The database could not save: " + rootCause(cause).getMessage(), cause);
        reopen();
        group.forEach(u -> u.result().completeExceptionally(failure));
    }

    /**
     * The usual case, with no savepoints (two statements per unit saved), and units queued one after
     * another for the same work run as one batch. A lone unit that fails having written nothing simply
     * fails. False when a batch failed, or a unit failed after writing or in the database itself: only
     * rolling the whole group back can undo that, and the group is then run again by {@link #runApart}.
     */
    private static boolean runTogether(List<Unit<?, ?>> group, WriterConnection writing, WriteSession session,
                                       List<Object> results, List<Throwable> failures) throws SQLException {
        for (int start = 0; start < group.size(); ) {
            int end = start + 1;
            while (end < group.size() && group.get(end).work() == group.get(start).work()) {
                end++;
            }
            List<Unit<?, ?>> batch = group.subList(start, end);
            long changesBefore = writing.changes();
            try {
                results.addAll(run(batch, session));
                batch.forEach(u -> failures.add(null));
            } catch (RuntimeException e) {
                batch.forEach(u -> {
                    results.add(null);
                    failures.add(e);
                });
                if (batch.size() > 1 || e instanceof StoreException || writing.changes() != changesBefore) {
                    return false;
                }
            }
            start = end;
        }
        return true;
    }

    /** Runs units that share one work as one call of it; their results, in their order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<?> run(List<Unit<?, ?>> batch, WriteSession session) {
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
    private static void runApart(List<Unit<?, ?>> group, WriterConnection writing, WriteSession session,
                                 List<Object> results, List<Throwable> failures) throws SQLException {
        for (Unit<?, ?> unit : group) {
            writing.mark();
            try {
                results.add(run(List.of(unit), session).get(0));
                failures.add(null);
            } catch (RuntimeException e) {
                writing.undo();
                results.add(null);
                failures.add(e);
            }
            writing.keep();
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

    /** The innermost cause: what the database itself said. */
    public static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * Stops taking work, lets the writer finish the commit in progress, and fails whatever is still queued:
     * its callers hear so rather than wait for ever.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.interrupt();
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            log.warn("A database write is still finishing; its connection closes when it is done");
        }
        StoreException closedFirst = new StoreException("The store closed before this was saved", null);
        for (BlockingQueue<Unit<?, ?>> queue : List.of(urgent, background)) {
            for (Unit<?, ?> unit = queue.poll(); unit != null; unit = queue.poll()) {
                unit.result().completeExceptionally(closedFirst);
            }
        }
    }
}
