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
    /// Some fields of a booking are wrong; `fields` names each, with its problem.
    InvalidBooking,
    /// The hall does not take appointments (for this item).
    HallNotBookable,
    /// No such slot: the hall is closed that day, the time is not a slot start, or the
    /// day is outside the booking window.
    SlotNotFound,
    /// Someone else took the slot's last place; choose another slot.
    SlotTaken,
    /// The person already has an appointment for this item on that day.
    AlreadyBookedThatDay,
    /// The person has as many upcoming appointments as one person may hold.
    TooManyBookings,
    /// Too many booking requests from this client; wait (`Retry-After`) and try again.
    RateLimited,
    /// This `Idempotency-Key` was used before for a different request.
    IdempotencyKeyReused,
    /// No short link has this code.
    LinkNotFound,
    /// No appointment with this reference and manage token.
    AppointmentNotFound,
    /// The appointment was cancelled; it can no longer be changed.
    AppointmentCancelled,
    /// No application with this number and verifier. A wrong number and a wrong verifier
    /// get exactly this answer, so numbers cannot be probed.
    ApplicationNotFound,
    /// The application is not completed yet, so it cannot be rated.
    ApplicationNotCompleted,
    /// The application was rated already; one rating per application.
    FeedbackAlreadyGiven,
    /// Staff: this status cannot follow the application's current one.
    InvalidTransition,
    /// Staff: no valid staff token (`Authorization: Bearer …`).
    StaffUnauthorized,
    /// The route exists but does not take this method; `Allow` lists those it takes.
    MethodNotAllowed,
    /// The request body is larger than the API reads (64 KiB).
    PayloadTooLarge,
    /// The request's address (path and query) is longer than the server reads (64 KiB).
    UriTooLong,
    /// The request has too many headers, or headers too large.
    HeadersTooLarge,
    /// Console: wrong login or password (a disabled account gets the same answer).
    LoginFailed,
    /// Console: not signed in, or the session ended (expired, idle, signed out).
    SessionRequired,
    /// Console: the account's one-time password must be changed before anything else.
    PasswordChangeRequired,
    /// Console: a write without the session's `X-CSRF-Token`.
    CsrfRejected,
    /// Console: the account's role does not do this.
    NotPermitted,
    /// Console: someone else changed the appointment meanwhile; `current_state` says how
    /// it stands now, and nothing was changed.
    StateChanged,
    /// Console: an appointment cannot move from that state to that one.
    InvalidStateChange,
    /// Console: the new password is refused; `fields` says why.
    InvalidPassword,
    /// The person did not come to too many appointments lately (the no-show rule):
    /// `may_book_from` is the first day they may book online again.
    BookingSuspended,
    /// Staff: a slot's places cannot go below what is booked in it (`booked` says how many).
    CapacityBelowBooked,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 38] = [
        ErrorCode::InvalidParameter,
        ErrorCode::RegionNotFound,
        ErrorCode::HallNotFound,
        ErrorCode::ItemNotFound,
        ErrorCode::ItemNotOfferedAtHall,
        ErrorCode::RouteNotFound,
        ErrorCode::Unavailable,
        ErrorCode::Internal,
        ErrorCode::InvalidBooking,
        ErrorCode::HallNotBookable,
        ErrorCode::SlotNotFound,
        ErrorCode::SlotTaken,
        ErrorCode::AlreadyBookedThatDay,
        ErrorCode::TooManyBookings,
        ErrorCode::RateLimited,
        ErrorCode::IdempotencyKeyReused,
        ErrorCode::AppointmentNotFound,
        ErrorCode::AppointmentCancelled,
        ErrorCode::ApplicationNotFound,
        ErrorCode::ApplicationNotCompleted,
        ErrorCode::FeedbackAlreadyGiven,
        ErrorCode::InvalidTransition,
        ErrorCode::StaffUnauthorized,
        ErrorCode::LinkNotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UriTooLong,
        ErrorCode::HeadersTooLarge,
        ErrorCode::LoginFailed,
        ErrorCode::SessionRequired,
        ErrorCode::PasswordChangeRequired,
        ErrorCode::CsrfRejected,
        ErrorCode::NotPermitted,
        ErrorCode::StateChanged,
        ErrorCode::InvalidStateChange,
        ErrorCode::InvalidPassword,
        ErrorCode::BookingSuspended,
        ErrorCode::CapacityBelowBooked,
    ];

    /// The HTTP status that goes with the code.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::InvalidParameter => 400,
            ErrorCode::RegionNotFound
            | ErrorCode::HallNotFound
            | ErrorCode::ItemNotFound
            | ErrorCode::ItemNotOfferedAtHall
            | ErrorCode::RouteNotFound
            | ErrorCode::SlotNotFound
            | ErrorCode::AppointmentNotFound
            | ErrorCode::ApplicationNotFound
            | ErrorCode::LinkNotFound => 404,
            ErrorCode::SlotTaken
            | ErrorCode::AlreadyBookedThatDay
            | ErrorCode::TooManyBookings
            | ErrorCode::AppointmentCancelled
            | ErrorCode::ApplicationNotCompleted
            | ErrorCode::FeedbackAlreadyGiven
            | ErrorCode::InvalidTransition
            | ErrorCode::StateChanged
            | ErrorCode::InvalidStateChange
            | ErrorCode::BookingSuspended
            | ErrorCode::CapacityBelowBooked => 409,
            ErrorCode::StaffUnauthorized | ErrorCode::LoginFailed | ErrorCode::SessionRequired => 401,
            ErrorCode::PasswordChangeRequired | ErrorCode::CsrfRejected | ErrorCode::NotPermitted => 403,
            ErrorCode::InvalidBooking | ErrorCode::HallNotBookable | ErrorCode::IdempotencyKeyReused | ErrorCode::InvalidPassword => 422,
            ErrorCode::RateLimited => 429,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::UriTooLong => 414,
            ErrorCode::HeadersTooLarge => 431,
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
    /// Every wrong field of a form, for `invalid_booking`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldProblem>,
    /// For a failed verification (`application_not_found`): how many more may fail
    /// before the lookup is refused for a while, and how long that while is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<AttemptsLeft>,
    /// For `state_changed`: the appointment's state now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_state: Option<crate::console::DayState>,
    /// For `booking_suspended`: the first day the person may book online again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub may_book_from: Option<crate::Date>,
    /// For `capacity_below_booked`: the appointments booked in the slot (`start`) that
    /// refused the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booked: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
}

/// How many more verifications may fail, then how long to wait for the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptsLeft {
    pub left: u32,
    pub then_wait_seconds: u32,
}

/// One wrong field of a form and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
}

/// What is wrong with a field; each has a Fluent message in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    Missing,
    TooLong,
    /// Staff: a new password shorter than `console::MIN_PASSWORD_CHARS`.
    TooShort,
    /// Staff: a new password that is the current one or the login.
    PasswordReused,
    /// Not a mainland mobile number: holds something other than digits.
    MobileFormat,
    /// Not 17 digits and a digit or X.
    ResidentIdFormat,
    /// The birth date inside the number is not a real past day.
    ResidentIdBirthDate,
    /// The check digit does not match: a digit is probably mistyped.
    ResidentIdCheckDigit,
    /// Holds a control character, a bidirectional override or only invisible characters.
    Characters,
    /// Not `YYYY-MM-DD` / `HH:MM`.
    DateFormat,
    TimeFormat,
    /// A mobile number that is not 11 digits.
    MobileLength,
    /// 11 digits, but a mainland mobile starts with 1 and then 3–9.
    MobileStart,
    /// A 港澳台居民居住证 or 外国人永久居留身份证 number given as a resident ID.
    ResidentIdOtherDocument,
    /// 港澳居民来往内地通行证: not H or M and 8 digits.
    HkMacauPermitFormat,
    /// 台湾居民来往大陆通行证: not 8 digits.
    TaiwanPermitFormat,
    /// 港澳台居民居住证: not 17 digits and a digit or X.
    ResidencePermitFormat,
    /// 港澳台居民居住证: does not start 810000, 820000 or 830000.
    ResidencePermitRegion,
    ResidencePermitBirthDate,
    ResidencePermitCheckDigit,
    /// 外国人永久居留身份证: neither 3 letters and 12 digits nor 18 characters starting with 9.
    ForeignPermanentFormat,
    ForeignPermanentBirthDate,
    ForeignPermanentCheckDigit,
    /// A passport number with something other than Latin letters and digits.
    PassportCharacters,
    /// A passport number shorter than 5 or longer than 17 characters.
    PassportLength,
}

impl Problem {
    /// The problems a document number can have, one per rule of [`crate::identity::parse_document`].
    pub fn of_document(error: crate::identity::DocumentError) -> Problem {
        use crate::identity::{DocumentError as E, ResidentIdError as R};
        match error {
            E::ResidentId(R::Format) => Problem::ResidentIdFormat,
            E::ResidentId(R::BirthDate) => Problem::ResidentIdBirthDate,
            E::ResidentId(R::CheckDigit) => Problem::ResidentIdCheckDigit,
            E::ResidentId(R::OtherDocument) => Problem::ResidentIdOtherDocument,
            E::HkMacauPermitFormat => Problem::HkMacauPermitFormat,
            E::TaiwanPermitFormat => Problem::TaiwanPermitFormat,
            E::ResidencePermitFormat => Problem::ResidencePermitFormat,
            E::ResidencePermitRegion => Problem::ResidencePermitRegion,
            E::ResidencePermitBirthDate => Problem::ResidencePermitBirthDate,
            E::ResidencePermitCheckDigit => Problem::ResidencePermitCheckDigit,
            E::ForeignPermanentFormat => Problem::ForeignPermanentFormat,
            E::ForeignPermanentBirthDate => Problem::ForeignPermanentBirthDate,
            E::ForeignPermanentCheckDigit => Problem::ForeignPermanentCheckDigit,
            E::PassportCharacters => Problem::PassportCharacters,
            E::PassportLength => Problem::PassportLength,
        }
    }

    /// What is wrong with a mobile number, by [`crate::identity::check_mobile`].
    pub fn of_mobile(error: crate::identity::MobileError) -> Problem {
        match error {
            crate::identity::MobileError::Characters => Problem::MobileFormat,
            crate::identity::MobileError::Length => Problem::MobileLength,
            crate::identity::MobileError::Start => Problem::MobileStart,
        }
    }
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            error: ApiErrorBody {
                code,
                message: message.into(),
                field: None,
                fields: Vec::new(),
                attempts: None,
                current_state: None,
                may_book_from: None,
                booked: None,
                start: None,
            },
        }
    }

    pub fn invalid_parameter(field: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            error: ApiErrorBody {
                code: ErrorCode::InvalidParameter,
                message: message.into(),
                field: Some(field.to_owned()),
                fields: Vec::new(),
                attempts: None,
                current_state: None,
                may_book_from: None,
                booked: None,
                start: None,
            },
        }
    }

    pub fn invalid_booking(fields: Vec<FieldProblem>) -> ApiError {
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        let message = format!("invalid fields: {}", names.join(", "));
        ApiError {
            error: ApiErrorBody {
                code: ErrorCode::InvalidBooking,
                message,
                field: None,
                fields,
                attempts: None,
                current_state: None,
                may_book_from: None,
                booked: None,
                start: None,
            },
        }
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
