-- The Revenue screen's facts, kept as they happen, so a week's figures are one range of calls (calls_by_ended)
-- and each call's own row and its thread's, with no look-up of messages or offers per call: over a year of a busy
-- business (73,000 calls) the look-ups cost 0.4 s a statement. Each is written where the thing happens, in the
-- same statement or transaction, by the store's code; none is written on a new missed call's path but the call's
-- own flag (a value in the same INSERT) and its text-back's delay (when the carrier takes it).
-- Times are UTC instants in epoch milliseconds.

-- A thread's firsts: the first customer text, the first staff text and the first slots offered on it.
ALTER TABLE threads ADD COLUMN replied_at INTEGER;
ALTER TABLE threads ADD COLUMN staff_texted_at INTEGER;
ALTER TABLE threads ADD COLUMN offered_at INTEGER;

-- 1 for the call that opened its thread (the thread's first call, detected as the thread was made): the lead is
-- counted in that call's week.
ALTER TABLE calls ADD COLUMN opened_thread INTEGER NOT NULL DEFAULT 0;
-- From the call ending to its text-back being accepted by the carrier (never below 0); NULL while not sent.
ALTER TABLE calls ADD COLUMN text_back_ms INTEGER;

-- The facts of what happened before this migration, as the screen computed them until now.
UPDATE threads SET
    replied_at      = (SELECT MIN(m.created_at) FROM messages m WHERE m.thread_id = threads.id AND m.direction = 'INBOUND'),
    staff_texted_at = (SELECT MIN(m.created_at) FROM messages m WHERE m.thread_id = threads.id AND m.kind = 'STAFF_REPLY'),
    offered_at      = (SELECT MIN(o.created_at) FROM offers o WHERE o.thread_id = threads.id);
UPDATE calls SET opened_thread = 1
WHERE thread_id IS NOT NULL
  AND detected_at <= (SELECT t.opened_at FROM threads t WHERE t.id = calls.thread_id)
  AND id = (SELECT MIN(c2.id) FROM calls c2 WHERE c2.thread_id = calls.thread_id);
-- A join, not a subquery per call: asked per call, SQLite 3.51 would walk every text-back sent (messages_by_sent)
-- for each one. A call has one text-back at most (retries resend the same message).
UPDATE calls SET text_back_ms = MAX(0, m.sent_at - calls.ended_at)
FROM messages m
WHERE m.call_id = calls.id AND m.kind = 'TEXT_BACK' AND m.sent_at IS NOT NULL;
