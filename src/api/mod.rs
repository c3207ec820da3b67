//! The typed client of the public API: the only place in the app that builds API URLs
//! or looks at HTTP status codes. Pages make an [`ApiResource`] from an [`ApiRequest`] and
//! get hall-model types or an [`ApiFailure`] that knows its Fluent message; they send an
//! [`ApiWrite`] with [`Api::send`].
//!
//! - `request.rs`: the reads a page can make ([`ApiRequest`], [`HallSearch`]).
//! - `resource.rs`: [`ApiResource`], a read fetched in the reader's language and decoded once.
//! - `write.rs`: [`ApiWrite`], bookings, cancels, reschedules, short links and lookups.
//! - `failure.rs`: [`ApiFailure`] and [`WriteFailure`], with their Fluent messages.
//! - `http.rs`: [`Api`], the one code that talks HTTP (retries, time limits, aborts).
//! - `prefetch.rs`: answers index.html's script fetched while the wasm downloaded.
//!
//! The API client reads the reader's language from [`crate::i18n`]; `i18n` never reads
//! the API client (its timers are [`crate::timers`]), so the two never import each other.

mod failure;
mod http;
mod prefetch;
mod request;
mod resource;
mod write;

pub use failure::{ApiFailure, ApiResult, FailedPage, MOBILE_EXAMPLE, WriteFailure, problem_message, problem_message_id};
pub(crate) use http::no_answer;
pub use http::{Api, provide_api, use_api};
pub(crate) use prefetch::take_prefetched;
pub use request::{ApiRequest, HallSearch};
pub use resource::ApiResource;
pub use write::ApiWrite;
