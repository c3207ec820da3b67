//! A hall's page, as src/pages/hall.rs draws it: its details and the first items of its
//! list for the filter in the link.

use hall_model::maps::MapApp;
use hall_model::opening::{OpenState, beijing};
use hall_model::{Hall, ItemCategory, ItemFilter, ItemIndex, ItemSummary, Route};
use hall_text::cards::{CardLabels, push_card};

use super::{Words, breadcrumbs, esc};

/// How many matching items the list shows at first: the app's `FIRST_ITEMS_SHOWN`.
pub const FIRST_ITEMS_SHOWN: usize = 30;

/// The hall's page (`<section class="page hall">`) at `now` (Unix seconds), its list
/// filtered by `filter`. `items` is `None` when the list could not be had: the app fetches it.
pub fn hall_page(words: Words, hall: &Hall, items: Option<Vec<ItemSummary>>, filter: &ItemFilter, now: i64) -> String {
    let w = words;
    let lang = w.lang_attr(hall.lang);
    let mut h = String::from("<section class=\"page hall\">");
    let crumbs: Vec<(String, String)> = hall.region_path.iter().map(|r| (r.name.clone(), Route::Region { code: r.code.clone() }.path())).collect();
    h += &breadcrumbs(w, &crumbs);
    h += &format!("<h1{lang}>{}</h1>", esc(&hall.name));
    h += &format!(
        "<p class=\"card-meta\"><span class=\"badge\">{}</span> <a class=\"jump-link\" href=\"#items-heading\">{}</a></p>",
        esc(&w.t(hall_text::labels::hall_level(hall.level))),
        esc(&w.t_args("hall-jump-to-items", &[("count", hall.item_count.into())]))
    );
    h += &open_now(w, hall, now);
    h += &format!("<div class=\"share-line\"><button type=\"button\" class=\"button secondary\">{}</button></div>", esc(&w.t("app-share")));
    h += "<dl class=\"facts facts-grid\">";
    h += &format!("<div><dt>{}</dt><dd><span{lang}>{}</span>", esc(&w.t("hall-address")), esc(&hall.address));
    if let Some(at) = hall.location {
        h += &format!("<p class=\"map-links no-print\"><span class=\"label\">{}</span> ", esc(&w.t("hall-open-in-maps")));
        for app in MapApp::ALL {
            h += &format!(
                "<a class=\"map-link\" href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>",
                esc(&app.link(at, &hall.name)),
                esc(&w.t(hall_text::labels::map_app(app)))
            );
        }
        h += "</p>";
    }
    h += "</dd></div>";
    for (id, note) in [("hall-transport", &hall.transport), ("hall-parking", &hall.parking)] {
        if let Some(note) = note {
            h += &format!("<div><dt>{}</dt><dd class=\"prose\"{}>{}</dd></div>", esc(&w.t(id)), w.lang_attr(note.lang), esc(&note.text));
        }
    }
    h += &format!("<div><dt>{}</dt><dd><ul class=\"plain\">", esc(&w.t("hall-opening-hours")));
    for span in &hall.opening_hours {
        h += &format!("<li>{}</li>", esc(&w.opening_line(span)));
    }
    h += "</ul>";
    if let Some(note) = &hall.hours_note {
        h += &format!("<p class=\"note\"{lang}>{}</p>", esc(note));
    }
    h += "</dd></div>";
    for (id, phone) in [("hall-hotline", &hall.hotline), ("hall-supervision-phone", &hall.supervision_phone)] {
        h += &format!("<div><dt>{}</dt><dd><a class=\"phone\" dir=\"ltr\" href=\"tel:{}\">{}</a></dd></div>", esc(&w.t(id)), esc(phone), esc(phone));
    }
    h += &format!("<div><dt>{}</dt><dd>", esc(&w.t("hall-services-heading")));
    let services = hall_text::labels::hall_services(hall.services);
    if services.is_empty() {
        h += &format!("<span>{}</span>", esc(&w.t("hall-services-none")));
    } else {
        h += "<ul class=\"tags\">";
        for id in services {
            h += &format!("<li class=\"tag tag-good\">{}</li>", esc(&w.t(id)));
        }
        h += "</ul>";
    }
    h += "</dd></div></dl>";
    if !hall.windows.is_empty() {
        h += &format!(
            "<details class=\"windows\"><summary>{}</summary><ul class=\"plain\">",
            esc(&w.t_args("hall-windows-heading", &[("count", hall.windows.len().into())]))
        );
        for window in &hall.windows {
            h += &format!(
                "<li><strong dir=\"ltr\">{}</strong> <span{}>{}</span> <span class=\"count\">{}</span></li>",
                esc(&window.number),
                w.lang_attr(window.lang),
                esc(&window.name),
                esc(&w.t_args("hall-window-item-count", &[("count", window.item_count.into())]))
            );
        }
        h += "</ul></details>";
    }
    h += &items_section(w, &hall.code, items, filter);
    h += "</section>";
    h
}

/// As the app's `OpenNow`.
fn open_now(w: Words, hall: &Hall, now: i64) -> String {
    let (today, _) = beijing(now);
    let state = OpenState::at(&hall.opening_hours, &hall.exceptions, now);
    let line = match &state {
        OpenState::Open { closes } => w.t_args("hall-open-now", &[("close", closes.clone().into())]),
        OpenState::Closed { date, opens } => {
            let day = if *date == today {
                w.t("hall-day-today")
            } else if *date == today.add_days(1) {
                w.t("hall-day-tomorrow")
            } else {
                let (_, month, day) = date.ymd();
                w.t_args("date-day", &[("month", month.into()), ("day", day.into()), ("weekday", w.t(hall_text::labels::weekday(date.weekday())).into())])
            };
            w.t_args("hall-closed-now", &[("day", day.into()), ("open", opens.clone().into())])
        }
        OpenState::ClosedForNow => w.t("hall-closed-for-now"),
    };
    let class = if matches!(state, OpenState::Open { .. }) { "open-now is-open" } else { "open-now" };
    format!("<p class=\"{class}\"><span class=\"when\" dir=\"{}\">{}</span></p>", w.lang.direction().attr(), esc(&line))
}

/// As the app's `HallItemsSection` and `ItemList`.
fn items_section(w: Words, hall_code: &str, items: Option<Vec<ItemSummary>>, filter: &ItemFilter) -> String {
    let check = |checked: bool, id: &'static str| {
        format!("<label class=\"check\"><input type=\"checkbox\"{}>{}</label>", if checked { " checked" } else { "" }, esc(&w.t(id)))
    };
    let mut h = format!(
        "<section class=\"hall-items\" aria-labelledby=\"items-heading\"><h2 id=\"items-heading\">{}</h2><div class=\"filters\"><div class=\"filter-field\"><label for=\"item-filter\">{}</label><input id=\"item-filter\" type=\"search\" autocomplete=\"off\" maxlength=\"100\" placeholder=\"{}\" value=\"{}\"></div><div class=\"filter-field\"><label for=\"item-category\">{}</label><select id=\"item-category\"><option value=\"\">{}</option>",
        esc(&w.t("hall-items-heading")),
        esc(&w.t("hall-filter-label")),
        esc(&w.t("hall-filter-placeholder")),
        esc(&filter.text),
        esc(&w.t("hall-filter-category")),
        esc(&w.t("hall-filter-category-all"))
    );
    for category in ItemCategory::ALL {
        let selected = if filter.category == Some(category) { " selected" } else { "" };
        h += &format!("<option value=\"{}\"{selected}>{}</option>", category.as_str(), esc(&w.t(hall_text::labels::category(category))));
    }
    h += &format!(
        "</select></div><div class=\"checks\">{}{}</div></div>",
        check(filter.online_only, "hall-filter-online"),
        check(filter.on_the_spot_only, "hall-filter-on-the-spot")
    );
    let Some(items) = items else {
        h += &format!(
            "<div class=\"loading\" role=\"status\" aria-live=\"polite\"><span class=\"spinner\" aria-hidden=\"true\"></span>{}</div></section>",
            esc(&w.t("app-loading"))
        );
        return h;
    };
    let total = items.len();
    let index = ItemIndex::new(items);
    let matching = filter.matching(&index);
    let count = if matching.len() == total {
        w.t_args("hall-items-count-all", &[("count", total.into())])
    } else {
        w.t_args("hall-items-count-filtered", &[("shown", matching.len().into()), ("total", total.into())])
    };
    h += &format!("<p class=\"result-count\" role=\"status\" aria-live=\"polite\">{}</p>", esc(&count));
    if matching.is_empty() {
        h += &format!(
            "<div class=\"empty\"><p>{}</p><a class=\"button secondary\" href=\"{}\">{}</a></div>",
            esc(&w.t("hall-items-none")),
            esc(&Route::Hall { code: hall_code.to_owned(), filter: ItemFilter::default() }.path()),
            esc(&w.t("hall-filter-clear"))
        );
    } else {
        let say = |id: &'static str, args: &[(&'static str, fluent_bundle::FluentValue<'static>)]| w.t_args(id, args);
        let mut labels = CardLabels::new(&say);
        h += "<ul class=\"item-list\">";
        for &i in matching.iter().take(FIRST_ITEMS_SHOWN) {
            let item = &index.items[i];
            let href = Route::HallItem { hall: hall_code.to_owned(), item: item.code.clone(), answers: Default::default() }.path();
            push_card(&mut h, item, &href, w.lang, &mut labels);
        }
        h += "</ul>";
        if matching.len() > FIRST_ITEMS_SHOWN {
            h += &format!(
                "<button type=\"button\" class=\"button secondary show-all\">{}</button>",
                esc(&w.t_args("hall-items-show-all", &[("count", matching.len().into())]))
            );
        }
    }
    h += "</section>";
    h
}
