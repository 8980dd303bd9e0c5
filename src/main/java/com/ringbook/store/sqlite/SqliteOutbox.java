package com.ringbook.store.sqlite;

import static com.ringbook.store.sqlite.Rows.OUTBOX_COLUMNS;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.store.OutboxRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table: queues texts, hands out those due, and records each attempt's outcome on the text. */
final class SqliteOutbox implements OutboxRepository.Writable {
    private final Sql sql;
    private final Clock clock;
    private final String keyPrefix;

    /** @param keyPrefix makes outbox idempotency keys unique beyond this database's row ids */
    SqliteOutbox(Sql sql, Clock clock, String keyPrefix) {
        this.sql = sql;
        this.clock = clock;
        this.keyPrefix = keyPrefix;
    }

    private OutboxItem item(ResultSet r) throws SQLException {
        return Rows.outboxItem(r, keyPrefix);
    }

    @Override
    public List<OutboxItem> due(Instant now, int limit) {
        return sql.query("SELECT " + OUTBOX_COLUMNS + " WHERE o.state = 'PENDING' AND o.next_attempt_at <= ? ORDER BY o.id LIMIT ?",
                s -> {
                    s.setLong(1, now.toEpochMilli());
                    s.setInt(2, limit);
                }, this::item);
    }

    @Override
    public List<OutboxItem> unknown(Instant now, int limit) {
        return sql.query("SELECT " + OUTBOX_COLUMNS + " WHERE o.state = 'UNKNOWN' AND o.next_attempt_at <= ? ORDER BY o.id LIMIT ?",
                s -> {
                    s.setLong(1, now.toEpochMilli());
                    s.setInt(2, limit);
                }, this::item);
    }

    @Override
    public Optional<Instant> nextAttempt(Instant now) {
        return sql.queryOne("SELECT MIN(next_attempt_at) AS next FROM outbox WHERE state IN ('PENDING','UNKNOWN') "
                + "AND next_attempt_at > ?", s -> s.setLong(1, now.toEpochMilli()), r -> Sql.instant(r, "next"));
    }

    @Override
    public Sendability sendability(long outboxId, Instant now) {
        // Nothing goes to an opted-out number, not even an answer to HELP: carriers block it (a HELP from
        // one is recorded with that reason and never queued).
        return sql.queryOne("""
                SELECT o.state = 'PENDING', o.next_attempt_at <= ?,
                       EXISTS (SELECT 1 FROM contacts c WHERE c.phone = o.to_phone AND c.opted_out = 1)
                FROM outbox o WHERE o.id = ?
                """, s -> {
                    s.setLong(1, now.toEpochMilli());
                    s.setLong(2, outboxId);
                },
                r -> !r.getBoolean(1) ? Sendability.ALREADY_SETTLED
                        : !r.getBoolean(2) ? Sendability.NOT_DUE
                        : r.getBoolean(3) ? Sendability.OPTED_OUT
                        : Sendability.SEND)
                .orElse(Sendability.ALREADY_SETTLED);
    }

    @Override
    public int backlog() {
        return sql.queryOne("SELECT COUNT(*) FROM outbox WHERE state IN ('PENDING','UNKNOWN')", s -> { }, r -> r.getInt(1))
                .orElse(0);
    }

    @Override
    public OutboxItem queue(long threadId, MessageKind kind, String to, String body, Long callId, Instant now) {
        OutboxItem queued = insertOutbound(threadId, kind, to, body, callId, now);
        // A staff reply answers the customer: the thread no longer waits. An automatic text does not.
        // The first staff text is a fact the Revenue screen counts (V10); no other kind touches it.
        String waiting = kind == MessageKind.STAFF_REPLY
                ? "NULL, staff_texted_at = " + sql.dialect().least("COALESCE(staff_texted_at, ?1)", "?1") : "waiting_since";
        sql.update("UPDATE threads SET last_activity_at = " + sql.dialect().greatest("last_activity_at", "?1")
                + ", preview = ?2, waiting_since = " + waiting + " WHERE id = ?3", s -> {
            s.setLong(1, now.toEpochMilli());
            s.setString(2, Sql.preview(body));
            s.setLong(3, threadId);
        });
        return queued;
    }

    private OutboxItem insertOutbound(long threadId, MessageKind kind, String to, String body, Long callId, Instant now) {
        long messageId = sql.insert("""
                INSERT INTO messages (thread_id, direction, kind, body, status, call_id, created_at)
                VALUES (?, 'OUTBOUND', ?, ?, 'PENDING', ?, ?)
                """, s -> {
            s.setLong(1, threadId);
            s.setString(2, kind.name());
            s.setString(3, body);
            Sql.setNullableLong(s, 4, callId);
            s.setLong(5, now.toEpochMilli());
        });
        long outboxId = sql.insert("""
                INSERT INTO outbox (message_id, to_phone, body, state, next_attempt_at, created_at)
                VALUES (?, ?, ?, 'PENDING', ?, ?)
                """, s -> {
            s.setLong(1, messageId);
            s.setString(2, to);
            s.setString(3, body);
            s.setLong(4, now.toEpochMilli());
            s.setLong(5, now.toEpochMilli());
        });
        // As due() would read it back: times are stored to the millisecond.
        return Rows.queued(keyPrefix, outboxId, messageId, threadId, to, body, Instant.ofEpochMilli(now.toEpochMilli()));
    }

    @Override
    public int cancelTo(String e164) {
        sql.update("""
                UPDATE messages SET status = 'CANCELLED', error_text = 'Not sent: the customer opted out'
                WHERE id IN (SELECT message_id FROM outbox WHERE to_phone = ? AND state = 'PENDING')
                """, s -> s.setString(1, e164));
        return sql.update("UPDATE outbox SET state = 'CANCELLED', last_error = 'opted out' WHERE to_phone = ? AND state = 'PENDING'",
                s -> s.setString(1, e164));
    }

    @Override
    public void recordAccepted(long outboxId, String carrierSid, DeliveryStatus status, Instant now) {
        sql.update("UPDATE outbox SET state = 'SENT', attempts = attempts + 1, last_error = NULL WHERE id = ?",
                s -> s.setLong(1, outboxId));
        sql.update("""
                UPDATE messages SET status = ?, carrier_sid = ?, sent_at = ?, error_code = NULL, error_text = NULL
                WHERE id = (SELECT message_id FROM outbox WHERE id = ?)
                """, s -> {
            s.setString(1, status.name());
            s.setString(2, carrierSid);
            s.setLong(3, now.toEpochMilli());
            s.setLong(4, outboxId);
        });
    }

    @Override
    public void recordRetry(long outboxId, String reason, Instant nextAttempt, boolean outcomeUnknown) {
        // Only a row still in play: a retry must never revive one that STOP cancelled meanwhile. Unless
        // the attempt may have reached the carrier: then the STOP came while it was on its way, and
        // only the carrier can say whether it was sent (if not, the reconciliation cancels it again).
        int updated = sql.update("UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                + "WHERE id = ? AND (state IN ('PENDING', 'UNKNOWN') OR (? AND state = 'CANCELLED'))", s -> {
            s.setString(1, outcomeUnknown ? "UNKNOWN" : "PENDING");
            s.setString(2, reason);
            s.setLong(3, nextAttempt.toEpochMilli());
            s.setLong(4, outboxId);
            s.setBoolean(5, outcomeUnknown);
        });
        if (updated > 0 && outcomeUnknown) {
            sql.update("""
                    UPDATE messages SET status = 'PENDING', error_text = NULL
                    WHERE id = (SELECT message_id FROM outbox WHERE id = ?) AND status = 'CANCELLED'
                    """, s -> s.setLong(1, outboxId));
        }
    }

    @Override
    public void recordRejected(long outboxId, String code, String reason, Instant now) {
        sql.update("UPDATE outbox SET state = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?", s -> {
            s.setString(1, reason);
            s.setLong(2, outboxId);
        });
        sql.update("""
                UPDATE messages SET status = 'FAILED', error_code = ?, error_text = ?
                WHERE id = (SELECT message_id FROM outbox WHERE id = ?)
                """, s -> {
            s.setString(1, code);
            s.setString(2, reason);
            s.setLong(3, outboxId);
        });
        sql.update("""
                UPDATE threads SET problem = ? WHERE id =
                (SELECT m.thread_id FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.id = ?)
                """, s -> {
            s.setString(1, reason);
            s.setLong(2, outboxId);
        });
    }

    @Override
    public void recordCancelled(long outboxId, String reason) {
        sql.update("UPDATE outbox SET state = 'CANCELLED', last_error = ? WHERE id = ?", s -> {
            s.setString(1, reason);
            s.setLong(2, outboxId);
        });
        sql.update("UPDATE messages SET status = 'CANCELLED', error_text = ? WHERE id = (SELECT message_id FROM outbox WHERE id = ?)",
                s -> {
                    s.setString(1, reason);
                    s.setLong(2, outboxId);
                });
    }

    @Override
    public int markUnsentAsUnknown() {
        long now = clock.millis();
        return sql.update("UPDATE outbox SET state = 'UNKNOWN', next_attempt_at = " + sql.dialect().least("next_attempt_at", "?")
                + " WHERE state = 'PENDING'",
                s -> s.setLong(1, now));
    }
}
