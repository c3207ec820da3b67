//! One hall in a list: name, level, address and what it offers.

use hall_model::{HallLevel, HallServices, HallSummary, Route};
use leptos::prelude::*;

use crate::i18n::{t, tr, use_i18n};

pub fn level_name(level: HallLevel) -> String {
    t(hall_text::labels::hall_level(level))
}

/// The services a hall offers, as short labels in the reader's language.
pub fn service_names(services: HallServices) -> Vec<String> {
    hall_text::labels::hall_services(services).into_iter().map(t).collect()
}

#[component]
pub fn HallCard(hall: HallSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = Route::Hall { code: hall.code.clone(), filter: Default::default() }.path();
    let content_lang = hall.lang;
    // Text that fell back to zh-CN is marked so screen readers pronounce it as Chinese.
    let lang_attr = move || (content_lang != i18n.lang.get()).then(|| content_lang.tag());
    let level = hall.level;
    let services = hall.services;
    view! {
        <li class="card hall-card">
            <a class="card-link" href=href lang=lang_attr>
                <span class="card-title">{hall.name}</span>
            </a>
            <p class="card-meta">
                <span class="badge">{move || level_name(level)}</span>
                " "
                <span>{hall.region_name}</span>
            </p>
            <p class="card-address" lang=lang_attr>{hall.address}</p>
            <ul class="tags" aria-label=tr("hall-services-heading")>
                {move || service_names(services).into_iter().map(|name| view! { <li class="tag">{name}</li> }).collect_view()}
            </ul>
        </li>
    }
}
