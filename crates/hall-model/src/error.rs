//! The API's one error envelope and its stable machine codes.

use serde::{Deserialize, Serialize};

/// A stable, machine-readable error code. Clients branch on it and show their own
/// localised message for it; the `message` next to it is for developers only.
///
/// Codes are part of the public contract: add new ones, never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A query or path parameter is malformed; `field` names it.
    InvalidParameter,
    RegionNotFound,
    HallNotFound,
    ItemNotFound,
    /// The item exists, but the hall asked for does not offer it.
    ItemNotOfferedAtHall,
    /// No API route at this path.
    RouteNotFound,
    /// The database is busy or unreachable; try again shortly.
    Unavailable,
    /// A bug on the server; the request may be retried.
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 8] = [
        ErrorCode::InvalidParameter,
        ErrorCode::RegionNotFound,
        ErrorCode::HallNotFound,
        ErrorCode::ItemNotFound,
        ErrorCode::ItemNotOfferedAtHall,
        ErrorCode::RouteNotFound,
        ErrorCode::Unavailable,
        ErrorCode::Internal,
    ];

    /// The HTTP status that goes with the code.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::InvalidParameter => 400,
            ErrorCode::RegionNotFound
            | ErrorCode::HallNotFound
            | ErrorCode::ItemNotFound
            | ErrorCode::ItemNotOfferedAtHall
            | ErrorCode::RouteNotFound => 404,
            ErrorCode::Unavailable => 503,
            ErrorCode::Internal => 500,
        }
    }
}

/// The body of every error response: `{"error": {"code": …, "message": …, "field": …}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: ApiErrorBody,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    pub code: ErrorCode,
    /// English, for developers and logs; never shown to citizens.
    pub message: String,
    /// The offending parameter, for `invalid_parameter`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError { error: ApiErrorBody { code, message: message.into(), field: None } }
    }

    pub fn invalid_parameter(field: &str, message: impl Into<String>) -> ApiError {
        ApiError { error: ApiErrorBody { code: ErrorCode::InvalidParameter, message: message.into(), field: Some(field.to_owned()) } }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_envelope_has_the_documented_shape() {
        let json = serde_json::to_value(ApiError::invalid_parameter("level", "unknown level")).unwrap();
        assert_eq!(json, serde_json::json!({"error": {"code": "invalid_parameter", "message": "unknown level", "field": "level"}}));
        let json = serde_json::to_value(ApiError::new(ErrorCode::HallNotFound, "no hall")).unwrap();
        assert_eq!(json, serde_json::json!({"error": {"code": "hall_not_found", "message": "no hall"}}));
    }

    #[test]
    fn not_found_codes_are_404_and_parameter_errors_400() {
        for code in ErrorCode::ALL {
            let status = code.http_status();
            let name = serde_json::to_string(&code).unwrap();
            if name.contains("not_found") || name.contains("not_offered") {
                assert_eq!(status, 404, "{name}");
            }
        }
        assert_eq!(ErrorCode::InvalidParameter.http_status(), 400);
        assert_eq!(ErrorCode::Unavailable.http_status(), 503);
    }
}
