//! Appointments: slots derived from opening hours and the holiday calendar, bookings in
//! their own database with every limit enforced there, personal data protected at rest.

pub mod rate_limit;
pub mod secrets;
pub mod store;

use std::sync::Arc;

use hall_model::{BookingPolicy, Date, HolidayCalendar};

use self::rate_limit::{RateLimit, RateLimiter};
use self::secrets::Secrets;

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
            Clock::System => {
                let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
                Date::in_china(secs as i64)
            }
        }
    }
}

/// The holiday calendar shipped with the server (`data/holidays.json`, compiled in: the
/// State Council's notice for 2026). A deployment's own calendar is in its database
/// (`hall-server calendar import`); this one seeds it on first start and serves tests.
pub fn shipped_calendar() -> HolidayCalendar {
    HolidayCalendar::from_notices(&crate::holiday_calendar::shipped_notices())
}

/// What booking and application handlers share.
#[derive(Debug)]
pub struct BookingContext {
    pub secrets: Secrets,
    /// The holiday calendar, replaced while serving when a new year is imported.
    calendar: std::sync::RwLock<Arc<HolidayCalendar>>,
    pub policy: BookingPolicy,
    /// Booking writes per client address.
    pub limiter: RateLimiter,
    /// Lookups (an appointment by its token, an application by its verifier) per client
    /// address, whether they succeed or not.
    pub lookups: RateLimiter,
    /// Failed application lookups per client address…
    pub failed_lookups_by_client: RateLimiter,
    /// …and per application number (a botnet guessing one case's verifier).
    pub failed_lookups_by_number: RateLimiter<String>,
    pub clock: Clock,
    /// Requests to the staff API with a wrong token, per client address.
    pub failed_staff_logins: RateLimiter,
    /// Staff writes with the right token, per client address: generous (a hall's system
    /// posts events in batches), but a leaked token cannot flood the database.
    pub staff_writes: RateLimiter,
    /// The staff API's bearer token; `None` turns the staff API off.
    pub staff_token: Option<String>,
}

/// Lookups: 30 at once, then one every 2 seconds (a person checks a few; a hotline
/// operator behind one address, a few dozen an hour).
pub const LOOKUPS: RateLimit = RateLimit { burst: 30, refill_every: std::time::Duration::from_secs(2) };

/// The per-client limits `serve` can set (`--write-burst`, `--lookup-burst`,
/// `--staff-write-burst`); the failed-lookup and wrong-token limits are fixed.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub writes: RateLimit,
    pub lookups: RateLimit,
    pub staff_writes: RateLimit,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { writes: RateLimit::default(), lookups: LOOKUPS, staff_writes: STAFF_WRITES }
    }
}

/// Staff writes: 120 at once, then two a second.
pub const STAFF_WRITES: RateLimit = RateLimit { burst: 120, refill_every: std::time::Duration::from_millis(500) };

/// Failed lookups: 5 at once, then one a minute, per client and per application number.
pub const FAILED_LOOKUPS: RateLimit = RateLimit { burst: 5, refill_every: std::time::Duration::from_secs(60) };

impl BookingContext {
    pub fn new(secrets: Secrets, clock: Clock, limit: RateLimit) -> Arc<BookingContext> {
        BookingContext::with_staff_token(secrets, clock, limit, None)
    }

    pub fn with_staff_token(secrets: Secrets, clock: Clock, limit: RateLimit, staff_token: Option<String>) -> Arc<BookingContext> {
        BookingContext::configured(secrets, clock, Limits { writes: limit, ..Limits::default() }, staff_token)
    }

    /// With the per-client limits given.
    pub fn configured(secrets: Secrets, clock: Clock, limits: Limits, staff_token: Option<String>) -> Arc<BookingContext> {
        let Limits { writes: limit, lookups, staff_writes } = limits;
        Arc::new(BookingContext {
            secrets,
            calendar: std::sync::RwLock::new(Arc::new(shipped_calendar())),
            policy: BookingPolicy::default(),
            limiter: RateLimiter::new(limit),
            lookups: RateLimiter::new(lookups),
            failed_lookups_by_client: RateLimiter::new(FAILED_LOOKUPS),
            failed_staff_logins: RateLimiter::new(FAILED_LOOKUPS),
            staff_writes: RateLimiter::new(staff_writes),
            failed_lookups_by_number: RateLimiter::new(FAILED_LOOKUPS),
            clock,
            staff_token,
        })
    }

    pub fn today(&self) -> Date {
        self.clock.today()
    }

    /// The holiday calendar as it is now.
    pub fn calendar(&self) -> Arc<HolidayCalendar> {
        self.calendar.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Uses `calendar` from now on (a new year imported); `true` when it changed.
    pub fn set_calendar(&self, calendar: HolidayCalendar) -> bool {
        let mut current = self.calendar.write().unwrap_or_else(|e| e.into_inner());
        if **current == calendar {
            return false;
        }
        *current = Arc::new(calendar);
        true
    }
}
