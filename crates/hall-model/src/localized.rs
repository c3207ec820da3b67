//! Text stored in several languages, and the field-by-field fallback to zh-CN.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Lang;

/// One text in several languages, keyed by language tag: `{"zh-CN": "…", "en": "…"}`.
///
/// This is the form catalogue content takes in seed files and in the database. The API
/// never sends it: it resolves each text to the requested language first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<String, String>);

impl LocalizedText {
    pub fn new(pairs: &[(Lang, &str)]) -> Self {
        LocalizedText(pairs.iter().map(|(lang, text)| (lang.tag().to_owned(), (*text).to_owned())).collect())
    }

    /// The text in `lang` when it exists and is not blank, else in the reference language,
    /// else in any language at all. Also says which language the returned text is in, so
    /// that a page can mark text that is not in the reader's language.
    pub fn resolve(&self, lang: Lang) -> (&str, Lang) {
        let get = |l: Lang| self.0.get(l.tag()).map(String::as_str).filter(|t| !t.trim().is_empty());
        if let Some(text) = get(lang) {
            return (text, lang);
        }
        if let Some(text) = get(Lang::REFERENCE) {
            return (text, Lang::REFERENCE);
        }
        for (tag, text) in &self.0 {
            if let (Some(l), false) = (Lang::from_tag(tag), text.trim().is_empty()) {
                return (text, l);
            }
        }
        ("", Lang::REFERENCE)
    }

    /// The resolved text alone.
    pub fn get(&self, lang: Lang) -> String {
        self.resolve(lang).0.to_owned()
    }

    /// Whether the text exists, non-blank, in `lang`.
    pub fn has(&self, lang: Lang) -> bool {
        self.0.get(lang.tag()).is_some_and(|t| !t.trim().is_empty())
    }

    /// The language a group of texts that belong together (an item's name and its
    /// department, a material's name, source and notes) is shown in: `lang` when every one
    /// of them is translated into it, else the reference language for all of them. A
    /// record never mixes two languages, so the app can mark it with one `lang` attribute
    /// and a screen reader reads each part in the right voice.
    pub fn choose<'a>(texts: impl IntoIterator<Item = &'a LocalizedText>, lang: Lang) -> Lang {
        let complete = texts.into_iter().all(|text| text.has(lang) || !text.has_reference());
        if complete { lang } else { Lang::REFERENCE }
    }

    /// Whether the text exists, non-blank, in the reference language (seed validation).
    pub fn has_reference(&self) -> bool {
        self.0.get(Lang::REFERENCE.tag()).is_some_and(|t| !t.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_to_the_requested_language_when_present() {
        let text = LocalizedText::new(&[(Lang::ZhCn, "结婚登记"), (Lang::En, "Marriage registration")]);
        assert_eq!(text.resolve(Lang::En), ("Marriage registration", Lang::En));
        assert_eq!(text.resolve(Lang::ZhCn), ("结婚登记", Lang::ZhCn));
    }

    #[test]
    fn falls_back_to_chinese_when_missing_or_blank() {
        let missing = LocalizedText::new(&[(Lang::ZhCn, "结婚登记")]);
        assert_eq!(missing.resolve(Lang::En), ("结婚登记", Lang::ZhCn));
        let blank = LocalizedText::new(&[(Lang::ZhCn, "结婚登记"), (Lang::En, "  ")]);
        assert_eq!(blank.resolve(Lang::En), ("结婚登记", Lang::ZhCn));
    }

    #[test]
    fn texts_that_belong_together_fall_back_together() {
        let name = LocalizedText::new(&[(Lang::ZhCn, "居民身份证"), (Lang::En, "Resident ID card"), (Lang::Es, "Documento de identidad")]);
        let source = LocalizedText::new(&[(Lang::ZhCn, "公安机关"), (Lang::En, "Public security bureau")]);
        assert_eq!(LocalizedText::choose([&name, &source], Lang::En), Lang::En);
        assert_eq!(LocalizedText::choose([&name, &source], Lang::Es), Lang::ZhCn, "source lacks Spanish");
        assert_eq!(LocalizedText::choose([&name], Lang::Es), Lang::Es);
        assert_eq!(LocalizedText::choose([], Lang::Ug), Lang::Ug);
    }

    #[test]
    fn uses_any_language_when_even_chinese_is_missing() {
        let english_only = LocalizedText::new(&[(Lang::En, "Marriage registration")]);
        assert_eq!(english_only.resolve(Lang::ZhCn), ("Marriage registration", Lang::En));
        assert!(!english_only.has_reference());
        assert_eq!(LocalizedText::default().resolve(Lang::En), ("", Lang::ZhCn));
    }
}
