//! Applications (办件): created and moved along by staff, looked up by applicants with a
//! verifier, rated once completed. Kept in the bookings database (the write store).
//!
//! A lookup fails the same way for a wrong number and a wrong verifier: same status, same
//! body, and the same work (one query, two keyed hashes, constant-time comparisons).

use hall_model::applications::{StatusEvent, appeal_rights, check_event, check_timeline, mask_name, normalise_number, number_key};
use hall_model::appointments::is_printable_name;
use hall_model::identity::{mask_identifiers_in_text, parse_mobile};
use hall_model::records::HallRecord;
use hall_model::{ApplicationView, Date, Lang, NewApplication, Status};

use super::catalogue::{hall_record, item_record, item_summary};
use super::dialect::is_unique_violation;
use super::secrets::same;
use super::{Conflict, Missing, Store, StoreError};

fn not_found() -> StoreError {
    StoreError::not_found(Missing::Application, "no application with this number and verifier")
}

/// Who writes, when staff do: their login (for the audit log) and their halls.
#[derive(Debug, Clone, Copy)]
pub struct StaffWrite<'a> {
    pub login: &'a str,
    pub scope: &'a hall_model::console::StaffScope,
}

/// A status as the API names it (`correction_needed`).
fn status_name(status: Status) -> String {
    serde_json::to_value(status).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

#[derive(sqlx::FromRow)]
struct Row {
    number: String,
    item_code: String,
    hall_code: String,
    submitted: String,
    applicant_masked: String,
    phone_key: String,
    query_key: String,
}

async fn row(store: &Store, number: &str) -> Result<Option<Row>, StoreError> {
    Ok(sqlx::query_as("SELECT * FROM applications WHERE number = $1").bind(number).fetch_optional(store.bookings()).await?)
}

/// The application a citizen means by the number they typed: exactly that number, or
/// else the one number that matches without separators (`DEMO03`, `DEMO－03`).
async fn row_as_typed(store: &Store, typed: &str) -> Result<Option<Row>, StoreError> {
    let number = normalise_number(typed);
    if let Some(found) = row(store, &number).await? {
        return Ok(Some(found));
    }
    let mut rows: Vec<Row> =
        sqlx::query_as("SELECT * FROM applications WHERE number_key = $1 LIMIT 2").bind(number_key(typed)).fetch_all(store.bookings()).await?;
    Ok(if rows.len() == 1 { rows.pop() } else { None })
}

async fn timeline(store: &Store, number: &str) -> Result<Vec<StatusEvent>, StoreError> {
    let rows: Vec<String> =
        sqlx::query_scalar("SELECT event FROM application_events WHERE number = $1 ORDER BY seq").bind(number).fetch_all(store.bookings()).await?;
    rows.iter().map(|json| Ok(serde_json::from_str(json)?)).collect()
}

async fn view(store: &Store, row: Row, lang: Lang) -> Result<ApplicationView, StoreError> {
    let hall: HallRecord = hall_record(store.catalogue(), &row.hall_code).await?;
    let item = item_record(store.catalogue(), &row.item_code).await?;
    let promised = item.promised_limit_days;
    let events = timeline(store, &row.number).await?;
    let submitted = Date::parse(&row.submitted).unwrap_or_else(|| Date::from_days_since_epoch(0));
    // The limit runs from acceptance (受理); before that, from submission.
    let start = events.iter().find(|e| e.status == Status::Accepted).map_or(submitted, |e| e.date);
    let calendar = store.calendar();
    let due = calendar.add_working_days(start, promised);
    let status = events.last().map_or(Status::Submitted, |e| e.status);
    // The clock stops once decided, and while the applicant owes a correction (补正期间不计时).
    let running = !status.is_decided() && status != Status::CorrectionNeeded;
    let working_days_left = running.then(|| calendar.working_days_between(store.today(), due));
    let rating: Option<i64> = sqlx::query_scalar("SELECT rating FROM feedback WHERE number = $1").bind(&row.number).fetch_optional(store.bookings()).await?;
    let appeal = appeal_rights(&events, &calendar);
    let steps = item.steps.iter().filter(|s| s.channel != hall_model::Channel::Online).map(|s| s.resolve(lang)).collect();
    Ok(ApplicationView {
        lang,
        number: row.number,
        item_name: item.name.get(lang),
        item_code: row.item_code,
        hall_name: hall.name.get(lang),
        hall_code: row.hall_code,
        submitted,
        promised_limit_days: promised,
        due,
        working_days_left,
        status,
        timeline: events,
        applicant_masked: row.applicant_masked,
        rating: rating.map(|r| r as u8),
        appeal,
        steps,
    })
}

/// The application, if `verifier` proves the caller is its applicant.
async fn verified(store: &Store, number: &str, verifier: &str) -> Result<Row, StoreError> {
    let found = row_as_typed(store, number).await?;
    // The same work whether or not the number exists.
    let (phone_key, query_key) = found.as_ref().map_or(("-".repeat(64), "-".repeat(64)), |r| (r.phone_key.clone(), r.query_key.clone()));
    let bound_to = found.as_ref().map_or_else(|| normalise_number(number), |r| r.number.clone());
    let verifier = normalise_number(verifier);
    let given = store.secrets().verifier_key(&bound_to, &verifier);
    let matches = same(&given, &phone_key) | same(&given, &query_key);
    match found {
        Some(row) if matches && !verifier.trim().is_empty() => Ok(row),
        _ => Err(not_found()),
    }
}

impl Store {
    /// The application, if `verifier` (the phone's last four digits or the receipt's query
    /// code) proves the caller is its applicant; a wrong number and a wrong verifier fail alike.
    pub async fn lookup_application(&self, number: &str, verifier: &str, lang: Lang) -> Result<ApplicationView, StoreError> {
        let row = verified(self, number, verifier).await?;
        view(self, row, lang).await
    }

    /// The applicant's rating (好差评) of a completed application, once.
    pub async fn rate_application(&self, number: &str, verifier: &str, rating: u8, comment: Option<String>, lang: Lang) -> Result<ApplicationView, StoreError> {
        let row = verified(self, number, verifier).await?;
        let status = timeline(self, &row.number).await?.last().map(|e| e.status);
        if status != Some(Status::Completed) {
            return Err(StoreError::conflict(Conflict::ApplicationNotCompleted, "only a completed application can be rated"));
        }
        let _turn = self.write_turn().await;
        let inserted = sqlx::query("INSERT INTO feedback (number, rating, comment, created_at) VALUES ($1, $2, $3, $4)")
            .bind(&row.number)
            .bind(i64::from(rating))
            // A phone or ID number typed into the comment is masked before it is stored.
            .bind(comment.map(|c| mask_identifiers_in_text(&c.trim().chars().take(500).collect::<String>())).filter(|c| !c.is_empty()))
            .bind(super::db::now())
            .execute(self.bookings())
            .await;
        match inserted {
            Ok(_) => view(self, row, lang).await,
            Err(e) if is_unique_violation(&e) => Err(StoreError::conflict(Conflict::FeedbackAlreadyGiven, "this application was rated already")),
            Err(e) => Err(e.into()),
        }
    }

    /// Staff: registers an application, with its first event (`submitted`).
    pub async fn create_application(&self, new: &NewApplication, lang: Lang) -> Result<ApplicationView, StoreError> {
        self.create_application_by(new, lang, None).await
    }

    /// [`Store::create_application`] by a staff member (`by`): only at a hall of their scope
    /// (another is not found), with an audit row in the same transaction.
    pub async fn create_application_by(&self, new: &NewApplication, lang: Lang, by: Option<StaffWrite<'_>>) -> Result<ApplicationView, StoreError> {
        if let Some(by) = &by {
            self.staff_hall(by.scope, &new.hall_code).await?;
        }
        let number = new.number.trim().to_ascii_uppercase();
        if number.is_empty() || number.len() > 32 || !number.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(StoreError::invalid("number", "number is 1–32 letters, digits or hyphens"));
        }
        let mobile = parse_mobile(&new.mobile).ok_or_else(|| StoreError::invalid("mobile", "not a mainland mobile number"))?;
        let code = new.query_code.trim();
        if !(6..=12).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(StoreError::invalid("query_code", "query_code is 6–12 letters or digits"));
        }
        if new.applicant_name.trim().is_empty() {
            return Err(StoreError::invalid("applicant_name", "applicant_name is required"));
        }
        if !is_printable_name(new.applicant_name.trim()) {
            return Err(StoreError::invalid("applicant_name", "applicant_name holds control, bidirectional or only invisible characters"));
        }
        // The hall and the item must exist.
        hall_record(self.catalogue(), &new.hall_code).await?;
        item_summary(self.catalogue(), &new.item_code).await?;
        let secrets = self.secrets();
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO applications (number, item_code, hall_code, submitted, applicant_masked, phone_key, query_key, mobile_cipher, created_at, number_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(&number)
        .bind(&new.item_code)
        .bind(&new.hall_code)
        .bind(new.submitted.to_string())
        .bind(mask_name(&new.applicant_name))
        .bind(secrets.verifier_key(&number, &mobile[7..]))
        .bind(secrets.verifier_key(&number, code))
        .bind(secrets.encrypt(mobile.as_bytes()))
        .bind(super::db::now())
        .bind(number_key(&number))
        .execute(&mut *tx)
        .await;
        if let Err(e) = &inserted
            && is_unique_violation(e)
        {
            return Err(StoreError::conflict(Conflict::InvalidTransition, format!("application {number} exists already")));
        }
        inserted?;
        let first = StatusEvent::new(Status::Submitted, new.submitted);
        sqlx::query("INSERT INTO application_events (number, seq, event) VALUES ($1, 0, $2)")
            .bind(&number)
            .bind(serde_json::to_string(&first)?)
            .execute(&mut *tx)
            .await?;
        if let Some(by) = &by {
            super::staff::audit(&mut tx, super::db::now(), by.login, &new.hall_code, "application.create", &number, "", "submitted").await?;
        }
        tx.commit().await?;
        let row = row(self, &number).await?.ok_or_else(not_found)?;
        view(self, row, lang).await
    }

    /// Staff: appends an event, refusing one whose fields are wrong (a correction without
    /// a deadline or a place, …: `check_event`) or that cannot follow the current status.
    pub async fn append_event(&self, number: &str, event: &StatusEvent, lang: Lang) -> Result<ApplicationView, StoreError> {
        self.append_event_by(number, event, lang, None).await
    }

    /// [`Store::append_event`] by a staff member: only for an application of a hall in their
    /// scope (another is not found), with an audit row (status before and after) in the
    /// same transaction.
    pub async fn append_event_by(&self, number: &str, event: &StatusEvent, lang: Lang, by: Option<StaffWrite<'_>>) -> Result<ApplicationView, StoreError> {
        if let Err(problem) = check_event(event) {
            return Err(StoreError::invalid(problem.field, problem.message));
        }
        let number = number.trim().to_ascii_uppercase();
        let Some(found) = row(self, &number).await? else {
            return Err(StoreError::not_found(Missing::Application, format!("no application {number}")));
        };
        if let Some(by) = &by
            && self.staff_hall(by.scope, &found.hall_code).await.is_err()
        {
            return Err(StoreError::not_found(Missing::Application, format!("no application {number}")));
        }
        let _turn = self.write_turn().await;
        let mut tx = self.bookings().begin().await?;
        // Read the timeline inside the write transaction (its first statement writes), so two
        // staff members cannot append conflicting events at once.
        sqlx::query("UPDATE applications SET number = number WHERE number = $1").bind(&number).execute(&mut *tx).await?;
        let rows: Vec<String> =
            sqlx::query_scalar("SELECT event FROM application_events WHERE number = $1 ORDER BY seq").bind(&number).fetch_all(&mut *tx).await?;
        let mut events: Vec<StatusEvent> = rows.iter().map(|j| serde_json::from_str(j)).collect::<Result<_, _>>()?;
        events.push(event.clone());
        if let Err(problem) = check_timeline(&events) {
            return Err(StoreError::conflict(Conflict::InvalidTransition, problem));
        }
        sqlx::query("INSERT INTO application_events (number, seq, event) VALUES ($1, $2, $3)")
            .bind(&number)
            .bind(events.len() as i64 - 1)
            .bind(serde_json::to_string(event)?)
            .execute(&mut *tx)
            .await?;
        if let Some(by) = &by {
            let before = events.iter().rev().nth(1).map(|e| status_name(e.status)).unwrap_or_default();
            super::staff::audit(&mut tx, super::db::now(), by.login, &found.hall_code, "application.event", &number, &before, &status_name(event.status))
                .await?;
        }
        tx.commit().await?;
        view(self, found, lang).await
    }

    /// Staff: an application of a hall in `scope`, as its applicant sees it (the hotline
    /// and the counter look it up by number alone; another hall's is not found).
    pub async fn staff_application(&self, scope: &hall_model::console::StaffScope, number: &str, lang: Lang) -> Result<ApplicationView, StoreError> {
        let number = normalise_number(number);
        let missing = || StoreError::not_found(Missing::Application, format!("no application {number}"));
        let found = row(self, &number).await?.ok_or_else(missing)?;
        if self.staff_hall(scope, &found.hall_code).await.is_err() {
            return Err(missing());
        }
        view(self, found, lang).await
    }

    /// Demo applications, one in each state, seeded once into a demo server so that the
    /// lookup can be tried: numbers `DEMO-01` … `DEMO-11`, verifier `5678` (the phone's last
    /// four digits) or the query code `DEMO00`. Dated relative to `today`.
    pub async fn seed_demo_applications(&self) -> Result<usize, StoreError> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM applications").fetch_one(self.bookings()).await?;
        if count > 0 {
            return Ok(0);
        }
        let hall = sqlx::query_scalar::<_, String>("SELECT code FROM halls ORDER BY position LIMIT 1").fetch_optional(self.catalogue()).await?;
        let Some(hall) = hall else { return Ok(0) };
        let items: Vec<String> = sqlx::query_scalar("SELECT item_code FROM hall_items WHERE hall_code = $1 ORDER BY position LIMIT 9")
            .bind(&hall)
            .fetch_all(self.catalogue())
            .await?;
        let today = self.today();
        let calendar = self.calendar();
        let back = |working_days: u32| {
            let mut date = today;
            let mut left = working_days;
            while left > 0 {
                date = date.add_days(-1);
                if calendar.is_working_day(date) {
                    left -= 1;
                }
            }
            date
        };
        let event = StatusEvent::new;
        use Status::*;
        let paths: Vec<Vec<StatusEvent>> = vec![
            vec![],
            vec![event(Accepted, back(1))],
            vec![event(Accepted, back(3)), event(UnderReview, back(2))],
            vec![
                event(Accepted, back(4)),
                StatusEvent {
                    reason: Some("营业执照复印件不清晰，请重新提交。".into()),
                    materials: vec!["营业执照复印件".into()],
                    // Ten working days from the notice, the usual time a hall gives.
                    correction_due: Some(calendar.add_working_days(back(1), 10)),
                    correction_where: Some("请带原件到 A01 企业开办专区窗口提交，也可以在“浙里办”本件的补正页面上传清晰的扫描件。".into()),
                    ..event(CorrectionNeeded, back(1))
                },
            ],
            vec![event(Accepted, back(30)), event(UnderReview, back(29))],
            vec![event(Accepted, back(6)), event(UnderReview, back(5)), event(Approved, back(2)), event(CertificateMade, back(1))],
            vec![
                event(Accepted, back(6)),
                event(Approved, back(3)),
                StatusEvent { note: Some("请到 A01 窗口领取，领取时出示本人身份证。".into()), ..event(ReadyForPickup, back(1)) },
            ],
            vec![event(Accepted, back(7)), event(Approved, back(4)), StatusEvent { tracking: Some("EMS 1234567890123".into()), ..event(Posted, back(2)) }],
            vec![event(Accepted, back(10)), event(Approved, back(8)), event(ReadyForPickup, back(7)), event(Completed, back(5))],
            vec![event(Accepted, back(3)), event(Approved, back(1))],
            vec![
                event(Accepted, back(5)),
                // As the written decision (不予行政许可决定书) names them.
                StatusEvent {
                    reason: Some("经营场所不符合消防安全要求，依法不予许可。".into()),
                    review_body: Some("浙江省人民政府".into()),
                    court: Some("杭州市西湖区人民法院".into()),
                    ..event(Refused, back(2))
                },
            ],
        ];
        for (i, path) in paths.into_iter().enumerate() {
            let item = items.get(i % items.len().max(1)).cloned().unwrap_or_default();
            let submitted = path.first().map_or(today, |e| e.date);
            let new = NewApplication {
                number: format!("DEMO-{:02}", i + 1),
                item_code: item,
                hall_code: hall.clone(),
                submitted,
                applicant_name: "张三".into(),
                mobile: "13800005678".into(),
                query_code: "DEMO00".into(),
            };
            self.create_application(&new, Lang::ZhCn).await?;
            for e in path {
                self.append_event(&new.number, &e, Lang::ZhCn).await?;
            }
        }
        Ok(11)
    }
}
