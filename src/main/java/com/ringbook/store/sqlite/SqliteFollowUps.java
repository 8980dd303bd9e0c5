package com.ringbook.store.sqlite;

import com.ringbook.domain.FollowUp;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import com.ringbook.store.FollowUpRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The follow_ups table, and the look at a thread's texts the follow-up rules decide from. */
final class SqliteFollowUps implements FollowUpRepository.Writable {
    private static final String COLUMNS = """
            id, thread_id, after_message_id, number, situation, due_at, state, message_id, reason, created_at, settled_at
            FROM follow_ups
            """;
    private final Sql sql;

    SqliteFollowUps(Sql sql) {
        this.sql = sql;
    }

    private static FollowUp row(ResultSet r) throws SQLException {
        long messageId = r.getLong("message_id");
        Long message = r.wasNull() ? null : messageId;
        return new FollowUp(r.getLong("id"), r.getLong("thread_id"), r.getLong("after_message_id"), r.getInt("number"),
                FollowUp.Situation.valueOf(r.getString("situation")), Sql.instant(r, "due_at"),
                FollowUp.State.valueOf(r.getString("state")), message, r.getString("reason"), Sql.instant(r, "created_at"),
                Sql.instant(r, "settled_at"));
    }

    @Override
    public Optional<Silence> silence(long threadId) {
        // The business text a customer could answer: not a follow-up (that keeps the same wait going), not a
        // HELP answer (an answer to the customer, not a question). Ids order texts as they were recorded.
        Optional<Silence> base = sql.queryOne("""
                SELECT t.stage, c.opted_out, c.phone, c.name,
                       w.id AS wait_id, w.kind AS wait_kind, w.created_at AS wait_at, w.status AS wait_status,
                       (SELECT MAX(i.id) FROM messages i WHERE i.thread_id = t.id AND i.direction = 'INBOUND') AS last_in
                FROM threads t JOIN contacts c ON c.id = t.contact_id
                LEFT JOIN messages w ON w.id = (SELECT MAX(o.id) FROM messages o WHERE o.thread_id = t.id
                    AND o.direction = 'OUTBOUND' AND o.kind NOT IN ('FOLLOW_UP', 'HELP_REPLY'))
                WHERE t.id = ?
                """, s -> s.setLong(1, threadId), r -> {
                    long waitId = r.getLong("wait_id");
                    boolean none = r.wasNull();
                    String status = r.getString("wait_status");
                    return new Silence(threadId, Stage.valueOf(r.getString("stage")), r.getBoolean("opted_out"),
                            r.getString("phone"), r.getString("name"), none ? null : waitId,
                            none ? null : MessageKind.valueOf(r.getString("wait_kind")), Sql.instant(r, "wait_at"),
                            status != null && (status.equals("FAILED") || status.equals("UNDELIVERED")
                                    || status.equals("CANCELLED")),
                            r.getLong("last_in"), 0, null);
                });
        return base.map(s -> s.waitMessageId() == null ? s : withNudges(s));
    }

    private Silence withNudges(Silence s) {
        return sql.queryOne("""
                SELECT COUNT(*) AS sent, MAX(settled_at) AS last_at FROM follow_ups
                WHERE thread_id = ? AND after_message_id = ? AND state = 'SENT'
                """, st -> {
                    st.setLong(1, s.threadId());
                    st.setLong(2, s.waitMessageId());
                }, r -> new Silence(s.threadId(), s.stage(), s.optedOut(), s.phone(), s.name(), s.waitMessageId(),
                        s.waitKind(), s.waitStartedAt(), s.waitFailed(), s.lastInboundId(), r.getInt("sent"),
                        Sql.instant(r, "last_at")))
                .orElse(s);
    }

    @Override
    public Optional<FollowUp> scheduledOf(long threadId) {
        return sql.queryOne("SELECT " + COLUMNS + " WHERE thread_id = ? AND state = 'SCHEDULED' ORDER BY id DESC LIMIT 1",
                s -> s.setLong(1, threadId), SqliteFollowUps::row);
    }

    @Override
    public Optional<FollowUp> find(long threadId, long afterMessageId, int number) {
        return sql.queryOne("SELECT " + COLUMNS + " WHERE thread_id = ? AND after_message_id = ? AND number = ?", s -> {
            s.setLong(1, threadId);
            s.setLong(2, afterMessageId);
            s.setInt(3, number);
        }, SqliteFollowUps::row);
    }

    @Override
    public Optional<FollowUp> byId(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " WHERE id = ?", s -> s.setLong(1, id), SqliteFollowUps::row);
    }

    @Override
    public List<FollowUp> due(Instant now, int limit) {
        return sql.query("SELECT " + COLUMNS + " WHERE state = 'SCHEDULED' AND due_at <= ? ORDER BY due_at, id LIMIT ?", s -> {
            s.setLong(1, now.toEpochMilli());
            s.setInt(2, limit);
        }, SqliteFollowUps::row);
    }

    @Override
    public Optional<Instant> nextDue() {
        return sql.queryOne("SELECT MIN(due_at) AS next FROM follow_ups WHERE state = 'SCHEDULED'", s -> { },
                r -> Sql.instant(r, "next"));
    }

    @Override
    public Optional<Instant> lastSentAt() {
        return sql.queryOne("SELECT MAX(settled_at) AS last FROM follow_ups WHERE state = 'SENT'", s -> { },
                r -> Sql.instant(r, "last"));
    }

    @Override
    public List<Long> planCandidates(Instant since) {
        return sql.query("SELECT id FROM threads WHERE stage IN " + Rows.OPEN_STAGES + " AND last_activity_at >= ? "
                + "UNION SELECT thread_id FROM follow_ups WHERE state = 'SCHEDULED'",
                s -> s.setLong(1, since.toEpochMilli()), r -> r.getLong(1));
    }

    @Override
    public Set<Long> threadsDueBetween(Instant from, Instant to) {
        return new LinkedHashSet<>(sql.query("""
                SELECT thread_id FROM follow_ups WHERE state = 'SCHEDULED' AND due_at >= ? AND due_at < ? ORDER BY due_at
                """, s -> {
                    s.setLong(1, from.toEpochMilli());
                    s.setLong(2, to.toEpochMilli());
                }, r -> r.getLong(1)));
    }

    @Override
    public boolean bookedAfterFollowUp(long appointmentId) {
        return sql.queryOne("SELECT after_follow_up FROM appointments WHERE id = ?", s -> s.setLong(1, appointmentId),
                r -> r.getBoolean(1)).orElse(false);
    }

    @Override
    public FollowUp schedule(long threadId, long afterMessageId, int number, FollowUp.Situation situation, Instant dueAt,
                             Instant now) {
        long id = sql.insert("""
                INSERT INTO follow_ups (thread_id, after_message_id, number, situation, due_at, state, created_at)
                VALUES (?, ?, ?, ?, ?, 'SCHEDULED', ?)
                """, s -> {
            s.setLong(1, threadId);
            s.setLong(2, afterMessageId);
            s.setInt(3, number);
            s.setString(4, situation.name());
            s.setLong(5, dueAt.toEpochMilli());
            s.setLong(6, now.toEpochMilli());
        });
        return byId(id).orElseThrow();
    }

    @Override
    public boolean reschedule(long id, Instant dueAt) {
        return sql.update("UPDATE follow_ups SET due_at = ? WHERE id = ? AND state = 'SCHEDULED'", s -> {
            s.setLong(1, dueAt.toEpochMilli());
            s.setLong(2, id);
        }) > 0;
    }

    @Override
    public boolean cancel(long id, String reason, Instant now) {
        return sql.update("UPDATE follow_ups SET state = 'CANCELLED', reason = ?, settled_at = ? WHERE id = ? AND state = 'SCHEDULED'",
                s -> {
                    s.setString(1, reason);
                    s.setLong(2, now.toEpochMilli());
                    s.setLong(3, id);
                }) > 0;
    }

    @Override
    public boolean markSent(long id, long messageId, Instant now) {
        return sql.update("UPDATE follow_ups SET state = 'SENT', message_id = ?, settled_at = ? WHERE id = ? AND state = 'SCHEDULED'",
                s -> {
                    s.setLong(1, messageId);
                    s.setLong(2, now.toEpochMilli());
                    s.setLong(3, id);
                }) > 0;
    }
}
