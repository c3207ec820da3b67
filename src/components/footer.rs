//! The footer: says plainly that the data is demo data, and where to get help.

use leptos::prelude::*;

use crate::i18n::tr;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="demo-notice">{tr("app-demo-notice")}</p>
            <p>{tr("app-hotline-notice")}</p>
        </footer>
    }
}
