//! Calendar dates without a date library: enough for opening days, public holidays and
//! the working days swapped onto weekends (调休) that decide when a hall takes bookings.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day in the proleptic Gregorian calendar, `YYYY-MM-DD` on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i32,
}

impl Date {
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) || !(1800..=9999).contains(&year) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Date { days: era * 146_097 + doe - 719_468 })
    }

    pub fn from_days_since_epoch(days: i32) -> Date {
        Date { days }
    }

    /// The date in China (UTC+8, no daylight saving) at `unix_seconds`.
    pub fn in_china(unix_seconds: i64) -> Date {
        Date { days: (unix_seconds + 8 * 3600).div_euclid(86_400) as i32 }
    }

    pub fn days_since_epoch(self) -> i32 {
        self.days
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        ((self.days + 3).rem_euclid(7) + 1) as u8
    }

    pub fn add_days(self, days: i32) -> Date {
        Date { days: self.days + days }
    }

    /// Reads `YYYY-MM-DD`; anything else (or a day that does not exist) is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| text.get(range).filter(|s| s.bytes().all(|b| b.is_ascii_digit()))?.parse().ok();
        Date::from_ymd(number(0..4)? as i32, number(5..7)?, number(8..10)?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {text}")))
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The official public holidays (法定节假日) and the weekend days made working days in
/// exchange (调休上班), as the State Council publishes them each year, and which years
/// are known. A day in a year whose schedule is not known is not bookable: the server
/// fails closed rather than booking a Spring Festival it cannot see.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayCalendar {
    pub holidays: BTreeSet<Date>,
    pub working_weekends: BTreeSet<Date>,
    /// The years whose schedule was imported.
    #[serde(default)]
    pub years: BTreeSet<i32>,
}

impl HolidayCalendar {
    /// The calendar of these yearly notices together.
    pub fn from_notices<'a>(notices: impl IntoIterator<Item = &'a HolidayNotice>) -> HolidayCalendar {
        let mut calendar = HolidayCalendar::default();
        for notice in notices {
            calendar.years.insert(notice.year);
            calendar.holidays.extend(notice.holiday_dates());
            calendar.working_weekends.extend(notice.working_days.iter().copied());
        }
        calendar
    }

    /// Whether the schedule of `date`'s year is known.
    pub fn knows(&self, date: Date) -> bool {
        self.years.contains(&date.ymd().0)
    }

    /// The weekday whose opening hours apply on `date` for a hall open on
    /// `open_weekdays`, or `None` when it is closed. Holidays close, and so does every day
    /// of a year whose schedule is not known. A swapped working weekend day (调休上班) is
    /// an ordinary working day: it opens with the hours of the hall's first working
    /// weekday, even at a hall that also opens on that weekend day with other hours.
    pub fn hours_weekday(&self, date: Date, open_weekdays: &[u8]) -> Option<u8> {
        if !self.knows(date) || self.holidays.contains(&date) {
            return None;
        }
        let weekday = date.weekday();
        if self.working_weekends.contains(&date) {
            let ordinary = open_weekdays.iter().copied().filter(|d| (1..=5).contains(d)).min();
            return ordinary.or_else(|| open_weekdays.contains(&weekday).then_some(weekday));
        }
        open_weekdays.contains(&weekday).then_some(weekday)
    }
}

/// One year's holiday schedule as the State Council's notice (国务院办公厅关于某年部分节假日
/// 安排的通知) gives it: each holiday as a range of days off, and the weekend days worked
/// in exchange. The format `hall-server calendar import` reads (see the README).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayNotice {
    pub year: i32,
    /// Where it comes from, e.g. the notice's number (国办发明电〔2025〕7号).
    #[serde(default)]
    pub source: String,
    pub holidays: Vec<HolidayRange>,
    /// Weekend days worked in exchange (调休上班).
    #[serde(default)]
    pub working_days: Vec<Date>,
}

/// `{"name": "春节", "from": "2026-02-15", "to": "2026-02-23"}`: the days off, both ends included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayRange {
    pub name: String,
    pub from: Date,
    pub to: Date,
}

impl HolidayNotice {
    /// Every day off, in order.
    pub fn holiday_dates(&self) -> Vec<Date> {
        let mut dates = Vec::new();
        for range in &self.holidays {
            let mut date = range.from;
            while date <= range.to {
                dates.push(date);
                date = date.add_days(1);
            }
        }
        dates
    }

    /// Every mistake in the notice as typed, each naming the entry: a range backwards,
    /// longer than a fortnight or outside the year, a working day that is not a weekend
    /// day or is also a holiday.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        let year = self.year;
        if !(2000..=2200).contains(&year) {
            problems.push(format!("year {year} is not a year this calendar can hold"));
        }
        if self.holidays.is_empty() {
            problems.push(format!("{year}: no holidays listed"));
        }
        let holidays: BTreeSet<Date> = self.holiday_dates().into_iter().collect();
        for range in &self.holidays {
            let name = if range.name.trim().is_empty() { "(no name)" } else { range.name.trim() };
            if range.name.trim().is_empty() {
                problems.push(format!("{year}: a holiday from {} has no name", range.from));
            }
            if range.to < range.from {
                problems.push(format!("{year}: {name} ends ({}) before it starts ({})", range.to, range.from));
            } else if range.to.days_since_epoch() - range.from.days_since_epoch() >= 14 {
                problems.push(format!("{year}: {name} ({} to {}) is longer than two weeks", range.from, range.to));
            }
            for end in [range.from, range.to] {
                if end.ymd().0 != year {
                    problems.push(format!("{year}: {name} has a day ({end}) outside {year}"));
                }
            }
        }
        for day in &self.working_days {
            if day.ymd().0 != year {
                problems.push(format!("{year}: working day {day} is outside {year}"));
            }
            if day.weekday() < 6 {
                problems.push(format!("{year}: working day {day} is not a Saturday or Sunday (weekdays are working days anyway)"));
            }
            if holidays.contains(day) {
                problems.push(format!("{year}: {day} is both a holiday and a working day"));
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(problems) }
    }
}

impl HolidayCalendar {
    /// A working day (工作日): Monday to Friday unless a public holiday, plus the weekend
    /// days worked in exchange.
    pub fn is_working_day(&self, date: Date) -> bool {
        if self.holidays.contains(&date) {
            return false;
        }
        date.weekday() <= 5 || self.working_weekends.contains(&date)
    }

    /// The day `days` working days after `from` (time limits count from the day after
    /// submission: 1 working day after a Friday is the next Monday).
    pub fn add_working_days(&self, from: Date, days: u32) -> Date {
        let mut date = from;
        let mut left = days;
        while left > 0 {
            date = date.add_days(1);
            if self.is_working_day(date) {
                left -= 1;
            }
        }
        date
    }

    /// Working days from `from` to `to`: positive when `to` is later (days left until a
    /// deadline), negative when earlier (days overdue), counting working days after the
    /// earlier day up to and including the later one.
    pub fn working_days_between(&self, from: Date, to: Date) -> i32 {
        let (start, end, sign) = if to >= from { (from, to, 1) } else { (to, from, -1) };
        let mut count = 0;
        let mut date = start;
        while date < end {
            date = date.add_days(1);
            if self.is_working_day(date) {
                count += 1;
            }
        }
        sign * count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_know_their_weekday() {
        let table = [("1970-01-01", 4), ("2026-11-26", 4), ("2024-02-29", 4), ("2026-10-01", 4), ("2027-01-04", 1), ("2026-02-15", 7)];
        for (text, weekday) in table {
            let date = Date::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(date.to_string(), text);
            assert_eq!(date.weekday(), weekday, "{text}");
            assert_eq!(Date::from_days_since_epoch(date.days_since_epoch()), date);
        }
        assert_eq!(Date::parse("2026-12-31").unwrap().add_days(1).to_string(), "2027-01-01");
        // 2026-11-26 22:30 UTC is already the 27th in China.
        assert_eq!(Date::in_china(1_795_732_200).to_string(), "2026-11-27");
        assert_eq!(Date::in_china(1_795_732_200 - 7 * 3600).to_string(), "2026-11-26", "15:30 UTC is 23:30 in China");
        for bad in ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-32", "2026/01/01", "２０２６-01-01"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn holidays_close_and_swapped_weekends_open_with_weekday_hours() {
        let calendar = HolidayCalendar {
            holidays: ["2026-10-01", "2026-10-02"].iter().map(|d| Date::parse(d).unwrap()).collect(),
            working_weekends: ["2026-10-10"].iter().map(|d| Date::parse(d).unwrap()).collect(),
            years: [2026].into(),
        };
        let weekdays = [1, 2, 3, 4, 5];
        let day = |d: &str| Date::parse(d).unwrap();
        assert_eq!(calendar.hours_weekday(day("2026-10-01"), &weekdays), None, "a holiday Thursday");
        assert_eq!(calendar.hours_weekday(day("2026-10-08"), &weekdays), Some(4), "an ordinary Thursday");
        assert_eq!(calendar.hours_weekday(day("2026-10-10"), &weekdays), Some(1), "a swapped Saturday");
        assert_eq!(calendar.hours_weekday(day("2026-10-11"), &weekdays), None, "an ordinary Sunday");
        // A hall open on Saturdays works an ordinary working day's hours on a swapped
        // Saturday, not its (shorter) Saturday hours: 调休 is a working day.
        assert_eq!(calendar.hours_weekday(day("2026-10-10"), &[1, 2, 3, 4, 5, 6]), Some(1));
        assert_eq!(calendar.hours_weekday(day("2026-10-17"), &[1, 2, 3, 4, 5, 6]), Some(6), "an ordinary Saturday");
        // A hall open at weekends only keeps its own hours.
        assert_eq!(calendar.hours_weekday(day("2026-10-10"), &[6, 7]), Some(6));
        // Past the years the calendar knows, nothing opens (fail closed).
        assert_eq!(calendar.hours_weekday(day("2027-02-08"), &weekdays), None, "a Monday of 2027, whose schedule is unknown");
        assert!(!calendar.knows(day("2027-01-01")) && calendar.knows(day("2026-12-31")));
    }

    #[test]
    fn a_yearly_notice_becomes_the_calendar_and_its_mistakes_are_named() {
        let day = |d: &str| Date::parse(d).unwrap();
        let notice: HolidayNotice =
            serde_json::from_str(r#"{"year": 2027, "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "working_days": ["2027-01-09"]}"#)
                .unwrap();
        assert_eq!(notice.validate(), Ok(()));
        let calendar = HolidayCalendar::from_notices([&notice]);
        assert_eq!(calendar.holidays, [day("2027-01-01"), day("2027-01-02"), day("2027-01-03")].into());
        assert!(calendar.knows(day("2027-06-01")) && !calendar.knows(day("2026-06-01")));
        let wrong = HolidayNotice {
            year: 2027,
            source: String::new(),
            holidays: vec![
                HolidayRange { name: "春节".into(), from: day("2027-02-10"), to: day("2027-02-05") },
                HolidayRange { name: "".into(), from: day("2026-12-31"), to: day("2027-01-01") },
            ],
            working_days: vec![day("2027-02-08"), day("2027-01-01")],
        };
        let problems = wrong.validate().unwrap_err();
        for expected in ["春节 ends", "has no name", "outside 2027", "2027-02-08 is not a Saturday or Sunday", "2027-01-01 is both"] {
            assert!(problems.iter().any(|p| p.contains(expected)), "{expected}: {problems:?}");
        }
    }

    #[test]
    fn working_days_skip_holidays_and_count_swapped_weekends() {
        let day = |d: &str| Date::parse(d).unwrap();
        let calendar = HolidayCalendar {
            holidays: (1..=7).map(|d| day(&format!("2026-10-{d:02}"))).collect(),
            working_weekends: [day("2026-09-20"), day("2026-10-10")].into(),
            years: [2026].into(),
        };
        let table: [(&str, u32, &str); 6] = [
            ("2026-09-24", 1, "2026-09-25"), // Thursday → Friday
            ("2026-09-25", 1, "2026-09-28"), // Friday → Monday
            ("2026-09-18", 1, "2026-09-20"), // Friday → the swapped Sunday
            ("2026-09-30", 1, "2026-10-08"), // across National Day
            ("2026-09-30", 3, "2026-10-10"), // 8th, 9th, and the swapped Saturday
            ("2026-09-30", 0, "2026-09-30"),
        ];
        for (from, days, due) in table {
            assert_eq!(calendar.add_working_days(day(from), days), day(due), "{from} + {days}");
            assert_eq!(calendar.working_days_between(day(from), day(due)), days as i32, "{from} → {due}");
        }
        assert_eq!(calendar.working_days_between(day("2026-10-12"), day("2026-10-08")), -3, "8th..12th: 9, 10 (swapped), 12 overdue");
        assert!(!calendar.is_working_day(day("2026-10-11")));
        assert!(calendar.is_working_day(day("2026-10-10")));
    }
}
