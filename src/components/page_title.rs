//! The browser tab's title follows the page and the language.

use leptos::prelude::*;

use crate::i18n::t;

/// Sets `document.title` to "`heading` – hall-guide", reactively.
pub fn set_page_title(heading: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let title = format!("{} – {}", heading(), t("app-name"));
        document().set_title(&title);
    });
}
