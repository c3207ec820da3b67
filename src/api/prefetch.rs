//! Answers index.html's script asked for while the wasm was downloading.

use std::sync::Arc;

use leptos::prelude::window;
use wasm_bindgen::JsCast;

use super::http::RawResponse;

/// The answer to `url` if index.html's script asked for it while the app was downloading
/// (`window.hallGuidePrefetch`: URL → promise of `{status, body}`), taken once. `None`
/// when it did not, or got no answer: then the app asks itself.
pub(crate) async fn take_prefetched(url: &str) -> Option<RawResponse> {
    let store = js_sys::Reflect::get(&window(), &"hallGuidePrefetch".into()).ok()?.dyn_into::<js_sys::Object>().ok()?;
    let promise = js_sys::Reflect::get(&store, &url.into()).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = js_sys::Reflect::delete_property(&store, &url.into());
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let status = js_sys::Reflect::get(&answer, &"status".into()).ok()?.as_f64()? as u16;
    let body = js_sys::Reflect::get(&answer, &"body".into()).ok()?.as_string()?;
    Some(RawResponse { ok: if (200..300).contains(&status) { Ok(()) } else { Err(status) }, body: Arc::from(body) })
}
