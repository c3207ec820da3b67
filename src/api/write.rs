//! Requests that change something (or carry a secret): bookings, cancels, reschedules,
//! short links and application lookups. Built here, sent by [`Api::send`](super::Api::send).

use std::marker::PhantomData;

use hall_model::{ApplicationView, Appointment, Booking, BookingRequest, FeedbackRequest, LookupRequest, NewLink, RescheduleRequest, ShortLink, query_string};

/// A request that changes something (or carries a secret): sent once, on demand, never
/// cached, with its body and headers. Personal data goes in the body only.
pub struct ApiWrite<T> {
    pub(super) method: Method,
    pub(super) path: String,
    /// JSON, or `None` for a request without a body.
    pub(super) body: Option<String>,
    /// The manage token, sent as `Authorization: Bearer …` (never in the URL).
    pub(super) token: Option<String>,
    /// The `Idempotency-Key`, the same for every retry of one booking. A write that has one
    /// is sent again by itself when it got no answer: the server answers a repeat with the
    /// first answer, so nothing happens twice.
    pub(super) idempotency_key: Option<String>,
    answer: PhantomData<fn() -> T>,
}

/// The HTTP methods the API's writes use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Delete,
}

impl ApiWrite<Booking> {
    /// Books; `key` is the Idempotency-Key, the same for every retry of this booking.
    pub fn book(request: &BookingRequest, key: &str) -> Self {
        ApiWrite { idempotency_key: Some(key.to_owned()), ..ApiWrite::new(Method::Post, "/appointments".to_owned(), to_json(request)) }
    }
}

impl ApiWrite<Appointment> {
    pub fn show(reference: &str, token: &str) -> Self {
        ApiWrite::new(Method::Get, appointment_path(reference), None).with_token(token)
    }

    pub fn cancel(reference: &str, token: &str) -> Self {
        ApiWrite::new(Method::Delete, appointment_path(reference), None).with_token(token)
    }

    pub fn reschedule(reference: &str, token: &str, date: &str, start: &str) -> Self {
        let body = RescheduleRequest { date: date.to_owned(), start: start.to_owned() };
        ApiWrite::new(Method::Post, format!("{}/reschedule", appointment_path(reference)), to_json(&body)).with_token(token)
    }
}

impl ApiWrite<ShortLink> {
    /// The short link of a page of the guide (the same code every time for one page).
    pub fn short_link(path: &str) -> Self {
        ApiWrite::new(Method::Post, "/links".to_owned(), to_json(&NewLink { path: path.to_owned() }))
    }
}

impl ApiWrite<ApplicationView> {
    /// Looks an application up: the number and verifier go in the body.
    pub fn lookup(request: &LookupRequest) -> Self {
        ApiWrite::new(Method::Post, "/applications/lookup".to_owned(), to_json(request))
    }

    pub fn feedback(number: &str, request: &FeedbackRequest) -> Self {
        ApiWrite::new(Method::Post, format!("/applications/{}/feedback", query_string::encode(number)), to_json(request))
    }
}

impl<T> ApiWrite<T> {
    fn new(method: Method, path: String, body: Option<String>) -> Self {
        ApiWrite { method, path, body, token: None, idempotency_key: None, answer: PhantomData }
    }

    fn with_token(self, token: &str) -> Self {
        ApiWrite { token: Some(token.to_owned()), ..self }
    }
}

/// JSON by the browser's own `JSON.stringify`, which costs the download nothing.
fn to_json<T: serde::Serialize>(value: &T) -> Option<String> {
    js_sys::JSON::stringify(&serde_wasm_bindgen::to_value(value).ok()?).ok()?.as_string()
}

fn appointment_path(reference: &str) -> String {
    format!("/appointments/{}", query_string::encode(reference))
}
