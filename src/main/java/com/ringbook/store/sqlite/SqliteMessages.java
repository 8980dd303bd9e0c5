package com.ringbook.store.sqlite;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.store.MessageRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The messages table by carrier id: customer texts coming in, and delivery reports for texts sent. */
final class SqliteMessages implements MessageRepository.Writable {
    private final Sql sql;

    SqliteMessages(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean isRecorded(String carrierSid) {
        return sql.queryOne("SELECT 1 FROM messages WHERE carrier_sid = ?", s -> s.setString(1, carrierSid), r -> true)
                .isPresent();
    }

    @Override
    public Set<String> carrierSidsTo(String e164, Instant since) {
        return new HashSet<>(sql.query("""
                SELECT m.carrier_sid FROM contacts c
                JOIN threads t ON t.contact_id = c.id
                JOIN messages m ON m.thread_id = t.id
                WHERE c.phone = ? AND m.direction = 'OUTBOUND' AND m.carrier_sid IS NOT NULL AND m.created_at >= ?
                """, s -> {
            s.setString(1, e164);
            s.setLong(2, since.toEpochMilli());
        }, r -> r.getString(1)));
    }

    @Override
    public Optional<Long> threadOfSid(String carrierSid) {
        return sql.queryOne("SELECT thread_id FROM messages WHERE carrier_sid = ?", s -> s.setString(1, carrierSid),
                r -> r.getLong(1));
    }

    @Override
    public OptionalLong insertInbound(long threadId, String carrierSid, String body, Instant receivedAt,
                                      boolean awaitsReply) {
        long id = sql.insert("""
                INSERT INTO messages (thread_id, direction, kind, body, status, carrier_sid, created_at)
                VALUES (?, 'INBOUND', 'CUSTOMER', ?, 'RECEIVED', ?, ?)
                ON CONFLICT (carrier_sid) WHERE carrier_sid IS NOT NULL DO NOTHING
                """, s -> {
            s.setLong(1, threadId);
            s.setString(2, body);
            s.setString(3, carrierSid);
            s.setLong(4, receivedAt.toEpochMilli());
        });
        if (id < 0) {
            return OptionalLong.empty();
        }
        sql.update("""
                UPDATE threads SET last_activity_at = %s, preview = ?2, unread = unread + 1,
                waiting_since = CASE WHEN ?3 THEN COALESCE(waiting_since, ?1) ELSE waiting_since END,
                replied_at = %s WHERE id = ?4
                """.formatted(sql.dialect().greatest("last_activity_at", "?1"),
                        sql.dialect().least("COALESCE(replied_at, ?1)", "?1")), s -> { // replied_at: the Revenue screen's "replied" (V10)
            s.setLong(1, receivedAt.toEpochMilli());
            s.setString(2, Sql.preview(body));
            s.setBoolean(3, awaitsReply);
            s.setLong(4, threadId);
        });
        return OptionalLong.of(id);
    }

    @Override
    public OptionalLong recordDelivery(String carrierSid, DeliveryStatus status, String errorCode, String errorText) {
        Optional<DeliveryStatus> current = sql.queryOne(
                "SELECT status FROM messages WHERE carrier_sid = ? AND direction = 'OUTBOUND'",
                s -> s.setString(1, carrierSid), r -> DeliveryStatus.valueOf(r.getString(1)));
        if (current.isEmpty() || !status.supersedes(current.get())) {
            return OptionalLong.empty();
        }
        sql.update("UPDATE messages SET status = ?, error_code = COALESCE(?, error_code), error_text = COALESCE(?, error_text) "
                + "WHERE carrier_sid = ?", s -> {
            s.setString(1, status.name());
            s.setString(2, errorCode);
            s.setString(3, errorText);
            s.setString(4, carrierSid);
        });
        long threadId = threadOfSid(carrierSid).orElseThrow();
        if (status.isFinalFailure() && errorText != null) {
            sql.update("UPDATE threads SET problem = ? WHERE id = ?", s -> {
                s.setString(1, errorText);
                s.setLong(2, threadId);
            });
        }
        return OptionalLong.of(threadId);
    }
}
