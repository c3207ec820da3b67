//! The share control of a page: its link, in the reader's language, to the share sheet or
//! the clipboard (hotline operators paste these into replies).

use hall_model::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{tr, use_i18n};

#[derive(Debug, Clone, PartialEq)]
enum Shared {
    Copied,
    /// The browser would not copy: show the link to copy by hand.
    CopyThis(String),
}

/// Shares the page's link, with the reader's language in it (`&lang=ug`) so that it
/// opens in the same language, and never embed mode's `embed=1`: the phone's share sheet
/// where there is one, else the clipboard, else the link shown to copy by hand.
#[component]
pub fn ShareButton() -> impl IntoView {
    let shared = RwSignal::new(None::<Shared>);
    let i18n = use_i18n();
    let navigator = crate::navigation::use_navigator();
    let share = move |_| {
        // The page as on screen: a filter typed a moment ago may not be in the address bar yet.
        let location = navigator.location_untracked();
        let origin = window().location().origin().unwrap_or_default();
        // The page's link as the app writes it (`Route::path`): only what says which page
        // and what is chosen on it. Whatever else the address carries stays out, above all
        // `embed=1` inside a portal's frame, which would give the recipient a page with no
        // header, language picker or way home.
        let path = match Route::parse(&location.path, &location.query) {
            Route::NotFound => location.path,
            route => route.path(),
        };
        let url = format!("{origin}{}", hall_model::route::with_lang(&path, i18n.lang.get_untracked()));
        leptos::task::spawn_local(async move {
            shared.set(Some(if share_link(&url).await { Shared::Copied } else { Shared::CopyThis(url) }));
        });
    };
    view! {
        <button type="button" class="button secondary" on:click=share>{tr("app-share")}</button>
        {move || shared.get().map(|s| match s {
            Shared::Copied => view! { <p class="share-status" role="status">{tr("app-link-copied")}</p> }.into_any(),
            Shared::CopyThis(url) => view! {
                <label class="share-status">
                    {tr("app-copy-this-link")}
                    <input type="text" readonly value=url on:focus=|ev| {
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                </label>
            }.into_any(),
        })}
    }
}

/// Hands `url` to the share sheet or the clipboard; `false` when neither took it.
async fn share_link(url: &str) -> bool {
    use js_sys::{Function, Object, Promise, Reflect};
    use wasm_bindgen::JsValue;
    let navigator: JsValue = window().navigator().into();
    let call = |target: &JsValue, method: &str, arg: &JsValue| -> Option<Promise> {
        let function: Function = Reflect::get(target, &JsValue::from_str(method)).ok()?.dyn_into().ok()?;
        function.call1(target, arg).ok()?.dyn_into().ok()
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    let _ = Reflect::set(&data, &"title".into(), &document().title().into());
    // The share sheet exists on phones; a dismissed sheet is not an error worth showing.
    if let Some(promise) = call(&navigator, "share", &data) {
        return wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
    }
    copy_text(url).await
}

/// Puts `text` on the clipboard; `false` when the browser would not.
pub async fn copy_text(text: &str) -> bool {
    use js_sys::{Function, Promise, Reflect};
    let Ok(clipboard) = Reflect::get(&window().navigator(), &"clipboard".into()) else {
        return false;
    };
    let write = Reflect::get(&clipboard, &"writeText".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
    let promise = write.and_then(|write| write.call1(&clipboard, &text.into()).ok()).and_then(|p| p.dyn_into::<Promise>().ok());
    match promise {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}
