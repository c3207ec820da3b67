//! Serving the built app (`dist/`) beside the API, so app and API share one port.

use std::path::Path;

use tower_http::services::{ServeDir, ServeFile};

/// Files from `dist`, and `index.html` for any other path, so that a deep link such as
/// `/halls/330106-01` opens the app, which then routes it itself.
pub fn service(dist: &Path) -> ServeDir<ServeFile> {
    ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(ServeFile::new(dist.join("index.html")))
}
