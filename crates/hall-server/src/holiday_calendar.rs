//! Holiday calendar files: the State Council's yearly notice as typed in, checked before
//! `hall-server calendar import FILE` gives it to the store (`store/calendar.rs`, one row
//! per year; servers read the table again every 30 s), and `calendar show YEAR`'s text.
//! The file format is [`hall_model::HolidayNotice`], one object or a list of them (see
//! the README).

use hall_model::HolidayNotice;

/// Reads a calendar file: one notice or a list of them, each validated. The error names
/// every mistake.
pub fn parse(text: &str) -> Result<Vec<HolidayNotice>, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let notices: Vec<HolidayNotice> = match value {
        serde_json::Value::Array(_) => serde_json::from_value(value),
        other => serde_json::from_value(other).map(|one| vec![one]),
    }
    .map_err(|e| format!("not a holiday notice ({{\"year\", \"holidays\": [{{\"name\", \"from\", \"to\"}}], \"working_days\"}}): {e}"))?;
    if notices.is_empty() {
        return Err("the file lists no year".to_owned());
    }
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for notice in &notices {
        if let Err(found) = notice.validate() {
            problems.extend(found);
        }
        if !seen.insert(notice.year) {
            problems.push(format!("{} is listed more than once", notice.year));
        }
    }
    if problems.is_empty() { Ok(notices) } else { Err(problems.join("\n")) }
}

/// One year as `calendar show` prints it.
pub fn describe(notice: &HolidayNotice) -> String {
    const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let weekday = |d: hall_model::Date| WEEKDAYS[usize::from(d.weekday() - 1)];
    let mut out = format!("{} holiday calendar", notice.year);
    if !notice.source.is_empty() {
        out.push_str(&format!(" ({})", notice.source));
    }
    out.push_str("\nHolidays (closed):\n");
    for range in &notice.holidays {
        let days = range.to.days_since_epoch() - range.from.days_since_epoch() + 1;
        out.push_str(&format!("  {}  {} {} – {} {}  ({days} days)\n", range.name, range.from, weekday(range.from), range.to, weekday(range.to)));
    }
    out.push_str("Weekend days worked in exchange (open with ordinary working-day hours):\n");
    if notice.working_days.is_empty() {
        out.push_str("  none\n");
    }
    for day in &notice.working_days {
        out.push_str(&format!("  {day} {}\n", weekday(*day)));
    }
    out
}
