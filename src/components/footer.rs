//! The footer: says plainly that the data is demo data, where to get help, and links the
//! page about the guide (where hall staff also find the reply composer: a link to it here
//! would be shown to every citizen).

use hall_model::Route;
use leptos::prelude::*;

use crate::i18n::tr;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="demo-notice">{tr("app-demo-notice")}</p>
            <p>{tr("app-hotline-notice")}</p>
            <p><a href=Route::About.path()>{tr("app-about")}</a></p>
        </footer>
    }
}
