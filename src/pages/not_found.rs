//! A URL that is not a page of the app.

use leptos::prelude::*;

use crate::components::set_page_title;
use crate::i18n::{t, tr};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title(|| t("not-found-title"));
    view! {
        <section class="page not-found">
            <h1>{tr("not-found-title")}</h1>
            <p>{tr("not-found-body")}</p>
            <p><a class="button" href="/">{tr("app-back-home")}</a></p>
        </section>
    }
}
