//! What stands between the internet and the handlers: who the client is (for rate
//! limits), how big and how slow a request may be, which other sites may call the API
//! from a browser (CORS), the structured access log, and the guarantee that every API
//! error — even one axum produces before a handler runs — is the JSON envelope.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, MatchedPath, Request};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hall_model::ErrorCode;

use crate::api::error::AppError;

/// The largest request body the API reads. The biggest real request (a staff status event
/// with a note) is a few kilobytes.
pub const BODY_LIMIT: usize = 64 * 1024;

/// How long a request may take, reading its body included, before it is answered
/// `unavailable` (503, `Retry-After`). A write cut short rolls back as a whole; a booking
/// that did commit is found again by its `Idempotency-Key`.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

/// The address a request's limits count against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

/// Where the client's address comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ClientAddressSource {
    /// The TCP peer (the server faces the internet, or tests).
    #[default]
    Peer,
    /// The last address of `X-Forwarded-For`: the one the load balancer in front added.
    /// Only behind a proxy that sets it; otherwise clients could pick their own address.
    ForwardedFor,
}

/// Finds the client's address once per request and puts it in the request's extensions.
pub async fn client_address(source: ClientAddressSource, mut request: Request, next: Next) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let forwarded = match source {
        ClientAddressSource::Peer => None,
        ClientAddressSource::ForwardedFor => request
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .last()
            .and_then(|a| a.trim().parse::<IpAddr>().ok()),
    };
    let client = forwarded.or(peer).unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    request.extensions_mut().insert(ClientAddr(client));
    next.run(request).await
}

/// Answers `unavailable` when a request takes longer than `limit` ([`REQUEST_TIMEOUT`]
/// unless configured), a slowly sent body included; the handler's future is dropped, so
/// an open transaction rolls back.
pub async fn timeout(limit: Duration, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(timeout_ms = limit.as_millis() as u64, "request timed out");
            AppError::new(ErrorCode::Unavailable, "the request took too long; retry shortly").into_response()
        }
    }
}

/// Refuses a path segment or a query parameter holding a control character (NUL, BEL,
/// ESC, DEL…, percent-encoded or not) with `invalid_parameter` naming `path` or the
/// parameter, before any handler or database sees it: the same answer on SQLite and
/// PostgreSQL (which cannot even store a NUL).
pub async fn refuse_control_characters(request: Request, next: Next) -> Response {
    let has_control = |text: &str| text.chars().any(|c| c.is_control());
    let path = hall_model::query_string::decode(request.uri().path(), false);
    if has_control(&path) {
        return AppError::invalid_parameter("path", "the path holds a control character").into_response();
    }
    if let Some(query) = request.uri().query() {
        for (key, value) in hall_model::query_string::parse(query) {
            if has_control(&key) || has_control(&value) {
                let field = if has_control(&key) { "query".to_owned() } else { key };
                return AppError::invalid_parameter(&field, format!("{field} holds a control character")).into_response();
            }
        }
    }
    next.run(request).await
}

/// Turns an error that axum answered itself (a wrong method, a body too large, …) into
/// the envelope with a stable code, keeping headers such as `Allow` and `Retry-After`.
pub async fn envelope(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if status.as_u16() < 400 || is_json {
        return response;
    }
    let error = match status {
        StatusCode::METHOD_NOT_ALLOWED => AppError::new(ErrorCode::MethodNotAllowed, "this route does not take this method; see the Allow header"),
        StatusCode::PAYLOAD_TOO_LARGE => AppError::new(ErrorCode::PayloadTooLarge, format!("the request body is larger than {} bytes", BODY_LIMIT)),
        StatusCode::NOT_FOUND => AppError::new(ErrorCode::RouteNotFound, "no API route here"),
        StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE | StatusCode::GATEWAY_TIMEOUT => {
            AppError::new(ErrorCode::Unavailable, "the service is busy; retry shortly")
        }
        s if s.is_client_error() => {
            // Which part axum could not read: it says so in its plain-text answer.
            let text = axum::body::to_bytes(response.into_body(), 4096).await.unwrap_or_default();
            let field = if text.starts_with(b"Invalid URL") {
                "path"
            } else if text.starts_with(b"Failed to deserialize query") {
                "query"
            } else {
                "body"
            };
            return AppError::invalid_parameter(field, format!("the request's {field} could not be read")).into_response();
        }
        _ => AppError::new(ErrorCode::Internal, "internal error"),
    };
    let kept = response.headers().clone();
    let mut answer = error.into_response();
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = kept.get(&name) {
            answer.headers_mut().insert(name, value.clone());
        }
    }
    answer
}

/// One structured line per API request: method, route template (never the actual path
/// or query, which can hold search text or an application number), status and time.
/// No addresses, no bodies, no headers: the log holds nothing personal.
pub async fn access_log(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let route = request.extensions().get::<MatchedPath>().map_or_else(|| "(no route)".to_owned(), |p| p.as_str().to_owned());
    let response = next.run(request).await;
    let status = response.status().as_u16();
    // Tenths of a millisecond: long digit runs in a log look like numbers they are not.
    let ms = (started.elapsed().as_secs_f64() * 10_000.0).round() / 10.0;
    if status >= 500 {
        tracing::warn!(target: "hall_server::access", %method, route, status, ms, "request");
    } else {
        tracing::info!(target: "hall_server::access", %method, route, status, ms, "request");
    }
    response
}

/// The origins whose pages may call the API from a browser (CORS). Empty (the default):
/// only the site itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorsPolicy {
    pub origins: Vec<String>,
}

impl CorsPolicy {
    pub fn parse(text: &str) -> Result<CorsPolicy, String> {
        Ok(CorsPolicy { origins: parse_origins("--cors-origins", text)? })
    }

    /// The layer enforcing it, or `None` when no other origin is allowed (then no CORS
    /// header is ever sent and browsers keep other sites out).
    pub fn layer(&self) -> Option<tower_http::cors::CorsLayer> {
        if self.origins.is_empty() {
            return None;
        }
        let origins: Vec<HeaderValue> = self.origins.iter().filter_map(|o| HeaderValue::from_str(o).ok()).collect();
        Some(
            tower_http::cors::CorsLayer::new()
                .allow_origin(origins)
                .allow_methods([Method::GET, Method::POST, Method::DELETE])
                .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION, header::ACCEPT_LANGUAGE, header::HeaderName::from_static("idempotency-key")])
                .expose_headers([header::RETRY_AFTER, header::CONTENT_LANGUAGE, header::ETAG, header::HeaderName::from_static("idempotent-replayed")])
                .max_age(Duration::from_secs(600)),
        )
    }
}

/// Reads `https://a.example https://b.example:8443` (spaces or commas); refuses anything
/// that is not a bare http(s) origin, so a header built from it cannot be subverted.
pub fn parse_origins(flag: &str, text: &str) -> Result<Vec<String>, String> {
    let mut origins = Vec::new();
    for origin in text.split([' ', ',']).map(str::trim).filter(|o| !o.is_empty()) {
        let rest = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
        let valid = rest.is_some_and(|host| {
            let host = host.trim_end_matches('/');
            !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
        });
        if !valid {
            return Err(format!("{flag}: {origin:?} is not an origin like https://portal.example.gov.cn"));
        }
        origins.push(origin.trim_end_matches('/').to_owned());
    }
    Ok(origins)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_bare_http_origins() {
        assert_eq!(parse_origins("--x", "https://a.example, http://127.0.0.1:8081/").unwrap(), ["https://a.example", "http://127.0.0.1:8081"]);
        for bad in ["a.example", "https://a.example/path", "javascript:alert(1)", "https://a.example\r\nSet-Cookie: x", "*"] {
            assert!(parse_origins("--x", bad).is_err(), "{bad}");
        }
    }
}
