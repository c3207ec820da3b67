//! Booking an appointment: a day, a time with places left, the applicant's details (with
//! inline errors that keep what was typed), "check your answers", and the confirmation.
//!
//! The details live in memory only: never in the URL or on the device. If the slot is
//! taken while the citizen fills in the form, they keep their details and are offered
//! the nearest free times.

use hall_model::appointments::check_booking;
use hall_model::identity::{mask_mobile, mask_resident_id};
use hall_model::{Booking, BookingRequest, Date, FieldProblem, HallSlots, ItemGuide, Problem, Route};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{ApiFailure, ApiRequest, ApiResource, ApiWrite, WriteFailure, problem_message, use_api};
use crate::appointments_store;
use crate::components::slot_picker::{SlotPicker, date_at_time};
use crate::components::{Breadcrumbs, Crumb, LoadError, Loading, set_page_title};
use crate::i18n::{t, t_args, tr, use_i18n};
use crate::pages::appointments::Confirmation;

#[derive(Debug, Clone, PartialEq)]
// One step at a time lives in a signal; boxing the ticket would only add an allocation.
#[allow(clippy::large_enum_variant)]
enum Step {
    Slot,
    Details,
    Check,
    Done(Booking),
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
                Some(Ok(guide)) => view! { <BookingFlow guide slots/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn BookingFlow(guide: ItemGuide, slots: ApiResource<HallSlots>) -> impl IntoView {
    let i18n = use_i18n();
    let api = StoredValue::new(use_api());
    let hall = guide.hall.clone().expect("a hall guide names its hall");
    let crumbs = vec![
        Crumb { label: hall.name.clone(), href: Route::Hall { code: hall.code.clone(), filter: Default::default() }.path() },
        Crumb { label: guide.name.clone(), href: Route::HallItem { hall: hall.code.clone(), item: guide.code.clone(), answers: Default::default() }.path() },
    ];
    let (hall_code, item_code) = (StoredValue::new(hall.code.clone()), StoredValue::new(guide.code.clone()));
    let step = RwSignal::new(Step::Slot);
    let date = RwSignal::new(None::<Date>);
    let start = RwSignal::new(None::<String>);
    let (name, mobile, resident_id) = (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let failure = RwSignal::new(None::<ApiFailure>);
    let sending = RwSignal::new(false);
    // One key per distinct request: a retry of the same request reuses it.
    let last_key = StoredValue::new(None::<(String, BookingRequest)>);

    let request = move || BookingRequest {
        hall_code: hall_code.get_value(),
        item_code: item_code.get_value(),
        date: date.get_untracked().map(|d| d.to_string()).unwrap_or_default(),
        start: start.get_untracked().unwrap_or_default(),
        name: name.get_untracked(),
        mobile: mobile.get_untracked(),
        resident_id: resident_id.get_untracked(),
    };
    let today = move || Date::in_china((js_sys::Date::now() / 1000.0) as i64);
    let pick = move |(d, s): (Date, String)| {
        date.set(Some(d));
        start.set(Some(s));
        failure.set(None);
        // After a taken slot the details are already filled in: straight back to checking.
        step.set(if name.get_untracked().is_empty() { Step::Details } else { Step::Check });
    };
    let continue_details = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match check_booking(&request(), today()) {
            Ok(_) => {
                problems.set(Vec::new());
                step.set(Step::Check);
            }
            Err(found) => {
                problems.set(found);
                crate::components::focus_first_invalid();
            }
        }
    };
    let confirm = move |_| {
        let request = request();
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
                    step.set(Step::Done(booking));
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                }
                Err(WriteFailure { failure: f, fields, .. }) if !fields.is_empty() => {
                    problems.set(fields);
                    failure.set(Some(f));
                    step.set(Step::Details);
                }
                Err(WriteFailure { failure: f @ ApiFailure::Api(hall_model::ErrorCode::SlotTaken | hall_model::ErrorCode::SlotNotFound), .. }) => {
                    failure.set(Some(f));
                    slots.refetch();
                    step.set(Step::Slot);
                }
                Err(WriteFailure { failure: f, .. }) => failure.set(Some(f)),
            }
        });
    };
    // Each step replaces the one before: bring its heading into view and give it focus,
    // so that a phone shows the new step from its top and screen readers announce it.
    Effect::new(move |previous: Option<()>| {
        step.track();
        date.track();
        if previous.is_some()
            && let Some(heading) = document().query_selector(".book .step-heading, .book .done-heading").ok().flatten()
            && let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = heading.set_attribute("tabindex", "-1");
            let _ = heading.focus();
            heading.scroll_into_view();
        }
    });
    let problem_of = move |field: &'static str| Signal::derive(move || problems.with(|p| p.iter().find(|x| x.field == field).map(|x| x.problem)));

    view! {
        <Breadcrumbs crumbs/>
        <h1>{t_args("book-title", &[("item", guide.name.clone().into())])}</h1>
        <p class="card-meta">{hall.name.clone()}" · "{hall.address.clone()}</p>
        <div class="share-line"><crate::components::share::ShareButton/></div>
        {move || failure.get().map(|f| view! { <p class="load-error" role="alert">{t(f.write_message_id())}</p> })}
        {move || match step.get() {
            Step::Slot => view! {
                <SlotPicker slots date on_pick=pick/>
                <Show when=move || matches!(failure.get(), Some(ApiFailure::Api(hall_model::ErrorCode::SlotTaken)))>
                    <NearestFree slots date start on_pick=pick/>
                </Show>
            }.into_any(),
            Step::Details => view! {
                <form class="details-form" on:submit=continue_details novalidate>
                    <h2 class="step-heading">{tr("book-details-heading")}</h2>
                    <p class="hint">{tr("book-details-hint")}</p>
                    <Field id="name" label=Signal::derive(tr("book-name")) value=name problem=problem_of("name") autocomplete="name" inputmode="text"/>
                    <Field id="mobile" label=Signal::derive(tr("book-mobile")) value=mobile problem=problem_of("mobile") autocomplete="tel" inputmode="tel"/>
                    <Field id="resident_id" label=Signal::derive(tr("book-resident-id")) value=resident_id problem=problem_of("resident_id") autocomplete="off" inputmode="text"/>
                    <div class="step-actions">
                        <button type="submit" class="button">{tr("questions-continue")}</button>
                        <button type="button" class="button secondary" on:click=move |_| step.set(Step::Slot)>{tr("questions-back")}</button>
                    </div>
                </form>
            }.into_any(),
            Step::Check => view! {
                <section class="check-answers">
                    <h2 class="step-heading">{tr("book-check-heading")}</h2>
                    <dl class="answers">
                        <CheckRow label=Signal::derive(tr("book-when")) value=move || date.get().map(|d| date_at_time(d, &start.get().unwrap_or_default())).unwrap_or_default()
                            change=move || step.set(Step::Slot)/>
                        <CheckRow label=Signal::derive(tr("book-name")) value=move || name.get() change=move || step.set(Step::Details)/>
                        <CheckRow label=Signal::derive(tr("book-mobile")) value=move || mask_mobile(&mobile.get().replace([' ', '-'], "")) change=move || step.set(Step::Details)/>
                        <CheckRow label=Signal::derive(tr("book-resident-id")) value=move || mask_resident_id(&resident_id.get().replace(' ', "").to_uppercase()) change=move || step.set(Step::Details)/>
                    </dl>
                    <p class="hint">{tr("book-check-hint")}</p>
                    <div class="step-actions">
                        <button type="button" class="button" disabled=move || sending.get() on:click=confirm>
                            {move || if sending.get() { t("book-sending") } else { t("book-confirm") }}
                        </button>
                    </div>
                </section>
            }.into_any(),
            Step::Done(booking) => view! { <Confirmation booking/> }.into_any(),
        }}
    }
}

#[component]
fn Field(
    id: &'static str,
    label: Signal<String>,
    value: RwSignal<String>,
    problem: Signal<Option<Problem>>,
    autocomplete: &'static str,
    inputmode: &'static str,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:has-error=move || problem.get().is_some()>
            <label for=id>{move || label.get()}</label>
            {
                let error_id = error_id.clone();
                move || problem.get().map(|p| view! { <p class="field-error" id=error_id.clone()>{problem_message(p)}</p> })
            }
            <input id=id name=id type="text" autocomplete=autocomplete inputmode=inputmode spellcheck="false"
                aria-invalid=move || problem.get().is_some().to_string()
                aria-describedby=move || problem.get().map(|_| error_id.clone())
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

#[component]
fn CheckRow(label: Signal<String>, value: impl Fn() -> String + Send + Sync + 'static, change: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <div class="answer">
            <dt>{move || label.get()}</dt>
            <dd>
                <span dir="auto">{value}</span>
                <button type="button" class="link-button" on:click=move |_| change()>{tr("questions-change")}</button>
            </dd>
        </div>
    }
}

/// After a slot was taken: the nearest free times from the chosen one on, one tap each.
#[component]
fn NearestFree(
    slots: ApiResource<HallSlots>,
    date: RwSignal<Option<Date>>,
    start: RwSignal<Option<String>>,
    #[prop(into)] on_pick: Callback<(Date, String)>,
) -> impl IntoView {
    let nearest = Memo::new(move |_| {
        let (Some(d), Some(s)) = (date.get(), start.get()) else {
            return Vec::new();
        };
        let Some(Ok(all)) = slots.get() else {
            return Vec::new();
        };
        all.days
            .iter()
            .flat_map(|day| day.slots.iter().map(move |slot| (day.date, slot.start.clone(), slot.remaining)))
            .filter(|(day, time, remaining)| *remaining > 0 && (*day, time.as_str()) >= (d, s.as_str()))
            .take(3)
            .map(|(day, time, _)| (day, time))
            .collect::<Vec<_>>()
    });
    move || {
        let free = nearest.get();
        (!free.is_empty() && date.get().is_some()).then(|| {
            view! {
                <section class="nearest-free">
                    <h3>{t("book-nearest-free")}</h3>
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
