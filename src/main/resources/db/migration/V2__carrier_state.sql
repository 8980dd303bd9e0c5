-- What a carrier adapter must remember between runs, e.g. its poll cursor.
CREATE TABLE carrier_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
