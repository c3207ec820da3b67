//! What a `use_*` accessor does when the context it reads was never provided.
//!
//! A missing context is a bug in how the app is put together (a component mounted outside
//! [`App`](crate::App), a test that forgot a `provide_*`, a context read from a task that
//! lost its owner), never something a citizen can cause. Debug builds (`trunk serve`, the
//! browser tests) stop at once and name the context; a release build says so on the console
//! and carries on with the accessor's safe stand-in, so a reader keeps a working page.

/// Reports that `context` is missing where `provider` should have provided it: a panic in
/// debug builds, a console error in release builds.
#[track_caller]
pub(crate) fn missing(context: &'static str, provider: &'static str) {
    #[cfg(debug_assertions)]
    panic!("hall-guide: no {context} in this reactive scope; call {provider} above it (at the root of the app, or in the test)");
    #[cfg(all(not(debug_assertions), target_arch = "wasm32"))]
    web_sys::console::error_1(&format!("hall-guide: no {context} in this reactive scope ({provider} not called); using a stand-in").into());
    #[cfg(all(not(debug_assertions), not(target_arch = "wasm32")))]
    let _ = (context, provider);
}
