//! Check-in at the counter: the clerk types the reference from the citizen's ticket, or
//! holds its QR code up to the camera, and sees the appointment — time, item, the
//! citizen's masked name, document and mobile — with what they should have brought
//! (the item's materials), and records the arrival. The same state buttons serve the
//! day list. Two clerks on one appointment: the second is told what the first did.

use hall_model::{DayAppointment, DayState, ItemGuide, StateChange};
use leptos::prelude::*;

use crate::api::{self, Failure, SessionSignal, state_label};
use crate::i18n::{date_label, t, t_args};
use crate::scan::Scanner;
use crate::view_state::ViewState;

thread_local! {
    /// The window this PC serves at, typed once (a counter setting, nothing personal).
    /// Reference-counted, owned by no component: one made inside the first check-in tab
    /// would be gone with it, and the next tab's read of it would panic.
    static WINDOW: ArcRwSignal<String> = ArcRwSignal::new(
        leptos::prelude::window().local_storage().ok().flatten().and_then(|s| s.get_item("hall-console.window").ok().flatten()).unwrap_or_default(),
    );
}

/// The window this PC serves at ("" when not set).
pub fn my_window() -> RwSignal<String> {
    WINDOW.with(|w| RwSignal::from(w.clone()))
}

fn remember_window(window_name: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item("hall-console.window", window_name);
    }
}

#[component]
pub fn CheckIn() -> impl IntoView {
    let state = expect_context::<ViewState>();
    let typed = RwSignal::new(String::new());
    let scanning = RwSignal::new(false);
    let found = RwSignal::new(None::<Result<DayAppointment, Failure>>);
    let busy = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let look_up = move |reference: String| {
        let reference = reference.trim().to_ascii_uppercase();
        if reference.is_empty() {
            return;
        }
        if state.told.get_untracked().is_some_and(|(r, _)| r != reference) {
            state.told.set(None);
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let answer = api::get::<DayAppointment>(&format!("/console/appointments/{}", api::segment(&reference))).await;
            if let Err(failure) = &answer {
                crate::note_failure(failure);
            }
            found.set(Some(answer));
            busy.set(false);
        });
    };
    // A change made here or on the day list is shown on the card too.
    Effect::new(move |first: Option<()>| {
        state.changed.track();
        if first.is_some()
            && let Some(Ok(a)) = found.get_untracked()
        {
            look_up(a.reference);
        }
    });
    Effect::new(move |_| {
        if let Some(input) = input_ref.get() {
            let _ = input.focus();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        look_up(typed.get_untracked());
    };
    let window_name = my_window();
    view! {
        <section class="panel check-in" role="tabpanel" aria-labelledby="tab-check-in">
            <form class="lookup" on:submit=submit>
                <label class="field">
                    <span>{move || t("check-in-reference")}</span>
                    <div class="row">
                        <input node_ref=input_ref id="reference" class="reference-input" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="32"
                            prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
                        <button type="submit" class="button" prop:disabled=move || busy.get()>{move || t("check-in-find")}</button>
                        <button type="button" class="button quiet-button scan-button" on:click=move |_| scanning.set(true)>{move || t("scan-start")}</button>
                    </div>
                </label>
                <label class="field-inline window-setting">
                    <span>{move || t("my-window")}</span>
                    <input class="window-input" maxlength="20" prop:value=move || window_name.get()
                        on:input=move |ev| { let v = event_target_value(&ev); remember_window(&v); window_name.set(v); }/>
                </label>
            </form>
            {move || scanning.get().then(|| view! {
                <Scanner
                    found=Callback::new(move |reference: String| { scanning.set(false); typed.set(reference.clone()); look_up(reference); })
                    close=Callback::new(move |_| scanning.set(false))/>
            })}
            {move || match found.get() {
                None => ().into_any(),
                Some(Err(failure)) => view! { <p class="error" role="alert">{failure.text()}</p> }.into_any(),
                Some(Ok(a)) => view! { <AppointmentCard appointment=a/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn AppointmentCard(appointment: DayAppointment) -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let state = expect_context::<ViewState>();
    let a = appointment;
    let other_day = a.date != state.date.get_untracked();
    let records = session.get_untracked().is_some_and(|s| s.scope.role.records_attendance());
    let lifts = session.get_untracked().is_some_and(|s| s.scope.role.reads_audit());
    let (hall, item) = (a.hall_code.clone(), a.item_code.clone());
    let guide = LocalResource::new(move || {
        let (hall, item) = (hall.clone(), item.clone());
        crate::i18n::lang();
        async move { api::get::<ItemGuide>(&format!("/halls/{}/items/{}", api::segment(&hall), api::segment(&item))).await.ok() }
    });
    let state_class = format!("state state-{}", a.state.as_str().replace('_', "-"));
    view! {
        <article class="card appointment-card" data-reference=a.reference.clone()>
            <header class="card-head">
                <h2 class="card-reference">{a.reference.clone()}</h2>
                <span class=state_class>{move || state_label(a.state)}</span>
            </header>
            {other_day.then(|| view! { <p class="notice" role="status">{move || t_args("check-in-other-day", &[("date", date_label(a.date).into())])}</p> })}
            <dl class="facts">
                <div><dt>{move || t("col-time")}</dt><dd>{move || date_label(a.date)}" "{a.start.clone()}"–"{a.end.clone()}</dd></div>
                <div><dt>{move || t("col-item")}</dt><dd>{a.item_name.clone()}</dd></div>
                <div><dt>{move || t("col-name")}</dt><dd>{a.name_masked.clone()}{a.on_behalf.then(|| view! { <span class="tag">{move || t("on-behalf")}</span> })}</dd></div>
                <div><dt>{move || t("col-document")}</dt><dd class="masked">{a.document_masked.clone()}</dd></div>
                <div><dt>{move || t("col-mobile")}</dt><dd class="masked">{a.mobile_masked.clone()}</dd></div>
                {a.window.clone().map(|w| view! { <div><dt>{move || t("col-window")}</dt><dd>{w}</dd></div> })}
            </dl>
            {records.then(|| view! { <div class="card-actions"><StateButtons reference=a.reference.clone() state=a.state/></div> })}
            {(lifts && a.state == DayState::NoShow).then(|| view! { <LiftSuspension reference=a.reference.clone()/> })}
            <h3>{move || t("check-in-materials")}</h3>
            {move || match guide.get().flatten() {
                None => view! { <p class="quiet">{move || t("loading")}</p> }.into_any(),
                Some(guide) => view! { <Materials guide=guide/> }.into_any(),
            }}
        </article>
    }
}

/// For a no-show, hall and region admins may lift the person's online-booking block
/// (the no-show rule), e.g. when they missed for a reason the hall accepts. Audited.
#[component]
fn LiftSuspension(reference: String) -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let outcome = RwSignal::new(None::<Result<(), String>>);
    let busy = RwSignal::new(false);
    let reference = StoredValue::new(reference);
    let lift = move |_| {
        let Some(csrf) = session.get_untracked().map(|s| s.csrf_token) else {
            return;
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let path = format!("/console/appointments/{}/lift-suspension", api::segment(&reference.get_value()));
            let answer = api::post::<serde_json::Value, _>(&path, &serde_json::json!({}), Some(&csrf)).await;
            if let Err(failure) = &answer {
                crate::note_failure(failure);
            }
            outcome.set(Some(answer.map(|_| ()).map_err(|f| f.text())));
            busy.set(false);
        });
    };
    view! {
        <div class="lift">
            <p class="quiet">{move || t("lift-intro")}</p>
            <button type="button" class="button quiet-button" prop:disabled=move || busy.get() on:click=lift>{move || t("lift-button")}</button>
            {move || match outcome.get() {
                Some(Ok(())) => view! { <p class="done" role="status">{move || t("lift-done")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}

/// What the citizen should have with them: every material of the item, those needed only
/// in some situations marked so (the ticket does not keep the citizen's answers).
#[component]
fn Materials(guide: ItemGuide) -> impl IntoView {
    view! {
        <ul class="materials">
            {guide.materials.into_iter().map(|m| {
                let conditional = !m.when.is_empty();
                let exempt = m.exempt_by_sharing;
                let (originals, copies) = (m.originals, m.copies);
                view! {
                    <li class:conditional=conditional>
                        <span class="material-name">{m.name}</span>
                        <span class="quiet">{move || counts(exempt, originals, copies)}</span>
                        {conditional.then(|| view! { <span class="tag">{move || t("material-conditional")}</span> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// "原件 1 份 · 复印件 2 份", leaving out a kind of which none is needed.
fn counts(exempt: bool, originals: u32, copies: u32) -> String {
    if exempt {
        return t("material-exempt");
    }
    let mut parts = Vec::new();
    if originals > 0 {
        parts.push(t_args("material-originals", &[("count", originals.into())]));
    }
    if copies > 0 {
        parts.push(t_args("material-copies", &[("count", copies.into())]));
    }
    parts.join(" · ")
}

/// The moves staff may make from `state`, as buttons; each sends the state the clerk saw,
/// so a colleague's change in between is refused and shown, never overwritten.
#[component]
pub fn StateButtons(reference: String, state: DayState) -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let view_state = expect_context::<ViewState>();
    let busy = RwSignal::new(false);
    let moves: Vec<DayState> =
        [DayState::Arrived, DayState::Served, DayState::NoShow, DayState::Booked].into_iter().filter(|&next| state.may_become(next)).collect();
    let reference = StoredValue::new(reference);
    let send = move |to: DayState| {
        let Some(csrf) = session.get_untracked().map(|s| s.csrf_token) else {
            return;
        };
        let window_name = my_window().get_untracked().trim().to_owned();
        let change =
            StateChange { from: state, to, window: (matches!(to, DayState::Arrived | DayState::Served) && !window_name.is_empty()).then_some(window_name) };
        busy.set(true);
        view_state.told.set(None);
        leptos::task::spawn_local(async move {
            let path = format!("/console/appointments/{}/state", api::segment(&reference.get_value()));
            match api::post::<DayAppointment, _>(&path, &change, Some(&csrf)).await {
                Ok(_) => view_state.changed.update(|n| *n += 1),
                Err(failure) => {
                    crate::note_failure(&failure);
                    view_state.told.set(Some((reference.get_value(), failure.text())));
                    // Show what is true now beside the message.
                    if failure.current_state.is_some() {
                        view_state.changed.update(|n| *n += 1);
                    }
                }
            }
            busy.set(false);
        });
    };
    view! {
        <span class="state-buttons">
            {moves.into_iter().map(|to| {
                let (label, class) = match (state, to) {
                    (_, DayState::Arrived) => (t("action-arrived"), "button small"),
                    (_, DayState::Served) => (t("action-served"), "button small"),
                    (_, DayState::NoShow) => (t("action-no-show"), "button small quiet-button"),
                    _ => (t("action-undo"), "button small quiet-button"),
                };
                view! { <button type="button" class=class prop:disabled=move || busy.get() on:click=move |_| send(to)>{label}</button> }
            }).collect_view()}
            {move || view_state.told.get().filter(|(r, _)| *r == reference.get_value()).map(|(_, e)| view! { <span class="error" role="alert">{e}</span> })}
        </span>
    }
}
