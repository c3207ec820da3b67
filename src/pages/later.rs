//! The pages a first visit does not need at once — a hall, an item's guide (both readable
//! from the server's HTML before any wasm), booking, my appointments, tracking and the
//! staff composer — each behind an `async fn` that [`crate::CurrentPage`] awaits.
//!
//! Release builds set `--cfg hall_split` (scripts/setup.sh): each function is then a
//! split point (`wasm_split_helpers`, what Leptos's `#[lazy]` uses), and
//! `scripts/split/wasm-bindgen` moves its page, and whatever only it uses, into a `.wasm`
//! of its own, fetched the first time the page is shown (and kept by the service worker,
//! which fetches every file after the first page has loaded: so a tap on "book" does not
//! wait for the network, and the page works offline). A fetch that fails gives
//! [`NotLoaded`], never a panic (which would stop the whole app): the page says so and
//! offers to try again. Other builds (`trunk serve`, the browser tests) compile them as
//! plain functions: one wasm, nothing else to set up.

use leptos::prelude::*;

use crate::pages::{appointments, book, hall, item, staff, track};

/// A page's code could not be fetched (offline, or the server out of reach).
#[derive(Debug, Clone, Copy)]
pub struct NotLoaded;

impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares a page loaded later: `$name()` gives the function that draws it once its code
/// is there. In split builds `$name` is the split point, and the function it gives (a plain
/// `fn` pointer, so the app keeps it in a signal and draws the page like any other, with
/// no `Suspense` to fall back to "loading" later) lives in the page's own `.wasm`; in the
/// others it is a plain `async fn`. One body either way.
macro_rules! later_page {
    ($(#[$doc:meta])* $name:ident: $draws:ident = $draw:ident($($arg:ident: $ty:ty),*) $body:block) => {
        $(#[$doc])*
        pub type $draws = fn($($ty),*) -> AnyView;

        fn $draw($($arg: $ty),*) -> AnyView {
            $body
        }

        $(#[$doc])*
        #[cfg(hall_split)]
        #[wasm_split_helpers::wasm_split($name, fallible)]
        pub fn $name() -> Result<$draws, NotLoaded> {
            Ok($draw)
        }

        $(#[$doc])*
        #[cfg(not(hall_split))]
        pub async fn $name() -> Result<$draws, NotLoaded> {
            Ok($draw)
        }
    };
}

later_page! {
    /// A hall's page. A deep link to it is readable before any wasm (the server renders
    /// it, see `first_paint.rs`, which also preloads this page's code with the HTML), so
    /// its code need not be in the first download.
    hall_page: HallPage = draw_hall_page(code: String) { view! { <hall::HallPage code/> }.into_any() }
}

later_page! {
    /// An item's guide, at a hall or nationally; rendered by the server too, like the hall's.
    item_page: ItemPage = draw_item_page(hall: Option<String>, item: String) { view! { <item::ItemPage hall item/> }.into_any() }
}

later_page! {
    /// Booking an item at a hall.
    book_page: BookPage = draw_book_page(hall: String, item: String) { view! { <book::BookPage hall item/> }.into_any() }
}

later_page! {
    /// My appointments, or one appointment opened from its manage link.
    appointments_page: AppointmentsPage = draw_appointments_page(reference: Option<String>) {
        match reference {
            Some(reference) => view! { <appointments::AppointmentsPage reference/> }.into_any(),
            None => view! { <appointments::AppointmentsPage/> }.into_any(),
        }
    }
}

later_page! {
    /// Tracking an application.
    track_page: TrackPage = draw_track_page() { view! { <track::TrackPage/> }.into_any() }
}

later_page! {
    /// The staff's reply composer.
    compose_page: ComposePage = draw_compose_page() { view! { <staff::ComposePage/> }.into_any() }
}
