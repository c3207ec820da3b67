//! The app taking over a page the server rendered (crates/hall-server/src/render): drawn
//! out of the document, swapped in once it says the same (its data drawn, its deferred
//! parts too), with what the reader did meanwhile carried over: ticks, a chosen answer,
//! a typed filter, the focus. The server's page is built from the same data and markup, so
//! the swap moves nothing on screen (tests/e2e/server-render.test.mjs measures it).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// How long the app may take to draw its page before it is shown anyway (then, with what
/// it has: a loading line where data is still on the way).
const LIMIT_MS: i32 = 20_000;

/// Whether `root` holds a page the server rendered.
pub fn is_rendered(root: &Element) -> bool {
    root.has_attribute("data-rendered")
}

/// Mounts the app out of the document and swaps it in for the server's page `root` when
/// drawn. Out of the document, not hidden in it: until the swap the page holds one of each
/// element, the server's, for the reader, a screen reader and find-in-page alike.
pub fn mount_beside(root: Element, app: impl FnOnce() -> AnyView + 'static) {
    let Ok(next) = document().create_element("div") else { return };
    let Ok(next) = next.dyn_into::<HtmlElement>() else { return };
    leptos::mount::mount_to(next.clone(), app).forget();
    leptos::task::spawn_local(async move {
        let mut waited = 0;
        // Drawn when no part is loading; then two more tasks, for what is deferred.
        let mut settled = 0;
        while settled < 2 && waited < LIMIT_MS {
            crate::timers::sleep(16).await;
            waited += 16;
            let drawn = next.query_selector("main .page").ok().flatten().is_some() && next.query_selector(".loading").ok().flatten().is_none();
            settled = if drawn { settled + 1 } else { 0 };
        }
        swap(&root, &next);
    });
}

/// What the reader did on the server's page, to do again on the app's.
struct Carried {
    /// `(selector, checked)` of the ticks and chosen answers.
    checks: Vec<(String, bool)>,
    /// `(id, value)` of the filter fields.
    values: Vec<(String, String)>,
    focused: Option<String>,
}

/// Only what the reader changed: a box or a field as the server sent it says nothing the
/// app does not know better (a tick saved on the device, say).
fn carried(root: &Element) -> Carried {
    let changed = |input: &HtmlInputElement| input.checked() != input.default_checked();
    let mut checks = Vec::new();
    for input in inputs(root, ".material[data-material] input[type=checkbox]").into_iter().filter(changed) {
        let material = input.closest(".material").ok().flatten().and_then(|m| m.get_attribute("data-material")).unwrap_or_default();
        checks.push((format!(".material[data-material=\"{}\"] input[type=checkbox]", css_string(&material)), input.checked()));
    }
    for input in inputs(root, ".question-step input[type=radio]").into_iter().filter(|i| i.checked() && changed(i)) {
        checks.push((format!(".question-step input[type=radio][name=\"{}\"][value=\"{}\"]", css_string(&input.name()), css_string(&input.value())), true));
    }
    for (index, input) in inputs(root, ".filters input[type=checkbox]").into_iter().enumerate().filter(|(_, i)| changed(i)) {
        checks.push((format!(".filters .check:nth-of-type({}) input[type=checkbox]", index + 1), input.checked()));
    }
    let mut values = Vec::new();
    if let Some(input) = root.query_selector("#item-filter").ok().flatten().and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        && input.value() != input.default_value()
    {
        values.push(("item-filter".to_owned(), input.value()));
    }
    if let Some(select) = root.query_selector("#item-category").ok().flatten().and_then(|e| e.dyn_into::<HtmlSelectElement>().ok()) {
        let chosen = select.selected_options().item(0).and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok());
        if chosen.is_some_and(|o| !o.default_selected()) {
            values.push(("item-category".to_owned(), select.value()));
        }
    }
    let focused = document().active_element().filter(|e| root.contains(Some(e))).map(|e| e.id()).filter(|id| !id.is_empty());
    Carried { checks, values, focused }
}

fn swap(root: &Element, next: &HtmlElement) {
    let carried = carried(root);
    next.set_id("app");
    let _ = root.replace_with_with_node_1(next);
    for (selector, checked) in carried.checks {
        if let Some(input) = next.query_selector(&selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            && input.checked() != checked
        {
            // A click, as the reader's: the app's own handler records it.
            input.click();
        }
    }
    for (id, value) in carried.values {
        let Some(element) = next.query_selector(&format!("#{id}")).ok().flatten() else { continue };
        let (current, event) = match element.dyn_ref::<HtmlInputElement>() {
            Some(input) => (input.value(), "input"),
            None => (element.dyn_ref::<HtmlSelectElement>().map(HtmlSelectElement::value).unwrap_or_default(), "change"),
        };
        if current != value {
            if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                input.set_value(&value);
            } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
                select.set_value(&value);
            }
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(event, &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            }) {
                let _ = element.dispatch_event(&event);
            }
        }
    }
    if let Some(element) = carried.focused.and_then(|id| document().get_element_by_id(&id)).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

fn inputs(root: &Element, selector: &str) -> Vec<HtmlInputElement> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<HtmlInputElement>().ok()).collect()
}

/// `text` inside a double-quoted CSS string.
fn css_string(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}
