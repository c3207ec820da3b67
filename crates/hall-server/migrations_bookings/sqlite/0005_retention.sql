-- Personal data kept only as long as it is needed (README, "Data retention").

-- Idempotency answers are kept 24 hours, as long as a retry can come. Rows written
-- before this migration hold an unkeyed SHA-256 of the whole booking request, from which
-- the resident ID and mobile number can be recovered by brute force: they are removed
-- (they cannot be rekeyed, the requests are gone). From now on the request is bound to
-- its key by an HMAC under the server key.
DELETE FROM idempotency_keys;
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);

-- An appointment's personal fields (name, mobile, masked IDs, the person key) are erased
-- a configurable number of days after its date; this column says when.
ALTER TABLE appointments ADD COLUMN personal_purged_at INTEGER;
CREATE INDEX appointments_by_date ON appointments (date);

-- An application number as typed without separators ("DEMO03" for "DEMO-03"), so a
-- lookup finds it however the hyphen was typed (or not).
ALTER TABLE applications ADD COLUMN number_key TEXT;
UPDATE applications SET number_key = REPLACE(number, '-', '');
CREATE INDEX applications_by_number_key ON applications (number_key);

-- The holiday calendar, one row per year, as imported from the State Council's notice
-- (`hall-server calendar import`); `notice` is a hall_model::HolidayNotice as JSON.
CREATE TABLE holiday_notices (
    year INTEGER PRIMARY KEY,
    notice TEXT NOT NULL,
    imported_at INTEGER NOT NULL
);
