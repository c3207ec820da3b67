//! HTTP caching of catalogue answers: a weak `ETag` on every successful `GET` that did
//! not opt out (`Cache-Control: no-store` answers, like slots and appointments, keep
//! theirs), `304 Not Modified` when the client already has it, and a `Cache-Control`
//! that lets browsers, the service worker and proxies reuse an answer for 5 minutes and
//! serve it stale while revalidating for a day (the catalogue changes only on a reseed).

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// The largest answer hashed (the biggest item list is well under this).
const MAX_BODY: usize = 16 * 1024 * 1024;

pub const CATALOGUE_CACHE: &str = "public, max-age=300, stale-while-revalidate=86400";

/// The weak `ETag` of an answer's (unencoded) body: the first 12 bytes of its SHA-256.
pub fn weak_tag(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    format!("W/\"{}\"", digest[..12].iter().map(|b| format!("{b:02x}")).collect::<String>())
}

/// Whether an `If-None-Match` list names `tag` (or is `*`).
pub fn names(if_none_match: &str, tag: &str) -> bool {
    if_none_match.split(',').any(|t| t.trim() == tag || t.trim() == "*")
}

pub async fn etag(request: Request, next: Next) -> Response {
    let is_get = request.method() == Method::GET;
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let response = next.run(request).await;
    if !is_get || response.status() != StatusCode::OK || response.headers().contains_key(header::CACHE_CONTROL) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let tag = weak_tag(&bytes);
    let tag_value = HeaderValue::from_str(&tag).expect("hex");
    parts.headers.insert(header::ETAG, tag_value.clone());
    parts.headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(CATALOGUE_CACHE));
    let matches = if_none_match.is_some_and(|list| names(&list, &tag));
    if matches {
        let mut not_modified = Response::new(Body::empty());
        *not_modified.status_mut() = StatusCode::NOT_MODIFIED;
        for name in [header::ETAG, header::CACHE_CONTROL, header::VARY, header::CONTENT_LANGUAGE] {
            if let Some(value) = parts.headers.get(&name) {
                not_modified.headers_mut().insert(name, value.clone());
            }
        }
        return not_modified;
    }
    Response::from_parts(parts, Body::from(bytes))
}
