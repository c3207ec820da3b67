//! The pages a first visit rarely needs — booking, my appointments, tracking and the staff
//! composer — each behind an `async fn` that [`crate::CurrentPage`] awaits.
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

use crate::pages::{appointments, book, staff, track};

/// A page's code could not be fetched (offline, or the server out of reach).
#[derive(Debug, Clone, Copy)]
pub struct NotLoaded;

impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares a page loaded later: a split point in split builds, a plain `async fn` in the
/// others, with one body.
macro_rules! later_page {
    ($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        $(#[$doc])*
        #[cfg(hall_split)]
        #[wasm_split_helpers::wasm_split($name, fallible)]
        pub fn $name($($arg: $ty),*) -> Result<AnyView, NotLoaded> {
            let page: AnyView = $body;
            Ok(page)
        }
        $(#[$doc])*
        #[cfg(not(hall_split))]
        pub async fn $name($($arg: $ty),*) -> Result<AnyView, NotLoaded> {
            let page: AnyView = $body;
            Ok(page)
        }
    };
}

later_page! {
    /// Booking an item at a hall.
    book_page(hall: String, item: String) { view! { <book::BookPage hall item/> }.into_any() }
}

later_page! {
    /// My appointments, or one appointment opened from its manage link.
    appointments_page(reference: Option<String>) {
        match reference {
            Some(reference) => view! { <appointments::AppointmentsPage reference/> }.into_any(),
            None => view! { <appointments::AppointmentsPage/> }.into_any(),
        }
    }
}

later_page! {
    /// Tracking an application.
    track_page() { view! { <track::TrackPage/> }.into_any() }
}

later_page! {
    /// The staff's reply composer.
    compose_page() { view! { <staff::ComposePage/> }.into_any() }
}
