//! The runtime configuration in `config.json`, read once at start so one build of the
//! app serves any deployment.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Config {
    /// Where the API lives: `/api/v1` on the same origin, or a full URL.
    pub api_base: String,
    /// Offer the pseudo-locale (`en-XA`) in the language picker, for spotting hard-coded
    /// text and truncation in a release build. Debug builds always offer it.
    #[serde(default)]
    pub pseudo_locale: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config { api_base: "/api/v1".to_owned(), pseudo_locale: false }
    }
}

/// Reads `/config.json`; a missing or broken file means the same-origin default, since the
/// reference server serves app and API together.
/// index.html's script has usually fetched it already (`hallGuidePrefetch`), while the wasm
/// downloaded.
pub async fn load() -> Config {
    let text = match crate::api::take_prefetched("/config.json").await {
        Some(answer) => answer.ok_body().map(str::to_owned),
        None => match gloo_net::http::Request::get("/config.json").send().await {
            Ok(response) if response.ok() => response.text().await.ok(),
            _ => None,
        },
    };
    // The page is drawn in the task after the app's frame (header, footer): shorter tasks.
    crate::timers::yield_to_browser().await;
    let Some(text) = text else {
        return Config::default();
    };
    js_sys::JSON::parse(&text).ok().and_then(|v| serde_wasm_bindgen::from_value(v).ok()).unwrap_or_default()
}
