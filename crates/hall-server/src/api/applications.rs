//! Application status for applicants (look up, rate) and the staff API that feeds it.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hall_model::applications::number_key;
use hall_model::{AttemptsLeft, ErrorCode, FeedbackRequest, LookupRequest, NewApplication, StatusEvent};

use super::appointments::Client;
use super::error::{AppError, json_body, rate_limited};
use super::lang::{RequestLang, content_language};
use crate::AppState;
use crate::store::secrets::same;
use crate::store::{Missing, StoreError};

/// Runs a verified request within the failed-verification limits, per client and per
/// application number (however the number is typed: `DEMO03` and `DEMO－03` are
/// `DEMO-03`). The attempt is reserved from both budgets *before* the verifier is
/// checked and given back when it did not fail, so simultaneous guesses cannot all pass
/// a check made before any of them failed: at most the burst is ever checked. A failure
/// says how many attempts are left and how long the wait is after the last one.
async fn guarded<T: serde::Serialize>(
    state: &AppState,
    client: std::net::IpAddr,
    number: &str,
    status: StatusCode,
    lang: hall_model::Lang,
    run: impl std::future::Future<Output = Result<T, StoreError>>,
) -> Result<Response, AppError> {
    let key = number_key(number);
    let limits = &state.guards;
    if let Err(wait) = limits.lookups.check(client) {
        return Ok(rate_limited(wait, "too many lookups; wait and try again"));
    }
    let (by_client, by_number) = (&limits.failed_lookups_by_client, &limits.failed_lookups_by_number);
    if let Err(wait) = by_client.check(client) {
        return Ok(rate_limited(wait, "too many failed lookups; wait and try again"));
    }
    if let Err(wait) = by_number.check(key.clone()) {
        by_client.refund(client);
        return Ok(rate_limited(wait, "too many failed lookups; wait and try again"));
    }
    match run.await {
        Ok(answer) => {
            by_client.refund(client);
            by_number.refund(key);
            Ok((status, content_language(lang), [(header::CACHE_CONTROL, "no-store")], Json(answer)).into_response())
        }
        Err(error) if error.is_not_found(Missing::Application) => {
            let mut error = AppError::from(error);
            let left = by_client.remaining(client).min(by_number.remaining(key));
            error.0.error.attempts = Some(AttemptsLeft { left, then_wait_seconds: by_number.refill_seconds() });
            Err(error)
        }
        Err(error) => {
            // Not a failed verification (not completed yet, rated already, busy).
            by_client.refund(client);
            by_number.refund(key);
            Err(error.into())
        }
    }
}

/// `POST /api/v1/applications/lookup`
pub async fn lookup(State(state): State<AppState>, RequestLang(lang): RequestLang, Client(client): Client, bytes: Bytes) -> Result<Response, AppError> {
    let request: LookupRequest = json_body(&bytes)?;
    guarded(&state, client, &request.number, StatusCode::OK, lang, state.store.lookup_application(&request.number, &request.verifier, lang)).await
}

/// `POST /api/v1/applications/{number}/feedback`
pub async fn feedback(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Client(client): Client,
    Path(number): Path<String>,
    bytes: Bytes,
) -> Result<Response, AppError> {
    if let Err(wait) = state.guards.writes.check(client) {
        return Ok(rate_limited(wait, "too many writes; wait and try again"));
    }
    let request: FeedbackRequest = json_body(&bytes)?;
    if !(1..=5).contains(&request.rating) {
        return Err(AppError::invalid_parameter("rating", "rating is 1 (very dissatisfied) to 5 (very satisfied)"));
    }
    let run = state.store.rate_application(&number, &request.verifier, request.rating, request.comment.clone(), lang);
    guarded(&state, client, &number, StatusCode::CREATED, lang, run).await
}

/// Lets a request with the staff token through, within the staff write limit. Wrong
/// tokens count against the client: after 5, one more try a minute (`rate_limited`), so
/// the token cannot be guessed.
// The refusal is the response itself, built once, on a path that is rare.
#[allow(clippy::result_large_err)]
fn staff(state: &AppState, client: std::net::IpAddr, headers: &HeaderMap) -> Result<(), Response> {
    let failures = &state.guards.failed_staff_logins;
    if let Err(wait) = failures.peek(client) {
        return Err(rate_limited(wait, "too many requests with a wrong staff token; wait and try again"));
    }
    let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    match (&state.guards.staff_token, given) {
        (Some(token), Some(given)) if same(token, given.trim()) => {
            state.guards.staff_writes.check(client).map_err(|wait| rate_limited(wait, "too many staff writes; wait and try again"))
        }
        _ => {
            let _ = failures.check(client);
            Err(AppError::new(ErrorCode::StaffUnauthorized, "the staff API needs Authorization: Bearer <staff token>").into_response())
        }
    }
}

/// `POST /api/v1/staff/applications`
pub async fn create(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Client(client): Client,
    headers: HeaderMap,
    bytes: Bytes,
) -> Result<Response, AppError> {
    if let Err(refused) = staff(&state, client, &headers) {
        return Ok(refused);
    }
    let new: NewApplication = json_body(&bytes)?;
    let view = state.store.create_application(&new, lang).await?;
    Ok((StatusCode::CREATED, content_language(lang), Json(view)).into_response())
}

/// `POST /api/v1/staff/applications/{number}/events`
pub async fn append(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Client(client): Client,
    headers: HeaderMap,
    Path(number): Path<String>,
    bytes: Bytes,
) -> Result<Response, AppError> {
    if let Err(refused) = staff(&state, client, &headers) {
        return Ok(refused);
    }
    let event: StatusEvent = json_body(&bytes)?;
    let view = state.store.append_event(&number, &event, lang).await?;
    Ok((StatusCode::CREATED, content_language(lang), Json(view)).into_response())
}
