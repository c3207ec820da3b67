//! Every page of the app as one enum: links are built from it and URLs parsed into it,
//! so a deep link pasted by a hotline operator always means the same page.

use crate::Lang;
use crate::item_filter::ItemFilter;
use crate::query_string;
use crate::questionnaire::Answers;

/// A page of the app, with everything its URL carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/` or `/?q=西湖`: find a hall by region or by name.
    Home { query: String },
    /// `/regions/330106`: a region's sub-regions and halls.
    Region { code: String },
    /// `/halls/330106-01?q=…&category=…`: a hall and its (filtered) items.
    Hall { code: String, filter: ItemFilter },
    /// `/halls/330106-01/items/330000001001?a=applicant.agent_case.company-llc`: an item's
    /// guide at a hall, with the citizen's answers to its questions (no personal data).
    HallItem { hall: String, item: String, answers: Answers },
    /// `/items/330000001001`: an item's guide outside any hall.
    Item { code: String, answers: Answers },
    /// `/halls/330106-01/items/102100000007/book`: book an appointment for an item.
    Book { hall: String, item: String },
    /// `/appointments`: the appointments booked on this device.
    Appointments,
    /// `/appointments/7K3M9QXA#<manage token>`: one appointment, to show at the hall or
    /// manage. The token is in the fragment, which browsers never send to a server.
    Appointment { reference: String },
    /// `/track`: where an application stands.
    Track,
    /// `/staff/reply`: the reply composer for hall staff and 12345 operators.
    Compose,
    /// `/about`: what the guide is, and where hall staff find their tools.
    About,
    /// Anything else.
    NotFound,
}

/// The query key of the answers: short, since hotline operators paste these links into SMS.
const ANSWERS: &str = "a";

impl Route {
    /// The path and query of this page, ready to use as an `href`.
    pub fn path(&self) -> String {
        let seg = query_string::encode;
        match self {
            Route::Home { query } if query.trim().is_empty() => "/".to_owned(),
            Route::Home { query } => format!("/{}", query_string::build(&[("q", query.trim().to_owned())])),
            Route::Region { code } => format!("/regions/{}", seg(code)),
            Route::Hall { code, filter } => format!("/halls/{}{}", seg(code), filter.to_query()),
            Route::HallItem { hall, item, answers } => {
                format!("/halls/{}/items/{}{}", seg(hall), seg(item), answers_query(answers))
            }
            Route::Item { code, answers } => {
                format!("/items/{}{}", seg(code), answers_query(answers))
            }
            Route::Book { hall, item } => format!("/halls/{}/items/{}/book", seg(hall), seg(item)),
            Route::Appointments => "/appointments".to_owned(),
            Route::Track => "/track".to_owned(),
            Route::Compose => "/staff/reply".to_owned(),
            Route::About => "/about".to_owned(),
            Route::Appointment { reference } => format!("/appointments/{}", seg(reference)),
            Route::NotFound => "/not-found".to_owned(),
        }
    }

    /// Reads a page from a URL's path and query (`?` optional). Never fails: what is not
    /// a page of the app is `NotFound`, and unreadable filter values are dropped.
    pub fn parse(path: &str, query: &str) -> Route {
        let pairs = query_string::parse(query);
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim().to_owned()).filter(|v| !v.is_empty());
        let answers = || get(ANSWERS).map(|a| Answers::parse(&a)).unwrap_or_default();
        let segments: Vec<String> = path.split('/').filter(|s| !s.is_empty()).map(|s| query_string::decode(s, false)).collect();
        let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
        match segments.as_slice() {
            [] => Route::Home { query: get("q").unwrap_or_default() },
            ["regions", code] if is_code(code) => Route::Region { code: (*code).to_owned() },
            ["halls", code] if is_code(code) => {
                // A link with one bad filter value still opens the hall, keeping the rest.
                let usable: Vec<(String, String)> =
                    pairs.iter().filter(|pair| ItemFilter::from_query_pairs(std::slice::from_ref(*pair)).is_ok()).cloned().collect();
                let filter = ItemFilter::from_query_pairs(&usable).unwrap_or_default();
                Route::Hall { code: (*code).to_owned(), filter }
            }
            ["halls", hall, "items", item] if is_code(hall) && is_code(item) => {
                Route::HallItem { hall: (*hall).to_owned(), item: (*item).to_owned(), answers: answers() }
            }
            ["items", code] if is_code(code) => Route::Item { code: (*code).to_owned(), answers: answers() },
            ["halls", hall, "items", item, "book"] if is_code(hall) && is_code(item) => Route::Book { hall: (*hall).to_owned(), item: (*item).to_owned() },
            ["appointments"] => Route::Appointments,
            ["track"] => Route::Track,
            ["staff", "reply"] => Route::Compose,
            ["about"] => Route::About,
            ["appointments", reference] if is_code(reference) => Route::Appointment { reference: reference.to_ascii_uppercase() },
            _ => Route::NotFound,
        }
    }
}

/// The query key of the language a link opens in: `?lang=ug`. Any page's link may carry
/// it; it wins over the language saved on the device, without replacing it.
pub const LANG: &str = "lang";

/// `path` (with or without a query) with `lang=<tag>` in its query, replacing any.
pub fn with_lang(path: &str, lang: Lang) -> String {
    set_lang(path, Some(lang))
}

/// `path` without a `lang` in its query.
pub fn without_lang(path: &str) -> String {
    set_lang(path, None)
}

fn set_lang(path: &str, lang: Option<Lang>) -> String {
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let mut pairs: Vec<(String, String)> = query_string::parse(query).into_iter().filter(|(k, _)| k != LANG).collect();
    pairs.extend(lang.map(|lang| (LANG.to_owned(), lang.tag().to_owned())));
    let pairs: Vec<(&str, String)> = pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    format!("{path}{}", query_string::build(&pairs))
}

/// The language a link's query asks for, when it is one hall-guide has.
pub fn lang_of(query: &str) -> Option<Lang> {
    query_string::parse(query).into_iter().find(|(k, _)| k == LANG).and_then(|(_, v)| Lang::from_tag(&v))
}

fn answers_query(answers: &Answers) -> String {
    if answers.is_empty() { String::new() } else { query_string::build(&[(ANSWERS, answers.encode())]) }
}

/// Codes of regions, halls and items are short and URL-safe; anything else is not a page.
fn is_code(segment: &str) -> bool {
    !segment.is_empty() && segment.len() <= 64 && segment.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ItemCategory;

    #[test]
    fn every_route_round_trips_through_its_path() {
        let routes = vec![
            Route::Home { query: String::new() },
            Route::Home { query: "西湖 政务".into() },
            Route::Region { code: "330106".into() },
            Route::Hall { code: "330106-01".into(), filter: ItemFilter::default() },
            Route::Hall {
                code: "330106-01".into(),
                filter: ItemFilter { text: "身份证".into(), category: Some(ItemCategory::Identity), online_only: true, on_the_spot_only: false },
            },
            Route::HallItem { hall: "330106-01".into(), item: "330000001001".into(), answers: Answers::default() },
            Route::HallItem {
                hall: "330106-01".into(),
                item: "330000001001".into(),
                answers: Answers::from([("applicant", "agent"), ("case", "company-llc")]),
            },
            Route::Item { code: "330000001001".into(), answers: Answers::default() },
            Route::Book { hall: "330106-01".into(), item: "102100000007".into() },
            Route::Appointments,
            Route::Track,
            Route::Compose,
            Route::About,
            Route::Appointment { reference: "7K3M9QXA".into() },
        ];
        for route in routes {
            let path = route.path();
            let (p, q) = path.split_once('?').unwrap_or((&path, ""));
            assert_eq!(Route::parse(p, q), route, "{path}");
        }
    }

    #[test]
    fn a_link_carries_its_language_next_to_the_page() {
        let path = Route::HallItem { hall: "330106-01".into(), item: "101100000001".into(), answers: Answers::from([("case", "company-llc")]) }.path();
        let linked = with_lang(&path, Lang::Ug);
        assert_eq!(linked, "/halls/330106-01/items/101100000001?a=case.company-llc&lang=ug");
        let (p, q) = linked.split_once('?').unwrap();
        assert_eq!(lang_of(q), Some(Lang::Ug));
        assert_eq!(Route::parse(p, q).path(), path, "the language does not change the page");
        assert_eq!(with_lang(&linked, Lang::Es), "/halls/330106-01/items/101100000001?a=case.company-llc&lang=es");
        assert_eq!(with_lang("/track", Lang::En), "/track?lang=en");
        assert_eq!(without_lang(&linked), path);
        assert_eq!(without_lang("/?lang=ug"), "/");
        assert_eq!(lang_of("lang=fr"), None);
        assert_eq!(lang_of("a=x"), None);
    }

    #[test]
    fn urls_from_the_outside_world_are_read_forgivingly() {
        let table = [
            ("/", "", Route::Home { query: String::new() }),
            ("", "", Route::Home { query: String::new() }),
            ("/regions/330100/", "", Route::Region { code: "330100".into() }),
            (
                "/halls/330106-01",
                "?category=pets&q=%E7%99%BB%E8%AE%B0",
                Route::Hall { code: "330106-01".into(), filter: ItemFilter { text: "登记".into(), ..Default::default() } },
            ),
            ("/items/330000001001", "a=&utm=x", Route::Item { code: "330000001001".into(), answers: Answers::default() }),
            ("/items/330000001001", "a=case.renewal_bad", Route::Item { code: "330000001001".into(), answers: Answers::from([("case", "renewal")]) }),
            ("/halls", "", Route::NotFound),
            ("/halls/330106-01/items", "", Route::NotFound),
            ("/halls/<script>", "", Route::NotFound),
            ("/items/a/b", "", Route::NotFound),
            ("/favicon.ico", "", Route::NotFound),
        ];
        for (path, query, expected) in table {
            assert_eq!(Route::parse(path, query), expected, "{path}?{query}");
        }
    }
}
