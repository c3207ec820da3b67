//! A person's identifiers as a booking form takes them: the resident identity card number
//! (GB 11643-1999) and a mainland mobile number. Both are checked here, field by field,
//! and only ever shown masked.

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
    let birth = Date::parse(&format!("{}-{}-{}", &id[6..10], &id[10..12], &id[12..14])).ok_or(ResidentIdError::BirthDate)?;
    if birth > today || birth.ymd().0 < EARLIEST_BIRTH_YEAR {
        return Err(ResidentIdError::BirthDate);
    }
    if check_character(&bytes[..17]) != bytes[17] {
        return Err(ResidentIdError::CheckDigit);
    }
    Ok(id)
}

/// Checks a mainland mobile number (11 digits, 1[3-9]…); spaces, hyphens and a +86 or 86
/// prefix are allowed and dropped.
pub fn parse_mobile(input: &str) -> Option<String> {
    let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')')).collect();
    let digits = digits.strip_prefix("+86").or_else(|| digits.strip_prefix("0086")).unwrap_or(&digits);
    let digits = if digits.len() == 13 { digits.strip_prefix("86").unwrap_or(digits) } else { digits };
    let bytes = digits.as_bytes();
    (bytes.len() == 11 && bytes.iter().all(u8::is_ascii_digit) && bytes[0] == b'1' && (b'3'..=b'9').contains(&bytes[1])).then(|| digits.to_owned())
}

/// `110105199001011234` → `110***********1234`: the first three and last four characters.
pub fn mask_resident_id(id: &str) -> String {
    mask(id, 3, 4)
}

/// `13812345678` → `138****5678`.
pub fn mask_mobile(mobile: &str) -> String {
    mask(mobile, 3, 4)
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
    fn identifiers_are_shown_masked() {
        assert_eq!(mask_resident_id("11010519491231002X"), "110***********002X");
        assert_eq!(mask_mobile("13812345678"), "138****5678");
        assert_eq!(mask_mobile("123"), "***");
    }
}
