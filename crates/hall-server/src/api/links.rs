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

fn short(code: String, path: String) -> ShortLink {
    ShortLink { short_path: format!("/s/{code}"), code, path }
}

/// `POST /api/v1/links`: the short link of a page, created on first use (only a new link
/// counts against the client's write limit).
pub async fn create(State(state): State<AppState>, Client(client): Client, bytes: Bytes) -> Result<Response, AppError> {
    let request: NewLink = json_body(&bytes)?;
    let path = checked_path(&request.path)?;
    if let Some(code) = state.store.link_code(&path).await? {
        return Ok((StatusCode::OK, Json(short(code, path))).into_response());
    }
    if let Err(wait) = state.guards.writes.check(client) {
        return Ok(rate_limited(wait, "too many new links; wait and try again"));
    }
    let (code, created) = state.store.create_link(&path).await?;
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(short(code, path))).into_response())
}

/// `GET /api/v1/links/{code}`.
pub async fn show(State(state): State<AppState>, Path(code): Path<String>) -> Result<Json<ShortLink>, AppError> {
    match state.store.link_path(&code).await? {
        Some(path) => Ok(Json(short(code.trim().to_ascii_uppercase(), path))),
        None => Err(AppError::new(ErrorCode::LinkNotFound, format!("no short link {code}"))),
    }
}

/// `GET /s/{code}`: a redirect to the page, or to the app's "not found" page.
pub async fn follow(State(state): State<AppState>, Path(code): Path<String>) -> Result<Response, AppError> {
    let target = state.store.link_path(&code).await?.unwrap_or_else(|| Route::NotFound.path());
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
}
