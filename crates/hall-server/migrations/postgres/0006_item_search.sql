-- PostgreSQL twin of ../sqlite/0006_item_search.sql: items found by name (with pinyin)
-- from the home page, the common items first.
ALTER TABLE items ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN hall_count BIGINT NOT NULL DEFAULT 0;
CREATE INDEX items_by_hall_count ON items (hall_count);
