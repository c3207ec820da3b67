//! The `/api/v1` routes. Handlers parse parameters and call [`crate::store`]; nothing
//! else in the server builds responses.

pub mod error;
pub mod halls;
pub mod items;
pub mod lang;
pub mod params;
pub mod regions;

use axum::Router;
use axum::routing::get;

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/regions", get(regions::list_provinces))
        .route("/regions/{code}", get(regions::show))
        .route("/halls", get(halls::list))
        .route("/halls/{code}", get(halls::show))
        .route("/halls/{code}/items", get(items::list_for_hall))
        .route("/halls/{code}/items/{item}", get(items::guide_at_hall))
        .route("/items/{item}", get(items::guide))
        .fallback(error::route_not_found)
}
