-- Closing one window (issue 22) takes its share of places from the slots of the items it
-- serves; a slot that only that window served keeps its row with no places (capacity 0)
-- rather than losing it, so the bookings that held places there stay counted. SQLite
-- cannot change a CHECK in place: the table is rebuilt, with the same rows.
CREATE TABLE slot_places_new (
    hall_code TEXT NOT NULL,
    item_code TEXT NOT NULL,
    date TEXT NOT NULL,
    start TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 0),
    taken INTEGER NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
    PRIMARY KEY (hall_code, item_code, date, start)
) WITHOUT ROWID;
INSERT INTO slot_places_new (hall_code, item_code, date, start, capacity, taken)
    SELECT hall_code, item_code, date, start, capacity, taken FROM slot_places;
DROP TABLE slot_places;
ALTER TABLE slot_places_new RENAME TO slot_places;
