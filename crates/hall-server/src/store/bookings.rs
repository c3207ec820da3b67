//! Appointments in the bookings database. Every rule that two simultaneous requests could
//! break is enforced by the database inside one write transaction, never by a read
//! followed by a write:
//! - capacity: `UPDATE slot_places SET taken = taken + 1 WHERE … AND taken < capacity`
//!   (and a CHECK constraint behind it);
//! - one booking per person, item and day: a partial unique index;
//! - the cap per person: counted inside the same write transaction, which SQLite
//!   serialises (a transaction's first statement is a write, so it holds the write lock)
//!   and PostgreSQL under [`dialect::lock_person`];
//! - an idempotency key: claimed as the transaction's first write.

use hall_model::appointments::{CheckedBooking, day_slots};
use hall_model::identity::{DocumentType, mask_document, mask_mobile};
use hall_model::records::{HallRecord, ItemSummaryRecord};
use hall_model::{Appointment, AppointmentStatus, Booking, Date, HallSlots, Lang, Slot, SlotDay};
use sqlx::{Any, Transaction};

use super::catalogue::{hall_record, item_summary};
use super::db::BookingsPool;
use super::dialect::{self, is_primary_key_violation, is_unique_violation};
use super::secrets::{new_reference, new_token, same, sha256_hex};
use super::{Conflict, Missing, Store, StoreError};

/// Upcoming appointments one person may hold at once, across all halls and items.
pub const MAX_BOOKED_PER_PERSON: i64 = 3;

/// What the booking rules need to know about a hall and an item.
struct Bookable {
    hall: HallRecord,
    item: ItemSummaryRecord,
    /// Windows serving the item (at least one when the hall offers it).
    windows: u32,
}

async fn bookable(store: &Store, hall_code: &str, item_code: &str) -> Result<Bookable, StoreError> {
    let hall = hall_record(store.catalogue(), hall_code).await?;
    let item = item_summary(store.catalogue(), item_code).await?;
    let offered: Option<i64> = sqlx::query_scalar("SELECT 1 FROM hall_items WHERE hall_code = $1 AND item_code = $2")
        .bind(hall_code)
        .bind(item_code)
        .fetch_optional(store.catalogue())
        .await?;
    if offered.is_none() {
        return Err(StoreError::not_found(Missing::ItemAtHall, format!("hall {hall_code} does not offer item {item_code}")));
    }
    if !hall.services.appointments {
        return Err(StoreError::conflict(Conflict::HallNotBookable, format!("hall {hall_code} takes no appointments")));
    }
    let serving = hall.windows.iter().filter(|w| w.items.iter().any(|i| i == item_code)).count() as u32;
    Ok(Bookable { windows: serving.max(1), hall, item })
}

/// The days a booking can be made for: tomorrow to `days_ahead` days from today.
fn window(store: &Store) -> (Date, Date) {
    let today = store.today();
    (today.add_days(1), today.add_days(store.policy().days_ahead as i32))
}

impl Store {
    /// The slots of `days` days from `from` (default: the first bookable day), each with the
    /// places left.
    pub async fn slots(&self, hall_code: &str, item_code: &str, from: Option<Date>, days: Option<u32>) -> Result<HallSlots, StoreError> {
        let b = bookable(self, hall_code, item_code).await?;
        let (first, last) = window(self);
        let from = from.unwrap_or(first).max(first);
        let days = days.unwrap_or(self.policy().days_ahead).min(self.policy().days_ahead);
        let until = from.add_days(days as i32 - 1).min(last);
        // A slot's row, once it exists, holds its places (set by the first booking from the
        // windows serving the item, or by staff since): bookings are counted against it.
        let taken: Vec<(String, String, i64, i64)> =
            sqlx::query_as("SELECT date, start, taken, capacity FROM slot_places WHERE hall_code = $1 AND item_code = $2 AND date BETWEEN $3 AND $4")
                .bind(hall_code)
                .bind(item_code)
                .bind(from.to_string())
                .bind(until.to_string())
                .fetch_all(self.bookings())
                .await?;
        let closed: Vec<(String, Option<String>, Option<String>)> =
            sqlx::query_as("SELECT date, start, end_time FROM hall_closures WHERE hall_code = $1 AND date BETWEEN $2 AND $3")
                .bind(hall_code)
                .bind(from.to_string())
                .bind(until.to_string())
                .fetch_all(self.bookings())
                .await?;
        let mut out = Vec::new();
        let mut date = from;
        let calendar = self.calendar();
        while date <= until {
            let generated = day_slots(&b.hall.opening_hours, &calendar, date, self.policy(), b.windows);
            let holiday = calendar.holidays.contains(&date) || calendar.working_weekends.contains(&date);
            let unpublished = !calendar.knows(date);
            let day = date.to_string();
            let slots = generated
                .unwrap_or_default()
                .into_iter()
                .filter(|(start, end, _)| {
                    !closed.iter().any(|(d, from, until)| *d == day && hall_model::console::overlaps_closure(start, end, from.as_deref(), until.as_deref()))
                })
                .map(|(start, end, generated)| {
                    let row = taken.iter().find(|(d, s, _, _)| *d == day && *s == start);
                    let (used, capacity) = row.map_or((0, generated), |(_, _, t, c)| (*t as u32, *c as u32));
                    Slot { start, end, capacity, remaining: capacity.saturating_sub(used) }
                })
                // No places left when the one window serving it closed.
                .filter(|slot| slot.capacity > 0)
                .collect::<Vec<_>>();
            out.push(SlotDay { date, weekday: date.weekday(), open: !slots.is_empty(), holiday, unpublished, slots });
            date = date.add_days(1);
        }
        Ok(HallSlots { hall_code: hall_code.to_owned(), item_code: item_code.to_owned(), days: out })
    }
}

/// The slot `start` on `date` with its end and capacity, if the hall offers it.
/// The slots `hall_code` offers for `item_code` on `date` (a bookable day), as the windows
/// serving the item make them: `(start, end, places)`. For staff changing the places.
/// `any_day`: also today and days past the booking window (a window closing today).
pub(super) async fn generated_slots(
    store: &Store,
    hall_code: &str,
    item_code: &str,
    date: Date,
    any_day: bool,
) -> Result<Vec<(String, String, u32)>, StoreError> {
    let b = bookable(store, hall_code, item_code).await?;
    let (first, last) = window(store);
    if !any_day && (date < first || date > last) {
        return Err(StoreError::invalid("date", format!("a bookable day, {first} to {last}")));
    }
    Ok(day_slots(&b.hall.opening_hours, &store.calendar(), date, store.policy(), b.windows).unwrap_or_default())
}

fn find_slot(store: &Store, b: &Bookable, date: Date, start: &str) -> Result<(String, u32), StoreError> {
    let (first, last) = window(store);
    let not_found = || StoreError::not_found(Missing::Slot, format!("no bookable slot at {start} on {date}"));
    if date < first || date > last {
        return Err(not_found());
    }
    day_slots(&b.hall.opening_hours, &store.calendar(), date, store.policy(), b.windows)
        .and_then(|slots| slots.into_iter().find(|(s, _, _)| s == start))
        .map(|(_, end, capacity)| (end, capacity))
        .ok_or_else(not_found)
}

/// Fails with `slot_not_found` when the hall is closed at that time (a closure saved since
/// the slots were shown). Inside the booking's transaction, after the hall-day's lock, so
/// a booking and a closure saved at the same moment never leave an appointment in a closed
/// span: SQLite runs them one after the other, PostgreSQL under [`dialect::lock_person`]'s
/// advisory lock on the hall and day, which the closure takes too.
async fn refuse_if_closed(store: &Store, tx: &mut Transaction<'_, Any>, hall: &str, date: Date, start: &str, end: &str) -> Result<(), StoreError> {
    dialect::lock_person(store.backend(), tx, &super::staff::hall_day_lock(hall, date)).await?;
    let spans: Vec<(Option<String>, Option<String>)> = sqlx::query_as("SELECT start, end_time FROM hall_closures WHERE hall_code = $1 AND date = $2")
        .bind(hall)
        .bind(date.to_string())
        .fetch_all(&mut **tx)
        .await?;
    if spans.iter().any(|(from, until)| hall_model::console::overlaps_closure(start, end, from.as_deref(), until.as_deref())) {
        return Err(StoreError::not_found(Missing::Slot, format!("the hall is closed at {start} on {date}")));
    }
    Ok(())
}

/// Takes one place of a slot, or fails with `slot_taken`; the transaction's first write.
async fn take_place(tx: &mut Transaction<'_, Any>, hall: &str, item: &str, date: Date, start: &str, capacity: u32) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO slot_places (hall_code, item_code, date, start, capacity) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
        .bind(hall)
        .bind(item)
        .bind(date.to_string())
        .bind(start)
        .bind(i64::from(capacity))
        .execute(&mut **tx)
        .await?;
    let taken =
        sqlx::query("UPDATE slot_places SET taken = taken + 1 WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4 AND taken < capacity")
            .bind(hall)
            .bind(item)
            .bind(date.to_string())
            .bind(start)
            .execute(&mut **tx)
            .await?;
    if taken.rows_affected() == 0 {
        return Err(StoreError::conflict(Conflict::SlotTaken, format!("no place left at {start} on {date}")));
    }
    Ok(())
}

pub(super) async fn release_place(tx: &mut Transaction<'_, Any>, hall: &str, item: &str, date: &str, start: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE slot_places SET taken = taken - 1 WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4 AND taken > 0")
        .bind(hall)
        .bind(item)
        .bind(date)
        .bind(start)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Whether a unique violation is a reference that exists already.
fn is_reference_taken(error: &sqlx::Error) -> bool {
    is_primary_key_violation(error, "appointments", "reference")
}

/// How long an `Idempotency-Key` is remembered: a retry (the app's automatic resend, a
/// citizen pressing the button again) comes within minutes; a day is generous. After
/// that the row is purged ([`crate::retention`]) and the key is new again.
pub const IDEMPOTENCY_TTL_SECONDS: i64 = 24 * 3600;

/// What a booking's `Idempotency-Key` is bound to: the key as sent, and the request in
/// its canonical form (fields normalised as they are booked). The store keeps only a
/// keyed hash of the request.
#[derive(Debug, Clone, Copy)]
pub struct Idempotency<'a> {
    pub key: &'a str,
    pub canonical_request: &'a str,
}

impl Store {
    /// Books a checked request; `true` with the answer when it is a replay. With an
    /// idempotency key, every request with that key gets the first one's answer and books
    /// nothing more, even when they overlap: the key is claimed as the write transaction's
    /// first statement, so a twin waits for the first one to commit (SQLite's write lock,
    /// PostgreSQL's row lock on the key) and then replays its answer. A key used with
    /// another request is refused.
    pub async fn book(
        &self,
        hall_code: &str,
        item_code: &str,
        booking: &CheckedBooking,
        idempotency: Option<Idempotency<'_>>,
        lang: Lang,
    ) -> Result<(Booking, bool), StoreError> {
        // The stored hash is keyed, so it gives nothing away.
        let idempotency = idempotency.map(|i| (i.key, self.secrets().request_key(i.canonical_request)));
        let idempotency = idempotency.as_ref().map(|(key, hash)| (*key, hash.as_str()));
        if let Some((key, request_hash)) = idempotency
            && let Some(first) = replay(self, key, request_hash).await?
        {
            return Ok((first, true));
        }
        let b = bookable(self, hall_code, item_code).await?;
        let (end, capacity) = find_slot(self, &b, booking.date, &booking.start)?;
        // The person is their document: type and number (a number typed as a passport and as a
        // resident ID is two documents; the same document twice is one person).
        let person_key = self.secrets().document_key(booking.document_type, &booking.document_number);
        if let Some(from) = self.may_book_from(&person_key).await? {
            return Err(StoreError::conflict(Conflict::BookingSuspended(from), format!("too many missed appointments lately; bookable again from {from}")));
        }
        let token = new_token();
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        if let Some((key, request_hash)) = idempotency
            && !claim(&mut tx, key, request_hash).await?
        {
            // A twin with this key committed first: answer as it did.
            tx.rollback().await?;
            return match replay(self, key, request_hash).await? {
                Some(first) => Ok((first, true)),
                None => Err(StoreError::Unavailable("a request with this Idempotency-Key was in progress; retry".to_owned())),
            };
        }
        // The hall-day's lock before the slot's row, in the order closures take them (on
        // PostgreSQL; SQLite's writers take turns anyway): the other order deadlocks.
        dialect::lock_person(self.backend(), &mut tx, &super::staff::hall_day_lock(hall_code, booking.date)).await?;
        take_place(&mut tx, hall_code, item_code, booking.date, &booking.start, capacity).await?;
        refuse_if_closed(self, &mut tx, hall_code, booking.date, &booking.start, &end).await?;
        // Two bookings of one person in different slots must not both count 2 held.
        dialect::lock_person(self.backend(), &mut tx, &person_key).await?;
        let held: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM appointments WHERE person_key = $1 AND status = 'booked' AND attendance IS NULL AND date >= $2")
                .bind(&person_key)
                .bind(self.today().to_string())
                .fetch_one(&mut *tx)
                .await?;
        if held >= MAX_BOOKED_PER_PERSON {
            return Err(StoreError::conflict(Conflict::TooManyBookings, format!("at most {MAX_BOOKED_PER_PERSON} upcoming appointments per person")));
        }
        let mut reference = new_reference();
        for attempt in 0.. {
            let mut attempt_tx = dialect::savepoint(&mut tx).await?;
            let inserted = sqlx::query(
                "INSERT INTO appointments (reference, token_hash, status, hall_code, item_code, date, start, end_time, name,
             person_key, resident_id_masked, mobile_cipher, mobile_masked, created_at, document_type, on_behalf, agent_name)
             VALUES ($1, $2, 'booked', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
            )
            .bind(&reference)
            .bind(sha256_hex(token.as_bytes()))
            .bind(hall_code)
            .bind(item_code)
            .bind(booking.date.to_string())
            .bind(&booking.start)
            .bind(&end)
            .bind(&booking.name)
            .bind(&person_key)
            // The column holds the masked number of any document type.
            .bind(mask_document(booking.document_type, &booking.document_number))
            .bind(self.secrets().encrypt(booking.mobile.as_bytes()))
            .bind(mask_mobile(&booking.mobile))
            .bind(super::db::now())
            .bind(booking.document_type.as_str())
            .bind(i64::from(booking.agent_name.is_some()))
            .bind(booking.agent_name.as_deref().unwrap_or(""))
            .execute(&mut *attempt_tx)
            .await;
            match inserted {
                Ok(_) => {
                    attempt_tx.commit().await?;
                    break;
                }
                Err(e) if is_reference_taken(&e) && attempt < 5 => {
                    attempt_tx.rollback().await?;
                    reference = new_reference();
                }
                Err(e) if is_unique_violation(&e) => {
                    return Err(StoreError::conflict(Conflict::AlreadyBookedThatDay, "this person already has an appointment for this item that day"));
                }
                Err(e) => return Err(e.into()),
            }
        }
        let row: Row = sqlx::query_as("SELECT * FROM appointments WHERE reference = $1").bind(&reference).fetch_one(&mut *tx).await?;
        let appointment = appointment(row, &b.hall, &b.item, lang);
        let answer = Booking { appointment, manage_token: token };
        if let Some((key, _)) = idempotency {
            // The answer holds the manage token: sealed like the mobile number.
            let sealed = self.secrets().encrypt(serde_json::to_string(&answer)?.as_bytes());
            sqlx::query("UPDATE idempotency_keys SET response_cipher = $1 WHERE key = $2").bind(sealed).bind(key).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok((answer, false))
    }
}

/// Claims an idempotency key as the transaction's first write; `false` when a request
/// with the key committed first (this one waited for it). A row older than
/// [`IDEMPOTENCY_TTL_SECONDS`] that the purge has not reached yet no longer counts.
async fn claim(tx: &mut Transaction<'_, Any>, key: &str, request_hash: &str) -> Result<bool, StoreError> {
    let now = super::db::now();
    sqlx::query("DELETE FROM idempotency_keys WHERE key = $1 AND created_at < $2").bind(key).bind(now - IDEMPOTENCY_TTL_SECONDS).execute(&mut **tx).await?;
    let claimed =
        sqlx::query("INSERT INTO idempotency_keys (key, request_hash, response_cipher, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING")
            .bind(key)
            .bind(request_hash)
            .bind(Vec::<u8>::new())
            .bind(now)
            .execute(&mut **tx)
            .await?;
    Ok(claimed.rows_affected() == 1)
}

/// The first answer to an idempotency key, or `None` for a new (or expired) key.
async fn replay(store: &Store, key: &str, request_hash: &str) -> Result<Option<Booking>, StoreError> {
    let row: Option<(String, Vec<u8>)> = sqlx::query_as("SELECT request_hash, response_cipher FROM idempotency_keys WHERE key = $1 AND created_at >= $2")
        .bind(key)
        .bind(super::db::now() - IDEMPOTENCY_TTL_SECONDS)
        .fetch_optional(store.bookings())
        .await?;
    let Some((hash, sealed)) = row else {
        return Ok(None);
    };
    if !same(&hash, request_hash) {
        return Err(StoreError::conflict(Conflict::IdempotencyKeyReused, "this Idempotency-Key was used for a different request"));
    }
    let plain = store.secrets().decrypt(&sealed).ok_or_else(|| StoreError::Internal("stored answer does not decrypt".to_owned()))?;
    Ok(Some(serde_json::from_slice(&plain)?))
}

#[derive(sqlx::FromRow)]
struct Row {
    reference: String,
    token_hash: String,
    status: String,
    hall_code: String,
    item_code: String,
    date: String,
    start: String,
    end_time: String,
    name: String,
    /// The masked document number, of whichever type (the column's name is from before
    /// there were other documents).
    resident_id_masked: String,
    mobile_masked: String,
    document_type: String,
    on_behalf: i64,
    agent_name: String,
    cancelled_by_hall: i64,
    cancel_reason: String,
}

fn appointment(row: Row, hall: &HallRecord, item: &ItemSummaryRecord, lang: Lang) -> Appointment {
    let document_type = DocumentType::from_name(&row.document_type).unwrap_or_default();
    Appointment {
        lang,
        reference: row.reference,
        status: if row.status == "booked" { AppointmentStatus::Booked } else { AppointmentStatus::Cancelled },
        hall_code: row.hall_code,
        hall_name: hall.name.get(lang),
        hall_address: hall.address.get(lang),
        item_code: row.item_code,
        item_name: item.name.get(lang),
        date: Date::parse(&row.date).unwrap_or_else(|| Date::from_days_since_epoch(0)),
        start: row.start,
        end: row.end_time,
        name: row.name,
        mobile_masked: row.mobile_masked,
        resident_id_masked: if document_type == DocumentType::ResidentId { row.resident_id_masked.clone() } else { String::new() },
        document_type,
        document_masked: row.resident_id_masked,
        on_behalf: row.on_behalf != 0,
        // Erased with the other personal fields after the retention period.
        agent_name: (row.on_behalf != 0 && !row.agent_name.is_empty()).then_some(row.agent_name),
        cancelled_by_hall: (row.status == "cancelled" && row.cancelled_by_hall != 0).then_some(row.cancel_reason),
    }
}

/// The appointment with this reference, if `token` manages it. A wrong token and an
/// unknown reference get the same answer, so references cannot be probed.
async fn authorised(db: &BookingsPool, reference: &str, token: &str) -> Result<Row, StoreError> {
    let row: Option<Row> =
        sqlx::query_as("SELECT * FROM appointments WHERE reference = $1").bind(reference.trim().to_ascii_uppercase()).fetch_optional(db).await?;
    match row {
        Some(row) if same(&row.token_hash, &sha256_hex(token.trim().as_bytes())) => Ok(row),
        _ => Err(StoreError::not_found(Missing::Appointment, "no appointment with this reference and token")),
    }
}

async fn catalogue_names(store: &Store, row: &Row) -> Result<(HallRecord, ItemSummaryRecord), StoreError> {
    let hall = hall_record(store.catalogue(), &row.hall_code).await?;
    let item = item_summary(store.catalogue(), &row.item_code).await?;
    Ok((hall, item))
}

impl Store {
    /// The appointment with this reference, if `token` manages it. A wrong token and an
    /// unknown reference get the same answer.
    pub async fn appointment(&self, reference: &str, token: &str, lang: Lang) -> Result<Appointment, StoreError> {
        let row = authorised(self.bookings(), reference, token).await?;
        let (hall, item) = catalogue_names(self, &row).await?;
        Ok(appointment(row, &hall, &item, lang))
    }

    /// Cancels and frees the place. Cancelling twice is not an error: the answer is the same.
    pub async fn cancel(&self, reference: &str, token: &str, lang: Lang) -> Result<Appointment, StoreError> {
        let row = authorised(self.bookings(), reference, token).await?;
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        let cancelled = sqlx::query("UPDATE appointments SET status = 'cancelled' WHERE reference = $1 AND status = 'booked'")
            .bind(&row.reference)
            .execute(&mut *tx)
            .await?;
        if cancelled.rows_affected() == 1 {
            release_place(&mut tx, &row.hall_code, &row.item_code, &row.date, &row.start).await?;
        }
        tx.commit().await?;
        self.appointment(reference, token, lang).await
    }

    /// Moves the appointment to another slot in one transaction: the new place is taken
    /// first, and the old one released only if that succeeded.
    pub async fn reschedule(&self, reference: &str, token: &str, date: Date, start: &str, lang: Lang) -> Result<Appointment, StoreError> {
        let row = authorised(self.bookings(), reference, token).await?;
        if row.status != "booked" {
            return Err(StoreError::conflict(Conflict::AppointmentCancelled, "a cancelled appointment cannot be moved"));
        }
        if row.date == date.to_string() && row.start == start {
            return self.appointment(reference, token, lang).await;
        }
        let b = bookable(self, &row.hall_code, &row.item_code).await?;
        let (end, capacity) = find_slot(self, &b, date, start)?;
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        dialect::lock_person(self.backend(), &mut tx, &super::staff::hall_day_lock(&row.hall_code, date)).await?;
        take_place(&mut tx, &row.hall_code, &row.item_code, date, start, capacity).await?;
        refuse_if_closed(self, &mut tx, &row.hall_code, date, start, &end).await?;
        let moved =
            sqlx::query("UPDATE appointments SET date = $1, start = $2, end_time = $3 WHERE reference = $4 AND status = 'booked' AND date = $5 AND start = $6")
                .bind(date.to_string())
                .bind(start)
                .bind(&end)
                .bind(&row.reference)
                .bind(&row.date)
                .bind(&row.start)
                .execute(&mut *tx)
                .await;
        match moved {
            Ok(done) if done.rows_affected() == 1 => {}
            Ok(_) => {
                return Err(StoreError::conflict(Conflict::AppointmentCancelled, "the appointment changed meanwhile; look it up again"));
            }
            Err(e) if is_unique_violation(&e) => {
                return Err(StoreError::conflict(Conflict::AlreadyBookedThatDay, "this person already has an appointment for this item that day"));
            }
            Err(e) => return Err(e.into()),
        }
        release_place(&mut tx, &row.hall_code, &row.item_code, &row.date, &row.start).await?;
        tx.commit().await?;
        self.appointment(reference, token, lang).await
    }
}
