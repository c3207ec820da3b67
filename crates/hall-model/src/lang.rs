//! The languages hall-guide serves, and how a request's preferences pick one.

use serde::{Deserialize, Serialize};

/// A language the app and the API's content are available in.
///
/// `zh-CN` is the reference language: every text exists in it, and every other language
/// falls back to it, message by message and field by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "es")]
    Es,
    /// Uyghur in Arabic script, written right to left.
    #[serde(rename = "ug")]
    Ug,
}

/// The direction a language is written in, for the document's `dir` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn attr(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Lang {
    /// Every supported language, the reference language first.
    pub const ALL: [Lang; 4] = [Lang::ZhCn, Lang::En, Lang::Es, Lang::Ug];

    /// The language every other one falls back to.
    pub const REFERENCE: Lang = Lang::ZhCn;

    /// The BCP 47 tag, as used in `lang` attributes, `?lang=` and `Content-Language`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ug => "ug",
        }
    }

    /// The direction the language is written in.
    pub fn direction(self) -> Direction {
        match self {
            Lang::Ug => Direction::Rtl,
            Lang::ZhCn | Lang::En | Lang::Es => Direction::Ltr,
        }
    }

    /// The language's own name for itself, shown in the language picker so that a reader
    /// finds their language whatever the page is currently in.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::ZhCn => "简体中文",
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Ug => "ئۇيغۇرچە",
        }
    }

    /// Parses a single language tag leniently: `zh`, `zh-cn`, `zh-Hans-CN` and `en-GB` are
    /// all understood. Returns `None` for languages hall-guide does not have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let primary = tag.split('-').next().unwrap_or("");
        match primary {
            "zh" => {
                // Traditional-script requests still get simplified Chinese: it is the only
                // Chinese we have, and far more useful to them than English.
                Some(Lang::ZhCn)
            }
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "ug" => Some(Lang::Ug),
            _ => None,
        }
    }

    /// Picks the first supported language from a list in order of preference (for
    /// example `navigator.languages`), or the reference language when none is supported.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        preferences.into_iter().find_map(Lang::from_tag).unwrap_or(Lang::REFERENCE)
    }

    /// Picks a language from an HTTP `Accept-Language` header, honouring `q` weights.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut ranges: Vec<(&str, f32, usize)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                if tag.is_empty() {
                    return None;
                }
                let quality = pieces.find_map(|p| p.trim().strip_prefix("q=").map(|q| q.trim().parse::<f32>().unwrap_or(0.0))).unwrap_or(1.0);
                Some((tag, quality, position))
            })
            .filter(|(_, q, _)| *q > 0.0)
            .collect();
        // A stable order: higher quality first, then the order the client wrote them in.
        ranges.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal).then(a.2.cmp(&b.2)));
        Lang::negotiate(ranges.iter().map(|(tag, _, _)| *tag))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_understood_leniently() {
        let table = [
            ("zh-CN", Some(Lang::ZhCn)),
            ("zh", Some(Lang::ZhCn)),
            ("zh_cn", Some(Lang::ZhCn)),
            ("zh-Hans-CN", Some(Lang::ZhCn)),
            ("zh-TW", Some(Lang::ZhCn)),
            ("en", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("EN-us", Some(Lang::En)),
            ("es-MX", Some(Lang::Es)),
            ("ug", Some(Lang::Ug)),
            ("ug-Arab-CN", Some(Lang::Ug)),
            ("fr", None),
            ("", None),
        ];
        for (tag, expected) in table {
            assert_eq!(Lang::from_tag(tag), expected, "tag {tag:?}");
        }
    }

    #[test]
    fn negotiation_takes_the_first_supported_preference() {
        assert_eq!(Lang::negotiate(["fr-FR", "en-US", "zh-CN"]), Lang::En);
        assert_eq!(Lang::negotiate(["de", "fr"]), Lang::ZhCn);
        assert_eq!(Lang::negotiate([]), Lang::ZhCn);
    }

    #[test]
    fn accept_language_honours_quality_weights() {
        let table = [
            ("en-US,en;q=0.9,zh-CN;q=0.8", Lang::En),
            ("zh-CN;q=0.5, en;q=0.9", Lang::En),
            ("fr, zh;q=0.1", Lang::ZhCn),
            ("en;q=0, zh-CN;q=0.2", Lang::ZhCn),
            ("*", Lang::ZhCn),
            ("", Lang::ZhCn),
            ("garbage;;;q=x", Lang::ZhCn),
        ];
        for (header, expected) in table {
            assert_eq!(Lang::from_accept_language(header), expected, "header {header:?}");
        }
    }

    #[test]
    fn only_uyghur_is_written_right_to_left() {
        for lang in Lang::ALL {
            assert_eq!(lang.direction() == Direction::Rtl, lang == Lang::Ug, "{lang}");
        }
    }

    #[test]
    fn serialises_as_its_tag() {
        for lang in Lang::ALL {
            assert_eq!(serde_json::to_string(&lang).unwrap(), format!("\"{}\"", lang.tag()));
        }
    }
}
