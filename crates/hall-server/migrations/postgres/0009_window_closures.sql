-- Closing one window (issue 22): a slot only that window served keeps its row with no
-- places (capacity 0). See the SQLite migration.
ALTER TABLE slot_places DROP CONSTRAINT slot_places_capacity_check;
ALTER TABLE slot_places ADD CONSTRAINT slot_places_capacity_check CHECK (capacity >= 0);
