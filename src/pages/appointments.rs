//! "My appointments": the bookings made on this device (their references and manage
//! tokens are kept on it, nothing personal), each with its ticket (reference and QR code,
//! the windows serving the item, what to bring and the arrival rules), a calendar file,
//! cancel and reschedule, and "book again" once cancelled.
//! `/appointments/<reference>#<token>` opens one appointment from a manage link on any
//! device and remembers it there.

use hall_model::appointments::ics;
use hall_model::{Appointment, AppointmentStatus, Booking, Date, HallSlots, Route};
use leptos::prelude::*;

use crate::api::{ApiFailure, ApiRequest, ApiResource, ApiWrite, use_api};
use crate::appointments_store::{self, SavedAppointment};
use crate::checklist_store;
use crate::components::share::copy_text;
use crate::components::slot_picker::{SlotPicker, When, date_and_range, date_at_time, time_range};
use crate::components::{LoadError, Loading, QrCode, set_page_title};
use crate::i18n::{lang_attr, t, t_args, tr, use_i18n};

/// The link that manages an appointment from any device: the token rides in the
/// fragment, which browsers never send to a server.
fn manage_link(reference: &str, token: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}#{token}", Route::Appointment { reference: reference.to_owned() }.path())
}

fn ics_href(appointment: &Appointment) -> String {
    let now = js_sys::Date::new_0();
    let stamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    );
    let summary = t_args("appointment-calendar-summary", &[("item", appointment.item_name.clone().into())]);
    let file = ics(appointment, &summary, &stamp);
    format!("data:text/calendar;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&file)))
}

/// The ticket: reference, QR code, when and where, the windows serving the item, what to
/// bring and the arrival rules; shared by the confirmation and the list. A cancelled one
/// offers to book the same item at the same hall again.
#[component]
fn Ticket(appointment: Appointment) -> impl IntoView {
    let cancelled = appointment.status == AppointmentStatus::Cancelled;
    let reference = appointment.reference.clone();
    let (date, start, end) = (appointment.date, appointment.start.clone(), appointment.end.clone());
    let when = Signal::derive(move || date_and_range(date, &start, &end));
    let (hall, item) = (appointment.hall_code.clone(), appointment.item_code.clone());
    view! {
        <div class="ticket" class:cancelled=cancelled data-reference=appointment.reference.clone()>
            <div class="ticket-code">
                <p class="ticket-label">{tr("appointment-reference")}</p>
                <p class="reference" dir="ltr">{appointment.reference.clone()}</p>
                {(!cancelled).then(|| view! { <QrCode text=reference.clone() label=Signal::derive(move || t_args("appointment-qr", &[("reference", reference.clone().into())]))/> })}
            </div>
            <dl class="facts">
                {match (cancelled, appointment.cancelled_by_hall.clone()) {
                    // Cancelled by the hall (closed that day): said so, with the hall's reason.
                    (true, Some(reason)) => view! {
                        <div><dt>{tr("appointment-status")}</dt><dd class="status-cancelled">{tr("appointment-cancelled-by-hall")}</dd></div>
                        <div><dt>{tr("appointment-cancel-reason")}</dt><dd class="cancel-reason">{reason}</dd></div>
                    }.into_any(),
                    (true, None) => view! { <div><dt>{tr("appointment-status")}</dt><dd class="status-cancelled">{tr("appointment-cancelled")}</dd></div> }.into_any(),
                    (false, _) => ().into_any(),
                }}
                <div><dt>{tr("book-when")}</dt><dd><strong><When text=when/></strong></dd></div>
                <div><dt>{tr("appointment-item")}</dt><dd>{appointment.item_name.clone()}</dd></div>
                <div><dt>{tr("ready-where")}</dt><dd>{appointment.hall_name.clone()}<br/>{appointment.hall_address.clone()}</dd></div>
                {(!appointment.name.is_empty()).then(|| view! {
                    <crate::pages::book::TicketPerson appointment=appointment.clone()/>
                })}
            </dl>
            <ServingWindows hall=hall.clone() item=item.clone()/>
            {if cancelled {
                let again = Route::Book { hall, item }.path();
                view! { <p class="ticket-again"><a class="button" href=again>{tr("appointment-book-again")}</a></p> }.into_any()
            } else {
                view! { <ArrivalRules hall item/> }.into_any()
            }}
        </div>
    }
}

/// The windows of the hall that serve the item, as the item's guide shows them (its API
/// answer names them). Nothing while it loads or when it cannot be had (offline).
#[component]
fn ServingWindows(hall: String, item: String) -> impl IntoView {
    let guide = ApiResource::new(move || ApiRequest::item_guide(Some(&hall), &item));
    move || {
        guide.get().and_then(Result::ok).filter(|g| !g.windows.is_empty()).map(|g| {
            view! {
                <div class="windows-line windows-row ticket-windows">
                    <span class="windows-label">{tr("item-windows")}</span>
                    <ul class="tags">
                        {g.windows.into_iter().map(|w| view! { <li class="tag"><strong dir="ltr">{w.number}</strong>" "<span lang=lang_attr(w.lang)>{w.name}</span></li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// What to bring and how arrival works. What to bring is the item's checklist: with the
/// answers this device keeps for the item (`checklist_store`), the citizen's own list;
/// without them (booked without answering, or another phone), the guide, which asks.
#[component]
fn ArrivalRules(hall: String, item: String) -> impl IntoView {
    let answers = checklist_store::load(&item).answers;
    let answered = !answers.is_empty();
    let checklist = Route::HallItem { hall, item, answers }.path();
    view! {
        <section class="arrival">
            <h3>{tr("appointment-arrival-heading")}</h3>
            <ul class="arrival-rules">
                <li>{tr("appointment-arrival-early")}</li>
                <li>{tr("appointment-bring")}</li>
                <li>{tr("appointment-arrival-late")}</li>
                <li>{tr("appointment-arrival-cancel")}</li>
            </ul>
            <a class="button secondary what-to-bring" href=checklist>
                {if answered { tr("appointment-your-checklist") } else { tr("appointment-checklist") }}
            </a>
        </section>
    }
}

/// The manage link in full (it wraps anywhere, never cut off), with a button that copies it.
#[component]
fn ManageLink(link: String) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let shown = NodeRef::<leptos::html::P>::new();
    let copy = {
        let link = link.clone();
        move |_| {
            let link = link.clone();
            leptos::task::spawn_local(async move {
                let done = copy_text(&link).await || shown.get_untracked().is_some_and(|p| select_and_copy(&p));
                copied.set(Some(done));
            });
        }
    };
    view! {
        <div class="manage-link">
            <p>{tr("appointment-manage-link")}</p>
            <p class="manage-url" dir="ltr" node_ref=shown>{link}</p>
            <button type="button" class="button secondary" on:click=copy>{tr("appointment-copy-link")}</button>
            <p class="copy-status" role="status">
                {move || copied.get().map(|done| if done { t("appointment-link-copied") } else { t("appointment-link-selected") })}
            </p>
        </div>
    }
}

/// Where the clipboard API is missing or refused (an older WebView): selects the element's
/// text and copies it the old way. The text stays selected either way, so that a long
/// press copies it. `false` when the browser would not copy.
fn select_and_copy(element: &web_sys::Element) -> bool {
    use js_sys::{Function, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let window: JsValue = window().into();
    let selection = Reflect::get(&window, &"getSelection".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|get| get.call0(&window).ok())
        .filter(|s| s.is_object());
    let Some(selection) = selection else {
        return false;
    };
    let select_all = Reflect::get(&selection, &"selectAllChildren".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
    if select_all.and_then(|f| f.call1(&selection, element).ok()).is_none() {
        return false;
    }
    document().dyn_into::<web_sys::HtmlDocument>().ok().and_then(|d| d.exec_command("copy").ok()).unwrap_or(false)
}

/// After booking: the ticket, the calendar file and the manage link.
#[component]
pub fn Confirmation(
    booking: Booking,
    /// The heading ("booked"), for the page to scroll to.
    #[prop(optional)]
    heading: NodeRef<leptos::html::H2>,
) -> impl IntoView {
    let link = manage_link(&booking.appointment.reference, &booking.manage_token);
    // The form is gone: move focus to the news, so screen readers announce it.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let calendar = ics_href(&booking.appointment);
    view! {
        <section class="confirmation" aria-labelledby="confirmation-heading">
            <h2 id="confirmation-heading" class="done-heading" tabindex="-1" node_ref=heading>{tr("book-done")}</h2>
            <Ticket appointment=booking.appointment.clone()/>
            <div class="checklist-actions">
                <a class="button secondary" href=calendar download=format!("{}.ics", booking.appointment.reference)>{tr("appointment-add-to-calendar")}</a>
                <a class="button secondary" href=Route::Appointments.path()>{tr("appointments-title")}</a>
            </div>
            <ManageLink link/>
        </section>
    }
}

#[component]
pub fn AppointmentsPage(#[prop(optional)] reference: Option<String>) -> impl IntoView {
    // A manage link brings its token in the fragment: remember it here, then drop it from
    // the address bar so that it does not linger in screenshots.
    if let Some(reference) = &reference {
        let hash = window().location().hash().unwrap_or_default();
        let token = hash.trim_start_matches('#');
        if token.len() == 32 && token.bytes().all(|b| b.is_ascii_hexdigit()) {
            appointments_store::remember(reference, token);
            let _ = window()
                .history()
                .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&Route::Appointment { reference: reference.clone() }.path())));
        }
    }
    set_page_title(|| t("appointments-title"));
    let saved = RwSignal::new(appointments_store::load());
    let shown = Memo::new(move |_| saved.get().into_iter().filter(|a| reference.as_ref().is_none_or(|r| *r == a.reference)).collect::<Vec<_>>());
    view! {
        <section class="page appointments">
            <h1>{tr("appointments-title")}</h1>
            <p class="hint">{tr("appointments-hint")}</p>
            <Show when=move || shown.with(Vec::is_empty) fallback=move || view! {
                <ul class="card-list">
                    <For each=move || shown.get() key=|a| a.reference.clone() let:saved_appointment>
                        <li><ManagedAppointment saved=saved_appointment on_forget=move |r: String| {
                            appointments_store::forget(&r);
                            saved.set(appointments_store::load());
                        }/></li>
                    </For>
                </ul>
            }>
                <p class="empty">{tr("appointments-none")}</p>
            </Show>
        </section>
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Mode {
    View,
    ConfirmCancel,
    /// Choosing the new day and time.
    Reschedule,
    /// A new time is chosen, nothing is sent yet: the old and the new time side by side,
    /// and the button that moves the appointment.
    CheckReschedule(NewTime),
    /// Moved: the time it had before (now released), and the new calendar file on offer.
    Rescheduled {
        released: String,
    },
}

/// The time chosen to move an appointment to.
#[derive(Debug, Clone, PartialEq)]
struct NewTime {
    date: Date,
    start: String,
    end: String,
}

#[component]
fn ManagedAppointment(saved: SavedAppointment, #[prop(into)] on_forget: Callback<String>) -> impl IntoView {
    let api = use_api();
    let i18n = use_i18n();
    let SavedAppointment { reference, token } = saved;
    let (reference, token) = (StoredValue::new(reference), StoredValue::new(token));
    let current = RwSignal::new(None::<Result<Appointment, ApiFailure>>);
    let mode = RwSignal::new(Mode::View);
    let failure = RwSignal::new(None::<ApiFailure>);
    let busy = RwSignal::new(false);
    // The day shown while rescheduling: kept when the citizen goes back from checking.
    let new_day = RwSignal::new(None::<Date>);
    // The heading of a reschedule step, focused when the step appears (the picker's, the
    // check's or the confirmation's), so screen readers announce it.
    let step_heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |previous: Option<()>| {
        let entered = mode.with(|m| matches!(m, Mode::Reschedule | Mode::CheckReschedule(_) | Mode::Rescheduled { .. }));
        new_day.track();
        if previous.is_none() || !entered {
            return;
        }
        request_animation_frame(move || {
            if let Some(heading) = step_heading.get_untracked()
                && heading.is_connected()
            {
                let _ = heading.set_attribute("tabindex", "-1");
                let _ = heading.focus();
                heading.scroll_into_view();
            }
        });
    });
    let load = {
        let api = api.clone();
        move || {
            let api = api.clone();
            leptos::task::spawn_local(async move {
                let answer = api.send(ApiWrite::show(&reference.get_value(), &token.get_value()), i18n.lang.get_untracked()).await;
                if let Ok(appointment) = &answer {
                    appointments_store::keep_details(appointment);
                }
                current.set(Some(answer.map_err(|f| f.failure)));
            });
        }
    };
    load();
    let retry = Callback::new(move |()| {
        current.set(None);
        load();
    });
    // Sends a cancel or a reschedule; on success the card shows `done`, on failure the
    // error and `failed` (the step to try again from).
    let run = move |write: ApiWrite<Appointment>, done: Mode, failed: Mode| {
        let api = api.clone();
        busy.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            match api.send(write, i18n.lang.get_untracked()).await {
                Ok(appointment) => {
                    appointments_store::keep_details(&appointment);
                    current.set(Some(Ok(appointment)));
                    mode.set(done);
                }
                Err(f) => {
                    failure.set(Some(f.failure));
                    mode.set(failed);
                }
            }
            busy.set(false);
        });
    };
    let run_cancel = run.clone();
    let run_move = run.clone();
    view! {
        <article class="card managed-appointment">
            {move || match current.get() {
                None => view! { <Loading/> }.into_any(),
                // No network: the ticket as this device last saw it, without the actions.
                Some(Err(ApiFailure::Offline | ApiFailure::Unreachable)) if let Some(kept) = appointments_store::kept_details(&reference.get_value()) => view! {
                    <p class="offline-note" role="status">{tr("appointments-offline")}</p>
                    <Ticket appointment=kept/>
                }.into_any(),
                Some(Err(f)) => view! {
                    <LoadError failure=f.clone() retry=retry/>
                    {matches!(f, ApiFailure::Api(hall_model::ErrorCode::AppointmentNotFound)).then(|| view! {
                        <button type="button" class="link-button" on:click=move |_| on_forget.run(reference.get_value())>{tr("appointments-forget")}</button>
                    })}
                }.into_any(),
                Some(Ok(appointment)) => {
                    let booked = appointment.status == AppointmentStatus::Booked;
                    let calendar = ics_href(&appointment);
                    let (hall, item) = (appointment.hall_code.clone(), appointment.item_code.clone());
                    let old_time = date_and_range(appointment.date, &appointment.start, &appointment.end);
                    let run_cancel = run_cancel.clone();
                    let run_move = run_move.clone();
                    let moved = appointment.clone();
                    view! {
                        {move || match mode.get() {
                            Mode::Rescheduled { released } => Some(view! {
                                <div class="rescheduled" role="status">
                                    <h2 class="done-heading" node_ref=step_heading>{t("appointment-rescheduled")}</h2>
                                    <p>{t_args("appointment-rescheduled-released", &[("time", released.into())])}</p>
                                    <p>{t_args("appointment-rescheduled-now", &[("time", date_and_range(moved.date, &moved.start, &moved.end).into())])}</p>
                                    <p class="hint">{t("appointment-rescheduled-calendar")}</p>
                                </div>
                            }),
                            _ => None,
                        }}
                        <Ticket appointment=appointment.clone()/>
                        {move || failure.get().map(|f| view! { <p class="load-error" role="alert">{t(f.write_message_id())}</p> })}
                        {booked.then(|| {
                            let calendar = calendar.clone();
                            let run_cancel = run_cancel.clone();
                            let run_move = run_move.clone();
                            let (hall, item) = (hall.clone(), item.clone());
                            let old_time = old_time.clone();
                            let appointment = appointment.clone();
                            move || match mode.get() {
                                Mode::View => view! {
                                    <div class="checklist-actions">
                                        <a class="button secondary" href=calendar.clone() download=format!("{}.ics", reference.get_value())>{tr("appointment-add-to-calendar")}</a>
                                        <button type="button" class="button secondary" on:click=move |_| { new_day.set(None); mode.set(Mode::Reschedule) }>{tr("appointment-reschedule")}</button>
                                        <button type="button" class="button secondary" on:click=move |_| mode.set(Mode::ConfirmCancel)>{tr("appointment-cancel")}</button>
                                    </div>
                                }.into_any(),
                                Mode::Rescheduled { .. } => view! {
                                    <div class="checklist-actions">
                                        <a class="button" href=calendar.clone() download=format!("{}.ics", reference.get_value())>{tr("appointment-new-calendar")}</a>
                                        <button type="button" class="button secondary" on:click=move |_| { new_day.set(None); mode.set(Mode::Reschedule) }>{tr("appointment-reschedule")}</button>
                                        <button type="button" class="button secondary" on:click=move |_| mode.set(Mode::ConfirmCancel)>{tr("appointment-cancel")}</button>
                                    </div>
                                }.into_any(),
                                Mode::ConfirmCancel => {
                                    let run_cancel = run_cancel.clone();
                                    view! {
                                        <div class="confirm-cancel" role="group" aria-labelledby="confirm-cancel-question">
                                            <p id="confirm-cancel-question"><strong>{tr("appointment-cancel-question")}</strong></p>
                                            <div class="step-actions">
                                                <button type="button" class="button" disabled=move || busy.get()
                                                    on:click=move |_| run_cancel(ApiWrite::cancel(&reference.get_value(), &token.get_value()), Mode::View, Mode::ConfirmCancel)>{tr("appointment-cancel-yes")}</button>
                                                <button type="button" class="button secondary" on:click=move |_| mode.set(Mode::View)>{tr("appointment-cancel-no")}</button>
                                            </div>
                                        </div>
                                    }.into_any()
                                }
                                Mode::Reschedule => {
                                    let slots: ApiResource<HallSlots> = ApiResource::new({
                                        let (hall, item) = (hall.clone(), item.clone());
                                        move || ApiRequest::slots(&hall, &item)
                                    });
                                    view! {
                                        <div class="reschedule">
                                            <SlotPicker slots date=new_day heading=step_heading on_pick=move |(date, start): (Date, String)| {
                                                // The end of the chosen time, from the slots on screen.
                                                let end = untrack(|| slots.get()).and_then(Result::ok).and_then(|all| {
                                                    all.days.into_iter().find(|d| d.date == date)?.slots.into_iter().find(|s| s.start == start).map(|s| s.end)
                                                });
                                                failure.set(None);
                                                mode.set(Mode::CheckReschedule(NewTime { date, end: end.unwrap_or_default(), start }));
                                            }/>
                                            <button type="button" class="button secondary" on:click=move |_| { failure.set(None); mode.set(Mode::View) }>{tr("appointment-keep-time")}</button>
                                        </div>
                                    }.into_any()
                                }
                                Mode::CheckReschedule(new_time) => {
                                    let run_move = run_move.clone();
                                    let shown = if new_time.end.is_empty() { new_time.start.clone() } else { time_range(&new_time.start, &new_time.end) };
                                    let new_label = date_at_time(new_time.date, &shown);
                                    let old_time = old_time.clone();
                                    let released = old_time.clone();
                                    view! {
                                        <section class="check-answers reschedule-check">
                                            <h2 class="step-heading" node_ref=step_heading>{tr("appointment-reschedule-check")}</h2>
                                            <dl class="answers">
                                                <div class="answer"><dt>{tr("appointment-old-time")}</dt><dd><span><When text=old_time/></span></dd></div>
                                                <div class="answer"><dt>{tr("appointment-new-time")}</dt><dd>
                                                    <strong><When text=new_label/></strong>
                                                    <button type="button" class="link-button" on:click=move |_| mode.set(Mode::Reschedule)>{tr("questions-change")}</button>
                                                </dd></div>
                                                <div class="answer"><dt>{tr("appointment-item")}</dt><dd><span>{appointment.item_name.clone()}</span></dd></div>
                                                <div class="answer"><dt>{tr("ready-where")}</dt><dd><span>{appointment.hall_name.clone()}</span></dd></div>
                                            </dl>
                                            <p class="hint">{tr("appointment-reschedule-hint")}</p>
                                            <div class="step-actions">
                                                <button type="button" class="button" disabled=move || busy.get() on:click=move |_| {
                                                    let write = ApiWrite::reschedule(&reference.get_value(), &token.get_value(), &new_time.date.to_string(), &new_time.start);
                                                    run_move(write, Mode::Rescheduled { released: released.clone() }, Mode::Reschedule);
                                                }>{move || if busy.get() { t("book-sending") } else { t("appointment-reschedule-confirm") }}</button>
                                                <button type="button" class="button secondary" on:click=move |_| mode.set(Mode::View)>{tr("appointment-keep-time")}</button>
                                            </div>
                                        </section>
                                    }.into_any()
                                }
                            }
                        })}
                    }.into_any()
                }
            }}
        </article>
    }
}
