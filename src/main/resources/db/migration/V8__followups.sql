-- Follow-ups: one polite nudge (or a few, spaced) to a customer who went quiet. Each is a row with a due
-- time, woken by the follow-up loop; sending one marks it sent and queues the text through the outbox in
-- the same transaction, so a crash neither loses it nor sends it twice.
-- Times are UTC instants in epoch milliseconds.
CREATE TABLE follow_ups (
    id               INTEGER PRIMARY KEY,
    thread_id        INTEGER NOT NULL REFERENCES threads (id),
    -- The text the customer has not answered: the wait began when it was written. A new text from staff
    -- starts a new wait (a new key), so a nudge is planned at most once per wait and number.
    after_message_id INTEGER NOT NULL REFERENCES messages (id),
    number           INTEGER NOT NULL,             -- 1 for the first nudge of this wait, 2 for the next, ...
    situation        TEXT    NOT NULL,             -- AFTER_TEXT_BACK, AFTER_QUESTION, AFTER_OFFER
    due_at           INTEGER NOT NULL,
    state            TEXT    NOT NULL,             -- SCHEDULED, SENT, CANCELLED
    message_id       INTEGER REFERENCES messages (id),  -- the text it produced (through the outbox)
    reason           TEXT,                         -- why it was cancelled, in plain words
    created_at       INTEGER NOT NULL,
    settled_at       INTEGER                       -- when it was sent or cancelled
);
CREATE UNIQUE INDEX follow_ups_by_wait ON follow_ups (thread_id, after_message_id, number);
-- Partial: the loop only ever looks for scheduled ones by due time.
CREATE INDEX follow_ups_due ON follow_ups (due_at) WHERE state = 'SCHEDULED';

-- Whether a follow-up was sent on the thread before the job was booked (the revenue screen counts those).
-- Set by the store as the appointment is written, in the booking's own transaction.
ALTER TABLE appointments ADD COLUMN after_follow_up INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER appointments_after_follow_up AFTER INSERT ON appointments
BEGIN
    UPDATE appointments SET after_follow_up = EXISTS (
        SELECT 1 FROM follow_ups f
        WHERE f.thread_id = NEW.thread_id AND f.state = 'SENT' AND f.settled_at <= NEW.booked_at)
    WHERE id = NEW.id;
END;
