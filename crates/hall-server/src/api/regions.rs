//! `GET /api/v1/regions` and `GET /api/v1/regions/{code}`.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::IntoResponse;
use hall_model::RegionCode;

use super::error::AppError;
use super::lang::{RequestLang, content_language};
use crate::AppState;

pub async fn list_provinces(State(state): State<AppState>, RequestLang(lang): RequestLang) -> Result<impl IntoResponse, AppError> {
    let view = state.store.region_view(None, lang).await?;
    Ok((content_language(lang), Json(view)))
}

pub async fn show(State(state): State<AppState>, RequestLang(lang): RequestLang, Path(code): Path<String>) -> Result<impl IntoResponse, AppError> {
    let code = RegionCode::parse(&code).map_err(|e| AppError::invalid_parameter("code", e.to_string()))?;
    let view = state.store.region_view(Some(&code), lang).await?;
    Ok((content_language(lang), Json(view)))
}
