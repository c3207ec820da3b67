//! Query parameters, read so that a bad value is a 400 with the envelope naming it.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use hall_model::query_string;

use super::error::AppError;

/// The decoded query pairs of a request.
pub struct QueryPairs(pub Vec<(String, String)>);

impl<S: Send + Sync> FromRequestParts<S> for QueryPairs {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(QueryPairs(parts.uri.query().map(query_string::parse).unwrap_or_default()))
    }
}

/// The longest search text accepted; longer input is a typo or an attack, not a name.
pub const MAX_QUERY_CHARS: usize = 100;

/// A search text (`q`) checked for length: at most [`MAX_QUERY_CHARS`] characters.
pub fn check_search_text(text: &str) -> Result<(), AppError> {
    if text.chars().count() > MAX_QUERY_CHARS {
        return Err(AppError::invalid_parameter("q", format!("q is at most {MAX_QUERY_CHARS} characters")));
    }
    Ok(())
}

impl QueryPairs {
    /// The search text `q`, trimmed and checked by [`check_search_text`]; empty when absent.
    pub fn search_text(&self) -> Result<String, AppError> {
        let text = self.get("q").unwrap_or("").trim().to_owned();
        check_search_text(&text)?;
        Ok(text)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// A non-negative integer parameter with a default and an upper bound.
    pub fn number(&self, key: &str, default: u32, max: u32) -> Result<u32, AppError> {
        match self.get(key) {
            None | Some("") => Ok(default),
            Some(value) => match value.parse::<u32>() {
                Ok(n) if n <= max => Ok(n),
                _ => Err(AppError::invalid_parameter(key, format!("{key} must be a whole number from 0 to {max}"))),
            },
        }
    }
}
