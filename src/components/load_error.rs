//! A failed request, explained in the reader's language, with a retry button when
//! trying again can help.

use leptos::html;
use leptos::prelude::*;

use crate::api::{ApiFailure, FailedPage};
use crate::i18n::tr;

/// What went wrong and what to do. `page` is given when the failure is the whole page (its
/// guide or hall never came): the page's `h1` then says which page could not be opened,
/// and the page opens at its top with the focus on that heading, so a screen reader says
/// it first and a phone shows it, not a screen scrolled down. The page puts the same words
/// in the tab's title ([`FailedPage::title_id`]).
#[component]
pub fn LoadError(failure: ApiFailure, #[prop(into)] retry: Callback<()>, #[prop(optional)] page: Option<FailedPage>) -> impl IntoView {
    let message_id = failure.message_id();
    let retryable = failure.is_retryable();
    let heading = NodeRef::<html::H1>::new();
    if page.is_some() {
        Effect::new(move |_| {
            if let Some(heading) = heading.get() {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                let _ = heading.focus();
            }
        });
    }
    view! {
        <div class="load-error" class:load-error-page=page.is_some() role="alert">
            {page.map(|page| view! { <h1 class="load-error-title" tabindex="-1" node_ref=heading>{move || crate::i18n::t(page.title_id())}</h1> })}
            <p>{move || crate::i18n::format(crate::i18n::use_i18n().lang.get(), message_id, None)}</p>
            {retryable.then(|| view! {
                <button type="button" class="button" on:click=move |_| retry.run(())>{tr("app-retry")}</button>
            })}
            <p><a href="/">{tr("app-back-home")}</a></p>
        </div>
    }
}
