//! The server's storage: every SQL statement, the pools, the caches of resolved answers,
//! the server key and the clock. Handlers call a [`Store`]; the store knows nothing of
//! HTTP (no axum, no `AppState`, no API error codes): its methods answer in hall-model
//! types or fail with a [`StoreError`], which `api/error.rs` alone maps to the envelope.
//!
//! - `catalogue.rs`: regions, halls, items and guides, resolved to one language (cached).
//! - `bookings.rs`: slots with places left; book, cancel, reschedule.
//! - `applications.rs`: applications (办件), lookups by verifier, ratings.
//! - `links.rs`: short links. `calendar.rs`: the holiday calendar as data.
//! - `retention.rs`: what is purged when. `load.rs`: writing a catalogue (`seed`).
//! - `db.rs`: opening the databases and their migrations. `dialect.rs`: everything that
//!   differs between SQLite and PostgreSQL. `secrets.rs`: the server key and what it
//!   seals. `cache.rs`: the bounded, generation-checked cache.

pub mod applications;
pub mod bookings;
pub mod cache;
pub mod calendar;
pub mod catalogue;
pub mod db;
pub mod dialect;
pub mod error;
pub mod links;
pub mod load;
pub mod retention;
pub mod search;
pub mod secrets;
pub mod staff;

use std::sync::{Arc, Mutex, RwLock};

use hall_model::{BookingPolicy, Date, Hall, HolidayCalendar, ItemSummary, Lang};

pub use self::bookings::{IDEMPOTENCY_TTL_SECONDS, Idempotency, MAX_BOOKED_PER_PERSON};
use self::cache::Cache;
pub use self::catalogue::HallQuery;
pub use self::db::{Backend, BookingsPool, Pool};
pub use self::error::{Conflict, Missing, Refusal, StoreError};
use self::search::SearchIndex;
use self::secrets::Secrets;
use crate::encoding::{BodyEncoding, EncodedBody};

/// Which day it is, for the booking window: the wall clock in China (UTC+8), or a fixed
/// day for tests and demos.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    System,
    Fixed(Date),
}

impl Clock {
    pub fn today(self) -> Date {
        match self {
            Clock::Fixed(date) => date,
            Clock::System => Date::in_china(db::now()),
        }
    }
}

/// The two databases a store uses: on SQLite two files, on PostgreSQL one pool for both.
pub struct Databases {
    /// The catalogue (read-only while serving on SQLite; replaced wholesale by `seed`).
    pub catalogue: Pool,
    /// Appointments, applications, short links and the holiday calendar: their own SQLite
    /// file (seeding never touches it) or the PostgreSQL database every server shares.
    pub bookings: BookingsPool,
}

impl Databases {
    /// The SQLite files of a data directory (created and migrated as needed).
    pub async fn sqlite(data_dir: &std::path::Path) -> Result<Databases, sqlx::Error> {
        let catalogue = db::open(&db::database_path(data_dir)).await?;
        let bookings = db::open_bookings(&db::bookings_path(data_dir)).await?;
        Ok(Databases { catalogue, bookings })
    }

    /// One PostgreSQL database for both.
    pub async fn postgres(url: &str) -> Result<Databases, sqlx::Error> {
        let pool = db::open_postgres(url).await?;
        Ok(Databases { catalogue: pool.clone(), bookings: pool })
    }
}

/// The store every handler shares (cheap to clone).
#[derive(Clone)]
pub struct Store(Arc<Inner>);

struct Inner {
    catalogue: Pool,
    bookings: BookingsPool,
    backend: Backend,
    secrets: Secrets,
    clock: Clock,
    policy: BookingPolicy,
    no_shows: hall_model::NoShowPolicy,
    /// The holiday calendar as last read from the bookings database.
    calendar: RwLock<Arc<HolidayCalendar>>,
    /// A hall's whole item list, resolved to one language: the heaviest answer to build
    /// (up to 1,500 items) and the most asked for.
    item_lists: Cache<(String, Lang), Vec<ItemSummary>>,
    /// The same lists as the bytes of their JSON answer, per encoding (src/encoding.rs).
    item_list_bodies: Cache<(String, Lang, BodyEncoding), EncodedBody>,
    /// A hall's details, resolved to one language (its category counts need a pass over
    /// every item of the hall).
    /// Keyed by the Beijing date too: a hall's details hold the coming weeks' holidays.
    halls: Cache<(String, Lang, hall_model::Date), Hall>,
    /// The seed the caches were filled from (`meta.seed_id`).
    seed_id: Mutex<Option<String>>,
    /// Answers of national hall searches as sent, per query, language and encoding.
    hall_search_bodies: Cache<(String, Lang, BodyEncoding), EncodedBody>,
    /// The national search index (one entry), and one build of it at a time.
    search: Cache<(), SearchIndex>,
    search_building: tokio::sync::Mutex<()>,
    /// On SQLite, whose writer to let in next ([`Store::write_turn`]); none on PostgreSQL.
    write_turns: Option<tokio::sync::Mutex<()>>,
}

/// Item lists kept in memory: ≈200 bytes per item, so even 1,000 of the largest lists
/// stay well under a few hundred megabytes, and typical halls (≈170 items) far less.
const ITEM_LIST_CACHE_ENTRIES: usize = 1_000;

/// A search's answer is a few KB compressed: the 4,096 latest distinct queries.
const SEARCH_CACHE_ENTRIES: usize = 4_096;

/// Hall details are small (≈1–2 KB): every hall of the national dataset in both languages fits.
const HALL_CACHE_ENTRIES: usize = 8_000;

impl Store {
    /// A store on `databases`, with the holiday calendar read from the bookings database
    /// (a database that has none gets the shipped notices first). Until a year is in that
    /// table, none of its days can be booked.
    pub async fn open(databases: Databases, secrets: Secrets, clock: Clock) -> Result<Store, StoreError> {
        let backend = Backend::of(&databases.bookings);
        let store = Store(Arc::new(Inner {
            catalogue: databases.catalogue,
            bookings: databases.bookings,
            backend,
            secrets,
            clock,
            policy: BookingPolicy::default(),
            no_shows: hall_model::NoShowPolicy::default(),
            calendar: RwLock::new(Arc::new(HolidayCalendar::default())),
            item_lists: Cache::new(ITEM_LIST_CACHE_ENTRIES),
            item_list_bodies: Cache::new(ITEM_LIST_CACHE_ENTRIES),
            halls: Cache::new(HALL_CACHE_ENTRIES),
            seed_id: Mutex::default(),
            hall_search_bodies: Cache::new(SEARCH_CACHE_ENTRIES),
            search: Cache::new(1),
            search_building: tokio::sync::Mutex::new(()),
            write_turns: (backend == Backend::Sqlite).then(|| tokio::sync::Mutex::new(())),
        }));
        store.reload_calendar().await?;
        Ok(store)
    }

    pub(crate) fn catalogue(&self) -> &Pool {
        &self.0.catalogue
    }

    pub(crate) fn bookings(&self) -> &BookingsPool {
        &self.0.bookings
    }

    /// Waits for this writer's turn at the bookings database, held until the guard is
    /// dropped (after the commit). SQLite lets one writer in at a time; without turns the
    /// others wait inside its busy handler, which sleeps and retries with growing pauses
    /// (a booking's p99 was ≈600 ms at 16 writers). Here they queue in order of arrival
    /// (tokio's mutex is fair) and each starts the moment the last one commits. Nothing
    /// is weakened: every write is still its own transaction, synced (`synchronous =
    /// FULL`) before it is answered; the busy timeout stays for other processes (a
    /// calendar import). PostgreSQL locks rows, not the database: writers do not wait.
    /// *Never take a turn while holding one* (it is not re-entrant).
    pub(crate) async fn write_turn(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match &self.0.write_turns {
            Some(turns) => Some(turns.lock().await),
            None => None,
        }
    }

    /// The catalogue's pool, for seeding and for tests that look at rows.
    pub fn catalogue_pool(&self) -> &Pool {
        &self.0.catalogue
    }

    /// The bookings database's pool, for tests that look at rows.
    pub fn bookings_pool(&self) -> &BookingsPool {
        &self.0.bookings
    }

    pub fn backend(&self) -> Backend {
        self.0.backend
    }

    /// The server key's uses (keyed hashes, sealing), for tools and tests.
    pub fn secrets(&self) -> &Secrets {
        &self.0.secrets
    }

    pub fn today(&self) -> Date {
        self.0.clock.today()
    }

    /// The no-show rule in force.
    pub fn no_show_policy(&self) -> &hall_model::NoShowPolicy {
        &self.0.no_shows
    }

    /// The store with another no-show rule (`serve`'s flags); only before it is shared.
    pub fn with_no_show_policy(mut self, policy: hall_model::NoShowPolicy) -> Store {
        match Arc::get_mut(&mut self.0) {
            Some(inner) => inner.no_shows = policy,
            None => tracing::warn!("the no-show rule is set before the store is shared; the default stays"),
        }
        self
    }

    /// How far ahead and in which steps appointments are offered.
    pub fn policy(&self) -> &BookingPolicy {
        &self.0.policy
    }

    /// The holiday calendar as it is now.
    pub fn calendar(&self) -> Arc<HolidayCalendar> {
        self.0.calendar.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Reads the holiday calendar from the bookings database again (servers do every
    /// 30 s, so an imported year is used without a restart); `Ok(true)` when it changed.
    pub async fn reload_calendar(&self) -> Result<bool, StoreError> {
        let calendar = calendar::load(self.bookings()).await?;
        let mut current = self.0.calendar.write().unwrap_or_else(|e| e.into_inner());
        if **current == calendar {
            return Ok(false);
        }
        *current = Arc::new(calendar);
        drop(current);
        // Halls list the calendar's days off: resolve them again.
        self.0.halls.clear();
        Ok(true)
    }

    /// Starts a new cache generation when the catalogue was seeded again since the caches
    /// were filled: on PostgreSQL a seed replaces it under running servers, which call
    /// this every 30 s (and once at start). `Ok(true)` when a new seed was found. An
    /// answer being built from the old catalogue at that moment is not cached
    /// ([`cache::Cache::insert`] checks its generation).
    pub async fn forget_stale_catalogue(&self) -> Result<bool, StoreError> {
        let current = db::seed_id(self.catalogue()).await?;
        let mut known = self.0.seed_id.lock().unwrap_or_else(|e| e.into_inner());
        if *known == current {
            return Ok(false);
        }
        let first = known.is_none();
        *known = current;
        self.0.item_lists.clear();
        self.0.item_list_bodies.clear();
        self.0.hall_search_bodies.clear();
        self.0.search.clear();
        self.0.halls.clear();
        Ok(!first)
    }

    /// Whether the catalogue holds any hall.
    pub async fn is_seeded(&self) -> Result<bool, StoreError> {
        Ok(db::is_seeded(self.catalogue()).await?)
    }

    /// The dataset the catalogue was seeded with (`demo`, `national`).
    pub async fn dataset(&self) -> Result<Option<String>, StoreError> {
        Ok(db::dataset(self.catalogue()).await?)
    }

    /// Closes the pools, SQLite's write-ahead logs folded back into their files first so
    /// each file is complete on its own.
    pub async fn close(&self) {
        for pool in [self.catalogue(), self.bookings()] {
            let _ = dialect::checkpoint(pool).await;
        }
        self.0.catalogue.close().await;
        self.0.bookings.close().await;
    }
}
