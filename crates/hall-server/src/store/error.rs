//! What can go wrong in the store, in the domain's words. `api/error.rs` alone turns a
//! [`StoreError`] into an API error code and an HTTP status; the store knows neither.

/// A store method's failure.
#[derive(Debug)]
pub enum StoreError {
    /// The thing asked for does not exist (or, for appointments and applications, the
    /// caller did not prove they may see it: the same answer, so nothing can be probed).
    NotFound(Missing, String),
    /// The request is well formed but a rule refuses it now.
    Conflict(Conflict, String),
    /// Staff: who is asking may not do this (not signed in, wrong password, role).
    Refused(Refusal, String),
    /// A field of the request is wrong.
    Invalid { field: &'static str, message: String },
    /// The database is busy or cannot be reached: try again shortly.
    Unavailable(String),
    /// A stored record does not decode, or the database failed in a way a retry will not
    /// mend. The details are logged where it happened, never sent.
    Internal(String),
}

/// What was not found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Region,
    Hall,
    Item,
    /// The hall exists, the item exists, but the hall does not offer it.
    ItemAtHall,
    Slot,
    Appointment,
    Application,
    Link,
    StaffAccount,
}

/// Why a staff request is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Wrong login or password (or a disabled account: the same answer).
    LoginFailed,
    /// No session, or it expired, sat idle too long, or its account was disabled.
    SessionEnded,
    /// The account's role does not do this.
    NotPermitted,
}

/// Why a valid request is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// No place left in the slot.
    SlotTaken,
    /// The person holds as many upcoming appointments as allowed.
    TooManyBookings,
    /// The person has an appointment for this item that day already.
    AlreadyBookedThatDay,
    /// The idempotency key was used for another request.
    IdempotencyKeyReused,
    /// The hall takes no appointments.
    HallNotBookable,
    /// The appointment is cancelled (or changed meanwhile).
    AppointmentCancelled,
    /// The event cannot follow the application's status, or the application exists.
    InvalidTransition,
    /// Only a completed application can be rated.
    ApplicationNotCompleted,
    /// The application was rated already.
    FeedbackAlreadyGiven,
    /// Staff: an account with this login exists.
    StaffExists,
    /// Staff: the appointment is no longer in the state the clerk saw; it is this now.
    StateChanged(hall_model::console::DayState),
    /// Staff: an appointment cannot move from that state to that one.
    InvalidStateChange,
    /// The person may not book online before this day (the no-show rule).
    BookingSuspended(hall_model::Date),
    /// Staff: the slot starting at `start` holds `booked` appointments, more than the
    /// places asked for.
    CapacityBelowBooked { start: String, booked: u32 },
}

impl StoreError {
    pub fn not_found(what: Missing, message: impl Into<String>) -> StoreError {
        StoreError::NotFound(what, message.into())
    }

    pub fn conflict(reason: Conflict, message: impl Into<String>) -> StoreError {
        StoreError::Conflict(reason, message.into())
    }

    pub fn refused(why: Refusal, message: impl Into<String>) -> StoreError {
        StoreError::Refused(why, message.into())
    }

    pub fn invalid(field: &'static str, message: impl Into<String>) -> StoreError {
        StoreError::Invalid { field, message: message.into() }
    }

    /// Whether this is the "no such thing" answer of `what`.
    pub fn is_not_found(&self, what: Missing) -> bool {
        matches!(self, StoreError::NotFound(found, _) if *found == what)
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::NotFound(_, message)
            | StoreError::Conflict(_, message)
            | StoreError::Refused(_, message)
            | StoreError::Unavailable(message)
            | StoreError::Internal(message) => f.write_str(message),
            StoreError::Invalid { field, message } => write!(f, "{field}: {message}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> StoreError {
        // The database's own message can contain query text; log it, never send it.
        tracing::error!(%error, "database error");
        if super::dialect::is_unavailable(&error) {
            StoreError::Unavailable("the database is busy or unavailable; retry shortly".to_owned())
        } else {
            StoreError::Internal("internal error".to_owned())
        }
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(error: serde_json::Error) -> StoreError {
        tracing::error!(%error, "stored record does not decode");
        StoreError::Internal("internal error".to_owned())
    }
}
