//! A hall: where and when it is open, what it offers, and its items with an instant
//! filter whose state lives in the URL (so a filtered list can be shared).

use hall_model::display::weekday_spans;
use hall_model::maps::MapApp;
use hall_model::opening::{OpenState, beijing};
use hall_model::{DayException, Hall, ItemCategory, ItemFilter, OpeningHours, Route};
use leptos::prelude::*;

use crate::api::{ApiRequest, ApiResource, FailedPage};
use crate::components::hall_card::{level_name, service_names};
use crate::components::item_list::category_name;
use crate::components::{Breadcrumbs, Crumb, ItemList, LoadError, Loading, set_page_title};
use crate::i18n::{t, t_args, tr, use_i18n};
use crate::navigation::{Navigation, use_navigator};
use crate::use_route;

#[component]
pub fn HallPage(code: String) -> impl IntoView {
    let hall_code = code.clone();
    let hall = ApiResource::new(move || ApiRequest::hall(&hall_code));
    // The tab says which page failed, as the error's heading does.
    let heading = Memo::new(move |_| match hall.get() {
        Some(Ok(h)) => h.name,
        Some(Err(_)) => t(FailedPage::Hall.title_id()),
        None => String::new(),
    });
    set_page_title(move || heading.get());
    view! {
        <section class="page hall">
            {move || match hall.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || hall.refetch() page=FailedPage::Hall/> }.into_any(),
                Some(Ok(hall)) => view! { <HallDetails hall/> <HallItemsSection code=code.clone()/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn HallDetails(hall: Hall) -> impl IntoView {
    let i18n = use_i18n();
    let crumbs = hall.region_path.iter().map(|r| Crumb { label: r.name.clone(), href: Route::Region { code: r.code.clone() }.path() }).collect();
    let content_lang = hall.lang;
    let lang_attr = move || (content_lang != i18n.lang.get()).then(|| content_lang.tag());
    let level = hall.level;
    let services = hall.services;
    let hours = hall.opening_hours.clone();
    let hotline = hall.hotline.clone();
    let supervision = hall.supervision_phone.clone();
    let item_count = hall.item_count;
    let (location, map_name) = (hall.location, hall.name.clone());
    let (transport, parking) = (hall.transport.clone(), hall.parking.clone());
    view! {
        <Breadcrumbs crumbs/>
        <h1 lang=lang_attr>{hall.name.clone()}</h1>
        <p class="card-meta">
            <span class="badge">{move || level_name(level)}</span>" "
            <a class="jump-link" href="#items-heading">{move || t_args("hall-jump-to-items", &[("count", item_count.into())])}</a>
        </p>
        <OpenNow hours=hall.opening_hours.clone() exceptions=hall.exceptions.clone()/>
        <div class="share-line"><crate::components::share::ShareButton/></div>
        <dl class="facts facts-grid">
            <div>
                <dt>{tr("hall-address")}</dt>
                <dd>
                    <span lang=lang_attr>{hall.address.clone()}</span>
                    {location.map(|at| view! {
                        <p class="map-links no-print">
                            <span class="label">{tr("hall-open-in-maps")}</span>" "
                            {MapApp::ALL.into_iter().map(|app| view! {
                                <a class="map-link" href=app.link(at, &map_name) target="_blank" rel="noopener noreferrer">{move || map_app_name(app)}</a>
                            }).collect_view()}
                        </p>
                    })}
                </dd>
            </div>
            {transport.map(|note| view! {
                <div><dt>{tr("hall-transport")}</dt><dd class="prose" lang=crate::i18n::lang_attr(note.lang)>{note.text}</dd></div>
            })}
            {parking.map(|note| view! {
                <div><dt>{tr("hall-parking")}</dt><dd class="prose" lang=crate::i18n::lang_attr(note.lang)>{note.text}</dd></div>
            })}
            <div>
                <dt>{tr("hall-opening-hours")}</dt>
                <dd>
                    <ul class="plain">
                        {move || hours.iter().map(|span| view! { <li>{opening_line(span)}</li> }).collect_view()}
                    </ul>
                    {hall.hours_note.clone().map(|note| view! { <p class="note" lang=lang_attr>{note}</p> })}
                </dd>
            </div>
            <div>
                <dt>{tr("hall-hotline")}</dt>
                <dd><a class="phone" dir="ltr" href=format!("tel:{hotline}")>{hotline.clone()}</a></dd>
            </div>
            <div>
                <dt>{tr("hall-supervision-phone")}</dt>
                <dd><a class="phone" dir="ltr" href=format!("tel:{supervision}")>{supervision.clone()}</a></dd>
            </div>
            <div>
                <dt>{tr("hall-services-heading")}</dt>
                <dd>
                    {move || {
                        let names = service_names(services);
                        if names.is_empty() {
                            view! { <span>{t("hall-services-none")}</span> }.into_any()
                        } else {
                            view! { <ul class="tags">{names.into_iter().map(|n| view! { <li class="tag tag-good">{n}</li> }).collect_view()}</ul> }.into_any()
                        }
                    }}
                </dd>
            </div>
        </dl>
        {(!hall.windows.is_empty()).then(|| {
            let windows = hall.windows.clone();
            view! {
                <details class="windows">
                    <summary>{move || t_args("hall-windows-heading", &[("count", windows.len().into())])}</summary>
                    <ul class="plain">
                        {hall.windows.clone().into_iter().map(|w| {
                            let count = w.item_count;
                            view! {
                                <li><strong dir="ltr">{w.number}</strong>" "<span lang=crate::i18n::lang_attr(w.lang)>{w.name}</span>" "
                                <span class="count">{move || t_args("hall-window-item-count", &[("count", count.into())])}</span></li>
                            }
                        }).collect_view()}
                    </ul>
                </details>
            }
        })}
    }
}

fn map_app_name(app: MapApp) -> String {
    t(hall_text::labels::map_app(app))
}

/// "Open now · closes at 17:00" / "Closed · opens Monday 09:00", from the hours and the
/// holiday calendar's exceptions, in Beijing time whatever the phone's zone; checked again
/// every half minute, so a page left open does not go stale.
#[component]
pub(crate) fn OpenNow(hours: Vec<OpeningHours>, exceptions: Vec<DayException>) -> impl IntoView {
    let now = RwSignal::new(unix_now());
    if let Ok(handle) = set_interval_with_handle(move || now.set(unix_now()), std::time::Duration::from_secs(30)) {
        on_cleanup(move || handle.clear());
    }
    let state = Memo::new(move |_| OpenState::at(&hours, &exceptions, now.get()));
    let line = move || {
        let (today, _) = beijing(now.get());
        match state.get() {
            OpenState::Open { closes } => t_args("hall-open-now", &[("close", closes.into())]),
            OpenState::Closed { date, opens } => {
                let day = if date == today {
                    t("hall-day-today")
                } else if date == today.add_days(1) {
                    t("hall-day-tomorrow")
                } else {
                    crate::components::slot_picker::day_label(date)
                };
                t_args("hall-closed-now", &[("day", day.into()), ("open", opens.into())])
            }
            OpenState::ClosedForNow => t("hall-closed-for-now"),
        }
    };
    view! {
        <p class="open-now" class:is-open=move || matches!(state.get(), OpenState::Open { .. })>
            <span class="when" dir=crate::i18n::text_dir()>{line}</span>
        </p>
    }
}

fn unix_now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// A yes/no filter of the item list, as a large tap target.
#[component]
fn FilterCheck(checked: Signal<bool>, #[prop(into)] on_toggle: Callback<bool>, label: impl Fn() -> String + Send + Sync + 'static) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=move || checked.get() on:change=move |ev| on_toggle.run(event_target_checked(&ev))/>
            {label}
        </label>
    }
}

/// "Monday–Friday 09:00–12:00" in the reader's language.
pub(crate) fn opening_line(span: &OpeningHours) -> String {
    let days: Vec<String> = weekday_spans(&span.weekdays)
        .into_iter()
        .map(|(from, to)| {
            if from == to { weekday_name(from) } else { t_args("hall-weekday-range", &[("from", weekday_name(from).into()), ("to", weekday_name(to).into())]) }
        })
        .collect();
    t_args(
        "hall-opening-span",
        &[("days", days.join(&t("hall-list-separator")).into()), ("open", span.open.clone().into()), ("close", span.close.clone().into())],
    )
}

pub(crate) fn weekday_name(day: u8) -> String {
    t(hall_text::labels::weekday(day))
}

#[component]
fn HallItemsSection(code: String) -> impl IntoView {
    let route = use_route();
    let navigator = use_navigator();
    let hall_code = code.clone();
    let items = ApiResource::new(move || ApiRequest::hall_items(&hall_code));
    let filter = Memo::new(move |_| match route.get() {
        Route::Hall { filter, .. } => filter,
        _ => ItemFilter::default(),
    });
    // The filter lives in the URL: each change replaces the history entry, so Back still
    // leaves the hall and a copied link shows the same filtered list.
    let set_filter = {
        let code = code.clone();
        Callback::new(move |new_filter: ItemFilter| {
            let path = Route::Hall { code: code.clone(), filter: new_filter }.path();
            navigator.go(&path, Navigation::Replace);
        })
    };
    let update = move |change: &dyn Fn(&mut ItemFilter)| {
        let mut next = filter.get_untracked();
        change(&mut next);
        set_filter.run(next);
    };
    view! {
        <section class="hall-items" aria-labelledby="items-heading">
            <h2 id="items-heading">{tr("hall-items-heading")}</h2>
            <div class="filters">
                <div class="filter-field">
                <label for="item-filter">{tr("hall-filter-label")}</label>
                <input
                    id="item-filter"
                    type="search"
                    autocomplete="off"
                    maxlength="100"
                    placeholder=tr("hall-filter-placeholder")
                    prop:value=move || filter.with(|f| f.text.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        update(&|f| f.text = value.clone());
                    }
                />
                </div>
                <div class="filter-field">
                <label for="item-category">{tr("hall-filter-category")}</label>
                <select
                    id="item-category"
                    prop:value=move || filter.with(|f| f.category.map(|c| c.as_str()).unwrap_or("").to_owned())
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        update(&|f| f.category = ItemCategory::parse(&value));
                    }
                >
                    <option value="">{tr("hall-filter-category-all")}</option>
                    {ItemCategory::ALL.into_iter().map(|c| view! { <option value=c.as_str()>{move || category_name(c)}</option> }).collect_view()}
                </select>
                </div>
                <div class="checks">
                    <FilterCheck
                        checked=Signal::derive(move || filter.with(|f| f.online_only))
                        on_toggle=move |checked| update(&|f| f.online_only = checked)
                        label=tr("hall-filter-online")
                    />
                    <FilterCheck
                        checked=Signal::derive(move || filter.with(|f| f.on_the_spot_only))
                        on_toggle=move |checked| update(&|f| f.on_the_spot_only = checked)
                        label=tr("hall-filter-on-the-spot")
                    />
                </div>
            </div>
            {move || match items.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadError failure retry=move || items.refetch()/> }.into_any(),
                Some(Ok(list)) => view! {
                    <ItemList hall_code=code.clone() items=list.items filter=filter on_clear=move |_| set_filter.run(ItemFilter::default())/>
                }.into_any(),
            }}
        </section>
    }
}
