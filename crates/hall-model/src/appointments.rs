//! Appointments (预约): the slots a hall offers for an item, and the API's booking types.
//!
//! Slots are derived, never stored as a schedule: a hall's opening hours cut into fixed
//! lengths, on days the holiday calendar leaves open, with room for as many people per
//! slot as the hall has windows serving the item times the places per window. The server
//! stores only how many places of a slot are taken.

use serde::{Deserialize, Serialize};

use crate::calendar::{Date, HolidayCalendar};
use crate::identity::{DocumentType, check_mobile, parse_document};
use crate::{FieldProblem, Lang, OpeningHours, Problem};

/// How a hall takes appointments: stored with the hall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingPolicy {
    /// Minutes per slot.
    pub slot_minutes: u32,
    /// People one window serves per slot.
    pub places_per_window: u32,
    /// How many days ahead slots can be booked (today excluded).
    pub days_ahead: u32,
}

impl Default for BookingPolicy {
    fn default() -> Self {
        BookingPolicy { slot_minutes: 30, places_per_window: 2, days_ahead: 14 }
    }
}

fn minutes(time: &str) -> Option<u32> {
    let (h, m) = time.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

fn clock(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The slot start and end times of a day with the opening hours of `weekday`: each span
/// cut into whole slots (a remainder shorter than a slot is not offered).
pub fn slot_times(hours: &[OpeningHours], weekday: u8, slot_minutes: u32) -> Vec<(String, String)> {
    let mut times = Vec::new();
    if slot_minutes == 0 {
        return times;
    }
    for span in hours.iter().filter(|s| s.weekdays.contains(&weekday)) {
        let (Some(open), Some(close)) = (minutes(&span.open), minutes(&span.close)) else {
            continue;
        };
        let mut start = open;
        while start + slot_minutes <= close {
            times.push((clock(start), clock(start + slot_minutes)));
            start += slot_minutes;
        }
    }
    times.sort();
    times.dedup();
    times
}

/// A day's slots for an item at a hall, before bookings: `None` when the hall is closed.
pub fn day_slots(hours: &[OpeningHours], calendar: &HolidayCalendar, date: Date, policy: &BookingPolicy, windows: u32) -> Option<Vec<(String, String, u32)>> {
    let open_weekdays: Vec<u8> = hours.iter().flat_map(|s| s.weekdays.iter().copied()).collect();
    let weekday = calendar.hours_weekday(date, &open_weekdays)?;
    let capacity = windows * policy.places_per_window;
    if capacity == 0 {
        return None;
    }
    Some(slot_times(hours, weekday, policy.slot_minutes).into_iter().map(|(s, e)| (s, e, capacity)).collect())
}

/// One slot with its places: `GET /api/v1/halls/{code}/slots`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// Local time, `HH:MM`.
    pub start: String,
    pub end: String,
    pub capacity: u32,
    pub remaining: u32,
}

/// A bookable day; days the hall is closed are listed with `open: false` so that a list
/// of days reads without gaps ("closed: public holiday").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotDay {
    pub date: Date,
    /// ISO weekday, 1 = Monday.
    pub weekday: u8,
    pub open: bool,
    /// A public holiday (closed) or a swapped working weekend (open).
    pub holiday: bool,
    /// Closed because the holiday schedule of the day's year has not been published (or
    /// imported) yet: the hall cannot know whether it will open.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unpublished: bool,
    pub slots: Vec<Slot>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HallSlots {
    pub hall_code: String,
    pub item_code: String,
    pub days: Vec<SlotDay>,
}

/// `POST /api/v1/appointments`. Personal data travels in the body only, never in a URL.
///
/// The person the appointment is for (the applicant) is named by `name` and a document;
/// booked on their behalf (代办), `agent_name` names who books and will come, and `mobile`
/// is the agent's: the hall's messages go to whoever booked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookingRequest {
    pub hall_code: String,
    pub item_code: String,
    pub date: String,
    pub start: String,
    /// The applicant's name.
    pub name: String,
    /// The mobile the hall's messages go to: the applicant's, or the agent's when booked
    /// on someone's behalf.
    pub mobile: String,
    /// The applicant's document; a resident ID when not given, as before there were others.
    #[serde(default)]
    pub document_type: DocumentType,
    /// The applicant's document number. Clients from before document types send it as
    /// `resident_id`.
    #[serde(alias = "resident_id")]
    pub document_number: String,
    /// Booked for someone else, by the agent named in `agent_name`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub on_behalf: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agent_name: String,
}

/// `POST /api/v1/appointments/{reference}/reschedule`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RescheduleRequest {
    pub date: String,
    pub start: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    Booked,
    Cancelled,
}

/// An appointment as its holder sees it: personal data masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub lang: Lang,
    /// Short, readable at a counter: 8 characters of Crockford base32.
    pub reference: String,
    pub status: AppointmentStatus,
    pub hall_code: String,
    pub hall_name: String,
    pub hall_address: String,
    pub item_code: String,
    pub item_name: String,
    pub date: Date,
    pub start: String,
    pub end: String,
    /// The applicant's name.
    pub name: String,
    /// `138****5678`: the mobile the hall's messages go to (the agent's when booked on
    /// someone's behalf).
    pub mobile_masked: String,
    /// `110***********1234`: the masked number when the document is a resident ID, empty
    /// otherwise. Kept for clients from before document types; read `document_masked`.
    pub resident_id_masked: String,
    /// The applicant's document (absent in answers stored before document types: a
    /// resident ID).
    #[serde(default)]
    pub document_type: DocumentType,
    /// The applicant's document number, masked (`identity::mask_document`).
    #[serde(default)]
    pub document_masked: String,
    /// Booked for the applicant by someone else.
    #[serde(default)]
    pub on_behalf: bool,
    /// Who booked on the applicant's behalf.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_name: Option<String>,
    /// Cancelled by the hall (closed that day or part of it), and why, in the hall's
    /// words: the holder is told, with a way to book another time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled_by_hall: Option<String>,
}

/// The answer to a booking: the appointment and the token that manages it, shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Booking {
    pub appointment: Appointment,
    /// 128 random bits, hex. Sent back in `Authorization: Bearer …` to look up, cancel or
    /// reschedule; the server keeps only its hash.
    pub manage_token: String,
}

/// An iCalendar file (RFC 5545) for an appointment, to add it to a phone's calendar.
/// Times are written in UTC (China has one time zone, UTC+8, and no daylight saving), so
/// no VTIMEZONE is needed. `stamp` is the creation time, `YYYYMMDDTHHMMSSZ`.
pub fn ics(appointment: &Appointment, summary: &str, stamp: &str) -> String {
    let utc = |time: &str| -> String {
        let minutes = minutes(time).unwrap_or(0) as i32 - 8 * 60;
        let (day, minutes) = (appointment.date.add_days(minutes.div_euclid(24 * 60)), minutes.rem_euclid(24 * 60));
        let (y, m, d) = day.ymd();
        format!("{y:04}{m:02}{d:02}T{:02}{:02}00Z", minutes / 60, minutes % 60)
    };
    // Text values escape backslash, semicolon, comma and newline.
    let text = |value: &str| value.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n");
    [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//hall-guide//appointments//EN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@hall-guide", appointment.reference),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART:{}", utc(&appointment.start)),
        format!("DTEND:{}", utc(&appointment.end)),
        format!("SUMMARY:{}", text(summary)),
        format!("LOCATION:{}", text(&format!("{} {}", appointment.hall_name, appointment.hall_address))),
        format!("DESCRIPTION:{}", text(&appointment.reference)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ]
    .iter()
    .map(|line| fold(line))
    .collect::<Vec<_>>()
    .join("\r\n")
        + "\r\n"
}

/// Folds a content line longer than 75 octets (RFC 5545 §3.1): a line break and a space
/// before the octet that would pass 75, never inside a UTF-8 character (a Chinese hall
/// name is 3 octets a character).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        // Continuation lines start with the space, which counts towards their 75.
        if octets + width > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += width;
    }
    out
}

/// A booking whose every field is well-formed (the slot may still be full or missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedBooking {
    pub date: Date,
    pub start: String,
    /// The applicant's name, spaces tidied.
    pub name: String,
    /// The mobile the messages go to (the agent's when on someone's behalf), normalised.
    pub mobile: String,
    pub document_type: DocumentType,
    /// Normalised by `identity::parse_document`.
    pub document_number: String,
    /// `Some` when booked on the applicant's behalf: the agent's name, spaces tidied.
    pub agent_name: Option<String>,
}

/// Longest name accepted (characters): Chinese names are short, transliterated ones not.
pub const NAME_MAX_CHARS: usize = 60;

/// Whether a name is made of characters a name can hold: no control characters (NUL,
/// BEL, ESC…), no bidirectional overrides or isolates (U+202A–202E, U+2066–2069) that
/// would make it display as something else, and not only invisible (zero-width) ones.
pub fn is_printable_name(name: &str) -> bool {
    let invisible = |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}' | '\u{180E}');
    let forbidden = |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}');
    !name.chars().any(forbidden) && name.chars().any(|c| !invisible(c) && !c.is_whitespace())
}

/// Whether `text` is a clock time `HH:MM`.
pub fn is_clock_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Digits only: `parse` would also take `+9:30`.
    bytes.len() == 5
        && bytes[2] == b':'
        && [0, 1, 3, 4].iter().all(|&i| bytes[i].is_ascii_digit())
        && minutes(text).is_some_and(|m| m < 24 * 60)
        && text[3..].parse::<u32>().is_ok_and(|m| m < 60)
}

/// A name as typed with its spaces tidied: none at the ends, one between words.
fn tidy_name(typed: &str) -> String {
    typed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What is wrong with a tidied name, if anything.
fn name_problem(name: &str) -> Option<Problem> {
    if name.is_empty() {
        Some(Problem::Missing)
    } else if !is_printable_name(name) {
        Some(Problem::Characters)
    } else if name.chars().count() > NAME_MAX_CHARS {
        Some(Problem::TooLong)
    } else {
        None
    }
}

/// Checks every field of a booking at once, so a form can mark them all.
pub fn check_booking(request: &BookingRequest, today: Date) -> Result<CheckedBooking, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let mut problem = |field: &str, problem: Problem| problems.push(FieldProblem { field: field.to_owned(), problem });
    let date = Date::parse(request.date.trim());
    if date.is_none() {
        problem("date", Problem::DateFormat);
    }
    let start = request.start.trim().to_owned();
    if !is_clock_time(&start) {
        problem("start", Problem::TimeFormat);
    }
    let name = tidy_name(&request.name);
    if let Some(wrong) = name_problem(&name) {
        problem("name", wrong);
    }
    let document_number = if request.document_number.trim().is_empty() {
        problem("document_number", Problem::Missing);
        None
    } else {
        parse_document(request.document_type, &request.document_number, today).map_err(|error| problem("document_number", Problem::of_document(error))).ok()
    };
    let agent_name = request.on_behalf.then(|| tidy_name(&request.agent_name));
    if let Some(wrong) = agent_name.as_deref().and_then(name_problem) {
        problem("agent_name", wrong);
    }
    let mobile = if request.mobile.trim().is_empty() {
        problem("mobile", Problem::Missing);
        None
    } else {
        check_mobile(&request.mobile).map_err(|error| problem("mobile", Problem::of_mobile(error))).ok()
    };
    match (date, mobile, document_number) {
        (Some(date), Some(mobile), Some(document_number)) if problems.is_empty() => {
            Ok(CheckedBooking { date, start, name, mobile, document_type: request.document_type, document_number, agent_name })
        }
        _ => Err(problems),
    }
}

impl CheckedBooking {
    /// The request that books exactly these checked values.
    pub fn request(&self, hall_code: &str, item_code: &str) -> BookingRequest {
        BookingRequest {
            hall_code: hall_code.to_owned(),
            item_code: item_code.to_owned(),
            date: self.date.to_string(),
            start: self.start.clone(),
            name: self.name.clone(),
            mobile: self.mobile.clone(),
            document_type: self.document_type,
            document_number: self.document_number.clone(),
            on_behalf: self.agent_name.is_some(),
            agent_name: self.agent_name.clone().unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn names_refuse_control_characters_bidi_overrides_and_invisible_only_text() {
        for good in ["张三", "Ayşe Nur", "ئابلىمىت", "O’Brien-Smith", "买买提·艾力"] {
            assert!(super::is_printable_name(good), "{good}");
        }
        for bad in ["张\u{0}三", "bell\u{7}", "esc\u{1b}[31m", "\u{202E}三张", "a\u{2066}b", "\u{200B}\u{200B}", "\u{FEFF}", "line\u{2028}break"] {
            assert!(!super::is_printable_name(bad), "{bad:?}");
        }
    }

    #[test]
    fn clock_times_are_two_digits_a_colon_and_two_digits() {
        for good in ["00:00", "09:30", "23:59"] {
            assert!(is_clock_time(good), "{good}");
        }
        for bad in ["+9:30", "09:+5", "24:00", "9:30", "09:60", "09-30", " 9:30", "０９:３０"] {
            assert!(!is_clock_time(bad), "{bad}");
        }
    }
    use super::*;

    fn hours() -> Vec<OpeningHours> {
        vec![
            OpeningHours { weekdays: vec![1, 2, 3, 4, 5], open: "09:00".into(), close: "12:00".into() },
            OpeningHours { weekdays: vec![1, 2, 3, 4, 5], open: "13:30".into(), close: "17:15".into() },
            OpeningHours { weekdays: vec![6], open: "09:00".into(), close: "12:00".into() },
        ]
    }

    #[test]
    fn opening_hours_cut_into_whole_slots() {
        let monday = slot_times(&hours(), 1, 30);
        assert_eq!(monday.len(), 6 + 7, "09:00–12:00 is 6 slots, 13:30–17:15 is 7 (the last 15 minutes are not a slot)");
        assert_eq!(monday[0], ("09:00".into(), "09:30".into()));
        assert_eq!(monday[6], ("13:30".into(), "14:00".into()));
        assert_eq!(monday.last().unwrap(), &("16:30".into(), "17:00".into()));
        assert_eq!(slot_times(&hours(), 6, 60).len(), 3);
        assert!(slot_times(&hours(), 7, 30).is_empty());
    }

    #[test]
    fn holidays_and_swapped_working_days_decide_the_days_offered() {
        let day = |d: &str| Date::parse(d).unwrap();
        let calendar =
            HolidayCalendar { holidays: [day("2026-10-01"), day("2026-10-05")].into(), working_weekends: [day("2026-10-11")].into(), years: [2026].into() };
        let policy = BookingPolicy::default();
        let table: [(&str, Option<usize>); 5] = [
            ("2026-10-01", None),     // National Day, a Thursday
            ("2026-10-05", None),     // a holiday Monday
            ("2026-10-08", Some(13)), // an ordinary Thursday
            ("2026-10-10", Some(6)),  // an ordinary Saturday: Saturday hours
            ("2026-10-11", Some(13)), // a swapped working Sunday: weekday hours
        ];
        for (date, slots) in table {
            let got = day_slots(&hours(), &calendar, day(date), &policy, 3);
            assert_eq!(got.as_ref().map(Vec::len), slots, "{date}");
            if let Some(got) = got {
                assert!(got.iter().all(|(_, _, capacity)| *capacity == 6), "3 windows × 2 places");
            }
        }
        assert_eq!(day_slots(&hours(), &calendar, day("2026-10-08"), &policy, 0), None, "no window serves the item");
    }

    #[test]
    fn a_booking_reports_every_wrong_field_at_once() {
        let today = Date::parse("2026-11-26").unwrap();
        let good = BookingRequest {
            hall_code: "330106-01".into(),
            item_code: "102100000007".into(),
            date: "2026-11-27".into(),
            start: "09:30".into(),
            name: "  张  三 ".into(),
            mobile: "138 1234 5678".into(),
            document_type: DocumentType::ResidentId,
            document_number: "11010519491231002x".into(),
            on_behalf: false,
            agent_name: String::new(),
        };
        let checked = check_booking(&good, today).expect("valid");
        assert_eq!((checked.name.as_str(), checked.mobile.as_str(), checked.document_number.as_str()), ("张 三", "13812345678", "11010519491231002X"));
        assert_eq!(checked.agent_name, None);
        assert_eq!(checked.request(&good.hall_code, &good.item_code).document_number, "11010519491231002X", "the checked values are what is sent");
        let bad = BookingRequest {
            date: "2026-11-31".into(),
            start: "9:30".into(),
            name: " ".into(),
            mobile: "12345".into(),
            document_number: "110105194912310021".into(),
            ..good.clone()
        };
        let problems: Vec<(String, Problem)> = check_booking(&bad, today).unwrap_err().into_iter().map(|p| (p.field, p.problem)).collect();
        assert_eq!(
            problems,
            vec![
                ("date".into(), Problem::DateFormat),
                ("start".into(), Problem::TimeFormat),
                ("name".into(), Problem::Missing),
                ("document_number".into(), Problem::ResidentIdCheckDigit),
                ("mobile".into(), Problem::MobileLength),
            ]
        );
    }

    #[test]
    fn a_booking_for_someone_else_needs_the_agents_name_and_checks_the_applicants_document() {
        let today = Date::parse("2026-11-26").unwrap();
        let base = BookingRequest {
            hall_code: "330106-01".into(),
            item_code: "102100000007".into(),
            date: "2026-11-27".into(),
            start: "09:30".into(),
            name: "陈大文".into(),
            mobile: "13912345678".into(),
            document_type: DocumentType::HkMacauPermit,
            document_number: "h1234 5678".into(),
            on_behalf: true,
            agent_name: " 李  四 ".into(),
        };
        let checked = check_booking(&base, today).expect("valid");
        assert_eq!(checked.document_number, "H12345678");
        assert_eq!(checked.agent_name.as_deref(), Some("李 四"));
        assert_eq!(checked.request("a", "b").agent_name, "李 四");
        assert!(checked.request("a", "b").on_behalf);
        let field_problems = |request: BookingRequest| -> Vec<(String, Problem)> {
            check_booking(&request, today).err().unwrap_or_default().into_iter().map(|p| (p.field, p.problem)).collect()
        };
        let table: Vec<(BookingRequest, Vec<(&str, Problem)>)> = vec![
            (BookingRequest { agent_name: "  ".into(), ..base.clone() }, vec![("agent_name", Problem::Missing)]),
            // Not on behalf: an agent's name left in the form is not looked at.
            (BookingRequest { on_behalf: false, agent_name: "\u{7}".into(), ..base.clone() }, vec![]),
            (
                BookingRequest { document_type: DocumentType::Passport, document_number: "E12-345".into(), ..base.clone() },
                vec![("document_number", Problem::PassportCharacters)],
            ),
            (BookingRequest { document_type: DocumentType::TaiwanPermit, ..base.clone() }, vec![("document_number", Problem::TaiwanPermitFormat)]),
            (BookingRequest { mobile: "23812345678".into(), ..base.clone() }, vec![("mobile", Problem::MobileStart)]),
            (
                BookingRequest { document_number: " ".into(), mobile: String::new(), ..base.clone() },
                vec![("document_number", Problem::Missing), ("mobile", Problem::Missing)],
            ),
        ];
        for (request, expected) in table {
            let expected: Vec<(String, Problem)> = expected.into_iter().map(|(f, p)| (f.to_owned(), p)).collect();
            assert_eq!(field_problems(request.clone()), expected, "{request:?}");
        }
    }

    #[test]
    fn an_old_clients_request_is_a_resident_id_booked_for_oneself() {
        let old = serde_json::json!({"hall_code": "h", "item_code": "i", "date": "2026-11-27", "start": "09:30",
            "name": "张三", "mobile": "13812345678", "resident_id": "11010519491231002X"});
        let request: BookingRequest = serde_json::from_value(old).expect("an old request decodes");
        assert_eq!((request.document_type, request.document_number.as_str(), request.on_behalf), (DocumentType::ResidentId, "11010519491231002X", false));
    }

    #[test]
    fn an_appointment_becomes_a_calendar_event_in_utc() {
        let appointment = Appointment {
            lang: Lang::ZhCn,
            reference: "7K3M9QXA".into(),
            status: AppointmentStatus::Booked,
            hall_code: "330106-01".into(),
            hall_name: "西湖区政务服务中心".into(),
            hall_address: "文二西路128号, 杭州".into(),
            item_code: "102100000007".into(),
            item_name: "普通护照签发".into(),
            date: Date::parse("2026-10-08").unwrap(),
            start: "07:30".into(),
            end: "08:00".into(),
            name: "张三".into(),
            mobile_masked: "138****5678".into(),
            resident_id_masked: "110***********002X".into(),
            document_type: DocumentType::ResidentId,
            document_masked: "110***********002X".into(),
            on_behalf: false,
            agent_name: None,
            cancelled_by_hall: None,
        };
        let ics = ics(&appointment, "预约：普通护照签发; 7K3M9QXA", "20261001T000000Z");
        assert!(ics.contains("DTSTART:20261007T233000Z\r\n"), "07:30 in China is 23:30 UTC the day before: {ics}");
        assert!(ics.contains("DTEND:20261008T000000Z\r\n"));
        assert!(ics.contains("SUMMARY:预约：普通护照签发\\; 7K3M9QXA\r\n"));
        assert!(ics.contains("LOCATION:西湖区政务服务中心 文二西路128号\\, 杭州\r\n"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));

        // A long location is folded: no line over 75 octets, no character split, and
        // unfolding gives the line back.
        let long = Appointment {
            hall_address: "浙江省杭州市西湖区文二西路128号西湖区政务服务中心一楼综合受理区".into(), ..appointment.clone()
        };
        let ics = super::ics(&long, "预约：普通护照签发", "20261001T000000Z");
        assert!(ics.split("\r\n").all(|line| line.len() <= 75), "{ics}");
        assert!(ics.contains("\r\n "), "folded");
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("LOCATION:西湖区政务服务中心 浙江省杭州市西湖区文二西路128号西湖区政务服务中心一楼综合受理区\r\n"), "{unfolded}");
    }
}
