package com.ringbook.store.sqlite;

import com.ringbook.store.MetricsRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Figures about recent text-backs, read across calls and messages; writes nothing. */
final class SqliteMetrics implements MetricsRepository {
    private final Sql sql;

    SqliteMetrics(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<Duration> textBackDelays(Instant since) {
        return sql.query("""
                SELECT m.sent_at - c.ended_at FROM messages m JOIN calls c ON c.id = m.call_id
                WHERE m.kind = 'TEXT_BACK' AND m.sent_at >= ? AND c.ended_at >= ?
                """, s -> {
            // A text-back for a call since then was sent since then too: that bound keeps to the index.
            s.setLong(1, since.toEpochMilli());
            s.setLong(2, since.toEpochMilli());
        }, r -> Duration.ofMillis(Math.max(0, r.getLong(1))));
    }

    @Override
    public Optional<String> latestSendFailure(Instant since) {
        return sql.queryOne("""
                SELECT error_text FROM messages
                WHERE direction = 'OUTBOUND' AND status IN ('FAILED', 'UNDELIVERED') AND error_text IS NOT NULL
                  AND created_at >= ?
                ORDER BY id DESC LIMIT 1
                """, s -> s.setLong(1, since.toEpochMilli()), r -> r.getString(1));
    }
}
