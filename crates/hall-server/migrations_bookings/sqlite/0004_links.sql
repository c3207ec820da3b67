-- Short links (/s/<code>) to app pages, for replies that must fit one SMS. A code is
-- derived from the path, so the same page always gets the same code; rows are never
-- deleted, so a link sent once keeps working (the catalogue's reseeding never touches
-- this file).
CREATE TABLE links (
    code TEXT PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
