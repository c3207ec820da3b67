//! The guide's elements from the national standard (办事指南 / 实施清单) around the
//! questions and the checklist: "Can I apply?" before them; after them what happens next
//! (the steps), the result and its delivery, special procedures and other limits, the
//! FAQ, who to ask or complain to, and how fresh the guide is.
//!
//! The long sections fold on phones (`<details>`, open on wide screens) and print open.

use hall_model::questionnaire::Truth;
use hall_model::standard::{is_phone, tel_uri};
use hall_model::{Applicant, Channel, Delivery, ItemGuide, Lang, Material, OnlineDepth, Question, ResultKind, Scope, Step, Walk};
use leptos::prelude::*;

use super::GuideState;
use crate::i18n::{lang_attr, t, t_args, tr};

/// Whether the screen is wide enough to show the long sections unfolded.
fn wide_screen() -> bool {
    // 48rem, the layout's own breakpoint, at the default 16 px.
    window().inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w >= 768.0)
}

/// A section that folds on phones: its heading is the `<summary>`.
#[component]
fn Fold(id: &'static str, class: &'static str, heading: impl Fn() -> String + Send + Sync + 'static, children: Children) -> impl IntoView {
    view! {
        <details class=format!("fold {class}") open=wide_screen()>
            <summary><h2 id=id>{heading}</h2></summary>
            <div class="fold-body">{children()}</div>
        </details>
    }
}

pub(super) fn applicant_name(applicant: Applicant) -> String {
    t(hall_text::labels::applicant(applicant))
}

pub(super) fn depth_name(depth: OnlineDepth) -> String {
    t(hall_text::labels::online_depth(depth))
}

pub(super) fn scope_name(scope: Scope) -> String {
    t(hall_text::labels::scope(scope))
}

fn result_kind_name(kind: ResultKind) -> String {
    t(hall_text::labels::result_kind(kind))
}

fn delivery_name(delivery: Delivery) -> String {
    t(hall_text::labels::delivery(delivery))
}

/// A step's own time limit: the same day, N working days, or none of its own.
pub fn step_limit(days: Option<u32>) -> Option<String> {
    days.map(|days| if days == 0 { t("step-same-day") } else { t_args("item-working-days", &[("days", days.into())]) })
}

/// 到办事现场次数, with why when more than one: the first fact of the guide.
pub(super) fn visits_line(count: u8) -> String {
    t_args("item-visits-count", &[("count", count.into())])
}

/// 办理对象 and 受理条件: who may apply and on what conditions, for the answers so far.
/// A condition that holds for everyone (or for the answers given) is stated; one that
/// depends on a question still to answer says on which answer; one the answers rule out
/// is not shown.
#[component]
pub(super) fn CanIApply(state: GuideState) -> impl IntoView {
    let applicants = state.guide.with_value(|g| g.applicants.clone());
    let shown = Memo::new(move |_| {
        let answers = state.answers.get();
        state.guide.with_value(|g| applying_conditions(g, &Walk::new(&g.questions, &g.materials, &answers), &t("hall-list-separator")))
    });
    view! {
        <section class="can-apply" aria-labelledby="can-apply-heading">
            <h2 id="can-apply-heading">{tr("conditions-heading")}</h2>
            <p class="applicants">
                <span class="label">{tr("applicants-label")}</span>" "
                {move || applicants.iter().map(|a| applicant_name(*a)).collect::<Vec<_>>().join(&t("hall-list-separator"))}
            </p>
            <p class="conditions-intro">{tr("conditions-intro")}</p>
            <ul class="conditions">
                {move || shown.get().into_iter().map(|(text, lang, depends_on)| {
                    let conditional = depends_on.is_some();
                    view! {
                    <li class:condition-if=conditional>
                        <span lang=lang_attr(lang)>{text}</span>
                        {depends_on.map(|answers| view! {
                            " "<span class="depends-on">{move || t_args("conditions-if-answer", &[("answers", answers.clone().into())])}</span>
                        })}
                    </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The conditions of acceptance that apply to `walk`'s answers, each with its language and,
/// while it depends on a question still to answer, the labels of the answers it needs
/// (joined by `separator`); those the answers rule out are left out. The page's "Can I
/// apply?" and the staff's full reply both say these.
pub(crate) fn applying_conditions(guide: &ItemGuide, walk: &Walk<'_, Question, Material>, separator: &str) -> Vec<(String, Lang, Option<String>)> {
    guide
        .conditions
        .iter()
        .filter_map(|c| {
            let depends_on = match walk.truth(&c.when) {
                Truth::No => return None,
                Truth::Yes => None,
                Truth::Undecided => Some(
                    c.when
                        .iter()
                        .filter_map(|w| guide.questions.iter().find(|q| q.id == w.question).map(|q| (q, w)))
                        .flat_map(|(q, w)| q.options.iter().filter(|o| w.any_of.contains(&o.id)))
                        .map(|o| o.label.clone())
                        .collect::<Vec<_>>()
                        .join(separator),
                ),
            };
            Some((c.text.clone(), c.lang, depends_on))
        })
        .collect()
}

/// 办理流程: what happens after handing in, as a numbered list; where window and online
/// handling differ, a choice between the two.
#[component]
pub(super) fn Steps(state: GuideState) -> impl IntoView {
    let steps = state.guide.with_value(|g| g.steps.clone());
    let differs = steps.iter().any(|s| s.channel != Channel::Both);
    let online = state.guide.with_value(|g| g.online);
    let channel = RwSignal::new(Channel::Window);
    let shown = move || -> Vec<Step> {
        let chosen = channel.get();
        steps.iter().filter(|s| !differs || s.channel == Channel::Both || s.channel == chosen).cloned().collect()
    };
    view! {
        <Fold id="steps-heading" class="steps-section" heading=tr("steps-heading")>
            {(differs && online).then(|| view! {
                <div class="channel-choice no-print" role="radiogroup" aria-labelledby="steps-heading">
                    <label class="check"><input type="radio" name="channel" prop:checked=move || channel.get() == Channel::Window
                        on:change=move |_| channel.set(Channel::Window)/>{tr("steps-at-window")}</label>
                    <label class="check"><input type="radio" name="channel" prop:checked=move || channel.get() == Channel::Online
                        on:change=move |_| channel.set(Channel::Online)/>{tr("steps-online")}</label>
                </div>
            })}
            <ol class="steps">
                {move || shown().into_iter().map(|step| {
                    let limit = step_limit(step.limit_days);
                    let acts = step.applicant_acts;
                    view! {
                        <li class="step" class:step-yours=acts>
                            <p class="step-name"><strong lang=lang_attr(step.lang)>{step.name}</strong>
                                {acts.then(|| view! { " "<span class="tag tag-you">{tr("step-you-act")}</span> })}
                            </p>
                            <p class="step-facts">
                                <span lang=lang_attr(step.lang)>{step.handler}</span>
                                {limit.map(|limit| view! { " · "<span class="step-limit">{limit}</span> })}
                            </p>
                            {step.note.map(|note| view! { <p class="note" lang=lang_attr(step.lang)>{note}</p> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </Fold>
    }
}

/// 办理结果: what the citizen gets, how long it is valid, how it reaches them.
#[component]
pub(super) fn ResultSection(state: GuideState) -> impl IntoView {
    let Some(result) = state.guide.with_value(|g| g.result.clone()) else { return ().into_any() };
    let lang = lang_attr(result.lang);
    let kind = result.kind;
    let delivery = result.delivery.clone();
    view! {
        <Fold id="result-heading" class="result-section" heading=tr("result-heading")>
            <dl class="facts">
                <div><dt>{tr("result-name")}</dt><dd><span lang=lang>{result.name}</span>" "<span class="tag">{move || result_kind_name(kind)}</span></dd></div>
                {result.validity.map(|validity| view! { <div><dt>{tr("result-validity")}</dt><dd lang=lang>{validity}</dd></div> })}
                <div>
                    <dt>{tr("result-delivery")}</dt>
                    <dd><ul class="plain">{move || delivery.iter().map(|d| view! { <li>{delivery_name(*d)}</li> }).collect_view()}</ul></dd>
                </div>
            </dl>
            {result.sample.map(|href| view! {
                <p class="no-print"><a href=href target="_blank" rel="noopener noreferrer">{tr("result-sample")}</a></p>
            })}
        </Fold>
    }
    .into_any()
}

/// 特别程序, 数量限制, 中介服务: what can lengthen or limit the handling, and what must be
/// bought from a third party (nothing, usually: said, since citizens get upsold).
#[component]
pub(super) fn Limits(state: GuideState) -> impl IntoView {
    let (procedures, quantity, intermediaries) = state.guide.with_value(|g| (g.special_procedures.clone(), g.quantity_limit.clone(), g.intermediaries.clone()));
    view! {
        <Fold id="limits-heading" class="limits-section" heading=tr("limits-heading")>
            <dl class="facts">
                <div>
                    <dt>{tr("special-procedures")}</dt>
                    <dd>
                        {named_list(procedures.into_iter().map(|p| {
                            let (days, counts) = (p.limit_days, p.counts_in_limit);
                            let says = move || if counts { t_args("special-procedure-counts", &[("days", days.into())]) } else { t_args("special-procedure-not-counted", &[("days", days.into())]) };
                            (p.name, p.lang, Box::new(says) as Says)
                        }).collect(), tr("special-procedures-none"))}
                    </dd>
                </div>
                <div>
                    <dt>{tr("quantity-limit")}</dt>
                    <dd>{match quantity {
                        Some(q) => view! { <span lang=lang_attr(q.lang)>{q.text}</span> }.into_any(),
                        None => view! { <span>{tr("quantity-limit-none")}</span> }.into_any(),
                    }}</dd>
                </div>
                <div>
                    <dt>{tr("intermediaries")}</dt>
                    <dd>
                        {named_list(intermediaries.into_iter().map(|i| {
                            let charged = i.charged;
                            let says = move || if charged { t("intermediary-charged") } else { t("intermediary-free") };
                            (i.name, i.lang, Box::new(says) as Says)
                        }).collect(), tr("intermediaries-none"))}
                    </dd>
                </div>
            </dl>
        </Fold>
    }
}

/// What a list entry says after its name, in the reader's language.
type Says = Box<dyn Fn() -> String + Send + Sync>;

/// `none` ("None"), or each entry as "name · what it says".
fn named_list(entries: Vec<(String, Lang, Says)>, none: impl Fn() -> String + Send + Sync + 'static) -> AnyView {
    if entries.is_empty() {
        return view! { <span>{none}</span> }.into_any();
    }
    view! {
        <ul class="plain">
            {entries.into_iter().map(|(name, lang, says)| view! { <li><span lang=lang_attr(lang)>{name}</span>" · "{says}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// 常见问题: each question opens its answer.
#[component]
pub(super) fn FaqSection(state: GuideState) -> impl IntoView {
    let faq = state.guide.with_value(|g| g.faq.clone());
    if faq.is_empty() {
        return ().into_any();
    }
    let count = faq.len();
    view! {
        <Fold id="faq-heading" class="faq-section" heading=move || t_args("faq-heading", &[("count", count.into())])>
            {faq.into_iter().map(|f| view! {
                <details class="faq" lang=lang_attr(f.lang)>
                    <summary>{f.question}</summary>
                    <p>{f.answer}</p>
                </details>
            }).collect_view()}
        </Fold>
    }
    .into_any()
}

/// A phone number as a link that dials it (when it is one), never split or reordered.
fn phone_link(phone: String) -> impl IntoView {
    if is_phone(&phone) {
        let href = tel_uri(&phone);
        view! { <a class="phone" dir="ltr" href=href>{phone}</a> }.into_any()
    } else {
        view! { <span dir="ltr">{phone}</span> }.into_any()
    }
}

/// 咨询方式 / 监督投诉: the department's enquiry line, the hall's windows, and where to
/// complain: the hall's supervision line and 12345.
#[component]
pub(super) fn Contacts(state: GuideState) -> impl IntoView {
    let (enquiry, hall) = state.guide.with_value(|g| (g.enquiry_phone.clone(), g.hall.clone()));
    let department = state.guide.with_value(|g| g.department.clone());
    let lang = state.lang_attr();
    let hotline = hall.as_ref().map_or_else(|| "12345".to_owned(), |h| h.hotline.clone());
    let supervision = hall.map(|h| h.supervision_phone);
    view! {
        <Fold id="contacts-heading" class="contacts-section" heading=tr("contacts-heading")>
            <dl class="facts">
                <div><dt>{tr("contacts-enquiry")}</dt><dd><span lang=lang>{department}</span>" "{phone_link(enquiry)}</dd></div>
                {supervision.map(|phone| view! { <div><dt>{tr("contacts-supervision")}</dt><dd>{phone_link(phone)}</dd></div> })}
                <div><dt>{tr("contacts-hotline")}</dt><dd>{phone_link(hotline)}</dd></div>
            </dl>
        </Fold>
    }
}

/// The guide's version and date: how fresh it is, for a citizen and a hotline operator.
pub(super) fn updated_line(version: u32, updated: Option<hall_model::Date>) -> Option<String> {
    let date = updated?;
    Some(t_args("guide-updated", &[("date", crate::pages::track::full_date(date).into()), ("version", version.into())]))
}
