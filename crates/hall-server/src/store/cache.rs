//! A small in-memory cache of resolved catalogue answers, one generation at a time.
//!
//! The catalogue never changes while a SQLite server runs (`seed` builds a new database
//! file while the server is stopped), so an answer computed once per (key, language)
//! stays right until restart. On PostgreSQL a seed can replace the catalogue under running
//! servers: [`super::Store::forget_stale_catalogue`] then starts a new generation. An
//! answer is cached only under the generation it was built in: one that was being built
//! from the old catalogue while the generation changed is handed to its caller and never
//! kept. The cache is bounded: when full it is emptied and refills with what is asked for
//! next, which keeps it simple and its memory predictable.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

pub struct Cache<K, V> {
    entries: Mutex<Entries<K, V>>,
    capacity: usize,
}

struct Entries<K, V> {
    generation: u64,
    map: HashMap<K, Arc<V>>,
}

/// The generation an answer was built in: take it before reading the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Generation(u64);

impl<K: Eq + Hash, V> Cache<K, V> {
    pub fn new(capacity: usize) -> Self {
        Cache { entries: Mutex::new(Entries { generation: 0, map: HashMap::new() }), capacity }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Entries<K, V>> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        self.lock().map.get(key).cloned()
    }

    /// The current generation, to pass to [`Cache::insert`] once the answer is built.
    pub fn generation(&self) -> Generation {
        Generation(self.lock().generation)
    }

    /// Forgets every answer and starts a new generation: answers built in an earlier one
    /// are no longer kept.
    pub fn clear(&self) {
        let mut entries = self.lock();
        entries.generation += 1;
        entries.map.clear();
    }

    /// Keeps `value` if it was built in the current generation; hands it back either way.
    pub fn insert(&self, built_in: Generation, key: K, value: V) -> Arc<V> {
        let value = Arc::new(value);
        let mut entries = self.lock();
        if entries.generation == built_in.0 {
            if entries.map.len() >= self.capacity {
                entries.map.clear();
            }
            entries.map.insert(key, Arc::clone(&value));
        }
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_what_was_inserted_and_empties_itself_when_full() {
        let cache = Cache::new(2);
        let now = cache.generation();
        cache.insert(now, "a", 1);
        cache.insert(now, "b", 2);
        assert_eq!(cache.get(&"a").as_deref(), Some(&1));
        cache.insert(now, "c", 3);
        assert_eq!(cache.get(&"a"), None, "a full cache starts over");
        assert_eq!(cache.get(&"c").as_deref(), Some(&3));
    }

    #[test]
    fn an_answer_built_before_a_clear_is_never_kept() {
        let cache = Cache::new(10);
        // A request reads the old catalogue…
        let before = cache.generation();
        // …a reseed is noticed meanwhile…
        cache.clear();
        // …and the old answer arrives: its caller gets it, the cache does not keep it.
        assert_eq!(*cache.insert(before, "hall", "old"), "old");
        assert_eq!(cache.get(&"hall"), None);
        let after = cache.generation();
        cache.insert(after, "hall", "new");
        assert_eq!(cache.get(&"hall").as_deref(), Some(&"new"));
    }
}
