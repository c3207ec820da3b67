//! Staff accounts, their sessions, a hall's day of appointments as staff see it, what
//! they record about each, and the audit log of every staff write.
//!
//! - Passwords are kept only as argon2id PHC strings (argon2's defaults: 19 MiB, 2 passes),
//!   hashed off the async threads; an unknown login is checked against a dummy hash, so a
//!   login's existence cannot be timed.
//! - A session is a random token in an `HttpOnly` cookie, kept here as its SHA-256 with a
//!   CSRF token's SHA-256; it ends at an absolute expiry or after an idle time.
//! - A state change is one conditional `UPDATE … WHERE attendance IS <what the clerk saw>`
//!   with its audit row in the same transaction: of two clerks marking one appointment at
//!   once, one wins and the other is told the state it has now.

use std::collections::HashMap;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use hall_model::console::{AuditEntry, DayAppointment, DayCounts, DayState, HallDay, StaffRole, StaffScope, StateChange};
use hall_model::identity::DocumentType;
use hall_model::{Date, Lang};

use super::catalogue::{hall_record, item_summary};
use super::secrets::{new_token, random_bytes, sha256_hex};
use super::{Conflict, Missing, Store, StoreError};

/// How long a session lasts however busy it is, and how long it may sit unused.
pub const SESSION_ABSOLUTE_SECONDS: i64 = 12 * 3600;
pub const SESSION_IDLE_SECONDS: i64 = 30 * 60;
/// `last_seen` is written at most this often (not on every request).
const TOUCH_EVERY_SECONDS: i64 = 60;

/// An account as `hall-server staff list` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffAccount {
    pub login: String,
    pub scope: StaffScope,
    pub must_change_password: bool,
    pub disabled: bool,
    pub created_at: i64,
}

/// A live session: whose, what they may do, until when.
#[derive(Debug, Clone)]
pub struct StaffSession {
    pub login: String,
    pub scope: StaffScope,
    pub must_change_password: bool,
    pub expires_at: i64,
}

/// The CSRF token of the session whose cookie holds `token`: derived from it, so it is
/// never stored and a page of another site, which cannot read the cookie, cannot make it.
pub fn csrf_token(token: &str) -> String {
    sha256_hex(format!("hall-console-csrf:{token}").as_bytes())[..32].to_owned()
}

/// What a successful login gives: the cookie's token, the CSRF token and the session.
#[derive(Debug, Clone)]
pub struct Opened {
    pub token: String,
    pub csrf_token: String,
    pub session: StaffSession,
}

/// A login name: 3–40 of `a-z 0-9 . _ -`, starting with a letter or digit.
pub fn valid_login(login: &str) -> bool {
    (3..=40).contains(&login.len())
        && login.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'))
        && login.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
}

/// A one-time password: 16 characters of Crockford base32 in groups of 4 (80 bits), easy
/// to read out and type once.
fn one_time_password() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bytes: [u8; 16] = random_bytes();
    let chars: Vec<char> = bytes.iter().map(|b| ALPHABET[(*b & 31) as usize] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

async fn hash_password(password: String) -> Result<String, StoreError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::encode_b64(&random_bytes::<16>()).map_err(|e| StoreError::Internal(format!("salt: {e}")))?;
        argon2::Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| StoreError::Internal(format!("hash: {e}")))
    })
    .await
    .map_err(|e| StoreError::Internal(format!("hashing task: {e}")))?
}

/// Whether `password` is the one `stored` was made from (argon2's own constant-time
/// comparison). A stored value that does not parse matches nothing.
async fn verify_password(password: String, stored: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored).is_ok_and(|parsed| argon2::Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .unwrap_or(false)
}

/// A hash no password matches in practice, checked for a login that does not exist so
/// that it takes as long as a wrong password.
fn dummy_hash() -> String {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY
        .get_or_init(|| {
            let salt = SaltString::encode_b64(&random_bytes::<16>()).expect("16 bytes encode");
            argon2::Argon2::default().hash_password(new_token().as_bytes(), &salt).map(|h| h.to_string()).unwrap_or_default()
        })
        .clone()
}

type AccountRow = (String, String, String, String, Option<String>, i64, i64, i64);

fn account(row: AccountRow) -> Result<(StaffAccount, String), StoreError> {
    let (login, password_hash, role, halls, region, must_change, disabled, created_at) = row;
    let role = StaffRole::parse(&role).ok_or_else(|| StoreError::Internal(format!("account {login}: unknown role")))?;
    let halls: Vec<String> = serde_json::from_str(&halls)?;
    Ok((
        StaffAccount { login, scope: StaffScope { role, halls, region }, must_change_password: must_change != 0, disabled: disabled != 0, created_at },
        password_hash,
    ))
}

const ACCOUNT_COLUMNS: &str = "login, password_hash, role, halls, region, must_change_password, disabled, created_at";

impl Store {
    /// Adds an account and gives its one-time password (shown once; only its hash is kept).
    /// Its halls must exist; a region admin needs a region code, the others a hall each
    /// (a hotline operator needs neither: it reads every hall).
    pub async fn add_staff(&self, login: &str, scope: &StaffScope) -> Result<String, StoreError> {
        if !valid_login(login) {
            return Err(StoreError::invalid("login", "3–40 characters of a-z, 0-9, '.', '_' or '-'"));
        }
        match scope.role {
            StaffRole::RegionAdmin => {
                let region = scope.region.as_deref().ok_or_else(|| StoreError::invalid("region", "a region admin needs --region"))?;
                hall_model::RegionCode::parse(region).map_err(|e| StoreError::invalid("region", e.to_string()))?;
            }
            StaffRole::HotlineOperator => {}
            _ if scope.halls.is_empty() => return Err(StoreError::invalid("hall", "this role needs at least one --hall")),
            _ => {}
        }
        for hall in &scope.halls {
            hall_record(self.catalogue(), hall).await?;
        }
        let password = one_time_password();
        let hash = hash_password(password.clone()).await?;
        let _turn = self.write_turn().await;
        let added = sqlx::query(
            "INSERT INTO staff_accounts (login, password_hash, role, halls, region, must_change_password, disabled, created_at) VALUES ($1, $2, $3, $4, $5, 1, 0, $6)",
        )
        .bind(login)
        .bind(&hash)
        .bind(scope.role.as_str())
        .bind(serde_json::to_string(&scope.halls)?)
        .bind(scope.region.as_deref())
        .bind(super::db::now())
        .execute(self.bookings())
        .await;
        match added {
            Ok(_) => Ok(password),
            Err(e) if super::dialect::is_unique_violation(&e) => Err(StoreError::conflict(Conflict::StaffExists, format!("an account {login} exists"))),
            Err(e) => Err(e.into()),
        }
    }

    /// Every account, by login.
    pub async fn staff_accounts(&self) -> Result<Vec<StaffAccount>, StoreError> {
        let rows: Vec<AccountRow> = sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS} FROM staff_accounts ORDER BY login")).fetch_all(self.bookings()).await?;
        rows.into_iter().map(|r| account(r).map(|(a, _)| a)).collect()
    }

    /// Disables an account and ends all its sessions. The row stays: the audit log names it.
    pub async fn disable_staff(&self, login: &str) -> Result<(), StoreError> {
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        let done = sqlx::query("UPDATE staff_accounts SET disabled = 1 WHERE login = $1").bind(login).execute(&mut *tx).await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::not_found(Missing::StaffAccount, format!("no account {login}")));
        }
        sqlx::query("DELETE FROM staff_sessions WHERE login = $1").bind(login).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn account_row(&self, login: &str) -> Result<Option<(StaffAccount, String)>, StoreError> {
        let row: Option<AccountRow> =
            sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS} FROM staff_accounts WHERE login = $1")).bind(login).fetch_optional(self.bookings()).await?;
        row.map(account).transpose()
    }

    /// Opens a session for `login` if `password` is its password and the account is not
    /// disabled; every other case is the same `LoginFailed`, in the same time.
    pub async fn login(&self, login: &str, password: &str, now: i64) -> Result<Opened, StoreError> {
        let found = self.account_row(login).await?;
        let stored = found.as_ref().map_or_else(dummy_hash, |(_, hash)| hash.clone());
        let matches = verify_password(password.to_owned(), stored).await;
        let account = match found {
            Some((account, _)) if matches && !account.disabled => account,
            _ => return Err(StoreError::refused(super::Refusal::LoginFailed, "wrong login or password")),
        };
        let token = new_token();
        let csrf_token = csrf_token(&token);
        let expires_at = now + SESSION_ABSOLUTE_SECONDS;
        let _turn = self.write_turn().await;
        sqlx::query("INSERT INTO staff_sessions (token_hash, login, created_at, last_seen, expires_at) VALUES ($1, $2, $3, $3, $4)")
            .bind(sha256_hex(token.as_bytes()))
            .bind(&account.login)
            .bind(now)
            .bind(expires_at)
            .execute(self.bookings())
            .await?;
        let session = StaffSession { login: account.login, scope: account.scope, must_change_password: account.must_change_password, expires_at };
        Ok(Opened { token, csrf_token, session })
    }

    /// The live session of a cookie's `token`, or `SessionEnded` (none, expired, idle too
    /// long, or its account disabled). Notes the use, at most once a minute.
    pub async fn staff_session(&self, token: &str, now: i64) -> Result<StaffSession, StoreError> {
        let hash = sha256_hex(token.as_bytes());
        let row: Option<(String, i64, i64)> =
            sqlx::query_as("SELECT login, last_seen, expires_at FROM staff_sessions WHERE token_hash = $1").bind(&hash).fetch_optional(self.bookings()).await?;
        let ended = || StoreError::refused(super::Refusal::SessionEnded, "no session: sign in");
        let Some((login, last_seen, expires_at)) = row else { return Err(ended()) };
        let account = match self.account_row(&login).await? {
            Some((account, _)) if !account.disabled => account,
            _ => return Err(ended()),
        };
        if now >= expires_at || now - last_seen >= SESSION_IDLE_SECONDS {
            let _turn = self.write_turn().await;
            sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1").bind(&hash).execute(self.bookings()).await?;
            return Err(ended());
        }
        if now - last_seen >= TOUCH_EVERY_SECONDS {
            let _turn = self.write_turn().await;
            sqlx::query("UPDATE staff_sessions SET last_seen = $1 WHERE token_hash = $2").bind(now).bind(&hash).execute(self.bookings()).await?;
        }
        Ok(StaffSession { login: account.login, scope: account.scope, must_change_password: account.must_change_password, expires_at })
    }

    /// Ends one session (`token`), or every session of its account (`everywhere`).
    pub async fn logout(&self, token: &str, everywhere: bool) -> Result<(), StoreError> {
        let hash = sha256_hex(token.as_bytes());
        let _turn = self.write_turn().await;
        if everywhere {
            sqlx::query("DELETE FROM staff_sessions WHERE login = (SELECT login FROM staff_sessions WHERE token_hash = $1)")
                .bind(&hash)
                .execute(self.bookings())
                .await?;
        } else {
            sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1").bind(&hash).execute(self.bookings()).await?;
        }
        Ok(())
    }

    /// Changes the password of `login` if `current` is right; every other session of the
    /// account ends (whoever knew the old password is signed out).
    pub async fn change_password(&self, login: &str, token: &str, current: &str, new: &str) -> Result<(), StoreError> {
        let Some((_, stored)) = self.account_row(login).await? else {
            return Err(StoreError::refused(super::Refusal::SessionEnded, "no such account"));
        };
        if !verify_password(current.to_owned(), stored).await {
            return Err(StoreError::refused(super::Refusal::LoginFailed, "the current password is wrong"));
        }
        let hash = hash_password(new.to_owned()).await?;
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        sqlx::query("UPDATE staff_accounts SET password_hash = $1, must_change_password = 0 WHERE login = $2")
            .bind(&hash)
            .bind(login)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM staff_sessions WHERE login = $1 AND token_hash <> $2")
            .bind(login)
            .bind(sha256_hex(token.as_bytes()))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The hall `code` if `scope` covers it; a hall outside it is "not found", exactly as
    /// one that does not exist.
    pub async fn staff_hall(&self, scope: &StaffScope, code: &str) -> Result<hall_model::records::HallRecord, StoreError> {
        let hall = hall_record(self.catalogue(), code).await?;
        if !scope.covers(&hall.code, &hall.region) {
            return Err(StoreError::not_found(Missing::Hall, format!("no hall {code}")));
        }
        Ok(hall)
    }

    /// Every appointment at `hall_code` on `date`, by time, with personal data masked.
    pub async fn hall_day(&self, scope: &StaffScope, hall_code: &str, date: Date, lang: Lang) -> Result<HallDay, StoreError> {
        let hall = self.staff_hall(scope, hall_code).await?;
        let rows: Vec<DayRow> =
            sqlx::query_as(&format!("SELECT {DAY_COLUMNS} FROM appointments WHERE hall_code = $1 AND date = $2 ORDER BY start, created_at, reference"))
                .bind(&hall.code)
                .bind(date.to_string())
                .fetch_all(self.bookings())
                .await?;
        let mut names: HashMap<String, String> = HashMap::new();
        let mut appointments = Vec::with_capacity(rows.len());
        for row in rows {
            if !names.contains_key(&row.item_code) {
                let name = item_summary(self.catalogue(), &row.item_code).await.map_or_else(|_| row.item_code.clone(), |item| item.name.get(lang));
                names.insert(row.item_code.clone(), name);
            }
            let item_name = names[&row.item_code].clone();
            appointments.push(row.into_view(item_name)?);
        }
        Ok(HallDay { hall_code: hall.code, hall_name: hall.name.get(lang), date, counts: DayCounts::of(&appointments), appointments })
    }

    /// One appointment at a hall `scope` covers, by reference (typed, or read from the
    /// ticket's QR code); another hall's is "not found".
    pub async fn staff_appointment(&self, scope: &StaffScope, reference: &str, lang: Lang) -> Result<DayAppointment, StoreError> {
        let reference = reference.trim().to_ascii_uppercase();
        let row: Option<DayRow> =
            sqlx::query_as(&format!("SELECT {DAY_COLUMNS} FROM appointments WHERE reference = $1")).bind(&reference).fetch_optional(self.bookings()).await?;
        let missing = || StoreError::not_found(Missing::Appointment, "no such appointment at your halls");
        let row = row.ok_or_else(missing)?;
        let hall = hall_record(self.catalogue(), &row.hall_code).await.map_err(|_| missing())?;
        if !scope.covers(&hall.code, &hall.region) {
            return Err(missing());
        }
        let item_name = item_summary(self.catalogue(), &row.item_code).await.map_or_else(|_| row.item_code.clone(), |item| item.name.get(lang));
        row.into_view(item_name)
    }

    /// Moves an appointment from `change.from` to `change.to` for staff `login`, with its
    /// audit row, in one transaction; `StateChanged` (nothing written) if its state is no
    /// longer `from`.
    pub async fn change_day_state(
        &self,
        login: &str,
        scope: &StaffScope,
        reference: &str,
        change: &StateChange,
        now: i64,
        lang: Lang,
    ) -> Result<DayAppointment, StoreError> {
        if !scope.role.records_attendance() {
            return Err(StoreError::refused(super::Refusal::NotPermitted, "this role does not record attendance"));
        }
        let current = self.staff_appointment(scope, reference, lang).await?;
        if !change.from.may_become(change.to) {
            return Err(StoreError::conflict(Conflict::InvalidStateChange, format!("{} cannot become {}", change.from.as_str(), change.to.as_str())));
        }
        if let Some(window) = &change.window
            && (window.is_empty() || window.chars().count() > 20 || window.chars().any(char::is_control))
        {
            return Err(StoreError::invalid("window", "1–20 characters"));
        }
        let attendance = |state: DayState| match state {
            DayState::Arrived => Some("arrived"),
            DayState::Served => Some("served"),
            DayState::NoShow => Some("no_show"),
            _ => None,
        };
        let (from, to) = (attendance(change.from), attendance(change.to));
        let window = match change.to {
            DayState::Arrived | DayState::Served => change.window.clone().or(current.window.clone()),
            _ => None,
        };
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        // `attendance IS $n` is true for NULL = NULL on SQLite; PostgreSQL needs
        // `IS NOT DISTINCT FROM`, which SQLite also reads: one statement for both.
        let moved = sqlx::query(
            "UPDATE appointments SET attendance = $1, attendance_window = $2, attendance_at = $3, attendance_by = $4
             WHERE reference = $5 AND status = 'booked' AND attendance IS NOT DISTINCT FROM $6",
        )
        .bind(to)
        .bind(window.as_deref())
        .bind(now)
        .bind(login)
        .bind(&current.reference)
        .bind(from)
        .execute(&mut *tx)
        .await?;
        if moved.rows_affected() != 1 {
            drop(tx);
            let now_is = self.staff_appointment(scope, reference, lang).await?;
            return Err(StoreError::conflict(Conflict::StateChanged(now_is.state), format!("the appointment is {} now", now_is.state.as_str())));
        }
        audit(&mut tx, now, login, &current.hall_code, "appointment.state", &current.reference, change.from.as_str(), change.to.as_str()).await?;
        tx.commit().await?;
        self.staff_appointment(scope, reference, lang).await
    }

    /// The first day the person `person_key` may book online again, if they may not today
    /// (`NoShowPolicy`). Their no-shows change only by staff and the marking job, never by
    /// a booking, so this is read before the booking's write transaction.
    pub(super) async fn may_book_from(&self, person_key: &str) -> Result<Option<Date>, StoreError> {
        let policy = *self.no_show_policy();
        let today = self.today();
        let since = today.add_days(-(policy.look_back_days() as i32)).to_string();
        let dates: Vec<String> =
            sqlx::query_scalar("SELECT date FROM appointments WHERE person_key = $1 AND attendance = 'no_show' AND status = 'booked' AND date >= $2")
                .bind(person_key)
                .bind(since)
                .fetch_all(self.bookings())
                .await?;
        let lifted: Option<String> =
            sqlx::query_scalar("SELECT lifted_on FROM no_show_lifts WHERE person_key = $1").bind(person_key).fetch_optional(self.bookings()).await?;
        let dates: Vec<Date> = dates.iter().filter_map(|d| Date::parse(d)).collect();
        Ok(policy.may_book_from(&dates, lifted.as_deref().and_then(Date::parse), today))
    }

    /// Marks as no-shows the appointments nobody checked in by `mark_after_minutes` after
    /// their slot ended (Beijing time), each with an audit row by `system`; gives how many.
    /// Safe to run on N servers at once: each change is conditional on the appointment still
    /// being only booked, so a clerk's check-in at the same moment wins or is refused cleanly.
    pub async fn mark_no_shows(&self, now: i64) -> Result<u64, StoreError> {
        let policy = *self.no_show_policy();
        let today = Date::in_china(now);
        let due: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT reference, hall_code, date, end_time FROM appointments WHERE status = 'booked' AND attendance IS NULL AND date <= $1 AND date >= $2",
        )
        .bind(today.to_string())
        .bind(today.add_days(-(policy.look_back_days() as i32)).to_string())
        .fetch_all(self.bookings())
        .await?;
        let ended = |date: &str, end: &str| -> bool {
            let (Some(date), Some((h, m))) = (Date::parse(date), end.split_once(':')) else { return false };
            let minutes = h.parse::<i64>().unwrap_or(24) * 60 + m.parse::<i64>().unwrap_or(0);
            let ends_at = i64::from(date.days_since_epoch()) * 86_400 + minutes * 60 - 8 * 3600;
            now >= ends_at + i64::from(policy.mark_after_minutes) * 60
        };
        let mut marked = 0;
        for (reference, hall_code, _, _) in due.into_iter().filter(|(_, _, date, end)| ended(date, end)) {
            let _turn = self.write_turn().await;
            let mut tx = self.bookings().begin().await?;
            let done = sqlx::query(
                "UPDATE appointments SET attendance = 'no_show', attendance_at = $1, attendance_by = 'system' WHERE reference = $2 AND status = 'booked' AND attendance IS NULL",
            )
            .bind(now)
            .bind(&reference)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 1 {
                audit(&mut tx, now, "system", &hall_code, "appointment.state", &reference, "booked", "no_show").await?;
                marked += 1;
            }
            tx.commit().await?;
        }
        Ok(marked)
    }

    /// Lifts the no-show suspension of the person who made appointment `reference` (at a
    /// hall the admin's scope covers): their no-shows until today no longer count. Audited.
    pub async fn lift_suspension(&self, login: &str, scope: &StaffScope, reference: &str, now: i64) -> Result<(), StoreError> {
        if !scope.role.reads_audit() {
            return Err(StoreError::refused(super::Refusal::NotPermitted, "only hall and region admins lift a suspension"));
        }
        let appointment = self.staff_appointment(scope, reference, Lang::REFERENCE).await?;
        let person_key: String =
            sqlx::query_scalar("SELECT person_key FROM appointments WHERE reference = $1").bind(&appointment.reference).fetch_one(self.bookings()).await?;
        let today = Date::in_china(now).to_string();
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        sqlx::query(
            "INSERT INTO no_show_lifts (person_key, lifted_on, login, at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (person_key) DO UPDATE SET lifted_on = excluded.lifted_on, login = excluded.login, at = excluded.at",
        )
        .bind(&person_key)
        .bind(&today)
        .bind(login)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, now, login, &appointment.hall_code, "no_show.lift", &appointment.reference, "suspended", &format!("lifted on {today}")).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Closes `hall_code` on `closure.date` (from `start` to `end`, or the whole day) for
    /// `closure.reason`: in one transaction the closure is saved, every booked appointment
    /// in the span not yet attended is cancelled by the hall with the reason and its place
    /// given back, and each is audited. Hall and region admins only. Nothing is deleted.
    pub async fn close_hall(
        &self,
        login: &str,
        scope: &StaffScope,
        hall_code: &str,
        closure: &hall_model::NewClosure,
        now: i64,
    ) -> Result<hall_model::ClosureDone, StoreError> {
        if !scope.role.reads_audit() {
            return Err(StoreError::refused(super::Refusal::NotPermitted, "only hall and region admins close a hall"));
        }
        let hall = self.staff_hall(scope, hall_code).await?;
        let reason = closure.reason.trim();
        if reason.is_empty() || reason.chars().count() > 200 {
            return Err(StoreError::invalid("reason", "1–200 characters: the citizens affected read it"));
        }
        let time = |t: &Option<String>, field: &'static str| -> Result<Option<String>, StoreError> {
            match t.as_deref() {
                None => Ok(None),
                Some(text)
                    if text.len() == 5
                        && text.as_bytes()[2] == b':'
                        && text[..2].parse::<u8>().is_ok_and(|h| h < 24)
                        && text[3..].parse::<u8>().is_ok_and(|m| m < 60) =>
                {
                    Ok(Some(text.to_owned()))
                }
                Some(_) => Err(StoreError::invalid(field, "HH:MM")),
            }
        };
        let (start, end) = (time(&closure.start, "start")?, time(&closure.end, "end")?);
        if let (Some(s), Some(e)) = (&start, &end)
            && s >= e
        {
            return Err(StoreError::invalid("end", "after start"));
        }
        if let Some(number) = closure.window.as_deref() {
            return self.close_window(login, &hall, number, closure.date, (start, end), reason, now).await;
        }
        let date = closure.date.to_string();
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        super::dialect::lock_person(self.backend(), &mut tx, &hall_day_lock(&hall.code, closure.date)).await?;
        sqlx::query("INSERT INTO hall_closures (hall_code, date, start, end_time, reason, login, at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(&hall.code)
            .bind(&date)
            .bind(start.as_deref())
            .bind(end.as_deref())
            .bind(reason)
            .bind(login)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        let booked: Vec<(String, String, String, String)> =
            sqlx::query_as("SELECT reference, item_code, start, end_time FROM appointments WHERE hall_code = $1 AND date = $2 AND status = 'booked' AND attendance IS NULL ORDER BY start")
                .bind(&hall.code)
                .bind(&date)
                .fetch_all(&mut *tx)
                .await?;
        let mut cancelled = Vec::new();
        for (reference, item_code, slot_start, slot_end) in booked {
            if !hall_model::console::overlaps_closure(&slot_start, &slot_end, start.as_deref(), end.as_deref()) {
                continue;
            }
            cancel_by_hall(&mut tx, (now, login), &hall.code, (&item_code, &date, &slot_start), &reference, reason).await?;
            cancelled.push(reference);
        }
        let span = format!("{date} {}–{}: {reason}", start.as_deref().unwrap_or(""), end.as_deref().unwrap_or(""));
        audit(&mut tx, now, login, &hall.code, "hall.close", &hall.code, "open", &span).await?;
        tx.commit().await?;
        Ok(hall_model::ClosureDone { cancelled })
    }

    /// One window closes for a span: every item it serves loses its share of places
    /// (`places_per_window`) in each slot of the span. Each slot's row is locked first (a
    /// no-op UPDATE), so a booking racing the closure waits and then meets the new places;
    /// appointments that no longer fit are cancelled by the hall with the reason, the last
    /// booked first, their places given back. Attended ones keep theirs.
    #[allow(clippy::too_many_arguments)]
    async fn close_window(
        &self,
        login: &str,
        hall: &hall_model::records::HallRecord,
        number: &str,
        date: Date,
        (start, end): (Option<String>, Option<String>),
        reason: &str,
        now: i64,
    ) -> Result<hall_model::ClosureDone, StoreError> {
        let Some(window) = hall.windows.iter().find(|w| w.number == number) else {
            return Err(StoreError::invalid("window", "not a window of this hall"));
        };
        let share = i64::from(self.policy().places_per_window);
        let day = date.to_string();
        let mut slots = Vec::new();
        for item in &window.items {
            // An item the hall lists at the window but does not take bookings for has no slots.
            let Ok(generated) = super::bookings::generated_slots(self, &hall.code, item, date, true).await else {
                continue;
            };
            for (slot_start, slot_end, places) in generated {
                if hall_model::console::overlaps_closure(&slot_start, &slot_end, start.as_deref(), end.as_deref()) {
                    slots.push((item.clone(), slot_start, places));
                }
            }
        }
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        super::dialect::lock_person(self.backend(), &mut tx, &hall_day_lock(&hall.code, date)).await?;
        let mut cancelled = Vec::new();
        for (item, slot_start, places) in slots {
            sqlx::query("INSERT INTO slot_places (hall_code, item_code, date, start, capacity) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
                .bind(&hall.code)
                .bind(&item)
                .bind(&day)
                .bind(&slot_start)
                .bind(i64::from(places))
                .execute(&mut *tx)
                .await?;
            let (capacity, taken): (i64, i64) = sqlx::query_as(
                "UPDATE slot_places SET capacity = capacity WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4 RETURNING capacity, taken",
            )
            .bind(&hall.code)
            .bind(&item)
            .bind(&day)
            .bind(&slot_start)
            .fetch_one(&mut *tx)
            .await?;
            let left = (capacity - share).max(0);
            let mut holding = taken;
            if taken > left {
                let over: Vec<String> = sqlx::query_scalar(
                    "SELECT reference FROM appointments WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4 AND status = 'booked' AND attendance IS NULL
                     ORDER BY created_at DESC, reference DESC LIMIT $5",
                )
                .bind(&hall.code)
                .bind(&item)
                .bind(&day)
                .bind(&slot_start)
                .bind(taken - left)
                .fetch_all(&mut *tx)
                .await?;
                for reference in over {
                    cancel_by_hall(&mut tx, (now, login), &hall.code, (&item, &day, &slot_start), &reference, reason).await?;
                    cancelled.push(reference);
                    holding -= 1;
                }
            }
            sqlx::query("UPDATE slot_places SET capacity = $5 WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4")
                .bind(&hall.code)
                .bind(&item)
                .bind(&day)
                .bind(&slot_start)
                .bind(left.max(holding))
                .execute(&mut *tx)
                .await?;
        }
        let span = format!("{day} {}–{}: {reason}", start.as_deref().unwrap_or(""), end.as_deref().unwrap_or(""));
        audit(&mut tx, now, login, &hall.code, "window.close", number, "open", &span).await?;
        tx.commit().await?;
        Ok(hall_model::ClosureDone { cancelled })
    }

    /// The newest `limit` audit entries of a hall, for its admins.
    pub async fn hall_audit(&self, scope: &StaffScope, hall_code: &str, limit: u32) -> Result<Vec<AuditEntry>, StoreError> {
        if !scope.role.reads_audit() {
            return Err(StoreError::refused(super::Refusal::NotPermitted, "only hall and region admins read the audit log"));
        }
        let hall = self.staff_hall(scope, hall_code).await?;
        let rows: Vec<(i64, String, String, String, String, String, String)> =
            sqlx::query_as("SELECT at, login, hall_code, action, target, before, after FROM audit_log WHERE hall_code = $1 OR hall_code = '*' ORDER BY at DESC, id DESC LIMIT $2")
                .bind(&hall.code)
                .bind(i64::from(limit))
                .fetch_all(self.bookings())
                .await?;
        Ok(rows
            .into_iter()
            .map(|(at, login, hall_code, action, target, before, after)| AuditEntry { at, login, hall_code, action, target, before, after })
            .collect())
    }
}

/// The advisory-lock key a booking and a closure of one hall and day share (PostgreSQL).
pub(super) fn hall_day_lock(hall: &str, date: Date) -> String {
    format!("hall-day:{hall}:{date}")
}

impl Store {
    /// Sets the places of an item's slots on a future day (one slot, or all of the day),
    /// for hall and region admins. Never below what is booked: each slot's row is changed
    /// by one conditional UPDATE (`taken <= places`), which a booking racing it either
    /// precedes (and the change is refused with the count) or follows (and finds the new
    /// places); all the day's slots change, or none. Audited per slot.
    pub async fn set_capacity(
        &self,
        login: &str,
        scope: &StaffScope,
        hall_code: &str,
        change: &hall_model::console::CapacityChange,
        now: i64,
    ) -> Result<Vec<hall_model::Slot>, StoreError> {
        if !scope.role.reads_audit() {
            return Err(StoreError::refused(super::Refusal::NotPermitted, "only hall and region admins change capacity"));
        }
        let hall = self.staff_hall(scope, hall_code).await?;
        if change.capacity == 0 || change.capacity > hall_model::console::MAX_SLOT_CAPACITY {
            return Err(StoreError::invalid("capacity", format!("1 to {} (a closure takes a slot away)", hall_model::console::MAX_SLOT_CAPACITY)));
        }
        let generated = super::bookings::generated_slots(self, &hall.code, &change.item_code, change.date, false).await?;
        let chosen: Vec<_> = generated.iter().filter(|(start, _, _)| change.start.as_deref().is_none_or(|s| s == start)).collect();
        if chosen.is_empty() {
            return Err(StoreError::not_found(Missing::Slot, format!("no slot {} on {}", change.start.as_deref().unwrap_or("(any)"), change.date)));
        }
        let date = change.date.to_string();
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        for (start, _, places) in &chosen {
            sqlx::query("INSERT INTO slot_places (hall_code, item_code, date, start, capacity) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
                .bind(&hall.code)
                .bind(&change.item_code)
                .bind(&date)
                .bind(start)
                .bind(i64::from(*places))
                .execute(&mut *tx)
                .await?;
            let before: i64 = sqlx::query_scalar("SELECT capacity FROM slot_places WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4")
                .bind(&hall.code)
                .bind(&change.item_code)
                .bind(&date)
                .bind(start)
                .fetch_one(&mut *tx)
                .await?;
            let changed =
                sqlx::query("UPDATE slot_places SET capacity = $5 WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4 AND taken <= $5")
                    .bind(&hall.code)
                    .bind(&change.item_code)
                    .bind(&date)
                    .bind(start)
                    .bind(i64::from(change.capacity))
                    .execute(&mut *tx)
                    .await?;
            if changed.rows_affected() == 0 {
                let booked: i64 = sqlx::query_scalar("SELECT taken FROM slot_places WHERE hall_code = $1 AND item_code = $2 AND date = $3 AND start = $4")
                    .bind(&hall.code)
                    .bind(&change.item_code)
                    .bind(&date)
                    .bind(start)
                    .fetch_one(&mut *tx)
                    .await?;
                return Err(StoreError::conflict(
                    Conflict::CapacityBelowBooked { start: start.clone(), booked: booked as u32 },
                    format!("{booked} booked at {start} on {date}: more than {} places", change.capacity),
                ));
            }
            let target = format!("{} {date} {start}", change.item_code);
            audit(&mut tx, now, login, &hall.code, "slot.capacity", &target, &before.to_string(), &change.capacity.to_string()).await?;
        }
        tx.commit().await?;
        let day = self.slots(&hall.code, &change.item_code, Some(change.date), Some(1)).await?;
        Ok(day.days.into_iter().next().map(|d| d.slots).unwrap_or_default())
    }
}

impl Store {
    /// Region admins: a holiday calendar file, checked as `hall-server calendar import`
    /// checks it, with the booked appointments on the days it would close (open now,
    /// closed under it); saved when `save` (and used by this server at once, by others
    /// within 30 s), audited for every hall (`*`). Nothing is cancelled: the list is for
    /// the halls to close those days with a reason, which tells each citizen.
    pub async fn import_calendar(
        &self,
        login: &str,
        scope: &StaffScope,
        import: &hall_model::console::CalendarImport,
        now: i64,
    ) -> Result<hall_model::console::CalendarPreview, StoreError> {
        if scope.role != StaffRole::RegionAdmin {
            return Err(StoreError::refused(super::Refusal::NotPermitted, "only region admins import the holiday calendar"));
        }
        if import.text.chars().count() > hall_model::console::MAX_CALENDAR_CHARS {
            return Err(StoreError::invalid("text", format!("at most {} characters: import a year or two at a time", hall_model::console::MAX_CALENDAR_CHARS)));
        }
        let notices = crate::holiday_calendar::parse(&import.text).map_err(|problems| StoreError::invalid("text", problems))?;
        let years: Vec<i32> = notices.iter().map(|n| n.year).collect();
        let current = self.calendar();
        let mut all = super::calendar::notices(self.bookings()).await?;
        all.retain(|n| !years.contains(&n.year));
        all.extend(notices.iter().cloned());
        let next = hall_model::HolidayCalendar::from_notices(&all);
        let today = self.today();
        let rows: Vec<(String, String, String, String)> =
            sqlx::query_as("SELECT reference, hall_code, date, start FROM appointments WHERE status = 'booked' AND attendance IS NULL AND date >= $1 ORDER BY date, start, reference")
                .bind(today.to_string())
                .fetch_all(self.bookings())
                .await?;
        let mut halls: HashMap<String, Option<hall_model::records::HallRecord>> = HashMap::new();
        let (mut affected, mut total) = (Vec::new(), 0u32);
        for (reference, hall_code, date, start) in rows {
            let Some(date) = Date::parse(&date) else { continue };
            if !years.contains(&date.ymd().0) {
                continue;
            }
            if !halls.contains_key(&hall_code) {
                let hall = hall_record(self.catalogue(), &hall_code).await.ok();
                halls.insert(hall_code.clone(), hall);
            }
            let Some(Some(hall)) = halls.get(&hall_code) else { continue };
            let open: Vec<u8> = hall.opening_hours.iter().flat_map(|h| h.weekdays.iter().copied()).collect();
            if current.hours_weekday(date, &open).is_some() && next.hours_weekday(date, &open).is_none() {
                total += 1;
                if scope.covers(&hall.code, &hall.region) {
                    affected.push(hall_model::console::AffectedAppointment { reference, hall_code, date, start });
                }
            }
        }
        if import.save {
            super::calendar::import(self.bookings(), &notices).await?;
            let mut tx = self.bookings().begin().await?;
            let list = years.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
            audit(&mut tx, now, login, "*", "calendar.import", &list, "", &format!("{total} booked on days it closes")).await?;
            tx.commit().await?;
            self.reload_calendar().await?;
        }
        Ok(hall_model::console::CalendarPreview { years, notices, affected_total: total, affected, saved: import.save })
    }
}

impl Store {
    /// The accounts working at `hall_code` (window staff and hall admins listing it), for
    /// its hall and region admins.
    pub async fn hall_staff(&self, scope: &StaffScope, hall_code: &str) -> Result<hall_model::console::HallStaff, StoreError> {
        if !scope.role.reads_audit() {
            return Err(StoreError::refused(super::Refusal::NotPermitted, "only hall and region admins manage staff"));
        }
        let hall = self.staff_hall(scope, hall_code).await?;
        let members = self
            .staff_accounts()
            .await?
            .into_iter()
            .filter(|a| a.scope.halls.contains(&hall.code))
            .map(|a| hall_model::console::StaffMember {
                login: a.login,
                role: a.scope.role,
                must_change_password: a.must_change_password,
                disabled: a.disabled,
            })
            .collect();
        Ok(hall_model::console::HallStaff { members })
    }

    /// A hall admin opens an account at their hall (window staff or hall admin, that hall
    /// only); its one-time password is answered once. Audited.
    pub async fn add_hall_staff(
        &self,
        by: &str,
        scope: &StaffScope,
        hall_code: &str,
        new: &hall_model::console::NewStaff,
        now: i64,
    ) -> Result<String, StoreError> {
        if !scope.role.reads_audit() {
            return Err(StoreError::refused(super::Refusal::NotPermitted, "only hall and region admins manage staff"));
        }
        if !matches!(new.role, StaffRole::WindowStaff | StaffRole::HallAdmin) {
            return Err(StoreError::invalid("role", "window_staff or hall_admin (other roles are opened on the server: hall-server staff add)"));
        }
        let hall = self.staff_hall(scope, hall_code).await?;
        let password = self.add_staff(new.login.trim(), &StaffScope { role: new.role, halls: vec![hall.code.clone()], region: None }).await?;
        let mut tx = self.bookings().begin().await?;
        audit(&mut tx, now, by, &hall.code, "staff.add", new.login.trim(), "", new.role.as_str()).await?;
        tx.commit().await?;
        Ok(password)
    }

    /// Disables an account of the hall (not one's own, not one that also works at halls
    /// outside the admin's): its sessions end at once. Audited.
    pub async fn disable_hall_staff(&self, by: &str, scope: &StaffScope, hall_code: &str, login: &str, now: i64) -> Result<(), StoreError> {
        let members = self.hall_staff(scope, hall_code).await?;
        let missing = || StoreError::not_found(Missing::StaffAccount, format!("no account {login} at this hall"));
        members.members.iter().find(|m| m.login == login).ok_or_else(missing)?;
        if login == by {
            return Err(StoreError::invalid("login", "an account cannot disable itself"));
        }
        let (account, _) = self.account_row(login).await?.ok_or_else(missing)?;
        for hall in &account.scope.halls {
            if self.staff_hall(scope, hall).await.is_err() {
                return Err(StoreError::refused(super::Refusal::NotPermitted, "the account also works at halls outside yours"));
            }
        }
        self.disable_staff(login).await?;
        let mut tx = self.bookings().begin().await?;
        audit(&mut tx, now, by, hall_code, "staff.disable", login, "active", "disabled").await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Cancels a booked appointment on the hall's side with `reason` (which its holder reads),
/// gives its place in the slot `(item, date, start)` back and audits it, all inside the
/// closure's transaction `tx`, as `login` at `now`. Whole-hall and one-window closures alike.
async fn cancel_by_hall(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    (now, login): (i64, &str),
    hall_code: &str,
    (item, date, start): (&str, &str, &str),
    reference: &str,
    reason: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE appointments SET status = 'cancelled', cancelled_by_hall = 1, cancel_reason = $1 WHERE reference = $2 AND status = 'booked'")
        .bind(reason)
        .bind(reference)
        .execute(&mut **tx)
        .await?;
    super::bookings::release_place(tx, hall_code, item, date, start).await?;
    audit(tx, now, login, hall_code, "appointment.state", reference, "booked", "cancelled_by_hall").await
}

/// Writes one audit row inside the transaction of the change it records.
#[allow(clippy::too_many_arguments)]
pub(super) async fn audit(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    at: i64,
    login: &str,
    hall_code: &str,
    action: &str,
    target: &str,
    before: &str,
    after: &str,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO audit_log (at, login, hall_code, action, target, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(at)
        .bind(login)
        .bind(hall_code)
        .bind(action)
        .bind(target)
        .bind(before)
        .bind(after)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

const DAY_COLUMNS: &str = "reference, status, attendance, cancelled_by_hall, date, start, end_time, item_code, hall_code, name, document_type, resident_id_masked, mobile_masked, on_behalf, attendance_window, attendance_at, attendance_by";

#[derive(sqlx::FromRow)]
struct DayRow {
    reference: String,
    status: String,
    attendance: Option<String>,
    cancelled_by_hall: i64,
    date: String,
    start: String,
    end_time: String,
    item_code: String,
    hall_code: String,
    name: String,
    document_type: String,
    resident_id_masked: String,
    mobile_masked: String,
    on_behalf: i64,
    attendance_window: Option<String>,
    attendance_at: Option<i64>,
    attendance_by: Option<String>,
}

impl DayRow {
    fn into_view(self, item_name: String) -> Result<DayAppointment, StoreError> {
        let state = match (self.status.as_str(), self.attendance.as_deref()) {
            ("cancelled", _) if self.cancelled_by_hall != 0 => DayState::CancelledByHall,
            ("cancelled", _) => DayState::CancelledByCitizen,
            (_, Some("arrived")) => DayState::Arrived,
            (_, Some("served")) => DayState::Served,
            (_, Some("no_show")) => DayState::NoShow,
            _ => DayState::Booked,
        };
        let date = Date::parse(&self.date).ok_or_else(|| StoreError::Internal(format!("appointment {}: bad date", self.reference)))?;
        let document_type = DocumentType::from_name(&self.document_type).unwrap_or_default();
        Ok(DayAppointment {
            reference: self.reference,
            hall_code: self.hall_code,
            state,
            date,
            start: self.start,
            end: self.end_time,
            item_code: self.item_code,
            item_name,
            name_masked: hall_model::applications::mask_name(&self.name),
            document_type,
            document_masked: self.resident_id_masked,
            mobile_masked: self.mobile_masked,
            on_behalf: self.on_behalf != 0,
            window: self.attendance_window,
            changed_at: self.attendance_at,
            changed_by: self.attendance_by,
        })
    }
}
