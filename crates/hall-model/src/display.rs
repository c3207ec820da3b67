//! Small pure helpers for showing catalogue facts: opening-day spans, money, and text
//! that must stay on one line.

/// Groups ISO weekdays (1 = Monday … 7 = Sunday) into runs of consecutive days, so that
/// `[1,2,3,4,5,7]` reads "Monday–Friday, Sunday" rather than six names.
pub fn weekday_spans(weekdays: &[u8]) -> Vec<(u8, u8)> {
    let mut days: Vec<u8> = weekdays.iter().copied().filter(|d| (1..=7).contains(d)).collect();
    days.sort_unstable();
    days.dedup();
    let mut spans: Vec<(u8, u8)> = Vec::new();
    for day in days {
        match spans.last_mut() {
            Some((_, end)) if *end + 1 == day => *end = day,
            _ => spans.push((day, day)),
        }
    }
    spans
}

/// A fee in fen as yuan, without trailing zeros: 2000 → "20", 2050 → "20.50", 5 → "0.05".
pub fn yuan(fen: u32) -> String {
    let (whole, cents) = (fen / 100, fen % 100);
    if cents == 0 { whole.to_string() } else { format!("{whole}.{cents:02}") }
}

/// `text` with no line break opportunity left inside it: spaces become no-break spaces and
/// a word joiner follows every dash, so that a time range ("09:00–09:30", "de 9:00 a 9:30")
/// is never split over two lines on a narrow phone. A break before a dash is already
/// forbidden; after one (an en dash is "break after" in UAX #14) it is what splits ranges.
/// Isolation marks and every other character are kept as they are.
pub fn unbreakable(text: &str) -> String {
    const WORD_JOINER: char = '\u{2060}';
    let mut out = String::with_capacity(text.len() + 6);
    for c in text.chars() {
        match c {
            ' ' => out.push('\u{00A0}'),
            '-' | '\u{2010}' | '\u{2013}' | '\u{2014}' | '~' | '\u{FF5E}' => {
                out.push(c);
                out.push(WORD_JOINER);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_weekdays_collapse_into_spans() {
        #[allow(clippy::type_complexity)]
        let table: [(&[u8], &[(u8, u8)]); 6] = [
            (&[1, 2, 3, 4, 5], &[(1, 5)]),
            (&[1, 2, 3, 4, 5, 7], &[(1, 5), (7, 7)]),
            (&[6], &[(6, 6)]),
            (&[5, 1, 3, 2, 4, 4], &[(1, 5)]),
            (&[1, 3, 5], &[(1, 1), (3, 3), (5, 5)]),
            (&[0, 8], &[]),
        ];
        for (days, spans) in table {
            assert_eq!(weekday_spans(days), spans, "{days:?}");
        }
    }

    #[test]
    fn fees_show_as_yuan() {
        for (fen, text) in [(0, "0"), (2000, "20"), (2050, "20.50"), (5, "0.05"), (100_000, "1000")] {
            assert_eq!(yuan(fen), text);
        }
    }

    #[test]
    fn ranges_keep_no_place_to_break() {
        let table = [
            ("09:00–09:30", "09:00–\u{2060}09:30"),
            ("de 9:00 a 9:30", "de\u{a0}9:00\u{a0}a\u{a0}9:30"),
            ("\u{2068}09:00\u{2069}–\u{2068}09:30\u{2069}", "\u{2068}09:00\u{2069}–\u{2060}\u{2068}09:30\u{2069}"),
            ("9:00 - 9:30", "9:00\u{a0}-\u{2060}\u{a0}9:30"),
            ("09:00～09:30", "09:00～\u{2060}09:30"),
            ("", ""),
        ];
        for (text, kept) in table {
            assert_eq!(unbreakable(text), kept, "{text:?}");
        }
    }
}
