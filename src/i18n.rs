//! Every user-visible string of the app comes from the Fluent files in `locales/`.
//!
//! Message IDs are always string literals at the call site (`t("home-title")`), so the
//! checker (`cargo check-locales`, crate `locale-check`) can match the code against the
//! `.ftl` files. A message missing in the chosen language falls back to zh-CN, never to a
//! blank or a raw ID; each fallback is reported on the console, where the end-to-end tests
//! look for it.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use hall_model::Lang;
use leptos::prelude::*;

// `REFERENCE_FLUENT_FILES` (zh-CN) and `OTHER_FLUENT_FILES`, compiled in by build.rs. A
// release build carries only zh-CN, the fallback every message needs; it fetches another
// language's messages when a reader first needs them (see `ensure_language`), usually
// already on their way: index.html's script asks for the reader's language while the wasm
// downloads. Debug builds (`trunk serve`, the browser tests) carry every language.
include!(concat!(env!("OUT_DIR"), "/fluent_files.rs"));

#[cfg(debug_assertions)]
const BUILT_IN: [&[(&str, &str, &str)]; 2] = [REFERENCE_FLUENT_FILES, OTHER_FLUENT_FILES];
#[cfg(not(debug_assertions))]
const BUILT_IN: [&[(&str, &str, &str)]; 1] = [REFERENCE_FLUENT_FILES];

/// The pseudo-locale's tag: English run through [`pseudo`], for spotting hard-coded text
/// and truncation during development.
pub const PSEUDO_TAG: &str = "en-XA";

/// The language messages are shown in: a real language, or the pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Locale {
    Real(Lang),
    Pseudo,
}

impl Locale {
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fn tag(self) -> &'static str {
        match self {
            Locale::Real(lang) => lang.tag(),
            Locale::Pseudo => PSEUDO_TAG,
        }
    }

    /// The language whose messages this locale shows.
    fn messages(self) -> Lang {
        match self {
            Locale::Real(lang) => lang,
            Locale::Pseudo => Lang::En,
        }
    }
}

thread_local! {
    // Built when first needed: parsing a language's files costs tens of milliseconds on a
    // cheap phone, so a visit parses only its own language and zh-CN (the fallback).
    static BUNDLES: std::cell::RefCell<HashMap<Locale, FluentBundle<FluentResource>>> = std::cell::RefCell::new(HashMap::new());
    /// Messages fetched at run time (release builds): one Fluent text per language.
    static FETCHED: std::cell::RefCell<HashMap<Lang, String>> = std::cell::RefCell::new(HashMap::new());
    /// Fetches under way (or failed: `None`, asked again only by [`ensure_language`]).
    static FETCHING: std::cell::RefCell<HashMap<Lang, Option<js_sys::Promise>>> = std::cell::RefCell::new(HashMap::new());
    /// Notified when a language's messages arrive: text shown in zh-CN meanwhile is redrawn.
    static ARRIVED: ArcTrigger = ArcTrigger::new();
}

/// Whether `lang`'s messages are at hand (built in, or fetched).
fn has_messages(lang: Lang) -> bool {
    BUILT_IN.iter().any(|files| files.iter().any(|(tag, _, _)| *tag == lang.tag())) || FETCHED.with(|f| f.borrow().contains_key(&lang))
}

/// Makes sure `lang`'s messages are at hand, fetching them if this build does not carry
/// them. `false` when they could not be fetched (offline on a first visit): text then
/// shows in zh-CN. Call before switching the page to `lang`, so it never flashes Chinese.
pub async fn ensure_language(lang: Lang) -> bool {
    if has_messages(lang) {
        return true;
    }
    let text = wasm_bindgen_futures::JsFuture::from(fetch_of(lang)).await.ok().and_then(|v| v.as_string());
    let Some(text) = text else {
        FETCHING.with(|f| f.borrow_mut().insert(lang, None));
        return false;
    };
    if !has_messages(lang) {
        FETCHED.with(|f| f.borrow_mut().insert(lang, text));
        BUNDLES.with(|b| b.borrow_mut().retain(|locale, _| locale.messages() != lang));
        ARRIVED.with(|arrived| arrived.notify());
    }
    true
}

/// Waits for `lang`'s messages as [`ensure_language`] does, but at most `limit_ms`: a
/// stalled download must not keep the app from starting. Past the limit the fetch goes on;
/// text shows in zh-CN meanwhile and is redrawn in `lang` when its messages arrive.
pub async fn wait_for_language(lang: Lang, limit_ms: i32) {
    if has_messages(lang) {
        return;
    }
    // A promise runs its future to the end, awaited or not.
    let arrived = wasm_bindgen_futures::future_to_promise(async move { Ok(ensure_language(lang).await.into()) });
    let limit = crate::timers::after(limit_ms);
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(&arrived, &limit))).await;
}

/// The fetch of `lang`'s messages under way, started if there is none (or it failed).
fn fetch_of(lang: Lang) -> js_sys::Promise {
    FETCHING.with(|f| f.borrow().get(&lang).cloned().flatten()).unwrap_or_else(|| {
        let promise = start_fetch(lang);
        FETCHING.with(|f| f.borrow_mut().insert(lang, Some(promise.clone())));
        promise
    })
}

/// Starts fetching the Fluent file of `lang`: the one index.html's script already asked
/// for (`window.hallGuideFluent`), else the file its manifest names (post-build.mjs puts
/// `{"fluent": {"en": "/locales/en-<hash>.ftl", …}}` into `#skeleton-messages`). The
/// promise gives the text, or `null`.
fn start_fetch(lang: Lang) -> js_sys::Promise {
    use wasm_bindgen::{JsCast, JsValue};
    let tag = JsValue::from_str(lang.tag());
    let window: JsValue = window().into();
    if let Some(store) = js_sys::Reflect::get(&window, &"hallGuideFluent".into()).ok().filter(|s| s.is_object())
        && let Ok(promise) = js_sys::Reflect::get(&store, &tag).and_then(|p| p.dyn_into::<js_sys::Promise>())
    {
        let _ = js_sys::Reflect::delete_property(store.unchecked_ref::<js_sys::Object>(), &tag);
        return promise;
    }
    let url = document()
        .get_element_by_id("skeleton-messages")
        .and_then(|script| script.text_content())
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .and_then(|manifest| js_sys::Reflect::get(&manifest, &"fluent".into()).ok())
        .and_then(|files| js_sys::Reflect::get(&files, &tag).ok())
        .and_then(|url| url.as_string());
    wasm_bindgen_futures::future_to_promise(async move {
        let Some(url) = url else {
            return Ok(JsValue::NULL);
        };
        let text = match gloo_net::http::Request::get(&url).send().await {
            Ok(response) if response.ok() => response.text().await.ok(),
            _ => None,
        };
        Ok(text.map_or(JsValue::NULL, JsValue::from))
    })
}

/// Asks for `lang`'s messages in the background, once; the text shown meanwhile (zh-CN) is
/// redrawn when they arrive.
fn request_messages(lang: Lang) {
    ARRIVED.with(|arrived| arrived.track());
    // Under way already, or failed: then only ensure_language asks again.
    if FETCHING.with(|f| f.borrow().contains_key(&lang)) {
        return;
    }
    // Started now, so the other messages of this drawing find it under way.
    let _ = fetch_of(lang);
    leptos::task::spawn_local(async move {
        ensure_language(lang).await;
    });
}

/// Runs `f` with the bundles of `locale` and of zh-CN built, as far as their messages are
/// at hand.
fn with_bundles<R>(locale: Locale, f: impl FnOnce(&HashMap<Locale, FluentBundle<FluentResource>>) -> R) -> R {
    BUNDLES.with(|cell| {
        {
            let mut bundles = cell.borrow_mut();
            for needed in [locale, Locale::Real(Lang::REFERENCE)] {
                if bundles.contains_key(&needed) || !has_messages(needed.messages()) {
                    continue;
                }
                let bundle = match needed {
                    Locale::Real(lang) => bundle(lang, false),
                    Locale::Pseudo => bundle(Lang::En, true),
                };
                bundles.insert(needed, bundle);
            }
        }
        f(&cell.borrow())
    })
}

fn bundle(lang: Lang, pseudo_locale: bool) -> FluentBundle<FluentResource> {
    let built_in = BUILT_IN.iter().flat_map(|files| files.iter()).filter(|(tag, _, _)| *tag == lang.tag()).map(|(_, _, source)| (*source).to_owned());
    let fetched = FETCHED.with(|f| f.borrow().get(&lang).cloned());
    hall_text::bundle(lang, built_in.chain(fetched), pseudo_locale.then_some(pseudo as fn(&str) -> Cow<'_, str>))
}

pub use hall_text::{group_digits, money};

/// Accents every Latin letter and doubles vowels, so a pseudo-localised text is about a
/// third longer and unmistakable: any plain English on a pseudo page is hard-coded.
pub fn pseudo(text: &str) -> Cow<'_, str> {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match FROM.chars().position(|f| f == c) {
            Some(i) => {
                let accented = TO.chars().nth(i).unwrap_or(c);
                out.push(accented);
                if "aeiouAEIOU".contains(c) {
                    out.push(accented);
                }
            }
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn format_in(locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    if !has_messages(locale.messages()) {
        request_messages(locale.messages());
    }
    with_bundles(locale, |bundles| format_with(bundles, locale, id, args))
}

fn format_with(bundles: &HashMap<Locale, FluentBundle<FluentResource>>, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    let reference = Locale::Real(Lang::REFERENCE);
    let mut candidates: Vec<Locale> = [locale, reference].into_iter().filter(|c| bundles.contains_key(c)).collect();
    candidates.dedup();
    let found: Vec<&FluentBundle<FluentResource>> = candidates.iter().filter_map(|c| bundles.get(c)).collect();
    hall_text::format_first(&found, id, args, |index, why| {
        report_fallback(candidates[index], id, if why == hall_text::Fallback::Missing { "missing" } else { "has errors" })
    })
}

/// Says on the console that a message fell back to zh-CN: the citizen sees Chinese text
/// instead of a blank, and a developer or an end-to-end test sees why.
fn report_fallback(locale: Locale, id: &str, why: &str) {
    if locale == Locale::Real(Lang::REFERENCE) {
        return;
    }
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&format!("hall-guide: message {id} {why} in {}; showing zh-CN", locale.tag()).into());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (id, why);
}

/// Formats message `id` in `lang`, falling back to the reference language.
pub fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    format_in(Locale::Real(lang), id, args)
}

/// The reader's language, provided at the root of the app.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
    /// Whether the pseudo-locale is shown instead (English data, pseudo-localised messages).
    pub pseudo: RwSignal<bool>,
    /// Whether the picker offers the pseudo-locale: in debug builds (`trunk serve`), or
    /// when `config.json` says `"pseudo_locale": true`.
    pub pseudo_available: RwSignal<bool>,
}

impl I18n {
    /// The tag of what is shown, for `<html lang>`.
    pub fn tag(&self) -> &'static str {
        if self.pseudo.get() { PSEUDO_TAG } else { self.lang.get().tag() }
    }

    fn locale(&self) -> Locale {
        if self.pseudo.get() { Locale::Pseudo } else { Locale::Real(self.lang.get()) }
    }
}

/// The `dir` attribute for text composed in the reader's language (a date, a time range):
/// the page's own direction, stated on the element so that it is never guessed from a
/// first digit or a nested isolate.
pub fn text_dir() -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || if i18n.pseudo.get() { "ltr" } else { i18n.lang.get().direction().attr() }
}

/// The `lang` attribute for catalogue text in language `content`: set only when it is not
/// the page's language (text that fell back to zh-CN), so screen readers switch voice.
pub fn lang_attr(content: Lang) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || (content != i18n.lang.get()).then(|| content.tag())
}

pub fn provide_i18n(initial: Lang) -> I18n {
    let i18n = I18n { lang: RwSignal::new(initial), pseudo: RwSignal::new(false), pseudo_available: RwSignal::new(cfg!(debug_assertions)) };
    provide_context(i18n);
    i18n
}

/// The reader's language that [`provide_i18n`] provided. Without it, debug builds stop here
/// (see [`crate::context`]); a release build shows zh-CN, the language every message has.
#[track_caller]
pub fn use_i18n() -> I18n {
    match use_context::<I18n>() {
        Some(i18n) => i18n,
        None => {
            crate::context::missing("I18n", "i18n::provide_i18n");
            I18n { lang: RwSignal::new(Lang::REFERENCE), pseudo: RwSignal::new(false), pseudo_available: RwSignal::new(false) }
        }
    }
}

/// The message `id` in the reader's language. Reactive: call it inside a closure in
/// `view!` and the text follows language changes.
pub fn t(id: &'static str) -> String {
    format_in(use_i18n().locale(), id, None)
}

/// The message `id` as a reactive value for `view!` text and attributes:
/// `{tr("home-title")}`, `placeholder=tr("home-search-placeholder")`.
///
/// Every call returns the same closure type, so Leptos renders all of them with one
/// copy of code instead of one per message: this keeps the wasm download small.
pub fn tr(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || t(id)
}

/// The message `id` with variables, e.g. `t_args("hall-items-count-all", &[("count", n.into())])`.
pub fn t_args(id: &'static str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    format_in(use_i18n().locale(), id, Some(&fluent_args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_files_compiled_into_debug_builds_and_zh_cn_into_all() {
        assert!(REFERENCE_FLUENT_FILES.iter().all(|(tag, _, _)| *tag == Lang::REFERENCE.tag()));
        for lang in Lang::ALL {
            let files = BUILT_IN.iter().flat_map(|f| f.iter()).filter(|(tag, _, _)| *tag == lang.tag()).count();
            assert!(files >= 7, "{lang} has only {files} Fluent files");
        }
    }

    fn bundles(zh: &str, ug: &str) -> HashMap<Locale, FluentBundle<FluentResource>> {
        [(Lang::ZhCn, zh), (Lang::Ug, ug)]
            .into_iter()
            .map(|(lang, source)| {
                let mut bundle = FluentBundle::new(vec![lang.tag().parse().unwrap()]);
                bundle.set_use_isolating(false);
                bundle.add_resource(FluentResource::try_new(source.to_owned()).unwrap()).unwrap();
                (Locale::Real(lang), bundle)
            })
            .collect()
    }

    #[test]
    fn a_message_missing_or_broken_in_a_language_shows_the_chinese_text() {
        let bundles = bundles("greeting = 你好，{ $name }\nfarewell = 再见", "greeting = ياخشىمۇسىز، { $who }");
        let mut args = FluentArgs::new();
        args.set("name", "Ali");
        // Present and correct: the language's own text.
        assert_eq!(format_with(&bundles, Locale::Real(Lang::Ug), "farewell", None), "再见", "missing in ug");
        // A translation using a variable the app does not pass is an error: zh-CN instead,
        // never a text with a hole or "{$who}" in it.
        assert_eq!(format_with(&bundles, Locale::Real(Lang::Ug), "greeting", Some(&args)), "你好，Ali");
        // Missing everywhere (the checker forbids it): the ID, never a blank.
        assert_eq!(format_with(&bundles, Locale::Real(Lang::Ug), "nothing", None), "nothing");
        assert_eq!(format(Lang::En, "no-such-message-anywhere", None), "no-such-message-anywhere");
        assert_ne!(format(Lang::En, "app-name", None), format(Lang::ZhCn, "app-name", None));
    }

    #[test]
    fn right_to_left_text_isolates_variables_and_left_to_right_text_does_not() {
        let mut args = FluentArgs::new();
        args.set("count", 3);
        let ug = format(Lang::Ug, "hall-items-count-all", Some(&args));
        assert!(ug.contains('\u{2068}') && ug.contains('\u{2069}'), "{ug:?}");
        let en = format(Lang::En, "hall-items-count-all", Some(&args));
        assert!(!en.contains('\u{2068}'), "{en:?}");
    }

    #[test]
    fn a_composed_text_inside_a_right_to_left_message_stays_right_to_left() {
        let mut span = FluentArgs::new();
        span.set("from", "دۈشەنبە");
        span.set("to", "جۈمە");
        let days = format(Lang::Ug, "hall-weekday-range", Some(&span));
        let mut line = FluentArgs::new();
        line.set("days", days);
        line.set("open", "09:00");
        line.set("close", "17:00");
        let text = format(Lang::Ug, "hall-opening-span", Some(&line));
        // The days' isolate holds only the two weekdays' own isolates: right to left.
        assert!(text.starts_with('\u{2067}'), "{text:?}");
        // A weekday, a time: first-strong as before.
        assert_eq!(text.matches('\u{2068}').count(), 4, "{text:?}");
        assert_eq!(hall_text::settle_isolates("\u{2068}张三\u{2069}"), "\u{2068}张三\u{2069}", "letters of its own: unchanged");
    }

    #[test]
    fn numbers_are_grouped_as_each_language_writes_them() {
        let table = [
            (1500, Lang::En, "1,500"),
            (1500, Lang::ZhCn, "1,500"),
            (1500, Lang::Es, "1500"),
            (12345, Lang::Es, "12\u{202F}345"),
            (1234567, Lang::Ug, "1,234,567"),
            (999, Lang::En, "999"),
            (-4200, Lang::En, "-4,200"),
        ];
        for (value, lang, text) in table {
            assert_eq!(group_digits(value, lang), text, "{value} in {lang}");
        }
        let mut args = FluentArgs::new();
        args.set("count", 1500);
        assert!(format(Lang::En, "hall-items-count-all", Some(&args)).contains("1,500"));
    }

    #[test]
    fn money_keeps_its_cents_in_each_languages_decimal_notation() {
        let fee = |lang, fen| {
            let mut args = FluentArgs::new();
            args.set("yuan", money(fen));
            format(lang, "item-fee-amount", Some(&args))
        };
        assert_eq!(fee(Lang::ZhCn, 2050), "20.50 元");
        assert_eq!(fee(Lang::En, 2000), "¥20");
        assert_eq!(fee(Lang::En, 150_000), "¥1,500");
        assert!(fee(Lang::Es, 2050).contains("20,50"), "{}", fee(Lang::Es, 2050));
        assert!(fee(Lang::Ug, 5).contains("0.05"), "{}", fee(Lang::Ug, 5));
    }

    #[test]
    fn the_pseudo_locale_accents_and_lengthens_text_but_keeps_variables() {
        assert_eq!(pseudo("Back"), "Ɓȧȧƈķ");
        assert_eq!(pseudo("12:30 – 13:00"), "12:30 – 13:00");
        let english = "Find a government service hall";
        let accented = pseudo(english);
        assert!(accented.chars().count() as f64 >= english.chars().count() as f64 * 1.25, "{accented}");
        assert!(!accented.chars().any(|c| c.is_ascii_alphabetic()), "{accented}");
        let mut args = FluentArgs::new();
        args.set("count", 7);
        let text = format_in(Locale::Pseudo, "hall-items-count-all", Some(&args));
        assert!(text.contains('7') && !text.contains("items"), "{text}");
    }
}
