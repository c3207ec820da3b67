//! Applications (办件): where a citizen's case stands, as a timeline of status events, and
//! which events may follow which.

use serde::{Deserialize, Serialize};

use crate::Lang;
use crate::calendar::Date;

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
    /// 需补正: materials to resubmit (`materials`) and why (`reason`).
    CorrectionNeeded,
    /// 准予许可 / 已办结 (approved).
    Approved,
    /// 不予许可 (refused, with `reason`).
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
        let event = |status, date: &str| StatusEvent { status, date: day(date), reason: None, materials: vec![], tracking: None, note: None };
        assert!(check_timeline(&[event(Submitted, "2026-10-08"), event(Accepted, "2026-10-08"), event(Approved, "2026-10-09")]).is_ok());
        assert!(check_timeline(&[event(Accepted, "2026-10-08")]).is_err());
        assert!(check_timeline(&[event(Submitted, "2026-10-09"), event(Accepted, "2026-10-08")]).is_err());
    }

    #[test]
    fn names_are_masked_after_the_first_character() {
        assert_eq!(mask_name("张三"), "张*");
        assert_eq!(mask_name("欧阳娜娜"), "欧***");
        assert_eq!(mask_name(""), "");
    }
}
