//! Drawing the lower part of a page one task later than the upper part.

use leptos::prelude::*;

/// Draws `children` in a browser task of its own, just after the one drawing the rest of
/// the page: a cheap phone can paint and answer a tap in between instead of being blocked
/// for one long task (Lighthouse's Total Blocking Time counts every task over 50 ms). For
/// what sits below the fold, and last on its page, so nothing on screen moves when it
/// appears.
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(
        move || {
            // The page may be gone already (the reader moved on): then nothing to draw.
            let _ = ready.try_set(true);
        },
        std::time::Duration::ZERO,
    );
    move || ready.get().then(|| children())
}
