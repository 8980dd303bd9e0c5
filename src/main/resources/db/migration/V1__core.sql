-- Times are UTC instants in epoch milliseconds; money is integer cents.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE contacts (
    id                INTEGER PRIMARY KEY,
    phone             TEXT    NOT NULL UNIQUE,     -- E.164
    name              TEXT,
    address           TEXT,
    opted_out         INTEGER NOT NULL DEFAULT 0,
    opted_out_at      INTEGER,
    last_text_back_at INTEGER,
    created_at        INTEGER NOT NULL
);

CREATE TABLE threads (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contacts (id),
    stage            TEXT    NOT NULL,
    opened_at        INTEGER NOT NULL,
    last_activity_at INTEGER NOT NULL,
    waiting_since    INTEGER,                      -- oldest customer text not yet answered
    unread           INTEGER NOT NULL DEFAULT 0,
    preview          TEXT,
    problem          TEXT,                         -- last permanent send failure, in plain words
    job_value_cents  INTEGER,
    closed_at        INTEGER
);
CREATE INDEX threads_by_activity ON threads (last_activity_at DESC, id DESC);
CREATE INDEX threads_by_contact ON threads (contact_id, id DESC);
-- Partial: only threads waiting for an answer are in it, so the status bar counts them without a scan.
CREATE INDEX threads_waiting ON threads (waiting_since) WHERE waiting_since IS NOT NULL;

CREATE TABLE calls (
    id          INTEGER PRIMARY KEY,
    carrier_sid TEXT    NOT NULL UNIQUE,
    caller      TEXT    NOT NULL,                  -- E.164, or the raw caller ID when withheld/invalid
    contact_id  INTEGER REFERENCES contacts (id),
    thread_id   INTEGER REFERENCES threads (id),
    ended_at    INTEGER NOT NULL,
    detected_at INTEGER NOT NULL,
    decision    TEXT    NOT NULL
);
CREATE INDEX calls_by_thread ON calls (thread_id);
CREATE INDEX calls_by_time ON calls (ended_at);

CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    thread_id   INTEGER NOT NULL REFERENCES threads (id),
    direction   TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    carrier_sid TEXT,
    error_code  TEXT,
    error_text  TEXT,
    call_id     INTEGER REFERENCES calls (id),
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER
);
CREATE INDEX messages_by_thread ON messages (thread_id, id);
-- Partial indexes keep the missed-call path light: a text's carrier id and send time are set later,
-- by the sender, so writing the text in the first place touches neither index.
CREATE UNIQUE INDEX messages_by_carrier_sid ON messages (carrier_sid) WHERE carrier_sid IS NOT NULL;
CREATE INDEX messages_by_sent ON messages (kind, sent_at) WHERE sent_at IS NOT NULL;
-- Partial: the few texts the carrier refused, for the status bar.
CREATE INDEX messages_failed ON messages (id) WHERE status IN ('FAILED', 'UNDELIVERED');

-- Identifies this database, so outbox ids from a wiped and recreated one never match old carrier records.
CREATE TABLE store_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO store_info (key, value) VALUES ('instance_id', lower(hex(randomblob(8))));

-- The only way a text leaves: written in the same transaction as the event that caused it.
-- Its idempotency key is derived (instance id + row id) rather than stored: a random key would cost an
-- index insert on every text.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    message_id      INTEGER NOT NULL REFERENCES messages (id),
    to_phone        TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    state           TEXT    NOT NULL,              -- PENDING, UNKNOWN, SENT, FAILED, CANCELLED
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
