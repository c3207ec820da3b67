//! Ready-to-paste replies for hall staff and 12345 hotline operators: a short form that
//! fits one SMS and a full form for WeChat or e-mail.
//!
//! The words come from the caller (the app formats them with Fluent in the chosen
//! language); this module decides what goes in, in what order, and what is shortened or
//! dropped so that the short form fits one SMS. The short link comes first on a line of its
//! own, so that it is never cut, every phone recognises it, and its direction never mixes
//! with right-to-left words. Names are shortened only between words, never inside one.
//! Both forms are plain text: no invisible direction marks except where a right-to-left
//! reader's app needs one (see [`plain_text`]).

use crate::Direction;

/// How an SMS is encoded, which sets how many characters fit in one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmsEncoding {
    /// GSM 03.38 7-bit: 160 characters (those of the extension table count twice).
    Gsm7,
    /// UCS-2, for any other character (Chinese, Uyghur, á í ó ú…): 70 characters.
    Ucs2,
}

impl SmsEncoding {
    pub fn limit(self) -> usize {
        match self {
            SmsEncoding::Gsm7 => 160,
            SmsEncoding::Ucs2 => 70,
        }
    }
}

const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXTENSION: &str = "^{}\\[~]|€\x0c";

/// The encoding a phone would pick for `text`.
pub fn sms_encoding(text: &str) -> SmsEncoding {
    if text.chars().all(|c| GSM7_BASIC.contains(c) || GSM7_EXTENSION.contains(c)) { SmsEncoding::Gsm7 } else { SmsEncoding::Ucs2 }
}

/// The length of `text` as one SMS counts it: septets in GSM 7-bit, UTF-16 units in UCS-2.
pub fn sms_length(text: &str) -> usize {
    match sms_encoding(text) {
        SmsEncoding::Gsm7 => text.chars().map(|c| if GSM7_EXTENSION.contains(c) { 2 } else { 1 }).sum(),
        SmsEncoding::Ucs2 => text.encode_utf16().count(),
    }
}

/// Whether `text` fits in one SMS.
pub fn fits_one_sms(text: &str) -> bool {
    sms_length(text) <= sms_encoding(text).limit()
}

/// Everything a reply can say, already in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyParts {
    /// The direction of the reply's language, which decides the direction marks it keeps.
    pub direction: Direction,
    /// "结婚登记", the item's name.
    pub item: String,
    /// "西湖区政务服务中心", when the reply is about one hall.
    pub hall: Option<String>,
    /// "地址：…", for the full form only.
    pub address: Option<String>,
    /// "办公时间：周一至周五 09:00–17:00", and the hall's note on its hours: full form.
    pub hours: Vec<String>,
    /// "办理窗口：A01 综合受理窗口", the windows of the hall serving the item: full form.
    pub windows: Option<String>,
    /// "到现场次数：最多跑一次": full form.
    pub visits: Option<String>,
    /// "受理条件：" and each condition of acceptance that applies (or may, saying on which
    /// answer) to the caller's answers, one per line: full form.
    pub conditions: Vec<String>,
    /// "收费：40 元" for the answers given, then fees charged only in some cases: full form.
    pub fee: Vec<String>,
    /// "需先预约" / "建议预约" / "无需预约": a clause of the short form.
    pub appointment: String,
    /// The same as a sentence of its own, for the full form: "请先预约再去大厅。"
    pub appointment_sentence: String,
    /// "请带齐以下 5 种材料：", or "至少要带以下 5 种材料：" while questions are unanswered.
    pub materials_heading: String,
    /// Each material to bring with its counts, numbered: "1. 居民身份证（原件 1 份）".
    pub materials: Vec<String>,
    /// While questions are unanswered: "另有 1 种材料要看：…", after the list (full form).
    pub materials_undecided: Option<String>,
    /// "带5种材料", or "至少带5种材料" while questions are unanswered: the short form's count.
    pub materials_summary: String,
    /// The link of the guide with the caller's answers, language included.
    pub link: String,
    /// A short link to the same page, for the SMS; the full link when there is none.
    pub short_link: String,
    /// What separates clauses of the short form: "，" or ", ".
    pub separator: String,
}

/// The full reply, for WeChat or e-mail: where and when, how many visits, the fee, whether
/// to book, who may apply, every material with its counts, and the link.
pub fn full_reply(parts: &ReplyParts) -> String {
    let mut lines = Vec::new();
    lines.push(match &parts.hall {
        Some(hall) => format!("{}{}{hall}", parts.item, parts.separator),
        None => parts.item.clone(),
    });
    lines.extend(parts.address.iter().cloned());
    lines.extend(parts.hours.iter().cloned());
    lines.extend(parts.windows.iter().cloned());
    lines.extend(parts.visits.iter().cloned());
    lines.extend(parts.fee.iter().cloned());
    lines.push(parts.appointment_sentence.clone());
    lines.extend(parts.conditions.iter().cloned());
    lines.push(parts.materials_heading.clone());
    lines.extend(parts.materials.iter().cloned());
    lines.extend(parts.materials_undecided.iter().cloned());
    lines.push(parts.link.clone());
    plain_text(&lines.join("\n"), parts.direction)
}

/// The short reply, one SMS: the short link on the first line, then the item, the hall,
/// how many materials, and whether to book. What does not fit goes in this order: the
/// booking advice; then the item's name is shortened, one step at a time
/// ([`shorter_forms`]: a trailing parenthesis, then the last word), then the hall's; then
/// the item's name goes, then the hall's. The count goes last of all, and the link
/// never. A Latin-script reply that only fits without its accents loses them (see
/// [`gsm_folded`]): 160 characters instead of 70 keep more of what the caller needs.
pub fn short_reply(parts: &ReplyParts) -> String {
    let items = shorter_forms(&parts.item);
    let halls = parts.hall.as_deref().map(shorter_forms).unwrap_or_default();
    let compose = |plan: &Plan| {
        let mut clauses: Vec<&str> = Vec::new();
        clauses.extend(plan.item.map(|i| items[i].as_str()));
        clauses.extend(plan.hall.map(|h| halls[h].as_str()));
        if plan.count {
            clauses.push(&parts.materials_summary);
        }
        if plan.appointment {
            clauses.push(&parts.appointment);
        }
        let text = if clauses.is_empty() { parts.short_link.clone() } else { format!("{}\n{}", parts.short_link, clauses.join(&parts.separator)) };
        plain_text(&text, parts.direction)
    };
    for plan in plans(&items, &halls) {
        let text = compose(&plan);
        if fits_one_sms(&text) {
            return text;
        }
        if let Some(folded) = gsm_folded(&text).filter(|folded| fits_one_sms(folded)) {
            return folded;
        }
    }
    parts.short_link.clone()
}

/// What one candidate short reply keeps: indexes into the shorter forms of the names.
#[derive(Debug, Clone, Copy)]
struct Plan {
    item: Option<usize>,
    hall: Option<usize>,
    count: bool,
    appointment: bool,
}

/// The candidates, most complete first, each a little shorter than the one before.
fn plans(items: &[String], halls: &[String]) -> Vec<Plan> {
    let first_hall = (!halls.is_empty()).then_some(0);
    let mut plan = Plan { item: Some(0), hall: first_hall, count: true, appointment: true };
    let mut plans = vec![plan];
    plan.appointment = false;
    plans.push(plan);
    // The item's name first: the caller asked about it and the link's page shows it; the
    // hall tells them where to go.
    for item in 1..items.len() {
        plan.item = Some(item);
        plans.push(plan);
    }
    for hall in 1..halls.len() {
        plan.hall = Some(hall);
        plans.push(plan);
    }
    plan.item = None;
    plans.push(plan);
    if plan.hall.is_some() {
        plan.hall = None;
        plans.push(plan);
    }
    plan.count = false;
    plans.push(plan);
    plans
}

/// A name and its shorter forms, longest first, none cut inside a word: without a trailing
/// parenthesis ("不动产首次登记（…）" → "不动产首次登记"), then, for names with spaces
/// between words, its first words and "…". A Chinese name has no shorter form than that.
pub fn shorter_forms(name: &str) -> Vec<String> {
    let name = name.trim();
    let mut forms = vec![name.to_owned()];
    let mut base = name.to_owned();
    while let Some(shorter) = without_trailing_parenthesis(&base) {
        forms.push(shorter.clone());
        base = shorter;
    }
    let words: Vec<&str> = base.split(' ').filter(|w| !w.is_empty()).collect();
    for kept in (1..words.len()).rev() {
        let prefix = words[..kept].join(" ");
        let prefix = prefix.trim_end_matches(|c: char| c.is_whitespace() || ",，、،;；:：-–(（".contains(c));
        if !prefix.is_empty() && balanced(prefix) {
            let form = format!("{prefix}…");
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
    }
    forms
}

fn without_trailing_parenthesis(name: &str) -> Option<String> {
    let name = name.trim_end();
    let (open, close) = match name.chars().last()? {
        ')' => ('(', ')'),
        '）' => ('（', '）'),
        _ => return None,
    };
    let mut depth = 0;
    for (at, c) in name.char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            depth -= 1;
            if depth == 0 {
                let before = name[..at].trim_end();
                return (!before.is_empty()).then(|| before.to_owned());
            }
        }
    }
    None
}

fn balanced(text: &str) -> bool {
    let count = |c: char| text.chars().filter(|x| *x == c).count();
    count('(') == count(')') && count('（') == count('）')
}

/// `text` written with GSM 7-bit characters only, when it is Latin script whose letters
/// only lack their accents there ("constitución" → "constitucion", "…" → "..."); `None`
/// when it has characters that have no such stand-in (Chinese, Uyghur).
pub fn gsm_folded(text: &str) -> Option<String> {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        if GSM7_BASIC.contains(c) || GSM7_EXTENSION.contains(c) {
            folded.push(c);
            continue;
        }
        let stand_in = match c {
            'á' | 'â' | 'ã' | 'ā' => "a",
            'Á' | 'À' | 'Â' | 'Ã' | 'Ā' => "A",
            'ê' | 'ë' | 'ē' => "e",
            'È' | 'Ê' | 'Ë' | 'Ē' => "E",
            'í' | 'î' | 'ï' | 'ī' => "i",
            'Í' | 'Ì' | 'Î' | 'Ï' | 'Ī' => "I",
            'ó' | 'ô' | 'õ' | 'ō' => "o",
            'Ó' | 'Ò' | 'Ô' | 'Õ' | 'Ō' => "O",
            'ú' | 'û' | 'ū' => "u",
            'Ú' | 'Ù' | 'Û' | 'Ū' => "U",
            'ç' => "c",
            'ý' | 'ÿ' => "y",
            'Ý' => "Y",
            '‘' | '’' => "'",
            '“' | '”' | '«' | '»' => "\"",
            '–' | '—' => "-",
            '…' => "...",
            '\u{a0}' => " ",
            _ => return None,
        };
        folded.push_str(stand_in);
    }
    Some(folded)
}

/// The text as another app should receive it. Left-to-right languages get no invisible
/// direction marks at all: they would only be noise, and each takes a character of an
/// SMS. Right-to-left text keeps an isolate only around a part that holds left-to-right
/// letters (a window number, a Chinese name), whose neighbours it could otherwise
/// reorder; numbers and right-to-left words need none. A right-to-left line that starts
/// with left-to-right letters gets a right-to-left mark first, so that an app which takes
/// a paragraph's direction from its first letter sets it right to left.
pub fn plain_text(text: &str, direction: Direction) -> String {
    match direction {
        Direction::Ltr => text.chars().filter(|c| !is_direction_control(*c)).collect(),
        Direction::Rtl => text
            .split('\n')
            .map(|line| {
                let kept = needed_isolates(line);
                if kept.chars().any(is_right_to_left) && first_strong_is_left_to_right(&kept) { format!("\u{200F}{kept}") } else { kept }
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// Every invisible character that steers the direction of text (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069).
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_isolate_start(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2068}')
}

const POP_ISOLATE: char = '\u{2069}';

fn is_right_to_left(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

fn is_left_to_right_letter(c: char) -> bool {
    c.is_alphabetic() && !is_right_to_left(c)
}

/// `line` without direction controls, except isolates around parts with left-to-right
/// letters and no right-to-left ones ("C02", a Chinese name). An isolate around a mix
/// (a window's number and Uyghur name, each isolated inside an isolate) goes, but not
/// those inside it: an isolate takes its direction from its first letter, so it would lay
/// the Uyghur words out left to right.
fn needed_isolates(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        if is_isolate_start(c)
            && let Some(end) = matching_pop(&chars, at)
        {
            let inner: String = chars[at + 1..end].iter().filter(|c| !is_direction_control(**c)).collect();
            if inner.chars().any(is_left_to_right_letter) && !inner.chars().any(is_right_to_left) {
                out.push(c);
                out.push_str(&inner);
                out.push(POP_ISOLATE);
            } else {
                out.push_str(&needed_isolates(&chars[at + 1..end].iter().collect::<String>()));
            }
            at = end + 1;
            continue;
        }
        if !is_direction_control(c) {
            out.push(c);
        }
        at += 1;
    }
    out
}

fn matching_pop(chars: &[char], start: usize) -> Option<usize> {
    let mut depth = 0;
    for (at, c) in chars.iter().enumerate().skip(start) {
        if is_isolate_start(*c) {
            depth += 1;
        } else if *c == POP_ISOLATE {
            depth -= 1;
            if depth == 0 {
                return Some(at);
            }
        }
    }
    None
}

/// Whether the first letter outside isolates (which the bidi algorithm skips when it
/// picks a paragraph's direction) is a left-to-right one.
fn first_strong_is_left_to_right(line: &str) -> bool {
    let mut depth = 0usize;
    for c in line.chars() {
        if is_isolate_start(c) {
            depth += 1;
        } else if c == POP_ISOLATE {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && is_right_to_left(c) && c.is_alphabetic() {
            return false;
        } else if depth == 0 && is_left_to_right_letter(c) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';

    /// Links of the usual lengths: the app on this machine, and a real province's site.
    const LOCAL_LINK: &str = "http://127.0.0.1:40123/s/7K3M9QX";
    const SITE_LINK: &str = "https://www.zjzwfw.gov.cn/s/7K3M9QX";

    /// The words of one language, as `src/reply.rs` gets them from Fluent (with the isolates
    /// Fluent puts around variables in right-to-left languages).
    struct Words {
        direction: Direction,
        separator: &'static str,
        summary: fn(u32) -> String,
        at_least: fn(u32) -> String,
        appointment: &'static str,
    }

    fn words(lang: &str) -> Words {
        match lang {
            "zh-CN" => Words {
                direction: Direction::Ltr,
                separator: "，",
                summary: |n| format!("带{n}种材料"),
                at_least: |n| format!("至少带{n}种材料"),
                appointment: "需先预约",
            },
            "en" => Words {
                direction: Direction::Ltr,
                separator: ", ",
                summary: |n| format!("{n} documents"),
                at_least: |n| format!("at least {n} documents"),
                appointment: "book first",
            },
            "es" => Words {
                direction: Direction::Ltr,
                separator: ", ",
                summary: |n| format!("{n} documentos"),
                at_least: |n| format!("al menos {n} documentos"),
                appointment: "con cita previa",
            },
            _ => Words {
                direction: Direction::Rtl,
                separator: "، ",
                summary: |n| format!("{FSI}{n}{PDI} ماتېرىيال"),
                at_least: |n| format!("ئەڭ ئاز {FSI}{n}{PDI} ماتېرىيال"),
                appointment: "ئالدىن ئۇچرىشىڭ",
            },
        }
    }

    fn parts_in(lang: &str, item: &str, hall: Option<&str>, undecided: bool, short_link: &str) -> ReplyParts {
        let words = words(lang);
        ReplyParts {
            direction: words.direction,
            item: item.into(),
            hall: hall.map(Into::into),
            address: Some("地址：文三路 508 号".into()),
            hours: vec!["办公时间：周一至周五 09:00–17:00".into()],
            windows: Some("办理窗口：A01 综合受理窗口".into()),
            visits: Some("到现场次数：最多跑一次".into()),
            conditions: vec!["受理条件：".into(), "· 男年满22周岁，女年满20周岁".into()],
            fee: vec!["收费：40 元".into()],
            appointment: words.appointment.into(),
            appointment_sentence: "请先预约再去大厅。".into(),
            materials_heading: "请带齐以下 2 种材料：".into(),
            materials: vec!["1. 居民身份证（原件 1 份）".into(), "2. 户口簿（原件 1 份 · 复印件 1 份）".into()],
            materials_undecided: undecided.then(|| "另有 1 种材料要看：是否委托他人办理？".into()),
            materials_summary: if undecided { (words.at_least)(2) } else { (words.summary)(2) },
            link: "https://g.cn/halls/330106-01/items/101100000001?a=case.company-llc".into(),
            short_link: short_link.into(),
            separator: words.separator.into(),
        }
    }

    fn parts(item: &str, hall: Option<&str>, short_link: &str) -> ReplyParts {
        parts_in("zh-CN", item, hall, false, short_link)
    }

    /// Whether `sms` holds `name` whole, or one of its shorter forms ending in "…".
    fn holds_a_form_of(sms: &str, name: &str) -> bool {
        shorter_forms(name).iter().any(|form| sms.contains(form.as_str()) || gsm_folded(form).is_some_and(|f| sms.contains(&f)))
    }

    /// The words of `text`, with the punctuation around them taken off.
    fn words_of(text: &str) -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || "，、،（）()".contains(c))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn sms_length_follows_the_encoding_a_phone_picks() {
        let table = [
            ("Bring 5 documents", SmsEncoding::Gsm7, 17),
            ("Lleve 5 documentos: ¿cita? sí", SmsEncoding::Ucs2, 29), // í is not GSM 7-bit
            ("Señor Müller à Zürich", SmsEncoding::Gsm7, 21),
            ("price €5 [x]", SmsEncoding::Gsm7, 15), // € [ ] count twice
            ("结婚登记", SmsEncoding::Ucs2, 4),
            ("ئالدىن ئۇچرىشىش", SmsEncoding::Ucs2, 15),
            ("emoji 🙂", SmsEncoding::Ucs2, 8),            // a surrogate pair is two units
            ("a\u{2068}2\u{2069}b", SmsEncoding::Ucs2, 5), // an isolate costs a character
        ];
        for (text, encoding, length) in table {
            assert_eq!((sms_encoding(text), sms_length(text)), (encoding, length), "{text}");
        }
    }

    /// The demo's longest names per language (the hall with the longest name, and items
    /// with a long one, a parenthesis, and a short one), decided and undecided, with a
    /// local and a real site's link: every reply fits one SMS, starts with the link, keeps
    /// the hall and the count, says "at least" while undecided, and cuts no word.
    #[test]
    fn every_language_fits_one_sms_with_the_link_first_the_hall_and_the_count() {
        #[rustfmt::skip]
        let table: [(&str, &str, &[&str]); 4] = [
            ("zh-CN", "钟公庙街道便民服务中心", &["城乡居民基本养老保险参保登记", "不动产首次登记（国有建设用地使用权及房屋所有权）", "结婚登记"]),
            ("en", "Zhonggongmiao Sub-district Convenience Service Center", &[
                "First registration of state-owned construction land use rights and building ownership",
                "Exit-Entry Permit for Travelling to and from Hong Kong and Macao, and endorsements",
                "Marriage registration",
            ]),
            ("es", "Centro de Servicios de Proximidad del subdistrito de Zhonggongmiao", &[
                "Primer registro de bienes inmuebles (derecho de uso de suelo edificable de propiedad estatal y propiedad de edificios)",
                "Reconocimiento de prestaciones por enfermedades crónicas y especiales en consulta externa",
                "Registro de constitución de una empresa",
            ]),
            ("ug", "جۇڭگوڭمياۋ كوچا باشقارمىسى خەلققە قولايلىق يارىتىش مۇلازىمەت مەركىزى", &[
                "كۆچمەس مۈلۈكنى تۇنجى قېتىم تىزىملىتىش (دۆلەت ئىگىلىكىدىكى قۇرۇلۇش يېرىنى ئىشلىتىش ھوقۇقى ۋە ئۆي ئىگىدارلىق ھوقۇقى)",
                "شەھەر-يېزا ئاھالىلىرى ئاساسىي قېرىلىق سۇغۇرتىسىغا قاتنىشىشنى تىزىملىتىش",
                "كارخانا قۇرۇشنى تىزىملىتىش",
            ]),
        ];
        for (lang, hall, items) in table {
            for item in items {
                for undecided in [false, true] {
                    for link in [LOCAL_LINK, SITE_LINK] {
                        let parts = parts_in(lang, item, Some(hall), undecided, link);
                        let sms = short_reply(&parts);
                        let case = format!("{lang} {item} (undecided: {undecided}, {link}): {sms:?}, {} characters", sms_length(&sms));
                        let limit = if sms_encoding(&sms) == SmsEncoding::Gsm7 { 160 } else { 70 };
                        assert!(sms_length(&sms) <= limit, "too long: {case}");
                        assert!(sms.starts_with(&format!("{link}\n")), "the link first: {case}");
                        assert!(holds_a_form_of(&sms, hall), "the hall: {case}");
                        let count = if undecided { (words(lang).at_least)(2) } else { (words(lang).summary)(2) };
                        let count = plain_text(&count, parts.direction);
                        assert!(sms.ends_with(&count) || sms.contains(&format!("{count}{}", parts.separator)), "the count {count:?}: {case}");
                        // Every word of the reply is a whole word of what it was made from.
                        let sources: Vec<String> = [item, hall, count.as_str(), words(lang).appointment, link]
                            .iter()
                            .flat_map(|source| words_of(source).into_iter().chain(words_of(&gsm_folded(source).unwrap_or_default())))
                            .collect();
                        for word in words_of(sms.trim_start_matches(link)) {
                            assert!(sources.contains(&word), "{word:?} is cut from a longer word: {case}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn an_undecided_reply_says_at_least_in_the_sms_and_what_it_depends_on_in_the_full_form() {
        let parts = parts_in("zh-CN", "结婚登记", Some("西湖区政务服务中心"), true, LOCAL_LINK);
        let sms = short_reply(&parts);
        assert_eq!(sms, format!("{LOCAL_LINK}\n结婚登记，西湖区政务服务中心，至少带2种材料，需先预约"));
        let full = full_reply(&parts);
        assert!(full.contains("2. 户口簿（原件 1 份 · 复印件 1 份）\n另有 1 种材料要看：是否委托他人办理？\nhttps://g.cn/"), "{full}");
    }

    #[test]
    fn a_short_reply_keeps_everything_when_it_fits() {
        let reply = short_reply(&parts("结婚登记", Some("西湖区政务服务中心"), "https://g.cn/s/7K3M9QX"));
        assert_eq!(reply, "https://g.cn/s/7K3M9QX\n结婚登记，西湖区政务服务中心，带2种材料，需先预约");
        assert!(fits_one_sms(&reply));
    }

    #[test]
    fn what_does_not_fit_goes_in_order_the_booking_advice_then_words_of_the_item_then_of_the_hall_then_the_names() {
        let link = "https://guide.zwfw.example.gov.cn/s/7K3M9QX";
        let item = "Registro de constitución de una empresa";
        let hall = "Centro de Servicios Gubernamentales del distrito de Xihu";
        let es = parts_in("es", item, Some(hall), false, link);
        // Without the booking advice and the accents, 160 GSM characters hold both names whole.
        assert_eq!(short_reply(&es), format!("{link}\nRegistro de constitucion de una empresa, {hall}, 2 documentos"));
        // Uyghur has 70 characters: the advice goes, then words of the item, then of the hall.
        let ug = parts_in("ug", "كارخانا قۇرۇشنى تىزىملىتىش", Some("شىخۇ رايونلۇق ھۆكۈمەت ئىشلىرى مۇلازىمەت مەركىزى"), false, LOCAL_LINK);
        let sms = short_reply(&ug);
        assert_eq!(sms, format!("{LOCAL_LINK}\nكارخانا…، شىخۇ رايونلۇق…، 2 ماتېرىيال"));
        // A link so long that only the count fits beside it: the names go, the count stays.
        let long = format!("https://{}.example.gov.cn/s/7K3M9QX", "guide".repeat(4));
        let sms = short_reply(&parts_in("ug", "كارخانا قۇرۇشنى تىزىملىتىش", Some("شىخۇ رايونلۇق ھۆكۈمەت"), false, &long));
        assert_eq!(sms, format!("{long}\n2 ماتېرىيال"));
        let longest = format!("https://{}.example.gov.cn/s/7K3M9QX", "guide".repeat(12));
        assert_eq!(short_reply(&parts_in("ug", "كارخانا", None, false, &longest)), longest, "never cut");
    }

    #[test]
    fn shorter_forms_drop_a_trailing_parenthesis_then_words_never_part_of_one() {
        let table: [(&str, &[&str]); 5] = [
            ("结婚登记", &["结婚登记"]),
            ("不动产首次登记（国有建设用地使用权及房屋所有权）", &["不动产首次登记（国有建设用地使用权及房屋所有权）", "不动产首次登记"]),
            (
                "Xihu District Government Service Center",
                &["Xihu District Government Service Center", "Xihu District Government Service…", "Xihu District Government…", "Xihu District…", "Xihu…"],
            ),
            (
                "Traslado del registro (hukou) (alta)",
                &["Traslado del registro (hukou) (alta)", "Traslado del registro (hukou)", "Traslado del registro", "Traslado del…", "Traslado…"],
            ),
            // A word list that would end inside a parenthesis or on a comma is not offered.
            ("Permit (each trip), endorsed", &["Permit (each trip), endorsed", "Permit (each trip)…", "Permit…"]),
        ];
        for (name, forms) in table {
            assert_eq!(shorter_forms(name), forms.iter().map(|f| (*f).to_owned()).collect::<Vec<_>>(), "{name}");
        }
    }

    #[test]
    fn left_to_right_replies_carry_no_direction_marks_and_right_to_left_ones_only_those_they_need() {
        let ltr = "\u{2068}西湖区\u{2069}，\u{200E}需带 \u{2068}2\u{2069} 种材料\u{202B}x\u{202C}";
        assert_eq!(plain_text(ltr, Direction::Ltr), "西湖区，需带 2 种材料x");
        let table = [
            // A number, Uyghur words, a time range: nothing to steer.
            (format!("{FSI}2{PDI} ماتېرىيال"), "2 ماتېرىيال".to_owned()),
            (
                format!("ئىش ۋاقتى: {FSI}{FSI}دۈشەنبە{PDI}–{FSI}جۈمە{PDI}{PDI} {FSI}09:00{PDI}–{FSI}17:00{PDI}"),
                "ئىش ۋاقتى: دۈشەنبە–جۈمە 09:00–17:00".to_owned(),
            ),
            // A window number with Latin letters, and a Chinese name inside Uyghur: kept.
            (format!("كۆزنەك: {FSI}A01{PDI} ({FSI}{FSI}2{PDI}{PDI})"), format!("كۆزنەك: {FSI}A01{PDI} (2)")),
            // Around a mix, only the inner isolate stays: the outer would start left to right.
            (format!("كۆزنەك: {FSI}{FSI}C02{PDI} {FSI}ساقچى كۆزنىكى{PDI}{PDI}"), format!("كۆزنەك: {FSI}C02{PDI} ساقچى كۆزنىكى")),
            (format!("{FSI}西湖区政务服务中心{PDI}، ماتېرىيال"), format!("{FSI}西湖区政务服务中心{PDI}، ماتېرىيال")),
            // A line that starts with Chinese letters outside an isolate opens with an RLM.
            ("西湖区، ماتېرىيال".to_owned(), "\u{200F}西湖区، ماتېرىيال".to_owned()),
            // The link's own line stays as it is, left to right.
            ("http://x.cn/s/7K3M9QX\nنىكاھ".to_owned(), "http://x.cn/s/7K3M9QX\nنىكاھ".to_owned()),
            // Stray marks and unmatched isolates go.
            (format!("\u{200F}نىكاھ{PDI} \u{202E}2{FSI}"), "نىكاھ 2".to_owned()),
        ];
        for (text, plain) in table {
            assert_eq!(plain_text(&text, Direction::Rtl), plain, "{text:?}");
        }
    }

    #[test]
    fn the_full_reply_has_where_when_the_visits_the_fee_the_conditions_every_material_and_the_long_link() {
        let reply = full_reply(&parts("结婚登记", Some("西湖区政务服务中心"), "https://g.cn/s/7K3M9QX"));
        let lines: Vec<&str> = reply.lines().collect();
        assert_eq!(
            lines,
            [
                "结婚登记，西湖区政务服务中心",
                "地址：文三路 508 号",
                "办公时间：周一至周五 09:00–17:00",
                "办理窗口：A01 综合受理窗口",
                "到现场次数：最多跑一次",
                "收费：40 元",
                "请先预约再去大厅。",
                "受理条件：",
                "· 男年满22周岁，女年满20周岁",
                "请带齐以下 2 种材料：",
                "1. 居民身份证（原件 1 份）",
                "2. 户口簿（原件 1 份 · 复印件 1 份）",
                "https://g.cn/halls/330106-01/items/101100000001?a=case.company-llc",
            ]
        );
    }
}
