//! Booking an appointment: a day, a time with places left, the applicant's details (with
//! inline errors that keep what was typed), "check your answers", and the confirmation.
//!
//! The details live in memory only (kept for the visit by hall and item, so that leaving
//! the booking and coming back finds them): never in the URL or on the device. If the slot is
//! taken while the citizen fills in the form, they keep their details and are offered
//! the nearest free times.

use hall_model::appointments::{CheckedBooking, check_booking};
use hall_model::identity::DocumentType;
use hall_model::{Appointment, Booking, BookingRequest, Date, ErrorCode, FieldProblem, HallRef, HallSlots, ItemGuide, Problem, Route};
use leptos::html::{H2, Input, Select};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{ApiFailure, ApiRequest, ApiResource, ApiWrite, FailedPage, WriteFailure, problem_message, use_api};
use crate::appointments_store;
use crate::components::slot_picker::{SlotPicker, date_and_range, date_at_time};
use crate::components::{Breadcrumbs, Crumb, LoadError, Loading, set_page_title};
use crate::i18n::{t, t_args, tr, use_i18n};
use crate::pages::appointments::Confirmation;

#[component]
pub fn BookPage(hall: String, item: String) -> impl IntoView {
    let (hall_code, item_code) = (StoredValue::new(hall), StoredValue::new(item));
    let guide = ApiResource::new(move || ApiRequest::item_guide(Some(&hall_code.get_value()), &item_code.get_value()));
    let slots: ApiResource<HallSlots> = ApiResource::new(move || ApiRequest::slots(&hall_code.get_value(), &item_code.get_value()));
    // The tab says which page failed, as the error's heading does.
    let heading = Memo::new(move |_| match guide.get() {
        Some(Ok(g)) => t_args("book-title", &[("item", g.name.into())]),
        Some(Err(_)) => t(FailedPage::Booking.title_id()),
        None => String::new(),
    });
    set_page_title(move || heading.get());
    view! {
        <section class="page book">
            {move || match guide.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || guide.refetch() page=FailedPage::Booking/> }.into_any(),
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
/// accepted them (the names with their spaces tidied, the mobile and the document number
/// normalised), shown in full so that a typo can be caught (they are in memory only; after
/// confirmation they are shown masked), each with a Change button back to its own field,
/// and the button that books. Booked for someone else, the applicant's details come first,
/// then the agent's.
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
    /// When the chosen slot ends, when known: the check page then gives the whole span.
    #[prop(default = None)]
    end: Option<String>,
) -> impl IntoView {
    let CheckedBooking { date, start, name, mobile, document_type, document_number, agent_name } = checked;
    let on_behalf = agent_name.is_some();
    let label = move |field: DetailsField| Signal::derive(move || field.label(on_behalf, document_type));
    let change = move |field: DetailsField| move || on_change_field.run(field);
    view! {
        <section class="check-answers">
            <h2 class="step-heading" node_ref=heading>{tr("book-check-heading")}</h2>
            <dl class="answers">
                <div class="answer"><dt>{tr("appointment-item")}</dt><dd><span>{item_name}</span></dd></div>
                <div class="answer"><dt>{tr("ready-where")}</dt><dd><span>{hall_name}</span></dd></div>
                <CheckRow label=Signal::derive(tr("book-when")) value=move || match &end {
                    Some(end) => date_and_range(date, &start, end),
                    None => date_at_time(date, &start),
                } change=move || on_change_slot.run(())/>
                <CheckRow label=label(DetailsField::ForWhom) value=move || t(if on_behalf { "book-for-other" } else { "book-for-self" }) change=change(DetailsField::ForWhom)/>
                <CheckRow label=label(DetailsField::Name) value=move || name.clone() change=change(DetailsField::Name)/>
                <CheckRow label=label(DetailsField::DocumentType) value=move || document_type_label(document_type) change=change(DetailsField::DocumentType)/>
                <CheckRow label=label(DetailsField::DocumentNumber) value=move || document_number.clone() ltr=true change=change(DetailsField::DocumentNumber)/>
                {agent_name.map(|agent| view! {
                    <CheckRow label=label(DetailsField::AgentName) value=move || agent.clone() change=change(DetailsField::AgentName)/>
                })}
                <CheckRow label=label(DetailsField::Mobile) value=move || mobile.clone() ltr=true change=change(DetailsField::Mobile)/>
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

/// The ticket's rows about the person, masked: the name, the mobile and the document
/// (labelled by its type); booked for someone else, the applicant's name and document, then
/// the agent's name and mobile.
#[component]
pub fn TicketPerson(appointment: Appointment) -> impl IntoView {
    let Appointment { name, mobile_masked, resident_id_masked, document_type, document_masked, on_behalf, agent_name, .. } = appointment;
    // Answers kept from before document types hold the masked resident ID only.
    let document = if document_masked.is_empty() { resident_id_masked } else { document_masked };
    let document = view! { <div><dt>{move || document_number_label(document_type)}</dt><dd><span dir="ltr">{document}</span></dd></div> };
    if on_behalf {
        view! {
            <div><dt>{tr("book-applicant-name")}</dt><dd><span dir="auto">{name}</span></dd></div>
            {document}
            {agent_name.map(|agent| view! { <div><dt>{tr("book-agent-name")}</dt><dd><span dir="auto">{agent}</span></dd></div> })}
            <div><dt>{tr("book-agent-mobile")}</dt><dd><span dir="ltr">{mobile_masked}</span></dd></div>
        }
        .into_any()
    } else {
        view! {
            <div><dt>{tr("book-name")}</dt><dd><span dir="auto">{name}</span></dd></div>
            <div><dt>{tr("book-mobile")}</dt><dd><span dir="ltr">{mobile_masked}</span></dd></div>
            {document}
        }
        .into_any()
    }
}

/// The name of a document type, as the form's list and the check page show it.
pub fn document_type_label(kind: DocumentType) -> String {
    match kind {
        DocumentType::ResidentId => t("book-document-resident-id"),
        DocumentType::HkMacauPermit => t("book-document-hk-macau-permit"),
        DocumentType::TaiwanPermit => t("book-document-taiwan-permit"),
        DocumentType::ResidencePermit => t("book-document-residence-permit"),
        DocumentType::ForeignPermanentResidence => t("book-document-foreign-permanent"),
        DocumentType::Passport => t("book-document-passport"),
    }
}

/// The label of a document's number ("居民身份证号码", "护照号码"…): the form's field, the
/// check page's row and the ticket's.
pub fn document_number_label(kind: DocumentType) -> String {
    match kind {
        DocumentType::ResidentId => t("book-resident-id"),
        DocumentType::HkMacauPermit => t("book-number-hk-macau-permit"),
        DocumentType::TaiwanPermit => t("book-number-taiwan-permit"),
        DocumentType::ResidencePermit => t("book-number-residence-permit"),
        DocumentType::ForeignPermanentResidence => t("book-number-foreign-permanent"),
        DocumentType::Passport => t("book-number-passport"),
    }
}

/// The fields of the details form, by the names the API gives them in a
/// [`BookingRequest`] and in a [`FieldProblem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailsField {
    /// Myself, or someone else (the radio buttons).
    ForWhom,
    /// The applicant's name.
    Name,
    /// The list of documents.
    DocumentType,
    DocumentNumber,
    /// Only when booking for someone else.
    AgentName,
    /// The applicant's, or the agent's when booking for someone else.
    Mobile,
}

impl DetailsField {
    /// The typed fields, in the order of the form: those a problem can flag.
    const TYPED: [DetailsField; 4] = [DetailsField::Name, DetailsField::DocumentNumber, DetailsField::AgentName, DetailsField::Mobile];

    /// The field's name in the API, also its control's `id` and `name`.
    fn api_name(self) -> &'static str {
        match self {
            DetailsField::ForWhom => "on_behalf",
            DetailsField::Name => "name",
            DetailsField::DocumentType => "document_type",
            DetailsField::DocumentNumber => "document_number",
            DetailsField::AgentName => "agent_name",
            DetailsField::Mobile => "mobile",
        }
    }

    /// The field's label: the names and the mobile say whose they are when booking for
    /// someone else, and the number names its document.
    fn label(self, on_behalf: bool, document: DocumentType) -> String {
        match self {
            DetailsField::ForWhom => t("book-for-whom"),
            DetailsField::Name if on_behalf => t("book-applicant-name"),
            DetailsField::Name => t("book-name"),
            DetailsField::DocumentType => t("book-document-type"),
            DetailsField::DocumentNumber => document_number_label(document),
            DetailsField::AgentName => t("book-agent-name"),
            DetailsField::Mobile if on_behalf => t("book-agent-mobile"),
            DetailsField::Mobile => t("book-mobile"),
        }
    }

    fn autocomplete(self, on_behalf: bool) -> &'static str {
        match self {
            // The browser's own name is the agent's when booking for someone else.
            DetailsField::Name if on_behalf => "off",
            DetailsField::Name | DetailsField::AgentName => "name",
            DetailsField::Mobile => "tel",
            _ => "off",
        }
    }

    fn inputmode(self) -> &'static str {
        match self {
            DetailsField::Mobile => "tel",
            _ => "text",
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
    on_behalf: RwSignal<bool>,
    name: RwSignal<String>,
    document_type: RwSignal<DocumentType>,
    document_number: RwSignal<String>,
    agent_name: RwSignal<String>,
    mobile: RwSignal<String>,
}

/// The details form as typed, for the visit.
#[derive(Clone, Default, PartialEq)]
struct Draft {
    on_behalf: bool,
    name: String,
    document_type: DocumentType,
    document_number: String,
    agent_name: String,
    mobile: String,
}

thread_local! {
    /// What was typed into the details form, by hall and item, for this visit only: a citizen
    /// who leaves the booking (to read the guide again) and comes back finds it as typed. In
    /// memory, never in storage: gone when the tab closes or reloads, and cleared once booked.
    static DRAFTS: std::cell::RefCell<std::collections::HashMap<(String, String), Draft>> = Default::default();
}

impl Details {
    /// The form for `hall` and `item`: as typed earlier in this visit, or empty.
    fn for_booking(hall: &str, item: &str) -> Details {
        let key = (hall.to_owned(), item.to_owned());
        let draft = DRAFTS.with(|drafts| drafts.borrow().get(&key).cloned()).unwrap_or_default();
        let details = Details {
            on_behalf: RwSignal::new(draft.on_behalf),
            name: RwSignal::new(draft.name),
            document_type: RwSignal::new(draft.document_type),
            document_number: RwSignal::new(draft.document_number),
            agent_name: RwSignal::new(draft.agent_name),
            mobile: RwSignal::new(draft.mobile),
        };
        // Every keystroke is kept for the visit.
        Effect::new(move |_| {
            let draft = details.draft();
            DRAFTS.with(|drafts| {
                let mut drafts = drafts.borrow_mut();
                if draft == Draft::default() {
                    drafts.remove(&key);
                } else {
                    drafts.insert(key.clone(), draft);
                }
            });
        });
        details
    }

    fn draft(self) -> Draft {
        Draft {
            on_behalf: self.on_behalf.get(),
            name: self.name.get(),
            document_type: self.document_type.get(),
            document_number: self.document_number.get(),
            agent_name: self.agent_name.get(),
            mobile: self.mobile.get(),
        }
    }

    /// Forgets the form of `hall` and `item`: after a booking, the next one starts empty.
    fn forget(self, hall: &str, item: &str) {
        DRAFTS.with(|drafts| drafts.borrow_mut().remove(&(hall.to_owned(), item.to_owned())));
        self.on_behalf.set(false);
        self.document_type.set(DocumentType::default());
        for field in DetailsField::TYPED {
            self.of(field).set(String::new());
        }
    }

    /// The text of a typed field.
    fn of(self, field: DetailsField) -> RwSignal<String> {
        match field {
            DetailsField::AgentName => self.agent_name,
            DetailsField::Mobile => self.mobile,
            DetailsField::DocumentNumber => self.document_number,
            _ => self.name,
        }
    }

    /// The typed fields the form asks for now (the agent's name only for someone else).
    fn asked(self) -> impl Iterator<Item = DetailsField> {
        let on_behalf = self.on_behalf.get_untracked();
        DetailsField::TYPED.into_iter().filter(move |field| on_behalf || *field != DetailsField::AgentName)
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
    // After `booking_suspended` (the no-show rule): the first day online booking opens again.
    let may_book_from = RwSignal::new(None::<hall_model::Date>);
    let sending = RwSignal::new(false);
    // One key per distinct request: a retry of the same request reuses it.
    let last_key = StoredValue::new(None::<(String, BookingRequest)>);
    // The heading of the step on screen, and the controls of the details form.
    let heading = NodeRef::<H2>::new();
    let inputs = DetailsField::TYPED.map(|_| NodeRef::<Input>::new());
    let for_whom_first = NodeRef::<Input>::new();
    let document_select = NodeRef::<Select>::new();
    // The control of a field, to give it the focus.
    let control = move |field: DetailsField| -> Option<web_sys::HtmlElement> {
        match field {
            DetailsField::ForWhom => for_whom_first.get_untracked().map(JsCast::unchecked_into),
            DetailsField::DocumentType => document_select.get_untracked().map(JsCast::unchecked_into),
            typed => DetailsField::TYPED.iter().position(|f| *f == typed).and_then(|i| inputs[i].get_untracked()).map(JsCast::unchecked_into),
        }
    };
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
        document_type: details.document_type.get_untracked(),
        document_number: details.document_number.get_untracked(),
        on_behalf: details.on_behalf.get_untracked(),
        agent_name: details.agent_name.get_untracked(),
    };
    let today = move || Date::in_china((js_sys::Date::now() / 1000.0) as i64);
    // Focuses the first flagged field once the page shows its error: a screen reader then
    // reads that field with its error (`aria-describedby`), and a sighted reader sees where
    // to start. `false` when no field of the form is flagged.
    let focus_first_flagged = move || {
        let first = problems.with_untracked(|found| details.asked().find(|field| field.problem_in(found).is_some()));
        let Some(field) = first else {
            return false;
        };
        request_animation_frame(move || {
            if let Some(input) = control(field) {
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
        if details.asked().any(|field| details.of(field).with_untracked(String::is_empty)) {
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
        let request = checked.request(&hall_code.get_value(), &item_code.get_value());
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
                    details.forget(&hall_code.get_value(), &item_code.get_value());
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
                Err(WriteFailure { failure: f, may_book_from: from, .. }) => {
                    may_book_from.set(from);
                    failure.set(Some(f));
                }
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
            request_animation_frame(move || {
                if let Some(input) = control(field) {
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
        {move || failure.get().map(|f| {
            let message = match (&f, may_book_from.get()) {
                (ApiFailure::Api(ErrorCode::BookingSuspended), Some(from)) => {
                    t_args("error-booking-suspended-until", &[("date", crate::components::slot_picker::day_label(from).into())])
                }
                _ => t(f.write_message_id()),
            };
            view! { <p class="load-error" role="alert">{message}</p> }
        })}
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
                    <ForWhom on_behalf=details.on_behalf first=for_whom_first/>
                    {move || details.on_behalf.get().then(|| view! { <h3 class="details-part">{tr("book-applicant-heading")}</h3> })}
                    <Field field=DetailsField::Name details problem=problem_of(DetailsField::Name) input=inputs[0]/>
                    <DocumentChoice chosen=details.document_type select=document_select on_choose=move |()| {
                        // A problem found in the number of another document no longer applies.
                        problems.update(|found| found.retain(|p| p.field != DetailsField::DocumentNumber.api_name()));
                    }/>
                    <Field field=DetailsField::DocumentNumber details problem=problem_of(DetailsField::DocumentNumber) input=inputs[1]/>
                    {move || details.on_behalf.get().then(|| view! {
                        <h3 class="details-part">{tr("book-agent-heading")}</h3>
                        <Field field=DetailsField::AgentName details problem=problem_of(DetailsField::AgentName) input=inputs[2]/>
                    })}
                    <Field field=DetailsField::Mobile details problem=problem_of(DetailsField::Mobile) input=inputs[3]/>
                    <div class="step-actions">
                        <button type="submit" class="button">{tr("questions-continue")}</button>
                        <button type="button" class="button secondary" on:click=move |_| step.set(Step::Slot)>{tr("questions-back")}</button>
                    </div>
                </form>
            }.into_any(),
            Step::Check(checked) => view! {
                <CheckAnswers end=slot_end(slots, checked.date, &checked.start) checked sending heading on_confirm=confirm item_name=item_name.get_value() hall_name=hall_name.get_value()
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

/// "Who is this appointment for?": myself, or someone else (the agent books for the
/// applicant, as the national platform's 代办 does).
#[component]
fn ForWhom(on_behalf: RwSignal<bool>, first: NodeRef<Input>) -> impl IntoView {
    view! {
        <fieldset class="for-whom" aria-describedby="on_behalf-hint">
            <legend>{tr("book-for-whom")}</legend>
            <div class="choices">
                <label class="choice">
                    <input type="radio" name="on_behalf" id="on_behalf_self" value="self" node_ref=first
                        prop:checked=move || !on_behalf.get() on:change=move |_| on_behalf.set(false)/>
                    <span><strong>{tr("book-for-self")}</strong></span>
                </label>
                <label class="choice">
                    <input type="radio" name="on_behalf" id="on_behalf_other" value="other"
                        prop:checked=move || on_behalf.get() on:change=move |_| on_behalf.set(true)/>
                    <span><strong>{tr("book-for-other")}</strong></span>
                </label>
            </div>
            // Outside the labels, so that each radio button is named by its choice alone.
            <p class="hint" id="on_behalf-hint">{tr("book-for-other-hint")}</p>
        </fieldset>
    }
}

/// The applicant's document: one of [`DocumentType::ALL`].
#[component]
fn DocumentChoice(chosen: RwSignal<DocumentType>, select: NodeRef<Select>, #[prop(into)] on_choose: Callback<()>) -> impl IntoView {
    let id = DetailsField::DocumentType.api_name();
    view! {
        <div class="field">
            <label for=id>{tr("book-document-type")}</label>
            <select id=id name=id node_ref=select on:change=move |ev| {
                if let Some(kind) = DocumentType::from_name(&event_target_value(&ev)) {
                    chosen.set(kind);
                    on_choose.run(());
                }
            }>
                {DocumentType::ALL.into_iter().map(|kind| view! {
                    <option value=kind.as_str() selected=move || chosen.get() == kind>{move || document_type_label(kind)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn Field(field: DetailsField, details: Details, problem: Signal<Option<Problem>>, input: NodeRef<Input>) -> impl IntoView {
    let id = field.api_name();
    let error_id = format!("{id}-error");
    let value = details.of(field);
    let label = move || field.label(details.on_behalf.get(), details.document_type.get());
    view! {
        <div class="field" class:has-error=move || problem.get().is_some()>
            <label for=id>{label}</label>
            {
                let error_id = error_id.clone();
                move || problem.get().map(|p| view! { <p class="field-error" id=error_id.clone()>{problem_message(p)}</p> })
            }
            <input id=id name=id type="text" autocomplete=move || field.autocomplete(details.on_behalf.get()) inputmode=field.inputmode() spellcheck="false" node_ref=input
                aria-invalid=move || problem.get().is_some().to_string()
                aria-describedby=move || problem.get().map(|_| error_id.clone())
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

/// When the slot starting at `start` on `date` ends, from the hall's slots as loaded.
fn slot_end(slots: ApiResource<HallSlots>, date: Date, start: &str) -> Option<String> {
    // Read once: a later refetch of the slots does not redraw the check page.
    let days = untrack(|| slots.get())?.ok()?.days;
    let day = days.into_iter().find(|d| d.date == date)?;
    day.slots.into_iter().find(|s| s.start == start).map(|s| s.end)
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
