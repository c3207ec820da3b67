//! Every user-visible string of the app comes from the Fluent files in `locales/`.
//!
//! Message IDs are always string literals at the call site (`t("home-title")`), so the
//! checker in `tests/fluent_messages.rs` can match the code against the `.ftl` files.
//! A message missing in the chosen language falls back to zh-CN, never to a blank.

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use hall_model::Lang;
use leptos::prelude::*;

/// The `.ftl` sources, compiled in: they are small, and a translation must never be a
/// network request away from a citizen on a slow connection.
fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => include_str!("../locales/zh-CN/main.ftl"),
        Lang::En => include_str!("../locales/en/main.ftl"),
    }
}

thread_local! {
    static BUNDLES: HashMap<Lang, FluentBundle<FluentResource>> = Lang::ALL.into_iter().map(|lang| (lang, bundle(lang))).collect();
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let langid = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Isolation marks (FSI/PDI) around variables are for mixing scripts of opposite
    // directions; none of the current languages is right-to-left.
    bundle.set_use_isolating(false);
    // A syntax error drops only the broken entries; the rest of the file still loads.
    let resource = match FluentResource::try_new(source(lang).to_owned()) {
        Ok(resource) => resource,
        Err((resource, _errors)) => resource,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// Formats message `id` in `lang`, falling back to the reference language.
pub fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    BUNDLES.with(|bundles| {
        for candidate in [lang, Lang::REFERENCE] {
            let Some(bundle) = bundles.get(&candidate) else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() || candidate == Lang::REFERENCE {
                return text.into_owned();
            }
        }
        // Only reachable when zh-CN itself lacks the message, which the checker forbids.
        id.to_owned()
    })
}

/// The reader's language, provided at the root of the app.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

pub fn provide_i18n(initial: Lang) -> I18n {
    let i18n = I18n { lang: RwSignal::new(initial) };
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n { lang: RwSignal::new(Lang::REFERENCE) })
}

/// The message `id` in the reader's language. Reactive: call it inside a closure in
/// `view!` and the text follows language changes.
pub fn t(id: &'static str) -> String {
    format(use_i18n().lang.get(), id, None)
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
    format(use_i18n().lang.get(), id, Some(&fluent_args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_parses_without_errors() {
        for lang in Lang::ALL {
            assert!(FluentResource::try_new(source(lang).to_owned()).is_ok(), "{lang} has syntax errors");
        }
    }

    #[test]
    fn a_message_missing_in_english_falls_back_to_chinese() {
        let zh = format(Lang::ZhCn, "app-name", None);
        assert!(!zh.is_empty() && zh != "app-name");
        assert_eq!(format(Lang::En, "no-such-message-anywhere", None), "no-such-message-anywhere");
    }
}
