-- PostgreSQL's twin of SQLite's V12: each missed call's text-back time kept on the call, so a week's figures read
-- a range of calls and their threads and nothing of the messages. Times are UTC instants in epoch milliseconds.

-- When the carrier accepted the call's text-back (messages.sent_at of its TEXT_BACK); NULL while none was.
ALTER TABLE calls ADD COLUMN text_back_sent_at BIGINT;

-- Kept by the text-back's acceptance itself, as SQLite's trigger of the same name does.
CREATE FUNCTION calls_text_back_sent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE calls SET text_back_sent_at = NEW.sent_at WHERE id = NEW.call_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER calls_text_back_sent AFTER UPDATE OF sent_at ON messages
    FOR EACH ROW WHEN (NEW.call_id IS NOT NULL AND NEW.kind = 'TEXT_BACK') EXECUTE FUNCTION calls_text_back_sent();

-- What was accepted before this migration (a database filled before it).
UPDATE calls SET text_back_sent_at = (SELECT MAX(m.sent_at) FROM messages m WHERE m.call_id = calls.id AND m.kind = 'TEXT_BACK')
WHERE id IN (SELECT m.call_id FROM messages m WHERE m.call_id IS NOT NULL AND m.kind = 'TEXT_BACK' AND m.sent_at IS NOT NULL);

-- Calls by the time they ended, with every column a week's figures read: as SQLite's, the same index made wider.
DROP INDEX calls_by_ended;
CREATE INDEX calls_by_ended ON calls (ended_at, decision, opened_thread, thread_id, text_back_sent_at);

-- A week's jobs, as SQLite's: jobs by booking time with what the screen reads of them, a thread's calls with when
-- each was detected.
DROP INDEX appointments_by_booked_at;
CREATE INDEX appointments_by_booked_at ON appointments (booked_at, status, thread_id, value_cents, after_follow_up);
DROP INDEX calls_by_thread;
CREATE INDEX calls_by_thread ON calls (thread_id, detected_at);
