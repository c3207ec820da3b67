//! The holiday calendar as data: one row per year in the bookings database
//! (`holiday_notices`), each the State Council's yearly notice as typed in. `hall-server
//! calendar import FILE` adds or replaces years while servers run (they read the table
//! again every 30 s); `calendar show YEAR` prints one. The file format is
//! [`hall_model::HolidayNotice`], one object or a list of them (see the README).

use hall_model::{HolidayCalendar, HolidayNotice};

use crate::db::BookingsPool;

/// The notices shipped with the server (`data/holidays.json`, compiled in).
pub fn shipped_notices() -> Vec<HolidayNotice> {
    parse(include_str!("../data/holidays.json")).expect("data/holidays.json is a valid calendar")
}

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

/// Adds the notices' years to the database, replacing those years if present.
pub async fn import(bookings: &BookingsPool, notices: &[HolidayNotice]) -> Result<(), sqlx::Error> {
    let mut tx = bookings.begin().await?;
    for notice in notices {
        let json = serde_json::to_string(notice).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        sqlx::query(
            "INSERT INTO holiday_notices (year, notice, imported_at) VALUES ($1, $2, $3)
             ON CONFLICT (year) DO UPDATE SET notice = excluded.notice, imported_at = excluded.imported_at",
        )
        .bind(i64::from(notice.year))
        .bind(json)
        .bind(crate::db::now())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// Every notice in the database, by year.
pub async fn notices(bookings: &BookingsPool) -> Result<Vec<HolidayNotice>, sqlx::Error> {
    let rows: Vec<String> = sqlx::query_scalar("SELECT notice FROM holiday_notices ORDER BY year").fetch_all(bookings).await?;
    rows.iter().map(|json| serde_json::from_str(json).map_err(|e| sqlx::Error::Decode(Box::new(e)))).collect()
}

/// The calendar in the database; on a database that has none yet, the shipped notices
/// are imported first (a new deployment knows 2026 from the start).
pub async fn load(bookings: &BookingsPool) -> Result<HolidayCalendar, sqlx::Error> {
    let mut found = notices(bookings).await?;
    if found.is_empty() {
        import(bookings, &shipped_notices()).await?;
        found = notices(bookings).await?;
    }
    Ok(HolidayCalendar::from_notices(&found))
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
