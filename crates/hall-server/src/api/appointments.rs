//! Slots and appointments: book, look up, cancel, reschedule.
//!
//! Personal data comes in request bodies only and goes out masked. The manage token comes
//! in `Authorization: Bearer …`, never in a URL, so it is never in an access log.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::Json;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hall_model::appointments::{check_booking, is_clock_time};
use hall_model::identity::DocumentType;
use hall_model::{ApiError, BookingRequest, Date, ErrorCode, RescheduleRequest};

use super::error::{AppError, json_body, rate_limited};
use super::lang::{RequestLang, content_language};
use super::params::QueryPairs;
use crate::AppState;
use crate::guard::ClientAddr;
use crate::rate_limit::client_key;
use crate::store::Idempotency;

/// `GET /api/v1/halls/{code}/slots?item=…&from=YYYY-MM-DD&days=N`
pub async fn slots(State(state): State<AppState>, Path(code): Path<String>, params: QueryPairs) -> Result<impl IntoResponse, AppError> {
    let item = params.get("item").filter(|i| !i.is_empty()).ok_or_else(|| AppError::invalid_parameter("item", "item is required"))?;
    let from = match params.get("from") {
        None | Some("") => None,
        Some(text) => Some(Date::parse(text).ok_or_else(|| AppError::invalid_parameter("from", "from must be a date YYYY-MM-DD"))?),
    };
    let days = params.number("days", state.store.policy().days_ahead, 62)?;
    let slots = state.store.slots(&code, item, from, Some(days)).await?;
    // Places change with every booking: never cache.
    Ok(([(header::CACHE_CONTROL, "no-store")], Json(slots)))
}

/// The client a request's limits count against: found by [`crate::guard::client_address`]
/// (the peer, or the load balancer's `X-Forwarded-For` entry), an IPv6 address by its /64
/// ([`client_key`]); loopback when unknown, as in tests without a socket.
pub struct Client(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let found = parts.extensions.get::<ClientAddr>().map(|c| c.0);
        let peer = || parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        Ok(Client(client_key(found.or_else(peer).unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)))))
    }
}

// The refusal is the response itself, built once, on a path that is rare.
#[allow(clippy::result_large_err)]
fn rate_limit(state: &AppState, client: IpAddr) -> Result<(), Response> {
    state.guards.writes.check(client).map_err(|wait| rate_limited(wait, "too many booking requests; wait and try again"))
}

/// The manage token from `Authorization: Bearer …`.
fn token(headers: &HeaderMap) -> Result<String, AppError> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .ok_or_else(|| AppError::new(ErrorCode::AppointmentNotFound, "send the manage token as Authorization: Bearer <token>"))
}

/// `POST /api/v1/appointments` with an `Idempotency-Key` header.
pub async fn book(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    headers: HeaderMap,
    Client(client): Client,
    bytes: Bytes,
) -> Result<Response, AppError> {
    if let Err(limited) = rate_limit(&state, client) {
        return Ok(limited);
    }
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| (8..=128).contains(&k.len()))
        .ok_or_else(|| AppError::invalid_parameter("Idempotency-Key", "send an Idempotency-Key header (8 to 128 characters), new for each booking"))?
        .to_owned();
    let request: BookingRequest = json_body(&bytes)?;
    let checked = check_booking(&request, state.store.today()).map_err(|fields| AppError(Box::new(ApiError::invalid_booking(fields))))?;
    // The key is bound to the request: the same key with other details is refused. The
    // request is compared in its canonical form (a mobile typed with spaces is the same
    // request).
    let canonical_request = canonical_booking(&request, &checked);
    let idempotency = Idempotency { key: &key, canonical_request: &canonical_request };
    let (booking, replayed) = state.store.book(&request.hall_code, &request.item_code, &checked, Some(idempotency), lang).await?;
    let mut response = (StatusCode::CREATED, content_language(lang), [(header::CACHE_CONTROL, "no-store")], Json(booking)).into_response();
    if replayed {
        response.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    Ok(response)
}

/// A booking request as one string, its fields normalised as they are booked: what an
/// `Idempotency-Key` is bound to. A resident ID booked for oneself reads as it did before
/// there were other documents; any other document, and an agent, are added after it.
fn canonical_booking(request: &BookingRequest, checked: &hall_model::appointments::CheckedBooking) -> String {
    let mut fields = vec![
        request.hall_code.trim(),
        request.item_code.trim(),
        &checked.date.to_string(),
        &checked.start,
        &checked.name,
        &checked.mobile,
        &checked.document_number,
    ]
    .into_iter()
    .map(str::to_owned)
    .collect::<Vec<_>>();
    if checked.document_type != DocumentType::ResidentId || checked.agent_name.is_some() {
        fields.push(checked.document_type.as_str().to_owned());
        fields.push(checked.agent_name.as_deref().map_or_else(String::new, |agent| format!("agent:{agent}")));
    }
    fields.join("\n")
}

/// `GET /api/v1/appointments/{reference}`
pub async fn show(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    headers: HeaderMap,
    Client(client): Client,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    if let Err(wait) = state.guards.lookups.check(client) {
        return Ok(rate_limited(wait, "too many lookups; wait and try again"));
    }
    let appointment = state.store.appointment(&reference, &token(&headers)?, lang).await?;
    Ok((content_language(lang), [(header::CACHE_CONTROL, "no-store")], Json(appointment)).into_response())
}

/// `DELETE /api/v1/appointments/{reference}`
pub async fn cancel(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    headers: HeaderMap,
    Client(client): Client,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    if let Err(limited) = rate_limit(&state, client) {
        return Ok(limited);
    }
    let appointment = state.store.cancel(&reference, &token(&headers)?, lang).await?;
    Ok((content_language(lang), [(header::CACHE_CONTROL, "no-store")], Json(appointment)).into_response())
}

/// `POST /api/v1/appointments/{reference}/reschedule`
pub async fn reschedule(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    headers: HeaderMap,
    Client(client): Client,
    Path(reference): Path<String>,
    bytes: Bytes,
) -> Result<Response, AppError> {
    if let Err(limited) = rate_limit(&state, client) {
        return Ok(limited);
    }
    let token = token(&headers)?;
    let request: RescheduleRequest = json_body(&bytes)?;
    let date = Date::parse(request.date.trim()).ok_or_else(|| AppError::invalid_parameter("date", "date must be YYYY-MM-DD"))?;
    let start = request.start.trim();
    if !is_clock_time(start) {
        return Err(AppError::invalid_parameter("start", "start must be HH:MM"));
    }
    let appointment = state.store.reschedule(&reference, &token, date, start, lang).await?;
    Ok((content_language(lang), [(header::CACHE_CONTROL, "no-store")], Json(appointment)).into_response())
}
