package com.ringbook.store.sqlite;

import static com.ringbook.store.sqlite.Sql.instant;

import com.ringbook.domain.CustomerHistory;
import com.ringbook.domain.CustomerThread;
import com.ringbook.domain.LostMark;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.Stage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * One customer's conversations and what is known about them, and why a thread was lost: the reads behind
 * the thread view's history. Every query goes by the contact's index (threads_by_contact) or by id, so a
 * customer's history costs the same at a hundred threads or a hundred thousand.
 */
final class SqliteCustomerHistory {
    private final Sql sql;

    SqliteCustomerHistory(Sql sql) {
        this.sql = sql;
    }

    Optional<CustomerHistory> of(long contactId, int limit) {
        record Facts(String name, String phone, String address, java.time.Instant since, boolean optedOut) {
        }
        Optional<Facts> facts = sql.queryOne("SELECT name, phone, address, created_at, opted_out FROM contacts WHERE id = ?",
                s -> s.setLong(1, contactId),
                r -> new Facts(r.getString(1), r.getString(2), r.getString(3), instant(r, "created_at"), r.getInt(5) != 0));
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        // Only jobs still booked count: a cancelled one was never done and freed its time.
        long[] jobs = sql.queryOne("SELECT COUNT(*), COALESCE(SUM(a.value_cents), 0) FROM threads t "
                        + "JOIN appointments a ON a.thread_id = t.id AND a.status = 'BOOKED' WHERE t.contact_id = ?",
                s -> s.setLong(1, contactId), r -> new long[] {r.getLong(1), r.getLong(2)}).orElse(new long[2]);
        int count = sql.queryOne("SELECT COUNT(*) FROM threads WHERE contact_id = ?", s -> s.setLong(1, contactId),
                r -> r.getInt(1)).orElse(0);
        List<CustomerThread> threads = sql.query("""
                SELECT t.id, t.stage, t.opened_at, t.last_activity_at, t.closed_at, t.lost_reason, t.lost_note, t.preview,
                       a.start_at, a.value_cents, a.job_type
                FROM threads t LEFT JOIN appointments a ON a.thread_id = t.id AND a.status = 'BOOKED'
                WHERE t.contact_id = ? ORDER BY t.id DESC LIMIT ?
                """, s -> {
                    s.setLong(1, contactId);
                    s.setInt(2, limit);
                }, SqliteCustomerHistory::thread);
        Facts f = facts.get();
        return Optional.of(new CustomerHistory(contactId, f.name(), f.phone(), f.address(), f.since(), f.optedOut(),
                (int) jobs[0], jobs[1], count, threads));
    }

    private static CustomerThread thread(ResultSet r) throws SQLException {
        Long value = r.getObject("value_cents") == null ? null : r.getLong("value_cents");
        return new CustomerThread(r.getLong("id"), Stage.valueOf(r.getString("stage")), instant(r, "opened_at"),
                instant(r, "last_activity_at"), instant(r, "closed_at"), reason(r.getString("lost_reason")),
                r.getString("lost_note"), instant(r, "start_at"), value, r.getString("job_type"), r.getString("preview"));
    }

    Optional<LostMark> lostMark(long threadId) {
        return sql.queryOne("SELECT lost_reason, lost_note, stage_before_lost, closed_at FROM threads "
                        + "WHERE id = ? AND stage = 'LOST'", s -> s.setLong(1, threadId),
                r -> new LostMark(reason(r.getString(1)), r.getString(2),
                        r.getString(3) == null ? null : Stage.valueOf(r.getString(3)), instant(r, "closed_at")));
    }

    /** A stored reason; an unknown name (written by a later version) reads as Other rather than failing the read. */
    private static LostReason reason(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return LostReason.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return LostReason.OTHER;
        }
    }
}
