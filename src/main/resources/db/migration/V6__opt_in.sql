-- Opt-in done right: a START takes a thread back to where it stood before STOP, so that stage is kept.
ALTER TABLE threads ADD COLUMN stage_before_opt_out TEXT;

-- Numbers the carrier itself refused as unable to take texts (not a valid number, not a mobile...):
-- a later call from one is not texted again, and the calls screen says why.
CREATE TABLE unreachable_numbers (
    phone      TEXT PRIMARY KEY,                   -- E.164
    code       TEXT,                               -- the carrier's error code
    reason     TEXT    NOT NULL,                   -- in plain words
    marked_at  INTEGER NOT NULL
);

-- The calls screen shows each call with how its text-back went; only text-backs carry a call id.
CREATE INDEX messages_by_call ON messages (call_id) WHERE call_id IS NOT NULL;
