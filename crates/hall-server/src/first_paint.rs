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
        let Ok(html) = tokio::fs::read_to_string(&self.index).await else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let page = request.uri().path().to_owned();
        let query = request.uri().query().unwrap_or("");
        let lang = hall_model::route::lang_of(query)
            .or_else(|| request.headers().get(ACCEPT_LANGUAGE).and_then(|h| h.to_str().ok()).map(Lang::from_accept_language))
            .unwrap_or(Lang::REFERENCE);
        let html = match api_path(&page) {
            Some(path) => {
                let url = format!("{path}?lang={}", lang.tag());
                match self.ask(&url).await {
                    Some(body) => with_page_data(&html, &url, &body),
                    None => html,
                }
            }
            None => html,
        };
        let mut response = Response::new(Body::from(html));
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        headers.insert(VARY, HeaderValue::from_static("Accept-Language"));
        response
    }

    /// The API's answer to `url` when it is a success, as text.
    async fn ask(&self, url: &str) -> Option<String> {
        let request = Request::builder().method(Method::GET).uri(url).header(ACCEPT, "application/json").body(Body::empty()).ok()?;
        let response = self.api.clone().oneshot(request).await.ok()?;
        if response.status() != StatusCode::OK {
            return None;
        }
        // The largest guide is a few tens of KB; anything bigger is not worth inlining.
        let bytes = axum::body::to_bytes(response.into_body(), 512 * 1024).await.ok()?;
        String::from_utf8(bytes.to_vec()).ok()
    }
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
    fn only_hall_and_item_pages_carry_data() {
        assert_eq!(api_path("/halls/330106-01").as_deref(), Some("/api/v1/halls/330106-01"));
        assert_eq!(api_path("/halls/330106-01/items/101100000001").as_deref(), Some("/api/v1/halls/330106-01/items/101100000001"));
        assert_eq!(api_path("/items/101100000001").as_deref(), Some("/api/v1/items/101100000001"));
        for other in ["/", "/halls", "/halls/", "/halls/a/b", "/track", "/appointments/X", "/items/"] {
            assert_eq!(api_path(other), None, "{other}");
        }
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
