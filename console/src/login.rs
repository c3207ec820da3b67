//! Signing in, and replacing the one-time password `hall-server staff add` printed.
//! Both forms keep what was typed when the server says no.

use hall_model::{ConsoleSession, LoginRequest, PasswordChange};
use leptos::prelude::*;

use crate::api::{self, SessionSignal, problem_text};
use crate::i18n::t;

#[component]
pub fn SignIn() -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let ended = expect_context::<RwSignal<Option<String>>>();
    let login = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let request = LoginRequest { login: login.get_untracked().trim().to_owned(), password: password.get_untracked() };
        if request.login.is_empty() || request.password.is_empty() {
            error.set(Some(t("login-missing")));
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<ConsoleSession, _>("/console/login", &request, None).await {
                Ok(found) => {
                    ended.set(None);
                    // The one-time password is needed once more, to replace it.
                    if found.must_change_password {
                        provide_one_time(request.password);
                    }
                    session.set(Some(found));
                }
                Err(failure) => error.set(Some(failure.text())),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="panel sign-in" on:submit=submit novalidate>
            <h1>{move || t("login-title")}</h1>
            {move || ended.get().map(|why| view! { <p class="notice" role="status">{why}</p> })}
            <label class="field">
                <span>{move || t("login-name")}</span>
                <input id="login" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" maxlength="64" required
                    prop:value=move || login.get() on:input=move |ev| login.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span>{move || t("login-password")}</span>
                <input id="password" type="password" name="password" autocomplete="current-password" maxlength="200" required
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/>
            </label>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <button type="submit" class="button" prop:disabled=move || busy.get()>{move || t("login-submit")}</button>
            <p class="quiet">{move || t("login-help")}</p>
        </form>
    }
}

thread_local! {
    /// The one-time password just typed, kept in memory (never in storage) until replaced.
    static ONE_TIME: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

fn provide_one_time(password: String) {
    ONE_TIME.with(|p| *p.borrow_mut() = Some(password));
}

/// The first sign-in with a one-time password: nothing else is allowed until it is replaced.
#[component]
pub fn FirstPassword() -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let known = ONE_TIME.with(|p| p.borrow().clone());
    let asks_current = known.is_none();
    let current = RwSignal::new(known.unwrap_or_default());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(signed_in) = session.get_untracked() else {
            return;
        };
        let change = PasswordChange { current: current.get_untracked(), new: new.get_untracked() };
        if change.new != again.get_untracked() {
            error.set(Some(t("password-mismatch")));
            return;
        }
        // The server's rule, said before the round trip.
        if let Some(problem) = hall_model::console::password_problem(&signed_in.login, &change.current, &change.new) {
            error.set(Some(problem_text(problem)));
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<ConsoleSession, _>("/console/password", &change, Some(&signed_in.csrf_token)).await {
                Ok(found) => {
                    ONE_TIME.with(|p| *p.borrow_mut() = None);
                    session.set(Some(found));
                }
                Err(failure) => {
                    crate::note_failure(&failure);
                    error.set(Some(failure.text()));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <form class="panel sign-in" on:submit=submit novalidate>
            <h1>{move || t("password-title")}</h1>
            <p>{move || t("password-intro")}</p>
            <input type="text" name="username" autocomplete="username" class="hidden-login" aria-hidden="true" tabindex="-1" readonly
                prop:value=move || session.get().map(|s| s.login).unwrap_or_default()/>
            {asks_current.then(|| view! {
                <label class="field">
                    <span>{move || t("password-current")}</span>
                    <input id="current-password" type="password" autocomplete="current-password" maxlength="200"
                        prop:value=move || current.get() on:input=move |ev| current.set(event_target_value(&ev))/>
                </label>
            })}
            <label class="field">
                <span>{move || t("password-new")}</span>
                <input id="new-password" type="password" autocomplete="new-password" maxlength="200"
                    prop:value=move || new.get() on:input=move |ev| new.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span>{move || t("password-again")}</span>
                <input id="new-password-again" type="password" autocomplete="new-password" maxlength="200"
                    prop:value=move || again.get() on:input=move |ev| again.set(event_target_value(&ev))/>
            </label>
            <p class="quiet">{move || t("password-rule")}</p>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <button type="submit" class="button" prop:disabled=move || busy.get()>{move || t("password-submit")}</button>
        </form>
    }
}
