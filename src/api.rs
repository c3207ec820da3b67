//! The typed client of the public API: the only place in the app that builds API URLs
//! or looks at HTTP status codes. Pages make an [`ApiResource`] from an [`ApiRequest`] and
//! get hall-model types or an [`ApiFailure`] that knows its Fluent message.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;

use hall_model::{
    ApiError, Appointment, Booking, BookingRequest, ErrorCode, FieldProblem, Hall, HallItems, HallLevel, HallList, HallSlots, ItemGuide, Lang, RegionView,
    RescheduleRequest, query_string,
};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;

/// Why a request gave no data, as a citizen needs to hear it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiFailure {
    /// The request never got an answer: DNS, server down, a gateway's error page.
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
            ApiFailure::Api(ErrorCode::RateLimited) => "error-rate-limited",
            ApiFailure::Api(ErrorCode::IdempotencyKeyReused) => "error-idempotency-key-reused",
            ApiFailure::Api(ErrorCode::LinkNotFound) => "error-link-not-found",
            ApiFailure::Api(ErrorCode::AppointmentNotFound) => "error-appointment-not-found",
            ApiFailure::Api(ErrorCode::AppointmentCancelled) => "error-appointment-cancelled",
            ApiFailure::Api(ErrorCode::ApplicationNotFound) => "error-application-not-found",
            ApiFailure::Api(ErrorCode::ApplicationNotCompleted) => "error-application-not-completed",
            ApiFailure::Api(ErrorCode::FeedbackAlreadyGiven) => "error-feedback-already-given",
            ApiFailure::Api(ErrorCode::InvalidTransition | ErrorCode::StaffUnauthorized) => "error-bad-request",
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

/// What is wrong with one field of a form, in the reader's language.
pub fn problem_message(problem: hall_model::Problem) -> String {
    // Examples are variables so that right-to-left languages keep them left to right.
    crate::i18n::t_args(problem_message_id(problem), &[("example", MOBILE_EXAMPLE.into())])
}

/// The mobile number the forms show as an example, with no-break spaces: an example is
/// never split over two lines.
pub const MOBILE_EXAMPLE: &str = "138\u{a0}1234\u{a0}5678";

/// The Fluent message for what is wrong with one field of a form.
pub fn problem_message_id(problem: hall_model::Problem) -> &'static str {
    use hall_model::Problem;
    match problem {
        Problem::Missing => "problem-missing",
        Problem::TooLong => "problem-too-long",
        Problem::MobileFormat => "problem-mobile-format",
        Problem::ResidentIdFormat => "problem-resident-id-format",
        Problem::ResidentIdBirthDate => "problem-resident-id-birth-date",
        Problem::ResidentIdCheckDigit => "problem-resident-id-check-digit",
        Problem::Characters => "problem-characters",
        Problem::DateFormat => "problem-date-format",
        Problem::TimeFormat => "problem-time-format",
    }
}

pub type ApiResult<T> = Result<T, ApiFailure>;

/// The filter of the hall list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HallSearch {
    pub region: Option<String>,
    pub level: Option<HallLevel>,
    pub text: String,
    /// Only halls that offer this item.
    pub item: Option<String>,
    pub offset: u32,
    pub limit: u32,
}

/// One API request: its path under the base URL and its query, typed by what it answers.
/// Only the constructors below build them, so URLs are made in this file alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiRequest<T> {
    path: String,
    params: Vec<(&'static str, String)>,
    /// The content's language when it is not the page's (a reply composed for a caller).
    lang: Option<Lang>,
    answer: PhantomData<fn() -> T>,
}

impl<T> ApiRequest<T> {
    fn new(path: String, params: Vec<(&'static str, String)>) -> Self {
        ApiRequest { path, params, lang: None, answer: PhantomData }
    }

    /// The same request, for content in `lang` whatever the page's language.
    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = Some(lang);
        self
    }
}

impl ApiRequest<RegionView> {
    /// The provinces, or a region with its ancestors and children.
    pub fn regions(code: Option<&str>) -> Self {
        match code {
            None => ApiRequest::new("/regions".to_owned(), Vec::new()),
            Some(code) => ApiRequest::new(format!("/regions/{}", query_string::encode(code)), Vec::new()),
        }
    }
}

impl ApiRequest<HallList> {
    pub fn halls(search: &HallSearch) -> Self {
        let mut params = Vec::new();
        if let Some(region) = &search.region {
            params.push(("region", region.clone()));
        }
        if let Some(level) = search.level {
            params.push(("level", level.as_str().to_owned()));
        }
        if !search.text.trim().is_empty() {
            params.push(("q", search.text.trim().to_owned()));
        }
        if let Some(item) = &search.item {
            params.push(("item", item.clone()));
        }
        if search.offset > 0 {
            params.push(("offset", search.offset.to_string()));
        }
        if search.limit > 0 {
            params.push(("limit", search.limit.to_string()));
        }
        ApiRequest::new("/halls".to_owned(), params)
    }
}

impl ApiRequest<Hall> {
    pub fn hall(code: &str) -> Self {
        ApiRequest::new(format!("/halls/{}", query_string::encode(code)), Vec::new())
    }
}

impl ApiRequest<HallItems> {
    /// Every item of the hall; the app filters them on the device.
    pub fn hall_items(code: &str) -> Self {
        ApiRequest::new(format!("/halls/{}/items", query_string::encode(code)), Vec::new())
    }
}

impl ApiRequest<HallSlots> {
    /// The bookable days of an item at a hall, with places left.
    pub fn slots(hall: &str, item: &str) -> Self {
        ApiRequest::new(format!("/halls/{}/slots", query_string::encode(hall)), vec![("item", item.to_owned())])
    }
}

/// A request that changes something (or carries a secret): sent once, on demand, never
/// cached, with its body and headers. Personal data goes in the body only.
pub struct ApiWrite<T> {
    method: &'static str,
    path: String,
    body: Option<String>,
    headers: Vec<(&'static str, String)>,
    answer: PhantomData<fn() -> T>,
}

/// JSON by the browser's own `JSON.stringify`, which costs the download nothing.
fn to_json<T: serde::Serialize>(value: &T) -> Option<String> {
    js_sys::JSON::stringify(&serde_wasm_bindgen::to_value(value).ok()?).ok()?.as_string()
}

fn appointment_path(reference: &str) -> String {
    format!("/appointments/{}", query_string::encode(reference))
}

fn bearer(token: &str) -> (&'static str, String) {
    ("Authorization", format!("Bearer {token}"))
}

impl ApiWrite<Booking> {
    /// Books; `key` is the Idempotency-Key, the same for every retry of this booking.
    pub fn book(request: &BookingRequest, key: &str) -> Self {
        ApiWrite {
            method: "POST",
            path: "/appointments".to_owned(),
            body: to_json(request),
            headers: vec![("Idempotency-Key", key.to_owned())],
            answer: PhantomData,
        }
    }
}

impl ApiWrite<Appointment> {
    pub fn show(reference: &str, token: &str) -> Self {
        ApiWrite { method: "GET", path: appointment_path(reference), body: None, headers: vec![bearer(token)], answer: PhantomData }
    }

    pub fn cancel(reference: &str, token: &str) -> Self {
        ApiWrite { method: "DELETE", path: appointment_path(reference), body: None, headers: vec![bearer(token)], answer: PhantomData }
    }

    pub fn reschedule(reference: &str, token: &str, date: &str, start: &str) -> Self {
        let body = RescheduleRequest { date: date.to_owned(), start: start.to_owned() };
        ApiWrite {
            method: "POST",
            path: format!("{}/reschedule", appointment_path(reference)),
            body: to_json(&body),
            headers: vec![bearer(token)],
            answer: PhantomData,
        }
    }
}

impl ApiWrite<hall_model::ShortLink> {
    /// The short link of a page of the guide (the same code every time for one page).
    pub fn short_link(path: &str) -> Self {
        let body = hall_model::NewLink { path: path.to_owned() };
        ApiWrite { method: "POST", path: "/links".to_owned(), body: to_json(&body), headers: Vec::new(), answer: PhantomData }
    }
}

impl ApiWrite<hall_model::ApplicationView> {
    /// Looks an application up: the number and verifier go in the body.
    pub fn lookup(request: &hall_model::LookupRequest) -> Self {
        ApiWrite { method: "POST", path: "/applications/lookup".to_owned(), body: to_json(request), headers: Vec::new(), answer: PhantomData }
    }

    pub fn feedback(number: &str, request: &hall_model::FeedbackRequest) -> Self {
        let path = format!("/applications/{}/feedback", query_string::encode(number));
        ApiWrite { method: "POST", path, body: to_json(request), headers: Vec::new(), answer: PhantomData }
    }
}

/// Why a write failed, with every wrong field of a form when the API named them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteFailure {
    pub failure: ApiFailure,
    pub fields: Vec<FieldProblem>,
    /// After a failed verification: attempts left before a wait.
    pub attempts: Option<hall_model::AttemptsLeft>,
}

impl From<ApiFailure> for WriteFailure {
    fn from(failure: ApiFailure) -> Self {
        WriteFailure { failure, fields: Vec::new(), attempts: None }
    }
}

/// How long a write may wait for its answer before the app stops waiting.
const WRITE_TIMEOUT_MS: i32 = 20_000;

/// Waits before asking again after a failure: 1 s, then 3 s (or the server's
/// `Retry-After`, up to 5 s).
const RETRY_DELAYS_MS: [i32; 2] = [1_000, 3_000];

/// Whether an answer (or its absence) is worth asking again for: no answer, the server or
/// a gateway in front of it overloaded.
fn worth_retrying(outcome: &ApiResult<(RawResponse, Option<i32>)>) -> bool {
    match outcome {
        Err(ApiFailure::Unreachable | ApiFailure::TimedOut) => true,
        Ok((raw, _)) => matches!(raw.ok, Err(502..=504)),
        Err(_) => false,
    }
}

/// The delay before retry number `attempt`, honouring `Retry-After` (seconds) up to 5 s.
fn retry_delay(attempt: usize, retry_after: Option<i32>) -> i32 {
    retry_after.map_or(RETRY_DELAYS_MS[attempt], |seconds| (seconds * 1000).clamp(RETRY_DELAYS_MS[0], 5_000))
}

/// Runs `attempt`, and runs it again after each of [`RETRY_DELAYS_MS`] (or the server's
/// `Retry-After`) while its outcome is [`worth_retrying`] and `go_on()` still holds.
async fn with_retries<F: Future<Output = ApiResult<(RawResponse, Option<i32>)>>>(
    mut attempt: impl FnMut() -> F,
    go_on: impl Fn() -> bool,
) -> ApiResult<RawResponse> {
    let mut tries = 0;
    loop {
        let outcome = attempt().await;
        if tries == RETRY_DELAYS_MS.len() || !worth_retrying(&outcome) || !go_on() {
            return outcome.map(|(raw, _)| raw);
        }
        sleep(retry_delay(tries, outcome.as_ref().ok().and_then(|(_, after)| *after))).await;
        tries += 1;
    }
}

/// Lets the browser handle input and paint before the rest of the current work runs.
pub(crate) async fn yield_to_browser() {
    sleep(0).await;
}

async fn sleep(ms: i32) {
    let _ = wasm_bindgen_futures::JsFuture::from(after(ms)).await;
}

/// A promise that resolves `ms` milliseconds from now.
pub(crate) fn after(ms: i32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    })
}

/// The body and status of a response, and its `Retry-After` in seconds.
async fn read_response(response: gloo_net::http::Response) -> ApiResult<(RawResponse, Option<i32>)> {
    let retry_after = response.headers().get("retry-after").and_then(|v| v.trim().parse::<i32>().ok());
    let ok = if response.ok() { Ok(()) } else { Err(response.status()) };
    let body = response.text().await.map_err(|_| no_answer())?;
    Ok((RawResponse { ok, body: Arc::from(body) }, retry_after))
}

impl Api {
    /// Sends a write in the reader's language. A write with an `Idempotency-Key` (a
    /// booking) is sent again by itself, with the same key, when it got no answer or the
    /// server was overloaded: the server answers a repeat with the first booking, so
    /// nothing is booked twice. Other writes are sent once; the page keeps what was typed
    /// and offers to try again.
    pub async fn send<T: DeserializeOwned>(&self, write: ApiWrite<T>, lang: Lang) -> Result<T, WriteFailure> {
        let url = format!("{}{}{}", self.base, write.path, query_string::build(&[("lang", lang.tag().to_owned())]));
        let repeatable = write.headers.iter().any(|(name, _)| *name == "Idempotency-Key");
        let raw = with_retries(|| self.send_once(&url, &write), || repeatable).await?;
        if raw.ok.is_err()
            && let Some(envelope) = js_sys::JSON::parse(&raw.body).ok().and_then(|v| serde_wasm_bindgen::from_value::<ApiError>(v).ok())
        {
            let error = envelope.error;
            return Err(WriteFailure { failure: ApiFailure::Api(error.code), fields: error.fields, attempts: error.attempts });
        }
        decode(&raw).map_err(WriteFailure::from)
    }

    /// One try of a write, given up after [`WRITE_TIMEOUT_MS`] (`TimedOut`).
    async fn send_once<T>(&self, url: &str, write: &ApiWrite<T>) -> ApiResult<(RawResponse, Option<i32>)> {
        let builder = match write.method {
            "POST" => gloo_net::http::RequestBuilder::new(url).method(gloo_net::http::Method::POST),
            "DELETE" => gloo_net::http::RequestBuilder::new(url).method(gloo_net::http::Method::DELETE),
            _ => gloo_net::http::RequestBuilder::new(url),
        };
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        let mut builder = builder.header("Accept", "application/json").abort_signal(signal.as_ref());
        for (name, value) in &write.headers {
            builder = builder.header(name, value);
        }
        let request = match &write.body {
            Some(body) => builder.header("Content-Type", "application/json").body(body.clone()),
            None => builder.build(),
        }
        .map_err(|_| ApiFailure::Malformed)?;
        let timer = controller.map(|controller| {
            let abort = wasm_bindgen::closure::Closure::once_into_js(move || controller.abort());
            window().set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), WRITE_TIMEOUT_MS).ok()
        });
        let timed_out = || signal.as_ref().is_some_and(|s| s.aborted());
        let outcome = match request.send().await {
            Ok(response) => read_response(response).await,
            Err(_) => Err(no_answer()),
        };
        if let Some(Some(timer)) = timer {
            window().clear_timeout_with_handle(timer);
        }
        outcome.map_err(|failure| if timed_out() { ApiFailure::TimedOut } else { failure })
    }
}

impl ApiRequest<ItemGuide> {
    pub fn item_guide(hall: Option<&str>, item: &str) -> Self {
        let path = match hall {
            Some(hall) => format!("/halls/{}/items/{}", query_string::encode(hall), query_string::encode(item)),
            None => format!("/items/{}", query_string::encode(item)),
        };
        ApiRequest::new(path, Vec::new())
    }
}

/// A response body as it came, with its HTTP outcome; decoded by [`ApiResource::get`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponse {
    ok: Result<(), u16>,
    body: Arc<str>,
}

impl RawResponse {
    /// The body of a successful answer.
    pub(crate) fn ok_body(&self) -> Option<&str> {
        self.ok.is_ok().then_some(&*self.body)
    }
}

type RawFuture = Pin<Box<dyn Future<Output = ApiResult<RawResponse>>>>;

#[derive(Clone)]
pub struct Api {
    base: Arc<str>,
}

impl Api {
    pub fn new(base: &str) -> Api {
        Api { base: Arc::from(base.trim_end_matches('/')) }
    }

    /// The one place that talks HTTP. Deliberately not generic, and boxed: every page's
    /// resource shares this code and Leptos's async machinery is instantiated once, which
    /// keeps the wasm download small.
    fn fetch(&self, path: String, mut params: Vec<(&'static str, String)>, lang: Lang) -> RawFuture {
        params.push(("lang", lang.tag().to_owned()));
        let url = format!("{}{}{}", self.base, path, query_string::build(&params));
        Box::pin(async move {
            // A prefetched answer from an overloaded server is asked for again below.
            if let Some(answer) = take_prefetched(&url).await.filter(|a| !matches!(a.ok, Err(502..=504))) {
                return Ok(answer);
            }
            // Abort the request when the page that made it goes away (the user navigated
            // on): a slow network should not keep finishing work nobody will see.
            let controller = send_wrapper::SendWrapper::new(web_sys::AbortController::new().ok());
            let signal = controller.as_ref().map(|c| c.signal());
            on_cleanup(move || {
                if let Some(controller) = controller.take() {
                    controller.abort();
                }
            });
            // A read is asked again, after 1 s and then 3 s, when it got no answer or the
            // server was overloaded: a flaky mobile connection should not show an error page.
            let get = || async {
                match gloo_net::http::Request::get(&url).abort_signal(signal.as_ref()).header("Accept", "application/json").send().await {
                    Ok(response) => read_response(response).await,
                    Err(_) => Err(no_answer()),
                }
            };
            with_retries(get, || !signal.as_ref().is_some_and(|s| s.aborted())).await
        })
    }
}

/// The answer to `url` if index.html's script asked for it while the app was downloading
/// (`window.hallGuidePrefetch`: URL → promise of `{status, body}`), taken once. `None`
/// when it did not, or got no answer: then the app asks itself.
pub(crate) async fn take_prefetched(url: &str) -> Option<RawResponse> {
    let store = js_sys::Reflect::get(&window(), &"hallGuidePrefetch".into()).ok()?.dyn_into::<js_sys::Object>().ok()?;
    let promise = js_sys::Reflect::get(&store, &url.into()).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = js_sys::Reflect::delete_property(&store, &url.into());
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let status = js_sys::Reflect::get(&answer, &"status".into()).ok()?.as_f64()? as u16;
    let body = js_sys::Reflect::get(&answer, &"body".into()).ok()?.as_string()?;
    Some(RawResponse { ok: if (200..300).contains(&status) { Ok(()) } else { Err(status) }, body: Arc::from(body) })
}

/// Why a request got no answer: the device is offline, or the server is out of reach.
fn no_answer() -> ApiFailure {
    if window().navigator().on_line() { ApiFailure::Unreachable } else { ApiFailure::Offline }
}

/// Reads a response body: the expected type on success, the error envelope otherwise.
///
/// JSON is parsed by the browser (`JSON.parse`) and mapped onto the types by
/// serde-wasm-bindgen: the browser's parser is fast and costs the download nothing.
fn decode<T: DeserializeOwned>(response: &RawResponse) -> ApiResult<T> {
    fn parse<T: DeserializeOwned>(body: &str) -> Option<T> {
        let value = js_sys::JSON::parse(body).ok()?;
        serde_wasm_bindgen::from_value(value).ok()
    }
    match response.ok {
        Ok(()) => parse(&response.body).ok_or(ApiFailure::Malformed),
        Err(status) => match parse::<ApiError>(&response.body).ok_or(()) {
            Ok(envelope) => Err(ApiFailure::Api(envelope.error.code)),
            // A gateway's HTML error page: the API itself could not be reached.
            Err(_) if matches!(status, 502..=504) => Err(ApiFailure::Unreachable),
            Err(_) => Err(ApiFailure::Malformed),
        },
    }
}

/// Data a page shows, fetched in the reader's language and fetched again when the
/// language changes. `get()` is `None` while loading.
pub struct ApiResource<T> {
    raw: LocalResource<ApiResult<RawResponse>>,
    answer: PhantomData<fn() -> T>,
}

impl<T> Clone for ApiResource<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for ApiResource<T> {}

impl<T: DeserializeOwned> ApiResource<T> {
    /// Starts fetching what `request` asks for; re-fetches when a signal it reads changes.
    pub fn new(request: impl Fn() -> ApiRequest<T> + 'static) -> Self {
        let api = use_api();
        let i18n = use_i18n();
        let raw = LocalResource::new(move || {
            let ApiRequest { path, params, lang, .. } = request();
            let answer = api.fetch(path, params, lang.unwrap_or_else(|| i18n.lang.get()));
            async move {
                let answer = answer.await;
                // Answers that arrive together (prefetched ones do) are drawn one per task,
                // not all in one: a cheap phone stays responsive between them (Lighthouse's
                // Total Blocking Time counts every task over 50 ms).
                yield_to_browser().await;
                answer
            }
        });
        ApiResource { raw, answer: PhantomData }
    }

    /// The decoded answer (reactive), `None` while loading.
    pub fn get(&self) -> Option<ApiResult<T>> {
        self.raw.get().map(|raw| raw.and_then(|response| decode(&response)))
    }

    pub fn refetch(&self) {
        self.raw.refetch();
    }
}

pub fn provide_api(api: Api) {
    provide_context(api);
}

pub fn use_api() -> Api {
    use_context::<Api>().unwrap_or_else(|| Api::new("/api/v1"))
}
