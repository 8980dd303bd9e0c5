-- The Revenue screen and `ringbook report` count a week's missed calls and follow each one to its text-back.
-- Calls by the time they ended: each week is one range on it (V3 dropped the older one while nothing read it).
CREATE INDEX calls_by_ended ON calls (ended_at);
-- A call's text-back. Partial: only text-backs carry a call id, so staff replies and customer texts never
-- touch it, and the missed-call path pays one small index entry per text-back. V6 made the same index for the
-- Calls screen; this keeps it whichever came first.
CREATE INDEX IF NOT EXISTS messages_by_call ON messages (call_id) WHERE call_id IS NOT NULL;
