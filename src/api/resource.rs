//! Data a page shows: an [`ApiRequest`] fetched in the reader's language, decoded once, and
//! fetched again when the language changes.

use std::any::Any;
use std::marker::PhantomData;
use std::rc::Rc;

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use super::failure::{ApiFailure, ApiResult};
use super::http::{decode, use_api};
use super::request::ApiRequest;
use crate::i18n::use_i18n;
use crate::timers::yield_to_browser;

/// Data a page shows, fetched in the reader's language and fetched again when the
/// language changes. `get()` is `None` while loading.
///
/// Each answer is decoded once, when it arrives, and kept: reading it again (every redraw
/// of the page) clones the value and never runs `JSON.parse` or serde again. The decoded
/// value is kept behind `Rc<dyn Any>` so that every resource, whatever its type, is the
/// same Leptos resource type and its machinery is compiled once (a smaller wasm).
pub struct ApiResource<T> {
    answer: LocalResource<ApiResult<Rc<dyn Any>>>,
    decoded: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned + Clone + 'static> ApiResource<T> {
    /// Starts fetching what `request` asks for; re-fetches when a signal it reads changes.
    #[track_caller]
    pub fn new(request: impl Fn() -> ApiRequest<T> + 'static) -> Self {
        let api = use_api();
        let i18n = use_i18n();
        let answer = LocalResource::new(move || {
            let ApiRequest { path, params, lang, .. } = request();
            let raw = api.fetch(path, params, lang.unwrap_or_else(|| i18n.lang.get()));
            async move {
                let decoded = raw.await.and_then(|raw| decode::<T>(&raw)).map(|value| Rc::new(value) as Rc<dyn Any>);
                // Answers that arrive together (prefetched ones do) are drawn one per task,
                // not all in one: a cheap phone stays responsive between them (Lighthouse's
                // Total Blocking Time counts every task over 50 ms). Decoding stays in the
                // task that fetched, drawing comes in the next one.
                yield_to_browser().await;
                decoded
            }
        });
        ApiResource { answer, decoded: PhantomData }
    }

    /// The decoded answer (reactive), `None` while loading.
    pub fn get(&self) -> Option<ApiResult<T>> {
        // The downcast cannot fail: `new` stores a `T` and nothing else.
        self.answer.get().map(|answer| answer.and_then(|value| value.downcast_ref::<T>().cloned().ok_or(ApiFailure::Malformed)))
    }

    pub fn refetch(&self) {
        self.answer.refetch();
    }
}

impl<T> Clone for ApiResource<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ApiResource<T> {}
