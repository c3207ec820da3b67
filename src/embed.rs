//! Embed mode (`?embed=1`): the guide inside another site's iframe. No header or footer,
//! the page fits its container, its height goes to the parent page after every change
//! (`{type: "hall-guide:height", height}` by `postMessage`) so the iframe can size
//! itself, and links that leave the guide open in a new tab. Which sites may embed it is
//! the server's `--frame-ancestors`.

use std::sync::OnceLock;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

static EMBEDDED: OnceLock<bool> = OnceLock::new();

/// Whether the app was opened in embed mode; decided once, by the first URL, so that it
/// lasts while the reader moves from page to page inside the frame.
pub fn is_embedded() -> bool {
    *EMBEDDED.get_or_init(|| {
        let query = window().location().search().unwrap_or_default();
        hall_model::query_string::parse(query.trim_start_matches('?')).iter().any(|(k, v)| k == "embed" && v != "0")
    })
}

/// Starts embed mode: marks the document, reports the height, sends outward links out.
pub fn start() {
    if !is_embedded() {
        return;
    }
    let Some(html) = document().document_element() else {
        return;
    };
    let _ = html.class_list().add_1("embed");
    let report = Closure::<dyn FnMut()>::new(move || {
        // The content's own height, not the document's: the document is at least as tall
        // as the frame, so it could never shrink again after a long page.
        let app = document().get_element_by_id("app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        let height = app.map_or(0, |app| app.offset_height());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"hall-guide:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = window().parent() {
            // The height is not a secret: any embedding page may read it.
            let _ = parent.post_message(&message, "*");
        }
    });
    // ResizeObserver without more web-sys features: looked up and constructed by name.
    let observer = js_sys::Reflect::get(&window(), &"ResizeObserver".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .and_then(|constructor| js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(report.as_ref())).ok());
    if let (Some(observer), Some(app)) = (observer, document().get_element_by_id("app"))
        && let Ok(observe) = js_sys::Reflect::get(&observer, &"observe".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = observe.call1(&observer, &app);
    }
    report.forget();
    // Links that leave the guide (another site, a phone number) open outside the frame.
    window_event_listener(leptos::ev::click, |ev| {
        let Some(anchor) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("a[href]").ok().flatten()) else {
            return;
        };
        let href = anchor.get_attribute("href").unwrap_or_default();
        let inside = (href.starts_with('/') && !href.starts_with("//")) || href.starts_with('#');
        if !inside && anchor.get_attribute("target").is_none() {
            let _ = anchor.set_attribute("target", "_blank");
            let _ = anchor.set_attribute("rel", "noopener");
        }
    });
}
