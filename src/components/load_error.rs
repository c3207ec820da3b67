//! A failed request, explained in the reader's language, with a retry button when
//! trying again can help.

use leptos::prelude::*;

use crate::api::ApiFailure;
use crate::i18n::tr;

#[component]
pub fn LoadError(failure: ApiFailure, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    let message_id = failure.message_id();
    let retryable = failure.is_retryable();
    view! {
        <div class="load-error" role="alert">
            <p>{move || crate::i18n::format(crate::i18n::use_i18n().lang.get(), message_id, None)}</p>
            {retryable.then(|| view! {
                <button type="button" class="button" on:click=move |_| retry.run(())>{tr("app-retry")}</button>
            })}
            <p><a href="/">{tr("app-back-home")}</a></p>
        </div>
    }
}
