//! Waiting without blocking: a promise that resolves later, a sleep, and a yield to the
//! browser between two pieces of work. Shared by the API client, the Fluent loader and the
//! start of the app, and dependent on none of them.

use leptos::prelude::window;

/// A promise that resolves `ms` milliseconds from now.
pub fn after(ms: i32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    })
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let _ = wasm_bindgen_futures::JsFuture::from(after(ms)).await;
}

/// Lets the browser handle input and paint before the rest of the current work runs.
pub async fn yield_to_browser() {
    sleep(0).await;
}
