//! The per-client limits of the API (writes, lookups, failed lookups, staff calls) and
//! the staff token: what handlers check before they call the store.

use crate::rate_limit::{RateLimit, RateLimiter};

/// The limiters every handler shares, and who may use the staff API.
#[derive(Debug)]
pub struct Guards {
    /// Booking writes (and new short links, ratings) per client address.
    pub writes: RateLimiter,
    /// Lookups (an appointment by its token, an application by its verifier) per client
    /// address, whether they succeed or not.
    pub lookups: RateLimiter,
    /// Failed application lookups per client address…
    pub failed_lookups_by_client: RateLimiter,
    /// …and per application number (a botnet guessing one case's verifier).
    pub failed_lookups_by_number: RateLimiter<String>,
    /// Requests to the staff API with a wrong token, per client address.
    pub failed_staff_logins: RateLimiter,
    /// Staff writes with the right token, per client address: generous (a hall's system
    /// posts events in batches), but a leaked token cannot flood the database.
    pub staff_writes: RateLimiter,
    /// Console sign-ins that failed, per client address…
    pub failed_console_logins_by_client: RateLimiter,
    /// …and per login (many addresses guessing one account's password).
    pub failed_console_logins_by_login: RateLimiter<String>,
    /// The staff API's bearer token; `None` turns the staff API off.
    pub staff_token: Option<String>,
}

/// Lookups: 30 at once, then one every 2 seconds (a person checks a few; a hotline
/// operator behind one address, a few dozen an hour).
pub const LOOKUPS: RateLimit = RateLimit { burst: 30, refill_every: std::time::Duration::from_secs(2) };

/// Staff writes: 120 at once, then two a second.
pub const STAFF_WRITES: RateLimit = RateLimit { burst: 120, refill_every: std::time::Duration::from_millis(500) };

/// Failed lookups: 5 at once, then one a minute, per client and per application number.
pub const FAILED_LOOKUPS: RateLimit = RateLimit { burst: 5, refill_every: std::time::Duration::from_secs(60) };

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

impl Guards {
    pub fn new(limits: Limits, staff_token: Option<String>) -> Guards {
        Guards {
            writes: RateLimiter::new(limits.writes),
            lookups: RateLimiter::new(limits.lookups),
            failed_lookups_by_client: RateLimiter::new(FAILED_LOOKUPS),
            failed_lookups_by_number: RateLimiter::new(FAILED_LOOKUPS),
            failed_staff_logins: RateLimiter::new(FAILED_LOOKUPS),
            staff_writes: RateLimiter::new(limits.staff_writes),
            failed_console_logins_by_client: RateLimiter::new(FAILED_LOOKUPS),
            failed_console_logins_by_login: RateLimiter::new(FAILED_LOOKUPS),
            staff_token,
        }
    }
}
