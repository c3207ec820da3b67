//! The typed client of the public API: the only place in the app that builds API URLs
//! or looks at HTTP status codes. Pages call these methods and get hall-model types or
//! an [`ApiFailure`] that knows its Fluent message.

use std::sync::Arc;

use hall_model::{ApiError, ErrorCode, Hall, HallItems, HallLevel, HallList, ItemGuide, Lang, RegionView, query_string};
use leptos::prelude::*;
use serde::de::DeserializeOwned;

/// Why a request gave no data, as a citizen needs to hear it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiFailure {
    /// The request never got an answer: offline, DNS, server down.
    Unreachable,
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
            ApiFailure::Malformed => "error-malformed",
            ApiFailure::Api(ErrorCode::RegionNotFound) => "error-region-not-found",
            ApiFailure::Api(ErrorCode::HallNotFound) => "error-hall-not-found",
            ApiFailure::Api(ErrorCode::ItemNotFound) => "error-item-not-found",
            ApiFailure::Api(ErrorCode::ItemNotOfferedAtHall) => "error-item-not-offered",
            ApiFailure::Api(ErrorCode::InvalidParameter | ErrorCode::RouteNotFound) => "error-bad-request",
            ApiFailure::Api(ErrorCode::Unavailable) => "error-unavailable",
            ApiFailure::Api(ErrorCode::Internal) => "error-internal",
        }
    }

    /// Whether trying again can help (a "retry" button makes sense).
    pub fn is_retryable(&self) -> bool {
        matches!(self, ApiFailure::Unreachable | ApiFailure::Malformed | ApiFailure::Api(ErrorCode::Unavailable | ErrorCode::Internal))
    }
}

pub type ApiResult<T> = Result<T, ApiFailure>;

/// The filter of the hall list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HallSearch {
    pub region: Option<String>,
    pub level: Option<HallLevel>,
    pub text: String,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Clone)]
pub struct Api {
    base: Arc<str>,
}

impl Api {
    pub fn new(base: &str) -> Api {
        Api { base: Arc::from(base.trim_end_matches('/')) }
    }

    pub async fn regions(&self, code: Option<&str>, lang: Lang) -> ApiResult<RegionView> {
        match code {
            None => self.get("/regions", &[], lang).await,
            Some(code) => self.get(&format!("/regions/{}", query_string::encode(code)), &[], lang).await,
        }
    }

    pub async fn halls(&self, search: &HallSearch, lang: Lang) -> ApiResult<HallList> {
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
        if search.offset > 0 {
            params.push(("offset", search.offset.to_string()));
        }
        if search.limit > 0 {
            params.push(("limit", search.limit.to_string()));
        }
        self.get("/halls", &params, lang).await
    }

    pub async fn hall(&self, code: &str, lang: Lang) -> ApiResult<Hall> {
        self.get(&format!("/halls/{}", query_string::encode(code)), &[], lang).await
    }

    /// Every item of the hall; the app filters them on the device.
    pub async fn hall_items(&self, code: &str, lang: Lang) -> ApiResult<HallItems> {
        self.get(&format!("/halls/{}/items", query_string::encode(code)), &[], lang).await
    }

    pub async fn item_guide(&self, hall: Option<&str>, item: &str, lang: Lang) -> ApiResult<ItemGuide> {
        let path = match hall {
            Some(hall) => format!("/halls/{}/items/{}", query_string::encode(hall), query_string::encode(item)),
            None => format!("/items/{}", query_string::encode(item)),
        };
        self.get(&path, &[], lang).await
    }

    async fn get<T: DeserializeOwned>(&self, path: &str, params: &[(&str, String)], lang: Lang) -> ApiResult<T> {
        let (ok, body) = self.fetch(path, params, lang).await?;
        decode(ok, &body)
    }

    /// The one place that talks HTTP. Deliberately not generic: every response type shares
    /// this code, which keeps the wasm small.
    async fn fetch(&self, path: &str, params: &[(&str, String)], lang: Lang) -> ApiResult<(Result<(), u16>, String)> {
        let mut all: Vec<(&str, String)> = params.to_vec();
        all.push(("lang", lang.tag().to_owned()));
        let url = format!("{}{}{}", self.base, path, query_string::build(&all));

        // Abort the request when the page that made it goes away (the user navigated on):
        // a slow network should not keep finishing work nobody will see.
        let controller = send_wrapper::SendWrapper::new(web_sys::AbortController::new().ok());
        let signal = controller.as_ref().map(|c| c.signal());
        on_cleanup(move || {
            if let Some(controller) = controller.take() {
                controller.abort();
            }
        });

        let response = gloo_net::http::Request::get(&url)
            .abort_signal(signal.as_ref())
            .header("Accept", "application/json")
            .send()
            .await
            .map_err(|_| ApiFailure::Unreachable)?;
        let body = response.text().await.map_err(|_| ApiFailure::Unreachable)?;
        let ok = if response.ok() { Ok(()) } else { Err(response.status()) };
        Ok((ok, body))
    }
}

/// Reads a response body: the expected type on success, the error envelope otherwise.
fn decode<T: DeserializeOwned>(ok: Result<(), u16>, body: &str) -> ApiResult<T> {
    match ok {
        Ok(()) => serde_json::from_str(body).map_err(|_| ApiFailure::Malformed),
        Err(status) => match serde_json::from_str::<ApiError>(body) {
            Ok(envelope) => Err(ApiFailure::Api(envelope.error.code)),
            // A gateway's HTML error page: the API itself could not be reached.
            Err(_) if matches!(status, 502..=504) => Err(ApiFailure::Unreachable),
            Err(_) => Err(ApiFailure::Malformed),
        },
    }
}

pub fn provide_api(api: Api) {
    provide_context(api);
}

pub fn use_api() -> Api {
    use_context::<Api>().unwrap_or_else(|| Api::new("/api/v1"))
}
