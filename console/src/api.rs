//! The console's calls to `/api/v1/console/…` (and the public catalogue, for an item's
//! materials). The session cookie goes with every call (same origin); every write carries
//! the session's `X-CSRF-Token`. A failure keeps the API's stable code, which
//! [`Failure::text`] turns into a message in the console's language.

use hall_model::{ApiErrorBody, DayState, ErrorCode, FieldProblem, Problem};
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::i18n::{t, t_args};

const BASE: &str = "/api/v1";

/// Why a call did not give an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The API's code; `None` when no answer came (network) or it was not the API's.
    pub code: Option<ErrorCode>,
    pub status: u16,
    pub fields: Vec<FieldProblem>,
    pub current_state: Option<DayState>,
    /// For `capacity_below_booked`: how many are booked in the slot `start`.
    pub booked: Option<u32>,
    pub start: Option<String>,
    /// The API's own words (English), for a detail a message cannot hold: a file's mistakes.
    pub message: Option<String>,
}

impl Failure {
    fn network() -> Failure {
        Failure { code: None, status: 0, fields: Vec::new(), current_state: None, booked: None, start: None, message: None }
    }

    /// The session is gone (expired, signed out elsewhere): the console asks to sign in again.
    pub fn signed_out(&self) -> bool {
        self.code == Some(ErrorCode::SessionRequired)
    }

    /// What went wrong, for the clerk, in the console's language.
    pub fn text(&self) -> String {
        let Some(code) = self.code else {
            return if self.status == 0 { t("error-network") } else { t("error-other") };
        };
        match code {
            ErrorCode::LoginFailed => t("error-login-failed"),
            ErrorCode::SessionRequired => t("error-session-required"),
            ErrorCode::PasswordChangeRequired => t("error-password-change-required"),
            ErrorCode::CsrfRejected => t("error-csrf-rejected"),
            ErrorCode::NotPermitted => t("error-not-permitted"),
            ErrorCode::StateChanged => match self.current_state {
                Some(now) => t_args("error-state-changed", &[("state", state_label(now).into())]),
                None => t("error-state-changed-unknown"),
            },
            ErrorCode::InvalidStateChange => t("error-invalid-state-change"),
            ErrorCode::InvalidPassword => {
                let problems: Vec<String> = self.fields.iter().map(|f| problem_text(f.problem)).collect();
                if problems.is_empty() { t("error-invalid-password") } else { problems.join(" ") }
            }
            ErrorCode::AppointmentNotFound => t("error-appointment-not-found"),
            ErrorCode::HallNotFound => t("error-hall-not-found"),
            ErrorCode::RateLimited => t("error-rate-limited"),
            ErrorCode::InvalidParameter => t("error-invalid-parameter"),
            ErrorCode::ApplicationNotFound => t("error-application-not-found"),
            ErrorCode::InvalidTransition => t("error-invalid-transition"),
            ErrorCode::ItemNotFound | ErrorCode::ItemNotOfferedAtHall => t("error-item-not-found"),
            ErrorCode::SlotNotFound => t("error-slot-not-found"),
            ErrorCode::Unavailable | ErrorCode::Internal => t("error-unavailable"),
            _ => t("error-other"),
        }
    }
}

/// What is wrong with a new password.
pub fn problem_text(problem: Problem) -> String {
    match problem {
        Problem::TooShort => t_args("problem-too-short", &[("min", (hall_model::console::MIN_PASSWORD_CHARS as u32).into())]),
        Problem::PasswordReused => t("problem-password-reused"),
        Problem::Missing => t("problem-missing"),
        Problem::TooLong => t("problem-too-long"),
        _ => t("error-invalid-password"),
    }
}

/// A state's name, as on the day list.
pub fn state_label(state: DayState) -> String {
    match state {
        DayState::Booked => t("state-booked"),
        DayState::Arrived => t("state-arrived"),
        DayState::Served => t("state-served"),
        DayState::NoShow => t("state-no-show"),
        DayState::CancelledByCitizen => t("state-cancelled-by-citizen"),
        DayState::CancelledByHall => t("state-cancelled-by-hall"),
    }
}

async fn answer<T: DeserializeOwned>(sent: Result<gloo_net::http::Response, gloo_net::Error>) -> Result<T, Failure> {
    let Ok(response) = sent else {
        return Err(Failure::network());
    };
    let status = response.status();
    if status == 204 {
        return serde_json::from_str("null").map_err(|_| Failure { status, ..Failure::network() });
    }
    if response.ok() {
        return response.json::<T>().await.map_err(|_| Failure { status, ..Failure::network() });
    }
    let body = response.json::<hall_model::ApiError>().await.ok().map(|e| e.error);
    Err(match body {
        Some(ApiErrorBody { code, fields, current_state, booked, start, message, .. }) => {
            Failure { code: Some(code), status, fields, current_state, booked, start, message: Some(message) }
        }
        None => Failure { status, ..Failure::network() },
    })
}

fn lang_header() -> &'static str {
    crate::i18n::lang().tag()
}

/// `GET {BASE}{path}`.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, Failure> {
    let sent = gloo_net::http::Request::get(&format!("{BASE}{path}")).header("accept-language", lang_header()).send().await;
    answer(sent).await
}

/// `POST {BASE}{path}` with a JSON body, and the CSRF token when signed in.
pub async fn post<T: DeserializeOwned, B: Serialize>(path: &str, body: &B, csrf: Option<&str>) -> Result<T, Failure> {
    let mut request = gloo_net::http::Request::post(&format!("{BASE}{path}")).header("accept-language", lang_header());
    if let Some(token) = csrf {
        request = request.header("x-csrf-token", token);
    }
    let sent = match request.json(body) {
        Ok(request) => request.send().await,
        Err(_) => return Err(Failure::network()),
    };
    answer(sent).await
}

/// A path segment: references and codes are ASCII letters, digits and `-`, but what a
/// clerk types or a camera reads is escaped anyway.
pub fn segment(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

/// The signed-in account, or `None` when the console shows the sign-in form.
pub type SessionSignal = RwSignal<Option<hall_model::ConsoleSession>>;
