//! Applications at the window: a clerk registers one (number, item, applicant, the
//! verifier printed on the receipt) and moves it through its timeline from a form that
//! offers only the steps `Status::may_follow` allows, asking for what each needs — a
//! correction's materials, deadline and place; a refusal's reason and, as the written
//! decision names them, the review body and the court; a parcel number; where to collect.
//! The applicant's tracking page shows each step. The hotline reads, never writes.

use hall_model::{ApplicationView, Date, HallItems, NewApplication, Status, StatusEvent};
use leptos::prelude::*;

use crate::api::{self, Failure, SessionSignal};
use crate::i18n::{date_label, t, t_args};
use crate::view_state::{ViewState, now_seconds};

/// A status's name, as the tracking page says it.
pub fn status_label(status: Status) -> String {
    match status {
        Status::Submitted => t("status-submitted"),
        Status::Accepted => t("status-accepted"),
        Status::UnderReview => t("status-under-review"),
        Status::CorrectionNeeded => t("status-correction-needed"),
        Status::Approved => t("status-approved"),
        Status::Refused => t("status-refused"),
        Status::CertificateMade => t("status-certificate-made"),
        Status::ReadyForPickup => t("status-ready-for-pickup"),
        Status::Posted => t("status-posted"),
        Status::Completed => t("status-completed"),
    }
}

fn status_value(status: Status) -> String {
    serde_json::to_value(status).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn status_of(value: &str) -> Option<Status> {
    Status::ALL.into_iter().find(|s| status_value(*s) == value)
}

/// A verifier for the receipt: 8 letters and digits that cannot be misread (no 0/O, 1/I/L).
fn new_verifier() -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut bytes = [0u8; 8];
    let filled = window().crypto().ok().is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        return String::new();
    }
    bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect()
}

fn today() -> Date {
    Date::in_china(now_seconds())
}

#[component]
pub fn Applications() -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let writes = move || session.get().is_some_and(|s| s.scope.role.records_attendance());
    let typed = RwSignal::new(String::new());
    let shown = RwSignal::new(None::<Result<ApplicationView, Failure>>);
    let busy = RwSignal::new(false);
    let look_up = move |number: String| {
        let number = number.trim().to_owned();
        if number.is_empty() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let answer = api::get::<ApplicationView>(&format!("/console/applications/{}", api::segment(&number))).await;
            if let Err(failure) = &answer {
                crate::note_failure(failure);
            }
            shown.set(Some(answer));
            busy.set(false);
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        look_up(typed.get_untracked());
    };
    view! {
        <section class="panel applications" role="tabpanel" aria-labelledby="tab-applications">
            <form class="lookup" on:submit=submit>
                <label class="field">
                    <span>{move || t("application-number")}</span>
                    <div class="row">
                        <input id="application-number" class="reference-input" autocomplete="off" spellcheck="false" maxlength="32"
                            prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
                        <button type="submit" class="button" prop:disabled=move || busy.get()>{move || t("check-in-find")}</button>
                    </div>
                </label>
            </form>
            {move || match shown.get() {
                None => ().into_any(),
                Some(Err(failure)) => view! { <p class="error" role="alert">{failure.text()}</p> }.into_any(),
                Some(Ok(application)) => view! { <ApplicationCard application=application shown=shown writes=writes()/> }.into_any(),
            }}
            {move || writes().then(|| view! { <NewApplicationForm shown=shown typed=typed/> })}
        </section>
    }
}

#[component]
fn ApplicationCard(application: ApplicationView, shown: RwSignal<Option<Result<ApplicationView, Failure>>>, writes: bool) -> impl IntoView {
    let a = application;
    let status = a.status;
    let number = a.number.clone();
    let timeline = a.timeline.clone();
    view! {
        <article class="card application-card" data-number=a.number.clone()>
            <header class="card-head">
                <h2 class="card-reference">{a.number.clone()}</h2>
                <span class="state">{move || status_label(status)}</span>
            </header>
            <dl class="facts">
                <div><dt>{move || t("col-item")}</dt><dd>{a.item_name.clone()}</dd></div>
                <div><dt>{move || t("col-name")}</dt><dd>{a.applicant_masked.clone()}</dd></div>
                <div><dt>{move || t("application-submitted")}</dt><dd>{move || date_label(a.submitted)}</dd></div>
                <div><dt>{move || t("application-due")}</dt><dd>{move || date_label(a.due)}</dd></div>
            </dl>
            <h3>{move || t("application-timeline")}</h3>
            <ol class="timeline">
                {timeline.into_iter().map(|e| {
                    let s = e.status;
                    let detail = [e.reason.clone(), (!e.materials.is_empty()).then(|| e.materials.join("、")), e.correction_where.clone(), e.tracking.clone(), e.note.clone()]
                        .into_iter().flatten().collect::<Vec<_>>().join(" · ");
                    view! { <li><span class="time">{move || date_label(e.date)}</span>" "<strong>{move || status_label(s)}</strong>" "<span class="quiet">{detail}</span></li> }
                }).collect_view()}
            </ol>
            {writes.then(|| view! { <NextStep number=number.clone() current=status shown=shown/> })}
        </article>
    }
}

/// The next step's form: only the steps that may follow, each with the fields it needs.
#[component]
fn NextStep(number: String, current: Status, shown: RwSignal<Option<Result<ApplicationView, Failure>>>) -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let next: Vec<Status> = Status::ALL.into_iter().filter(|s| Status::may_follow(Some(current), *s)).collect();
    let chosen = RwSignal::new(next.first().map(|s| status_value(*s)).unwrap_or_default());
    let date = RwSignal::new(today().to_string());
    let reason = RwSignal::new(String::new());
    let materials = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let review_body = RwSignal::new(String::new());
    let court = RwSignal::new(String::new());
    let tracking = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let status = move || status_of(&chosen.get());
    let number = StoredValue::new(number);
    let text = |signal: RwSignal<String>| Some(signal.get_untracked().trim().to_owned()).filter(|v| !v.is_empty());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(csrf), Some(step), Some(on)) =
            (session.get_untracked().map(|s| s.csrf_token), status_of(&chosen.get_untracked()), Date::parse(&date.get_untracked()))
        else {
            error.set(Some(t("error-invalid-parameter")));
            return;
        };
        let mut event = StatusEvent::new(step, on);
        event.reason = text(reason);
        event.note = text(note);
        if step == Status::CorrectionNeeded {
            event.materials = materials.get_untracked().lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
            event.correction_due = Date::parse(&due.get_untracked());
            event.correction_where = text(place);
            if event.materials.is_empty() || event.correction_due.is_none() || event.correction_where.is_none() || event.reason.is_none() {
                error.set(Some(t("step-correction-missing")));
                return;
            }
        }
        if step == Status::Refused {
            event.review_body = text(review_body);
            event.court = text(court);
            if event.reason.is_none() {
                error.set(Some(t("step-reason-missing")));
                return;
            }
        }
        if step == Status::Posted {
            event.tracking = text(tracking);
            if event.tracking.is_none() {
                error.set(Some(t("step-tracking-missing")));
                return;
            }
        }
        error.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let path = format!("/console/applications/{}/events", api::segment(&number.get_value()));
            match api::post::<ApplicationView, _>(&path, &event, Some(&csrf)).await {
                Ok(now) => shown.set(Some(Ok(now))),
                Err(failure) => {
                    crate::note_failure(&failure);
                    error.set(Some(failure.text()));
                }
            }
            busy.set(false);
        });
    };
    if next.is_empty() {
        return view! { <p class="quiet">{move || t("step-none")}</p> }.into_any();
    }
    let field = |label: fn() -> String, signal: RwSignal<String>, class: &'static str| {
        view! {
            <label class="field"><span>{label}</span>
                <input class=class maxlength="200" prop:value=move || signal.get() on:input=move |ev| signal.set(event_target_value(&ev))/></label>
        }
    };
    view! {
        <form class="next-step" on:submit=submit novalidate>
            <h3>{move || t("step-title")}</h3>
            <div class="row">
                <label class="field-inline"><span>{move || t("step-status")}</span>
                    <select class="step-status" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        {next.into_iter().map(|s| view! { <option value=status_value(s) prop:selected=move || chosen.get() == status_value(s)>{move || status_label(s)}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field-inline"><span>{move || t("date")}</span>
                    <input type="date" class="step-date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/></label>
            </div>
            {move || matches!(status(), Some(Status::CorrectionNeeded | Status::Refused)).then(|| field(|| t("step-reason"), reason, "step-reason"))}
            {move || (status() == Some(Status::CorrectionNeeded)).then(|| view! {
                <label class="field"><span>{move || t("step-materials")}</span>
                    <textarea class="step-materials" rows="3" maxlength="2000" prop:value=move || materials.get() on:input=move |ev| materials.set(event_target_value(&ev))></textarea></label>
                <label class="field-inline"><span>{move || t("step-due")}</span>
                    <input type="date" class="step-due" prop:value=move || due.get() on:input=move |ev| due.set(event_target_value(&ev))/></label>
                {field(|| t("step-where"), place, "step-where")}
            })}
            {move || (status() == Some(Status::Refused)).then(|| view! {
                {field(|| t("step-review-body"), review_body, "step-review-body")}
                {field(|| t("step-court"), court, "step-court")}
            })}
            {move || (status() == Some(Status::Posted)).then(|| field(|| t("step-tracking"), tracking, "step-tracking"))}
            {move || matches!(status(), Some(Status::ReadyForPickup | Status::Approved | Status::Accepted | Status::UnderReview | Status::CertificateMade | Status::Completed)).then(|| field(|| t("step-note"), note, "step-note"))}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <button type="submit" class="button" prop:disabled=move || busy.get()>{move || t("step-submit")}</button>
        </form>
    }
    .into_any()
}

/// Registering an application handed in at the window; its receipt shows the verifier.
#[component]
fn NewApplicationForm(shown: RwSignal<Option<Result<ApplicationView, Failure>>>, typed: RwSignal<String>) -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let state = expect_context::<ViewState>();
    let number = RwSignal::new(String::new());
    let item = RwSignal::new(String::new());
    let submitted = RwSignal::new(today().to_string());
    let name = RwSignal::new(String::new());
    let mobile = RwSignal::new(String::new());
    let verifier = RwSignal::new(new_verifier());
    let error = RwSignal::new(None::<String>);
    let receipt = RwSignal::new(None::<(String, String)>);
    let busy = RwSignal::new(false);
    let items = LocalResource::new(move || {
        let hall = state.hall.get();
        crate::i18n::lang();
        async move { api::get::<HallItems>(&format!("/halls/{}/items", api::segment(&hall))).await.ok() }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(csrf) = session.get_untracked().map(|s| s.csrf_token) else {
            return;
        };
        let Some(on) = Date::parse(&submitted.get_untracked()) else {
            error.set(Some(t("error-invalid-parameter")));
            return;
        };
        let new = NewApplication {
            number: number.get_untracked().trim().to_owned(),
            item_code: item.get_untracked(),
            hall_code: state.hall.get_untracked(),
            submitted: on,
            applicant_name: name.get_untracked().trim().to_owned(),
            mobile: mobile.get_untracked().trim().to_owned(),
            query_code: verifier.get_untracked().trim().to_owned(),
        };
        if new.number.is_empty() || new.item_code.is_empty() || new.applicant_name.is_empty() || new.mobile.is_empty() || new.query_code.is_empty() {
            error.set(Some(t("application-missing")));
            return;
        }
        error.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<ApplicationView, _>("/console/applications", &new, Some(&csrf)).await {
                Ok(made) => {
                    receipt.set(Some((made.number.clone(), new.query_code.clone())));
                    typed.set(made.number.clone());
                    shown.set(Some(Ok(made)));
                    // The next applicant starts with a clean form; what was typed stays on failure.
                    number.set(String::new());
                    name.set(String::new());
                    mobile.set(String::new());
                    verifier.set(new_verifier());
                }
                Err(failure) => {
                    crate::note_failure(&failure);
                    error.set(Some(match failure.code {
                        Some(hall_model::ErrorCode::InvalidTransition) => t("application-exists"),
                        _ => failure.text(),
                    }));
                }
            }
            busy.set(false);
        });
    };
    let input = |label: fn() -> String, signal: RwSignal<String>, id: &'static str, mode: &'static str| {
        view! {
            <label class="field"><span>{label}</span>
                <input id=id inputmode=mode autocomplete="off" maxlength="40" prop:value=move || signal.get() on:input=move |ev| signal.set(event_target_value(&ev))/></label>
        }
    };
    view! {
        {move || receipt.get().map(|(number, code)| view! {
            <div class="receipt" role="status">
                <h3>{move || t("receipt-title")}</h3>
                <p>{move || t_args("receipt-text", &[("number", number.clone().into()), ("verifier", code.clone().into())])}</p>
                <button type="button" class="button quiet-button no-print" on:click=move |_| { let _ = window().print(); }>{move || t("print")}</button>
            </div>
        })}
        <details class="new-application no-print">
            <summary>{move || t("application-new")}</summary>
            <form class="grid-form" on:submit=submit novalidate>
                {input(|| t("application-number"), number, "new-number", "text")}
                <label class="field"><span>{move || t("col-item")}</span>
                    <select id="new-item" on:change=move |ev| item.set(event_target_value(&ev))>
                        <option value="">{move || t("application-choose-item")}</option>
                        {move || items.get().flatten().map(|list| list.items.into_iter().map(|i| {
                            let code = i.code.clone();
                            view! { <option value=i.code.clone() prop:selected=move || item.get() == code>{i.name}</option> }
                        }).collect_view())}
                    </select>
                </label>
                <label class="field"><span>{move || t("application-submitted")}</span>
                    <input type="date" id="new-submitted" prop:value=move || submitted.get() on:input=move |ev| submitted.set(event_target_value(&ev))/></label>
                {input(|| t("application-applicant"), name, "new-name", "text")}
                {input(|| t("application-mobile"), mobile, "new-mobile", "tel")}
                {input(|| t("application-verifier"), verifier, "new-verifier", "text")}
                <p class="quiet wide">{move || t("application-privacy")}</p>
                {move || error.get().map(|e| view! { <p class="error wide" role="alert">{e}</p> })}
                <button type="submit" class="button" prop:disabled=move || busy.get()>{move || t("application-create")}</button>
            </form>
        </details>
    }
}
