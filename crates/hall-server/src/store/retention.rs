//! How long personal data is kept (README, "Data retention"), and the purge that
//! enforces it. `serve` runs [`Store::purge`] at start and then every hour.
//!
//! | what | kept | why |
//! |---|---|---|
//! | idempotency rows (keyed hash of the request, the sealed answer) | 24 hours | a retry comes within minutes |
//! | an appointment's name, agent's name, mobile (sealed), masked document, person key | until `keep_appointment_days` (default 90) after its date | the hall may need to reach the citizen about a visit |
//! | the appointment's reference, hall, item, day, time, status | for good | counts of bookings per day; nothing personal |

use hall_model::Date;

use super::{IDEMPOTENCY_TTL_SECONDS, Store, StoreError};

/// Days after an appointment's date its personal fields are kept by default.
pub const KEEP_APPOINTMENT_DAYS: u32 = 90;

/// What one purge removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub idempotency_rows: u64,
    pub appointments: u64,
    /// Console sessions that had ended (expired or idle).
    pub staff_sessions: u64,
}

/// Deletes idempotency rows older than a day and console sessions that have ended, and erases the personal fields of
/// appointments whose date is more than `keep_appointment_days` before `today`. `now` is
/// seconds since 1970 (a parameter, so that tests can move time on).
impl Store {
    pub async fn purge(&self, now: i64, today: Date, keep_appointment_days: u32) -> Result<Purged, StoreError> {
        let _turn = self.write_turn().await;
        let bookings = self.bookings();
        let idempotency = sqlx::query("DELETE FROM idempotency_keys WHERE created_at < $1").bind(now - IDEMPOTENCY_TTL_SECONDS).execute(bookings).await?;
        let before = today.add_days(-(keep_appointment_days as i32)).to_string();
        // The person key becomes the reference, so the "one booking per person, item and day"
        // index stays unique and nothing links the row to a person any more.
        let appointments = sqlx::query(
            "UPDATE appointments SET name = '', person_key = 'purged:' || reference, resident_id_masked = '', mobile_cipher = $1,
         mobile_masked = '', agent_name = '', personal_purged_at = $2 WHERE date < $3 AND personal_purged_at IS NULL",
        )
        .bind(Vec::<u8>::new())
        .bind(now)
        .bind(before)
        .execute(bookings)
        .await?;
        let sessions = sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1 OR last_seen <= $2")
            .bind(now)
            .bind(now - super::staff::SESSION_IDLE_SECONDS)
            .execute(bookings)
            .await?;
        // A lifted suspension matters only while the no-shows it forgave could count.
        let forgotten = i64::from(self.no_show_policy().look_back_days()) * 86_400;
        sqlx::query("DELETE FROM no_show_lifts WHERE at < $1").bind(now - forgotten).execute(bookings).await?;
        Ok(Purged { idempotency_rows: idempotency.rows_affected(), appointments: appointments.rows_affected(), staff_sessions: sessions.rows_affected() })
    }

    /// Masks ID- and mobile-shaped numbers in feedback comments stored before comments were
    /// masked on the way in (new ones are masked before they are stored). Idempotent.
    pub async fn mask_stored_comments(&self) -> Result<u64, StoreError> {
        let bookings = self.bookings();
        let rows: Vec<(String, String)> = sqlx::query_as("SELECT number, comment FROM feedback WHERE comment IS NOT NULL").fetch_all(bookings).await?;
        let mut changed = 0;
        for (number, comment) in rows {
            let masked = hall_model::identity::mask_identifiers_in_text(&comment);
            if masked != comment {
                sqlx::query("UPDATE feedback SET comment = $1 WHERE number = $2").bind(masked).bind(number).execute(bookings).await?;
                changed += 1;
            }
        }
        Ok(changed)
    }
}
