//! Opening the embedded SQLite database and keeping its schema current.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

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

/// Opens (creating if missing) the bookings database and runs its migrations.
pub async fn open_bookings(path: &Path) -> Result<SqlitePool, sqlx::Error> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(sqlx::Error::Io)?;
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full) // a booking confirmed is a booking kept
        .busy_timeout(Duration::from_secs(5)); // then `unavailable` (503), well inside the request timeout
    let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
    sqlx::migrate!("./migrations_bookings").run(&pool).await?;
    Ok(pool)
}
