//! The language a request wants its content in: `?lang=` first, then `Accept-Language`.

use axum::extract::FromRequestParts;
use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, VARY};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use hall_model::{Lang, query_string};

/// The requested language, already negotiated down to one hall-guide has.
#[derive(Debug, Clone, Copy)]
pub struct RequestLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for RequestLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let from_query = parts.uri.query().and_then(|q| query_string::parse(q).into_iter().find(|(k, _)| k == "lang").and_then(|(_, v)| Lang::from_tag(&v)));
        let from_header = || parts.headers.get(ACCEPT_LANGUAGE).and_then(|h| h.to_str().ok()).map(Lang::from_accept_language);
        Ok(RequestLang(from_query.or_else(from_header).unwrap_or(Lang::REFERENCE)))
    }
}

/// Headers that say which language a response is in, and that it depends on the request's.
pub fn content_language(lang: Lang) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_LANGUAGE, HeaderValue::from_static(lang.tag()));
    headers.insert(VARY, HeaderValue::from_static("Accept-Language"));
    headers
}
