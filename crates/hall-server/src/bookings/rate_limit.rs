//! Per-client limits on booking writes (book, cancel, reschedule): a token bucket per
//! client address, so a bot hammering the booking endpoint is slowed down while a person
//! who mistypes a few times is not.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    /// Requests allowed at once.
    pub burst: u32,
    /// One more request allowed per this interval.
    pub refill_every: Duration,
}

impl Default for RateLimit {
    /// 10 writes at once, then one every 6 seconds (10 a minute).
    fn default() -> Self {
        RateLimit { burst: 10, refill_every: Duration::from_secs(6) }
    }
}

/// Token buckets keyed by client address (or, for failed lookups, by application number).
#[derive(Debug)]
pub struct RateLimiter<K = IpAddr> {
    limit: RateLimit,
    buckets: Mutex<HashMap<K, (f64, Instant)>>,
}

/// Past this many tracked clients, buckets that are full again are forgotten.
const MAX_TRACKED: usize = 100_000;

impl<K: std::hash::Hash + Eq + Clone> RateLimiter<K> {
    pub fn new(limit: RateLimit) -> RateLimiter<K> {
        RateLimiter { limit, buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one request from `client`'s bucket: `Ok` or `Err(wait)` until one is free.
    pub fn check(&self, client: K) -> Result<(), Duration> {
        self.check_at(client, Instant::now(), true)
    }

    /// Whether `client` has a request left, without taking it (for limits that count
    /// only failures: peek first, [`check`](Self::check) when the request failed).
    pub fn peek(&self, client: K) -> Result<(), Duration> {
        self.check_at(client, Instant::now(), false)
    }

    fn check_at(&self, client: K, now: Instant, take: bool) -> Result<(), Duration> {
        let burst = f64::from(self.limit.burst);
        let per_second = 1.0 / self.limit.refill_every.as_secs_f64();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > MAX_TRACKED {
            buckets.retain(|_, (tokens, at)| *tokens + now.duration_since(*at).as_secs_f64() * per_second < burst);
        }
        let (tokens, at) = buckets.entry(client).or_insert((burst, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * per_second).min(burst);
        *at = now;
        if *tokens >= 1.0 {
            if take {
                *tokens -= 1.0;
            }
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - *tokens) / per_second))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_requests_wait_for_the_refill() {
        let limiter: RateLimiter = RateLimiter::new(RateLimit { burst: 3, refill_every: Duration::from_secs(6) });
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check_at(a, t0, true).is_ok());
        }
        let wait = limiter.check_at(a, t0, true).unwrap_err();
        assert!((5.9..=6.0).contains(&wait.as_secs_f64()), "{wait:?}");
        assert!(limiter.check_at(b, t0, true).is_ok(), "another client has its own bucket");
        assert!(limiter.check_at(a, t0 + Duration::from_secs(6), true).is_ok(), "one more after the refill");
        assert!(limiter.check_at(a, t0 + Duration::from_secs(6), true).is_err());
        assert!(limiter.check_at(b, t0, false).is_ok() && limiter.check_at(b, t0, false).is_ok(), "peeking takes nothing");
    }
}
