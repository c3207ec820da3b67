//! Serving the built app (`dist/`) beside the API, so app and API share one port.

use std::path::Path;

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::http::header::CACHE_CONTROL;
use axum::middleware::Next;
use axum::response::Response;
use tower_http::services::{ServeDir, ServeFile};

/// Files from `dist`, and `index.html` for any other path, so that a deep link such as
/// `/halls/330106-01` opens the app, which then routes it itself.
pub fn service(dist: &Path) -> ServeDir<ServeFile> {
    ServeDir::new(dist).precompressed_br().precompressed_gzip().fallback(ServeFile::new(dist.join("index.html")))
}

/// Caching for the app's files: names Trunk stamped with a content hash never change, so
/// browsers and CDNs keep them for a year; everything else (`index.html`, `config.json`,
/// deep links) is revalidated on every visit, so a new release is picked up at once.
pub async fn cache_policy(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if !path.starts_with("/api/") && response.status().is_success() {
        let policy = if is_hashed_asset(&path) { "public, max-age=31536000, immutable" } else { "no-cache" };
        response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

/// Whether a path names a file whose name carries a content hash, as Trunk writes them:
/// `/hall-guide-4c147e4688041406_bg.wasm`, `/style-4ffee6e733b5f96e.css`.
pub fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((_, hash)) => hash.len() >= 12 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_hashed_names_count_as_immutable() {
        let table = [
            ("/hall-guide-4c147e4688041406_bg.wasm", true),
            ("/hall-guide-4c147e4688041406.js", true),
            ("/style-4ffee6e733b5f96e.css", true),
            ("/hall-guide-4c147e4688041406_bg.wasm.br", true),
            ("/index.html", false),
            ("/config.json", false),
            ("/favicon.svg", false),
            ("/halls/330106-01", false),
            ("/halls/330106-01/items/101100000001", false),
            ("/", false),
        ];
        for (path, hashed) in table {
            assert_eq!(is_hashed_asset(path), hashed, "{path}");
        }
    }
}
