//! What a page shows while its data is on the way.

use leptos::prelude::*;

use crate::i18n::tr;

#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {tr("app-loading")}
        </div>
    }
}
