//! The one place that talks HTTP: URLs under the configured base, the reader's language on
//! every request, retries, time limits, aborts, status codes and the error envelope.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use hall_model::{ApiError, Lang, query_string};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;

use super::failure::{ApiFailure, ApiResult, WriteFailure};
use super::prefetch::take_prefetched;
use super::write::{ApiWrite, Method};
use crate::timers::sleep;

/// The API client: where the API lives. Provided at the root of the app ([`provide_api`]).
#[derive(Clone)]
pub struct Api {
    base: Arc<str>,
}

impl Api {
    pub fn new(base: &str) -> Api {
        Api { base: Arc::from(base.trim_end_matches('/')) }
    }

    /// Sends a write in the reader's language. A write with an `Idempotency-Key` (a
    /// booking) is sent again by itself, with the same key, when it got no answer or the
    /// server was overloaded: the server answers a repeat with the first booking, so
    /// nothing is booked twice. Other writes are sent once; the page keeps what was typed
    /// and offers to try again.
    pub async fn send<T: DeserializeOwned>(&self, write: ApiWrite<T>, lang: Lang) -> Result<T, WriteFailure> {
        let url = format!("{}{}{}", self.base, write.path, query_string::build(&[("lang", lang.tag().to_owned())]));
        let repeatable = write.idempotency_key.is_some();
        let raw = with_retries(|| self.send_once(&url, &write), || repeatable).await?;
        if raw.ok.is_err()
            && let Some(envelope) = js_sys::JSON::parse(&raw.body).ok().and_then(|v| serde_wasm_bindgen::from_value::<ApiError>(v).ok())
        {
            let error = envelope.error;
            return Err(WriteFailure {
                failure: ApiFailure::Api(error.code),
                fields: error.fields,
                attempts: error.attempts,
                may_book_from: error.may_book_from,
            });
        }
        decode(&raw).map_err(WriteFailure::from)
    }

    /// A read of `path` with `params`, in `lang`. Deliberately not generic, and boxed: every
    /// page's resource shares this code and Leptos's async machinery is instantiated once,
    /// which keeps the wasm download small.
    pub(super) fn fetch(&self, path: String, mut params: Vec<(&'static str, String)>, lang: Lang) -> RawFuture {
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

    /// One try of a write, given up after [`WRITE_TIMEOUT_MS`] (`TimedOut`).
    async fn send_once<T>(&self, url: &str, write: &ApiWrite<T>) -> ApiResult<(RawResponse, Option<i32>)> {
        let method = match write.method {
            Method::Get => gloo_net::http::Method::GET,
            Method::Post => gloo_net::http::Method::POST,
            Method::Delete => gloo_net::http::Method::DELETE,
        };
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        let mut builder = gloo_net::http::RequestBuilder::new(url).method(method).header("Accept", "application/json").abort_signal(signal.as_ref());
        if let Some(token) = &write.token {
            builder = builder.header("Authorization", &format!("Bearer {token}"));
        }
        if let Some(key) = &write.idempotency_key {
            builder = builder.header("Idempotency-Key", key);
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

/// Makes `api` the client of every page below; called once, at the root of the app.
pub fn provide_api(api: Api) {
    provide_context(api);
}

/// The API client [`provide_api`] provided. Without one, debug builds stop here (see
/// [`crate::context`]); a release build talks to the same-origin default, `/api/v1`.
#[track_caller]
pub fn use_api() -> Api {
    match use_context::<Api>() {
        Some(api) => api,
        None => {
            crate::context::missing("Api", "api::provide_api");
            Api::new("/api/v1")
        }
    }
}

/// A response body as it came, with its HTTP outcome; decoded once by [`decode`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawResponse {
    pub(super) ok: Result<(), u16>,
    pub(super) body: Arc<str>,
}

impl RawResponse {
    /// The body of a successful answer.
    pub(crate) fn ok_body(&self) -> Option<&str> {
        self.ok.is_ok().then_some(&*self.body)
    }
}

/// Reads a response body: the expected type on success, the error envelope otherwise.
///
/// JSON is parsed by the browser (`JSON.parse`) and mapped onto the types by
/// serde-wasm-bindgen: the browser's parser is fast and costs the download nothing.
pub(super) fn decode<T: DeserializeOwned>(response: &RawResponse) -> ApiResult<T> {
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

pub(super) type RawFuture = Pin<Box<dyn Future<Output = ApiResult<RawResponse>>>>;

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

/// The body and status of a response, and its `Retry-After` in seconds.
async fn read_response(response: gloo_net::http::Response) -> ApiResult<(RawResponse, Option<i32>)> {
    let retry_after = response.headers().get("retry-after").and_then(|v| v.trim().parse::<i32>().ok());
    let ok = if response.ok() { Ok(()) } else { Err(response.status()) };
    let body = response.text().await.map_err(|_| no_answer())?;
    Ok((RawResponse { ok, body: Arc::from(body) }, retry_after))
}

/// Why a request got no answer: the device is offline, or the server is out of reach.
pub(crate) fn no_answer() -> ApiFailure {
    if window().navigator().on_line() { ApiFailure::Unreachable } else { ApiFailure::Offline }
}
