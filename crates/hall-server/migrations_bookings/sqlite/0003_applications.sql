-- Applications (办件) and their timelines, with the applicants' feedback. Written by the
-- staff API, read by citizens who prove they are the applicant with a verifier.

-- The verifiers are stored only as keyed hashes bound to the number (HMAC of
-- "number:verifier"): the last 4 digits of the phone and the query code on the receipt.
CREATE TABLE applications (
    number TEXT PRIMARY KEY,
    item_code TEXT NOT NULL,
    hall_code TEXT NOT NULL,
    submitted TEXT NOT NULL,
    applicant_masked TEXT NOT NULL,
    phone_key TEXT NOT NULL,
    query_key TEXT NOT NULL,
    mobile_cipher BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

-- One row per status event, in order; `event` is a hall_model::StatusEvent as JSON.
CREATE TABLE application_events (
    number TEXT NOT NULL REFERENCES applications (number),
    seq INTEGER NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (number, seq)
) WITHOUT ROWID;

-- 好差评: one rating per application, enforced by the primary key.
CREATE TABLE feedback (
    number TEXT PRIMARY KEY REFERENCES applications (number),
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment TEXT,
    created_at INTEGER NOT NULL
);
