//! The footer: says plainly that the data is demo data, where to get help, and (for hall
//! staff and hotline operators) where replies are composed.

use leptos::prelude::*;

use crate::i18n::tr;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="demo-notice">{tr("app-demo-notice")}</p>
            <p>{tr("app-hotline-notice")}</p>
            <p><a href=hall_model::Route::Compose.path()>{tr("staff-nav")}</a></p>
        </footer>
    }
}
