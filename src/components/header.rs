//! The top bar: the app's name (a link home), the main links, the large-text switch and the
//! language picker.

use hall_model::{Lang, Route};
use leptos::prelude::*;

use crate::i18n::{PSEUDO_TAG, ensure_language, tr, use_i18n};
use crate::preferences::remember_lang;
use crate::text_size;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let large = RwSignal::new(text_size::remembered());
    let on_change = move |ev: leptos::ev::Event| {
        let tag = event_target_value(&ev);
        let picked = if tag == PSEUDO_TAG { Some(Lang::En) } else { Lang::from_tag(&tag) };
        let Some(lang) = picked else { return };
        // The page changes language once its messages are here (at once when they are
        // built in or kept offline; after one small download otherwise).
        leptos::task::spawn_local(async move {
            if !ensure_language(lang).await {
                // Offline on a first visit: the language cannot be shown; say so by keeping
                // the picker on the language the page is still in.
                i18n.lang.notify();
                return;
            }
            if tag == PSEUDO_TAG {
                // Development only, and never remembered: the pseudo-locale shows English data.
                i18n.lang.set(Lang::En);
                i18n.pseudo.set(true);
            } else {
                i18n.pseudo.set(false);
                i18n.lang.set(lang);
                remember_lang(lang);
            }
        });
    };
    view! {
        <a class="skip-link" href="#main">{tr("app-skip-to-content")}</a>
        <header class="site-header">
            <a class="site-name" href=Route::Home { query: String::new() }.path()>{tr("app-name")}</a>
            <div class="header-bar">
                <nav class="header-nav" aria-label=tr("app-nav-label")>
                    <a class="header-link" href=Route::Track.path()>{tr("track-nav")}</a>
                    <a class="header-link" href=Route::Appointments.path()>{tr("appointments-title")}</a>
                </nav>
                <button type="button" class="text-size-toggle" aria-pressed=move || large.get().to_string()
                    on:click=move |_| {
                        let on = !large.get_untracked();
                        large.set(on);
                        text_size::set_large(on);
                    }>
                    {tr("app-large-text")}
                </button>
            </div>
            <label class="lang-picker">
                <span class="visually-hidden">{tr("app-language-label")}</span>
                <select on:change=on_change prop:value=move || i18n.tag().to_owned()>
                    {Lang::ALL
                        .into_iter()
                        .map(|lang| view! { <option value=lang.tag() lang=lang.tag() dir=lang.direction().attr()>{lang.endonym()}</option> })
                        .collect_view()}
                    {move || i18n.pseudo_available.get().then(|| view! { <option value=PSEUDO_TAG>{PSEUDO_TAG}</option> })}
                </select>
            </label>
        </header>
    }
}
