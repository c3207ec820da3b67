//! An item's guide (办事指南) as a one-time notification (一次性告知): every fact of the
//! item, a few questions about the citizen's case asked one at a time, and the checklist
//! of exactly the materials to bring, ticked off as they are gathered.
//!
//! The answers live in the URL (`?a=…`), so a shared link opens the same checklist; the
//! answers and ticks are also kept on the device per item ([`crate::checklist_store`]).

mod checklist;
mod questions;
mod standard;

pub(crate) use standard::{applying_conditions, step_limit};

use std::collections::HashSet;

use hall_model::{Answers, AppointmentNeed, ErrorCode, FeeDue, ItemGuide, ItemKind, Lang, Route, Walk};
use leptos::prelude::*;

use crate::api::{ApiFailure, ApiRequest, ApiResource, FailedPage};
use crate::checklist_store::{self, SavedChecklist};
use crate::components::item_list::category_name;
use crate::components::{Breadcrumbs, Crumb, LoadError, Loading, OfferingHalls, set_page_title};
use crate::i18n::{t, t_args, tr};
use crate::navigation::{Navigation, Navigator, use_navigator};
use crate::pages::hall::opening_line;
use crate::use_route;

#[component]
pub fn ItemPage(hall: Option<String>, item: String) -> impl IntoView {
    let item_code = item.clone();
    let hall_code = hall.clone();
    let guide = ApiResource::new(move || ApiRequest::item_guide(hall.as_deref(), &item));
    // The tab says which page failed, as the error's heading does.
    let heading = Memo::new(move |_| match guide.get() {
        Some(Ok(g)) => g.name,
        Some(Err(ApiFailure::Api(ErrorCode::ItemNotOfferedAtHall))) | None => String::new(),
        Some(Err(_)) => t(FailedPage::Guide.title_id()),
    });
    set_page_title(move || heading.get());
    view! {
        <section class="page item">
            {move || match guide.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(ApiFailure::Api(ErrorCode::ItemNotOfferedAtHall))) => {
                    view! { <NotOfferedHere item=item_code.clone() hall=hall_code.clone().unwrap_or_default()/> }.into_any()
                }
                Some(Err(failure)) => view! { <LoadError failure retry=move || guide.refetch() page=FailedPage::Guide/> }.into_any(),
                Some(Ok(guide)) => view! { <Guide guide/> }.into_any(),
            }}
        </section>
    }
}

/// A link to an item at a hall that no longer offers it (hotline links live long): names
/// the item, says so, and lists the halls that do, nearest to that hall first, each
/// opening the same checklist there.
#[component]
fn NotOfferedHere(item: String, hall: String) -> impl IntoView {
    let title = ApiResource::new({
        let item = item.clone();
        move || ApiRequest::item_guide(None, &item)
    });
    let heading = Memo::new(move |_| title.get().and_then(|g| g.ok()).map(|g| (g.name, g.lang)));
    set_page_title(move || heading.get().map(|(name, _)| name).unwrap_or_default());
    view! {
        {move || heading.get().map(|(name, lang)| view! { <h1 lang=crate::i18n::lang_attr(lang)>{name}</h1> })}
        <div class="load-error" role="alert"><p>{tr("error-item-not-offered")}</p></div>
        <OfferingHalls item near=crate::nearby::region_of_hall(&hall)/>
    }
}

fn kind_name(kind: ItemKind) -> String {
    t(hall_text::labels::item_kind(kind))
}

fn time_limit(on_the_spot: bool, promised: u32) -> String {
    if on_the_spot { t("item-on-the-spot") } else { t_args("item-working-days", &[("days", promised.into())]) }
}

/// The fee for the answers given (收费标准 by situation): the amount, or the range the
/// questions still open leave, then the parts that make it up and the extras charged only
/// in some cases. Parts' labels are catalogue text, in the guide's language.
#[component]
fn Fee(state: GuideState) -> impl IntoView {
    let lang_attr = state.lang_attr();
    let due = Memo::new(move |_| state.guide.with_value(|g| FeeDue::for_answers(g, &state.answers.get())));
    let amount = move |fen: u32| crate::i18n::money(fen);
    let headline = move || {
        let due = due.get();
        match (due.is_decided(), due.range_fen) {
            (false, (from, to)) if from != to => t_args("item-fee-range", &[("from", amount(from)), ("to", amount(to))]),
            (_, (0, 0)) => t("item-fee-free"),
            (_, (fen, _)) => t_args("item-fee-amount", &[("yuan", amount(fen))]),
        }
    };
    let parts = move || {
        let due = due.get();
        let itemised = due.charged.len() > 1;
        let charged = due.charged.into_iter().filter(move |_| itemised).map(|part| (false, part));
        let extras = due.extras.into_iter().map(|part| (true, part));
        charged
            .chain(extras)
            .map(|(extra, part)| {
                let args = [("label", part.label.into()), ("yuan", amount(part.fen))];
                let line = if extra { t_args("item-fee-extra", &args) } else { t_args("item-fee-part", &args) };
                view! { <li lang=lang_attr>{line}</li> }
            })
            .collect_view()
    };
    view! {
        <span class="fee-due">{headline}</span>
        <ul class="plain fee-parts">{parts}</ul>
    }
}

/// What the questions and the checklist share.
#[derive(Clone, Copy)]
pub(crate) struct GuideState {
    pub guide: StoredValue<ItemGuide>,
    /// The answers that count (to questions asked), read from the URL.
    pub answers: Memo<Answers>,
    /// An answered question the citizen went back to change.
    pub editing: RwSignal<Option<String>>,
    /// Set once the citizen moves between questions, so that focus follows the question
    /// on screen (but stays put on first load).
    pub step_moved: RwSignal<bool>,
    /// Ids of the materials ticked as gathered.
    pub ticked: RwSignal<HashSet<String>>,
    /// The language of the guide's texts (zh-CN when not translated).
    pub content_lang: Lang,
    item_code: StoredValue<String>,
    hall_code: StoredValue<Option<String>>,
    navigator: Navigator,
}

impl GuideState {
    /// The `lang` attribute for texts from the guide, when they differ from the page's.
    pub fn lang_attr(self) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
        crate::i18n::lang_attr(self.content_lang)
    }

    fn route(&self, answers: Answers) -> Route {
        match self.hall_code.get_value() {
            Some(hall) => Route::HallItem { hall, item: self.item_code.get_value(), answers },
            None => Route::Item { code: self.item_code.get_value(), answers },
        }
    }

    /// Answers `question` with `option`: a new history entry, so Back returns to it.
    pub fn answer(&self, question: &str, option: &str) {
        let mut answers = self.answers.get_untracked();
        answers.set(question, option);
        // Drop answers to questions that no longer matter, so links stay short and true.
        let answers = self.guide.with_value(|g| Walk::new(&g.questions, &g.materials, &answers).effective_answers());
        self.editing.set(None);
        self.navigator.go(&self.route(answers).path(), Navigation::Step);
    }

    /// Forgets the answers and ticks of this item, here and on the device.
    pub fn start_again(&self) {
        self.editing.set(None);
        self.ticked.set(HashSet::new());
        checklist_store::save(&self.item_code.get_value(), &SavedChecklist::default());
        self.navigator.go(&self.route(Answers::default()).path(), Navigation::Step);
    }
}

#[component]
fn Guide(guide: ItemGuide) -> impl IntoView {
    let route = use_route();
    let navigator = use_navigator();
    let crumbs: Vec<Crumb> =
        guide.hall.iter().map(|h| Crumb { label: h.name.clone(), href: Route::Hall { code: h.code.clone(), filter: Default::default() }.path() }).collect();
    let saved = checklist_store::load(&guide.code);
    let raw_answers = Memo::new(move |_| match route.get() {
        Route::HallItem { answers, .. } | Route::Item { answers, .. } => answers,
        _ => Answers::default(),
    });
    let content_lang = guide.lang;
    let item_code = StoredValue::new(guide.code.clone());
    let hall_code = StoredValue::new(guide.hall.as_ref().map(|h| h.code.clone()));
    let guide = StoredValue::new(guide);
    let answers = Memo::new(move |_| {
        let raw = raw_answers.get();
        guide.with_value(|g| Walk::new(&g.questions, &g.materials, &raw).effective_answers())
    });
    let state = GuideState {
        guide,
        answers,
        editing: RwSignal::new(None),
        step_moved: RwSignal::new(false),
        ticked: RwSignal::new(saved.ticked),
        content_lang,
        item_code,
        hall_code,
        navigator,
    };
    // A link without answers reopens the checklist this device was working on.
    if raw_answers.get_untracked().is_empty() && !saved.answers.is_empty() {
        navigator.go(&state.route(saved.answers).path(), Navigation::Replace);
    }
    Effect::new(move |_| {
        let saved = SavedChecklist { answers: state.answers.get(), ticked: state.ticked.get() };
        checklist_store::save(&state.item_code.get_value(), &saved);
    });

    let lang_attr = state.lang_attr();
    let g = state.guide.get_value();
    let (kind, category) = (g.kind, g.category);
    let (legal, promised, on_the_spot, online) = (g.legal_limit_days, g.promised_limit_days, g.on_the_spot, g.online);
    // Linked only when it is an address the validator accepts (https, a plain host), whose
    // host the link's label names; shown with non-breaking hyphens: a host is never split
    // over two lines.
    let service_link = |url: &Option<String>| {
        url.as_deref().filter(|_| online).and_then(|url| hall_model::online_url::host(url).map(|host| (url.to_owned(), host.replace('-', "\u{2011}"))))
    };
    let (online_service, mobile_service) = (service_link(&g.online_url), service_link(&g.online_mobile_url));
    let (visits, visits_lang) = (g.visits.count, g.visits.lang);
    let visits_reason = g.visits.reason.clone();
    let (depth, scope) = (g.online_depth, g.scope);
    let (version, updated_on) = (g.version, g.updated);
    let windows = g.windows.clone();
    let legal_basis = g.legal_basis.clone();
    let appointment = g.appointment;
    let (has_hall, hall_books) = (g.hall.is_some(), g.hall.as_ref().is_some_and(|h| h.appointments));
    let need_line = move || hall_text::labels::appointment_need(appointment, has_hall, hall_books).map(t);
    let offering = g.hall.is_none().then(|| g.code.clone());

    view! {
        <Breadcrumbs crumbs/>
        <h1 lang=lang_attr>{g.name.clone()}</h1>
        <p class="card-meta"><span lang=lang_attr>{g.department.clone()}</span>" · "<span class="code" dir="ltr">{g.code.clone()}</span></p>
        {g.hall.clone().map(|h| {
            let hours = h.opening_hours.clone();
            view! {
                <p class="print-only print-hall">
                    <span lang=crate::i18n::lang_attr(h.lang)>{h.name}" · "{h.address}</span>
                    " · "{move || hours.iter().map(opening_line).collect::<Vec<_>>().join(" ")}
                </p>
            }
        })}
        <dl class="facts facts-grid">
            <div class="fact-visits">
                <dt>{tr("item-visits")}</dt>
                <dd>
                    {move || standard::visits_line(visits)}
                    {visits_reason.map(|r| view! { <span class="note" lang=crate::i18n::lang_attr(visits_lang)>{r}</span> })}
                </dd>
            </div>
            <div><dt>{tr("item-promised-limit")}</dt><dd>{move || time_limit(on_the_spot, promised)}</dd></div>
            <div><dt>{tr("item-legal-limit")}</dt><dd>{move || t_args("item-working-days", &[("days", legal.into())])}</dd></div>
            <div>
                <dt>{tr("item-fee")}</dt>
                <dd>
                    <Fee state/>
                    {g.fee_note.clone().map(|note| view! { <span class="note" lang=lang_attr>{note}</span> })}
                </dd>
            </div>
            <div>
                <dt>{tr("item-online-heading")}</dt>
                <dd>
                    {move || standard::depth_name(depth)}
                    {online_service.map(|(url, host)| view! {
                        // Another site: a new tab, so the guide (and the checklist) stay open here.
                        <a class="online-link" href=url target="_blank" rel="noopener noreferrer">
                            {move || t_args("item-online-link", &[("host", host.clone().into())])}
                        </a>
                    })}
                    {mobile_service.map(|(url, host)| view! {
                        <a class="online-link" href=url target="_blank" rel="noopener noreferrer">
                            {move || t_args("item-online-mobile-link", &[("host", host.clone().into())])}
                        </a>
                    })}
                </dd>
            </div>
            <div><dt>{tr("item-scope")}</dt><dd>{move || standard::scope_name(scope)}</dd></div>
            <div><dt>{tr("item-kind")}</dt><dd>{move || kind_name(kind)}</dd></div>
            <div><dt>{tr("item-category")}</dt><dd>{move || category_name(category)}</dd></div>
        </dl>
        {(!windows.is_empty()).then(|| view! {
            <div class="windows-line windows-row">
                <span class="windows-label">{tr("item-windows")}</span>
                <ul class="tags">
                    {windows.iter().map(|w| view! { <li class="tag"><strong dir="ltr">{w.number.clone()}</strong>" "<span lang=crate::i18n::lang_attr(w.lang)>{w.name.clone()}</span></li> }).collect_view()}
                </ul>
            </div>
        })}

        // Whether to book is said before the questions, not only once everything is ticked.
        {move || need_line().map(|line| view! { <p class="appointment-need no-print">{line}</p> })}
        {g.hall.clone().filter(|h| h.appointments).map(|h| view! {
            <p class="book-line no-print">
                <a class=if appointment == AppointmentNeed::NotNeeded { "button secondary" } else { "button" }
                    href=Route::Book { hall: h.code.clone(), item: g.code.clone() }.path()>{tr("book-link")}</a>
            </p>
        })}
        <standard::CanIApply state/>
        <questions::Questions state/>
        <crate::components::Deferred>
            <checklist::Checklist state/>
            {offering.clone().map(|item| view! { <OfferingHalls item near=None/> })}
            <div class="guide-after">
                <standard::Steps state/>
                <standard::ResultSection state/>
                <standard::Limits state/>
                <standard::FaqSection state/>
                <standard::Contacts state/>
            </div>
            <section class="legal-basis" aria-labelledby="legal-heading">
                <h2 id="legal-heading">{tr("item-legal-basis")}</h2>
                <p lang=lang_attr>{legal_basis.clone()}</p>
            </section>
            {move || standard::updated_line(version, updated_on).map(|line| view! { <p class="guide-updated">{line}</p> })}
        </crate::components::Deferred>
    }
}
