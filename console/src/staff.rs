//! A hall's staff, for its admins: who works there, opening an account (its one-time
//! password shown once, to hand over in person) and disabling one (its sessions end at once).

use hall_model::StaffRole;
use hall_model::console::{HallStaff, NewStaff, StaffAdded};
use leptos::prelude::*;

use crate::api::{self, SessionSignal};
use crate::i18n::{t, t_args};
use crate::view_state::ViewState;

#[component]
pub fn Staff() -> impl IntoView {
    let session = expect_context::<SessionSignal>();
    let state = expect_context::<ViewState>();
    let changed = RwSignal::new(0u32);
    let list = LocalResource::new(move || {
        let hall = state.hall.get();
        changed.track();
        async move {
            let answer = api::get::<HallStaff>(&format!("/console/halls/{}/staff", api::segment(&hall))).await;
            if let Err(failure) = &answer {
                crate::note_failure(failure);
            }
            answer
        }
    });
    let login = RwSignal::new(String::new());
    let role = RwSignal::new(StaffRole::WindowStaff);
    let added = RwSignal::new(None::<StaffAdded>);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let me = move || session.get().map(|s| s.login).unwrap_or_default();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(csrf) = session.get_untracked().map(|s| s.csrf_token) else {
            return;
        };
        let new = NewStaff { login: login.get_untracked().trim().to_owned(), role: role.get_untracked() };
        if new.login.is_empty() {
            error.set(Some(t("staff-login-missing")));
            return;
        }
        let hall = state.hall.get_untracked();
        error.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::post::<StaffAdded, _>(&format!("/console/halls/{}/staff", api::segment(&hall)), &new, Some(&csrf)).await {
                Ok(done) => {
                    added.set(Some(done));
                    login.set(String::new());
                    changed.update(|n| *n += 1);
                }
                Err(failure) => {
                    crate::note_failure(&failure);
                    error.set(Some(match failure.code {
                        Some(hall_model::ErrorCode::InvalidParameter) => t("staff-login-refused"),
                        _ => failure.text(),
                    }));
                }
            }
            busy.set(false);
        });
    };
    let disable = move |target: String| {
        let Some(csrf) = session.get_untracked().map(|s| s.csrf_token) else {
            return;
        };
        // Disabling cannot be undone from the console: asked once more.
        if !window().confirm_with_message(&t_args("staff-disable-confirm", &[("login", target.clone().into())])).unwrap_or(false) {
            return;
        }
        let hall = state.hall.get_untracked();
        leptos::task::spawn_local(async move {
            let path = format!("/console/halls/{}/staff/{}/disable", api::segment(&hall), api::segment(&target));
            match api::post::<serde_json::Value, _>(&path, &serde_json::json!({}), Some(&csrf)).await {
                Ok(_) => changed.update(|n| *n += 1),
                Err(failure) => {
                    crate::note_failure(&failure);
                    error.set(Some(failure.text()));
                }
            }
        });
    };
    view! {
        <section class="panel staff" role="tabpanel" aria-labelledby="tab-staff">
            <h1>{move || t("staff-title")}</h1>
            {move || match list.get() {
                None => view! { <p class="quiet">{move || t("loading")}</p> }.into_any(),
                Some(Err(failure)) => view! { <p class="error" role="alert">{failure.text()}</p> }.into_any(),
                Some(Ok(staff)) => view! {
                    <table class="day-table staff-table">
                        <thead><tr>
                            <th scope="col">{move || t("login-name")}</th>
                            <th scope="col">{move || t("staff-role")}</th>
                            <th scope="col">{move || t("col-state")}</th>
                            <th scope="col">{move || t("col-actions")}</th>
                        </tr></thead>
                        <tbody>
                            {staff.members.into_iter().map(|m| {
                                let target = m.login.clone();
                                let own = m.login == me();
                                let state_text = if m.disabled { t("staff-disabled") } else if m.must_change_password { t("staff-pending") } else { t("staff-active") };
                                view! {
                                    <tr data-login=m.login.clone()>
                                        <td class="reference" data-label=move || t("login-name")>{m.login.clone()}</td>
                                        <td data-label=move || t("staff-role")>{crate::role_label(m.role)}</td>
                                        <td data-label=move || t("col-state")>{state_text}</td>
                                        <td class="actions">
                                            {(!m.disabled && !own).then(|| view! {
                                                <button type="button" class="button small quiet-button" on:click=move |_| disable(target.clone())>{move || t("staff-disable")}</button>
                                            })}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
            }}
            {move || added.get().map(|a| view! {
                <div class="receipt" role="status">
                    <h3>{move || t("staff-added-title")}</h3>
                    <p>{move || t_args("staff-added", &[("login", a.login.clone().into())])}</p>
                    <p class="one-time">{a.one_time_password.clone()}</p>
                </div>
            })}
            <form class="close-form" on:submit=submit novalidate>
                <h2>{move || t("staff-add-title")}</h2>
                <div class="row">
                    <label class="field-inline"><span>{move || t("login-name")}</span>
                        <input id="staff-login" autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="40" prop:value=move || login.get() on:input=move |ev| login.set(event_target_value(&ev))/></label>
                    <label class="field-inline"><span>{move || t("staff-role")}</span>
                        <select id="staff-role" on:change=move |ev| role.set(if event_target_value(&ev) == "hall_admin" { StaffRole::HallAdmin } else { StaffRole::WindowStaff })>
                            <option value="window_staff">{move || t("role-window-staff")}</option>
                            <option value="hall_admin">{move || t("role-hall-admin")}</option>
                        </select>
                    </label>
                    <button type="submit" class="button" prop:disabled=move || busy.get()>{move || t("staff-add")}</button>
                </div>
                <p class="quiet">{move || t("staff-login-rule")}</p>
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            </form>
        </section>
    }
}
