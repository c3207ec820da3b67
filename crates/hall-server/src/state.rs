//! What every request handler shares.

use std::sync::Arc;

use hall_model::{Hall, ItemSummary, Lang};

use crate::bookings::BookingContext;
use crate::cache::Cache;

#[derive(Clone)]
pub struct AppState {
    /// The catalogue (read-only while serving; replaced wholesale by `seed`).
    pub db: crate::db::Pool,
    /// Appointments, applications and short links: their own SQLite file (seeding never
    /// touches it) or a PostgreSQL database shared by every API server.
    pub bookings: crate::db::BookingsPool,
    pub booking: Arc<BookingContext>,
    /// A hall's whole item list, resolved to one language: the heaviest answer to build
    /// (up to 1,500 items) and the most asked for.
    pub item_lists: Arc<Cache<(String, Lang), Vec<ItemSummary>>>,
    /// A hall's details, resolved to one language (its category counts need a pass over
    /// every item of the hall).
    pub halls: Arc<Cache<(String, Lang), Hall>>,
    /// The seed the caches were filled from (`meta.seed_id`).
    seed_id: Arc<std::sync::Mutex<Option<String>>>,
}

/// Item lists kept in memory: ≈200 bytes per item, so even 1,000 of the largest lists
/// stay well under a few hundred megabytes, and typical halls (≈170 items) far less.
const ITEM_LIST_CACHE_ENTRIES: usize = 1_000;

/// Hall details are small (≈1–2 KB): every hall of the national dataset in both languages fits.
const HALL_CACHE_ENTRIES: usize = 8_000;

impl AppState {
    pub fn new(db: crate::db::Pool, bookings: crate::db::BookingsPool, booking: Arc<BookingContext>) -> AppState {
        AppState {
            db,
            bookings,
            booking,
            item_lists: Arc::new(Cache::new(ITEM_LIST_CACHE_ENTRIES)),
            halls: Arc::new(Cache::new(HALL_CACHE_ENTRIES)),
            seed_id: Arc::default(),
        }
    }

    /// Reads the holiday calendar from the bookings database (importing the shipped one
    /// into a database that has none) and uses it from now on; `Ok(true)` when it changed.
    pub async fn reload_calendar(&self) -> Result<bool, sqlx::Error> {
        let calendar = crate::holiday_calendar::load(&self.bookings).await?;
        Ok(self.booking.set_calendar(calendar))
    }

    /// Empties the catalogue caches when the catalogue was seeded again since they were
    /// filled: on PostgreSQL a seed replaces it under running servers, which call this every
    /// 30 s (and once at start). `Ok(true)` when a new seed was found. An answer being
    /// built from the old catalogue at that very moment could still be cached after the
    /// clear; it lasts until the next seed or restart.
    pub async fn forget_stale_catalogue(&self) -> Result<bool, sqlx::Error> {
        let current: Option<String> = sqlx::query_scalar("SELECT value FROM meta WHERE key = 'seed_id'").fetch_optional(&self.db).await?;
        let mut known = self.seed_id.lock().unwrap_or_else(|e| e.into_inner());
        if *known == current {
            return Ok(false);
        }
        let first = known.is_none();
        *known = current;
        self.item_lists.clear();
        self.halls.clear();
        Ok(!first)
    }
}
