//! Moving between pages without reloading: the current URL as a signal, links followed
//! inside the app, and Back/Forward.
//!
//! The route table is [`hall_model::Route`] (parsed and built in tested, pure code), so
//! all the app needs from the browser is the URL; a general-purpose router would only add
//! to what a citizen on a slow network has to download.

use hall_model::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// The path and query of the page on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    pub query: String,
}

impl Location {
    fn current() -> Location {
        let location = window().location();
        Location { path: location.pathname().unwrap_or_default(), query: location.search().unwrap_or_default() }
    }

    pub fn route(&self) -> Route {
        Route::parse(&self.path, &self.query)
    }

    /// The location an app-built `href` (`/halls/x?q=…`, already percent-encoded) leads to.
    fn of_href(href: &str) -> Location {
        let href = href.split('#').next().unwrap_or_default();
        match href.split_once('?') {
            Some((path, query)) if !query.is_empty() => Location { path: path.to_owned(), query: format!("?{query}") },
            Some((path, _)) => Location { path: path.to_owned(), query: String::new() },
            None => Location { path: href.to_owned(), query: String::new() },
        }
    }
}

/// How long a replaced URL waits before it is written into the browser's history: the
/// write costs a cheap phone several milliseconds, and a filter replaces the URL on every
/// keystroke. Typing in a burst writes it once.
const REPLACE_DELAY_MS: u64 = 250;

/// How a navigation treats the history and the scroll position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Navigation {
    /// A new page: a new history entry, scrolled to the top.
    Push,
    /// The same page in another state (a filter): the history entry is replaced, so Back
    /// leaves the page, and the scroll position stays.
    Replace,
    /// The same page one step further (an answered question): a new history entry, so
    /// the phone's Back button returns to the step before; the page manages scroll and
    /// focus itself.
    Step,
}

#[derive(Clone, Copy)]
pub struct Navigator {
    location: RwSignal<Location>,
    /// A replaced URL not yet written into the history, and the timer that will write it.
    pending_replace: StoredValue<Option<(String, TimeoutHandle)>>,
}

impl Navigator {
    /// The page on screen: after a [`Navigation::Replace`], already the new URL, though the
    /// browser's address bar may show it up to [`REPLACE_DELAY_MS`] later.
    pub fn location(&self) -> Location {
        self.location.get()
    }

    /// [`Navigator::location`] without subscribing to it.
    pub fn location_untracked(&self) -> Location {
        self.location.get_untracked()
    }

    pub fn go(&self, href: &str, how: Navigation) {
        if how == Navigation::Replace {
            // The page changes now; the history entry a moment later (see REPLACE_DELAY_MS).
            self.location.set(Location::of_href(href));
            let navigator = *self;
            let timer = set_timeout_with_handle(move || navigator.write_pending_replace(), std::time::Duration::from_millis(REPLACE_DELAY_MS));
            if let Some((_, previous)) = self.take_pending_replace() {
                previous.clear();
            }
            if let Ok(timer) = timer {
                self.pending_replace.set_value(Some((href.to_owned(), timer)));
            } else {
                self.replace_now(href);
            }
            return;
        }
        // A new history entry comes after the current one has its final URL, so that Back
        // returns to the page as it was left (a filter typed a moment ago included).
        self.write_pending_replace();
        let Ok(history) = window().history() else {
            let _ = window().location().set_href(href);
            return;
        };
        if history.push_state_with_url(&JsValue::NULL, "", Some(href)).is_err() {
            let _ = window().location().set_href(href);
            return;
        }
        self.location.set(Location::current());
        if how == Navigation::Push {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            // Move focus to the new page's content, so screen readers announce it.
            if let Some(main) = document().get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = main.focus();
            }
        }
    }

    /// Writes a replaced URL still waiting into the current history entry, now.
    pub fn write_pending_replace(&self) {
        if let Some((href, timer)) = self.take_pending_replace() {
            timer.clear();
            self.replace_now(&href);
        }
    }

    fn take_pending_replace(&self) -> Option<(String, TimeoutHandle)> {
        self.pending_replace.try_update_value(|pending| pending.take()).flatten()
    }

    fn replace_now(&self, href: &str) {
        let replaced = window().history().and_then(|history| history.replace_state_with_url(&JsValue::NULL, "", Some(href)));
        if replaced.is_err() {
            let _ = window().location().set_href(href);
        }
    }

    /// Forgets a replaced URL not yet written: the browser has moved to another entry
    /// (Back, Forward), which must not be overwritten with the page just left.
    fn drop_pending_replace(&self) {
        if let Some((_, timer)) = self.take_pending_replace() {
            timer.clear();
        }
    }

    /// A navigator on the page the browser shows now, with nothing waiting to be written.
    fn at_current_location() -> Navigator {
        Navigator { location: RwSignal::new(Location::current()), pending_replace: StoredValue::new(None) }
    }
}

/// Starts following the URL: provides the [`Navigator`] and registers the window's
/// listeners (Back/Forward, leaving the page, clicks on links). Call once, at the root of
/// the app; the listeners go when the app does.
pub fn provide_navigator() -> Navigator {
    let navigator = Navigator::at_current_location();
    provide_context(navigator);
    let listeners = [
        window_event_listener(leptos::ev::popstate, move |_| {
            navigator.drop_pending_replace();
            navigator.location.set(Location::current());
        }),
        // Leaving (reload, closing the tab, another site): the URL reaches the history first.
        window_event_listener(leptos::ev::pagehide, move |_| navigator.write_pending_replace()),
        window_event_listener(leptos::ev::click, move |ev| {
            if let Some(href) = internal_link(&ev) {
                ev.prevent_default();
                navigator.go(&href, Navigation::Push);
            }
        }),
    ];
    on_cleanup(move || listeners.into_iter().for_each(WindowListenerHandle::remove));
    navigator
}

/// The [`Navigator`] that [`provide_navigator`] provided. Without one, debug builds stop
/// here (see [`crate::context`]); a release build gets a stand-in that moves between pages
/// but registers no listeners: a second set would follow every link twice.
#[track_caller]
pub fn use_navigator() -> Navigator {
    match use_context::<Navigator>() {
        Some(navigator) => navigator,
        None => {
            crate::context::missing("Navigator", "navigation::provide_navigator");
            Navigator::at_current_location()
        }
    }
}

/// The `href` of a link the app should follow itself: a plain left click on an `<a>` to
/// another page of this origin. Anything else (new tab, download, other site, a `#` jump
/// on the same page) is left to the browser.
fn internal_link(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
        return None;
    }
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target.closest("a[href]").ok()??;
    if anchor.has_attribute("download") || anchor.get_attribute("target").is_some_and(|t| t != "_self") {
        return None;
    }
    let href = anchor.get_attribute("href")?;
    if !href.starts_with('/') || href.starts_with("//") {
        return None;
    }
    Some(href)
}
