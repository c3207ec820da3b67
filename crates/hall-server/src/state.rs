//! What every request handler shares: the store, and the limits checked before it.

use std::sync::Arc;

use crate::limits::Guards;
use crate::store::Store;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub guards: Arc<Guards>,
}

impl AppState {
    pub fn new(store: Store, guards: Guards) -> AppState {
        AppState { store, guards: Arc::new(guards) }
    }
}
