package com.ringbook.store.sqlite;

import static com.ringbook.store.sqlite.Rows.ANSWERABLE_STAGES;
import static com.ringbook.store.sqlite.Rows.OPEN_STAGES;
import static com.ringbook.store.sqlite.Rows.SUMMARY_COLUMNS;
import static com.ringbook.store.sqlite.Sql.instant;

import com.ringbook.domain.CallRecord;
import com.ringbook.domain.CustomerHistory;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Direction;
import com.ringbook.domain.InboxCounts;
import com.ringbook.domain.InboxPage;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Lead;
import com.ringbook.domain.LostMark;
import com.ringbook.domain.Message;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.store.ThreadRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The threads table: the inbox, one thread in full with its calls and messages, and each thread's stage. */
final class SqliteThreads implements ThreadRepository.Writable {
    private final Sql sql;
    private final SqliteInbox inbox;

    private final SqliteCustomerHistory history;

    SqliteThreads(Sql sql) {
        this.sql = sql;
        this.inbox = new SqliteInbox(sql);
        this.history = new SqliteCustomerHistory(sql);
    }

    @Override
    public Optional<ThreadSummary> openOf(long contactId) {
        return sql.queryOne("SELECT " + SUMMARY_COLUMNS + " WHERE t.contact_id = ? AND t.stage IN " + OPEN_STAGES
                + " ORDER BY t.id DESC LIMIT 1", s -> s.setLong(1, contactId), Rows::summary);
    }

    @Override
    public Optional<ThreadSummary> latestOf(long contactId) {
        return sql.queryOne("SELECT " + SUMMARY_COLUMNS + " WHERE t.contact_id = ? ORDER BY t.id DESC LIMIT 1",
                s -> s.setLong(1, contactId), Rows::summary);
    }

    @Override
    public Optional<ThreadSummary> summary(long threadId) {
        return sql.queryOne("SELECT " + SUMMARY_COLUMNS + " WHERE t.id = ?", s -> s.setLong(1, threadId), Rows::summary);
    }

    @Override
    public List<ThreadSummary> inbox(InboxQuery q) {
        return inbox.page(q).threads();
    }

    @Override
    public InboxPage page(InboxQuery q) {
        return inbox.page(q);
    }

    @Override
    public InboxCounts counts() {
        return inbox.counts();
    }

    @Override
    public Optional<ThreadDetail> detail(long threadId) {
        return summary(threadId).map(summary -> new ThreadDetail(summary,
                sql.query("SELECT id, thread_id, caller, ended_at, decision FROM calls WHERE thread_id = ? ORDER BY ended_at, id",
                        s -> s.setLong(1, threadId),
                        r -> new CallRecord(r.getLong(1), r.getLong(2), r.getString(3), instant(r, "ended_at"),
                                TextBackDecision.valueOf(r.getString(5)))),
                sql.query("SELECT * FROM messages WHERE thread_id = ? ORDER BY id", s -> s.setLong(1, threadId),
                        r -> new Message(r.getLong("id"), r.getLong("thread_id"), Direction.valueOf(r.getString("direction")),
                                MessageKind.valueOf(r.getString("kind")), r.getString("body"),
                                DeliveryStatus.valueOf(r.getString("status")), r.getString("carrier_sid"),
                                r.getString("error_text"), instant(r, "created_at"), instant(r, "sent_at")))));
    }

    @Override
    public int waitingCount() {
        return sql.queryOne("SELECT COUNT(*) FROM threads WHERE waiting_since IS NOT NULL AND stage IN " + ANSWERABLE_STAGES,
                s -> { }, r -> r.getInt(1)).orElse(0);
    }

    @Override
    public long create(long contactId, Instant now) {
        return sql.insert("INSERT INTO threads (contact_id, stage, opened_at, last_activity_at) VALUES (?, 'NEW', ?, ?)",
                s -> {
                    s.setLong(1, contactId);
                    s.setLong(2, now.toEpochMilli());
                    s.setLong(3, now.toEpochMilli());
                });
    }

    @Override
    public void touch(long threadId, String preview, Instant at) {
        sql.update("UPDATE threads SET last_activity_at = " + sql.dialect().greatest("last_activity_at", "?")
                + ", preview = ? WHERE id = ?", s -> {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, Sql.preview(preview));
            s.setLong(3, threadId);
        });
    }

    @Override
    public void setStage(long threadId, Stage stage, Instant now) {
        sql.update("UPDATE threads SET stage = ?, closed_at = ?, waiting_since = CASE WHEN ? THEN NULL ELSE waiting_since END "
                + "WHERE id = ?", s -> {
            s.setString(1, stage.name());
            Sql.setNullableLong(s, 2, stage.isOpen() ? null : now.toEpochMilli());
            s.setBoolean(3, !stage.isOpen());
            s.setLong(4, threadId);
        });
    }

    @Override
    public void markRead(long threadId) {
        sql.update("UPDATE threads SET unread = 0 WHERE id = ? AND unread <> 0", s -> s.setLong(1, threadId));
    }

    @Override
    public Lead lead(long threadId) {
        return sql.queryOne("SELECT job_type, urgency, job_value_cents, notes FROM threads WHERE id = ?",
                s -> s.setLong(1, threadId),
                r -> new Lead(r.getString(1), r.getString(2), r.getObject(3) == null ? null : r.getLong(3), r.getString(4)))
                .orElse(Lead.EMPTY);
    }

    @Override
    public void setLead(long threadId, Lead lead) {
        sql.update("UPDATE threads SET job_type = ?, urgency = ?, job_value_cents = ?, notes = ? WHERE id = ?", s -> {
            s.setString(1, lead.jobType());
            s.setString(2, lead.urgency());
            Sql.setNullableLong(s, 3, lead.valueCents());
            s.setString(4, lead.notes());
            s.setLong(5, threadId);
        });
    }

    // ---- lost with a reason, reopened, and one customer's history ----

    @Override
    public void markLost(long threadId, LostMark mark) {
        setStage(threadId, Stage.LOST, mark.at());
        sql.update("UPDATE threads SET lost_reason = ?, lost_note = ?, stage_before_lost = ? WHERE id = ?", s -> {
            s.setString(1, mark.reason() == null ? null : mark.reason().name());
            s.setString(2, mark.note());
            s.setString(3, mark.before() == null ? null : mark.before().name());
            s.setLong(4, threadId);
        });
    }

    @Override
    public void reopen(long threadId, Stage stage, Instant now) {
        setStage(threadId, stage, now);
        sql.update("UPDATE threads SET lost_reason = NULL, lost_note = NULL, stage_before_lost = NULL WHERE id = ?",
                s -> s.setLong(1, threadId));
    }

    @Override
    public Optional<CustomerHistory> customerHistory(long contactId, int limit) {
        return history.of(contactId, limit);
    }

    @Override
    public Optional<LostMark> lostMark(long threadId) {
        return history.lostMark(threadId);
    }
}
