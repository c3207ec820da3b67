//! The reader's language: chosen in the picker and remembered on the device, or taken
//! from the browser's languages on a first visit. Nothing personal is stored.

use hall_model::Lang;
use leptos::prelude::*;

use crate::i18n::I18n;

const LANG_KEY: &str = "hall-guide.lang";

/// The device's `localStorage`, or `None` where the browser refuses it (private browsing):
/// every store in the app then lasts for the visit only.
pub fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The language of the link that opened the app (`?lang=ug`, never saved: an operator
/// opening a caller's link keeps their own choice), else the saved language, else the
/// first of the browser's languages that the app has.
pub fn initial_lang() -> Lang {
    let query = window().location().search().unwrap_or_default();
    if let Some(linked) = hall_model::route::lang_of(query.trim_start_matches('?')) {
        return linked;
    }
    if let Some(saved) = storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten()).and_then(|t| Lang::from_tag(&t)) {
        return saved;
    }
    let languages: Vec<String> = window().navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(languages.iter().map(String::as_str))
}

/// Saves a language the reader picked, and drops any `lang` the address carries so that
/// reloading the page keeps the choice.
pub fn remember_lang(lang: Lang) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    if hall_model::route::lang_of(search.trim_start_matches('?')).is_some() {
        let path = format!("{}{search}", location.pathname().unwrap_or_default());
        let hash = location.hash().unwrap_or_default();
        let _ = window()
            .history()
            .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{}{hash}", hall_model::route::without_lang(&path)))));
    }
    if let Some(storage) = storage() {
        // Private browsing may refuse storage; the choice then lasts for this visit only.
        let _ = storage.set_item(LANG_KEY, lang.tag());
    }
}

/// Keeps `<html lang dir>` in step with the chosen language: screen readers pronounce the
/// page in it, fonts follow it, and right-to-left languages mirror the whole layout (the
/// stylesheet uses logical properties only, so `dir` is all it takes).
pub fn keep_document_in_step(i18n: I18n) {
    Effect::new(move |_| {
        let (tag, direction) = (i18n.tag(), i18n.lang.get().direction());
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", tag);
            let _ = html.set_attribute("dir", direction.attr());
        }
    });
}
