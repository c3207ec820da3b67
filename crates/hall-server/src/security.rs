//! Security headers on every response. The page's own Content-Security-Policy (scripts,
//! styles, connections) is a `<meta>` in index.html, written at build time with the hashes
//! of its inline scripts, so it holds on any host; the server adds what only a header can
//! say (`frame-ancestors`, see [`crate::FramePolicy`]) and these.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::http::header::{REFERRER_POLICY, STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS};
use axum::middleware::Next;
use axum::response::Response;

/// `nosniff`, a same-origin referrer (a page's address never leaks to another site), no
/// camera, microphone or location, and HSTS when a TLS proxy in front says the request came
/// over https (`X-Forwarded-Proto`; browsers ignore HSTS over plain http anyway). The staff
/// console (`/console/`) may use the camera, to read a ticket's QR code, and is never
/// framed by another site (the citizens' guide may be, see [`crate::FramePolicy`]).
pub async fn headers(request: Request, next: Next) -> Response {
    let over_tls = request.headers().get("x-forwarded-proto").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"));
    let path = request.uri().path();
    let console = path == "/console" || path.starts_with("/console/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    if console {
        headers.insert("permissions-policy", HeaderValue::from_static("camera=(self), microphone=(), geolocation=()"));
        headers.insert(axum::http::header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("frame-ancestors 'none'"));
    } else {
        headers.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=(self)"));
    }
    if over_tls {
        headers.insert(STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    response
}
