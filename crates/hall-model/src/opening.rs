//! Whether a hall is open now, and when it closes or opens next: "open · closes 17:00",
//! "lunch break · opens 14:00", "closed · opens Monday 09:00", from its weekly hours and
//! the days the holiday calendar changes ([`crate::DayException`]). China has one time
//! zone (UTC+8, no daylight saving), so a hall's clock is the Beijing clock wherever the
//! reader is.

use crate::{Date, DayException, OpeningHours};

/// Where a hall stands at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenState {
    /// Open now; the current span ends at `closes` (`HH:MM`) today.
    Open { closes: String },
    /// Closed now; opens at `opens` on `date` (today after a lunch break, or a later day).
    Closed { date: Date, opens: String },
    /// No opening within the next [`LOOK_AHEAD_DAYS`] days.
    ClosedForNow,
}

/// How far ahead [`OpenState::at`] looks for the next opening.
pub const LOOK_AHEAD_DAYS: i32 = 21;

/// Beijing time for a Unix time: the date and the minute of the day.
pub fn beijing(unix_seconds: i64) -> (Date, u32) {
    let local = unix_seconds + 8 * 3600;
    (Date::from_days_since_epoch(local.div_euclid(86_400) as i32), (local.rem_euclid(86_400) / 60) as u32)
}

fn minutes(hhmm: &str) -> Option<u32> {
    let (h, m) = hhmm.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

/// The spans a hall is open on `date`, earliest first: the weekly hours of the weekday
/// that applies (an exception's, or the date's own), none on a closed day.
pub fn spans_on<'a>(hours: &'a [OpeningHours], exceptions: &[DayException], date: Date) -> Vec<&'a OpeningHours> {
    let weekday = match exceptions.iter().find(|e| e.date == date) {
        Some(exception) => match exception.weekday {
            Some(weekday) => weekday,
            None => return Vec::new(),
        },
        None => date.weekday(),
    };
    let mut spans: Vec<&OpeningHours> = hours.iter().filter(|h| h.weekdays.contains(&weekday)).collect();
    spans.sort_by(|a, b| a.open.cmp(&b.open));
    spans
}

impl OpenState {
    /// Where a hall with these hours and exceptions stands at `unix_seconds`.
    pub fn at(hours: &[OpeningHours], exceptions: &[DayException], unix_seconds: i64) -> OpenState {
        let (today, now) = beijing(unix_seconds);
        for span in spans_on(hours, exceptions, today) {
            let (Some(open), Some(close)) = (minutes(&span.open), minutes(&span.close)) else { continue };
            if (open..close).contains(&now) {
                return OpenState::Open { closes: span.close.clone() };
            }
            if now < open {
                return OpenState::Closed { date: today, opens: span.open.clone() };
            }
        }
        for ahead in 1..=LOOK_AHEAD_DAYS {
            let date = today.add_days(ahead);
            if let Some(span) = spans_on(hours, exceptions, date).first() {
                return OpenState::Closed { date, opens: span.open.clone() };
            }
        }
        OpenState::ClosedForNow
    }
}

/// The exceptions to a hall's weekly hours in the `days` days from `from`, from the
/// holiday calendar: closed holidays, and weekend days worked in exchange (调休上班). Days
/// of a year whose schedule is not known are not listed (the usual hours are shown: the
/// state is a guide, not a booking, which fails closed instead).
pub fn exceptions(calendar: &crate::HolidayCalendar, hours: &[OpeningHours], from: Date, days: i32) -> Vec<DayException> {
    let open_weekdays: Vec<u8> = {
        let mut all: Vec<u8> = hours.iter().flat_map(|h| h.weekdays.iter().copied()).collect();
        all.sort_unstable();
        all.dedup();
        all
    };
    (0..days)
        .map(|n| from.add_days(n))
        .filter(|&date| calendar.knows(date))
        .filter_map(|date| {
            let weekday = calendar.hours_weekday(date, &open_weekdays);
            let usual = open_weekdays.contains(&date.weekday()).then_some(date.weekday());
            (weekday != usual).then_some(DayException { date, weekday })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{HolidayCalendar, HolidayNotice};

    fn hours() -> Vec<OpeningHours> {
        vec![
            OpeningHours { weekdays: vec![1, 2, 3, 4, 5], open: "08:30".into(), close: "12:00".into() },
            OpeningHours { weekdays: vec![1, 2, 3, 4, 5], open: "14:00".into(), close: "17:00".into() },
            OpeningHours { weekdays: vec![6], open: "09:00".into(), close: "12:00".into() },
        ]
    }

    /// Unix seconds at Beijing `date` `hh:mm`.
    fn at(date: &str, hh: i64, mm: i64) -> i64 {
        Date::parse(date).unwrap().days_since_epoch() as i64 * 86_400 + hh * 3600 + mm * 60 - 8 * 3600
    }

    fn d(date: &str) -> Date {
        Date::parse(date).unwrap()
    }

    fn calendar() -> HolidayCalendar {
        let notice: HolidayNotice = serde_json::from_str(
            r#"{"year": 2026, "source": "test", "holidays": [{"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07"}], "working_days": ["2026-10-10"]}"#,
        )
        .unwrap();
        HolidayCalendar::from_notices([&notice])
    }

    #[test]
    fn a_weekday_reads_open_lunch_break_open_and_closed_until_the_next_morning() {
        // 2026-12-02 is a Wednesday.
        let cases = [
            ((8, 0), OpenState::Closed { date: d("2026-12-02"), opens: "08:30".into() }),
            ((8, 30), OpenState::Open { closes: "12:00".into() }),
            ((11, 59), OpenState::Open { closes: "12:00".into() }),
            ((12, 0), OpenState::Closed { date: d("2026-12-02"), opens: "14:00".into() }),
            ((16, 59), OpenState::Open { closes: "17:00".into() }),
            ((17, 0), OpenState::Closed { date: d("2026-12-03"), opens: "08:30".into() }),
            ((23, 59), OpenState::Closed { date: d("2026-12-03"), opens: "08:30".into() }),
        ];
        for ((hh, mm), expected) in cases {
            assert_eq!(OpenState::at(&hours(), &[], at("2026-12-02", hh, mm)), expected, "{hh}:{mm}");
        }
    }

    #[test]
    fn the_weekend_and_the_hours_of_saturday_come_from_the_weekly_hours() {
        // Friday evening → Saturday 09:00; Saturday after noon → Monday 08:30.
        assert_eq!(OpenState::at(&hours(), &[], at("2026-12-04", 18, 0)), OpenState::Closed { date: d("2026-12-05"), opens: "09:00".into() });
        assert_eq!(OpenState::at(&hours(), &[], at("2026-12-05", 10, 0)), OpenState::Open { closes: "12:00".into() });
        assert_eq!(OpenState::at(&hours(), &[], at("2026-12-05", 12, 30)), OpenState::Closed { date: d("2026-12-07"), opens: "08:30".into() });
    }

    #[test]
    fn a_holiday_closes_and_a_swapped_weekend_opens_with_a_weekdays_hours() {
        let calendar = calendar();
        let exceptions = exceptions(&calendar, &hours(), d("2026-09-28"), 21);
        // 1–7 October closed (the 3rd is a Saturday, the 4th a Sunday), the 10th (Saturday) a working day.
        let closed: Vec<String> = exceptions.iter().filter(|e| e.weekday.is_none()).map(|e| e.date.to_string()).collect();
        assert_eq!(closed, ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-05", "2026-10-06", "2026-10-07"]);
        assert!(exceptions.contains(&DayException { date: d("2026-10-10"), weekday: Some(1) }));
        // 30 September 17:30 (Wednesday): the next opening is Thursday the 8th.
        assert_eq!(OpenState::at(&hours(), &exceptions, at("2026-09-30", 17, 30)), OpenState::Closed { date: d("2026-10-08"), opens: "08:30".into() });
        // The swapped Saturday keeps the afternoon too, not Saturday's morning only.
        assert_eq!(OpenState::at(&hours(), &exceptions, at("2026-10-10", 15, 0)), OpenState::Open { closes: "17:00".into() });
    }

    #[test]
    fn a_day_in_a_year_without_a_schedule_keeps_its_usual_hours_and_a_hall_without_hours_is_closed_for_now() {
        assert!(exceptions(&calendar(), &hours(), d("2027-01-01"), 10).is_empty());
        assert_eq!(OpenState::at(&[], &[], at("2026-12-02", 10, 0)), OpenState::ClosedForNow);
    }

    #[test]
    fn beijing_time_is_utc_plus_eight_on_both_sides_of_midnight() {
        assert_eq!(beijing(at("2026-12-02", 0, 5)), (d("2026-12-02"), 5));
        assert_eq!(beijing(at("2026-12-01", 23, 59)), (d("2026-12-01"), 23 * 60 + 59));
    }
}
