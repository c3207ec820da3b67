//! About the guide (`/about`, linked from every page's footer): what it is for, that it
//! keeps nothing personal, where to get help, and, for hall staff and 12345 operators,
//! where replies to callers are composed. The composer's link lives here and not in the
//! footer, where citizens took it for something meant for them.

use hall_model::Route;
use leptos::prelude::*;

use crate::components::set_page_title;
use crate::i18n::{t, tr};

#[component]
pub fn AboutPage() -> impl IntoView {
    set_page_title(|| t("about-title"));
    view! {
        <section class="page about">
            <h1>{tr("about-title")}</h1>
            <p>{tr("about-intro")}</p>
            <h2>{tr("about-privacy-heading")}</h2>
            <p>{tr("about-privacy")}</p>
            <h2>{tr("about-help-heading")}</h2>
            <p>{tr("app-hotline-notice")}</p>
            <section class="about-staff" aria-labelledby="about-staff-heading">
                <h2 id="about-staff-heading">{tr("about-staff-heading")}</h2>
                <p>{tr("about-staff-body")}</p>
                <p><a class="button secondary" href=Route::Compose.path()>{tr("about-staff-link")}</a></p>
            </section>
        </section>
    }
}
