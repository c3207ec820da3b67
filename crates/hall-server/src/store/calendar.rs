//! The holiday calendar in the bookings database (`holiday_notices`, one
//! [`hall_model::HolidayNotice`] per year as imported). Reading and checking calendar
//! files is `crate::holiday_calendar`'s; this is where the years are kept.

use hall_model::{HolidayCalendar, HolidayNotice};

use super::StoreError;
use super::db::BookingsPool;

/// The notices shipped with the server (`data/holidays.json`): what a database that has
/// no calendar yet is given, so a new deployment knows 2026 from the start.
pub fn shipped_notices() -> Vec<HolidayNotice> {
    crate::holiday_calendar::parse(include_str!("../../data/holidays.json")).expect("data/holidays.json is a valid calendar")
}

/// Adds the notices' years to the calendar, replacing those years if present (a database
/// that had no calendar yet keeps the shipped years too). Running servers use them at
/// their next [`super::Store::reload_calendar`].
pub async fn import(bookings: &BookingsPool, notices: &[HolidayNotice]) -> Result<(), StoreError> {
    load(bookings).await?;
    Ok(replace_years(bookings, notices).await?)
}

/// Every year of the calendar, in order (the shipped ones in a database that had none).
pub async fn notices(bookings: &BookingsPool) -> Result<Vec<HolidayNotice>, StoreError> {
    load(bookings).await?;
    Ok(stored(bookings).await?)
}

async fn replace_years(bookings: &BookingsPool, notices: &[HolidayNotice]) -> Result<(), sqlx::Error> {
    let mut tx = bookings.begin().await?;
    for notice in notices {
        let json = serde_json::to_string(notice).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
        sqlx::query(
            "INSERT INTO holiday_notices (year, notice, imported_at) VALUES ($1, $2, $3)
             ON CONFLICT (year) DO UPDATE SET notice = excluded.notice, imported_at = excluded.imported_at",
        )
        .bind(i64::from(notice.year))
        .bind(json)
        .bind(super::db::now())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

async fn stored(bookings: &BookingsPool) -> Result<Vec<HolidayNotice>, sqlx::Error> {
    let rows: Vec<String> = sqlx::query_scalar("SELECT notice FROM holiday_notices ORDER BY year").fetch_all(bookings).await?;
    rows.iter().map(|json| serde_json::from_str(json).map_err(|e| sqlx::Error::Decode(Box::new(e)))).collect()
}

/// The calendar in the database; on a database that has none yet, the shipped notices
/// are imported first.
pub(super) async fn load(bookings: &BookingsPool) -> Result<HolidayCalendar, sqlx::Error> {
    let mut found = stored(bookings).await?;
    if found.is_empty() {
        replace_years(bookings, &shipped_notices()).await?;
        found = stored(bookings).await?;
    }
    Ok(HolidayCalendar::from_notices(&found))
}
