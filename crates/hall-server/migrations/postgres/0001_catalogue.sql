-- PostgreSQL: the catalogue and the bookings in one database, shared by every API server
-- (on SQLite they are two files: ../sqlite/ and ../../migrations_bookings/sqlite/). This
-- is the twin of ../sqlite/0001_catalogue.sql; keep the two in step.
--
-- Region codes compare byte by byte (COLLATE "C"): a region's halls are the codes from
-- its descendant_prefix up to the prefix followed by '~', whatever the database's locale.

CREATE TABLE regions (
    code        TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    parent_code TEXT COLLATE "C" REFERENCES regions(code),
    level       TEXT NOT NULL,
    name        TEXT NOT NULL,
    descendant_prefix TEXT COLLATE "C" NOT NULL,
    position    BIGINT NOT NULL
);
CREATE INDEX regions_by_parent ON regions(parent_code, position);

CREATE TABLE items (
    code     TEXT PRIMARY KEY NOT NULL,
    category TEXT NOT NULL,
    summary  TEXT NOT NULL,
    record   TEXT NOT NULL
);

CREATE TABLE halls (
    code        TEXT PRIMARY KEY NOT NULL,
    region_code TEXT COLLATE "C" NOT NULL REFERENCES regions(code),
    level       TEXT NOT NULL,
    search_text TEXT NOT NULL,
    summary     TEXT NOT NULL,
    record      TEXT NOT NULL,
    position    BIGINT NOT NULL
);
CREATE INDEX halls_by_region ON halls(region_code, position);
CREATE INDEX halls_by_position ON halls(position);

CREATE TABLE hall_items (
    hall_code TEXT NOT NULL REFERENCES halls(code),
    item_code TEXT NOT NULL REFERENCES items(code),
    position  BIGINT NOT NULL,
    PRIMARY KEY (hall_code, item_code)
);
CREATE INDEX hall_items_by_item ON hall_items(item_code);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
