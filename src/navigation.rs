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
}

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
}

impl Navigator {
    pub fn location(&self) -> Location {
        self.location.get()
    }

    pub fn go(&self, href: &str, how: Navigation) {
        let Ok(history) = window().history() else {
            let _ = window().location().set_href(href);
            return;
        };
        let result = match how {
            Navigation::Push | Navigation::Step => history.push_state_with_url(&JsValue::NULL, "", Some(href)),
            Navigation::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(href)),
        };
        if result.is_err() {
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
}

/// Starts following the URL; call once at the root of the app.
pub fn provide_navigator() -> Navigator {
    let navigator = Navigator { location: RwSignal::new(Location::current()) };
    provide_context(navigator);
    window_event_listener(leptos::ev::popstate, move |_| navigator.location.set(Location::current()));
    window_event_listener(leptos::ev::click, move |ev| {
        if let Some(href) = internal_link(&ev) {
            ev.prevent_default();
            navigator.go(&href, Navigation::Push);
        }
    });
    navigator
}

pub fn use_navigator() -> Navigator {
    use_context::<Navigator>().unwrap_or_else(provide_navigator)
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
