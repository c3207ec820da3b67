//! Deep links to a hall or an item (`/halls/<code>`, `/halls/<code>/items/<item>`,
//! `/items/<item>`) get `index.html` with the page's first API answer inside it, so the
//! skeleton can show the hall's or item's name at once instead of after another round
//! trip on a slow network. The answer is what `GET /api/v1/…?lang=` returns (asked of the
//! API router itself), in the language the browser asks for (`?lang=`, else
//! `Accept-Language`); index.html's script uses it only if it picks the same language
//! and API address, and asks the API itself otherwise. Catalogue data only: nothing
//! personal ever goes into a page.

use std::path::PathBuf;

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{ACCEPT, ACCEPT_LANGUAGE, CONTENT_TYPE, VARY};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use hall_model::Lang;
use tower::ServiceExt;

/// Where index.html is, and the API to ask.
#[derive(Clone)]
pub struct FirstPaint {
    pub index: PathBuf,
    pub api: Router,
}

/// The API path whose answer a page shows first, for the page paths handled here.
pub fn api_path(page: &str) -> Option<String> {
    let parts: Vec<&str> = page.trim_start_matches('/').split('/').collect();
    let plain = |s: &&str| !s.is_empty();
    match parts.as_slice() {
        ["halls", code] if plain(code) => Some(format!("/api/v1/halls/{code}")),
        ["halls", code, "items", item] if plain(code) && plain(item) => Some(format!("/api/v1/halls/{code}/items/{item}")),
        ["items", item] if plain(item) => Some(format!("/api/v1/items/{item}")),
        _ => None,
    }
}

impl FirstPaint {
    pub async fn serve(self, request: Request) -> Response {
        let page = request.uri().path().to_owned();
        let query = request.uri().query().unwrap_or("").to_owned();
        // A question answered with no script (the rendered form sends GET): the link with
        // that answer, as the app would go to.
        if let Some(next) = crate::render::answered_by_form(&page, &query) {
            return (StatusCode::SEE_OTHER, [(axum::http::header::LOCATION, next)]).into_response();
        }
        let Ok(html) = tokio::fs::read_to_string(&self.index).await else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let lang = hall_model::route::lang_of(&query)
            .or_else(|| request.headers().get(ACCEPT_LANGUAGE).and_then(|h| h.to_str().ok()).map(Lang::from_accept_language))
            .unwrap_or(Lang::REFERENCE);
        let html = match api_path(&page) {
            Some(path) => {
                let url = format!("{path}?lang={}", lang.tag());
                match self.ask(&url).await {
                    Some(body) => {
                        let answer = serde_json::from_str::<serde_json::Value>(&body).ok();
                        let previewed = match answer.as_ref().and_then(Preview::of) {
                            Some(preview) => preview.into_page(&html, lang),
                            None => html,
                        };
                        // An embedded guide (`?embed=1`) drops the header: the app draws it.
                        let embedded = hall_model::query_string::parse(&query).iter().any(|(k, v)| k == "embed" && v != "0");
                        let rendered = if embedded { None } else { self.render(&page, &query, lang, &body).await };
                        let html = with_page_data(&previewed, &url, &body);
                        match rendered {
                            Some(main) => with_rendered_page(&html, lang, &main),
                            None => html,
                        }
                    }
                    None => html,
                }
            }
            None => html,
        };
        let html = match split_page(&page) {
            Some(name) => with_preloads(&html, &self.split_files(name).await),
            None => html,
        };
        let mut response = Response::new(Body::from(html));
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        headers.insert(VARY, HeaderValue::from_static("Accept-Language"));
        response
    }

    /// The page's `<section>` as the app draws it (src/render), from the API's `body`.
    async fn render(&self, page: &str, query: &str, lang: Lang, body: &str) -> Option<String> {
        let words = crate::render::Words { lang };
        match hall_model::Route::parse(page, query) {
            hall_model::Route::Hall { code, filter } => {
                let hall: hall_model::Hall = serde_json::from_str(body).ok()?;
                let items_url = format!("/api/v1/halls/{}/items?lang={}", hall_model::query_string::encode(&code), lang.tag());
                let items = self.ask(&items_url).await.and_then(|items| serde_json::from_str::<hall_model::HallItems>(&items).ok()).map(|list| list.items);
                let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
                Some(crate::render::hall_page(words, &hall, items, &filter, now))
            }
            hall_model::Route::HallItem { answers, .. } | hall_model::Route::Item { answers, .. } => {
                let guide: hall_model::ItemGuide = serde_json::from_str(body).ok()?;
                Some(crate::render::item_page(words, &guide, &answers))
            }
            _ => None,
        }
    }

    /// The files the app's page `name` is loaded from in a split build (dist's
    /// `split-pages.json`, written by scripts/post-build.mjs); none in other builds.
    async fn split_files(&self, name: &str) -> Vec<String> {
        let Some(dir) = self.index.parent() else { return Vec::new() };
        let Ok(text) = tokio::fs::read_to_string(dir.join("split-pages.json")).await else {
            return Vec::new();
        };
        let mut pages: std::collections::HashMap<String, Vec<String>> = serde_json::from_str(&text).unwrap_or_default();
        pages.remove(name).unwrap_or_default()
    }

    /// The API's answer to `url` when it is a success, as text.
    async fn ask(&self, url: &str) -> Option<String> {
        let request = Request::builder().method(Method::GET).uri(url).header(ACCEPT, "application/json").body(Body::empty()).ok()?;
        let response = self.api.clone().oneshot(request).await.ok()?;
        if response.status() != StatusCode::OK {
            return None;
        }
        // A hall's whole item list can be a few hundred KB; a guide is a few tens.
        let bytes = axum::body::to_bytes(response.into_body(), 4 * 1024 * 1024).await.ok()?;
        String::from_utf8(bytes.to_vec()).ok()
    }
}

/// The page of src/pages/later.rs that draws a deep link's page.
fn split_page(page: &str) -> Option<&'static str> {
    let parts: Vec<&str> = page.trim_start_matches('/').split('/').collect();
    match parts.as_slice() {
        ["halls", _] => Some("hall_page"),
        ["halls", _, "items", _] | ["items", _] => Some("item_page"),
        _ => None,
    }
}

/// `html` fetching `files` (the deep link's page code) from its start, beside the main
/// wasm, instead of once the app has started and asks for them. Only plain file names.
pub fn with_preloads(html: &str, files: &[String]) -> String {
    let plain = |f: &String| !f.is_empty() && f.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.') && f.ends_with(".wasm");
    let links: String = files.iter().filter(|f| plain(f)).map(|f| format!("<link rel=preload href=/{f} as=fetch crossorigin>")).collect();
    match html.find("</head>") {
        Some(at) if !links.is_empty() => format!("{}{links}{}", &html[..at], &html[at..]),
        _ => html.to_owned(),
    }
}

/// index.html with the page the server rendered in place of the skeleton's: `<html>` in
/// `lang` and its direction, the header's words in `lang` (for a reader with no script),
/// `main` holding `section`, then the footer. `#app` says which language it was rendered in
/// (`data-rendered`): index.html's script falls back to the skeleton if it picks another,
/// and the app draws its own page over this one (src/lib.rs, `mount`).
pub fn with_rendered_page(html: &str, lang: Lang, section: &str) -> String {
    let Some((main_start, main_open_end)) = open_tag(html, "main", "id", "main") else {
        return html.to_owned();
    };
    let Some(main_end) = html[main_open_end..].find("</main>").map(|i| main_open_end + i) else {
        return html.to_owned();
    };
    let words = crate::render::Words { lang };
    let mut out = String::with_capacity(html.len() + section.len() + 512);
    out.push_str(&html[..main_start]);
    out.push_str("<main id=\"main\" tabindex=\"-1\">");
    out.push_str(section);
    out.push_str("</main>");
    out.push_str(&crate::render::footer(words));
    out.push_str(&html[main_end + "</main>".len()..]);
    if let Some((start, end)) = open_tag(&out, "div", "id", "app") {
        // The skip link first, as the app's header has it: a keyboard's first Tab.
        let skip = format!("<a class=\"skip-link\" href=\"#main\">{}</a>", crate::render::esc(&words.t("app-skip-to-content")));
        out.replace_range(start..end, &format!("<div id=\"app\" data-rendered=\"{}\">{skip}", lang.tag()));
    }
    if let Some((start, end)) = open_tag(&out, "html", "lang", "zh-CN") {
        out.replace_range(start..end, &format!("<html lang=\"{}\" dir=\"{}\">", lang.tag(), lang.direction().attr()));
    }
    // The skeleton's own words (the header's, before `main`; never a script's text) in
    // `lang`, from its messages.
    let Some(messages) = skeleton_messages(&out).and_then(|m| m.get(lang.tag()).cloned()) else {
        return out;
    };
    let header_end = open_tag(&out, "main", "id", "main").map_or(0, |(start, _)| start);
    format!("{}{}", with_messages(&out[..header_end], &messages), &out[header_end..])
}

/// Where the first `<name …>` tag with `attribute` equal to `value` (quoted or not, as a
/// minified page writes it) starts and ends.
fn open_tag(html: &str, name: &str, attribute: &str, value: &str) -> Option<(usize, usize)> {
    let mut at = 0;
    let opening = format!("<{name}");
    while let Some(offset) = html[at..].find(&opening) {
        let start = at + offset;
        let end = start + html[start..].find('>')? + 1;
        let tag = &html[start..end];
        let boundary = tag[opening.len()..].starts_with([' ', '>', '\n', '\t']);
        let has = |v: String| tag.split([' ', '>', '\n', '\t']).any(|part| part == v);
        if boundary && (has(format!("{attribute}={value}")) || has(format!("{attribute}=\"{value}\""))) {
            return Some((start, end));
        }
        at = end;
    }
    None
}

/// Each element's text of `html` marked `data-message=id` with the text of `id` in
/// `messages` (an element holding only text, as the skeleton's do).
fn with_messages(html: &str, messages: &serde_json::Value) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    const MARK: &str = "data-message=";
    while let Some(at) = rest.find(MARK) {
        let id_start = at + MARK.len() + usize::from(rest[at + MARK.len()..].starts_with('"'));
        let Some(id_len) = rest[id_start..].find(['"', ' ', '>']) else { break };
        let id = &rest[id_start..id_start + id_len];
        let Some(text_start) = rest[id_start..].find('>').map(|i| id_start + i + 1) else { break };
        let Some(text_end) = rest[text_start..].find('<').map(|i| text_start + i) else { break };
        out.push_str(&rest[..text_start]);
        match messages[id].as_str() {
            Some(text) => out.push_str(&escape(text)),
            None => out.push_str(&rest[text_start..text_end]),
        }
        rest = &rest[text_end..];
    }
    out.push_str(rest);
    out
}

/// What a link preview shows (WeChat, messaging apps, search results): the page's own
/// title and description, in the link's language, instead of the site's. A 12345
/// operator's pasted link then shows the item and the hall.
#[derive(Debug, PartialEq, Eq)]
pub struct Preview {
    pub title: String,
    pub description: String,
}

impl Preview {
    /// From the page's API answer: a hall (its name; its address and hours), or an
    /// item's guide (its name and, at a hall, the hall's; the department and the hall).
    pub fn of(answer: &serde_json::Value) -> Option<Preview> {
        let text = |value: &serde_json::Value| value.as_str().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        let name = text(&answer["name"])?;
        if answer.get("address").is_some() {
            let description = [text(&answer["address"]), text(&answer["hours_note"])].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            return Some(Preview { title: name, description });
        }
        let hall = text(&answer["hall"]["name"]);
        let title = match &hall {
            Some(hall) => format!("{name} – {hall}"),
            None => name,
        };
        let description = [text(&answer["department"]), hall].into_iter().flatten().collect::<Vec<_>>().join(" · ");
        Some(Preview { title, description })
    }

    /// `html` with this `<title>` (followed by the site's name in `lang`, from the
    /// skeleton's messages, else the title index.html has), this description, and the
    /// Open Graph tags a preview reads.
    pub fn into_page(self, html: &str, lang: Lang) -> String {
        // The site's own description goes: one description per page.
        let mut html = html.to_owned();
        if let Some(own) = site_description(&html) {
            html.replace_range(own, "");
        }
        let html = html.as_str();
        let Some(title_start) = html.find("<title>") else {
            return html.to_owned();
        };
        let Some(title_len) = html[title_start..].find("</title>") else {
            return html.to_owned();
        };
        let title_end = title_start + title_len + "</title>".len();
        let site = site_name(html, lang).unwrap_or_else(|| html[title_start + "<title>".len()..title_start + title_len].to_owned());
        let title = format!("{} – {site}", self.title);
        let description = if self.description.is_empty() { site.clone() } else { self.description };
        let og_locale = lang.tag().replace('-', "_");
        let head = format!(
            "<title>{}</title><meta name=\"description\" content=\"{}\"><meta property=\"og:type\" content=\"website\"><meta property=\"og:title\" content=\"{}\"><meta property=\"og:description\" content=\"{}\"><meta property=\"og:site_name\" content=\"{}\"><meta property=\"og:locale\" content=\"{}\">",
            escape(&title),
            escape(&description),
            escape(&self.title),
            escape(&description),
            escape(&site),
            escape(&og_locale),
        );
        format!("{}{head}{}", &html[..title_start], &html[title_end..])
    }
}

/// The app's name in `lang`, from index.html's skeleton messages (filled in by
/// scripts/post-build.mjs).
fn site_name(html: &str, lang: Lang) -> Option<String> {
    skeleton_messages(html)?[lang.tag()]["app-name"].as_str().map(str::to_owned)
}

/// index.html's skeleton messages: `{"<tag>": {"<id>": "<text>", …}, …}`.
fn skeleton_messages(html: &str) -> Option<serde_json::Value> {
    let at = html.find("id=skeleton-messages").or_else(|| html.find("id=\"skeleton-messages\""))?;
    let open = at + html[at..].find('>')? + 1;
    let close = open + html[open..].find("</script>")?;
    serde_json::from_str(&html[open..close]).ok()
}

/// Where index.html's own `<meta name=description>` is.
fn site_description(html: &str) -> Option<std::ops::Range<usize>> {
    let mut at = 0;
    while let Some(offset) = html[at..].find("<meta") {
        let start = at + offset;
        let end = start + html[start..].find('>')? + 1;
        let tag = &html[start..end];
        if tag.contains("name=description") || tag.contains("name=\"description\"") {
            return Some(start..end);
        }
        at = end;
    }
    None
}

/// Text safe inside an attribute value or an element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// index.html with `<script type="application/json" id="page-data">` before the skeleton's
/// messages (and so before the script that reads both). `<` is escaped, so no answer can
/// close the element.
pub fn with_page_data(html: &str, url: &str, body: &str) -> String {
    let Some(at) = html.find("id=skeleton-messages").or_else(|| html.find("id=\"skeleton-messages\"")) else {
        return html.to_owned();
    };
    let Some(start) = html[..at].rfind("<script") else {
        return html.to_owned();
    };
    let data = serde_json::json!({ "url": url, "status": 200, "body": body }).to_string().replace('<', "\\u003c");
    format!("{}<script type=\"application/json\" id=\"page-data\">{data}</script>{}", &html[..start], &html[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deep_link_preloads_its_pages_code_and_nothing_but_wasm_file_names() {
        assert_eq!(split_page("/halls/110101-zwfw"), Some("hall_page"));
        assert_eq!(split_page("/halls/110101-zwfw/items/x"), Some("item_page"));
        assert_eq!(split_page("/items/x"), Some("item_page"));
        assert_eq!(split_page("/book/a/b"), None);
        let html = "<html><head><title>t</title></head><body></body></html>";
        let files = ["hall-guide-hall-page-1f.wasm".to_owned(), "x.wasm onload=alert(1)".to_owned(), "../secret.wasm".to_owned()];
        let out = with_preloads(html, &files);
        assert_eq!(out, "<html><head><title>t</title><link rel=preload href=/hall-guide-hall-page-1f.wasm as=fetch crossorigin></head><body></body></html>");
        assert_eq!(with_preloads(html, &[]), html);
    }

    #[test]
    fn only_hall_and_item_pages_carry_data() {
        assert_eq!(api_path("/halls/330106-01").as_deref(), Some("/api/v1/halls/330106-01"));
        assert_eq!(api_path("/halls/330106-01/items/101100000001").as_deref(), Some("/api/v1/halls/330106-01/items/101100000001"));
        assert_eq!(api_path("/items/101100000001").as_deref(), Some("/api/v1/items/101100000001"));
        for other in ["/", "/halls", "/halls/", "/halls/a/b", "/track", "/appointments/X", "/items/"] {
            assert_eq!(api_path(other), None, "{other}");
        }
    }

    #[test]
    fn a_preview_names_the_item_and_hall_in_the_links_language_and_escapes_them() {
        let html = r#"<head><meta charset=utf-8><meta content="站点说明" name=description><title>政务服务大厅办事指南</title></head><body><script id=skeleton-messages type=application/json>{"en":{"app-name":"Hall Guide"}}</script>"#;
        let guide = serde_json::json!({ "name": "Business <registration>", "department": "Market & Regulation", "hall": { "name": "Xihu \"Centre\"" } });
        let preview = Preview::of(&guide).unwrap();
        assert_eq!(preview.title, "Business <registration> – Xihu \"Centre\"");
        assert_eq!(preview.description, "Market & Regulation · Xihu \"Centre\"");
        let page = preview.into_page(html, Lang::En);
        assert!(page.contains("<title>Business &lt;registration&gt; – Xihu &quot;Centre&quot; – Hall Guide</title>"), "{page}");
        assert!(page.contains(r#"<meta property="og:title" content="Business &lt;registration&gt; – Xihu &quot;Centre&quot;">"#), "{page}");
        assert!(page.contains(r#"<meta name="description" content="Market &amp; Regulation · Xihu &quot;Centre&quot;">"#), "{page}");
        assert!(page.contains(r#"<meta property="og:locale" content="en">"#));
        assert!(!page.contains("站点说明"), "one description: {page}");
        assert_eq!(page.matches("<title>").count(), 1);

        // A hall: its address and hours. No messages for the language: the page's title.
        let hall = serde_json::json!({ "name": "西湖区政务服务中心", "address": "文二西路128号", "hours_note": "工作日中午不休息" });
        let page = Preview::of(&hall).unwrap().into_page(html, Lang::ZhCn);
        assert!(page.contains("<title>西湖区政务服务中心 – 政务服务大厅办事指南</title>"), "{page}");
        assert!(page.contains(r#"content="文二西路128号 · 工作日中午不休息""#), "{page}");
        assert!(page.contains(r#"<meta property="og:locale" content="zh_CN">"#));
        assert_eq!(Preview::of(&serde_json::json!({ "error": {} })), None);
    }

    #[test]
    fn the_data_goes_before_the_skeleton_messages_and_cannot_close_its_element() {
        let html = "<body><p>x</p><script type=application/json id=skeleton-messages>{}</script><script>run()</script>";
        let out = with_page_data(html, "/api/v1/halls/1?lang=en", r#"{"name":"</script><b>"}"#);
        let data_at = out.find("id=\"page-data\"").expect("inserted");
        assert!(data_at < out.find("skeleton-messages").unwrap());
        assert_eq!(out.matches("</script>").count(), 3, "the answer's </script> is escaped: {out}");
        assert_eq!(with_page_data("<p>no skeleton</p>", "/x", "{}"), "<p>no skeleton</p>");
    }
}
