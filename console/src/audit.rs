//! A hall's audit log, for hall and region admins: every staff write, newest first — who,
//! when, what, and the value before and after. It never holds a name, ID or mobile.

use hall_model::AuditLog;
use leptos::prelude::*;

use crate::api;
use crate::i18n::t;
use crate::view_state::ViewState;

#[component]
pub fn AuditLog() -> impl IntoView {
    let state = expect_context::<ViewState>();
    let log = LocalResource::new(move || {
        let hall = state.hall.get();
        state.changed.track();
        async move {
            if hall.is_empty() {
                return None;
            }
            let answer = api::get::<AuditLog>(&format!("/console/halls/{}/audit?limit=200", api::segment(&hall))).await;
            if let Err(failure) = &answer {
                crate::note_failure(failure);
            }
            Some(answer)
        }
    });
    view! {
        <section class="panel audit" role="tabpanel" aria-labelledby="tab-audit">
            <h1>{move || t("audit-title")}</h1>
            {move || match log.get().flatten() {
                None => view! { <p class="quiet">{move || t("loading")}</p> }.into_any(),
                Some(Err(failure)) => view! { <p class="error" role="alert">{failure.text()}</p> }.into_any(),
                Some(Ok(log)) if log.entries.is_empty() => view! { <p class="quiet">{move || t("audit-empty")}</p> }.into_any(),
                Some(Ok(log)) => view! {
                    <table class="audit-table">
                        <thead><tr>
                            <th scope="col">{move || t("audit-when")}</th>
                            <th scope="col">{move || t("audit-who")}</th>
                            <th scope="col">{move || t("audit-action")}</th>
                            <th scope="col">{move || t("audit-target")}</th>
                            <th scope="col">{move || t("audit-before")}</th>
                            <th scope="col">{move || t("audit-after")}</th>
                        </tr></thead>
                        <tbody>
                            {log.entries.into_iter().map(|e| view! {
                                <tr>
                                    <td class="time">{when(e.at)}</td>
                                    <td>{e.login}</td>
                                    <td>{action_label(&e.action)}</td>
                                    <td class="reference">{e.target}</td>
                                    <td>{value_label(&e.before)}</td>
                                    <td>{value_label(&e.after)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
            }}
        </section>
    }
}

fn when(at: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64 * 1000.0));
    date.to_locale_string(crate::i18n::lang().tag(), &wasm_bindgen::JsValue::UNDEFINED).as_string().unwrap_or_default()
}

/// An action's name; one the console does not know yet is shown as the API names it.
fn action_label(action: &str) -> String {
    match action {
        "appointment.state" => t("audit-action-state"),
        "hall.close" => t("audit-action-close"),
        "no_show.lift" => t("audit-action-lift"),
        other => other.to_owned(),
    }
}

/// A before or after value: a state by its name, anything else (a time span) as it is.
fn value_label(value: &str) -> String {
    hall_model::DayState::parse(value).map_or_else(|| value.to_owned(), crate::api::state_label)
}
