//! The staff console's contract (`/api/v1/console/…`): accounts and roles, the session a
//! login opens, a hall's day of appointments and what staff record about each (arrived,
//! served, no-show), and the audit log of every staff write.

use serde::{Deserialize, Serialize};

use crate::Date;
use crate::identity::DocumentType;

/// What a staff account may do. Whoever asks about a hall outside their own gets the
/// answer a hall that does not exist gets (404), never a hint that it exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    /// Their halls' appointments and applications.
    WindowStaff,
    /// Also closures, capacity and the staff of their hall.
    HallAdmin,
    /// Every hall under a region code, as a hall admin.
    RegionAdmin,
    /// Read-only: appointments looked up by reference to help a caller.
    HotlineOperator,
    /// Edits their halls' item guides.
    CatalogueEditor,
}

impl StaffRole {
    pub const ALL: [StaffRole; 5] =
        [StaffRole::WindowStaff, StaffRole::HallAdmin, StaffRole::RegionAdmin, StaffRole::HotlineOperator, StaffRole::CatalogueEditor];

    /// The name in the API, the database and `hall-server staff add --role`.
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::WindowStaff => "window_staff",
            StaffRole::HallAdmin => "hall_admin",
            StaffRole::RegionAdmin => "region_admin",
            StaffRole::HotlineOperator => "hotline_operator",
            StaffRole::CatalogueEditor => "catalogue_editor",
        }
    }

    pub fn parse(text: &str) -> Option<StaffRole> {
        StaffRole::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// Whether the role records arrivals, service and no-shows at its halls' windows.
    pub fn records_attendance(self) -> bool {
        matches!(self, StaffRole::WindowStaff | StaffRole::HallAdmin | StaffRole::RegionAdmin)
    }

    /// Whether the role reads a hall's audit log.
    pub fn reads_audit(self) -> bool {
        matches!(self, StaffRole::HallAdmin | StaffRole::RegionAdmin)
    }

    /// Whether the role is tied to a region code rather than to a list of halls.
    pub fn by_region(self) -> bool {
        matches!(self, StaffRole::RegionAdmin)
    }
}

/// Which halls an account works at: a list of halls, a region's subtree, or (a hotline
/// operator) every hall, read-only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffScope {
    pub role: StaffRole,
    /// Hall codes (window staff, hall admins, catalogue editors).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub halls: Vec<String>,
    /// A region code (region admins): every hall whose region lies under it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

impl StaffScope {
    /// Whether the account may see the hall `hall_code` in region `hall_region`.
    pub fn covers(&self, hall_code: &str, hall_region: &str) -> bool {
        match self.role {
            StaffRole::HotlineOperator => true,
            StaffRole::RegionAdmin => {
                let parse = crate::region_code::RegionCode::parse;
                matches!((self.region.as_deref().map(parse), parse(hall_region)), (Some(Ok(region)), Ok(hall)) if region.contains(&hall))
            }
            _ => self.halls.iter().any(|h| h == hall_code),
        }
    }
}

/// `POST /api/v1/console/login`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginRequest {
    pub login: String,
    pub password: String,
}

/// The signed-in account, answered by login and `GET /api/v1/console/session`. The
/// session itself is an `HttpOnly` cookie the console never reads; `csrf_token` goes with
/// every write as `X-CSRF-Token`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsoleSession {
    pub login: String,
    #[serde(flatten)]
    pub scope: StaffScope,
    /// A new account's one-time password, or one reset by an admin: nothing but changing
    /// it is allowed until it is changed.
    pub must_change_password: bool,
    pub csrf_token: String,
    /// Seconds since 1970 when the session ends, however busy it is.
    pub expires_at: i64,
}

/// `POST /api/v1/console/password`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordChange {
    pub current: String,
    pub new: String,
}

/// `POST /api/v1/console/logout`: `{"everywhere": true}` ends every session of the
/// account (a lost phone, a shared PC); no body ends this one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogoutRequest {
    #[serde(default)]
    pub everywhere: bool,
}

/// The shortest password an account may choose.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// Why a new password is refused, if it is.
pub fn password_problem(login: &str, current: &str, new: &str) -> Option<crate::Problem> {
    if new.chars().count() < MIN_PASSWORD_CHARS {
        return Some(crate::Problem::TooShort);
    }
    if new.chars().count() > 200 {
        return Some(crate::Problem::TooLong);
    }
    if new == current || new.eq_ignore_ascii_case(login) {
        return Some(crate::Problem::PasswordReused);
    }
    None
}

/// Where an appointment stands on its day, as the hall sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayState {
    Booked,
    Arrived,
    Served,
    NoShow,
    CancelledByCitizen,
    CancelledByHall,
}

impl DayState {
    pub const ALL: [DayState; 6] =
        [DayState::Booked, DayState::Arrived, DayState::Served, DayState::NoShow, DayState::CancelledByCitizen, DayState::CancelledByHall];

    pub fn as_str(self) -> &'static str {
        match self {
            DayState::Booked => "booked",
            DayState::Arrived => "arrived",
            DayState::Served => "served",
            DayState::NoShow => "no_show",
            DayState::CancelledByCitizen => "cancelled_by_citizen",
            DayState::CancelledByHall => "cancelled_by_hall",
        }
    }

    pub fn parse(text: &str) -> Option<DayState> {
        DayState::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether staff may move an appointment from `self` to `next`: a booked one arrives
    /// or did not come; an arrived one is served (or was marked by mistake and goes back
    /// to booked); a no-show marked by mistake goes back to booked. Cancelled ones stay.
    pub fn may_become(self, next: DayState) -> bool {
        use DayState::*;
        matches!((self, next), (Booked, Arrived) | (Booked, NoShow) | (Arrived, Served) | (Arrived, Booked) | (NoShow, Booked) | (NoShow, Arrived))
    }
}

/// `POST /api/v1/console/appointments/{reference}/state`: move an appointment from the
/// state the clerk saw (`from`) to `to`. If someone else moved it meanwhile, nothing
/// changes and the answer is `state_changed` with the appointment as it is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateChange {
    pub from: DayState,
    pub to: DayState,
    /// The window the citizen is served at, when they arrive or are served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<String>,
}

/// One appointment in a hall's day, as staff see it: personal data masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayAppointment {
    pub reference: String,
    pub hall_code: String,
    pub state: DayState,
    pub date: Date,
    pub start: String,
    pub end: String,
    pub item_code: String,
    pub item_name: String,
    /// 张*三
    pub name_masked: String,
    pub document_type: DocumentType,
    /// 110***********1234
    pub document_masked: String,
    /// 138****5678
    pub mobile_masked: String,
    pub on_behalf: bool,
    /// The window that called or served them, once they arrived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<String>,
    /// Seconds since 1970 of the last state change by staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_at: Option<i64>,
    /// Who made it (a staff login, or `system` for an automatic no-show).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_by: Option<String>,
}

/// How many appointments of a day are in each state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCounts {
    pub total: u32,
    pub booked: u32,
    pub arrived: u32,
    pub served: u32,
    pub no_show: u32,
    pub cancelled: u32,
}

impl DayCounts {
    pub fn of(appointments: &[DayAppointment]) -> DayCounts {
        let mut counts = DayCounts { total: appointments.len() as u32, ..DayCounts::default() };
        for a in appointments {
            match a.state {
                DayState::Booked => counts.booked += 1,
                DayState::Arrived => counts.arrived += 1,
                DayState::Served => counts.served += 1,
                DayState::NoShow => counts.no_show += 1,
                DayState::CancelledByCitizen | DayState::CancelledByHall => counts.cancelled += 1,
            }
        }
        counts
    }
}

/// `GET /api/v1/console/halls/{code}/day?date=`: every appointment of the day by time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HallDay {
    pub hall_code: String,
    pub hall_name: String,
    pub date: Date,
    pub counts: DayCounts,
    pub appointments: Vec<DayAppointment>,
}

/// The no-show rule, as the national platforms have it: whoever does not come to
/// `limit` appointments within `within_days` days may not book online for `block_days`
/// days after the last of them; an appointment not checked in `mark_after_minutes` after
/// its slot ends is marked a no-show by itself. A hall admin can lift a suspension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoShowPolicy {
    pub limit: u32,
    pub within_days: u32,
    pub block_days: u32,
    pub mark_after_minutes: u32,
}

impl Default for NoShowPolicy {
    fn default() -> Self {
        NoShowPolicy { limit: 3, within_days: 90, block_days: 30, mark_after_minutes: 30 }
    }
}

impl NoShowPolicy {
    /// How far back no-shows can matter today: a suspension that began earlier has ended.
    pub fn look_back_days(&self) -> u32 {
        self.within_days + self.block_days
    }

    /// The first day the person may book again, if they may not today: `no_shows` are the
    /// dates of their no-shows (any order); those on or before `lifted_on` (a suspension
    /// a hall admin lifted) no longer count.
    pub fn may_book_from(&self, no_shows: &[Date], lifted_on: Option<Date>, today: Date) -> Option<Date> {
        if self.limit == 0 {
            return None;
        }
        let mut dates: Vec<Date> = no_shows.iter().copied().filter(|d| lifted_on.is_none_or(|lifted| *d > lifted)).collect();
        dates.sort();
        let n = self.limit as usize;
        let end = dates
            .windows(n)
            .filter(|w| w[n - 1].days_since_epoch() - w[0].days_since_epoch() < self.within_days as i32)
            .map(|w| w[n - 1].add_days(self.block_days as i32 + 1))
            .max()?;
        (today < end).then_some(end)
    }
}

/// `POST /api/v1/console/halls/{code}/closures`: close the hall on `date`, from `start`
/// to `end` (both absent: the whole day). Its slots go, and every appointment in the span
/// is cancelled by the hall with `reason`, which the citizen sees. With `window`, only that
/// window closes: the items it serves lose its share of places in the span, and the
/// appointments that no longer fit (the last booked first) are cancelled with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewClosure {
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    pub reason: String,
    /// A window's number (`A01`), as the hall lists it; absent: the whole hall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<String>,
}

/// What a closure did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosureDone {
    /// The references of the appointments cancelled by it.
    pub cancelled: Vec<String>,
}

/// Whether the slot `start`–`end` overlaps the closed span `closed_start`–`closed_end`
/// (`None`: from opening, until closing). Times are `HH:MM`, which order as text.
pub fn overlaps_closure(start: &str, end: &str, closed_start: Option<&str>, closed_end: Option<&str>) -> bool {
    closed_start.is_none_or(|from| end > from) && closed_end.is_none_or(|until| start < until)
}

/// One staff write as the audit log keeps it: who, when, at which hall, what, and the
/// state before and after (never a full ID or mobile number).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: i64,
    pub login: String,
    pub hall_code: String,
    /// `appointment.state`, …
    pub action: String,
    /// What it was done to: an appointment's reference, …
    pub target: String,
    pub before: String,
    pub after: String,
}

/// `GET /api/v1/console/halls/{code}/audit`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLog {
    pub entries: Vec<AuditEntry>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_covers_its_own_halls_its_regions_subtree_or_for_the_hotline_every_hall() {
        let staff = StaffScope { role: StaffRole::WindowStaff, halls: vec!["330106-01".into()], region: None };
        assert!(staff.covers("330106-01", "330106"));
        assert!(!staff.covers("330102-01", "330106"));
        let region = StaffScope { role: StaffRole::RegionAdmin, halls: vec![], region: Some("330100".into()) };
        assert!(region.covers("330106-01", "330106"));
        assert!(!region.covers("110101-01", "110101"));
        let nowhere = StaffScope { role: StaffRole::RegionAdmin, halls: vec!["110101-01".into()], region: None };
        assert!(!nowhere.covers("110101-01", "110101"), "a region admin without a region sees nothing");
        assert!(StaffScope { role: StaffRole::HotlineOperator, halls: vec![], region: None }.covers("x", "110101"));
    }

    #[test]
    fn only_the_moves_a_counter_makes_are_allowed() {
        use DayState::*;
        assert!(Booked.may_become(Arrived) && Arrived.may_become(Served) && Booked.may_become(NoShow));
        assert!(NoShow.may_become(Booked) && Arrived.may_become(Booked), "a mistake can be undone");
        for cancelled in [CancelledByCitizen, CancelledByHall] {
            assert!(DayState::ALL.iter().all(|&to| !cancelled.may_become(to)));
        }
        assert!(!Served.may_become(Booked) && !Booked.may_become(Served) && !Booked.may_become(Booked));
    }

    #[test]
    fn three_no_shows_within_90_days_suspend_booking_for_30_days_after_the_third() {
        let d = |s: &str| Date::parse(s).unwrap();
        let policy = NoShowPolicy::default();
        let three = [d("2026-06-01"), d("2026-07-01"), d("2026-08-01")];
        assert_eq!(policy.may_book_from(&three, None, d("2026-08-02")), Some(d("2026-09-01")));
        assert_eq!(policy.may_book_from(&three, None, d("2026-08-31")), Some(d("2026-09-01")));
        assert_eq!(policy.may_book_from(&three, None, d("2026-09-01")), None, "the 31st day after the third");
        // Spread over more than 90 days: no suspension.
        let spread = [d("2026-03-01"), d("2026-05-01"), d("2026-06-01")];
        assert_eq!(policy.may_book_from(&spread, None, d("2026-06-02")), None);
        assert_eq!(policy.may_book_from(&three[..2], None, d("2026-08-02")), None, "two are not three");
        // Lifted by a hall admin on 2 August: those three no longer count; three new ones do.
        assert_eq!(policy.may_book_from(&three, Some(d("2026-08-02")), d("2026-08-03")), None);
        let later = [three[0], three[1], three[2], d("2026-08-10"), d("2026-08-20"), d("2026-08-25")];
        assert_eq!(policy.may_book_from(&later, Some(d("2026-08-02")), d("2026-08-26")), Some(d("2026-09-25")));
    }

    #[test]
    fn a_closure_takes_the_slots_it_touches() {
        assert!(overlaps_closure("09:00", "09:30", None, None), "the whole day");
        assert!(overlaps_closure("13:30", "14:00", Some("13:00"), None), "from 13:00 on");
        assert!(!overlaps_closure("12:30", "13:00", Some("13:00"), None), "a slot ending as it starts is kept");
        assert!(overlaps_closure("10:00", "10:30", Some("10:15"), Some("11:00")), "partly inside");
        assert!(!overlaps_closure("11:00", "11:30", Some("10:15"), Some("11:00")));
    }

    #[test]
    fn a_new_password_is_long_and_new() {
        assert_eq!(password_problem("li", "old-password", "short"), Some(crate::Problem::TooShort));
        assert_eq!(password_problem("li", "old-password", "old-password"), Some(crate::Problem::PasswordReused));
        assert_eq!(password_problem("window-li", "x", "WINDOW-LI"), Some(crate::Problem::TooShort));
        assert_eq!(password_problem("window-li-01", "x", "WINDOW-LI-01"), Some(crate::Problem::PasswordReused));
        assert_eq!(password_problem("li", "old-password", "a long new phrase"), None);
    }
}

/// `POST /api/v1/console/halls/{code}/capacity`: the places of an item's slots on a future
/// day — one slot (`start`) or every slot of the day — for more windows open, or fewer.
/// Never below what is booked: refused with `capacity_below_booked` and the count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapacityChange {
    pub item_code: String,
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Places per slot, at least 1 (a slot is taken away by a closure, which tells the
    /// citizens booked in it why).
    pub capacity: u32,
}

/// The most places one slot may have (a hall with many windows, and a typo caught).
pub const MAX_SLOT_CAPACITY: u32 = 500;

/// `POST /api/v1/console/calendar`: a year's official schedule (the same file as
/// `hall-server calendar import`: one notice or a list), previewed (`save: false`) or saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarImport {
    /// The file's text, at most [`MAX_CALENDAR_CHARS`] characters.
    pub text: String,
    #[serde(default)]
    pub save: bool,
}

/// What a calendar file would change: its years, and the booked appointments on days it
/// closes (open under the calendar in use, closed under the new one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarPreview {
    pub years: Vec<i32>,
    pub notices: Vec<crate::HolidayNotice>,
    /// All such appointments, at every hall.
    pub affected_total: u32,
    /// Those at the account's own halls, by day and time (no personal data).
    pub affected: Vec<AffectedAppointment>,
    /// Whether it was saved (running servers use it within 30 s).
    pub saved: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AffectedAppointment {
    pub reference: String,
    pub hall_code: String,
    pub date: Date,
    pub start: String,
}

/// The longest calendar file the console takes: a year's notice is about 1,000 characters
/// (`hall-server calendar import` reads any length).
pub const MAX_CALENDAR_CHARS: usize = 5_000;

/// `GET /api/v1/console/halls/{code}/staff`: the accounts that work at a hall (by its list
/// of halls), for its admins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HallStaff {
    pub members: Vec<StaffMember>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub login: String,
    pub role: StaffRole,
    /// Still on the one-time password it was given.
    pub must_change_password: bool,
    pub disabled: bool,
}

/// `POST /api/v1/console/halls/{code}/staff`: a hall admin opens an account at their hall,
/// for window staff or another hall admin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewStaff {
    pub login: String,
    pub role: StaffRole,
}

/// The new account and its one-time password, shown once, to hand over in person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffAdded {
    pub login: String,
    pub one_time_password: String,
}
