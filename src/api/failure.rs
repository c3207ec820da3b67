//! Why a request gave no data, and what to tell the citizen: every failure and every wrong
//! form field has its Fluent message here, so pages never word an error themselves.

use hall_model::{ErrorCode, FieldProblem, Problem};

/// Why a request gave no data, as a citizen needs to hear it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiFailure {
    /// The request never got an answer while the device says it is online: the server is
    /// down or refuses connections, or a gateway answered with its own error page. The
    /// citizen is told the service is not answering (not to check their network).
    Unreachable,
    /// The request never got an answer and the device says it has no network.
    Offline,
    /// A write got no answer in time (and none when it was sent again by itself).
    TimedOut,
    /// The API answered with its error envelope.
    Api(ErrorCode),
    /// An answer that is not what the contract says (a proxy's HTML page, a bug).
    Malformed,
}

impl ApiFailure {
    /// The Fluent message explaining the failure and what to do next.
    pub fn message_id(&self) -> &'static str {
        match self {
            ApiFailure::Unreachable => "error-unreachable",
            ApiFailure::Offline => "error-offline",
            ApiFailure::TimedOut => "error-timed-out",
            ApiFailure::Malformed => "error-malformed",
            ApiFailure::Api(ErrorCode::RegionNotFound) => "error-region-not-found",
            ApiFailure::Api(ErrorCode::HallNotFound) => "error-hall-not-found",
            ApiFailure::Api(ErrorCode::ItemNotFound) => "error-item-not-found",
            ApiFailure::Api(ErrorCode::ItemNotOfferedAtHall) => "error-item-not-offered",
            ApiFailure::Api(ErrorCode::InvalidParameter | ErrorCode::RouteNotFound | ErrorCode::MethodNotAllowed) => "error-bad-request",
            ApiFailure::Api(ErrorCode::PayloadTooLarge) => "error-payload-too-large",
            ApiFailure::Api(ErrorCode::UriTooLong) => "error-uri-too-long",
            ApiFailure::Api(ErrorCode::HeadersTooLarge) => "error-headers-too-large",
            ApiFailure::Api(ErrorCode::Unavailable) => "error-unavailable",
            ApiFailure::Api(ErrorCode::Internal) => "error-internal",
            ApiFailure::Api(ErrorCode::InvalidBooking) => "error-invalid-booking",
            ApiFailure::Api(ErrorCode::HallNotBookable) => "error-hall-not-bookable",
            ApiFailure::Api(ErrorCode::SlotNotFound) => "error-slot-not-found",
            ApiFailure::Api(ErrorCode::SlotTaken) => "error-slot-taken",
            ApiFailure::Api(ErrorCode::AlreadyBookedThatDay) => "error-already-booked-that-day",
            ApiFailure::Api(ErrorCode::TooManyBookings) => "error-too-many-bookings",
            ApiFailure::Api(ErrorCode::BookingSuspended) => "error-booking-suspended",
            ApiFailure::Api(ErrorCode::RateLimited) => "error-rate-limited",
            ApiFailure::Api(ErrorCode::IdempotencyKeyReused) => "error-idempotency-key-reused",
            ApiFailure::Api(ErrorCode::LinkNotFound) => "error-link-not-found",
            ApiFailure::Api(ErrorCode::AppointmentNotFound) => "error-appointment-not-found",
            ApiFailure::Api(ErrorCode::AppointmentCancelled) => "error-appointment-cancelled",
            ApiFailure::Api(ErrorCode::ApplicationNotFound) => "error-application-not-found",
            ApiFailure::Api(ErrorCode::ApplicationNotCompleted) => "error-application-not-completed",
            ApiFailure::Api(ErrorCode::FeedbackAlreadyGiven) => "error-feedback-already-given",
            // Staff answers: a citizen's page never asks for them.
            ApiFailure::Api(
                ErrorCode::InvalidTransition
                | ErrorCode::CapacityBelowBooked
                | ErrorCode::StaffUnauthorized
                | ErrorCode::LoginFailed
                | ErrorCode::SessionRequired
                | ErrorCode::PasswordChangeRequired
                | ErrorCode::CsrfRejected
                | ErrorCode::NotPermitted
                | ErrorCode::StateChanged
                | ErrorCode::InvalidStateChange
                | ErrorCode::InvalidPassword,
            ) => "error-bad-request",
        }
    }

    /// The message after a write (a form sent) failed: as [`message_id`](Self::message_id),
    /// but with no network the citizen is told to press the same button again (there is
    /// no "Try again" button under a form) and that what they typed is kept.
    pub fn write_message_id(&self) -> &'static str {
        match self {
            ApiFailure::Unreachable => "error-write-unreachable",
            ApiFailure::Offline => "error-write-offline",
            other => other.message_id(),
        }
    }

    /// Whether trying again can help (a "retry" button makes sense).
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            ApiFailure::Unreachable
                | ApiFailure::Offline
                | ApiFailure::TimedOut
                | ApiFailure::Malformed
                | ApiFailure::Api(ErrorCode::Unavailable | ErrorCode::Internal | ErrorCode::RateLimited)
        )
    }
}

pub type ApiResult<T> = Result<T, ApiFailure>;

/// A page whose own data never came, so that the failure is the whole page: its title
/// says which page could not be opened (the failure's message then says why).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailedPage {
    /// An item's guide.
    Guide,
    /// A hall's page.
    Hall,
    /// A region's page (its sub-regions and halls).
    Region,
    /// The booking page of an item at a hall.
    Booking,
    /// My appointments, or one appointment.
    Appointments,
    /// Tracking an application.
    Track,
    /// The staff's reply composer.
    Compose,
}

impl FailedPage {
    /// The Fluent message titling the page.
    pub fn title_id(self) -> &'static str {
        match self {
            FailedPage::Guide => "error-page-title-guide",
            FailedPage::Hall => "error-page-title-hall",
            FailedPage::Region => "error-page-title-region",
            FailedPage::Booking => "error-page-title-booking",
            FailedPage::Appointments => "error-page-title-appointments",
            FailedPage::Track => "error-page-title-track",
            FailedPage::Compose => "error-page-title-compose",
        }
    }
}

/// Why a write failed, with every wrong field of a form when the API named them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteFailure {
    pub failure: ApiFailure,
    pub fields: Vec<FieldProblem>,
    /// After a failed verification: attempts left before a wait.
    pub attempts: Option<hall_model::AttemptsLeft>,
    /// After `booking_suspended`: the first day the person may book online again.
    pub may_book_from: Option<hall_model::Date>,
}

impl From<ApiFailure> for WriteFailure {
    fn from(failure: ApiFailure) -> Self {
        WriteFailure { failure, fields: Vec::new(), attempts: None, may_book_from: None }
    }
}

/// What is wrong with one field of a form, in the reader's language.
pub fn problem_message(problem: Problem) -> String {
    // Examples are variables so that right-to-left languages keep them left to right.
    crate::i18n::t_args(problem_message_id(problem), &[("example", MOBILE_EXAMPLE.into()), ("min", hall_model::console::MIN_PASSWORD_CHARS.into())])
}

/// The mobile number the forms show as an example, with no-break spaces: an example is
/// never split over two lines.
pub const MOBILE_EXAMPLE: &str = "138\u{a0}1234\u{a0}5678";

/// The Fluent message for what is wrong with one field of a form.
pub fn problem_message_id(problem: Problem) -> &'static str {
    match problem {
        Problem::Missing => "problem-missing",
        Problem::TooLong => "problem-too-long",
        Problem::TooShort => "problem-too-short",
        Problem::PasswordReused => "problem-password-reused",
        Problem::MobileFormat => "problem-mobile-format",
        Problem::ResidentIdFormat => "problem-resident-id-format",
        Problem::ResidentIdBirthDate => "problem-resident-id-birth-date",
        Problem::ResidentIdCheckDigit => "problem-resident-id-check-digit",
        Problem::Characters => "problem-characters",
        Problem::DateFormat => "problem-date-format",
        Problem::TimeFormat => "problem-time-format",
        Problem::MobileLength => "problem-mobile-length",
        Problem::MobileStart => "problem-mobile-start",
        Problem::ResidentIdOtherDocument => "problem-resident-id-other-document",
        Problem::HkMacauPermitFormat => "problem-hk-macau-permit-format",
        Problem::TaiwanPermitFormat => "problem-taiwan-permit-format",
        Problem::ResidencePermitFormat => "problem-residence-permit-format",
        Problem::ResidencePermitRegion => "problem-residence-permit-region",
        Problem::ResidencePermitBirthDate => "problem-residence-permit-birth-date",
        Problem::ResidencePermitCheckDigit => "problem-residence-permit-check-digit",
        Problem::ForeignPermanentFormat => "problem-foreign-permanent-format",
        Problem::ForeignPermanentBirthDate => "problem-foreign-permanent-birth-date",
        Problem::ForeignPermanentCheckDigit => "problem-foreign-permanent-check-digit",
        Problem::PassportCharacters => "problem-passport-characters",
        Problem::PassportLength => "problem-passport-length",
    }
}
