//! The places of an item's slots on a future day, for hall and region admins: more
//! windows open, or fewer. Shows each slot's places and bookings; never below what is
//! booked (the server refuses, and says how many are booked where).

use hall_model::console::CapacityChange;
use hall_model::{HallItems, HallSlots, Slot};
use leptos::prelude::*;

use crate::api::{self, SessionSignal};
use crate::i18n::{t, t_args};
use crate::view_state::ViewState;

#[component]
pub fn Capacity() -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let state = expect_context::<ViewState>();
    let item = RwSignal::new(String::new());
    let start = RwSignal::new(String::new());
    let places = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let saved = RwSignal::new(0u32);
    let items = LocalResource::new(move || {
        let hall = state.hall.get();
        crate::i18n::lang();
        async move { api::get::<HallItems>(&format!("/halls/{}/items", api::segment(&hall))).await.ok() }
    });
    let slots = LocalResource::new(move || {
        let (hall, date, item) = (state.hall.get(), state.date.get(), item.get());
        saved.track();
        state.changed.track();
        async move {
            if item.is_empty() {
                return None;
            }
            let path = format!("/halls/{}/slots?item={}&from={date}&days=1", api::segment(&hall), api::segment(&item));
            api::get::<HallSlots>(&path).await.ok().and_then(|s| s.days.into_iter().next()).map(|d| d.slots)
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(csrf) = session.get_untracked().map(|s| s.csrf_token) else {
            return;
        };
        let Some(capacity) = places.get_untracked().trim().parse::<u32>().ok().filter(|n| (1..=hall_model::console::MAX_SLOT_CAPACITY).contains(n)) else {
            error.set(Some(t("capacity-number")));
            return;
        };
        let change = CapacityChange {
            item_code: item.get_untracked(),
            date: state.date.get_untracked(),
            start: Some(start.get_untracked()).filter(|s| !s.is_empty()),
            capacity,
        };
        if change.item_code.is_empty() {
            error.set(Some(t("application-choose-item")));
            return;
        }
        let hall = state.hall.get_untracked();
        error.set(None);
        done.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<serde_json::Value, _>(&format!("/console/halls/{}/capacity", api::segment(&hall)), &change, Some(&csrf)).await {
                Ok(_) => {
                    done.set(Some(t_args("capacity-done", &[("places", capacity.into())])));
                    saved.update(|n| *n += 1);
                }
                Err(failure) => {
                    crate::note_failure(&failure);
                    error.set(Some(match (failure.code, failure.booked, failure.start.clone()) {
                        (Some(hall_model::ErrorCode::CapacityBelowBooked), Some(booked), Some(at)) => {
                            t_args("capacity-below-booked", &[("start", at.into()), ("booked", booked.into())])
                        }
                        _ => failure.text(),
                    }));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <details class="capacity no-print">
            <summary>{move || t("capacity-title")}</summary>
            <form class="close-form" on:submit=submit novalidate>
                <p class="quiet">{move || t("capacity-intro")}</p>
                <div class="row">
                    <label class="field-inline"><span>{move || t("col-item")}</span>
                        <select class="capacity-item" on:change=move |ev| { item.set(event_target_value(&ev)); start.set(String::new()); }>
                            <option value="">{move || t("application-choose-item")}</option>
                            {move || items.get().flatten().map(|list| list.items.into_iter().map(|i| {
                                let code = i.code.clone();
                                view! { <option value=i.code.clone() prop:selected=move || item.get() == code>{i.name}</option> }
                            }).collect_view())}
                        </select>
                    </label>
                    <label class="field-inline"><span>{move || t("capacity-slot")}</span>
                        <select class="capacity-slot" on:change=move |ev| start.set(event_target_value(&ev))>
                            <option value="">{move || t("capacity-whole-day")}</option>
                            {move || slots.get().flatten().map(|list: Vec<Slot>| list.into_iter().map(|s| {
                                let value = s.start.clone();
                                view! { <option value=s.start.clone() prop:selected=move || start.get() == value>{s.start.clone()}"–"{s.end.clone()}</option> }
                            }).collect_view())}
                        </select>
                    </label>
                    <label class="field-inline"><span>{move || t("capacity-places")}</span>
                        <input class="capacity-places" type="number" inputmode="numeric" min="1" max="500" prop:value=move || places.get() on:input=move |ev| places.set(event_target_value(&ev))/>
                    </label>
                    <button type="submit" class="button" prop:disabled=move || busy.get()>{move || t("capacity-save")}</button>
                </div>
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                {move || done.get().map(|d| view! { <p class="done" role="status">{d}</p> })}
                {move || slots.get().flatten().filter(|s| !s.is_empty()).map(|list| view! {
                    <table class="day-table capacity-table">
                        <thead><tr><th scope="col">{move || t("col-time")}</th><th scope="col">{move || t("capacity-places")}</th><th scope="col">{move || t("capacity-booked")}</th></tr></thead>
                        <tbody>
                            {list.into_iter().map(|s| view! {
                                <tr data-start=s.start.clone()><td class="time">{s.start.clone()}"–"{s.end.clone()}</td><td class="places">{s.capacity}</td><td>{s.capacity - s.remaining}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                })}
            </form>
        </details>
    }
}
