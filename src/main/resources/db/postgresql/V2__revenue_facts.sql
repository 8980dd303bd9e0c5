-- PostgreSQL's twin of SQLite's V10: the Revenue screen's facts, kept as they happen, so a week's figures are one
-- range of calls with no walk of a thread's messages or offers per call. Times are UTC instants in epoch milliseconds.

-- A thread's firsts: the first customer text, the first staff text and the first slots offered on it.
ALTER TABLE threads ADD COLUMN replied_at BIGINT;
ALTER TABLE threads ADD COLUMN staff_texted_at BIGINT;
ALTER TABLE threads ADD COLUMN offered_at BIGINT;

-- 1 for the call that opened its thread (the thread's first call, detected as the thread was made).
ALTER TABLE calls ADD COLUMN opened_thread INTEGER NOT NULL DEFAULT 0;

-- The facts of what happened before this migration (a database filled before it), as the screen computed them.
UPDATE threads SET
    replied_at      = (SELECT MIN(m.created_at) FROM messages m WHERE m.thread_id = threads.id AND m.direction = 'INBOUND'),
    staff_texted_at = (SELECT MIN(m.created_at) FROM messages m WHERE m.thread_id = threads.id AND m.kind = 'STAFF_REPLY'),
    offered_at      = (SELECT MIN(o.created_at) FROM offers o WHERE o.thread_id = threads.id);
UPDATE calls SET opened_thread = 1
WHERE thread_id IS NOT NULL
  AND detected_at <= (SELECT t.opened_at FROM threads t WHERE t.id = calls.thread_id)
  AND id = (SELECT MIN(c2.id) FROM calls c2 WHERE c2.thread_id = calls.thread_id);
