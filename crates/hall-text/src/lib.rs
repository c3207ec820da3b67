//! hall-guide's words, the same in the app (src/i18n.rs) and in the pages `hall-server`
//! renders before the app arrives (crates/hall-server/src/render): how a language's
//! Fluent bundle is set up (isolation marks in right-to-left text, digit grouping), how a
//! message falls back to zh-CN, and which message names each catalogue value
//! ([`labels`]). One source, so the server's page and the app's say the same words.

pub mod cards;
pub mod labels;

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use hall_model::Lang;
use intl_memoizer::IntlLangMemoizer;

/// A language's bundle from its Fluent sources, in order (a later one overrides), with
/// `transform` applied to every text (the pseudo-locale).
pub fn bundle(lang: Lang, sources: impl IntoIterator<Item = String>, transform: Option<fn(&str) -> Cow<'_, str>>) -> FluentBundle<FluentResource> {
    let langid = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Isolation marks (FSI/PDI) keep a left-to-right variable (a number, a code, a Chinese
    // name) from reordering the words around it in right-to-left text. In left-to-right
    // languages they would only be invisible noise in copied text.
    bundle.set_use_isolating(lang.direction() == hall_model::Direction::Rtl);
    bundle.set_formatter(Some(if lang == Lang::Es { format_number_es } else { format_number_comma }));
    bundle.set_transform(transform);
    for source in sources {
        // A syntax error drops only the broken entries; the rest of the file still loads,
        // and what is missing falls back to zh-CN.
        let resource = match FluentResource::try_new(source) {
            Ok(resource) => resource,
            Err((resource, _errors)) => resource,
        };
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Why a message was not shown in the language asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    Missing,
    HasErrors,
}

/// Message `id` from the first of `bundles` (the language's, then zh-CN's) that has it
/// whole: a translation that lacks it or breaks (a variable the code does not pass) falls
/// back to the next, reported to `fell_back` with the index of the bundle skipped. The
/// last bundle's text is taken even with errors; with no bundle having it, the ID itself.
pub fn format_first(bundles: &[&FluentBundle<FluentResource>], id: &str, args: Option<&FluentArgs>, mut fell_back: impl FnMut(usize, Fallback)) -> String {
    for (index, bundle) in bundles.iter().enumerate() {
        let last = index + 1 == bundles.len();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            fell_back(index, Fallback::Missing);
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() || last {
            return settle_isolates(&text);
        }
        fell_back(index, Fallback::HasErrors);
    }
    id.to_owned()
}

/// Fluent arguments from `(name, value)` pairs.
pub fn args(pairs: &[(&'static str, FluentValue<'static>)]) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    args
}

/// A composed text put into another message (a weekday span into an opening line, a
/// date into a sentence) arrives as a variable holding isolates of its own. Fluent wraps
/// it in a first-strong isolate (FSI), but the first-strong rule skips nested isolates:
/// with no letter of its own at that level, such an isolate falls back to left to right,
/// and in Uyghur "Monday–Friday" is drawn "Friday–Monday". Such an isolate is made a
/// right-to-left one (RLI): the composition is in the page's own right-to-left language.
/// Isolates holding letters (a Chinese name, a code) keep their first-strong direction.
pub fn settle_isolates(text: &str) -> String {
    const FSI: char = '\u{2068}';
    const RLI: char = '\u{2067}';
    const PDI: char = '\u{2069}';
    let isolate_start = |c: char| matches!(c, '\u{2066}' | '\u{2067}' | '\u{2068}');
    if !text.contains(FSI) {
        return text.to_owned();
    }
    let mut chars: Vec<char> = text.chars().collect();
    for start in 0..chars.len() {
        if chars[start] != FSI {
            continue;
        }
        // Look at this isolate's own level: letters there, or nested isolates only.
        let (mut depth, mut letters, mut nested) = (0usize, false, false);
        for &c in &chars[start + 1..] {
            if isolate_start(c) {
                depth += 1;
                nested = true;
            } else if c == PDI {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0 && c.is_alphabetic() {
                letters = true;
                break;
            }
        }
        if nested && !letters {
            chars[start] = RLI;
        }
    }
    chars.into_iter().collect()
}

/// Numbers as the locale writes them: digit grouping per CLDR (`1,500` in English and
/// Chinese, `1500` but `12 345` in Spanish). Fluent's own number formatting does not group.
pub fn format_number(value: &FluentValue, lang: Lang) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if number.value.abs() >= 1e15 {
        return None;
    }
    let decimals = number.options.minimum_fraction_digits.unwrap_or(if number.value.fract() == 0.0 { 0 } else { 2 });
    let scale = 10_i64.pow(decimals as u32);
    let scaled = (number.value.abs() * scale as f64).round() as i64;
    let (whole, fraction) = (scaled / scale, scaled % scale);
    let sign = if number.value < 0.0 && scaled != 0 { "-" } else { "" };
    let mut text = format!("{sign}{}", group_digits(whole, lang));
    if decimals > 0 {
        text.push(if lang == Lang::Es { ',' } else { '.' });
        text.push_str(&format!("{fraction:0width$}", width = decimals));
    }
    Some(text)
}

/// An amount in fen as a Fluent number of yuan: `20`, or `20.50` (`20,50` in Spanish).
pub fn money(fen: u32) -> FluentValue<'static> {
    let mut number = fluent_bundle::types::FluentNumber::from(fen as f64 / 100.0);
    if !fen.is_multiple_of(100) {
        number.options.minimum_fraction_digits = Some(2);
    }
    FluentValue::Number(number)
}

fn format_number_es(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    format_number(value, Lang::Es)
}

fn format_number_comma(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    format_number(value, Lang::En)
}

/// An integer with the locale's thousands separator.
pub fn group_digits(value: i64, lang: Lang) -> String {
    let digits = value.unsigned_abs().to_string();
    let (separator, minimum_grouping) = match lang {
        // Spanish groups only from five digits on, with a (narrow no-break) space in CLDR.
        Lang::Es => ('\u{202F}', 5),
        Lang::ZhCn | Lang::En | Lang::Ug => (',', 4),
    };
    let mut out = String::new();
    if value < 0 {
        out.push('-');
    }
    if digits.len() < minimum_grouping {
        out.push_str(&digits);
        return out;
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}
