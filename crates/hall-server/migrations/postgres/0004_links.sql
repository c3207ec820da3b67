-- PostgreSQL twin of ../../migrations_bookings/sqlite/0003_links.sql.
CREATE TABLE links (
    code TEXT PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
