package com.ringbook.store.sqlite;

import com.ringbook.domain.CallLogEntry;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.store.CallRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The calls table (which carrier calls are recorded, recording one, the call log) and unreachable numbers. */
final class SqliteCalls implements CallRepository.Writable {
    private final Sql sql;

    SqliteCalls(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean isRecorded(String carrierSid) {
        return sql.queryOne("SELECT 1 FROM calls WHERE carrier_sid = ?", s -> s.setString(1, carrierSid), r -> true).isPresent();
    }

    @Override
    public Set<String> recordedOf(Collection<String> carrierSids) {
        return new HashSet<>(sql.query("SELECT carrier_sid FROM calls WHERE carrier_sid IN (SELECT value FROM "
                        + sql.dialect().jsonValues("?") + ")",
                s -> s.setString(1, Sql.json(carrierSids)), r -> r.getString(1)));
    }

    @Override
    public Optional<TextBackDecision> decisionOf(String carrierSid) {
        return sql.queryOne("SELECT decision FROM calls WHERE carrier_sid = ?", s -> s.setString(1, carrierSid),
                r -> TextBackDecision.valueOf(r.getString(1)));
    }

    @Override
    public List<CallLogEntry> log(int limit, int offset) {
        // Newest first by the call's own time; the text-back (if any) is the one message carrying the call's id.
        return sql.query("""
                SELECT c.id, c.caller, ct.name, c.ended_at, c.decision, c.thread_id, m.status, m.error_text,
                       u.reason AS unreachable
                FROM calls c
                LEFT JOIN contacts ct ON ct.id = c.contact_id
                LEFT JOIN messages m ON m.call_id = c.id
                LEFT JOIN unreachable_numbers u ON u.phone = c.caller
                ORDER BY c.ended_at DESC, c.id DESC LIMIT ? OFFSET ?
                """, s -> {
            s.setInt(1, limit);
            s.setInt(2, offset);
        }, r -> {
            long thread = r.getLong("thread_id");
            Long threadId = r.wasNull() ? null : thread;
            String status = r.getString("status");
            return new CallLogEntry(r.getLong("id"), r.getString("caller"), r.getString("name"),
                    Sql.instant(r, "ended_at"), TextBackDecision.valueOf(r.getString("decision")), threadId,
                    status == null ? null : DeliveryStatus.valueOf(status), r.getString("error_text"),
                    r.getString("unreachable"));
        });
    }

    @Override
    public int count() {
        return sql.queryOne("SELECT COUNT(*) FROM calls", s -> { }, r -> r.getInt(1)).orElse(0);
    }

    @Override
    public Optional<String> refusalOf(String phone) {
        return sql.queryOne("SELECT reason FROM unreachable_numbers WHERE phone = ?", s -> s.setString(1, phone),
                r -> r.getString(1));
    }

    @Override
    public OptionalLong insert(String carrierSid, String caller, Long contactId, Long threadId, Instant endedAt,
                               Instant detectedAt, TextBackDecision decision) {
        long id = sql.insert("""
                INSERT INTO calls (carrier_sid, caller, contact_id, thread_id, ended_at, detected_at, decision, opened_thread)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, COALESCE((SELECT CASE WHEN t.opened_at >= ?6 AND NOT EXISTS (
                    SELECT 1 FROM calls c WHERE c.thread_id = t.id) THEN 1 ELSE 0 END FROM threads t WHERE t.id = ?4), 0))
                ON CONFLICT (carrier_sid) DO NOTHING
                """, s -> { // opened_thread (V10): the thread's first call, detected as it was made (CASE: PostgreSQL has no boolean-as-integer)
            s.setString(1, carrierSid);
            s.setString(2, caller);
            Sql.setNullableLong(s, 3, contactId);
            Sql.setNullableLong(s, 4, threadId);
            s.setLong(5, endedAt.toEpochMilli());
            s.setLong(6, detectedAt.toEpochMilli());
            s.setString(7, decision.name());
        });
        return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public void markUnreachable(String phone, String code, String reason, Instant at) {
        sql.update("""
                INSERT INTO unreachable_numbers (phone, code, reason, marked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (phone) DO UPDATE SET code = excluded.code, reason = excluded.reason, marked_at = excluded.marked_at
                """, s -> {
            s.setString(1, phone);
            s.setString(2, code);
            s.setString(3, reason);
            s.setLong(4, at.toEpochMilli());
        });
    }

    @Override
    public boolean clearUnreachable(String phone) {
        return sql.update("DELETE FROM unreachable_numbers WHERE phone = ?", s -> s.setString(1, phone)) > 0;
    }
}
