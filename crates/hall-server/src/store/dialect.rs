//! Where SQLite and PostgreSQL differ, in one place. Every other statement of the store
//! runs unchanged on both through sqlx's `Any` driver (`$n` parameters, `ON CONFLICT`,
//! timestamps bound from Rust, integers as `i64`).
//!
//! | | SQLite | PostgreSQL |
//! |---|---|---|
//! | concurrent writers | one write transaction at a time (a transaction whose first statement writes holds the lock) | side by side: rules counted across rows take [`lock_person`] |
//! | a failed statement in a transaction | the transaction goes on | spoils it: run it under a [`savepoint`] |
//! | unique violations | the message names `table.column` | the error names the constraint |
//! | busy | "database is locked" / "busy" | lock timeout 55P03, deadlock, serialisation failure, connection classes 08/53/57, FATAL |
//! | at shutdown | [`checkpoint`] folds the WAL into the file | nothing |

use sqlx::{Any, AnyConnection, AnyPool, Transaction};

/// Which database a pool talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(pool: &AnyPool) -> Backend {
        if is_postgres_url(pool.connect_options().database_url.as_str()) { Backend::Postgres } else { Backend::Sqlite }
    }
}

pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Whether the statement broke a unique constraint or primary key.
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// Whether a unique violation is of `table`'s primary key `column` (SQLite names the
/// column, PostgreSQL the constraint `<table>_pkey`).
pub fn is_primary_key_violation(error: &sqlx::Error, table: &str, column: &str) -> bool {
    matches!(error, sqlx::Error::Database(db) if db.is_unique_violation()
        && (db.constraint() == Some(format!("{table}_pkey").as_str()) || db.message().contains(&format!("{table}.{column}"))))
}

/// Whether an error means "try again shortly" rather than a bug. SQLite: locked or busy.
/// PostgreSQL: a connection problem (class 08), too few resources (53), the server
/// shutting down or starting (57), a lock not granted in time (55P03), a deadlock or
/// serialisation failure (40P01, 40001), and any error that ended the session (FATAL:
/// e.g. the database not accepting connections). For both: the pool timed out or closed,
/// or the connection broke.
pub fn is_unavailable(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(db) => {
            if db.message().contains("locked") || db.message().contains("busy") {
                return true;
            }
            let fatal = db
                .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                .is_some_and(|pg| matches!(pg.severity(), sqlx::postgres::PgSeverity::Fatal | sqlx::postgres::PgSeverity::Panic));
            let code = db.code().unwrap_or_default();
            fatal || ["08", "53", "57"].iter().any(|class| code.starts_with(class)) || ["55P03", "40P01", "40001"].contains(&code.as_ref())
        }
        _ => false,
    }
}

/// Makes write transactions about one person take turns until commit, so that a rule
/// counted across that person's rows (the cap on upcoming appointments) cannot be beaten
/// by two transactions side by side. SQLite needs nothing: its write transactions already
/// take turns.
pub async fn lock_person(backend: Backend, tx: &mut Transaction<'_, Any>, person_key: &str) -> Result<(), sqlx::Error> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))").bind(person_key).execute(&mut **tx).await?;
    }
    Ok(())
}

/// A savepoint inside `tx`, for a statement that may fail and be retried: on PostgreSQL
/// a failed statement spoils the whole transaction unless rolled back to here (SQLite
/// does not mind; the savepoint costs it nothing).
pub async fn savepoint<'t>(tx: &'t mut Transaction<'_, Any>) -> Result<Transaction<'t, Any>, sqlx::Error> {
    sqlx::Acquire::begin(&mut **tx).await
}

/// Folds SQLite's write-ahead log back into the database file, so each file is complete
/// on its own (at shutdown). Nothing on PostgreSQL.
pub async fn checkpoint(pool: &AnyPool) -> Result<(), sqlx::Error> {
    if Backend::of(pool) == Backend::Sqlite {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await?;
    }
    Ok(())
}

/// Makes the next write transaction on `conn` wait for the lock instead of failing at
/// once; what "busy" means on each database (5 s, then [`is_unavailable`]).
pub(super) async fn wait_for_locks(backend: Backend, conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    match backend {
        Backend::Sqlite => sqlx::query("PRAGMA busy_timeout = 5000").execute(&mut *conn).await?,
        Backend::Postgres => sqlx::query("SET lock_timeout = '5s'").execute(&mut *conn).await?,
    };
    Ok(())
}
