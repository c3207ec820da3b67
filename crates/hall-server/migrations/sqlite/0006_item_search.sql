-- Items found by name from the home page: `search_text` holds the item's names in every
-- language, lower-cased, with their pinyin (whole and initials: "shenfenzheng", "sfz");
-- `hall_count` is how many halls offer the item, so the common items (热门事项) come first.
ALTER TABLE items ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN hall_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX items_by_hall_count ON items (hall_count);
