//! A hall's items, and item guides with or without a hall.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use hall_model::ItemFilter;

use super::error::AppError;
use super::lang::{RequestLang, content_language};
use super::params::QueryPairs;
use crate::AppState;
use crate::encoding::BodyEncoding;

/// `GET /api/v1/items?q=&limit=`: items found by name (any language, or pinyin) across the
/// catalogue; with no `q`, the most common ones.
pub async fn search(State(state): State<AppState>, RequestLang(lang): RequestLang, params: QueryPairs) -> Result<impl IntoResponse, AppError> {
    let text = params.search_text()?;
    let limit = params.number("limit", 10, crate::store::catalogue::MAX_ITEMS_FOUND)?;
    let items = state.store.search_items(&text, limit, lang).await?;
    Ok((content_language(lang), Json(items)))
}

pub async fn list_for_hall(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Path(code): Path<String>,
    params: QueryPairs,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let filter = ItemFilter::from_query_pairs(&params.0).map_err(|e| AppError::invalid_parameter(e.field, e.message))?;
    super::params::check_search_text(&filter.text)?;
    if filter == ItemFilter::default() {
        // The whole list (what the app asks for, then filters on the device): sent as the
        // bytes kept for its encoding.
        let body = state.store.hall_items_body(&code, lang, BodyEncoding::negotiate(&headers)).await?;
        return Ok(body.answer(&headers, lang));
    }
    let items = state.store.hall_items(&code, &filter, lang).await?;
    Ok((content_language(lang), Json(items)).into_response())
}

pub async fn guide_at_hall(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Path((hall, item)): Path<(String, String)>,
) -> Result<impl IntoResponse, AppError> {
    let guide = state.store.item_guide(&item, Some(&hall), lang).await?;
    Ok((content_language(lang), Json(guide)))
}

pub async fn guide(State(state): State<AppState>, RequestLang(lang): RequestLang, Path(item): Path<String>) -> Result<impl IntoResponse, AppError> {
    let guide = state.store.item_guide(&item, None, lang).await?;
    Ok((content_language(lang), Json(guide)))
}
