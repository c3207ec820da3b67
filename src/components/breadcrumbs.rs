//! Where the page sits: home › province › … › this page.

use leptos::prelude::*;

use crate::i18n::tr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crumb {
    pub label: String,
    pub href: String,
}

#[component]
pub fn Breadcrumbs(crumbs: Vec<Crumb>) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label=tr("app-breadcrumbs-label")>
            <ol>
                <li><a href="/">{tr("app-home")}</a></li>
                {crumbs
                    .into_iter()
                    .map(|crumb| view! { <li><a href=crumb.href>{crumb.label}</a></li> })
                    .collect_view()}
            </ol>
        </nav>
    }
}
