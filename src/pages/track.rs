//! Where an application stands: number + verifier, then its timeline, the deadline in
//! working days, what to resubmit by when and where, where to pick up, after a refusal the
//! applicant's rights of review and lawsuit, and the rating once completed. Recently
//! looked-up numbers are remembered on the device (the number only).

use hall_model::applications::AppealRights;
use hall_model::{ApplicationView, Date, FeedbackRequest, LookupRequest, Route, Status, StatusEvent};
use leptos::prelude::*;

use crate::api::{ApiFailure, ApiWrite, use_api};
use crate::components::set_page_title;
use crate::components::slot_picker::day_label;
use crate::i18n::{t, t_args, tr, use_i18n};
use crate::pages::hall::weekday_name;

const RECENT_KEY: &str = "hall-guide.applications";

fn recent() -> Vec<String> {
    let storage = crate::preferences::storage();
    storage.and_then(|s| s.get_item(RECENT_KEY).ok().flatten()).unwrap_or_default().lines().map(str::to_owned).filter(|l| !l.is_empty()).collect()
}

fn remember(number: &str) {
    let mut list = recent();
    list.retain(|n| n != number);
    list.insert(0, number.to_owned());
    list.truncate(5);
    if let Some(storage) = crate::preferences::storage() {
        let _ = storage.set_item(RECENT_KEY, &list.join("\n"));
    }
}

pub fn status_name(status: Status) -> String {
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

/// A date with its year, for deadlines that may fall in another year than today.
pub(crate) fn full_date(date: Date) -> String {
    let (year, month, day) = date.ymd();
    // The year as text: a number would be grouped (`2,026`) in some languages.
    let date = t_args(
        "track-date",
        &[("year", year.to_string().into()), ("month", month.into()), ("day", day.into()), ("weekday", weekday_name(date.weekday()).into())],
    );
    // A date never breaks at its hyphens (ug `29-يانۋار`): non-breaking ones look the same.
    date.replace('-', "\u{2011}")
}

fn deadline_line(view: &ApplicationView) -> Option<String> {
    let correction_due = view.timeline.last().filter(|e| e.status == Status::CorrectionNeeded).and_then(|e| e.correction_due);
    match view.working_days_left {
        None if view.status == Status::CorrectionNeeded => {
            Some(correction_due.map_or_else(|| t("track-paused"), |due| t_args("track-correction-due", &[("date", full_date(due).into())])))
        }
        None => None,
        Some(0) => Some(t("track-due-today")),
        Some(n) if n > 0 => Some(t_args("track-due-in", &[("days", n.into()), ("date", day_label(view.due).into())])),
        Some(n) => Some(t_args("track-overdue", &[("days", (-n).into()), ("date", day_label(view.due).into())])),
    }
}

#[component]
pub fn TrackPage() -> impl IntoView {
    set_page_title(|| t("track-title"));
    let api = StoredValue::new(use_api());
    let i18n = use_i18n();
    let number = RwSignal::new(String::new());
    let verifier = RwSignal::new(String::new());
    let missing = RwSignal::new(Vec::<&'static str>::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    // After a wrong verifier: how many tries are left before a wait.
    let attempts = RwSignal::new(None::<hall_model::AttemptsLeft>);
    let found = RwSignal::new(None::<ApplicationView>);
    let busy = RwSignal::new(false);
    let remembered = RwSignal::new(recent());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = LookupRequest { number: number.get_untracked().trim().to_owned(), verifier: verifier.get_untracked().trim().to_owned() };
        let mut empty = Vec::new();
        if request.number.is_empty() {
            empty.push("number");
        }
        if request.verifier.is_empty() {
            empty.push("verifier");
        }
        missing.set(empty.clone());
        if !empty.is_empty() {
            crate::components::focus_first_invalid();
            return;
        }
        busy.set(true);
        failure.set(None);
        attempts.set(None);
        let api = api.get_value();
        leptos::task::spawn_local(async move {
            match api.send(ApiWrite::lookup(&request), i18n.lang.get_untracked()).await {
                Ok(view) => {
                    remember(&view.number);
                    remembered.set(recent());
                    found.set(Some(view));
                }
                Err(f) => {
                    found.set(None);
                    attempts.set(f.attempts);
                    failure.set(Some(f.failure));
                }
            }
            busy.set(false);
        });
    };
    // Before the last attempt, say so and how long the wait after it is.
    let last_attempt_warning = move || {
        attempts.get().filter(|a| a.left == 1).map(|a| {
            let minutes = a.then_wait_seconds.div_ceil(60).max(1);
            view! { <p class="attempts-warning" role="alert">{t_args("track-last-attempt", &[("minutes", minutes.into())])}</p> }
        })
    };
    let field = move |id: &'static str, value: RwSignal<String>, label: String, hint: String| {
        let error = move || missing.with(|m| m.contains(&id));
        view! {
            <div class="field" class:has-error=error>
                <label for=id>{label}</label>
                <p class="hint" id=format!("{id}-hint")>{hint}</p>
                {move || error().then(|| view! { <p class="field-error" id=format!("{id}-error")>{t("problem-missing")}</p> })}
                <input id=id name=id type="text" autocomplete="off" spellcheck="false" aria-invalid=move || error().to_string()
                    aria-describedby=move || if error() { format!("{id}-error {id}-hint") } else { format!("{id}-hint") }
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <section class="page track">
            <h1>{tr("track-title")}</h1>
            <form class="details-form" on:submit=submit novalidate>
                {move || field("number", number, t("track-number"), t_args("track-number-hint", &[("example", "DEMO\u{2011}04".into())]))}
                {move || field("verifier", verifier, t("track-verifier"), t("track-verifier-hint"))}
                {move || failure.get().map(|f| view! { <p class="load-error" role="alert">{t(f.write_message_id())}</p> })}
                {last_attempt_warning}
                <div class="step-actions">
                    <button type="submit" class="button" disabled=move || busy.get()>{tr("track-submit")}</button>
                </div>
            </form>
            <Show when=move || !remembered.with(Vec::is_empty)>
                <p class="recent">
                    {tr("track-recent")}" "
                    {move || remembered.get().into_iter().map(|n| {
                        let fill = n.clone();
                        view! { <button type="button" class="link-button" on:click=move |_| number.set(fill.clone())>{n}</button>" " }
                    }).collect_view()}
                </p>
            </Show>
            {move || found.get().map(|view| view! { <Application view verifier api=api.get_value()/> })}
        </section>
    }
}

#[component]
fn Application(view: ApplicationView, verifier: RwSignal<String>, api: crate::api::Api) -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(view);
    let rating = RwSignal::new(None::<u8>);
    // Sending without a choice says so next to the choices (the button is never disabled:
    // a disabled button does not say why).
    let rating_missing = RwSignal::new(false);
    let comment = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let api = StoredValue::new(api);
    let rate = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(stars) = rating.get_untracked() else {
            rating_missing.set(true);
            crate::components::focus_first_invalid();
            return;
        };
        let number = current.with_untracked(|v| v.number.clone());
        let request = FeedbackRequest { verifier: verifier.get_untracked().trim().to_owned(), rating: stars, comment: Some(comment.get_untracked()) };
        let api = api.get_value();
        leptos::task::spawn_local(async move {
            match api.send(ApiWrite::feedback(&number, &request), i18n.lang.get_untracked()).await {
                Ok(view) => current.set(view),
                Err(f) => failure.set(Some(f.failure)),
            }
        });
    };
    move || {
        let view = current.get();
        let checklist = Route::HallItem { hall: view.hall_code.clone(), item: view.item_code.clone(), answers: Default::default() }.path();
        let entries = view.timeline.iter().rev().map(|event| timeline_entry(event, &checklist, &view.steps)).collect_view();
        let next = hall_model::standard::next_step(&view.steps, view.status).cloned().map(|step| {
            let line = t_args("track-next-step", &[("name", step.name.into()), ("handler", step.handler.into())]);
            let limit = crate::pages::item::step_limit(step.limit_days);
            view! { <p class="next-step">{line}{limit.map(|l| view! { " · "<span class="step-limit">{l}</span> })}</p> }
        });
        view! {
            <article class="card application">
                <h2>{view.item_name.clone()}</h2>
                <p class="card-meta">{t_args("track-number-line", &[("number", view.number.clone().into()), ("hall", view.hall_name.clone().into())])}</p>
                <p class="status-now"><strong>{status_name(view.status)}</strong></p>
                {deadline_line(&view).map(|line| view! { <p class="deadline">{line}</p> })}
                {next}
                {view.appeal.clone().map(appeal_rights)}
                <ol class="timeline">
                    {entries}
                </ol>
                {match (view.status, view.rating) {
                    // The label the citizen chose (非常满意…), not a number they never saw.
                    (Status::Completed, Some(stars)) => view! { <p class="rated">{move || t_args("track-rated", &[("label", rating_name(stars).into())])}</p> }.into_any(),
                    (Status::Completed, None) => view! {
                        <form class="rating" on:submit=rate novalidate>
                            <fieldset class:has-error=move || rating_missing.get() aria-describedby=move || rating_missing.get().then_some("rating-error")>
                                <legend>{tr("track-rate")}</legend>
                                {move || rating_missing.get().then(|| view! { <p class="field-error" id="rating-error">{t("track-rating-missing")}</p> })}
                                <div class="choices">
                                    {(1..=5u8).rev().map(|stars| view! {
                                        <label class="choice">
                                            <input type="radio" name="rating" value=stars.to_string()
                                                aria-invalid=move || (rating_missing.get() && stars == 5).then_some("true")
                                                on:change=move |_| {
                                                    rating.set(Some(stars));
                                                    rating_missing.set(false);
                                                }/>
                                            <span>{rating_name(stars)}</span>
                                        </label>
                                    }).collect_view()}
                                </div>
                            </fieldset>
                            <div class="field">
                                <label for="comment">{tr("track-comment")}</label>
                                <input id="comment" type="text" prop:value=move || comment.get() on:input=move |ev| comment.set(event_target_value(&ev))/>
                            </div>
                            {move || failure.get().map(|f| view! { <p class="load-error" role="alert">{t(f.write_message_id())}</p> })}
                            <button type="submit" class="button">{tr("track-send-rating")}</button>
                        </form>
                    }.into_any(),
                    _ => ().into_any(),
                }}
            </article>
        }
    }
}

fn rating_name(stars: u8) -> String {
    match stars {
        5 => t("rating-5"),
        4 => t("rating-4"),
        3 => t("rating-3"),
        2 => t("rating-2"),
        _ => t("rating-1"),
    }
}

/// Text written by hall staff, always in Chinese: marked as such (screen readers switch
/// voice) and isolated, so that in a right-to-left page its punctuation stays at its end.
fn staff_text(text: String) -> impl IntoView {
    view! { <bdi lang="zh-CN">{text}</bdi> }
}

/// After a refusal: review or lawsuit, by when and where (the bodies the decision names, or
/// the ones the law names).
fn appeal_rights(appeal: AppealRights) -> impl IntoView {
    let body = |named: Option<String>, default: String| match named {
        Some(named) => staff_text(named).into_any(),
        None => default.into_any(),
    };
    view! {
        <section class="appeal" aria-labelledby="appeal-heading">
            <h3 id="appeal-heading">{tr("track-appeal-heading")}</h3>
            <p>{tr("track-appeal-intro")}</p>
            <ul class="appeal-options">
                <li>
                    <p><strong>{tr("track-appeal-review")}</strong></p>
                    <p class="appeal-by">{t_args("track-appeal-review-by", &[("date", full_date(appeal.review_by).into())])}</p>
                    <p class="staff-words">{tr("track-appeal-review-body")}{body(appeal.review_body, t("track-appeal-review-body-default"))}</p>
                </li>
                <li>
                    <p><strong>{tr("track-appeal-lawsuit")}</strong></p>
                    <p class="appeal-by">{t_args("track-appeal-lawsuit-by", &[("date", full_date(appeal.sue_by).into())])}</p>
                    <p class="staff-words">{tr("track-appeal-court")}{body(appeal.court, t("track-appeal-court-default"))}</p>
                </li>
            </ul>
            <p class="hint">{t_args("track-appeal-counted", &[("date", full_date(appeal.refused_on).into())])}</p>
        </section>
    }
}

fn timeline_entry(event: &StatusEvent, checklist: &str, steps: &[hall_model::Step]) -> impl IntoView + use<> {
    let correction = event.status == Status::CorrectionNeeded;
    // Named by the item's own step, as its guide's "what happens next" lists it.
    let step = hall_model::standard::step_of(steps, event.status)
        .map(|at| t_args("track-step", &[("number", (at + 1).into()), ("total", steps.len().into()), ("name", steps[at].name.clone().into())]));
    view! {
        <li class="timeline-event">
            <p><strong>{status_name(event.status)}</strong>" · "{day_label(event.date)}</p>
            {step.map(|line| view! { <p class="timeline-step">{line}</p> })}
            // Reasons, materials, places and notes are written by hall staff, in Chinese.
            {event.reason.clone().map(|reason| view! { <p class="staff-words">{tr("track-reason")}{staff_text(reason)}</p> })}
            {(!event.materials.is_empty()).then(|| view! {
                <p>{tr("track-resubmit")}</p>
                <ul>{event.materials.iter().map(|m| view! { <li>{staff_text(m.clone())}</li> }).collect_view()}</ul>
            })}
            {event.correction_due.map(|due| view! { <p class="correction-due">{t_args("track-correction-by", &[("date", full_date(due).into())])}</p> })}
            {event.correction_where.clone().map(|place| view! { <p class="correction-where staff-words">{tr("track-correction-where")}{staff_text(place)}</p> })}
            {correction.then(|| view! { <p><a href=checklist.to_owned()>{tr("track-checklist-link")}</a></p> })}
            {event.tracking.clone().map(|tracking| view! { <p>{t_args("track-tracking", &[("tracking", tracking.into())])}</p> })}
            {event.note.clone().map(|note| view! { <p>{staff_text(note)}</p> })}
        </li>
    }
}
