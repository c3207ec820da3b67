//! A hall's day: counts at the top, every appointment by time with its state, filters by
//! item, window and state, a printable day sheet and a CSV export; window staff record
//! arrivals, service and no-shows from the list; hall and region admins close the day
//! or part of it. The list refreshes every 30 seconds, so colleagues' check-ins show.

use hall_model::{ClosureDone, DayAppointment, DayState, HallDay, NewClosure, StaffRole};
use leptos::prelude::*;

use crate::api::{self, Failure, SessionSignal, state_label};
use crate::check_in::StateButtons;
use crate::i18n::{date_label, t, t_args};
use crate::view_state::ViewState;

/// The hall being looked at: the account's halls to pick from, or (region admins, the
/// hotline) a hall code to type.
#[component]
pub fn HallPicker() -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let state = expect_context::<ViewState>();
    let halls = move || session.get().map(|s| s.scope.halls).unwrap_or_default();
    let draft = RwSignal::new(state.hall.get_untracked());
    // The halls' names, from the public API: a clerk knows the hall, not its code.
    let names = LocalResource::new(move || {
        let halls = halls();
        crate::i18n::lang();
        async move {
            let mut names = std::collections::HashMap::new();
            for code in halls {
                if let Ok(hall) = api::get::<hall_model::Hall>(&format!("/halls/{}", api::segment(&code))).await {
                    names.insert(code, hall.name);
                }
            }
            names
        }
    });
    view! {
        <label class="field-inline">
            <span>{move || t("hall")}</span>
            {move || {
                let halls = halls();
                if halls.is_empty() {
                    view! {
                        <input class="hall-input" inputmode="text" maxlength="40" spellcheck="false" placeholder=move || t("hall-code-placeholder")
                            prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))
                            on:change=move |_| state.hall.set(draft.get_untracked().trim().to_owned())/>
                    }.into_any()
                } else {
                    view! {
                        <select class="hall-select" on:change=move |ev| state.hall.set(event_target_value(&ev))>
                            {halls.into_iter().map(|code| {
                                let selected = code == state.hall.get_untracked();
                                let label = {
                                    let code = code.clone();
                                    move || names.get().and_then(|n| n.get(&code).cloned()).map_or_else(|| code.clone(), |name| format!("{name} ({code})"))
                                };
                                view! { <option value=code.clone() selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    }.into_any()
                }
            }}
        </label>
    }
}

/// The day's list, asked again when the hall, the day or an appointment changes.
pub fn day_resource() -> LocalResource<Option<Result<HallDay, Failure>>> {
    let state = expect_context::<ViewState>();
    LocalResource::new(move || {
        let (hall, date) = (state.hall.get(), state.date.get());
        state.changed.track();
        async move {
            if hall.is_empty() {
                return None;
            }
            let answer = api::get::<HallDay>(&format!("/console/halls/{}/day?date={date}", api::segment(&hall))).await;
            if let Err(failure) = &answer {
                crate::note_failure(failure);
            }
            Some(answer)
        }
    })
}

#[component]
pub fn DayList() -> impl IntoView {
    let state = expect_context::<ViewState>();
    let session = expect_context::<SessionSignal>();
    let day = day_resource();
    // Colleagues check people in too: the list is asked again every 30 seconds.
    let refresh = set_interval_with_handle(move || state.changed.update(|n| *n += 1), std::time::Duration::from_secs(30)).ok();
    on_cleanup(move || {
        if let Some(handle) = refresh {
            handle.clear();
        }
    });
    let item = RwSignal::new(String::new());
    let window = RwSignal::new(String::new());
    let shown_state = RwSignal::new(String::new());
    let role = move || session.get().map(|s| s.scope.role);
    let latest = Memo::new(move |_| day.get().flatten().and_then(Result::ok));
    // The closure form is made once per showing: a refreshed list must not reset it.
    let shows_closures = Memo::new(move |_| role().is_some_and(|r| r.reads_audit()) && latest.with(Option::is_some));
    view! {
        <section class="panel day" role="tabpanel" aria-labelledby="tab-day">
            {move || match day.get().flatten() {
                None => match state.hall.get().is_empty() {
                    true => view! { <p class="quiet">{move || t("hall-choose")}</p> }.into_any(),
                    false => view! { <p class="quiet" role="status">{move || t("loading")}</p> }.into_any(),
                },
                Some(Err(failure)) => view! { <p class="error" role="alert">{failure.text()}</p> }.into_any(),
                Some(Ok(day)) => {
                    let day = StoredValue::new(day);
                    let rows = Memo::new(move |_| {
                        let (item, window, shown) = (item.get(), window.get(), shown_state.get());
                        day.with_value(|d| d.appointments.iter().filter(|a| {
                            (item.is_empty() || a.item_code == item)
                                && (window.is_empty() || a.window.as_deref() == Some(window.as_str()))
                                && (shown.is_empty() || a.state.as_str() == shown)
                        }).cloned().collect::<Vec<_>>())
                    });
                    let items = day.with_value(|d| {
                        let mut items: Vec<(String, String)> = d.appointments.iter().map(|a| (a.item_code.clone(), a.item_name.clone())).collect();
                        items.sort();
                        items.dedup();
                        items
                    });
                    let windows = day.with_value(|d| {
                        let mut windows: Vec<String> = d.appointments.iter().filter_map(|a| a.window.clone()).collect();
                        windows.sort();
                        windows.dedup();
                        windows
                    });
                    let heading = day.with_value(|d| (d.hall_name.clone(), d.date));
                    let counts = day.with_value(|d| d.counts.clone());
                    view! {
                        <h1 class="day-heading">{heading.0.clone()}" · "{move || date_label(heading.1)}</h1>
                        <p class="print-only quiet">{move || t_args("printed-at", &[("time", js_sys::Date::new_0().to_locale_string(crate::i18n::lang().tag(), &wasm_bindgen::JsValue::UNDEFINED).as_string().unwrap_or_default().into())])}</p>
                        <dl class="counts">
                            <div><dt>{move || t("count-total")}</dt><dd>{counts.total}</dd></div>
                            <div><dt>{move || t("state-booked")}</dt><dd>{counts.booked}</dd></div>
                            <div><dt>{move || t("state-arrived")}</dt><dd>{counts.arrived}</dd></div>
                            <div><dt>{move || t("state-served")}</dt><dd>{counts.served}</dd></div>
                            <div><dt>{move || t("state-no-show")}</dt><dd>{counts.no_show}</dd></div>
                            <div><dt>{move || t("count-cancelled")}</dt><dd>{counts.cancelled}</dd></div>
                        </dl>
                        <div class="filters no-print">
                            <label class="field-inline"><span>{move || t("filter-item")}</span>
                                <select class="filter-item" on:change=move |ev| item.set(event_target_value(&ev))>
                                    <option value="">{move || t("filter-all")}</option>
                                    {items.into_iter().map(|(code, name)| view! { <option value=code.clone() prop:selected=move || item.get() == code>{name}</option> }).collect_view()}
                                </select>
                            </label>
                            <label class="field-inline"><span>{move || t("filter-window")}</span>
                                <select class="filter-window" on:change=move |ev| window.set(event_target_value(&ev))>
                                    <option value="">{move || t("filter-all")}</option>
                                    {windows.into_iter().map(|w| view! { <option value=w.clone() prop:selected=move || window.get() == w>{w.clone()}</option> }).collect_view()}
                                </select>
                            </label>
                            <label class="field-inline"><span>{move || t("filter-state")}</span>
                                <select class="filter-state" on:change=move |ev| shown_state.set(event_target_value(&ev))>
                                    <option value="">{move || t("filter-all")}</option>
                                    {DayState::ALL.into_iter().map(|s| view! { <option value=s.as_str() prop:selected=move || shown_state.get() == s.as_str()>{move || state_label(s)}</option> }).collect_view()}
                                </select>
                            </label>
                            <span class="bar-fill"></span>
                            <button type="button" class="button quiet-button" on:click=move |_| { let _ = leptos::prelude::window().print(); }>{move || t("print")}</button>
                            <button type="button" class="button quiet-button" on:click=move |_| download_csv(&day.get_value(), &rows.get_untracked())>{move || t("export-csv")}</button>
                        </div>
                        {move || {
                            let rows = rows.get();
                            if rows.is_empty() {
                                return view! { <p class="quiet empty">{move || t("day-empty")}</p> }.into_any();
                            }
                            let records = role().is_some_and(StaffRole::records_attendance);
                            view! {
                                <table class="day-table">
                                    <thead><tr>
                                        <th scope="col">{move || t("col-time")}</th>
                                        <th scope="col">{move || t("col-reference")}</th>
                                        <th scope="col">{move || t("col-item")}</th>
                                        <th scope="col">{move || t("col-name")}</th>
                                        <th scope="col">{move || t("col-document")}</th>
                                        <th scope="col">{move || t("col-mobile")}</th>
                                        <th scope="col">{move || t("col-state")}</th>
                                        <th scope="col">{move || t("col-window")}</th>
                                        {records.then(|| view! { <th scope="col" class="no-print">{move || t("col-actions")}</th> })}
                                    </tr></thead>
                                    <tbody>
                                        {rows.into_iter().map(|a| view! { <DayRow appointment=a records=records/> }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                    }.into_any()
                }
            }}
            // Outside the list, which is redrawn on every refresh: what the admin typed and
            // the outcome stay.
            {move || shows_closures.get().then(|| view! { <crate::capacity::Capacity/> <CloseDay day=latest/> })}
        </section>
    }
}

#[component]
fn DayRow(appointment: DayAppointment, records: bool) -> impl IntoView {
    let a = appointment;
    let reference = a.reference.clone();
    let state_class = format!("state state-{}", a.state.as_str().replace('_', "-"));
    let on_behalf = a.on_behalf;
    view! {
        <tr data-reference=reference.clone() class=move || if a.state == DayState::CancelledByCitizen || a.state == DayState::CancelledByHall { "cancelled" } else { "" }>
            <td class="time" data-label=move || t("col-time")>{a.start.clone()}"–"{a.end.clone()}</td>
            <td class="reference" data-label=move || t("col-reference")>{reference.clone()}</td>
            <td class="item" data-label=move || t("col-item")>{a.item_name.clone()}</td>
            <td data-label=move || t("col-name")>{a.name_masked.clone()}{on_behalf.then(|| view! { <span class="tag">{move || t("on-behalf")}</span> })}</td>
            <td class="masked" data-label=move || t("col-document")>{a.document_masked.clone()}</td>
            <td class="masked" data-label=move || t("col-mobile")>{a.mobile_masked.clone()}</td>
            <td data-label=move || t("col-state")><span class=state_class>{move || state_label(a.state)}</span></td>
            <td data-label=move || t("col-window") class:blank=a.window.is_none()>{a.window.clone().unwrap_or_default()}</td>
            {records.then(|| view! { <td class="no-print actions"><StateButtons reference=reference.clone() state=a.state/></td> })}
        </tr>
    }
}

fn download_csv(day: &HallDay, rows: &[DayAppointment]) {
    let header =
        [t("col-date"), t("col-time"), t("col-reference"), t("col-item"), t("col-name"), t("col-document"), t("col-mobile"), t("col-state"), t("col-window")];
    let lines: Vec<Vec<String>> = rows
        .iter()
        .map(|a| {
            vec![
                a.date.to_string(),
                format!("{}-{}", a.start, a.end),
                a.reference.clone(),
                a.item_name.clone(),
                a.name_masked.clone(),
                a.document_masked.clone(),
                a.mobile_masked.clone(),
                state_label(a.state),
                a.window.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let text = crate::csv::file(&header, &lines);
    save_file(&format!("{}-{}.csv", day.hall_code, day.date), &text, "text/csv;charset=utf-8");
}

/// Hands `text` to the browser as a download named `name`.
fn save_file(name: &str, text: &str, mime: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document().create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Closing the day, or part of it (weather, an outage): a reason is required, the clerk
/// sees how many appointments it cancels before confirming, and each citizen sees the
/// reason on their ticket.
#[component]
fn CloseDay(day: Memo<Option<HallDay>>) -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let state = expect_context::<ViewState>();
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    // One window only (its items lose its places), or the whole hall.
    let window = RwSignal::new(String::new());
    let windows = LocalResource::new(move || {
        let hall = day.with(|d| d.as_ref().map(|d| d.hall_code.clone())).unwrap_or_default();
        crate::i18n::lang();
        async move { api::get::<hall_model::Hall>(&format!("/halls/{}", api::segment(&hall))).await.map(|h| h.windows).unwrap_or_default() }
    });
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<usize>);
    let busy = RwSignal::new(false);
    let booked = move || {
        day.with(|d| {
            d.iter().flat_map(|d| &d.appointments).filter(|a| a.state == DayState::Booked).map(|a| (a.start.clone(), a.end.clone())).collect::<Vec<_>>()
        })
    };
    // Another hall or day starts a new form.
    let key = Memo::new(move |_| day.with(|d| d.as_ref().map(|d| (d.hall_code.clone(), d.date))));
    Effect::new(move |before: Option<()>| {
        key.track();
        if before.is_some() {
            done.set(None);
            confirming.set(false);
            error.set(None);
        }
    });
    let span = move || {
        let (s, e) = (start.get().trim().to_owned(), end.get().trim().to_owned());
        (Some(s).filter(|s| !s.is_empty()), Some(e).filter(|e| !e.is_empty()))
    };
    let affected = move || {
        if !window.get().is_empty() {
            return None;
        }
        let (s, e) = span();
        Some(booked().iter().filter(|(a_start, a_end)| hall_model::console::overlaps_closure(a_start, a_end, s.as_deref(), e.as_deref())).count())
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if reason.get_untracked().trim().is_empty() {
            error.set(Some(t("close-reason-missing")));
            return;
        }
        if (start.get_untracked().is_empty()) != (end.get_untracked().is_empty()) {
            error.set(Some(t("close-span-half")));
            return;
        }
        error.set(None);
        if !confirming.get_untracked() {
            confirming.set(true);
            return;
        }
        let (Some(csrf), Some((hall, date))) = (session.get_untracked().map(|s| s.csrf_token), day.get_untracked().map(|d| (d.hall_code, d.date))) else {
            return;
        };
        let (s, e) = span();
        let closure = NewClosure {
            date,
            start: s,
            end: e,
            reason: reason.get_untracked().trim().to_owned(),
            window: Some(window.get_untracked()).filter(|w| !w.is_empty()),
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<ClosureDone, _>(&format!("/console/halls/{}/closures", api::segment(&hall)), &closure, Some(&csrf)).await {
                Ok(done_now) => {
                    done.set(Some(done_now.cancelled.len()));
                    confirming.set(false);
                    state.changed.update(|n| *n += 1);
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
        <details class="close-day no-print">
            <summary>{move || t("close-title")}</summary>
            <form class="close-form" on:submit=submit novalidate>
                <p class="quiet">{move || t("close-intro")}</p>
                <div class="row">
                    <label class="field-inline"><span>{move || t("close-from")}</span>
                        <input type="time" class="close-start" prop:value=move || start.get() on:input=move |ev| { start.set(event_target_value(&ev)); confirming.set(false); }/></label>
                    <label class="field-inline"><span>{move || t("close-to")}</span>
                        <input type="time" class="close-end" prop:value=move || end.get() on:input=move |ev| { end.set(event_target_value(&ev)); confirming.set(false); }/></label>
                </div>
                <label class="field-inline"><span>{move || t("close-what")}</span>
                    <select class="close-window" on:change=move |ev| { window.set(event_target_value(&ev)); confirming.set(false); }>
                        <option value="">{move || t("close-whole-hall")}</option>
                        {move || windows.get().unwrap_or_default().into_iter().map(|w| {
                            let number = w.number.clone();
                            view! { <option value=w.number.clone() prop:selected=move || window.get() == number>{t_args("close-window-option", &[("number", w.number.clone().into()), ("name", w.name.clone().into())])}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field"><span>{move || t("close-reason")}</span>
                    <textarea class="close-reason" maxlength="500" rows="2" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea></label>
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                {move || confirming.get().then(|| view! {
                    <p class="notice" role="status">{move || match affected() {
                        Some(count) => t_args("close-confirm-count", &[("count", count.into())]),
                        None => t("close-confirm-window"),
                    }}</p>
                })}
                {move || done.get().map(|n| view! { <p class="done" role="status">{move || t_args("close-done", &[("count", n.into())])}</p> })}
                <button type="submit" class="button danger" prop:disabled=move || busy.get()>
                    {move || if confirming.get() { t("close-confirm") } else { t("close-submit") }}
                </button>
            </form>
        </details>
    }
}
