//! A small in-memory cache of resolved catalogue answers.
//!
//! The catalogue never changes while a SQLite server runs (`seed` builds a new database
//! file while the server is stopped), so an answer computed once per (key, language)
//! stays right until restart. On PostgreSQL a seed can replace the catalogue under running
//! servers: [`crate::AppState::forget_stale_catalogue`] empties the caches then. The cache is bounded: when full it is emptied and refills with
//! what is asked for next, which keeps it simple and its memory predictable.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

pub struct Cache<K, V> {
    entries: Mutex<HashMap<K, Arc<V>>>,
    capacity: usize,
}

impl<K: Eq + Hash, V> Cache<K, V> {
    pub fn new(capacity: usize) -> Self {
        Cache { entries: Mutex::new(HashMap::new()), capacity }
    }

    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        self.entries.lock().ok()?.get(key).cloned()
    }

    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }

    pub fn insert(&self, key: K, value: V) -> Arc<V> {
        let value = Arc::new(value);
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= self.capacity {
                entries.clear();
            }
            entries.insert(key, Arc::clone(&value));
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
        cache.insert("a", 1);
        cache.insert("b", 2);
        assert_eq!(cache.get(&"a").as_deref(), Some(&1));
        cache.insert("c", 3);
        assert_eq!(cache.get(&"a"), None, "a full cache starts over");
        assert_eq!(cache.get(&"c").as_deref(), Some(&3));
    }
}
