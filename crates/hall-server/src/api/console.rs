//! The staff console's API (`/api/v1/console/…`): sign in and out, change the password,
//! a hall's day, one appointment, recording arrivals, service and no-shows, and the audit
//! log.
//!
//! *A session is only ever an `HttpOnly; Secure; SameSite=Strict` cookie* (`hall_console`,
//! path `/api/v1/console`); the console never sees it. *Every write carries
//! `X-CSRF-Token`*, which the login's answer gave (and `GET /console/session` gives
//! again): derived from the cookie's token, so another site can neither read nor make it.
//! *Logins are throttled* per client and per login (reserved before the password is
//! checked, given back when it was right). *A hall outside the account's halls is 404*,
//! as one that does not exist.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hall_model::console::{AuditLog, ConsoleSession, LoginRequest, LogoutRequest, PasswordChange, StateChange, password_problem};
use hall_model::{ApiError, Date, ErrorCode, FieldProblem};

use super::appointments::Client;
use super::error::{AppError, json_body, rate_limited};
use super::lang::RequestLang;
use crate::AppState;
use crate::store::secrets::same;
use crate::store::staff::{SESSION_ABSOLUTE_SECONDS, StaffSession, csrf_token};

/// The session cookie's name.
pub const COOKIE: &str = "hall_console";

/// The cookie that holds a new session's `token`, or (`None`) that ends it in the browser.
fn cookie(token: Option<&str>) -> HeaderValue {
    let value = match token {
        Some(token) => format!("{COOKIE}={token}; Path=/api/v1/console; HttpOnly; Secure; SameSite=Strict; Max-Age={SESSION_ABSOLUTE_SECONDS}"),
        None => format!("{COOKIE}=; Path=/api/v1/console; HttpOnly; Secure; SameSite=Strict; Max-Age=0"),
    };
    HeaderValue::from_str(&value).expect("a token is URL-safe base64")
}

/// The session token in the request's `Cookie` header, if any.
fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == COOKIE && !value.is_empty())
        .map(|(_, value)| value.to_owned())
}

fn answer(session: &StaffSession, token: &str) -> ConsoleSession {
    ConsoleSession {
        login: session.login.clone(),
        scope: session.scope.clone(),
        must_change_password: session.must_change_password,
        csrf_token: csrf_token(token),
        expires_at: session.expires_at,
    }
}

/// What a request needs of its session.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Read: a live session whose password has been changed.
    Read,
    /// Write: also `X-CSRF-Token`.
    Write,
    /// Read one's own session: a live session, even before the one-time password is
    /// changed.
    Own,
    /// Change the password or sign out: a live session and `X-CSRF-Token`, even before the
    /// one-time password is changed.
    OwnWrite,
}

/// The request's live session and its token, or why there is none to use.
async fn signed_in(state: &AppState, headers: &HeaderMap, client: std::net::IpAddr, needs: Needs) -> Result<(StaffSession, String), Response> {
    let token = cookie_token(headers).ok_or_else(|| AppError::new(ErrorCode::SessionRequired, "sign in first").into_response())?;
    let session = state.store.staff_session(&token, crate::store::db::now()).await.map_err(|e| {
        let mut response = AppError::from(e).into_response();
        if response.status() == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::SET_COOKIE, cookie(None));
        }
        response
    })?;
    if matches!(needs, Needs::Write | Needs::OwnWrite) {
        let sent = headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or("");
        if !same(sent, &csrf_token(&token)) {
            return Err(AppError::new(ErrorCode::CsrfRejected, "a console write needs the session's X-CSRF-Token").into_response());
        }
        if let Err(wait) = state.guards.staff_writes.check(client) {
            return Err(rate_limited(wait, "too many staff writes; wait and try again"));
        }
    }
    if session.must_change_password && matches!(needs, Needs::Read | Needs::Write) {
        return Err(AppError::new(ErrorCode::PasswordChangeRequired, "change the one-time password first").into_response());
    }
    Ok((session, token))
}

fn private<T: serde::Serialize>(status: StatusCode, body: T) -> Response {
    (status, [(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
}

/// `POST /api/v1/console/login`
pub async fn login(State(state): State<AppState>, Client(client): Client, bytes: Bytes) -> Result<Response, AppError> {
    let request: LoginRequest = json_body(&bytes)?;
    let login = request.login.trim().to_ascii_lowercase();
    let (by_client, by_login) = (&state.guards.failed_console_logins_by_client, &state.guards.failed_console_logins_by_login);
    if let Err(wait) = by_client.check(client) {
        return Ok(rate_limited(wait, "too many failed sign-ins; wait and try again"));
    }
    if let Err(wait) = by_login.check(login.clone()) {
        by_client.refund(client);
        return Ok(rate_limited(wait, "too many failed sign-ins; wait and try again"));
    }
    match state.store.login(&login, &request.password, crate::store::db::now()).await {
        Ok(opened) => {
            by_client.refund(client);
            by_login.refund(login);
            let mut response = private(StatusCode::OK, answer(&opened.session, &opened.token));
            response.headers_mut().insert(header::SET_COOKIE, cookie(Some(&opened.token)));
            Ok(response)
        }
        Err(error) => Err(error.into()),
    }
}

/// `GET /api/v1/console/session`
pub async fn session(State(state): State<AppState>, Client(client): Client, headers: HeaderMap) -> Response {
    match signed_in(&state, &headers, client, Needs::Own).await {
        Ok((session, token)) => private(StatusCode::OK, answer(&session, &token)),
        Err(refused) => refused,
    }
}

/// `POST /api/v1/console/password`
pub async fn change_password(State(state): State<AppState>, Client(client): Client, headers: HeaderMap, bytes: Bytes) -> Result<Response, AppError> {
    let (session, token) = match signed_in(&state, &headers, client, Needs::OwnWrite).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let change: PasswordChange = json_body(&bytes)?;
    if let Some(problem) = password_problem(&session.login, &change.current, &change.new) {
        let mut error = ApiError::new(ErrorCode::InvalidPassword, "the new password is refused");
        error.error.fields = vec![FieldProblem { field: "new".to_owned(), problem }];
        return Err(AppError(Box::new(error)));
    }
    state.store.change_password(&session.login, &token, &change.current, &change.new).await?;
    let session = state.store.staff_session(&token, crate::store::db::now()).await?;
    Ok(private(StatusCode::OK, answer(&session, &token)))
}

/// `POST /api/v1/console/logout`
pub async fn logout(State(state): State<AppState>, Client(client): Client, headers: HeaderMap, bytes: Bytes) -> Result<Response, AppError> {
    let (_, token) = match signed_in(&state, &headers, client, Needs::OwnWrite).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let request: LogoutRequest = if bytes.is_empty() { LogoutRequest::default() } else { json_body(&bytes)? };
    state.store.logout(&token, request.everywhere).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie(None));
    Ok(response)
}

/// `?date=` of a day list (default: today, in Beijing time).
#[derive(serde::Deserialize)]
pub struct DayQuery {
    pub date: Option<String>,
}

/// `GET /api/v1/console/halls/{code}/day?date=`
pub async fn hall_day(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Client(client): Client,
    headers: HeaderMap,
    Path(code): Path<String>,
    Query(query): Query<DayQuery>,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Read).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let date = match query.date.as_deref() {
        None => state.store.today(),
        Some(text) => Date::parse(text).ok_or_else(|| AppError::invalid_parameter("date", "YYYY-MM-DD"))?,
    };
    let day = state.store.hall_day(&session.scope, &code, date, lang).await?;
    Ok(private(StatusCode::OK, day))
}

/// `GET /api/v1/console/appointments/{reference}`: typed at the counter, read from the
/// ticket's QR code, or asked by a hotline operator.
pub async fn appointment(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Client(client): Client,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Read).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let appointment = state.store.staff_appointment(&session.scope, &reference, lang).await?;
    Ok(private(StatusCode::OK, appointment))
}

/// `POST /api/v1/console/appointments/{reference}/state`
pub async fn change_state(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Client(client): Client,
    headers: HeaderMap,
    Path(reference): Path<String>,
    bytes: Bytes,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Write).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let change: StateChange = json_body(&bytes)?;
    let appointment = state.store.change_day_state(&session.login, &session.scope, &reference, &change, crate::store::db::now(), lang).await?;
    Ok(private(StatusCode::OK, appointment))
}

/// `?limit=` of the audit log (default 200, at most 1,000).
#[derive(serde::Deserialize)]
pub struct AuditQuery {
    pub limit: Option<u32>,
}

/// `GET /api/v1/console/halls/{code}/audit`
pub async fn audit(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    Path(code): Path<String>,
    Query(query): Query<AuditQuery>,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Read).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let limit = query.limit.unwrap_or(200).clamp(1, 1000);
    let entries = state.store.hall_audit(&session.scope, &code, limit).await?;
    Ok(private(StatusCode::OK, AuditLog { entries }))
}

/// `POST /api/v1/console/appointments/{reference}/lift-suspension`: a hall admin lets the
/// person who made this appointment book online again (their no-shows so far no longer
/// count). Audited.
pub async fn lift_suspension(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Write).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    state.store.lift_suspension(&session.login, &session.scope, &reference, crate::store::db::now()).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `POST /api/v1/console/halls/{code}/closures`: close the hall for a day or part of it.
pub async fn close_hall(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    Path(code): Path<String>,
    bytes: Bytes,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Write).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let closure: hall_model::NewClosure = json_body(&bytes)?;
    let done = state.store.close_hall(&session.login, &session.scope, &code, &closure, crate::store::db::now()).await?;
    Ok(private(StatusCode::CREATED, done))
}

/// `POST /api/v1/console/halls/{code}/capacity`: hall and region admins.
pub async fn set_capacity(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    Path(code): Path<String>,
    bytes: Bytes,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Write).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let change: hall_model::console::CapacityChange = json_body(&bytes)?;
    let slots = state.store.set_capacity(&session.login, &session.scope, &code, &change, crate::store::db::now()).await?;
    Ok(private(StatusCode::OK, serde_json::json!({ "slots": slots })))
}

/// Who may register and advance applications: those who serve at the windows.
fn serves_windows(session: &StaffSession) -> Result<(), AppError> {
    if session.scope.role.records_attendance() { Ok(()) } else { Err(AppError::new(ErrorCode::NotPermitted, "this role does not handle applications")) }
}

/// `POST /api/v1/console/applications`: a window clerk registers an application.
pub async fn create_application(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Client(client): Client,
    headers: HeaderMap,
    bytes: Bytes,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Write).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    serves_windows(&session)?;
    let new: hall_model::NewApplication = json_body(&bytes)?;
    let by = crate::store::applications::StaffWrite { login: &session.login, scope: &session.scope };
    let view = state.store.create_application_by(&new, lang, Some(by)).await?;
    Ok(private(StatusCode::CREATED, view))
}

/// `GET /api/v1/console/applications/{number}`
pub async fn application(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Client(client): Client,
    headers: HeaderMap,
    Path(number): Path<String>,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Read).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let view = state.store.staff_application(&session.scope, &number, lang).await?;
    Ok(private(StatusCode::OK, view))
}

/// `POST /api/v1/console/applications/{number}/events`
pub async fn append_event(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    Client(client): Client,
    headers: HeaderMap,
    Path(number): Path<String>,
    bytes: Bytes,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Write).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    serves_windows(&session)?;
    let event: hall_model::StatusEvent = json_body(&bytes)?;
    let by = crate::store::applications::StaffWrite { login: &session.login, scope: &session.scope };
    let view = state.store.append_event_by(&number, &event, lang, Some(by)).await?;
    Ok(private(StatusCode::CREATED, view))
}

/// `POST /api/v1/console/calendar`: region admins preview, then save, a holiday calendar.
pub async fn import_calendar(State(state): State<AppState>, Client(client): Client, headers: HeaderMap, bytes: Bytes) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Write).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let import: hall_model::console::CalendarImport = json_body(&bytes)?;
    let preview = state.store.import_calendar(&session.login, &session.scope, &import, crate::store::db::now()).await?;
    Ok(private(StatusCode::OK, preview))
}

/// `GET /api/v1/console/halls/{code}/staff`
pub async fn hall_staff(State(state): State<AppState>, Client(client): Client, headers: HeaderMap, Path(code): Path<String>) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Read).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let staff = state.store.hall_staff(&session.scope, &code).await?;
    Ok(private(StatusCode::OK, staff))
}

/// `POST /api/v1/console/halls/{code}/staff`
pub async fn add_hall_staff(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    Path(code): Path<String>,
    bytes: Bytes,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Write).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    let new: hall_model::console::NewStaff = json_body(&bytes)?;
    let password = state.store.add_hall_staff(&session.login, &session.scope, &code, &new, crate::store::db::now()).await?;
    Ok(private(StatusCode::CREATED, hall_model::console::StaffAdded { login: new.login.trim().to_owned(), one_time_password: password }))
}

/// `POST /api/v1/console/halls/{code}/staff/{login}/disable`
pub async fn disable_hall_staff(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    Path((code, login)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (session, _) = match signed_in(&state, &headers, client, Needs::Write).await {
        Ok(found) => found,
        Err(refused) => return Ok(refused),
    };
    state.store.disable_hall_staff(&session.login, &session.scope, &code, &login, crate::store::db::now()).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
