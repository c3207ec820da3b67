-- The staff console (issue 22): accounts, their sessions, the audit log of every staff
-- write, and what staff record about an appointment on its day.

-- A staff account. The password only as an argon2id PHC string; `halls` a JSON array of
-- hall codes, `region` a region code (region admins). A disabled account keeps its row
-- (the audit log names it) and can no longer sign in.
CREATE TABLE staff_accounts (
    login TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('window_staff', 'hall_admin', 'region_admin', 'hotline_operator', 'catalogue_editor')),
    halls TEXT NOT NULL DEFAULT '[]',
    region TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 1,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

-- A signed-in session: the cookie's token only as its SHA-256 (the CSRF token is derived
-- from the token, never stored). It ends at `expires_at` however busy, or when idle.
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    login TEXT NOT NULL REFERENCES staff_accounts (login),
    created_at INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX staff_sessions_by_login ON staff_sessions (login);

-- Every staff write: who, when, at which hall, what, to what, before and after. Never a
-- full ID or mobile number (only what the day list shows, masked).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    login TEXT NOT NULL,
    hall_code TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL
);
CREATE INDEX audit_log_by_hall ON audit_log (hall_code, at);

-- What staff record on the day: arrived, served or no-show (NULL while only booked); the
-- window, when and who. `status` stays 'booked' for all three, so the booking rules (one
-- per person, item and day; the cap per person) count them as before.
ALTER TABLE appointments ADD COLUMN attendance TEXT CHECK (attendance IN ('arrived', 'served', 'no_show'));
ALTER TABLE appointments ADD COLUMN attendance_window TEXT;
ALTER TABLE appointments ADD COLUMN attendance_at INTEGER;
ALTER TABLE appointments ADD COLUMN attendance_by TEXT;
-- Cancelled by the hall (a closure) rather than the citizen, and why.
ALTER TABLE appointments ADD COLUMN cancelled_by_hall INTEGER NOT NULL DEFAULT 0;
ALTER TABLE appointments ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX appointments_by_hall_day ON appointments (hall_code, date, start);

-- A no-show suspension lifted by a hall admin: the person's no-shows on or before
-- `lifted_on` no longer count (hall_model's NoShowPolicy). Keyed by the person key, like
-- the booking limits; purged with the appointments' personal data.
CREATE TABLE no_show_lifts (
    person_key TEXT PRIMARY KEY,
    lifted_on TEXT NOT NULL,
    login TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX appointments_no_shows ON appointments (person_key, date) WHERE attendance = 'no_show';

-- A hall closed for a day or part of it (weather, a system outage): no slots are offered
-- from `start` to `end_time` (the whole day when both are NULL), and the appointments in
-- that span were cancelled by the hall with `reason`, which their holders see. Kept: a
-- closure never deletes anything.
CREATE TABLE hall_closures (
    id INTEGER PRIMARY KEY,
    hall_code TEXT NOT NULL,
    date TEXT NOT NULL,
    start TEXT,
    end_time TEXT,
    reason TEXT NOT NULL,
    login TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX hall_closures_by_day ON hall_closures (hall_code, date);
