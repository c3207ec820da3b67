//! `GET /api/v1/regions` and `GET /api/v1/regions/{code}`.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::IntoResponse;

use super::error::AppError;
use super::lang::{RequestLang, content_language};
use crate::{AppState, store};

pub async fn list_provinces(State(state): State<AppState>, RequestLang(lang): RequestLang) -> Result<impl IntoResponse, AppError> {
    let view = store::region_view(&state.db, None, lang).await?;
    Ok((content_language(lang), Json(view)))
}

pub async fn show(State(state): State<AppState>, RequestLang(lang): RequestLang, Path(code): Path<String>) -> Result<impl IntoResponse, AppError> {
    let view = store::region_view(&state.db, Some(&code), lang).await?;
    Ok((content_language(lang), Json(view)))
}
