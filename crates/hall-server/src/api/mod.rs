//! The `/api/v1` routes. Handlers parse parameters and call [`crate::store`]; nothing
//! else in the server builds responses.

pub mod applications;
pub mod appointments;
pub mod caching;
pub mod console;
pub mod error;
pub mod halls;
pub mod items;
pub mod lang;
pub mod links;
pub mod params;
pub mod regions;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/regions", get(regions::list_provinces))
        .route("/regions/{code}", get(regions::show))
        .route("/halls", get(halls::list))
        .route("/halls/{code}", get(halls::show))
        .route("/halls/{code}/items", get(items::list_for_hall))
        .route("/halls/{code}/items/{item}", get(items::guide_at_hall))
        .route("/items", get(items::search))
        .route("/items/{item}", get(items::guide))
        .route("/halls/{code}/slots", get(appointments::slots))
        .route("/appointments", post(appointments::book))
        .route("/appointments/{reference}", get(appointments::show).delete(appointments::cancel))
        .route("/appointments/{reference}/reschedule", post(appointments::reschedule))
        .route("/applications/lookup", post(applications::lookup))
        .route("/applications/{number}/feedback", post(applications::feedback))
        .route("/staff/applications", post(applications::create))
        .route("/staff/applications/{number}/events", post(applications::append))
        .route("/console/login", post(console::login))
        .route("/console/session", get(console::session))
        .route("/console/password", post(console::change_password))
        .route("/console/logout", post(console::logout))
        .route("/console/halls/{code}/day", get(console::hall_day))
        .route("/console/halls/{code}/audit", get(console::audit))
        .route("/console/halls/{code}/closures", post(console::close_hall))
        .route("/console/halls/{code}/capacity", post(console::set_capacity))
        .route("/console/halls/{code}/staff", get(console::hall_staff).post(console::add_hall_staff))
        .route("/console/halls/{code}/staff/{login}/disable", post(console::disable_hall_staff))
        .route("/console/calendar", post(console::import_calendar))
        .route("/console/applications", post(console::create_application))
        .route("/console/applications/{number}", get(console::application))
        .route("/console/applications/{number}/events", post(console::append_event))
        .route("/console/appointments/{reference}", get(console::appointment))
        .route("/console/appointments/{reference}/state", post(console::change_state))
        .route("/console/appointments/{reference}/lift-suspension", post(console::lift_suspension))
        .route("/links", post(links::create))
        .route("/links/{code}", get(links::show))
        .fallback(error::route_not_found)
        .layer(axum::middleware::from_fn(caching::etag))
        .layer(axum::extract::DefaultBodyLimit::max(crate::guard::BODY_LIMIT))
}
