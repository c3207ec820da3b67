//! `GET /api/v1/halls` and `GET /api/v1/halls/{code}`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use hall_model::{GeoPoint, HallLevel, RegionCode};

use super::error::AppError;
use super::lang::{RequestLang, content_language};
use super::params::QueryPairs;
use crate::AppState;
use crate::encoding::BodyEncoding;
use crate::store::HallQuery;

pub async fn list(State(state): State<AppState>, RequestLang(lang): RequestLang, headers: HeaderMap, params: QueryPairs) -> Result<Response, AppError> {
    let region = match params.get("region").filter(|r| !r.is_empty()) {
        None => None,
        Some(code) => Some(RegionCode::parse(code).map_err(|e| AppError::invalid_parameter("region", e.to_string()))?),
    };
    let level = match params.get("level").filter(|l| !l.is_empty()) {
        None => None,
        Some(level) => {
            Some(HallLevel::parse(level).ok_or_else(|| AppError::invalid_parameter("level", "level is one of provincial, prefecture, county, township"))?)
        }
    };
    let text = params.search_text()?;
    let item = params.get("item").map(str::trim).filter(|i| !i.is_empty()).map(str::to_owned);
    if let Some(item) = &item
        && (item.len() > 64 || !item.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    {
        return Err(AppError::invalid_parameter("item", "item is an item code, e.g. 101100000001"));
    }
    let near = match params.get("near").filter(|r| !r.is_empty()) {
        None => None,
        Some(code) => Some(RegionCode::parse(code).map_err(|e| AppError::invalid_parameter("near", e.to_string()))?),
    };
    let at = params.get("at").filter(|a| !a.is_empty()).map(parse_position).transpose()?;
    let query = HallQuery { region, level, text, item, near, at, limit: params.number("limit", 50, 200)?, offset: params.number("offset", 0, 1_000_000)? };
    // A search the national index answers: kept as sent, per query (src/encoding.rs).
    if let Some(body) = state.store.hall_search_body(&query, lang, BodyEncoding::negotiate(&headers)).await? {
        return Ok(body.answer(&headers, lang));
    }
    let list = state.store.list_halls(&query, lang).await?;
    Ok((content_language(lang), Json(list)).into_response())
}

/// `at=30.27,120.15`: a latitude and a longitude in decimal degrees, WGS-84.
fn parse_position(text: &str) -> Result<GeoPoint, AppError> {
    let invalid = || AppError::invalid_parameter("at", "at is a latitude and a longitude in degrees, e.g. 30.27,120.15");
    let (lat, lng) = text.split_once(',').ok_or_else(invalid)?;
    let (lat, lng): (f64, f64) = (lat.trim().parse().map_err(|_| invalid())?, lng.trim().parse().map_err(|_| invalid())?);
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lng) {
        return Err(invalid());
    }
    Ok(GeoPoint { lat, lng })
}

pub async fn show(State(state): State<AppState>, RequestLang(lang): RequestLang, Path(code): Path<String>) -> Result<impl IntoResponse, AppError> {
    let hall = state.store.hall(&code, lang).await?;
    Ok((content_language(lang), Json(hall)))
}
