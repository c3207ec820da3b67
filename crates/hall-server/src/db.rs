//! Opening the embedded SQLite database and keeping its schema current.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

/// The database file inside a data directory.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join("hall-guide.sqlite3")
}

/// Opens (creating if needed) the database at `path` in WAL mode and applies migrations.
pub async fn open(path: &Path) -> Result<SqlitePool, sqlx::Error> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(sqlx::Error::Io)?;
    }
    let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // WAL with NORMAL is durable against application crashes and fast; only a power
        // cut can lose the last transactions, which a catalogue can simply re-seed.
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
    sqlx::migrate!("./migrations").run(&pool).await?;
    Ok(pool)
}

/// Whether the database holds a catalogue (the `serve` command refuses an empty one with
/// a hint to run `seed`).
pub async fn is_seeded(pool: &SqlitePool) -> Result<bool, sqlx::Error> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM halls").fetch_one(pool).await?;
    Ok(count > 0)
}

/// The shape of the JSON records the catalogue tables store. Bump it whenever a record
/// type in `hall_model::records` changes incompatibly: `serve` then refuses a database
/// seeded by an older build (rather than failing on every guide), and `seed
/// --unless-current` re-seeds it.
pub const RECORD_FORMAT: &str = "3-record-languages";

/// The record format the database was seeded with; `None` for an empty or pre-format one.
pub async fn record_format(pool: &SqlitePool) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT value FROM meta WHERE key = 'record_format'").fetch_optional(pool).await
}

/// Where the appointments live: beside the catalogue, in their own file.
pub fn bookings_path(data_dir: &Path) -> PathBuf {
    data_dir.join("bookings.sqlite3")
}

/// Seconds since 1970, for `created_at` columns (bound, not SQL: the databases differ).
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// Where the state that changes lives (appointments, applications, short links): an
/// embedded SQLite file beside the catalogue, or a PostgreSQL database shared by any
/// number of API servers. The same SQL runs on both (`$1` parameters, `ON CONFLICT`);
/// where they differ, the code asks [`Backend`].
pub type BookingsPool = AnyPool;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(pool: &AnyPool) -> Backend {
        match pool.connect_options().database_url.scheme() {
            "postgres" | "postgresql" => Backend::Postgres,
            _ => Backend::Sqlite,
        }
    }
}

/// Opens (creating if missing) the bookings database file and runs its migrations.
pub async fn open_bookings(path: &Path) -> Result<BookingsPool, sqlx::Error> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(sqlx::Error::Io)?;
    }
    let absolute = std::path::absolute(path).map_err(sqlx::Error::Io)?;
    open_bookings_url(&format!("sqlite://{}?mode=rwc", absolute.display())).await
}

/// Opens the bookings database at `url` (`sqlite://…` or `postgres://…`) and brings its
/// schema up to date.
pub async fn open_bookings_url(url: &str) -> Result<BookingsPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let postgres = url.starts_with("postgres://") || url.starts_with("postgresql://");
    let pool = AnyPoolOptions::new()
        .max_connections(if postgres { 16 } else { 8 })
        // A database that does not answer within 5 s makes the request `unavailable` (503).
        .acquire_timeout(Duration::from_secs(5))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if postgres {
                    // Like SQLite's busy timeout: a write waits up to 5 s for a lock, then
                    // `unavailable` (503).
                    sqlx::query("SET lock_timeout = '5s'").execute(&mut *conn).await?;
                } else {
                    // WAL, and FULL: a booking confirmed is a booking kept, even through a
                    // power cut. A write waits up to 5 s for the lock, then `unavailable` (503),
                    // well inside the request timeout.
                    sqlx::query("PRAGMA journal_mode = WAL").execute(&mut *conn).await?;
                    sqlx::query("PRAGMA synchronous = FULL").execute(&mut *conn).await?;
                    sqlx::query("PRAGMA busy_timeout = 5000").execute(&mut *conn).await?;
                }
                Ok(())
            })
        })
        .connect(url)
        .await?;
    if postgres {
        sqlx::migrate!("./migrations_bookings/postgres").run(&pool).await?;
    } else {
        sqlx::migrate!("./migrations_bookings/sqlite").run(&pool).await?;
    }
    Ok(pool)
}
