package com.ringbook.store.sqlite;

import com.ringbook.domain.TextBackDecision;
import com.ringbook.store.CallRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/** The calls table: which carrier calls are recorded, and recording one. */
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
        return new HashSet<>(sql.query("SELECT carrier_sid FROM calls WHERE carrier_sid IN (SELECT value FROM json_each(?))",
                s -> s.setString(1, Sql.json(carrierSids)), r -> r.getString(1)));
    }

    @Override
    public OptionalLong insert(String carrierSid, String caller, Long contactId, Long threadId, Instant endedAt,
                               Instant detectedAt, TextBackDecision decision) {
        long id = sql.insert("""
                INSERT INTO calls (carrier_sid, caller, contact_id, thread_id, ended_at, detected_at, decision)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (carrier_sid) DO NOTHING
                """, s -> {
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
}
