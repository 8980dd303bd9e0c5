package com.ringbook.store.postgres;

import com.ringbook.store.StoreChanges.Change;
import com.ringbook.store.WriteSession;
import com.ringbook.store.jdbc.WriterConnection;
import com.ringbook.store.sqlite.SessionConnection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared store's write connection, telling other desks what each transaction changed: the changes its
 * repositories note ({@link PgAnnouncedWrites}) are queued as notifications just before COMMIT
 * ({@link PgChangeFeedBatch#sendIn}), so they leave with the commit or not at all. A unit undone back to its
 * savepoint takes its changes with it; a rolled-back transaction (and the group replayed after it) starts
 * from nothing.
 */
final class PgAnnouncingConnection implements WriterConnection {
    private final SessionConnection connection;
    private final PgChangeFeedBatch batch;
    /** In the order noted, so undoing a unit is cutting the tail off; the batch coalesces at commit. */
    private final List<Change> noted = new ArrayList<>();
    private int markedAt;

    PgAnnouncingConnection(SessionConnection connection, String origin) {
        this.connection = connection;
        this.batch = new PgChangeFeedBatch(origin);
    }

    @Override
    public WriteSession session() {
        return new PgAnnouncingSession(connection.session(), new PgAnnouncedWrites(noted::add, this::threadOfOutbox,
                this::threadsOfContact));
    }

    private long threadOfOutbox(long outboxId) {
        try {
            PreparedStatement s = connection.statements().prepare(
                    "SELECT m.thread_id FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.id = ?");
            s.setLong(1, outboxId);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read which thread outbox row " + outboxId + " is on", e);
        }
    }

    private long[] threadsOfContact(long contactId) {
        try {
            PreparedStatement s = connection.statements().prepare("SELECT id FROM threads WHERE contact_id = ?");
            s.setLong(1, contactId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the conversations of contact " + contactId, e);
        }
    }

    @Override
    public long changes() throws SQLException {
        return connection.changes();
    }

    @Override
    public void commit() throws SQLException {
        if (!noted.isEmpty()) {
            batch.clear();
            noted.forEach(c -> batch.add(c.kind(), c.threadId()));
            batch.sendIn(connection.statements().connection());
        }
        connection.commit();
        noted.clear();
    }

    @Override
    public void rollback() throws SQLException {
        noted.clear();
        batch.clear();
        markedAt = 0;
        connection.rollback();
    }

    @Override
    public void mark() throws SQLException {
        connection.mark();
        markedAt = noted.size();
    }

    @Override
    public void keep() throws SQLException {
        connection.keep();
    }

    @Override
    public void undo() throws SQLException {
        connection.undo();
        noted.subList(markedAt, noted.size()).clear();
    }

    @Override
    public void close() {
        connection.close();
    }
}
