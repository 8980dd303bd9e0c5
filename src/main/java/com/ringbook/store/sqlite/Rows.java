package com.ringbook.store.sqlite;

import com.ringbook.domain.LostReason;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.OutboxState;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.domain.TimeSlot;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Row shapes read or built in more than one place, kept here once: a thread's inbox line (every
 * thread look-up), and an outbox item with its idempotency key (read and queued by the outbox,
 * queued by first calls), and a crew's time slot (offers and appointments).
 */
final class Rows {
    static final String OPEN_STAGES = "('NEW','QUALIFYING','SLOTS_OFFERED')";
    /** Stages in which a customer's unanswered text needs a reply: the open ones, and a booked job's. */
    static final String ANSWERABLE_STAGES = "('NEW','QUALIFYING','SLOTS_OFFERED','BOOKED')";
    static final String SUMMARY_COLUMNS = """
            t.id, t.contact_id, c.phone, c.name, t.stage, t.last_activity_at, t.waiting_since, t.unread,
            t.preview, t.problem, t.lost_reason
            FROM threads t JOIN contacts c ON c.id = t.contact_id
            """;
    static final String OUTBOX_COLUMNS = """
            o.id, o.message_id, m.thread_id, o.to_phone, o.body, o.state, o.attempts, o.created_at
            FROM outbox o JOIN messages m ON m.id = o.message_id
            """;

    private Rows() {
    }

    static ThreadSummary summary(ResultSet r) throws SQLException {
        return new ThreadSummary(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), Stage.valueOf(r.getString(5)),
                Sql.instant(r, "last_activity_at"), Sql.instant(r, "waiting_since"), r.getInt(8), r.getString(9),
                r.getString(10), lostReason(r.getString("lost_reason")));
    }

    /** A reason stored by a later version (an unknown name) reads as none rather than failing the whole inbox. */
    private static LostReason lostReason(String name) {
        if (name == null) {
            return null;
        }
        try {
            return LostReason.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** @param keyPrefix makes outbox idempotency keys unique beyond this database's row ids */
    static String idempotencyKey(String keyPrefix, long outboxId) {
        return keyPrefix + outboxId;
    }

    /** An outbox row read with {@link #OUTBOX_COLUMNS}. */
    static OutboxItem outboxItem(ResultSet r, String keyPrefix) throws SQLException {
        long id = r.getLong(1);
        return new OutboxItem(id, r.getLong(2), r.getLong(3), idempotencyKey(keyPrefix, id), r.getString(4), r.getString(5),
                OutboxState.valueOf(r.getString(6)), r.getInt(7), Sql.instant(r, "created_at"));
    }

    /** A text just queued, as {@link #outboxItem} would read it back. */
    static OutboxItem queued(String keyPrefix, long outboxId, long messageId, long threadId, String to, String body,
                             Instant createdAt) {
        return new OutboxItem(outboxId, messageId, threadId, idempotencyKey(keyPrefix, outboxId), to, body,
                OutboxState.PENDING, 0, createdAt);
    }

    /** A crew's slot read from the columns crew, start_at, end_at, arrival_from, arrival_to (in that order). */
    static TimeSlot timeSlot(ResultSet r) throws SQLException {
        return new TimeSlot(r.getInt("crew"), Sql.instant(r, "start_at"), Sql.instant(r, "end_at"),
                Sql.instant(r, "arrival_from"), Sql.instant(r, "arrival_to"));
    }

    /** Binds crew, start, end, arrival from and arrival to, from parameter {@code first} on. */
    static void bindTimeSlot(PreparedStatement s, int first, TimeSlot slot) throws SQLException {
        s.setInt(first, slot.crew());
        s.setLong(first + 1, slot.start().toEpochMilli());
        s.setLong(first + 2, slot.end().toEpochMilli());
        s.setLong(first + 3, slot.arrivalFrom().toEpochMilli());
        s.setLong(first + 4, slot.arrivalTo().toEpochMilli());
    }

    /** A slot as it reads back from the database: times are stored to the millisecond. */
    static TimeSlot millis(TimeSlot slot) {
        return new TimeSlot(slot.crew(), truncate(slot.start()), truncate(slot.end()), truncate(slot.arrivalFrom()),
                truncate(slot.arrivalTo()));
    }

    private static Instant truncate(Instant at) {
        return Instant.ofEpochMilli(at.toEpochMilli());
    }
}
