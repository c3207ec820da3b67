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
    buckets: Mutex<Buckets<K>>,
}

/// The buckets, and every key in a list that a sweep walks a few entries at a time.
#[derive(Debug)]
struct Buckets<K> {
    /// Key → (tokens, when last counted, position in `keys`).
    map: HashMap<K, (f64, Instant, usize)>,
    keys: Vec<K>,
    /// Where the sweep goes on from.
    cursor: usize,
}

/// Buckets looked at per request, to forget those that are full again (the client has
/// been quiet long enough that remembering it changes nothing). A bounded cost per
/// request, whatever the number of clients: never a pass over the whole map under the
/// lock. The sweep goes round every bucket once per `buckets / 2` requests, so the map
/// holds little more than the clients seen within that many requests plus a refill.
const SWEEP_PER_REQUEST: usize = 2;

impl<K: std::hash::Hash + Eq + Clone> RateLimiter<K> {
    pub fn new(limit: RateLimit) -> RateLimiter<K> {
        RateLimiter { limit, buckets: Mutex::new(Buckets { map: HashMap::new(), keys: Vec::new(), cursor: 0 }) }
    }

    /// Takes one request from `client`'s bucket: `Ok` or `Err(wait)` until one is free.
    pub fn check(&self, client: K) -> Result<(), Duration> {
        self.check_at(client, Instant::now(), true)
    }

    /// Whether `client` has a request left, without taking it.
    pub fn peek(&self, client: K) -> Result<(), Duration> {
        self.check_at(client, Instant::now(), false)
    }

    /// Gives back one request taken by [`check`](Self::check): for limits that count only
    /// failures, a request reserves its attempt first (so that simultaneous attempts
    /// cannot all pass) and gets it back when it did not fail.
    pub fn refund(&self, client: K) {
        let burst = f64::from(self.limit.burst);
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((tokens, _, _)) = buckets.map.get_mut(&client) {
            *tokens = (*tokens + 1.0).min(burst);
        }
    }

    /// Whole requests `client` has left now.
    pub fn remaining(&self, client: K) -> u32 {
        let now = Instant::now();
        let buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        buckets.map.get(&client).map_or(self.limit.burst, |(tokens, at, _)| self.refilled(*tokens, *at, now).floor() as u32)
    }

    /// Seconds until one more request is allowed after the bucket is empty.
    pub fn refill_seconds(&self) -> u32 {
        self.limit.refill_every.as_secs_f64().ceil() as u32
    }

    /// How many keys are tracked (for tests of the sweep).
    pub fn tracked(&self) -> usize {
        self.buckets.lock().unwrap_or_else(|e| e.into_inner()).map.len()
    }

    fn refilled(&self, tokens: f64, at: Instant, now: Instant) -> f64 {
        (tokens + now.saturating_duration_since(at).as_secs_f64() / self.limit.refill_every.as_secs_f64()).min(f64::from(self.limit.burst))
    }

    fn check_at(&self, client: K, now: Instant, take: bool) -> Result<(), Duration> {
        let burst = f64::from(self.limit.burst);
        let mut guard = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let buckets = &mut *guard;
        self.sweep(buckets, now, &client);
        let position = buckets.keys.len();
        let entry = buckets.map.entry(client.clone()).or_insert_with(|| (burst, now, position));
        if entry.2 == position && buckets.keys.len() == position {
            buckets.keys.push(client);
        }
        let tokens = self.refilled(entry.0, entry.1, now);
        entry.1 = now;
        if tokens >= 1.0 {
            entry.0 = if take { tokens - 1.0 } else { tokens };
            Ok(())
        } else {
            entry.0 = tokens;
            Err(Duration::from_secs_f64((1.0 - tokens) * self.limit.refill_every.as_secs_f64()))
        }
    }

    /// Looks at the next few buckets and forgets those that are full again (never
    /// `current`, about to be used).
    fn sweep(&self, buckets: &mut Buckets<K>, now: Instant, current: &K) {
        let burst = f64::from(self.limit.burst);
        for _ in 0..SWEEP_PER_REQUEST {
            if buckets.keys.is_empty() {
                return;
            }
            if buckets.cursor >= buckets.keys.len() {
                buckets.cursor = 0;
            }
            let i = buckets.cursor;
            let key = &buckets.keys[i];
            let full = key != current && buckets.map.get(key).is_some_and(|(tokens, at, _)| self.refilled(*tokens, *at, now) >= burst);
            if full {
                buckets.map.remove(key);
                buckets.keys.swap_remove(i);
                if let Some(moved) = buckets.keys.get(i)
                    && let Some(entry) = buckets.map.get_mut(moved)
                {
                    entry.2 = i;
                }
            } else {
                buckets.cursor += 1;
            }
        }
    }
}

/// The key a client's limits count against: an IPv4 address as it is, an IPv6 address by
/// its /64 network (one subscriber gets a whole /64 and can pick any address in it), an
/// IPv4-mapped IPv6 address as the IPv4 address.
pub fn client_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(std::net::Ipv6Addr::from(u128::from(v6) & !((1u128 << 64) - 1))),
        },
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

    #[test]
    fn quiet_clients_are_forgotten_a_few_at_a_time_and_limited_ones_never() {
        let limiter: RateLimiter<u32> = RateLimiter::new(RateLimit { burst: 2, refill_every: Duration::from_secs(1) });
        let t0 = Instant::now();
        // Client 0 is limited; 10,000 others come once each.
        assert!(limiter.check_at(0, t0, true).is_ok() && limiter.check_at(0, t0, true).is_ok());
        for n in 1..=10_000 {
            let _ = limiter.check_at(n, t0, true);
        }
        assert_eq!(limiter.tracked(), 10_001, "nothing is full again yet: nothing forgotten");
        // Later, every once-seen bucket is full again: each request looks at two, so a
        // few thousand requests (of any clients) forget them all, at no request's expense.
        let later = t0 + Duration::from_secs(5);
        for _ in 0..6_000 {
            let _ = limiter.check_at(20_000, later, true);
        }
        assert!(limiter.tracked() <= 2, "forgotten as requests come: {} left", limiter.tracked());
        // A client still limited is never forgotten, however many others come.
        let soon = t0 + Duration::from_millis(100);
        let limiter: RateLimiter<u32> = RateLimiter::new(RateLimit { burst: 1, refill_every: Duration::from_secs(60) });
        assert!(limiter.check_at(7, t0, true).is_ok());
        for n in 100..5_000 {
            let _ = limiter.check_at(n, soon, true);
        }
        assert!(limiter.check_at(7, soon, true).is_err(), "still limited");
    }

    #[test]
    fn a_reserved_attempt_is_refunded() {
        let limiter: RateLimiter<u32> = RateLimiter::new(RateLimit { burst: 2, refill_every: Duration::from_secs(60) });
        assert!(limiter.check(1).is_ok() && limiter.check(1).is_ok() && limiter.check(1).is_err());
        limiter.refund(1);
        assert_eq!(limiter.remaining(1), 1);
        assert!(limiter.check(1).is_ok() && limiter.check(1).is_err());
    }

    #[test]
    fn ipv6_clients_count_by_their_64_network() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(c));
        assert_eq!(client_key("::ffff:10.0.0.1".parse().unwrap()), "10.0.0.1".parse::<IpAddr>().unwrap());
        assert_eq!(client_key("10.0.0.1".parse().unwrap()), "10.0.0.1".parse::<IpAddr>().unwrap());
    }
}
