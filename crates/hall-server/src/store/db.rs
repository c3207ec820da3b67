//! The databases: two embedded SQLite files in a data directory (the default), or one
//! PostgreSQL database shared by any number of API servers (`DATABASE_URL`).
//!
//! | | SQLite (default) | PostgreSQL |
//! |---|---|---|
//! | catalogue | `<data-dir>/hall-guide.sqlite3`, replaced wholesale by `seed` | the catalogue tables, replaced in one transaction by `seed` |
//! | appointments, applications, links | `<data-dir>/bookings.sqlite3` (seeding never touches it) | the other tables of the same database |
//!
//! Both run the same SQL through sqlx's `Any` driver: `$1` parameters, `ON CONFLICT`,
//! timestamps bound from Rust. Where the two really differ is [`super::dialect`].
//!
//! Migrations are numbered as one sequence for both: PostgreSQL's `migrations/postgres/`
//! 0001–0005 are SQLite's `migrations/sqlite/0001` (the catalogue file) followed by
//! `migrations_bookings/sqlite/0002–0005` (the bookings file), file for file.

use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;

/// A connection pool to either database.
pub type Pool = AnyPool;

/// The pool holding appointments, applications and short links (on PostgreSQL, the same
/// pool as the catalogue's).
pub type BookingsPool = AnyPool;

pub use super::dialect::{Backend, is_postgres_url};

/// The catalogue's file inside a data directory.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join("hall-guide.sqlite3")
}

/// Where the appointments live on SQLite: beside the catalogue, in their own file.
pub fn bookings_path(data_dir: &Path) -> PathBuf {
    data_dir.join("bookings.sqlite3")
}

/// Seconds since 1970, for `created_at` columns (bound, not SQL: the databases differ).
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// How a SQLite file is opened.
#[derive(Clone, Copy)]
enum Durability {
    /// WAL with NORMAL: durable against application crashes and fast; only a power cut
    /// can lose the last transactions, which a catalogue can simply re-seed.
    Catalogue,
    /// WAL with FULL: a booking confirmed is a booking kept, even through a power cut.
    Bookings,
}

/// Creates the database file readable by the server's user only (0600, like the key
/// file), or makes an existing one so. SQLite gives its `-wal` and `-shm` files the
/// database file's mode. A new data directory is 0700.
pub fn restrict_to_owner(path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    drop(options.open(path)?);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let file = PathBuf::from(format!("{}{suffix}", path.display()));
            if file.exists() {
                std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))?;
            }
        }
    }
    Ok(())
}

async fn open_sqlite(path: &Path, durability: Durability) -> Result<Pool, sqlx::Error> {
    restrict_to_owner(path).map_err(sqlx::Error::Io)?;
    let absolute = std::path::absolute(path).map_err(sqlx::Error::Io)?;
    let synchronous = match durability {
        Durability::Catalogue => "PRAGMA synchronous = NORMAL",
        Durability::Bookings => "PRAGMA synchronous = FULL",
    };
    sqlx::any::install_default_drivers();
    AnyPoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(5))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                sqlx::query("PRAGMA journal_mode = WAL").execute(&mut *conn).await?;
                sqlx::query(synchronous).execute(&mut *conn).await?;
                sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
                // A write waits up to 5 s for the lock, then `unavailable` (503), well
                // inside the request timeout.
                super::dialect::wait_for_locks(Backend::Sqlite, conn).await
            })
        })
        .connect(&format!("sqlite://{}?mode=rwc", absolute.display()))
        .await
}

/// Opens (creating if needed) the catalogue file at `path` and applies its migrations.
pub async fn open(path: &Path) -> Result<Pool, sqlx::Error> {
    let pool = open_sqlite(path, Durability::Catalogue).await?;
    sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
    Ok(pool)
}

/// Opens (creating if missing) the bookings file and applies its migrations.
pub async fn open_bookings(path: &Path) -> Result<BookingsPool, sqlx::Error> {
    let pool = open_sqlite(path, Durability::Bookings).await?;
    renumber_bookings_migrations(&pool).await?;
    sqlx::migrate!("./migrations_bookings/sqlite").run(&pool).await?;
    Ok(pool)
}

/// Bookings files made before the migrations were numbered like PostgreSQL's recorded
/// theirs as 1–4; they are 2–5 now (same files, same checksums). Moves the record on.
async fn renumber_bookings_migrations(pool: &Pool) -> Result<(), sqlx::Error> {
    let recorded: Option<i64> =
        sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'").fetch_optional(pool).await?;
    if recorded != Some(1) {
        return Ok(());
    }
    let old: Option<i64> = sqlx::query_scalar("SELECT 1 FROM _sqlx_migrations WHERE version = 1 AND description = 'bookings'").fetch_optional(pool).await?;
    if old.is_some() {
        let mut tx = pool.begin().await?;
        // In two steps: a primary key is checked row by row.
        sqlx::query("UPDATE _sqlx_migrations SET version = -version").execute(&mut *tx).await?;
        sqlx::query("UPDATE _sqlx_migrations SET version = 1 - version").execute(&mut *tx).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// Opens the PostgreSQL database at `url` (catalogue and bookings in one) and brings its
/// schema up to date. Every API server runs this at start; PostgreSQL's migration lock
/// makes them take turns.
pub async fn open_postgres(url: &str) -> Result<Pool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let pool = AnyPoolOptions::new()
        .max_connections(16)
        // A database that does not answer within 5 s makes the request `unavailable` (503).
        .acquire_timeout(Duration::from_secs(5))
        .after_connect(|conn, _| {
            // Like SQLite's busy timeout: a write waits up to 5 s for a lock, then
            // `unavailable` (503).
            Box::pin(async move { super::dialect::wait_for_locks(Backend::Postgres, conn).await })
        })
        .connect(url)
        .await?;
    sqlx::migrate!("./migrations/postgres").run(&pool).await?;
    Ok(pool)
}

/// Whether the database holds a catalogue (the `serve` command refuses an empty one with
/// a hint to run `seed`).
pub async fn is_seeded(pool: &Pool) -> Result<bool, sqlx::Error> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM halls").fetch_one(pool).await?;
    Ok(count > 0)
}

/// The identity of the last seed (`meta.seed_id`: every seed writes a new one).
pub async fn seed_id(pool: &Pool) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT value FROM meta WHERE key = 'seed_id'").fetch_optional(pool).await
}

/// The dataset the catalogue was seeded with (`demo`, `national`), if any.
pub async fn dataset(pool: &Pool) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT value FROM meta WHERE key = 'dataset'").fetch_optional(pool).await
}

/// The shape of the JSON records the catalogue tables store. Bump it whenever a record
/// type in `hall_model::records` changes incompatibly: `serve` then refuses a database
/// seeded by an older build (rather than failing on every guide), and `seed
/// --unless-current` re-seeds it.
pub const RECORD_FORMAT: &str = "7-national-standard";

/// The record format the database was seeded with; `None` for an empty or pre-format one.
pub async fn record_format(pool: &Pool) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT value FROM meta WHERE key = 'record_format'").fetch_optional(pool).await
}
