//! Turning failures into the API's one error envelope.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use hall_model::{ApiError, ErrorCode};

use crate::store::error::Refusal;
use crate::store::{Conflict, Missing, StoreError};

/// An error a handler returns; it becomes `{"error": {...}}` with the code's status.
#[derive(Debug)]
pub struct AppError(pub Box<ApiError>);

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> AppError {
        AppError(Box::new(ApiError::new(code, message)))
    }

    pub fn invalid_parameter(field: &str, message: impl Into<String>) -> AppError {
        AppError(Box::new(ApiError::invalid_parameter(field, message)))
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.error.code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, Json(self.0)).into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("2"));
        }
        response
    }
}

/// The one place a store failure becomes an API error code (and so a status).
impl From<StoreError> for AppError {
    fn from(error: StoreError) -> AppError {
        let code = match &error {
            StoreError::NotFound(what, _) => match what {
                Missing::Region => ErrorCode::RegionNotFound,
                Missing::Hall => ErrorCode::HallNotFound,
                Missing::Item => ErrorCode::ItemNotFound,
                Missing::ItemAtHall => ErrorCode::ItemNotOfferedAtHall,
                Missing::Slot => ErrorCode::SlotNotFound,
                Missing::Appointment => ErrorCode::AppointmentNotFound,
                Missing::Application => ErrorCode::ApplicationNotFound,
                Missing::Link => ErrorCode::LinkNotFound,
                Missing::StaffAccount => ErrorCode::RouteNotFound,
            },
            StoreError::Conflict(reason, _) => match reason {
                Conflict::SlotTaken => ErrorCode::SlotTaken,
                Conflict::TooManyBookings => ErrorCode::TooManyBookings,
                Conflict::AlreadyBookedThatDay => ErrorCode::AlreadyBookedThatDay,
                Conflict::IdempotencyKeyReused => ErrorCode::IdempotencyKeyReused,
                Conflict::HallNotBookable => ErrorCode::HallNotBookable,
                Conflict::AppointmentCancelled => ErrorCode::AppointmentCancelled,
                Conflict::InvalidTransition => ErrorCode::InvalidTransition,
                Conflict::ApplicationNotCompleted => ErrorCode::ApplicationNotCompleted,
                Conflict::FeedbackAlreadyGiven => ErrorCode::FeedbackAlreadyGiven,
                Conflict::StaffExists => ErrorCode::InvalidParameter,
                Conflict::StateChanged(now) => {
                    let mut answer = AppError::new(ErrorCode::StateChanged, error.to_string());
                    answer.0.error.current_state = Some(*now);
                    return answer;
                }
                Conflict::InvalidStateChange => ErrorCode::InvalidStateChange,
                Conflict::BookingSuspended(from) => {
                    let mut answer = AppError::new(ErrorCode::BookingSuspended, error.to_string());
                    answer.0.error.may_book_from = Some(*from);
                    return answer;
                }
                Conflict::CapacityBelowBooked { start, booked } => {
                    let mut answer = AppError::new(ErrorCode::CapacityBelowBooked, error.to_string());
                    answer.0.error.start = Some(start.clone());
                    answer.0.error.booked = Some(*booked);
                    return answer;
                }
            },
            StoreError::Refused(why, _) => match why {
                Refusal::LoginFailed => ErrorCode::LoginFailed,
                Refusal::SessionEnded => ErrorCode::SessionRequired,
                Refusal::NotPermitted => ErrorCode::NotPermitted,
            },
            StoreError::Invalid { field, message } => return AppError::invalid_parameter(field, message.clone()),
            StoreError::Unavailable(_) => ErrorCode::Unavailable,
            StoreError::Internal(_) => ErrorCode::Internal,
        };
        AppError::new(code, error.to_string())
    }
}

/// `rate_limited` (429) with `Retry-After` in whole seconds (at least 1).
pub fn rate_limited(wait: std::time::Duration, message: &str) -> Response {
    let mut response = AppError::new(ErrorCode::RateLimited, message).into_response();
    let seconds = wait.as_secs().max(1).to_string();
    response.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_str(&seconds).expect("digits"));
    response
}

/// A JSON request body, or `invalid_parameter` naming `body`, or naming the field that
/// holds a control character (NUL, BEL, ESC…: refused the same on both databases, where
/// PostgreSQL cannot store a NUL and SQLite would store it as is).
pub fn json_body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| AppError::invalid_parameter("body", format!("the body is not the expected JSON: {e}")))?;
    if let Some(field) = field_with_control_character(&value, "") {
        return Err(AppError::invalid_parameter(&field, format!("{field} holds a control character")));
    }
    serde_json::from_value(value).map_err(|e| AppError::invalid_parameter("body", format!("the body is not the expected JSON: {e}")))
}

/// A control character in text: C0 (but tab, line feed and carriage return, which a
/// comment may hold), DEL and C1.
pub fn is_control_character(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The dotted path of the first string (or key) in `value` holding a control character.
fn field_with_control_character(value: &serde_json::Value, path: &str) -> Option<String> {
    let name = |key: &str| {
        if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") }
    };
    match value {
        serde_json::Value::String(text) => text.chars().any(is_control_character).then(|| if path.is_empty() { "body".to_owned() } else { path.to_owned() }),
        serde_json::Value::Array(items) => items.iter().enumerate().find_map(|(i, item)| field_with_control_character(item, &name(&i.to_string()))),
        serde_json::Value::Object(map) => map.iter().find_map(|(key, item)| {
            if key.chars().any(is_control_character) {
                return Some(if path.is_empty() { "body".to_owned() } else { path.to_owned() });
            }
            field_with_control_character(item, &name(key))
        }),
        _ => None,
    }
}

/// The answer for any path under `/api` that is not a route.
pub async fn route_not_found(uri: axum::http::Uri) -> AppError {
    AppError::new(ErrorCode::RouteNotFound, format!("no API route at {}", uri.path()))
}
