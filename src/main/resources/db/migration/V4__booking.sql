-- Booking: what staff learn about a job while qualifying it, the slots offered, the appointments made.
-- Times are UTC instants in epoch milliseconds; money is integer cents.

-- The lead card: name and address live on the contact (one customer), the rest on the thread (one job).
ALTER TABLE threads ADD COLUMN job_type TEXT;
ALTER TABLE threads ADD COLUMN urgency TEXT;
ALTER TABLE threads ADD COLUMN notes TEXT;

-- Slots offered to a customer, remembered so a reply ("2") can be matched to the slot it names.
CREATE TABLE offers (
    id         INTEGER PRIMARY KEY,
    thread_id  INTEGER NOT NULL REFERENCES threads (id),
    job_type   TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX offers_by_thread ON offers (thread_id, id DESC);

CREATE TABLE offer_slots (
    offer_id     INTEGER NOT NULL REFERENCES offers (id),
    number       INTEGER NOT NULL,                 -- as the customer reads it: 1, 2, ...
    crew         INTEGER NOT NULL,
    start_at     INTEGER NOT NULL,                 -- start_at..end_at: the crew's time for the job
    end_at       INTEGER NOT NULL,
    arrival_from INTEGER NOT NULL,                 -- the arrival window told to the customer
    arrival_to   INTEGER NOT NULL,
    PRIMARY KEY (offer_id, number)
);

CREATE TABLE appointments (
    id            INTEGER PRIMARY KEY,
    thread_id     INTEGER NOT NULL REFERENCES threads (id),
    crew          INTEGER NOT NULL,
    start_at      INTEGER NOT NULL,
    end_at        INTEGER NOT NULL,
    arrival_from  INTEGER NOT NULL,
    arrival_to    INTEGER NOT NULL,
    address       TEXT    NOT NULL,
    job_type      TEXT    NOT NULL,
    value_cents   INTEGER NOT NULL,
    booked_at     INTEGER NOT NULL,
    status        TEXT    NOT NULL,                -- BOOKED, CANCELLED
    cancelled_at  INTEGER,
    cancel_reason TEXT
);
-- The crews' calendar: what is booked from a time on. Only booked ones: a cancelled job frees its time.
CREATE INDEX appointments_booked_by_start ON appointments (start_at) WHERE status = 'BOOKED';
CREATE INDEX appointments_by_thread ON appointments (thread_id);
-- A report counts bookings in the week they were made.
CREATE INDEX appointments_by_booked_at ON appointments (booked_at);
