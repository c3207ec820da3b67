//! The questions about a citizen's case, one at a time: "question 2 of 4", a back button,
//! and the answers so far, each of which can be changed.

use hall_model::{Lang, Question, Walk};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::GuideState;
use crate::i18n::{t, t_args, tr};

/// The question on screen.
#[derive(Debug, Clone, PartialEq)]
struct Step {
    question: Question,
    number: usize,
    total: usize,
    /// The question asked before it, for the back button.
    previous: Option<String>,
    /// Its answer so far, preselected.
    chosen: Option<String>,
    /// An answered question the citizen went back to.
    changing: bool,
}

#[derive(Debug, Clone, PartialEq)]
struct Answered {
    question: String,
    text: String,
    label: String,
    lang: Lang,
}

#[component]
pub(super) fn Questions(state: GuideState) -> impl IntoView {
    if state.guide.with_value(|g| g.questions.is_empty()) {
        return ().into_any();
    }
    let step = Memo::new(move |_| {
        let answers = state.answers.get();
        let editing = state.editing.get();
        state.guide.with_value(|g| {
            let walk = Walk::new(&g.questions, &g.materials, &answers);
            let changed = editing.as_deref().and_then(|id| g.questions.iter().find(|q| q.id == id));
            let shown = changed.or(walk.current())?;
            let (number, total) = walk.position(&shown.id);
            Some(Step {
                question: shown.clone(),
                number,
                total,
                previous: walk.previous(&shown.id).map(|q| q.id.clone()),
                chosen: answers.get(&shown.id).map(str::to_owned),
                changing: changed.is_some(),
            })
        })
    });
    let answered = Memo::new(move |_| {
        let answers = state.answers.get();
        state.guide.with_value(|g| {
            Walk::new(&g.questions, &g.materials, &answers)
                .answered()
                .into_iter()
                .filter_map(|(q, option)| {
                    let label = q.options.iter().find(|o| o.id == option)?.label.clone();
                    Some(Answered { question: q.id.clone(), text: q.text.clone(), label, lang: q.lang })
                })
                .collect::<Vec<_>>()
        })
    });
    // The phone's Back button (a new URL) ends any change in progress.
    Effect::new(move |previous: Option<()>| {
        state.answers.track();
        if previous.is_some() {
            state.editing.set(None);
        }
    });
    let done = NodeRef::<leptos::html::P>::new();
    Effect::new(move |_| {
        if step.get().is_none() && state.step_moved.get_untracked() {
            focus(done.get());
        }
    });

    view! {
        <section class="questions" aria-labelledby="questions-heading">
            <h2 id="questions-heading">{tr("questions-heading")}</h2>
            <p class="hint no-print">{tr("questions-intro")}</p>
            <Show when=move || !answered.with(Vec::is_empty)>
                <h3 class="answers-heading">{tr("questions-your-answers")}</h3>
                <dl class="answers">
                    <For each=move || answered.get() key=|a| (a.question.clone(), a.label.clone()) let:a>
                        {
                        let lang_attr = crate::i18n::lang_attr(a.lang);
                        view! {
                        <div class="answer" data-question=a.question.clone()>
                            <dt lang=lang_attr>{a.text.clone()}</dt>
                            <dd>
                                <span lang=lang_attr>{a.label.clone()}</span>
                                <button type="button" class="link-button no-print" on:click={
                                    let question = a.question.clone();
                                    move |_| {
                                        state.step_moved.set(true);
                                        state.editing.set(Some(question.clone()));
                                    }
                                }>
                                    {tr("questions-change")}
                                    <span class="visually-hidden" lang=lang_attr>{a.text.clone()}</span>
                                </button>
                            </dd>
                        </div>
                        }
                        }
                    </For>
                </dl>
            </Show>
            {move || match step.get() {
                Some(step) => view! { <QuestionStep state step/> }.into_any(),
                None => view! {
                    <div class="questions-done">
                        <p tabindex="-1" node_ref=done>{tr("questions-done")}</p>
                        <button type="button" class="link-button no-print" on:click=move |_| state.start_again()>{tr("questions-start-again")}</button>
                    </div>
                }
                .into_any(),
            }}
        </section>
    }
    .into_any()
}

fn focus<E: JsCast>(element: Option<E>) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

#[component]
fn QuestionStep(state: GuideState, step: Step) -> impl IntoView {
    let lang_attr = crate::i18n::lang_attr(step.question.lang);
    let choice = RwSignal::new(step.chosen.clone());
    let missing = RwSignal::new(false);
    let legend = NodeRef::<leptos::html::Legend>::new();
    let summary = NodeRef::<leptos::html::Div>::new();
    let first_choice = NodeRef::<leptos::html::Input>::new();
    // A question sent without an answer: the error summary appears above the question and
    // takes the focus (GOV.UK's pattern), so the phone scrolls to it and a screen reader
    // reads it; its link moves on to the choices.
    Effect::new(move |_| {
        if missing.get() {
            request_animation_frame(move || focus(summary.get_untracked()));
        }
    });
    // After an answer, Back or Change, move focus to the new question so that screen
    // readers read it and the phone scrolls to it; not on first load.
    Effect::new(move |_| {
        if state.step_moved.get_untracked() {
            focus(legend.get());
        }
    });
    let Step { question, number, total, previous, changing, .. } = step;
    let question_id = question.id.clone();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match choice.get_untracked() {
            Some(option) => {
                state.step_moved.set(true);
                state.answer(&question_id, &option);
            }
            None => missing.set(true),
        }
    };
    let name = format!("answer-{}", question.id);
    let error_id = format!("answer-error-{}", question.id);
    view! {
        <form class="question-step" on:submit=submit novalidate data-question=question.id.clone()>
            <p class="step-count">{move || t_args("questions-step", &[("number", number.into()), ("total", total.into())])}</p>
            <Show when=move || missing.get()>
                <div class="error-summary" role="alert" tabindex="-1" node_ref=summary>
                    <h2>{tr("questions-error-title")}</h2>
                    <ul class="plain">
                        <li><button type="button" class="link-button" on:click=move |_| focus(first_choice.get_untracked())>{tr("questions-choose-one")}</button></li>
                    </ul>
                </div>
            </Show>
            <fieldset aria-describedby=move || missing.get().then(|| error_id.clone())>
                <legend tabindex="-1" node_ref=legend lang=lang_attr>{question.text.clone()}</legend>
                {question.help.clone().map(|help| view! { <p class="hint" lang=lang_attr>{help}</p> })}
                {
                    let error_id = format!("answer-error-{}", question.id);
                    move || missing.get().then(|| view! { <p class="field-error" id=error_id.clone()>{t("questions-choose-one")}</p> })
                }
                <div class="choices">
                    {question.options.iter().enumerate().map(|(index, option)| {
                        let id = option.id.clone();
                        let checked = option.id.clone();
                        let first = (index == 0).then_some(first_choice);
                        view! {
                            <label class="choice">
                                <input type="radio" name=name.clone() value=option.id.clone() node_ref=first.unwrap_or_default()
                                    prop:checked=move || choice.get().as_deref() == Some(checked.as_str())
                                    on:change=move |_| {
                                        choice.set(Some(id.clone()));
                                        missing.set(false);
                                    }/>
                                <span>
                                    <strong lang=lang_attr>{option.label.clone()}</strong>
                                    {option.help.clone().map(|help| view! { <span class="note" lang=lang_attr>{help}</span> })}
                                </span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="step-actions">
                <button type="submit" class="button">{tr("questions-continue")}</button>
                {previous.map(|previous| view! {
                    <button type="button" class="button secondary" on:click=move |_| {
                        state.step_moved.set(true);
                        state.editing.set(Some(previous.clone()));
                    }>{tr("questions-back")}</button>
                })}
                {changing.then(|| view! {
                    <button type="button" class="link-button" on:click=move |_| {
                        state.step_moved.set(true);
                        state.editing.set(None);
                    }>{tr("questions-cancel-change")}</button>
                })}
            </div>
        </form>
    }
}
