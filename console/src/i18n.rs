//! The console's words: every visible string is a Fluent message of `console/locales/`
//! (zh-CN the reference, en), looked up by a literal ID (`t("console-title")`) so that
//! `cargo check-locales console` can match the code against the files. A message missing
//! in English falls back to zh-CN, never to a blank.

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use hall_model::Lang;
use leptos::prelude::*;

include!(concat!(env!("OUT_DIR"), "/console_fluent.rs"));

/// The languages the console speaks, in the picker's order.
pub const LANGS: [Lang; 2] = [Lang::ZhCn, Lang::En];

/// Where the chosen language is kept (a preference, nothing personal).
const STORAGE_KEY: &str = "hall-console.lang";

thread_local! {
    static BUNDLES: std::cell::RefCell<HashMap<Lang, FluentBundle<FluentResource>>> = std::cell::RefCell::new(HashMap::new());
    /// Owned by no component (see `check_in::WINDOW`).
    static LANG: ArcRwSignal<Lang> = ArcRwSignal::new(initial_lang());
}

fn initial_lang() -> Lang {
    let stored = window().local_storage().ok().flatten().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let languages = window().navigator().languages();
    let asked = stored.into_iter().chain(languages.iter().filter_map(|v| v.as_string()));
    asked.filter_map(|tag| Lang::from_tag(&tag)).find(|lang| LANGS.contains(lang)).unwrap_or(Lang::ZhCn)
}

/// The language shown now (reactive).
pub fn lang() -> Lang {
    LANG.with(|l| l.get())
}

/// Shows the console in `lang` from now on, and remembers it on this PC.
pub fn set_lang(lang: Lang) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(STORAGE_KEY, lang.tag());
    }
    LANG.with(|l| l.set(lang));
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

fn with_bundle<R>(lang: Lang, f: impl FnOnce(&FluentBundle<FluentResource>) -> R) -> R {
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        let bundle = bundles.entry(lang).or_insert_with(|| {
            let sources = FLUENT_FILES.iter().filter(|(tag, _)| *tag == lang.tag()).map(|(_, text)| (*text).to_owned());
            hall_text::bundle(lang, sources, None)
        });
        f(bundle)
    })
}

fn format(id: &str, args: Option<&FluentArgs>) -> String {
    let lang = lang();
    if lang == Lang::ZhCn {
        return with_reference(|b| hall_text::format_first(&[b], id, args, |_, _| {}));
    }
    with_bundle(lang, |own| with_reference(|reference| hall_text::format_first(&[own, reference], id, args, |_, _| {})))
}

/// zh-CN's bundle, the fallback of every other (kept apart from `BUNDLES`, which is
/// borrowed while it is used).
fn with_reference<R>(f: impl FnOnce(&FluentBundle<FluentResource>) -> R) -> R {
    thread_local! {
        static REFERENCE: FluentBundle<FluentResource> = hall_text::bundle(Lang::ZhCn, FLUENT_FILES.iter().filter(|(tag, _)| *tag == Lang::ZhCn.tag()).map(|(_, text)| (*text).to_owned()), None);
    }
    REFERENCE.with(f)
}

/// Message `id` in the console's language.
pub fn t(id: &str) -> String {
    format(id, None)
}

/// Message `id` with its variables.
pub fn t_args(id: &str, pairs: &[(&'static str, FluentValue<'static>)]) -> String {
    format(id, Some(&hall_text::args(pairs)))
}

/// A day as the console writes it: "2026年12月7日 星期一", "Monday 7 Dec 2026".
pub fn date_label(date: hall_model::Date) -> String {
    let (year, month, day) = date.ymd();
    let weekday = match date.weekday() {
        1 => t("weekday-1"),
        2 => t("weekday-2"),
        3 => t("weekday-3"),
        4 => t("weekday-4"),
        5 => t("weekday-5"),
        6 => t("weekday-6"),
        _ => t("weekday-7"),
    };
    // The year as text: a number would be grouped ("2,026").
    t_args("date-long", &[("year", year.to_string().into()), ("month", month.into()), ("day", day.into()), ("weekday", weekday.into())])
}
