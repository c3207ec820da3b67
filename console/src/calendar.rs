//! The public-holiday calendar, for region admins: choose the year's file (the format of
//! `hall-server calendar import`), see its holidays and which booked appointments fall on
//! days it closes, then save. Nothing is cancelled by saving: those days are closed with
//! a reason (the day list's closure), which tells each citizen.

use hall_model::console::{CalendarImport, CalendarPreview};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{self, SessionSignal};
use crate::i18n::{date_label, t, t_args};

#[component]
pub fn Calendar() -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let text = RwSignal::new(String::new());
    let preview = RwSignal::new(None::<CalendarPreview>);
    let error = RwSignal::new(None::<(String, Option<String>)>);
    let busy = RwSignal::new(false);
    let send = move |save: bool| {
        let Some(csrf) = session.get_untracked().map(|s| s.csrf_token) else {
            return;
        };
        let import = CalendarImport { text: text.get_untracked(), save };
        error.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<CalendarPreview, _>("/console/calendar", &import, Some(&csrf)).await {
                Ok(found) => preview.set(Some(found)),
                Err(failure) => {
                    crate::note_failure(&failure);
                    // The file's mistakes, as the server lists them (line by line, in English:
                    // they quote the file's own dates and names).
                    let detail = (failure.code == Some(hall_model::ErrorCode::InvalidParameter)).then(|| failure.message.clone()).flatten();
                    let said = if detail.is_some() { t("calendar-invalid") } else { failure.text() };
                    error.set(Some((said, detail)));
                }
            }
            busy.set(false);
        });
    };
    let chosen = move |ev: leptos::ev::Event| {
        let Some(file) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).and_then(|i| i.files()).and_then(|f| f.get(0)) else {
            return;
        };
        preview.set(None);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
                Some(read) => {
                    text.set(read);
                    send(false);
                }
                None => error.set(Some((t("calendar-unreadable"), None))),
            }
        });
    };
    view! {
        <section class="panel calendar" role="tabpanel" aria-labelledby="tab-calendar">
            <h1>{move || t("calendar-title")}</h1>
            <p class="quiet">{move || t("calendar-intro")}</p>
            <label class="field">
                <span>{move || t("calendar-file")}</span>
                <input type="file" class="calendar-file" accept=".json,application/json" on:change=chosen/>
            </label>
            {move || error.get().map(|(said, detail)| view! {
                <div class="error" role="alert"><p>{said}</p>{detail.map(|d| view! { <pre class="problems">{d}</pre> })}</div>
            })}
            {move || preview.get().map(|p| {
                let saved = p.saved;
                view! {
                    <div class="calendar-preview">
                        {p.notices.into_iter().map(|n| view! {
                            <h2>{move || t_args("calendar-year", &[("year", n.year.to_string().into())])}</h2>
                            <ul class="holidays">
                                {n.holidays.into_iter().map(|h| view! { <li><strong>{h.name}</strong>" "{move || t_args("calendar-range", &[("from", date_label(h.from).into()), ("to", date_label(h.to).into())])}</li> }).collect_view()}
                            </ul>
                            {(!n.working_days.is_empty()).then(|| view! {
                                <p>{move || t("calendar-working-days")}" "{n.working_days.iter().map(|d| date_label(*d)).collect::<Vec<_>>().join("、")}</p>
                            })}
                        }).collect_view()}
                        <h3>{move || t_args("calendar-affected", &[("count", p.affected_total.into())])}</h3>
                        {(!p.affected.is_empty()).then(|| view! {
                            <table class="day-table affected">
                                <thead><tr><th scope="col">{move || t("col-date")}</th><th scope="col">{move || t("col-time")}</th><th scope="col">{move || t("hall")}</th><th scope="col">{move || t("col-reference")}</th></tr></thead>
                                <tbody>{p.affected.into_iter().map(|a| view! {
                                    <tr><td>{move || date_label(a.date)}</td><td class="time">{a.start.clone()}</td><td>{a.hall_code.clone()}</td><td class="reference">{a.reference.clone()}</td></tr>
                                }).collect_view()}</tbody>
                            </table>
                            <p class="quiet">{move || t("calendar-affected-hint")}</p>
                        })}
                        {if saved {
                            view! { <p class="done" role="status">{move || t("calendar-saved")}</p> }.into_any()
                        } else {
                            view! { <button type="button" class="button" prop:disabled=move || busy.get() on:click=move |_| send(true)>{move || t("calendar-save")}</button> }.into_any()
                        }}
                    </div>
                }
            })}
        </section>
    }
}
