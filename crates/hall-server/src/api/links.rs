//! Short links: `POST /api/v1/links` gives a page of the app a short code, `GET
//! /api/v1/links/{code}` reads it back, and `GET /s/{code}` (outside the API) redirects a
//! phone to the page. Only paths of pages the app has are accepted, so a short link can
//! never send anyone elsewhere.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use hall_model::{ErrorCode, NewLink, Route, ShortLink};
use sha2::{Digest, Sha256};

use super::appointments::Client;
use super::error::{AppError, json_body, rate_limited};
use crate::AppState;

const MAX_PATH: usize = 600;

/// The path as stored, or why it is refused.
fn checked_path(path: &str) -> Result<String, AppError> {
    let path = path.trim();
    let bad = |why: &str| AppError::invalid_parameter("path", why.to_owned());
    if path.len() > MAX_PATH {
        return Err(bad("the path is longer than 600 characters"));
    }
    if !path.starts_with('/') || path.starts_with("//") || path.contains('#') || path.chars().any(char::is_control) {
        return Err(bad("the path must be a page of this site, starting with one /, without #"));
    }
    let (route_path, query) = path.split_once('?').unwrap_or((path, ""));
    match Route::parse(route_path, query) {
        Route::NotFound | Route::Appointment { .. } => Err(bad("the path is not a page of the guide")),
        _ => Ok(path.to_owned()),
    }
}

/// The code of `path`, `length` characters long: derived from the path alone.
fn code_for(path: &str, length: usize) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let digest = Sha256::digest(path.as_bytes());
    let mut bits = digest.iter().flat_map(|byte| (0..8).rev().map(move |i| (byte >> i) & 1));
    (0..length)
        .map(|_| {
            let value = (0..5).fold(0usize, |acc, _| (acc << 1) | usize::from(bits.next().unwrap_or(0)));
            ALPHABET[value] as char
        })
        .collect()
}

fn short(code: String, path: String) -> ShortLink {
    ShortLink { short_path: format!("/s/{code}"), code, path }
}

/// `POST /api/v1/links`: the short link of a page, created on first use.
pub async fn create(State(state): State<AppState>, Client(client): Client, bytes: Bytes) -> Result<Response, AppError> {
    let request: NewLink = json_body(&bytes)?;
    let path = checked_path(&request.path)?;
    if let Some(code) = sqlx::query_scalar::<_, String>("SELECT code FROM links WHERE path = $1").bind(&path).fetch_optional(&state.bookings).await? {
        return Ok((StatusCode::OK, Json(short(code, path))).into_response());
    }
    if let Err(wait) = state.booking.limiter.check(client) {
        return Ok(rate_limited(wait, "too many new links; wait and try again"));
    }
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    for length in 7..=12 {
        let code = code_for(&path, length);
        let inserted = sqlx::query("INSERT INTO links (code, path, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(&code)
            .bind(&path)
            .bind(now)
            .execute(&state.bookings)
            .await?;
        if inserted.rows_affected() == 1 {
            return Ok((StatusCode::CREATED, Json(short(code, path))).into_response());
        }
        // Either another request stored this path meanwhile, or another path has the code.
        let stored: Option<String> = sqlx::query_scalar("SELECT path FROM links WHERE code = $1").bind(&code).fetch_optional(&state.bookings).await?;
        if stored.as_deref() == Some(path.as_str()) {
            return Ok((StatusCode::OK, Json(short(code, path))).into_response());
        }
    }
    Err(AppError::new(ErrorCode::Internal, "no free short code for this path"))
}

async fn find(state: &AppState, code: &str) -> Result<Option<String>, AppError> {
    let code = code.trim().to_ascii_uppercase();
    if code.is_empty() || code.len() > 12 || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Ok(None);
    }
    Ok(sqlx::query_scalar("SELECT path FROM links WHERE code = $1").bind(&code).fetch_optional(&state.bookings).await?)
}

/// `GET /api/v1/links/{code}`.
pub async fn show(State(state): State<AppState>, Path(code): Path<String>) -> Result<Json<ShortLink>, AppError> {
    match find(&state, &code).await? {
        Some(path) => Ok(Json(short(code.trim().to_ascii_uppercase(), path))),
        None => Err(AppError::new(ErrorCode::LinkNotFound, format!("no short link {code}"))),
    }
}

/// `GET /s/{code}`: a redirect to the page, or to the app's "not found" page.
pub async fn follow(State(state): State<AppState>, Path(code): Path<String>) -> Result<Response, AppError> {
    let target = find(&state, &code).await?.unwrap_or_else(|| Route::NotFound.path());
    Ok((StatusCode::FOUND, [(header::LOCATION, target), (header::CACHE_CONTROL, "no-store".to_owned())]).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pages_of_the_guide_get_short_links() {
        for good in ["/halls/330106-01/items/101100000001?a=case.company-llc&lang=ug", "/halls/330106-01", "/items/101100000001", "/?q=西湖"] {
            assert_eq!(checked_path(good).unwrap(), good);
        }
        for bad in [
            "https://evil.example/",
            "//evil.example/x",
            "/no/such/page",
            "halls/330106-01",
            "/appointments/7K3M9QXA",
            "/halls/1#x",
            &format!("/halls/{}", "a".repeat(700)),
        ] {
            assert!(checked_path(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn codes_are_derived_from_the_path_and_read_easily() {
        let a = code_for("/halls/330106-01", 7);
        assert_eq!(a, code_for("/halls/330106-01", 7));
        assert_ne!(a, code_for("/halls/330106-02", 7));
        assert_eq!(a.len(), 7);
        assert!(a.bytes().all(|b| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b)), "{a}");
        assert!(code_for("/halls/330106-01", 8).starts_with(&a));
    }
}
