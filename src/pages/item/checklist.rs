//! The checklist: the materials to bring after the answers so far, ticked off as they are
//! gathered, with totals, progress, a "ready to go" summary, print and share.

use hall_model::questionnaire::QuestionState;
use hall_model::{Checklist as MaterialChecklist, ChecklistTotals, Material, MaterialFormat, Walk};
use leptos::prelude::*;

use super::{Fee, GuideState, time_limit};
use crate::i18n::{t, t_args, tr};
use crate::pages::hall::opening_line;

/// What the checklist shows, owned so that the view can hold it.
#[derive(Debug, Clone, PartialEq)]
struct ListView {
    to_bring: Vec<Material>,
    /// Each with the texts of the questions still to answer that decide it.
    undecided: Vec<(Material, Vec<String>)>,
    no_need_to_bring: Vec<Material>,
    totals: ChecklistTotals,
    /// Every question that matters is answered.
    complete: bool,
}

fn format_name(format: MaterialFormat) -> String {
    t(hall_text::labels::material_format(format))
}

#[component]
pub(super) fn Checklist(state: GuideState) -> impl IntoView {
    let list = Memo::new(move |_| {
        let answers = state.answers.get();
        state.guide.with_value(|g| {
            let walk = Walk::new(&g.questions, &g.materials, &answers);
            let checklist = MaterialChecklist::new(&walk);
            let pending = |material: &Material| -> Vec<String> {
                material
                    .when
                    .iter()
                    .filter(|c| matches!(walk.state_of(&c.question), Some(QuestionState::Current | QuestionState::Upcoming { .. })))
                    .filter_map(|c| g.questions.iter().find(|q| q.id == c.question).map(|q| q.text.clone()))
                    .collect()
            };
            ListView {
                to_bring: checklist.to_bring.iter().map(|m| (*m).clone()).collect(),
                undecided: checklist.undecided.iter().map(|m| ((*m).clone(), pending(m))).collect(),
                no_need_to_bring: checklist.no_need_to_bring.iter().map(|m| (*m).clone()).collect(),
                totals: checklist.totals(),
                complete: walk.is_complete(),
            }
        })
    });
    let progress = Memo::new(move |_| {
        let ticked = state.ticked.get();
        list.with(|l| (l.to_bring.iter().filter(|m| ticked.contains(&m.id)).count() as u32, l.to_bring.len() as u32))
    });
    let ready = Memo::new(move |_| {
        let (ticked, total) = progress.get();
        list.with(|l| l.complete) && ticked == total
    });

    view! {
        <section class="checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{tr("checklist-heading")}</h2>
            <p class="totals" role="status">
                {move || {
                    let totals = list.with(|l| l.totals);
                    t_args("checklist-totals", &[
                        ("documents", totals.documents.into()),
                        ("originals", totals.originals.into()),
                        ("copies", totals.copies.into()),
                    ])
                }}
                {move || {
                    let undecided = list.with(|l| l.totals.undecided);
                    (undecided > 0).then(|| view! { <span class="totals-undecided">{move || t_args("checklist-totals-undecided", &[("count", undecided.into())])}</span> })
                }}
            </p>
            <Show when=move || { progress.get().1 > 0 }>
                <div class="progress no-print">
                    <progress max=move || progress.get().1 value=move || progress.get().0 aria-labelledby="checklist-progress"></progress>
                    <span id="checklist-progress">{move || {
                        let (ticked, total) = progress.get();
                        t_args("checklist-progress", &[("ticked", ticked.into()), ("total", total.into())])
                    }}</span>
                </div>
            </Show>
            <div class="checklist-actions no-print">
                <button type="button" class="button secondary" on:click=|_| { let _ = window().print(); }>{tr("checklist-print")}</button>
                <crate::components::share::ShareButton/>
            </div>

            <MaterialGroup state kind="to-bring" tickable=true
                materials=Signal::derive(move || list.with(|l| l.to_bring.iter().map(|m| (m.clone(), Vec::new())).collect()))
                heading=|n: usize| t_args("checklist-to-bring", &[("count", n.into())])/>
            <Show when=move || ready.get()>
                <Ready state/>
            </Show>
            <MaterialGroup state kind="undecided" tickable=false
                materials=Signal::derive(move || list.with(|l| l.undecided.clone()))
                heading=|n: usize| t_args("checklist-undecided", &[("count", n.into())])/>
            <MaterialGroup state kind="no-need" tickable=false
                materials=Signal::derive(move || list.with(|l| l.no_need_to_bring.iter().map(|m| (m.clone(), Vec::new())).collect()))
                heading=|n: usize| t_args("checklist-no-need-to-bring", &[("count", n.into())])/>
        </section>
    }
}

#[component]
fn MaterialGroup(
    state: GuideState,
    kind: &'static str,
    tickable: bool,
    /// Each material with the questions still to answer that decide it.
    materials: Signal<Vec<(Material, Vec<String>)>>,
    #[prop(into)] heading: Callback<usize, String>,
) -> impl IntoView {
    let questions_lang = state.lang_attr();
    view! {
        <Show when=move || !materials.with(Vec::is_empty)>
            <section class=format!("material-group material-group-{kind}")>
                <h3>{move || heading.run(materials.with(Vec::len))}</h3>
                <ol class="material-list">
                    <For each=move || materials.get() key=|(m, pending)| (m.id.clone(), pending.len()) let:entry>
                        {
                            let (m, pending) = entry;
                            let (originals, copies, format) = (m.originals, m.copies, m.format);
                            let id = m.id.clone();
                            let ticked = {
                                let id = id.clone();
                                Memo::new(move |_| state.ticked.with(|t| t.contains(&id)))
                            };
                            let toggle = move |_| {
                                let id = id.clone();
                                state.ticked.update(|t| if !t.remove(&id) { t.insert(id); });
                            };
                            let title = m.name.clone();
                            let lang_attr = crate::i18n::lang_attr(m.lang);
                            view! {
                                <li class="card material" class:ticked=move || tickable && ticked.get() data-material=m.id.clone()>
                                    {if tickable {
                                        view! {
                                            <label class="tick">
                                                <input type="checkbox" prop:checked=move || ticked.get() on:change=toggle/>
                                                <span class="card-title" lang=lang_attr>{title}</span>
                                            </label>
                                        }.into_any()
                                    } else {
                                        view! { <p class="card-title" lang=lang_attr>{title}</p> }.into_any()
                                    }}
                                    {m.exempt_by_sharing.then(|| view! { <p class="exempt-line">{tr("material-no-need-to-bring")}</p> })}
                                    {(!pending.is_empty()).then(|| {
                                        let questions = pending.join(" / ");
                                        view! { <p class="depends">{tr("material-depends-on")}" "<span lang=questions_lang>{questions}</span></p> }
                                    })}
                                    // Fetched by the hall through data sharing: nothing to bring, so no count.
                                    {(!m.exempt_by_sharing).then(|| view! {
                                        <p class="counts">{move || t_args("material-counts", &[("originals", originals.into()), ("copies", copies.into())])}</p>
                                    })}
                                    <dl class="material-facts">
                                        <div><dt>{tr("material-format")}</dt><dd>{move || format_name(format)}</dd></div>
                                        <div><dt>{tr("material-source")}</dt><dd lang=lang_attr>{m.source.clone()}</dd></div>
                                    </dl>
                                    {m.notes.clone().map(|n| view! { <p class="note" lang=lang_attr>{n}</p> })}
                                    {m.sample.clone().map(|href| view! {
                                        <p class="no-print"><a class="sample-link" href=href target="_blank" rel="noopener">{tr("material-sample")}</a></p>
                                    })}
                                </li>
                            }
                        }
                    </For>
                </ol>
            </section>
        </Show>
    }
}

/// Everything ticked: where and when to go, and what to expect there.
#[component]
fn Ready(state: GuideState) -> impl IntoView {
    let g = state.guide.get_value();
    let (appointment, on_the_spot, promised) = (g.appointment, g.on_the_spot, g.promised_limit_days);
    let hall_appointments = g.hall.as_ref().is_some_and(|h| h.appointments);
    let has_hall = g.hall.is_some();
    let appointment_line = move || t(hall_text::labels::ready_appointment(appointment, has_hall, hall_appointments));
    view! {
        <section class="ready" aria-labelledby="ready-heading">
            <h3 id="ready-heading">{tr("ready-heading")}</h3>
            <p class="visually-hidden" role="status">{tr("ready-heading")}</p>
            <dl class="facts">
                {match g.hall.clone() {
                    Some(hall) => {
                        let hours = hall.opening_hours.clone();
                        view! {
                            <div><dt>{tr("ready-where")}</dt><dd lang=crate::i18n::lang_attr(hall.lang)><strong>{hall.name}</strong><br/>{hall.address}</dd></div>
                            <div>
                                <dt>{tr("hall-opening-hours")}</dt>
                                <dd>
                                    <ul class="plain">{move || hours.iter().map(|span| view! { <li>{opening_line(span)}</li> }).collect_view()}</ul>
                                    {hall.hours_note.map(|note| view! { <span class="note" lang=crate::i18n::lang_attr(hall.lang)>{note}</span> })}
                                </dd>
                            </div>
                        }.into_any()
                    }
                    None => view! {
                        <div><dt>{tr("ready-where")}</dt><dd>{tr("ready-choose-hall")}" "<a href="/">{tr("ready-find-hall")}</a></dd></div>
                    }.into_any(),
                }}
                <div>
                    <dt>{tr("ready-appointment")}</dt>
                    <dd>
                        {appointment_line}
                        {hall_appointments.then(|| {
                            let href = hall_model::Route::Book { hall: g.hall.as_ref().map(|h| h.code.clone()).unwrap_or_default(), item: g.code.clone() }.path();
                            view! { " "<a class="no-print" href=href>{tr("book-link")}</a> }
                        })}
                    </dd>
                </div>
                <div><dt>{tr("item-promised-limit")}</dt><dd>{move || time_limit(on_the_spot, promised)}</dd></div>
                <div><dt>{tr("item-fee")}</dt><dd><Fee state/></dd></div>
            </dl>
        </section>
    }
}
