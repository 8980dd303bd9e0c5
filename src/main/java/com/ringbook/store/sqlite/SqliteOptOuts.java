package com.ringbook.store.sqlite;

import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import com.ringbook.store.OptOutRepository;
import java.time.Instant;
import java.util.Optional;

/** Where a thread stood before its customer texted STOP, and the answers an opt-out held back. */
final class SqliteOptOuts implements OptOutRepository {
    private final Sql sql;

    SqliteOptOuts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Stage> stageBefore(long threadId) {
        return sql.queryOne("SELECT stage_before_opt_out FROM threads WHERE id = ?", s -> s.setLong(1, threadId),
                r -> r.getString(1)).map(Stage::valueOf);
    }

    @Override
    public void remember(long threadId, Stage before) {
        if (before == Stage.OPTED_OUT) {
            return;
        }
        sql.update("UPDATE threads SET stage_before_opt_out = ? WHERE id = ?", s -> {
            s.setString(1, before.name());
            s.setLong(2, threadId);
        });
    }

    @Override
    public void forget(long threadId) {
        sql.update("UPDATE threads SET stage_before_opt_out = NULL WHERE id = ? AND stage_before_opt_out IS NOT NULL",
                s -> s.setLong(1, threadId));
    }

    @Override
    public void noteHeldBack(long threadId, MessageKind kind, String body, String reason, Instant at) {
        sql.update("""
                INSERT INTO messages (thread_id, direction, kind, body, status, error_text, created_at)
                VALUES (?, 'OUTBOUND', ?, ?, 'CANCELLED', ?, ?)
                """, s -> {
            s.setLong(1, threadId);
            s.setString(2, kind.name());
            s.setString(3, body);
            s.setString(4, reason);
            s.setLong(5, at.toEpochMilli());
        });
        if (kind == MessageKind.STAFF_REPLY) { // as SqliteOutbox.queue: the Revenue screen counts a staff text (V10)
            sql.update("UPDATE threads SET staff_texted_at = " + sql.dialect().least("COALESCE(staff_texted_at, ?1)", "?1") + " WHERE id = ?2", s -> {
                s.setLong(1, at.toEpochMilli());
                s.setLong(2, threadId);
            });
        }
    }
}
