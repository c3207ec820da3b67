//! Booking an appointment: a day, a time with places left, the applicant's details (with
//! inline errors that keep what was typed), "check your answers", and the confirmation.
//!
//! The details live in memory only (kept for the visit by hall and item, so that leaving
//! the booking and coming back finds them): never in the URL or on the device. If the slot is
//! taken while the citizen fills in the form, they keep their details and are offered
//! the nearest free times.

use hall_model::appointments::{CheckedBooking, check_booking};
use hall_model::{Booking, BookingRequest, Date, ErrorCode, FieldProblem, HallRef, HallSlots, ItemGuide, Problem, Route};
use leptos::html::{H2, Input};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{ApiFailure, ApiRequest, ApiResource, ApiWrite, WriteFailure, problem_message, use_api};
use crate::appointments_store;
use crate::components::slot_picker::{SlotPicker, date_at_time};
use crate::components::{Breadcrumbs, Crumb, LoadError, Loading, set_page_title};
use crate::i18n::{t, t_args, tr, use_i18n};
use crate::pages::appointments::Confirmation;

#[component]
pub fn BookPage(hall: String, item: String) -> impl IntoView {
    let (hall_code, item_code) = (StoredValue::new(hall), StoredValue::new(item));
    let guide = ApiResource::new(move || ApiRequest::item_guide(Some(&hall_code.get_value()), &item_code.get_value()));
    let slots: ApiResource<HallSlots> = ApiResource::new(move || ApiRequest::slots(&hall_code.get_value(), &item_code.get_value()));
    let heading = Memo::new(move |_| guide.get().and_then(|g| g.ok()).map(|g| t_args("book-title", &[("item", g.name.into())])).unwrap_or_default());
    set_page_title(move || heading.get());
    view! {
        <section class="page book">
            {move || match guide.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || guide.refetch()/> }.into_any(),
                Some(Ok(answer)) => match answer.hall.clone() {
                    Some(hall) => view! { <BookingFlow guide=answer hall slots/> }.into_any(),
                    // Asked for at a hall, the guide names that hall; without it the answer
                    // is not what the API promises.
                    None => view! { <LoadError failure=ApiFailure::Malformed retry=move || guide.refetch()/> }.into_any(),
                },
            }}
        </section>
    }
}

/// "Check your answers": the item, the hall, the time and the details as [`check_booking`]
/// accepted them (the name with its spaces tidied, the mobile and ID normalised), shown in
/// full so that a typo can be caught (they are in memory only; after confirmation they are
/// shown masked), each with a Change button back to its own field, and the button that books.
#[component]
pub fn CheckAnswers(
    checked: CheckedBooking,
    item_name: String,
    hall_name: String,
    #[prop(into)] sending: Signal<bool>,
    #[prop(into)] on_change_slot: Callback<()>,
    #[prop(into)] on_change_field: Callback<DetailsField>,
    #[prop(into)] on_confirm: Callback<()>,
    /// The step's heading, for the page to move focus to.
    #[prop(optional)]
    heading: NodeRef<H2>,
) -> impl IntoView {
    let CheckedBooking { date, start, name, mobile, resident_id } = checked;
    view! {
        <section class="check-answers">
            <h2 class="step-heading" node_ref=heading>{tr("book-check-heading")}</h2>
            <dl class="answers">
                <div class="answer"><dt>{tr("appointment-item")}</dt><dd><span>{item_name}</span></dd></div>
                <div class="answer"><dt>{tr("ready-where")}</dt><dd><span>{hall_name}</span></dd></div>
                <CheckRow label=Signal::derive(tr("book-when")) value=move || date_at_time(date, &start) change=move || on_change_slot.run(())/>
                <CheckRow label=Signal::derive(tr("book-name")) value=move || name.clone() change=move || on_change_field.run(DetailsField::Name)/>
                <CheckRow label=Signal::derive(tr("book-mobile")) value=move || mobile.clone() ltr=true change=move || on_change_field.run(DetailsField::Mobile)/>
                <CheckRow label=Signal::derive(tr("book-resident-id")) value=move || resident_id.clone() ltr=true change=move || on_change_field.run(DetailsField::ResidentId)/>
            </dl>
            <p class="hint">{tr("book-check-hint")}</p>
            <div class="step-actions">
                <button type="button" class="button" disabled=move || sending.get() on:click=move |_| on_confirm.run(())>
                    {move || if sending.get() { t("book-sending") } else { t("book-confirm") }}
                </button>
            </div>
        </section>
    }
}

/// The fields of the details form, by the names the API gives them in a
/// [`BookingRequest`] and in a [`FieldProblem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailsField {
    Name,
    Mobile,
    ResidentId,
}

impl DetailsField {
    /// In the order of the form.
    const ALL: [DetailsField; 3] = [DetailsField::Name, DetailsField::Mobile, DetailsField::ResidentId];

    /// The field's name in the API, also its input's `id` and `name`.
    fn api_name(self) -> &'static str {
        match self {
            DetailsField::Name => "name",
            DetailsField::Mobile => "mobile",
            DetailsField::ResidentId => "resident_id",
        }
    }

    fn label_id(self) -> &'static str {
        match self {
            DetailsField::Name => "book-name",
            DetailsField::Mobile => "book-mobile",
            DetailsField::ResidentId => "book-resident-id",
        }
    }

    fn autocomplete(self) -> &'static str {
        match self {
            DetailsField::Name => "name",
            DetailsField::Mobile => "tel",
            DetailsField::ResidentId => "off",
        }
    }

    fn inputmode(self) -> &'static str {
        match self {
            DetailsField::Mobile => "tel",
            DetailsField::Name | DetailsField::ResidentId => "text",
        }
    }

    /// What is wrong with this field among `problems`, if anything.
    fn problem_in(self, problems: &[FieldProblem]) -> Option<Problem> {
        problems.iter().find(|p| p.field == self.api_name()).map(|p| p.problem)
    }
}

/// What the citizen types into the details form, kept as typed while they move between
/// steps.
#[derive(Clone, Copy)]
struct Details {
    name: RwSignal<String>,
    mobile: RwSignal<String>,
    resident_id: RwSignal<String>,
}

thread_local! {
    /// What was typed into the details form, by hall and item, for this visit only: a citizen
    /// who leaves the booking (to read the guide again) and comes back finds it as typed. In
    /// memory, never in storage: gone when the tab closes or reloads, and cleared once booked.
    static DRAFTS: std::cell::RefCell<std::collections::HashMap<(String, String), [String; 3]>> = Default::default();
}

impl Details {
    /// The form for `hall` and `item`: as typed earlier in this visit, or empty.
    fn for_booking(hall: &str, item: &str) -> Details {
        let key = (hall.to_owned(), item.to_owned());
        let [name, mobile, resident_id] = DRAFTS.with(|drafts| drafts.borrow().get(&key).cloned()).unwrap_or_default();
        let details = Details { name: RwSignal::new(name), mobile: RwSignal::new(mobile), resident_id: RwSignal::new(resident_id) };
        // Every keystroke is kept for the visit.
        Effect::new(move |_| {
            let draft = [details.name.get(), details.mobile.get(), details.resident_id.get()];
            DRAFTS.with(|drafts| {
                let mut drafts = drafts.borrow_mut();
                if draft.iter().all(String::is_empty) {
                    drafts.remove(&key);
                } else {
                    drafts.insert(key.clone(), draft);
                }
            });
        });
        details
    }

    /// Forgets the form of `hall` and `item`: after a booking, the next one starts empty.
    fn forget(hall: &str, item: &str) {
        DRAFTS.with(|drafts| drafts.borrow_mut().remove(&(hall.to_owned(), item.to_owned())));
    }

    fn of(self, field: DetailsField) -> RwSignal<String> {
        match field {
            DetailsField::Name => self.name,
            DetailsField::Mobile => self.mobile,
            DetailsField::ResidentId => self.resident_id,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
// One step at a time lives in a signal; boxing the ticket would only add an allocation.
#[allow(clippy::large_enum_variant)]
enum Step {
    Slot,
    Details,
    /// The details passed [`check_booking`]; these checked values are shown and sent.
    Check(CheckedBooking),
    Done(Booking),
}

#[component]
fn BookingFlow(guide: ItemGuide, hall: HallRef, slots: ApiResource<HallSlots>) -> impl IntoView {
    let i18n = use_i18n();
    let api = StoredValue::new(use_api());
    let crumbs = vec![
        Crumb { label: hall.name.clone(), href: Route::Hall { code: hall.code.clone(), filter: Default::default() }.path() },
        Crumb { label: guide.name.clone(), href: Route::HallItem { hall: hall.code.clone(), item: guide.code.clone(), answers: Default::default() }.path() },
    ];
    let (hall_code, item_code) = (StoredValue::new(hall.code.clone()), StoredValue::new(guide.code.clone()));
    let (item_name, hall_name) = (StoredValue::new(guide.name.clone()), StoredValue::new(hall.name.clone()));
    let step = RwSignal::new(Step::Slot);
    let date = RwSignal::new(None::<Date>);
    let start = RwSignal::new(None::<String>);
    let details = Details::for_booking(&hall.code, &guide.code);
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let sending = RwSignal::new(false);
    // One key per distinct request: a retry of the same request reuses it.
    let last_key = StoredValue::new(None::<(String, BookingRequest)>);
    // The heading of the step on screen, and the inputs of the details form.
    let heading = NodeRef::<H2>::new();
    let inputs = DetailsField::ALL.map(|_| NodeRef::<Input>::new());
    // The field a "Change" on the check page goes back to: it takes the focus.
    let change_field = StoredValue::new(None::<DetailsField>);

    // The details as typed, with the chosen slot: what check_booking checks.
    let typed = move || BookingRequest {
        hall_code: hall_code.get_value(),
        item_code: item_code.get_value(),
        date: date.get_untracked().map(|d| d.to_string()).unwrap_or_default(),
        start: start.get_untracked().unwrap_or_default(),
        name: details.name.get_untracked(),
        mobile: details.mobile.get_untracked(),
        resident_id: details.resident_id.get_untracked(),
    };
    let today = move || Date::in_china((js_sys::Date::now() / 1000.0) as i64);
    // Focuses the first flagged field once the page shows its error: a screen reader then
    // reads that field with its error (`aria-describedby`), and a sighted reader sees where
    // to start. `false` when no field of the form is flagged.
    let focus_first_flagged = move || {
        let first = problems.with_untracked(|found| DetailsField::ALL.iter().position(|field| field.problem_in(found).is_some()));
        let Some(input) = first.map(|i| inputs[i]) else {
            return false;
        };
        request_animation_frame(move || {
            if let Some(input) = input.get_untracked() {
                let _ = input.focus();
            }
        });
        true
    };
    let checked = move || check_booking(&typed(), today());
    let pick = move |(d, s): (Date, String)| {
        date.set(Some(d));
        start.set(Some(s));
        failure.set(None);
        // A form not filled in yet (or half filled in earlier in the visit) is shown as it
        // is, without flagging what is still to type.
        if DetailsField::ALL.iter().any(|field| details.of(*field).with_untracked(String::is_empty)) {
            step.set(Step::Details);
            return;
        }
        // After a taken slot the details are already filled in: straight back to checking.
        match checked() {
            Ok(booking) => {
                problems.set(Vec::new());
                step.set(Step::Check(booking));
            }
            Err(found) => {
                problems.set(found);
                step.set(Step::Details);
            }
        }
    };
    let continue_details = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match checked() {
            Ok(booking) => {
                problems.set(Vec::new());
                step.set(Step::Check(booking));
            }
            // The form stays: no new step, so its first flagged field takes the focus here.
            Err(found) => {
                problems.set(found);
                focus_first_flagged();
            }
        }
    };
    let confirm = move |()| {
        let Step::Check(checked) = step.get_untracked() else {
            return;
        };
        let request = BookingRequest {
            hall_code: hall_code.get_value(),
            item_code: item_code.get_value(),
            date: checked.date.to_string(),
            start: checked.start,
            name: checked.name,
            mobile: checked.mobile,
            resident_id: checked.resident_id,
        };
        let key = match last_key.get_value() {
            Some((key, previous)) if previous == request => key,
            _ => new_key(),
        };
        last_key.set_value(Some((key.clone(), request.clone())));
        sending.set(true);
        failure.set(None);
        let api = api.get_value();
        leptos::task::spawn_local(async move {
            let answer = api.send(ApiWrite::book(&request, &key), i18n.lang.get_untracked()).await;
            sending.set(false);
            match answer {
                Ok(booking) => {
                    appointments_store::remember(&booking.appointment.reference, &booking.manage_token);
                    Details::forget(&hall_code.get_value(), &item_code.get_value());
                    for field in DetailsField::ALL {
                        details.of(field).set(String::new());
                    }
                    step.set(Step::Done(booking));
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                }
                Err(WriteFailure { failure: f, fields, .. }) if !fields.is_empty() => {
                    problems.set(fields);
                    failure.set(Some(f));
                    step.set(Step::Details);
                }
                Err(WriteFailure { failure: f @ ApiFailure::Api(ErrorCode::SlotTaken | ErrorCode::SlotNotFound), .. }) => {
                    failure.set(Some(f));
                    slots.refetch();
                    step.set(Step::Slot);
                }
                Err(WriteFailure { failure: f, .. }) => failure.set(Some(f)),
            }
        });
    };
    // Each step replaces the one before: bring its heading into view and give it focus,
    // so that a phone shows the new step from its top and screen readers announce it. A
    // form that comes back with flagged fields gives the first of them the focus instead.
    // Both wait for the next frame, when the new step is on the page.
    Effect::new(move |previous: Option<()>| {
        step.track();
        date.track();
        if previous.is_none() || (step.with_untracked(|s| *s == Step::Details) && focus_first_flagged()) {
            return;
        }
        if let Some(field) = change_field.get_value().take_if(|_| step.with_untracked(|s| *s == Step::Details)) {
            change_field.set_value(None);
            let input = inputs[DetailsField::ALL.iter().position(|f| *f == field).unwrap_or(0)];
            request_animation_frame(move || {
                if let Some(input) = input.get_untracked() {
                    let _ = input.focus();
                    input.scroll_into_view();
                }
            });
            return;
        }
        request_animation_frame(move || {
            if let Some(heading) = heading.get_untracked()
                && heading.is_connected()
            {
                let _ = heading.set_attribute("tabindex", "-1");
                let _ = heading.focus();
                heading.scroll_into_view();
            }
        });
    });
    let problem_of = move |field: DetailsField| Signal::derive(move || problems.with(|p| field.problem_in(p)));

    view! {
        <Breadcrumbs crumbs/>
        <h1>{t_args("book-title", &[("item", guide.name.clone().into())])}</h1>
        <p class="card-meta">{hall.name.clone()}" · "{hall.address.clone()}</p>
        <div class="share-line"><crate::components::share::ShareButton/></div>
        {move || failure.get().map(|f| view! { <p class="load-error" role="alert">{t(f.write_message_id())}</p> })}
        // Booked already that day, or the most bookings one person may hold: confirming again
        // cannot help. The ways on: move or cancel the other booking, or (for the day) choose
        // another day.
        {move || {
            let conflict = failure.get().and_then(|f| match f {
                ApiFailure::Api(code @ (ErrorCode::AlreadyBookedThatDay | ErrorCode::TooManyBookings)) => Some(code),
                _ => None,
            });
            conflict.map(|code| view! {
                <div class="booking-conflict step-actions">
                    <a class="button" href=Route::Appointments.path()>{tr("book-conflict-appointments")}</a>
                    {(code == ErrorCode::AlreadyBookedThatDay).then(|| view! {
                        <button type="button" class="button secondary" on:click=move |_| {
                            failure.set(None);
                            date.set(None);
                            step.set(Step::Slot);
                        }>{tr("book-conflict-other-day")}</button>
                    })}
                </div>
            })
        }}
        {move || match step.get() {
            // After a taken slot the nearest free times come first, right under the error,
            // and take the focus; the day's other times follow.
            Step::Slot if matches!(failure.get(), Some(ApiFailure::Api(ErrorCode::SlotTaken))) => view! {
                <NearestFree slots date start on_pick=pick heading/>
                <SlotPicker slots date on_pick=pick/>
            }.into_any(),
            Step::Slot => view! { <SlotPicker slots date on_pick=pick heading/> }.into_any(),
            Step::Details => view! {
                <form class="details-form" on:submit=continue_details novalidate>
                    <h2 class="step-heading" node_ref=heading>{tr("book-details-heading")}</h2>
                    <p class="hint">{tr("book-details-hint")}</p>
                    {DetailsField::ALL.into_iter().zip(inputs).map(|(field, input)| view! {
                        <Field field value=details.of(field) problem=problem_of(field) input/>
                    }).collect_view()}
                    <div class="step-actions">
                        <button type="submit" class="button">{tr("questions-continue")}</button>
                        <button type="button" class="button secondary" on:click=move |_| step.set(Step::Slot)>{tr("questions-back")}</button>
                    </div>
                </form>
            }.into_any(),
            Step::Check(checked) => view! {
                <CheckAnswers checked sending heading on_confirm=confirm item_name=item_name.get_value() hall_name=hall_name.get_value()
                    on_change_slot=move |()| step.set(Step::Slot) on_change_field=move |field: DetailsField| {
                        change_field.set_value(Some(field));
                        step.set(Step::Details);
                    }/>
            }.into_any(),
            Step::Done(booking) => view! { <Confirmation booking heading/> }.into_any(),
        }}
    }
}

/// A fresh Idempotency-Key: the browser's UUID where it has one.
fn new_key() -> String {
    let crypto = js_sys::Reflect::get(&window(), &"crypto".into()).ok();
    let uuid = crypto.and_then(|c| {
        let f: js_sys::Function = js_sys::Reflect::get(&c, &"randomUUID".into()).ok()?.dyn_into().ok()?;
        f.call0(&c).ok()?.as_string()
    });
    uuid.unwrap_or_else(|| format!("{:x}{:x}", (js_sys::Math::random() * 1e15) as u64, (js_sys::Math::random() * 1e15) as u64))
}

#[component]
fn Field(field: DetailsField, value: RwSignal<String>, problem: Signal<Option<Problem>>, input: NodeRef<Input>) -> impl IntoView {
    let id = field.api_name();
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:has-error=move || problem.get().is_some()>
            <label for=id>{tr(field.label_id())}</label>
            {
                let error_id = error_id.clone();
                move || problem.get().map(|p| view! { <p class="field-error" id=error_id.clone()>{problem_message(p)}</p> })
            }
            <input id=id name=id type="text" autocomplete=field.autocomplete() inputmode=field.inputmode() spellcheck="false" node_ref=input
                aria-invalid=move || problem.get().is_some().to_string()
                aria-describedby=move || problem.get().map(|_| error_id.clone())
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

#[component]
fn CheckRow(
    label: Signal<String>,
    value: impl Fn() -> String + Send + Sync + 'static,
    change: impl Fn() + Send + Sync + 'static,
    /// Digits and letters (a mobile, an ID): kept left to right in a right-to-left page.
    #[prop(optional)]
    ltr: bool,
) -> impl IntoView {
    view! {
        <div class="answer">
            <dt>{move || label.get()}</dt>
            <dd>
                <span dir=if ltr { "ltr" } else { "auto" } class:answer-code=ltr>{value}</span>
                // "Change" alone is ambiguous in a list of them: screen readers hear which.
                <button type="button" class="link-button" on:click=move |_| change()>
                    {tr("questions-change")}<span class="visually-hidden">" "{move || label.get()}</span>
                </button>
            </dd>
        </div>
    }
}

/// After a slot was taken: the nearest free times after the chosen one, one tap each.
#[component]
fn NearestFree(
    slots: ApiResource<HallSlots>,
    date: RwSignal<Option<Date>>,
    start: RwSignal<Option<String>>,
    #[prop(into)] on_pick: Callback<(Date, String)>,
    /// The list's heading, for the page to move focus to.
    heading: NodeRef<H2>,
) -> impl IntoView {
    let nearest = Memo::new(move |_| {
        let (Some(d), Some(s)) = (date.get(), start.get()) else {
            return Vec::new();
        };
        let Some(Ok(all)) = slots.get() else {
            return Vec::new();
        };
        // After the chosen time, never the chosen time itself: it was just taken, and until
        // the slots asked for again arrive, the ones on screen still show it with places.
        all.days
            .iter()
            .flat_map(|day| day.slots.iter().map(move |slot| (day.date, slot.start.clone(), slot.remaining)))
            .filter(|(day, time, remaining)| *remaining > 0 && (*day, time.as_str()) > (d, s.as_str()))
            .take(3)
            .map(|(day, time, _)| (day, time))
            .collect::<Vec<_>>()
    });
    move || {
        let free = nearest.get();
        (!free.is_empty() && date.get().is_some()).then(|| {
            view! {
                <section class="nearest-free">
                    <h2 class="step-heading" node_ref=heading>{t("book-nearest-free")}</h2>
                    <ul class="time-list">
                        {free.into_iter().map(|(day, time)| {
                            let label = date_at_time(day, &time);
                            let pick = time.clone();
                            view! { <li><button type="button" class="time-choice" on:click=move |_| on_pick.run((day, pick.clone()))>{label}</button></li> }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
