//! Applications (办件): where a citizen's case stands, as a timeline of status events, and
//! which events may follow which.

use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::appointments::is_printable_name;
use crate::calendar::{Date, HolidayCalendar};

/// A step in an application's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 已提交: received, not yet checked.
    Submitted,
    /// 已受理: the materials are complete; the time limit runs.
    Accepted,
    /// 审核中.
    UnderReview,
    /// 需补正: materials to resubmit (`materials`), why (`reason`), by when
    /// (`correction_due`) and where and how (`correction_where`).
    CorrectionNeeded,
    /// 准予许可 / 已办结 (approved).
    Approved,
    /// 不予许可 (refused, with `reason`; `review_body` and `court` when the decision names
    /// them).
    Refused,
    /// 证照已制作.
    CertificateMade,
    /// 待领取: at the hall's window (`note` says where).
    ReadyForPickup,
    /// 已寄出 (`tracking` is the parcel number).
    Posted,
    /// 已办结: the case is closed; the applicant may rate the service.
    Completed,
}

impl Status {
    pub const ALL: [Status; 10] = [
        Status::Submitted,
        Status::Accepted,
        Status::UnderReview,
        Status::CorrectionNeeded,
        Status::Approved,
        Status::Refused,
        Status::CertificateMade,
        Status::ReadyForPickup,
        Status::Posted,
        Status::Completed,
    ];

    /// Whether `next` may follow `self` (`None`: the first event, which must be `Submitted`).
    pub fn may_follow(previous: Option<Status>, next: Status) -> bool {
        use Status::*;
        match previous {
            None => next == Submitted,
            Some(previous) => matches!(
                (previous, next),
                (Submitted, Accepted | CorrectionNeeded | Refused)
                    | (Accepted, UnderReview | CorrectionNeeded | Approved | Refused)
                    | (UnderReview, CorrectionNeeded | Approved | Refused)
                    | (CorrectionNeeded, UnderReview | Refused)
                    | (Approved, CertificateMade | ReadyForPickup | Posted | Completed)
                    | (CertificateMade, ReadyForPickup | Posted)
                    | (ReadyForPickup | Posted | Refused, Completed)
            ),
        }
    }

    /// Whether the time limit has stopped running (decided or closed).
    pub fn is_decided(self) -> bool {
        matches!(self, Status::Approved | Status::Refused | Status::CertificateMade | Status::ReadyForPickup | Status::Posted | Status::Completed)
    }
}

/// One event of a timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusEvent {
    pub status: Status,
    pub date: Date,
    /// Why (for `correction_needed` and `refused`).
    #[serde(default)]
    pub reason: Option<String>,
    /// Materials to resubmit (for `correction_needed`).
    #[serde(default)]
    pub materials: Vec<String>,
    /// A parcel number (for `posted`).
    #[serde(default)]
    pub tracking: Option<String>,
    /// Anything else the hall wants the applicant to know (where to pick up…).
    #[serde(default)]
    pub note: Option<String>,
    // The four fields below came after events were first stored: they are left out of the
    // JSON when empty, so events stored before them read (and write) the same as ever.
    /// The last day to hand in the corrected materials (for `correction_needed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction_due: Option<Date>,
    /// Where and how to hand them in: a window, an address, an online service (for
    /// `correction_needed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction_where: Option<String>,
    /// Where to apply for administrative review (行政复议机关), as the written decision
    /// names it (for `refused`); without it the applicant is told the body the law names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_body: Option<String>,
    /// The court for an administrative lawsuit (行政诉讼), as the written decision names
    /// it (for `refused`); without it, the court the law names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub court: Option<String>,
}

impl StatusEvent {
    /// An event with nothing but its status and date.
    pub fn new(status: Status, date: Date) -> StatusEvent {
        StatusEvent {
            status,
            date,
            reason: None,
            materials: vec![],
            tracking: None,
            note: None,
            correction_due: None,
            correction_where: None,
            review_body: None,
            court: None,
        }
    }
}

/// The most characters of a staff-written place or body (`correction_where`,
/// `review_body`, `court`): a sentence or two, read on a phone.
pub const EVENT_TEXT_MAX_CHARS: usize = 200;

/// The latest a correction may be asked for: a year after the event (a later day is a
/// typing mistake, not a deadline).
pub const CORRECTION_DUE_MAX_DAYS: i32 = 366;

/// What is wrong with one field of a staff-written event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventProblem {
    /// The JSON field, as the staff API names it in `invalid_parameter`.
    pub field: &'static str,
    pub message: String,
}

/// Checks the fields of one event as staff send it, before it joins a timeline: a
/// correction says by when and where the materials go (a deadline not before the event,
/// within a year); the correction and appeal fields belong to their status only; their
/// texts are printable, not blank and at most [`EVENT_TEXT_MAX_CHARS`].
pub fn check_event(event: &StatusEvent) -> Result<(), EventProblem> {
    let problem = |field: &'static str, message: String| Err(EventProblem { field, message });
    let texts = [("correction_where", &event.correction_where), ("review_body", &event.review_body), ("court", &event.court)];
    for (field, text) in texts {
        let Some(text) = text else { continue };
        if !is_printable_name(text) {
            return problem(field, format!("{field} is blank or holds control or bidirectional characters"));
        }
        if text.trim().chars().count() > EVENT_TEXT_MAX_CHARS {
            return problem(field, format!("{field} is at most {EVENT_TEXT_MAX_CHARS} characters"));
        }
    }
    let correction = event.status == Status::CorrectionNeeded;
    let refused = event.status == Status::Refused;
    let misplaced = [
        ("correction_due", event.correction_due.is_some() && !correction, "correction_needed"),
        ("correction_where", event.correction_where.is_some() && !correction, "correction_needed"),
        ("review_body", event.review_body.is_some() && !refused, "refused"),
        ("court", event.court.is_some() && !refused, "refused"),
    ];
    if let Some((field, _, status)) = misplaced.into_iter().find(|(_, wrong, _)| *wrong) {
        return problem(field, format!("{field} belongs to a {status} event only"));
    }
    if correction {
        let Some(due) = event.correction_due else {
            return problem("correction_due", "correction_due is required: the last day (YYYY-MM-DD) to hand in the materials".into());
        };
        if due < event.date {
            return problem("correction_due", format!("correction_due {due} is before the event's date {}", event.date));
        }
        if due > event.date.add_days(CORRECTION_DUE_MAX_DAYS) {
            return problem("correction_due", format!("correction_due {due} is more than a year after the event's date {}", event.date));
        }
        if event.correction_where.is_none() {
            return problem("correction_where", "correction_where is required: where and how to hand in the materials".into());
        }
    }
    Ok(())
}

/// Days to apply for administrative review after a decision (行政复议法: 六十日).
pub const REVIEW_DAYS: i32 = 60;

/// Months to bring an administrative lawsuit after a decision (行政诉讼法 第四十六条: 六个月).
pub const LAWSUIT_MONTHS: u32 = 6;

/// What an applicant may do about a refusal (不予许可), and by when: apply for
/// administrative review within 60 days, or sue within 6 months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppealRights {
    /// The date of the refusal, from which both periods are counted here.
    pub refused_on: Date,
    /// The last day to apply for administrative review.
    pub review_by: Date,
    /// Where, when the decision names it; otherwise the body the law names (the people's
    /// government the deciding department belongs to).
    #[serde(default)]
    pub review_body: Option<String>,
    /// The last day to sue.
    pub sue_by: Date,
    /// The court, when the decision names it; otherwise the court where the deciding
    /// department is.
    #[serde(default)]
    pub court: Option<String>,
}

/// The appeal rights after the last refusal of `timeline`, if it has one (a refused case
/// that was then closed keeps them). The periods start the day after the refusal; a
/// period ending on a day off (a weekend or public holiday) ends on the next working day
/// instead, as the 民事诉讼法's rule on periods says (期间届满的最后一日是法定休假日的，以法定
/// 休假日后的第一日为期间届满的日期), which 行政复议法 and the courts follow.
pub fn appeal_rights(timeline: &[StatusEvent], calendar: &HolidayCalendar) -> Option<AppealRights> {
    let refusal = timeline.iter().rev().find(|e| e.status == Status::Refused)?;
    let next_working_day = |mut date: Date| {
        // A year of days off in a row does not exist; the bound only keeps a broken
        // calendar from looping.
        for _ in 0..366 {
            if calendar.is_working_day(date) {
                break;
            }
            date = date.add_days(1);
        }
        date
    };
    Some(AppealRights {
        refused_on: refusal.date,
        review_by: next_working_day(refusal.date.add_days(REVIEW_DAYS)),
        review_body: refusal.review_body.clone(),
        sue_by: next_working_day(add_months(refusal.date, LAWSUIT_MONTHS)),
        court: refusal.court.clone(),
    })
}

/// The same day `months` later; the month's last day when that month is shorter
/// (民法典 第二百零二条: 没有对应日的，月末日为期间的最后一日).
pub fn add_months(date: Date, months: u32) -> Date {
    let (year, month, day) = date.ymd();
    let index = year * 12 + (month as i32 - 1) + months as i32;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    (1..=day).rev().find_map(|day| Date::from_ymd(year, month, day)).unwrap_or(date)
}

/// Checks a whole timeline: a problem per event that may not follow the one before, and
/// dates going backwards.
pub fn check_timeline(events: &[StatusEvent]) -> Result<(), String> {
    let mut previous: Option<&StatusEvent> = None;
    for event in events {
        if !Status::may_follow(previous.map(|p| p.status), event.status) {
            return Err(format!("{:?} cannot follow {:?}", event.status, previous.map(|p| p.status)));
        }
        if previous.is_some_and(|p| p.date > event.date) {
            return Err(format!("{:?} is dated before the event it follows", event.status));
        }
        previous = Some(event);
    }
    Ok(())
}

/// `POST /api/v1/applications/lookup`: the number and a verifier (the last 4 digits of the
/// applicant's phone, or the query code on the receipt). In the body, never in a URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LookupRequest {
    pub number: String,
    pub verifier: String,
}

/// An application as its applicant sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub lang: Lang,
    pub number: String,
    pub item_code: String,
    pub item_name: String,
    pub hall_code: String,
    pub hall_name: String,
    pub submitted: Date,
    pub promised_limit_days: u32,
    /// The promised time limit counted in working days from acceptance (or submission).
    pub due: Date,
    /// Working days left until `due` (negative: overdue); `None` once decided and while a
    /// correction is awaited (the time limit does not run then).
    pub working_days_left: Option<i32>,
    pub status: Status,
    pub timeline: Vec<StatusEvent>,
    /// e.g. `张*`.
    pub applicant_masked: String,
    /// The rating given (1–5), if any.
    pub rating: Option<u8>,
    /// After a refusal: review and lawsuit, where and by when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appeal: Option<AppealRights>,
    /// The item's steps (办理流程) for handing in at the window, as its guide lists them:
    /// the timeline names each status by the step of the same stage.
    #[serde(default)]
    pub steps: Vec<crate::Step>,
}

/// `POST /api/v1/applications/{number}/feedback`: 好差评, once per completed application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackRequest {
    pub verifier: String,
    /// 1 (非常不满意) … 5 (非常满意). `2.0` is read as 2: JSON does not tell them apart.
    #[serde(deserialize_with = "whole_number")]
    pub rating: u8,
    #[serde(default)]
    pub comment: Option<String>,
}

/// A whole number in a JSON number, written `2` or `2.0`.
fn whole_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u8, D::Error> {
    let number = <f64 as Deserialize>::deserialize(deserializer)?;
    if number.fract() == 0.0 && (0.0..=255.0).contains(&number) { Ok(number as u8) } else { Err(serde::de::Error::custom("expected a whole number")) }
}

/// Staff: `POST /api/v1/staff/applications`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewApplication {
    pub number: String,
    pub item_code: String,
    pub hall_code: String,
    pub submitted: Date,
    pub applicant_name: String,
    pub mobile: String,
    /// The code printed on the receipt (6–12 letters or digits).
    pub query_code: String,
}

/// `张三` → `张*`, `Zhang San` → `Z********`: the first character only.
pub fn mask_name(name: &str) -> String {
    let mut chars = name.trim().chars();
    match chars.next() {
        None => String::new(),
        Some(first) => std::iter::once(first).chain(chars.map(|_| '*')).collect(),
    }
}

/// An application number or a verifier as typed, normalised: full-width letters and
/// digits (what Chinese keyboards type) as ASCII, every kind of dash as `-`, no spaces,
/// upper case. `demo－03` → `DEMO-03`.
pub fn normalise_number(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{30FC}' => '-',
            other => other,
        })
        .collect::<String>()
        .to_ascii_uppercase()
}

/// The number with its separators dropped: `DEMO-03`, `DEMO03` and `demo－03` are one
/// number to look up (and one number to count failed lookups against).
pub fn number_key(typed: &str) -> String {
    normalise_number(typed).replace('-', "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn application_numbers_are_normalised_as_typed_on_any_keyboard() {
        for typed in ["DEMO-03", "demo-03", "DEMO－03", "ＤＥＭＯ－０３", " DEMO 03 ", "DEMO—03", "DEMO03"] {
            assert_eq!(number_key(typed), "DEMO03", "{typed}");
        }
        assert_eq!(normalise_number("demo－03"), "DEMO-03");
    }
    use Status::*;

    #[test]
    fn only_sensible_transitions_are_allowed() {
        let allowed = [
            (None, Submitted),
            (Some(Submitted), Accepted),
            (Some(Accepted), UnderReview),
            (Some(UnderReview), CorrectionNeeded),
            (Some(CorrectionNeeded), UnderReview),
            (Some(UnderReview), Approved),
            (Some(Approved), CertificateMade),
            (Some(CertificateMade), Posted),
            (Some(Posted), Completed),
            (Some(UnderReview), Refused),
            (Some(Refused), Completed),
        ];
        for (previous, next) in allowed {
            assert!(Status::may_follow(previous, next), "{previous:?} → {next:?}");
        }
        let refused = [
            (None, Accepted),
            (Some(Submitted), Submitted),
            (Some(Submitted), Completed),
            (Some(Completed), UnderReview),
            (Some(Refused), Approved),
            (Some(Approved), Refused),
            (Some(CorrectionNeeded), Approved),
            (Some(Posted), ReadyForPickup),
        ];
        for (previous, next) in refused {
            assert!(!Status::may_follow(previous, next), "{previous:?} → {next:?}");
        }
    }

    #[test]
    fn a_timeline_is_checked_in_order_and_by_date() {
        let day = |d: &str| Date::parse(d).unwrap();
        let event = |status, date: &str| StatusEvent::new(status, day(date));
        assert!(check_timeline(&[event(Submitted, "2026-10-08"), event(Accepted, "2026-10-08"), event(Approved, "2026-10-09")]).is_ok());
        assert!(check_timeline(&[event(Accepted, "2026-10-08")]).is_err());
        assert!(check_timeline(&[event(Submitted, "2026-10-09"), event(Accepted, "2026-10-08")]).is_err());
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|| panic!("{text}"))
    }

    /// 2026 as the State Council's notice has it, the parts these tests touch: 元旦 off
    /// 1–3 January and Sunday 4 January worked; 劳动节 off 1–5 May and Saturday 9 May
    /// worked; 国庆节 off 1–7 October and Saturday 10 October worked.
    fn calendar_2026() -> HolidayCalendar {
        let mut calendar = HolidayCalendar::default();
        calendar.years.insert(2026);
        for (from, days) in [("2026-01-01", 3), ("2026-05-01", 5), ("2026-10-01", 7)] {
            calendar.holidays.extend((0..days).map(|d| day(from).add_days(d)));
        }
        calendar.working_weekends.extend([day("2026-01-04"), day("2026-05-09"), day("2026-10-10")]);
        calendar
    }

    #[test]
    fn months_are_added_to_the_same_day_or_the_last_of_a_shorter_month() {
        let table = [
            ("2026-03-10", 6, "2026-09-10"),
            ("2026-12-15", 6, "2027-06-15"),
            ("2026-08-31", 6, "2027-02-28"),
            ("2027-08-31", 6, "2028-02-29"),
            ("2026-01-31", 1, "2026-02-28"),
            ("2026-05-31", 12, "2027-05-31"),
        ];
        for (from, months, expected) in table {
            assert_eq!(add_months(day(from), months).to_string(), expected, "{from} + {months} months");
        }
    }

    #[test]
    fn a_refusal_may_be_reviewed_within_60_days_or_sued_within_6_months_moved_past_days_off() {
        let calendar = calendar_2026();
        // refused on, last day for review, last day to sue.
        let table = [
            // 60 days on is the worked Saturday of 9 May: it counts as a working day.
            ("2026-03-10", "2026-05-09", "2026-09-10"),
            // 60 days on is 1 October, in the National Day holiday: moved to 8 October.
            ("2026-08-02", "2026-10-08", "2027-02-02"),
            // 60 days on is the worked Saturday of 10 October.
            ("2026-08-11", "2026-10-10", "2027-02-11"),
            // 6 months on is Sunday 28 February (February has no 31st): moved to Monday.
            ("2026-08-31", "2026-10-30", "2027-03-01"),
            // 60 days on is Saturday 31 October: moved to Monday.
            ("2026-09-01", "2026-11-02", "2027-03-01"),
            // 60 days on is 2 January, in the 元旦 holiday: moved to the worked Sunday
            // after it; 6 months on is 3 May, in the 劳动节 holiday: moved to 6 May.
            ("2025-11-03", "2026-01-04", "2026-05-06"),
        ];
        for (refused, review_by, sue_by) in table {
            let timeline = [StatusEvent::new(Submitted, day(refused).add_days(-3)), StatusEvent::new(Refused, day(refused))];
            let rights = appeal_rights(&timeline, &calendar).unwrap_or_else(|| panic!("{refused}: no rights"));
            assert_eq!(
                (rights.refused_on.to_string(), rights.review_by.to_string(), rights.sue_by.to_string()),
                (refused.to_owned(), review_by.to_owned(), sue_by.to_owned()),
                "refused {refused}"
            );
        }
    }

    #[test]
    fn appeal_rights_follow_a_refusal_only_and_carry_the_bodies_the_decision_names() {
        let calendar = calendar_2026();
        let approved = [StatusEvent::new(Submitted, day("2026-03-02")), StatusEvent::new(Approved, day("2026-03-10"))];
        assert_eq!(appeal_rights(&approved, &calendar), None);
        let refusal = StatusEvent {
            review_body: Some("杭州市上城区人民政府".into()),
            court: Some("杭州铁路运输法院".into()),
            ..StatusEvent::new(Refused, day("2026-03-10"))
        };
        // Closed after the refusal: the rights stay.
        let closed = [StatusEvent::new(Submitted, day("2026-03-02")), refusal, StatusEvent::new(Completed, day("2026-03-11"))];
        let rights = appeal_rights(&closed, &calendar).expect("rights after a refusal");
        assert_eq!(rights.refused_on, day("2026-03-10"));
        assert_eq!(rights.review_body.as_deref(), Some("杭州市上城区人民政府"));
        assert_eq!(rights.court.as_deref(), Some("杭州铁路运输法院"));
        // A year the calendar does not know still has its weekends off.
        let unknown = [StatusEvent::new(Refused, day("2031-03-01"))];
        // 2031-04-30 is a Wednesday; 2031-09-01 a Monday.
        let rights = appeal_rights(&unknown, &HolidayCalendar::default()).unwrap();
        assert_eq!((rights.review_by.to_string(), rights.sue_by.to_string()), ("2031-04-30".to_owned(), "2031-09-01".to_owned()));
    }

    #[test]
    fn staff_events_are_checked_field_by_field() {
        let correction = |due: Option<&str>, place: Option<&str>| StatusEvent {
            correction_due: due.map(day),
            correction_where: place.map(str::to_owned),
            ..StatusEvent::new(CorrectionNeeded, day("2026-10-09"))
        };
        let ok = [
            correction(Some("2026-10-23"), Some("请到 B02 窗口提交，或在浙里办上传。")),
            correction(Some("2026-10-09"), Some("B02 窗口")),
            correction(Some("2027-10-09"), Some("B02 窗口")),
            StatusEvent {
                review_body: Some("杭州市人民政府".into()),
                court: Some("杭州市西湖区人民法院".into()),
                ..StatusEvent::new(Refused, day("2026-10-09"))
            },
            StatusEvent::new(Refused, day("2026-10-09")),
            StatusEvent::new(Accepted, day("2026-10-09")),
        ];
        for event in ok {
            assert_eq!(check_event(&event), Ok(()), "{event:?}");
        }
        let long = "窗".repeat(EVENT_TEXT_MAX_CHARS + 1);
        // The event, the field named, and a word of the message.
        let wrong = [
            (correction(None, Some("B02 窗口")), "correction_due", "required"),
            (correction(Some("2026-10-08"), Some("B02 窗口")), "correction_due", "before"),
            (correction(Some("2027-10-11"), Some("B02 窗口")), "correction_due", "year"),
            (correction(Some("2026-10-23"), None), "correction_where", "required"),
            (correction(Some("2026-10-23"), Some("  ")), "correction_where", "blank"),
            (correction(Some("2026-10-23"), Some("B02\u{202E}窗口")), "correction_where", "bidirectional"),
            (correction(Some("2026-10-23"), Some(&long)), "correction_where", "200"),
            (
                StatusEvent { correction_due: Some(day("2026-10-23")), ..StatusEvent::new(UnderReview, day("2026-10-09")) },
                "correction_due",
                "correction_needed",
            ),
            (StatusEvent { correction_where: Some("B02".into()), ..StatusEvent::new(Refused, day("2026-10-09")) }, "correction_where", "correction_needed"),
            (StatusEvent { review_body: Some("杭州市人民政府".into()), ..StatusEvent::new(Approved, day("2026-10-09")) }, "review_body", "refused"),
            (StatusEvent { court: Some("法院".into()), ..correction(Some("2026-10-23"), Some("B02")) }, "court", "refused"),
            (StatusEvent { court: Some(String::new()), ..StatusEvent::new(Refused, day("2026-10-09")) }, "court", "blank"),
        ];
        for (event, field, word) in wrong {
            let problem = check_event(&event).expect_err(field);
            assert_eq!(problem.field, field, "{event:?}: {}", problem.message);
            assert!(problem.message.contains(word), "{field}: {}", problem.message);
        }
    }

    #[test]
    fn events_stored_before_the_correction_and_appeal_fields_still_read_and_write_alike() {
        let stored = r#"{"status":"correction_needed","date":"2026-10-09","reason":"复印件不清晰","materials":["营业执照复印件"],"tracking":null,"note":null}"#;
        let event: StatusEvent = serde_json::from_str(stored).expect("an old event decodes");
        assert_eq!((event.correction_due, event.correction_where.as_deref()), (None, None));
        assert_eq!(serde_json::to_string(&event).unwrap(), stored);
    }

    #[test]
    fn names_are_masked_after_the_first_character() {
        assert_eq!(mask_name("张三"), "张*");
        assert_eq!(mask_name("欧阳娜娜"), "欧***");
        assert_eq!(mask_name(""), "");
    }
}
