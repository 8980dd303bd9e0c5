-- Why a conversation was lost, and where it stood then, so "Undo" and "Reopen" put it back.
-- A column per fact (not free text), so a report can count lost conversations by reason.
ALTER TABLE threads ADD COLUMN lost_reason TEXT;        -- LostReason name: PRICE, WENT_ELSEWHERE, NO_REPLY, SPAM, OTHER
ALTER TABLE threads ADD COLUMN lost_note TEXT;          -- staff's optional words beside the reason
ALTER TABLE threads ADD COLUMN stage_before_lost TEXT;  -- the open stage a reopened thread goes back to
-- Partial: only lost threads, for counting reasons over a time range without a scan.
CREATE INDEX threads_lost_by_reason ON threads (lost_reason, closed_at) WHERE stage = 'LOST';
