//! The hall's staff console: a Leptos app of its own, built by console/Trunk.toml into
//! console/dist and served by hall-server at `/console/`. It shares `hall-model` (the
//! API's types) and `hall-text` (Fluent bundles) with the citizens' app, nothing else:
//! the citizens' wasm does not carry a byte of it.
//!
//! One page: sign in (and replace a one-time password), then the hall's day — check-in
//! by reference or by the ticket's QR code, the day list with filters, print and CSV, the
//! day's closures for admins, and the audit log. What the clerk looks at (hall, date,
//! tab) is kept in the address, so a reload or a colleague's link opens the same view;
//! nothing personal ever is.

pub mod api;
pub mod applications;
pub mod audit;
pub mod calendar;
pub mod capacity;
pub mod check_in;
pub mod csv;
pub mod day;
pub mod i18n;
pub mod login;
pub mod scan;
pub mod staff;
pub mod view_state;

use hall_model::{ConsoleSession, LogoutRequest, StaffRole};
use leptos::prelude::*;

use crate::api::SessionSignal;
use crate::i18n::{LANGS, lang, set_lang, t};
use crate::view_state::{Tab, ViewState};

/// Replaces the loading text of index.html with the console.
pub fn mount() {
    let Some(root) = document().get_element_by_id("console") else {
        return;
    };
    root.set_inner_html("");
    let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
        return;
    };
    leptos::mount::mount_to(root, Console).forget();
}

/// Whether the session may be shown yet: still asking the server, or answered.
#[derive(Clone, Copy, PartialEq)]
enum Start {
    Asking,
    Known,
}

#[component]
pub fn Console() -> impl IntoView {
    let session: SessionSignal = RwSignal::new(None);
    let start = RwSignal::new(Start::Asking);
    // Said on the sign-in form when a session ended by itself.
    let ended = RwSignal::new(None::<String>);
    provide_context(session);
    provide_context(ended);
    SIGNALS.with(|signals| signals.set(Some((session, ended))));
    set_lang(lang());
    leptos::task::spawn_local(async move {
        if let Ok(found) = api::get::<ConsoleSession>("/console/session").await {
            session.set(Some(found));
        }
        start.set(Start::Known);
    });
    Effect::new(move |_| {
        document().set_title(&t("console-title"));
    });
    view! {
        <header class="bar">
            <span class="bar-name">{move || t("console-title")}</span>
            <span class="bar-fill"></span>
            {move || session.get().map(|s| view! {
                <span class="bar-who">{s.login.clone()}" · "{role_label(s.scope.role)}</span>
                <button type="button" class="link-button" on:click=move |_| sign_out(session, false)>{move || t("logout")}</button>
                <button type="button" class="link-button" on:click=move |_| sign_out(session, true)>{move || t("logout-everywhere")}</button>
            })}
            <span class="langs" role="group" aria-label=move || t("language")>
                {LANGS.iter().map(|&l| view! {
                    <button type="button" class="lang" lang=l.tag() aria-pressed=move || (lang() == l).to_string() on:click=move |_| set_lang(l)>{l.endonym()}</button>
                }).collect_view()}
            </span>
        </header>
        <main id="main">
            {move || match (start.get(), session.get()) {
                (Start::Asking, _) => view! { <p class="quiet" role="status">{move || t("loading")}</p> }.into_any(),
                (Start::Known, None) => view! { <login::SignIn/> }.into_any(),
                (Start::Known, Some(s)) if s.must_change_password => view! { <login::FirstPassword/> }.into_any(),
                (Start::Known, Some(_)) => view! { <Desk/> }.into_any(),
            }}
        </main>
    }
}

/// A role's name.
pub fn role_label(role: StaffRole) -> String {
    match role {
        StaffRole::WindowStaff => t("role-window-staff"),
        StaffRole::HallAdmin => t("role-hall-admin"),
        StaffRole::RegionAdmin => t("role-region-admin"),
        StaffRole::HotlineOperator => t("role-hotline-operator"),
        StaffRole::CatalogueEditor => t("role-catalogue-editor"),
    }
}

fn sign_out(session: SessionSignal, everywhere: bool) {
    let csrf = session.get_untracked().map(|s| s.csrf_token);
    leptos::task::spawn_local(async move {
        let _ = api::post::<serde_json::Value, _>("/console/logout", &LogoutRequest { everywhere }, csrf.as_deref()).await;
        session.set(None);
    });
}

thread_local! {
    /// The session and the "your session ended" note, for [`note_failure`], which runs in
    /// tasks that may have no reactive owner to ask for the context.
    static SIGNALS: std::cell::Cell<Option<(SessionSignal, RwSignal<Option<String>>)>> = const { std::cell::Cell::new(None) };
}

/// Called with every failure: a session that ended sends the clerk to the sign-in form,
/// saying why; what they were looking at stays in the address.
pub fn note_failure(failure: &api::Failure) {
    if failure.signed_out()
        && let Some((session, ended)) = SIGNALS.with(|signals| signals.get())
    {
        // After the task that asked has finished: taking the desk away under it would
        // leave it writing to what is already gone.
        set_timeout(
            move || {
                ended.set(Some(t("session-ended")));
                session.set(None);
            },
            std::time::Duration::ZERO,
        );
    }
}

/// The signed-in console: tabs for check-in, the day list and (for admins) the audit log.
#[component]
fn Desk() -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let scope = Memo::new(move |_| session.get().map(|s| s.scope));
    let state = ViewState::from_address(scope.get_untracked().as_ref());
    provide_context(state);
    Effect::new(move |_| state.write_address());
    let reads_audit = move || scope.get().is_some_and(|s| s.role.reads_audit());
    let tab_button = move |tab: Tab, label: fn() -> String| {
        view! {
            <button type="button" role="tab" class="tab" id=tab.id() aria-selected=move || (state.tab.get() == tab).to_string() on:click=move |_| state.tab.set(tab)>{label}</button>
        }
    };
    view! {
        <div class="desk">
            <div class="toolbar no-print">
                <day::HallPicker/>
                <label class="field-inline">
                    <span>{move || t("date")}</span>
                    <input type="date" class="date-input" prop:value=move || state.date.get().to_string()
                        on:change=move |ev| if let Some(d) = hall_model::Date::parse(&event_target_value(&ev)) { state.date.set(d) }/>
                </label>
                <button type="button" class="button quiet-button" on:click=move |_| state.date.set(hall_model::Date::in_china(view_state::now_seconds()))>{move || t("today")}</button>
            </div>
            <div class="tabs no-print" role="tablist">
                {tab_button(Tab::CheckIn, || t("tab-check-in"))}
                {tab_button(Tab::Day, || t("tab-day"))}
                {tab_button(Tab::Applications, || t("tab-applications"))}
                {move || reads_audit().then(|| tab_button(Tab::Audit, || t("tab-audit")))}
                {move || reads_audit().then(|| tab_button(Tab::Staff, || t("tab-staff")))}
                {move || scope.get().is_some_and(|s| s.role == StaffRole::RegionAdmin).then(|| tab_button(Tab::Calendar, || t("tab-calendar")))}
            </div>
            {move || match state.tab.get() {
                Tab::CheckIn => view! { <check_in::CheckIn/> }.into_any(),
                Tab::Day => view! { <day::DayList/> }.into_any(),
                Tab::Applications => view! { <applications::Applications/> }.into_any(),
                Tab::Audit => view! { <audit::AuditLog/> }.into_any(),
                Tab::Calendar => view! { <calendar::Calendar/> }.into_any(),
                Tab::Staff => view! { <staff::Staff/> }.into_any(),
            }}
        </div>
    }
}
