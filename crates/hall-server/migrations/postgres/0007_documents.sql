-- PostgreSQL twin of ../../migrations_bookings/sqlite/0007_documents.sql.
-- The document an appointment is booked with (issue 19.5): a resident ID, or one of the
-- documents people from Hong Kong, Macao, Taiwan and abroad carry (hall_model's
-- DocumentType, by its API name). Rows booked before are resident IDs. The masked number
-- of any document stays in resident_id_masked; person_key is the keyed hash of the
-- document (type and number; of the number alone for a resident ID, as before).
ALTER TABLE appointments ADD COLUMN document_type TEXT NOT NULL DEFAULT 'resident_id';

-- Booked on the applicant's behalf (代办): 1, with the agent's name; the mobile is then
-- the agent's. The agent's name is personal data, erased by the retention purge.
ALTER TABLE appointments ADD COLUMN on_behalf BIGINT NOT NULL DEFAULT 0;
ALTER TABLE appointments ADD COLUMN agent_name TEXT NOT NULL DEFAULT '';
