-- PostgreSQL twin of ../../migrations_bookings/sqlite/0002_applications.sql.
CREATE TABLE applications (
    number TEXT PRIMARY KEY,
    item_code TEXT NOT NULL,
    hall_code TEXT NOT NULL,
    submitted TEXT NOT NULL,
    applicant_masked TEXT NOT NULL,
    phone_key TEXT NOT NULL,
    query_key TEXT NOT NULL,
    mobile_cipher BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE application_events (
    number TEXT NOT NULL REFERENCES applications (number),
    seq BIGINT NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (number, seq)
);

CREATE TABLE feedback (
    number TEXT PRIMARY KEY REFERENCES applications (number),
    rating BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment TEXT,
    created_at BIGINT NOT NULL
);
