//! Short links to pages of the guide, for replies that must fit one SMS
//! (`POST /api/v1/links`, `GET /api/v1/links/{code}`, and `/s/{code}` on the site).

use serde::{Deserialize, Serialize};

/// `POST /api/v1/links`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewLink {
    /// A page of the guide: path and query, e.g. `/halls/330106-01/items/101100000001?a=…`.
    pub path: String,
}

/// A short link and the page it opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShortLink {
    /// 7 characters of Crockford base32, derived from the path (longer only on a collision).
    pub code: String,
    /// `/s/<code>`, to put after the site's origin.
    pub short_path: String,
    pub path: String,
}
