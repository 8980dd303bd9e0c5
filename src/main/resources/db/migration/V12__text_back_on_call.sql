-- The Revenue screen over a year: each missed call's text-back time is kept on the call, so a week's figures
-- read a range of calls_by_ended and each call's thread, and nothing of the messages. Before, every call of the
-- range cost a look-up in messages_by_call and one of the text-back's row (over a year of a busy business,
-- 73,000 calls, half of the weeks' statement).
-- Times are UTC instants in epoch milliseconds.

-- When the carrier accepted the call's text-back (messages.sent_at of its TEXT_BACK); NULL while none was.
ALTER TABLE calls ADD COLUMN text_back_sent_at INTEGER;

-- Kept by the text-back's acceptance itself: the sender's UPDATE of messages.sent_at (SqliteOutbox.recordAccepted)
-- carries it to the call in the same statement. A trigger, not a statement from Java: it costs the missed-call path
-- one row update by key inside a statement the sender runs anyway, not another round trip. Only text-backs carry a
-- call id, so a staff text's acceptance stops at the WHEN.
CREATE TRIGGER calls_text_back_sent AFTER UPDATE OF sent_at ON messages
WHEN new.call_id IS NOT NULL AND new.kind = 'TEXT_BACK'
BEGIN
    UPDATE calls SET text_back_sent_at = new.sent_at WHERE id = new.call_id;
END;

-- What was accepted before this migration.
UPDATE calls SET text_back_sent_at = (SELECT MAX(m.sent_at) FROM messages m WHERE m.call_id = calls.id AND m.kind = 'TEXT_BACK')
WHERE id IN (SELECT m.call_id FROM messages m WHERE m.call_id IS NOT NULL AND m.kind = 'TEXT_BACK' AND m.sent_at IS NOT NULL);

-- Calls by the time they ended, with every column a week's figures read (and lost leads by reason): the range is
-- read from the index alone, without each call's row. The same index made wider rather than a second one: a
-- missed call still writes one entry, a few bytes longer.
DROP INDEX calls_by_ended;
CREATE INDEX calls_by_ended ON calls (ended_at, decision, opened_thread, thread_id, text_back_sent_at);

-- A week's jobs the same way: jobs by the time they were booked, with every column the screen reads of them (booking
-- and cancelling are not on the missed-call path), and a thread's calls with when each was detected, so "the thread
-- began with a missed call" is answered from the index. That index is written by every missed call: the same entry,
-- one number longer.
DROP INDEX appointments_by_booked_at;
CREATE INDEX appointments_by_booked_at ON appointments (booked_at, status, thread_id, value_cents, after_follow_up);
DROP INDEX calls_by_thread;
CREATE INDEX calls_by_thread ON calls (thread_id, detected_at);
