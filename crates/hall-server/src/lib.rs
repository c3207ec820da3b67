//! hall-server: the reference implementation of hall-guide's public API.
//!
//! Endpoints (all JSON, documented in `openapi.yaml` at the repository root):
//!
//! | method | path | answer |
//! | --- | --- | --- |
//! | GET | `/api/v1/regions` | the provinces ([`hall_model::RegionView`]) |
//! | GET | `/api/v1/regions/{code}` | a region, its ancestors and children |
//! | GET | `/api/v1/halls` | halls by `region`, `level`, `item`, `q`, `limit`, `offset`, nearest to `near` first ([`hall_model::HallList`]) |
//! | GET | `/api/v1/halls/{code}` | one hall ([`hall_model::Hall`]) |
//! | GET | `/api/v1/halls/{code}/items` | its items by `q`, `category`, `online`, `on_the_spot` ([`hall_model::HallItems`]) |
//! | GET | `/api/v1/halls/{code}/items/{item}` | an item's guide at that hall ([`hall_model::ItemGuide`]) |
//! | GET | `/api/v1/items` | items by name or pinyin (`q`), the common ones first ([`hall_model::ItemList`]) |
//! | GET | `/api/v1/items/{item}` | an item's guide |
//! | GET | `/api/v1/halls/{code}/slots` | bookable days and places by `item`, `from`, `days` ([`hall_model::HallSlots`]) |
//! | POST | `/api/v1/appointments` | book, with `Idempotency-Key` ([`hall_model::Booking`]: masked appointment + manage token) |
//! | GET | `/api/v1/appointments/{reference}` | look up, with `Authorization: Bearer <manage token>` |
//! | DELETE | `/api/v1/appointments/{reference}` | cancel, with the manage token |
//! | POST | `/api/v1/appointments/{reference}/reschedule` | move to another slot, atomically |
//! | POST | `/api/v1/applications/lookup` | an application's status, with a verifier ([`hall_model::ApplicationView`]) |
//! | POST | `/api/v1/applications/{number}/feedback` | rate a completed application, once |
//! | POST | `/api/v1/staff/applications` | staff: register an application (staff token) |
//! | POST | `/api/v1/staff/applications/{number}/events` | staff: add a status event |
//! | POST | `/api/v1/console/login` | console: sign in; the session is an `HttpOnly` cookie ([`hall_model::console::ConsoleSession`]) |
//! | GET | `/api/v1/console/session` | console: the signed-in account and its CSRF token |
//! | POST | `/api/v1/console/password` | console: change the password (first of all, after a one-time one) |
//! | POST | `/api/v1/console/logout` | console: sign out, here or everywhere |
//! | GET | `/api/v1/console/halls/{code}/day` | console: a hall's appointments on `date` ([`hall_model::console::HallDay`]) |
//! | GET | `/api/v1/console/halls/{code}/audit` | console: a hall's audit log, for its admins |
//! | POST | `/api/v1/console/halls/{code}/closures` | console: close a hall for a day or part of it, cancelling its appointments with a reason |
//! | POST | `/api/v1/console/halls/{code}/capacity` | console: the places of an item's slots on a future day, never below what is booked |
//! | GET | `/api/v1/console/halls/{code}/staff` | console: the accounts working at a hall, for its admins |
//! | POST | `/api/v1/console/halls/{code}/staff` | console: a hall admin opens an account at their hall (one-time password answered once) |
//! | POST | `/api/v1/console/halls/{code}/staff/{login}/disable` | console: a hall admin disables an account of their hall |
//! | POST | `/api/v1/console/calendar` | console: region admins preview and save a holiday calendar, with the bookings on days it closes |
//! | POST | `/api/v1/console/applications` | console: a window clerk registers an application (its receipt's verifier) |
//! | GET | `/api/v1/console/applications/{number}` | console: an application of one's halls, with its timeline |
//! | POST | `/api/v1/console/applications/{number}/events` | console: the application's next step, as `Status::may_follow` allows |
//! | GET | `/api/v1/console/appointments/{reference}` | console: one appointment by reference (check-in, hotline) |
//! | POST | `/api/v1/console/appointments/{reference}/state` | console: arrived, served, no-show, from the state the clerk saw |
//! | POST | `/api/v1/console/appointments/{reference}/lift-suspension` | console: a hall admin lifts the no-show suspension of that appointment's person |
//! | POST | `/api/v1/links` | the short link of an app page ([`hall_model::ShortLink`]) |
//! | GET | `/api/v1/links/{code}` | a short link's page |
//!
//! `tests/layers.rs` checks this table lists exactly [`API_ROUTES`].
//!
//! Every content endpoint takes `?lang=` (or `Accept-Language`) and answers with
//! `Content-Language`. Errors are `{"error": {"code", "message", "field"?}}`.
//!
//! Run it: `cargo run -p hall-server -- seed --data-dir data && cargo run -p hall-server -- serve --data-dir data`.
//! Test it: `cargo test -p hall-server` (requests go through [`app`] with `oneshot`, no port).

pub mod api;
pub mod connections;
pub mod encoding;
pub mod first_paint;
pub mod guard;
pub mod holiday_calendar;
pub mod limits;
pub mod rate_limit;
pub mod render;
pub mod security;
pub mod seed;
pub mod state;
pub mod static_files;
pub mod store;

use std::path::PathBuf;

use axum::Router;
use axum::routing::any;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;

pub use state::AppState;

/// Every API route as (method, path in OpenAPI syntax). A test checks `openapi.yaml`
/// documents exactly these, so the contract and the server cannot drift apart.
pub const API_ROUTES: &[(&str, &str)] = &[
    ("get", "/api/v1/regions"),
    ("get", "/api/v1/regions/{code}"),
    ("get", "/api/v1/halls"),
    ("get", "/api/v1/halls/{code}"),
    ("get", "/api/v1/halls/{code}/items"),
    ("get", "/api/v1/halls/{code}/items/{item}"),
    ("get", "/api/v1/items"),
    ("get", "/api/v1/items/{item}"),
    ("get", "/api/v1/halls/{code}/slots"),
    ("post", "/api/v1/appointments"),
    ("get", "/api/v1/appointments/{reference}"),
    ("delete", "/api/v1/appointments/{reference}"),
    ("post", "/api/v1/appointments/{reference}/reschedule"),
    ("post", "/api/v1/applications/lookup"),
    ("post", "/api/v1/applications/{number}/feedback"),
    ("post", "/api/v1/staff/applications"),
    ("post", "/api/v1/staff/applications/{number}/events"),
    ("post", "/api/v1/console/login"),
    ("get", "/api/v1/console/session"),
    ("post", "/api/v1/console/password"),
    ("post", "/api/v1/console/logout"),
    ("get", "/api/v1/console/halls/{code}/day"),
    ("get", "/api/v1/console/halls/{code}/audit"),
    ("post", "/api/v1/console/halls/{code}/closures"),
    ("post", "/api/v1/console/halls/{code}/capacity"),
    ("get", "/api/v1/console/halls/{code}/staff"),
    ("post", "/api/v1/console/halls/{code}/staff"),
    ("post", "/api/v1/console/halls/{code}/staff/{login}/disable"),
    ("post", "/api/v1/console/calendar"),
    ("post", "/api/v1/console/applications"),
    ("get", "/api/v1/console/applications/{number}"),
    ("post", "/api/v1/console/applications/{number}/events"),
    ("get", "/api/v1/console/appointments/{reference}"),
    ("post", "/api/v1/console/appointments/{reference}/state"),
    ("post", "/api/v1/console/appointments/{reference}/lift-suspension"),
    ("post", "/api/v1/links"),
    ("get", "/api/v1/links/{code}"),
];

/// The whole service: the API under `/api/v1` and, when `dist` is given, the built app
/// with `index.html` for every other path so that deep links work.
pub fn app(state: AppState) -> Router {
    app_with_dist(state, None)
}

/// Who may show the guide inside an iframe: the site itself and these origins.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FramePolicy {
    pub origins: Vec<String>,
}

impl FramePolicy {
    /// Reads `https://a.example https://b.example:8443` (spaces or commas).
    pub fn parse(text: &str) -> Result<FramePolicy, String> {
        Ok(FramePolicy { origins: guard::parse_origins("--frame-ancestors", text)? })
    }

    /// The `Content-Security-Policy` value that enforces it.
    pub fn header(&self) -> String {
        std::iter::once("frame-ancestors 'self'".to_owned()).chain(self.origins.iter().cloned()).collect::<Vec<_>>().join(" ")
    }
}

pub fn app_with_dist(state: AppState, dist: Option<PathBuf>) -> Router {
    app_with_options(state, dist, &ServeOptions::default())
}

/// How `serve` was configured beyond the data: who may frame the guide, who may call the
/// API from another site, and where the client's address comes from.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub framing: FramePolicy,
    pub cors: guard::CorsPolicy,
    pub client_address: guard::ClientAddressSource,
    /// How long a request may take before it is answered `unavailable`.
    pub request_timeout: std::time::Duration,
    /// The staff console built by console/Trunk.toml (console/dist), served at `/console/`.
    pub console: Option<PathBuf>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            framing: FramePolicy::default(),
            cors: guard::CorsPolicy::default(),
            client_address: guard::ClientAddressSource::default(),
            request_timeout: guard::REQUEST_TIMEOUT,
            console: None,
        }
    }
}

/// The whole service, with the framing policy on every response.
pub fn app_with_options(state: AppState, dist: Option<PathBuf>, options: &ServeOptions) -> Router {
    let mut api = api::router();
    if let Some(cors) = options.cors.layer() {
        api = api.layer(cors);
    }
    let (source, limit) = (options.client_address, options.request_timeout);
    let api = api
        .layer(axum::middleware::from_fn(guard::envelope))
        .layer(axum::middleware::from_fn(move |request, next| guard::timeout(limit, request, next)))
        .layer(axum::middleware::from_fn(move |request, next| guard::client_address(source, request, next)))
        .layer(axum::middleware::from_fn(guard::access_log));
    // Any path under /api that is not a route gets the JSON envelope, never index.html.
    let router = Router::new()
        .nest("/api/v1", api)
        .route("/s/{code}", axum::routing::get(api::links::follow))
        .route("/api", any(api::error::route_not_found))
        .route("/api/{*rest}", any(api::error::route_not_found));
    // The staff console: its own files and index.html for any path under /console/.
    let router = match &options.console {
        Some(console) => router
            .route("/console", axum::routing::get(|| async { axum::response::Redirect::permanent("/console/") }))
            .nest("/console/", Router::new().fallback_service(static_files::service(console)).layer(axum::middleware::from_fn(static_files::cache_policy))),
        None => router,
    };
    let router = match dist {
        Some(dist) => {
            // Deep links to a hall or an item: index.html with the page's first answer in it.
            let first = first_paint::FirstPaint { index: dist.join("index.html"), api: Router::new().nest("/api/v1", api::router()).with_state(state.clone()) };
            let page = move |request: axum::extract::Request| first.clone().serve(request);
            router
                .route("/halls/{code}", axum::routing::get(page.clone()))
                .route("/halls/{code}/items/{item}", axum::routing::get(page.clone()))
                .route("/items/{item}", axum::routing::get(page))
                .fallback_service(static_files::service(&dist))
                .layer(axum::middleware::from_fn(static_files::cache_policy))
        }
        None => router.fallback(api::error::route_not_found),
    };
    // Quality 4: the default (11 for brotli) costs ~100 ms per large item list on one
    // core; 4 keeps most of the saving at a few milliseconds. The app's static files are
    // precompressed at the highest level at build time and sent as they are.
    let policy = axum::http::HeaderValue::from_str(&options.framing.header()).expect("origins are checked by FramePolicy::parse");
    router
        .with_state(state)
        // Before any route: a control character in the path or query is refused alike
        // for the API, short links and the pages that embed an API answer.
        .layer(axum::middleware::from_fn(guard::refuse_control_characters))
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        .layer(tower_http::set_header::SetResponseHeaderLayer::overriding(axum::http::header::CONTENT_SECURITY_POLICY, policy))
        .layer(axum::middleware::from_fn(security::headers))
}
