//! An item's guide (办事指南): every fact of the item, and the materials to bring for the
//! chosen situation, grouped and counted so that nobody needs a second trip.

use hall_model::display::yuan;
use hall_model::materials::MaterialGroups;
use hall_model::{ItemGuide, ItemKind, Material, MaterialFormat, Route};
use leptos::prelude::*;

use crate::api::{ApiRequest, ApiResource};
use crate::components::item_list::category_name;
use crate::components::{Breadcrumbs, Crumb, LoadError, Loading, set_page_title};
use crate::i18n::{t, t_args, tr, use_i18n};
use crate::navigation::{Navigation, use_navigator};
use crate::use_route;

#[component]
pub fn ItemPage(hall: Option<String>, item: String) -> impl IntoView {
    let guide = ApiResource::new(move || ApiRequest::item_guide(hall.as_deref(), &item));
    let heading = Memo::new(move |_| guide.get().and_then(|g| g.ok()).map(|g| g.name).unwrap_or_default());
    set_page_title(move || heading.get());
    view! {
        <section class="page item">
            {move || match guide.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || guide.refetch()/> }.into_any(),
                Some(Ok(guide)) => view! { <Guide guide/> }.into_any(),
            }}
        </section>
    }
}

fn kind_name(kind: ItemKind) -> String {
    match kind {
        ItemKind::AdministrativeLicensing => t("item-kind-administrative-licensing"),
        ItemKind::AdministrativeConfirmation => t("item-kind-administrative-confirmation"),
        ItemKind::PublicService => t("item-kind-public-service"),
        ItemKind::AdministrativePayment => t("item-kind-administrative-payment"),
        ItemKind::OtherPower => t("item-kind-other-power"),
    }
}

fn format_name(format: MaterialFormat) -> String {
    match format {
        MaterialFormat::Paper => t("material-format-paper"),
        MaterialFormat::Electronic => t("material-format-electronic"),
        MaterialFormat::PaperOrElectronic => t("material-format-paper-or-electronic"),
    }
}

#[component]
fn Guide(guide: ItemGuide) -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let navigator = use_navigator();
    let content_lang = guide.lang;
    let lang_attr = move || (content_lang != i18n.lang.get()).then(|| content_lang.tag());
    let crumbs: Vec<Crumb> = guide
        .hall
        .iter()
        .map(|h| Crumb { label: h.name.clone(), href: Route::Hall { code: h.code.clone(), filter: Default::default() }.path() })
        .collect();

    // The chosen situation lives in the URL, so a link carries it.
    let situation = Memo::new(move |_| match route.get() {
        Route::HallItem { situation, .. } | Route::Item { situation, .. } => situation,
        _ => None,
    });
    let hall_code = guide.hall.as_ref().map(|h| h.code.clone());
    let item_code = guide.code.clone();
    let choose = move |choice: Option<String>| {
        let route = match &hall_code {
            Some(hall) => Route::HallItem { hall: hall.clone(), item: item_code.clone(), situation: choice },
            None => Route::Item { code: item_code.clone(), situation: choice },
        };
        navigator.go(&route.path(), Navigation::Replace);
    };
    let guide = StoredValue::new(guide);
    let g = guide.get_value();
    let (kind, category) = (g.kind, g.category);
    let (legal, promised, on_the_spot, fee, online) = (g.legal_limit_days, g.promised_limit_days, g.on_the_spot, g.fee_fen, g.online);
    let windows = g.windows.clone();
    let situations = g.situations.clone();
    let situation_names: Vec<(String, String)> = g.situations.iter().map(|s| (s.id.clone(), s.name.clone())).collect();

    view! {
        <Breadcrumbs crumbs/>
        <h1 lang=lang_attr>{g.name.clone()}</h1>
        <p class="card-meta"><span lang=lang_attr>{g.department.clone()}</span>" · "<span class="code">{g.code.clone()}</span></p>
        <dl class="facts facts-grid">
            <div><dt>{tr("item-kind")}</dt><dd>{move || kind_name(kind)}</dd></div>
            <div><dt>{tr("item-category")}</dt><dd>{move || category_name(category)}</dd></div>
            <div>
                <dt>{tr("item-promised-limit")}</dt>
                <dd>{move || if on_the_spot { t("item-on-the-spot") } else { t_args("item-working-days", &[("days", promised.into())]) }}</dd>
            </div>
            <div><dt>{tr("item-legal-limit")}</dt><dd>{move || t_args("item-working-days", &[("days", legal.into())])}</dd></div>
            <div>
                <dt>{tr("item-fee")}</dt>
                <dd>
                    {move || if fee == 0 { t("item-fee-free") } else { t_args("item-fee-amount", &[("yuan", yuan(fee).into())]) }}
                    {g.fee_note.clone().map(|note| view! { <span class="note" lang=lang_attr>" "{note}</span> })}
                </dd>
            </div>
            <div><dt>{tr("item-online-heading")}</dt><dd>{move || if online { t("item-online-yes") } else { t("item-online-no") }}</dd></div>
        </dl>
        {(!windows.is_empty()).then(|| view! {
            <p class="windows-line">
                {tr("item-windows")}" "
                {windows.iter().map(|w| view! { <span class="tag"><strong>{w.number.clone()}</strong>" "<span lang=lang_attr>{w.name.clone()}</span></span>" " }).collect_view()}
            </p>
        })}

        <section class="situations" aria-labelledby="situations-heading">
            <h2 id="situations-heading">{tr("item-situations-heading")}</h2>
            <p class="hint">{tr("item-situations-hint")}</p>
            <fieldset>
                <legend class="visually-hidden">{tr("item-situations-heading")}</legend>
                <label class="choice">
                    <input type="radio" name="situation" prop:checked=move || situation.get().is_none() on:change={
                        let choose = choose.clone();
                        move |_| choose(None)
                    }/>
                    <span><strong>{tr("item-situation-all")}</strong></span>
                </label>
                {situations.into_iter().map(|s| {
                    let id = s.id.clone();
                    let id_for_check = s.id.clone();
                    let choose = choose.clone();
                    view! {
                        <label class="choice">
                            <input type="radio" name="situation" value=s.id.clone()
                                prop:checked=move || situation.get().as_deref() == Some(id_for_check.as_str())
                                on:change=move |_| choose(Some(id.clone()))/>
                            <span>
                                <strong lang=lang_attr>{s.name}</strong>
                                {(!s.description.is_empty()).then(|| view! { <span class="note" lang=lang_attr>{s.description}</span> })}
                            </span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        </section>

        <section class="materials" aria-labelledby="materials-heading">
            <h2 id="materials-heading">{tr("item-materials-heading")}</h2>
            {move || {
                let chosen = situation.get();
                guide.with_value(|guide| {
                    let groups = MaterialGroups::for_situation(guide, chosen.as_deref());
                    let totals = groups.totals();
                    let required: Vec<Material> = groups.required.into_iter().cloned().collect();
                    let situational: Vec<Material> = groups.situational.into_iter().cloned().collect();
                    let conditional: Vec<Material> = groups.conditional.into_iter().cloned().collect();
                    let exempt: Vec<Material> = groups.exempt.into_iter().cloned().collect();
                    view! {
                        <p class="totals" role="status">
                            {t_args("item-materials-totals", &[
                                ("documents", totals.documents.into()),
                                ("originals", totals.originals.into()),
                                ("copies", totals.copies.into()),
                            ])}
                        </p>
                        <MaterialGroup materials=required kind="required" content_lang situations=situation_names.clone() show_situations=chosen.is_none()
                            heading=|n: usize| t_args("item-materials-required", &[("count", n.into())])/>
                        <MaterialGroup materials=situational kind="situational" content_lang situations=situation_names.clone() show_situations=chosen.is_none()
                            heading=|n: usize| t_args("item-materials-situational", &[("count", n.into())])/>
                        <MaterialGroup materials=conditional kind="conditional" content_lang situations=situation_names.clone() show_situations=chosen.is_none()
                            heading=|n: usize| t_args("item-materials-conditional", &[("count", n.into())])/>
                        <MaterialGroup materials=exempt kind="exempt" content_lang situations=situation_names.clone() show_situations=chosen.is_none()
                            heading=|n: usize| t_args("item-materials-exempt", &[("count", n.into())])/>
                    }
                })
            }}
        </section>

        <section class="legal-basis" aria-labelledby="legal-heading">
            <h2 id="legal-heading">{tr("item-legal-basis")}</h2>
            <p lang=lang_attr>{g.legal_basis.clone()}</p>
        </section>
    }
}

#[component]
fn MaterialGroup(
    materials: Vec<Material>,
    kind: &'static str,
    content_lang: hall_model::Lang,
    #[prop(into)] heading: Callback<usize, String>,
    /// Situation id → name, to say which situations a material is for.
    situations: Vec<(String, String)>,
    /// With every situation shown, say which ones each specific material is for.
    show_situations: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if materials.is_empty() {
        return ().into_any();
    }
    let count = materials.len();
    let lang_attr = move || (content_lang != i18n.lang.get()).then(|| content_lang.tag());
    view! {
        <section class=format!("material-group material-group-{kind}")>
            <h3>{move || heading.run(count)}</h3>
            <ol class="material-list">
                {materials.into_iter().map(|m| {
                    let (originals, copies, format) = (m.originals, m.copies, m.format);
                    let only_for: Vec<String> = if show_situations {
                        m.situations.iter().filter_map(|id| situations.iter().find(|(s, _)| s == id).map(|(_, name)| name.clone())).collect()
                    } else {
                        Vec::new()
                    };
                    let only_for = (!only_for.is_empty()).then(|| only_for.join(" / "));
                    view! {
                        <li class="card material" data-material=m.id.clone() lang=lang_attr>
                            <p class="card-title">{m.name}</p>
                            {only_for.map(|names| view! { <p class="only-for">{move || t_args("material-only-for", &[("situations", names.clone().into())])}</p> })}
                            {m.condition.map(|c| view! { <p class="condition">{move || t_args("material-condition", &[("condition", c.clone().into())])}</p> })}
                            <p class="counts" lang=move || i18n.lang.get().tag()>{move || t_args("material-counts", &[("originals", originals.into()), ("copies", copies.into())])}</p>
                            <dl class="material-facts">
                                <div><dt lang=move || i18n.lang.get().tag()>{tr("material-format")}</dt><dd lang=move || i18n.lang.get().tag()>{move || format_name(format)}</dd></div>
                                <div><dt lang=move || i18n.lang.get().tag()>{tr("material-source")}</dt><dd>{m.source}</dd></div>
                            </dl>
                            {m.notes.map(|n| view! { <p class="note">{n}</p> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
    .into_any()
}
