-- PostgreSQL twin of ../../migrations_bookings/sqlite/0001_bookings.sql: the same tables,
-- constraints and indexes (integers as BIGINT, blobs as BYTEA). Keep the two in step.

-- Places taken per slot; the database itself refuses overbooking:
-- `UPDATE … SET taken = taken + 1 WHERE … AND taken < capacity` locks the row.
CREATE TABLE slot_places (
    hall_code TEXT NOT NULL,
    item_code TEXT NOT NULL,
    date TEXT NOT NULL,
    start TEXT NOT NULL,
    capacity BIGINT NOT NULL CHECK (capacity > 0),
    taken BIGINT NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
    PRIMARY KEY (hall_code, item_code, date, start)
);

-- Personal data never in plain text (see the SQLite migration).
CREATE TABLE appointments (
    reference TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
    hall_code TEXT NOT NULL,
    item_code TEXT NOT NULL,
    date TEXT NOT NULL,
    start TEXT NOT NULL,
    end_time TEXT NOT NULL,
    name TEXT NOT NULL,
    person_key TEXT NOT NULL,
    resident_id_masked TEXT NOT NULL,
    mobile_cipher BYTEA NOT NULL,
    mobile_masked TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE UNIQUE INDEX one_booking_per_person_item_day ON appointments (person_key, item_code, date) WHERE status = 'booked';
CREATE INDEX booked_by_person ON appointments (person_key, date) WHERE status = 'booked';

CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,
    response_cipher BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
