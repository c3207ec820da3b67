//! Small pure helpers for showing catalogue facts: opening-day spans and money.

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
}
