-- Appointments live in their own database file (bookings.sqlite3), apart from the
-- catalogue: seeding replaces the catalogue file wholesale and must never touch bookings.

-- Places taken per slot. A slot's row appears with its first booking, carrying the
-- capacity the slot generator gave it, so that the database itself refuses overbooking:
-- a place is taken only by `UPDATE … SET taken = taken + 1 WHERE … AND taken < capacity`.
CREATE TABLE slot_places (
    hall_code TEXT NOT NULL,
    item_code TEXT NOT NULL,
    date TEXT NOT NULL,
    start TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    taken INTEGER NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
    PRIMARY KEY (hall_code, item_code, date, start)
) WITHOUT ROWID;

-- Personal data is never stored in plain text: the resident ID only as a keyed hash
-- (person_key, for the limits) and masked; the mobile number encrypted with the server
-- key (nonce || ciphertext) and masked. The manage token only as its SHA-256.
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
    mobile_cipher BLOB NOT NULL,
    mobile_masked TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- One booked appointment per person per item per day, enforced by the database.
CREATE UNIQUE INDEX one_booking_per_person_item_day ON appointments (person_key, item_code, date) WHERE status = 'booked';
CREATE INDEX booked_by_person ON appointments (person_key, date) WHERE status = 'booked';

-- Answers to booking requests by Idempotency-Key: a replay gets the first answer. The
-- answer holds the manage token, so it is stored encrypted like the mobile number.
CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,
    response_cipher BLOB NOT NULL,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
