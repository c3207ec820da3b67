-- The catalogue: regions, items, halls and which hall offers which item.
-- Localised texts are stored as JSON objects keyed by language tag ({"zh-CN": "…", "en": "…"});
-- the server resolves them per request. `record` columns hold the full seed record as JSON.

CREATE TABLE regions (
    code        TEXT PRIMARY KEY NOT NULL,
    parent_code TEXT REFERENCES regions(code),
    level       TEXT NOT NULL,
    name        TEXT NOT NULL,
    -- Every code inside this region starts with this: 33 for 330000, 3301 for 330100.
    descendant_prefix TEXT NOT NULL,
    position    INTEGER NOT NULL
);
CREATE INDEX regions_by_parent ON regions(parent_code, position);

CREATE TABLE items (
    code     TEXT PRIMARY KEY NOT NULL,
    category TEXT NOT NULL,
    summary  TEXT NOT NULL,   -- JSON: the fields of a list entry, all languages
    record   TEXT NOT NULL    -- JSON: hall_model::records::ItemRecord
);

CREATE TABLE halls (
    code        TEXT PRIMARY KEY NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions(code),
    level       TEXT NOT NULL,
    search_text TEXT NOT NULL, -- lower-cased names and addresses in every language
    summary     TEXT NOT NULL, -- JSON: HallRecord without windows and items, for lists
    record      TEXT NOT NULL, -- JSON: hall_model::records::HallRecord without its item list (windows keep theirs)
    position    INTEGER NOT NULL
);
CREATE INDEX halls_by_region ON halls(region_code, position);
CREATE INDEX halls_by_position ON halls(position);

CREATE TABLE hall_items (
    hall_code TEXT NOT NULL REFERENCES halls(code),
    item_code TEXT NOT NULL REFERENCES items(code),
    position  INTEGER NOT NULL,
    PRIMARY KEY (hall_code, item_code)
) WITHOUT ROWID;
CREATE INDEX hall_items_by_item ON hall_items(item_code);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
