//! Where the reader is, as far as the app may know it, to list the halls nearest to them
//! first: the region of the last hall or region they looked at in this visit, or — only
//! when they ask — the browser's location, rounded to about a kilometre. Both live in
//! memory for the visit; neither is ever stored on the device.

use std::cell::RefCell;

use hall_model::Route;
use wasm_bindgen::JsCast;

thread_local! {
    static LAST_REGION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Notes the region of a page the reader opened (a region, or a hall: `330106-01` is in
/// 330106).
pub fn note_route(route: &Route) {
    let region = match route {
        Route::Region { code } => Some(code.clone()),
        Route::Hall { code, .. } | Route::HallItem { hall: code, .. } | Route::Book { hall: code, .. } => region_of_hall(code),
        _ => None,
    };
    if let Some(region) = region {
        LAST_REGION.with(|last| *last.borrow_mut() = Some(region));
    }
}

/// The region of the hall or region the reader looked at last in this visit.
pub fn last_region() -> Option<String> {
    LAST_REGION.with(|last| last.borrow().clone())
}

/// The region of a hall by its code, when the code says.
pub fn region_of_hall(hall: &str) -> Option<String> {
    let prefix = hall.split('-').next()?;
    hall_model::RegionCode::parse(prefix).ok().map(|_| prefix.to_owned())
}

/// Why the browser gave no position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoPosition {
    /// The reader (or the browser's settings, or WeChat) refused.
    Refused,
    /// No fix: no signal, location off, or it took too long.
    Unavailable,
}

/// A position as the API takes it (`at=30.27,120.13`): two decimals, about a kilometre —
/// enough to order halls, too coarse to say which building the reader is in.
pub fn rounded(lat: f64, lng: f64) -> String {
    format!("{lat:.2},{lng:.2}")
}

/// Asks the browser for the reader's position once (a coarse fix, at most 20 s, one up to
/// ten minutes old will do) and calls `done` with it rounded, or with why not.
pub fn locate(done: impl FnOnce(Result<String, NoPosition>) + 'static) {
    let Ok(geolocation) = leptos::prelude::window().navigator().geolocation() else {
        done(Err(NoPosition::Unavailable));
        return;
    };
    // Exactly one of the two callbacks runs; both share `done`.
    let done = std::rc::Rc::new(RefCell::new(Some(done)));
    let on_fail = done.clone();
    let success = wasm_bindgen::closure::Closure::once_into_js(move |position: web_sys::Position| {
        let coords = position.coords();
        if let Some(done) = done.borrow_mut().take() {
            done(Ok(rounded(coords.latitude(), coords.longitude())));
        }
    });
    let failure = wasm_bindgen::closure::Closure::once_into_js(move |error: web_sys::PositionError| {
        let why = if error.code() == web_sys::PositionError::PERMISSION_DENIED { NoPosition::Refused } else { NoPosition::Unavailable };
        if let Some(done) = on_fail.borrow_mut().take() {
            done(Err(why));
        }
    });
    let options = web_sys::PositionOptions::new();
    options.set_enable_high_accuracy(false);
    options.set_timeout(20_000);
    options.set_maximum_age(600_000);
    let _ = geolocation.get_current_position_with_error_callback_and_options(success.unchecked_ref(), Some(failure.unchecked_ref()), &options);
}
