package com.ringbook.store.postgres;

import com.ringbook.store.StoreChanges.Change;
import com.ringbook.store.StoreChanges.Kind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The changes one write transaction makes, told to the other desks when — and only if — it commits: the writer
 * adds what it touches while it works, and calls {@link #sendIn} on its connection just before {@code COMMIT}.
 * PostgreSQL holds a transaction's notifications until commit and drops them on rollback, so a desk never hears of
 * a change that did not happen, nor of one before it can read it. Each change is told once per commit however
 * often it was touched, in as few notifications as fit.
 *
 * <p>One batch per transaction, used by the writer's thread only. A transaction replayed after a failure starts a
 * new batch (or {@link #clear()}s this one).
 */
public final class PgChangeFeedBatch {
    private final String origin;
    private final Set<Change> changes = new LinkedHashSet<>();

    /** @param origin this desk's run, as its own {@link PgChangeFeed} was given it, so it skips its own echo */
    public PgChangeFeedBatch(String origin) {
        this.origin = PgChangeFeedPayload.checkOrigin(origin);
    }

    public PgChangeFeedBatch add(Kind kind, long threadId) {
        changes.add(new Change(kind, threadId));
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public void clear() {
        changes.clear();
    }

    /**
     * Queues the notifications in {@code connection}'s open transaction (one round trip) and empties the batch.
     * Nothing leaves until the transaction commits.
     */
    public void sendIn(Connection connection) throws SQLException {
        List<String> payloads = PgChangeFeedPayload.encode(origin, changes);
        if (payloads.isEmpty()) {
            return;
        }
        Array array = connection.createArrayOf("text", payloads.toArray());
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT pg_notify(?, p) FROM unnest(?::text[]) WITH ORDINALITY AS u(p, n) ORDER BY n")) {
            s.setString(1, PgChangeFeed.CHANNEL);
            s.setArray(2, array);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    // each row is one notification queued
                }
            }
        } finally {
            array.free();
        }
        changes.clear();
    }
}
