//! A person's identifiers as a booking form takes them: an identity document (the resident
//! identity card, GB 11643-1999, or one of the documents people from Hong Kong, Macao,
//! Taiwan and abroad carry: [`DocumentType`]) and a mainland mobile number. Each is checked
//! here, field by field, and only ever shown masked.

use serde::{Deserialize, Serialize};

use crate::calendar::Date;

/// Why a resident ID number was refused; each has a Fluent message in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResidentIdError {
    /// Not 17 digits followed by a digit or X.
    Format,
    /// The birth date (digits 7–14) is not a real day, is before 1800, or is in the future.
    BirthDate,
    /// The check digit does not match: usually a mistyped digit.
    CheckDigit,
    /// A well-formed number of another document coded like a resident ID: a 港澳台居民居住证
    /// (810000, 820000, 830000) or a 2023 外国人永久居留身份证 (first digit 9). Resident IDs
    /// start with a province's code, 1–6.
    OtherDocument,
}

/// The earliest birth year a resident ID may carry.
pub const EARLIEST_BIRTH_YEAR: i32 = 1800;

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK: &[u8; 11] = b"10X98765432";

/// The check character (ISO 7064 MOD 11-2) of the first 17 digits.
pub fn check_character(first17: &[u8]) -> u8 {
    let sum: u32 = first17.iter().zip(WEIGHTS).map(|(d, w)| u32::from(d - b'0') * w).sum();
    CHECK[(sum % 11) as usize]
}

/// Checks a resident ID number and returns it normalised (upper-case X, no spaces: a
/// number typed in groups, `420624 19831216 2147`, is the same number). `today` bounds
/// the birth date. GB 11643 sets no earliest year; cards were issued to people born in
/// the 1880s, so any real day from 1800 on is accepted.
pub fn parse_resident_id(input: &str, today: Date) -> Result<String, ResidentIdError> {
    let id: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let bytes = id.as_bytes();
    if bytes.len() != 18 || !bytes[..17].iter().all(u8::is_ascii_digit) || !(bytes[17].is_ascii_digit() || bytes[17] == b'X') {
        return Err(ResidentIdError::Format);
    }
    if RESIDENCE_PERMIT_PREFIXES.contains(&&id[..6]) || bytes[0] == b'9' {
        return Err(ResidentIdError::OtherDocument);
    }
    let birth = Date::parse(&format!("{}-{}-{}", &id[6..10], &id[10..12], &id[12..14])).ok_or(ResidentIdError::BirthDate)?;
    if birth > today || birth.ymd().0 < EARLIEST_BIRTH_YEAR {
        return Err(ResidentIdError::BirthDate);
    }
    if check_character(&bytes[..17]) != bytes[17] {
        return Err(ResidentIdError::CheckDigit);
    }
    Ok(id)
}

/// Checks a mainland mobile number: [`check_mobile`] without saying what is wrong.
pub fn parse_mobile(input: &str) -> Option<String> {
    check_mobile(input).ok()
}

/// `110105199001011234` → `110***********1234`: the first three and last four characters.
pub fn mask_resident_id(id: &str) -> String {
    mask(id, 3, 4)
}

/// `13812345678` → `138****5678`.
pub fn mask_mobile(mobile: &str) -> String {
    mask(mobile, 3, 4)
}

/// The identity documents a booking can be made with, as the national government service
/// platform (国家政务服务平台) lists them for a natural person: each has its own number
/// format, checked by [`parse_document`]. The per-person rules (one booking a day per item,
/// the cap on upcoming bookings) count per document: type and number together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentType {
    /// 居民身份证 (GB 11643).
    #[default]
    ResidentId,
    /// 港澳居民来往内地通行证 (回乡证).
    HkMacauPermit,
    /// 台湾居民来往大陆通行证 (台胞证).
    TaiwanPermit,
    /// 港澳台居民居住证.
    ResidencePermit,
    /// 外国人永久居留身份证.
    ForeignPermanentResidence,
    /// A passport (护照), of any country.
    Passport,
}

impl DocumentType {
    /// In the order a form lists them: the mainland card first, passports last.
    pub const ALL: [DocumentType; 6] = [
        DocumentType::ResidentId,
        DocumentType::HkMacauPermit,
        DocumentType::TaiwanPermit,
        DocumentType::ResidencePermit,
        DocumentType::ForeignPermanentResidence,
        DocumentType::Passport,
    ];

    /// The type's name in the API (and in the database).
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentType::ResidentId => "resident_id",
            DocumentType::HkMacauPermit => "hk_macau_permit",
            DocumentType::TaiwanPermit => "taiwan_permit",
            DocumentType::ResidencePermit => "residence_permit",
            DocumentType::ForeignPermanentResidence => "foreign_permanent_residence",
            DocumentType::Passport => "passport",
        }
    }

    /// The type named `name` (as [`DocumentType::as_str`] writes it).
    pub fn from_name(name: &str) -> Option<DocumentType> {
        DocumentType::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

/// Why a document number was refused; each becomes a [`crate::Problem`] with a Fluent
/// message in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentError {
    ResidentId(ResidentIdError),
    /// Not H or M followed by 8 digits (or by 10: the old booklets' number and issue count).
    HkMacauPermitFormat,
    /// Not 8 digits (or the old booklets' 8 digits and one or two check characters).
    TaiwanPermitFormat,
    /// Not 17 digits followed by a digit or X.
    ResidencePermitFormat,
    /// 18 characters, but not starting 810000, 820000 or 830000.
    ResidencePermitRegion,
    ResidencePermitBirthDate,
    ResidencePermitCheckDigit,
    /// Neither 3 letters and 12 digits (2017) nor 18 characters starting with 9 (2023).
    ForeignPermanentFormat,
    ForeignPermanentBirthDate,
    ForeignPermanentCheckDigit,
    /// Something other than Latin letters and digits.
    PassportCharacters,
    /// Fewer than 5 or more than 17 characters.
    PassportLength,
}

/// The prefixes of 港澳台居民居住证 numbers: Hong Kong, Macao, Taiwan.
pub const RESIDENCE_PERMIT_PREFIXES: [&str; 3] = ["810000", "820000", "830000"];

/// Shortest and longest passport number accepted.
pub const PASSPORT_CHARS: std::ops::RangeInclusive<usize> = 5..=17;

/// A number as a form may receive it, in one spelling: no spaces, full-width letters and
/// digits (typed with a Chinese input method) as ASCII, upper case.
fn normalise_number(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect::<String>()
        .to_ascii_uppercase()
}

/// An 18-character number of the GB 11643 family (17 digits and a check character): its
/// format, the birth date in characters 7–14, and the check character, each reported by
/// its own error.
fn check_gb11643(id: &str, today: Date, format: DocumentError, birth: DocumentError, check: DocumentError) -> Result<(), DocumentError> {
    let bytes = id.as_bytes();
    if bytes.len() != 18 || !bytes[..17].iter().all(u8::is_ascii_digit) || !(bytes[17].is_ascii_digit() || bytes[17] == b'X') {
        return Err(format);
    }
    let born = Date::parse(&format!("{}-{}-{}", &id[6..10], &id[10..12], &id[12..14])).ok_or(birth)?;
    if born > today || born.ymd().0 < EARLIEST_BIRTH_YEAR {
        return Err(birth);
    }
    if check_character(&bytes[..17]) != bytes[17] {
        return Err(check);
    }
    Ok(())
}

/// Checks a document number of type `kind` and returns it normalised (no spaces, upper
/// case, full-width characters as ASCII). The rules, and where they come from:
///
/// - 居民身份证: [`parse_resident_id`] (GB 11643-1999); a 港澳台居民居住证 number typed as
///   one is refused ([`ResidentIdError::ResidencePermitNumber`]), so that one card counts
///   as one document whichever type is chosen.
/// - 港澳居民来往内地通行证: since the 2012 card, H (Hong Kong) or M (Macao) and 8 digits, a
///   number kept for life; the older booklets print 10 digits, the same 8 and a 2-digit
///   issue count, which is dropped (the number is the person's).
/// - 台湾居民来往大陆通行证: since the 2015 card, 8 digits, kept for life; the older
///   booklets add one or two check characters (`12345678(B)`), dropped likewise.
/// - 港澳台居民居住证 (国务院办公厅《港澳台居民居住证申领发放办法》, 2018): 18 characters
///   coded like a resident ID, the address code 810000 (Hong Kong), 820000 (Macao) or
///   830000 (Taiwan), the birth date and the GB 11643 check character.
/// - 外国人永久居留身份证 (国家移民管理局, 新版外国人永久居留身份证机读信息规则, 2023): the
///   2017 card's 15 characters, 3 Latin letters (the nationality) and 12 digits; from
///   1 December 2023, 18 characters coded like a resident ID whose first digit is 9, with
///   the birth date in characters 7–14 and the GB 11643 (ISO 7064 MOD 11-2) check character.
/// - Passports: ICAO Doc 9303 gives the number up to 9 characters in the machine-readable
///   zone, but countries print longer ones; any 5 to 17 Latin letters and digits.
pub fn parse_document(kind: DocumentType, input: &str, today: Date) -> Result<String, DocumentError> {
    let number = normalise_number(input);
    let bytes = number.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes.get(range).is_some_and(|part| part.iter().all(u8::is_ascii_digit));
    match kind {
        DocumentType::ResidentId => parse_resident_id(&number, today).map_err(DocumentError::ResidentId),
        DocumentType::HkMacauPermit => {
            let shaped = matches!(bytes.first(), Some(b'H' | b'M')) && matches!(bytes.len(), 9 | 11) && digits(1..bytes.len());
            shaped.then(|| number[..9].to_owned()).ok_or(DocumentError::HkMacauPermitFormat)
        }
        DocumentType::TaiwanPermit => {
            let old: String = number.chars().filter(|c| !matches!(c, '(' | ')')).collect();
            let old = old.as_bytes();
            // One check character is a letter (`12345678(B)`): a ninth digit is a typo.
            let shaped = digits(0..8)
                && match old.len() {
                    8 => true,
                    9 => old[8].is_ascii_uppercase(),
                    10 => old[8..].iter().all(u8::is_ascii_alphanumeric),
                    _ => false,
                };
            shaped.then(|| number[..8].to_owned()).ok_or(DocumentError::TaiwanPermitFormat)
        }
        DocumentType::ResidencePermit => {
            if bytes.len() == 18 && digits(0..6) && !RESIDENCE_PERMIT_PREFIXES.contains(&&number[..6]) {
                return Err(DocumentError::ResidencePermitRegion);
            }
            check_gb11643(
                &number,
                today,
                DocumentError::ResidencePermitFormat,
                DocumentError::ResidencePermitBirthDate,
                DocumentError::ResidencePermitCheckDigit,
            )
            .map(|()| number)
        }
        DocumentType::ForeignPermanentResidence => {
            if bytes.len() == 15 {
                let shaped = bytes[..3].iter().all(u8::is_ascii_uppercase) && digits(3..15);
                return shaped.then_some(number).ok_or(DocumentError::ForeignPermanentFormat);
            }
            if bytes.first() != Some(&b'9') {
                return Err(DocumentError::ForeignPermanentFormat);
            }
            check_gb11643(
                &number,
                today,
                DocumentError::ForeignPermanentFormat,
                DocumentError::ForeignPermanentBirthDate,
                DocumentError::ForeignPermanentCheckDigit,
            )
            .map(|()| number)
        }
        DocumentType::Passport => {
            if !bytes.iter().all(u8::is_ascii_alphanumeric) {
                Err(DocumentError::PassportCharacters)
            } else if !PASSPORT_CHARS.contains(&bytes.len()) {
                Err(DocumentError::PassportLength)
            } else {
                Ok(number)
            }
        }
    }
}

/// A checked document number as shown after confirmation. The 18-character numbers (and
/// the 15 of the 2017 permanent residence card) keep their first three and last four
/// characters, like a resident ID; the short ones (permits, passports) keep their first
/// character, which names the issuer (H, M, E…), and their last three, so that at most
/// four of eight or nine characters show.
pub fn mask_document(kind: DocumentType, number: &str) -> String {
    let length = number.chars().count();
    match kind {
        DocumentType::ResidentId | DocumentType::ResidencePermit => mask(number, 3, 4),
        _ if length >= 15 => mask(number, 3, 4),
        _ if length >= 8 => mask(number, 1, 3),
        _ => mask(number, 1, 2),
    }
}

/// Why a mobile number was refused, so that the message can say what is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MobileError {
    /// Something other than digits (and the spaces, hyphens, brackets and +86 allowed).
    Characters,
    /// Not 11 digits.
    Length,
    /// 11 digits, but not 1 followed by 3–9: not a mainland mobile (a landline, a typo).
    Start,
}

/// Checks a mainland mobile number (11 digits, 1[3-9]…), telling a wrong length from a
/// wrong start; spaces, hyphens, brackets and a +86, 0086 or 86 prefix are allowed and
/// dropped.
pub fn check_mobile(input: &str) -> Result<String, MobileError> {
    let typed = normalise_number(input);
    let digits: String = typed.chars().filter(|c| !matches!(c, '-' | '(' | ')')).collect();
    let digits = digits.strip_prefix("+86").or_else(|| digits.strip_prefix("0086")).unwrap_or(&digits);
    let digits = if digits.len() == 13 { digits.strip_prefix("86").unwrap_or(digits) } else { digits };
    let bytes = digits.as_bytes();
    if !bytes.iter().all(u8::is_ascii_digit) {
        Err(MobileError::Characters)
    } else if bytes.len() != 11 {
        Err(MobileError::Length)
    } else if bytes[0] != b'1' || !(b'3'..=b'9').contains(&bytes[1]) {
        Err(MobileError::Start)
    } else {
        Ok(digits.to_owned())
    }
}

/// Free text with every ID- or phone-shaped run of digits masked, so that a number typed
/// into a comment is not stored: a run of 11 or more digits (ASCII or full-width, spaces
/// and hyphens between them allowed, a final X for an ID) keeps its first three and last
/// four digits, `我的电话 138 1234 5678` → `我的电话 138****5678`. Shorter runs (dates
/// such as 2026-10-08, counts, window numbers) are kept as typed.
pub fn mask_identifiers_in_text(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let separator = |c: char| matches!(c, ' ' | '-' | '\u{3000}' | '－' | '‐' | '‑' | '–' | '—');
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !digit(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run: digits, with single separators between digits, and an optional X.
        let mut end = i;
        let mut digits = Vec::new();
        let mut j = i;
        while j < chars.len() {
            if digit(chars[j]) {
                digits.push(chars[j]);
                j += 1;
                end = j;
            } else if separator(chars[j]) && j + 1 < chars.len() && digit(chars[j + 1]) {
                j += 1;
            } else {
                break;
            }
        }
        if end < chars.len() && matches!(chars[end], 'X' | 'x' | 'Ｘ' | 'ｘ') && digits.len() == 17 {
            digits.push('X');
            end += 1;
        }
        if digits.len() >= 11 {
            let ascii: String =
                digits.iter().map(|&c| if c.is_ascii() { c } else { char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or('*') }).collect();
            out.push_str(&mask(&ascii, 3, 4));
        } else {
            out.extend(&chars[i..end]);
        }
        i = end;
    }
    out
}

fn mask(text: &str, head: usize, tail: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= head + tail {
        return "*".repeat(chars.len());
    }
    let mut out: String = chars[..head].iter().collect();
    out.extend(std::iter::repeat_n('*', chars.len() - head - tail));
    out.extend(&chars[chars.len() - tail..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-11-26").unwrap()
    }

    /// A valid number for a birth date, built with the check digit.
    fn valid(prefix17: &str) -> String {
        format!("{prefix17}{}", check_character(prefix17.as_bytes()) as char)
    }

    #[test]
    fn resident_ids_are_checked_field_by_field() {
        let good = valid("11010519491231002");
        assert_eq!(good, "11010519491231002X", "the GB 11643 example number");
        let table: Vec<(String, Result<String, ResidentIdError>)> = vec![
            (good.clone(), Ok(good.clone())),
            ("11010519491231002x".into(), Ok(good.clone())),
            (" 110105 19491231 002X ".into(), Ok(good.clone())),
            ("110105194912310021".into(), Err(ResidentIdError::CheckDigit)),
            ("11010519491231002".into(), Err(ResidentIdError::Format)),
            ("1101051949123100XX".into(), Err(ResidentIdError::Format)),
            (valid("11010519490230002"), Err(ResidentIdError::BirthDate)),
            (valid("11010520300101002"), Err(ResidentIdError::BirthDate)),
            ("420624 19831216 2147".into(), Ok("420624198312162147".into())),
            // GB 11643 has no earliest year: a card for someone born in 1886 exists.
            (valid("65312218860625002"), Ok(valid("65312218860625002"))),
            (valid("11010517991231002"), Err(ResidentIdError::BirthDate)),
        ];
        for (input, expected) in table {
            assert_eq!(parse_resident_id(&input, today()), expected, "{input}");
        }
    }

    #[test]
    fn mobiles_accept_common_spellings() {
        for (input, expected) in [
            ("13812345678", Some("13812345678")),
            ("138 1234 5678", Some("13812345678")),
            ("+86 138-1234-5678", Some("13812345678")),
            ("8613812345678", Some("13812345678")),
            ("12812345678", None),
            ("1381234567", None),
            ("010-12345678", None),
        ] {
            assert_eq!(parse_mobile(input).as_deref(), expected, "{input}");
        }
    }

    #[test]
    fn numbers_typed_into_free_text_are_masked() {
        for (input, expected) in [
            ("很好，电话13812345678", "很好，电话138****5678"),
            ("call 138 1234 5678 please", "call 138****5678 please"),
            ("身份证 11010519491231002X 谢谢", "身份证 110***********002X 谢谢"),
            ("全角１３８１２３４５６７８", "全角138****5678"),
            ("座机 0571-8888 9999", "座机 057*****9999"),
            ("3号窗口，2026-10-08，等了20分钟", "3号窗口，2026-10-08，等了20分钟"),
            ("", ""),
        ] {
            assert_eq!(mask_identifiers_in_text(input), expected, "{input}");
        }
    }

    #[test]
    fn a_residence_or_permanent_residence_number_is_not_taken_as_a_resident_id() {
        for number in [valid("81000019900101002"), valid("83000019900101002"), valid("93115619900101002")] {
            assert_eq!(parse_resident_id(&number, today()), Err(ResidentIdError::OtherDocument), "{number}");
        }
    }

    #[test]
    fn each_document_type_has_its_own_format_check() {
        use DocumentError as E;
        use DocumentType as T;
        let hk_permit = valid("81000019900101002");
        let foreign_2023 = valid("93115619900101002");
        let table: Vec<(T, String, Result<String, DocumentError>)> = vec![
            // 居民身份证: as before.
            (T::ResidentId, "11010519491231002x".into(), Ok("11010519491231002X".into())),
            (T::ResidentId, "110105194912310021".into(), Err(E::ResidentId(ResidentIdError::CheckDigit))),
            (T::ResidentId, hk_permit.clone(), Err(E::ResidentId(ResidentIdError::OtherDocument))),
            // 港澳居民来往内地通行证: H or M and 8 digits; old booklets add a 2-digit issue count.
            (T::HkMacauPermit, "H12345678".into(), Ok("H12345678".into())),
            (T::HkMacauPermit, "m 1234 5678".into(), Ok("M12345678".into())),
            (T::HkMacauPermit, "Ｈ１２３４５６７８".into(), Ok("H12345678".into())),
            (T::HkMacauPermit, "H1234567801".into(), Ok("H12345678".into())),
            (T::HkMacauPermit, "C12345678".into(), Err(E::HkMacauPermitFormat)),
            (T::HkMacauPermit, "H1234567".into(), Err(E::HkMacauPermitFormat)),
            (T::HkMacauPermit, "H123456789".into(), Err(E::HkMacauPermitFormat)),
            (T::HkMacauPermit, "12345678".into(), Err(E::HkMacauPermitFormat)),
            // 台湾居民来往大陆通行证: 8 digits; old booklets add two check characters.
            (T::TaiwanPermit, "07257456".into(), Ok("07257456".into())),
            (T::TaiwanPermit, "12345678(B)".into(), Ok("12345678".into())),
            (T::TaiwanPermit, "1234567801".into(), Ok("12345678".into())),
            (T::TaiwanPermit, "1234567".into(), Err(E::TaiwanPermitFormat)),
            (T::TaiwanPermit, "T1234567".into(), Err(E::TaiwanPermitFormat)),
            (T::TaiwanPermit, "123456789".into(), Err(E::TaiwanPermitFormat)),
            // 港澳台居民居住证: GB 11643 coded, 810000 / 820000 / 830000.
            (T::ResidencePermit, hk_permit.clone(), Ok(hk_permit.clone())),
            (T::ResidencePermit, valid("82000019851111003"), Ok(valid("82000019851111003"))),
            (T::ResidencePermit, valid("11010519491231002"), Err(E::ResidencePermitRegion)),
            (T::ResidencePermit, valid("81000019900230002"), Err(E::ResidencePermitBirthDate)),
            (T::ResidencePermit, format!("{}{}", &hk_permit[..17], if hk_permit.ends_with('0') { '1' } else { '0' }), Err(E::ResidencePermitCheckDigit)),
            (T::ResidencePermit, "81000019900101".into(), Err(E::ResidencePermitFormat)),
            // 外国人永久居留身份证: 2017's 3 letters and 12 digits, 2023's 18 starting with 9.
            (T::ForeignPermanentResidence, "usa310085061901".into(), Ok("USA310085061901".into())),
            (T::ForeignPermanentResidence, foreign_2023.clone(), Ok(foreign_2023.clone())),
            (T::ForeignPermanentResidence, valid("11010519491231002"), Err(E::ForeignPermanentFormat)),
            (T::ForeignPermanentResidence, "US3100850619012".into(), Err(E::ForeignPermanentFormat)),
            (T::ForeignPermanentResidence, valid("93115620300101002"), Err(E::ForeignPermanentBirthDate)),
            (
                T::ForeignPermanentResidence,
                format!("{}{}", &foreign_2023[..17], if foreign_2023.ends_with('0') { '1' } else { '0' }),
                Err(E::ForeignPermanentCheckDigit),
            ),
            // Passports: 5 to 17 letters and digits.
            (T::Passport, "e1234 5678".into(), Ok("E12345678".into())),
            (T::Passport, "123456789".into(), Ok("123456789".into())),
            (T::Passport, "AB123".into(), Ok("AB123".into())),
            (T::Passport, "E1234-5678".into(), Err(E::PassportCharacters)),
            (T::Passport, "护照E1234567".into(), Err(E::PassportCharacters)),
            (T::Passport, "E123".into(), Err(E::PassportLength)),
            (T::Passport, "E123456789012345678".into(), Err(E::PassportLength)),
        ];
        for (kind, input, expected) in table {
            assert_eq!(parse_document(kind, &input, today()), expected, "{kind:?} {input}");
        }
    }

    #[test]
    fn document_types_keep_their_api_names() {
        for kind in DocumentType::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), serde_json::Value::String(kind.as_str().to_owned()));
            assert_eq!(DocumentType::from_name(kind.as_str()), Some(kind));
        }
        assert_eq!(DocumentType::default(), DocumentType::ResidentId, "a request without a type is a resident ID, as before");
    }

    #[test]
    fn documents_are_masked_to_suit_their_length() {
        for (kind, number, masked) in [
            (DocumentType::ResidentId, "11010519491231002X", "110***********002X"),
            (DocumentType::ResidencePermit, "810000199001010021", "810***********0021"),
            (DocumentType::HkMacauPermit, "H12345678", "H*****678"),
            (DocumentType::TaiwanPermit, "07257456", "0****456"),
            (DocumentType::ForeignPermanentResidence, "USA310085061901", "USA********1901"),
            (DocumentType::Passport, "E12345678", "E*****678"),
            (DocumentType::Passport, "AB123", "A**23"),
        ] {
            assert_eq!(mask_document(kind, number), masked, "{kind:?}");
        }
    }

    #[test]
    fn a_wrong_mobile_says_whether_its_length_or_its_start_is_wrong() {
        for (input, expected) in [
            ("13812345678", Ok("13812345678")),
            ("+86 138-1234-5678", Ok("13812345678")),
            ("１３８１２３４５６７８", Ok("13812345678")),
            ("23812345678", Err(MobileError::Start)),
            ("12812345678", Err(MobileError::Start)),
            ("010-12345678", Err(MobileError::Start)),
            ("1381234567", Err(MobileError::Length)),
            ("138123456789", Err(MobileError::Length)),
            ("138abcd5678", Err(MobileError::Characters)),
        ] {
            assert_eq!(check_mobile(input), expected.map(str::to_owned), "{input}");
        }
    }

    #[test]
    fn identifiers_are_shown_masked() {
        assert_eq!(mask_resident_id("11010519491231002X"), "110***********002X");
        assert_eq!(mask_mobile("13812345678"), "138****5678");
        assert_eq!(mask_mobile("123"), "***");
    }
}
