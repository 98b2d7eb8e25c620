//! A calendar date value: what a date line, a manifest or a metadata field resolves to.
//!
//! Kept small and dependency-free because it only has to do three things well: hold a valid
//! proleptic-Gregorian day, print it as ISO `YYYY-MM-DD`, and count days (for weekdays and for
//! resolving "on Friday" against an article's date later on).

use std::fmt;

/// A valid calendar day, e.g. `Date::new(2023, 9, 29)` prints as `2023-09-29`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Day of the week, Monday first (ISO 8601 order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }

    /// Full names and the usual abbreviations ("Fri", "Thurs", "Tue."), case-insensitive.
    pub fn from_name(word: &str) -> Option<Weekday> {
        let w = word.trim_end_matches('.');
        if w.len() < 3 {
            return None;
        }
        // "Mon", "Tues", "Thurs": a prefix of at most five letters is an abbreviation.
        Weekday::ALL.into_iter().find(|d| {
            names_prefix(
                d.name(),
                w,
                if w.len() <= 5 {
                    w.len()
                } else {
                    d.name().len()
                },
            )
        })
    }

    /// 0 for Monday .. 6 for Sunday.
    pub fn index(self) -> u8 {
        self as u8
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month number (1..=12) of a month name or abbreviation ("Sept.", "sep", "September").
pub fn month_from_name(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    if w.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    let min = if w.len() == 3 { 3 } else { usize::MAX };
    MONTHS
        .iter()
        .position(|m| names_prefix(m, w, min.min(m.len())))
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// True when `word` is `name` or, if it has at least `min_len` letters, a prefix of it (ASCII
/// case ignored, no allocation: this runs for every word of every line).
fn names_prefix(name: &str, word: &str, min_len: usize) -> bool {
    word.len() <= name.len()
        && word.len() >= min_len
        && name.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date when the day exists (`Date::new(2023, 2, 29)` is None).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let ok = (1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn from_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = s.get(0..4)?.parse().ok()?;
        let month = s.get(5..7)?.parse().ok()?;
        let day = s.get(8..10)?.parse().ok()?;
        if !s
            .bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        {
            return None;
        }
        Date::new(year, month, day)
    }

    /// ISO 8601 calendar date, e.g. `2023-09-29`.
    pub fn iso(&self) -> String {
        self.to_string()
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(&self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days from the epoch; None outside years 1..=9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = u8::try_from(doy - (153 * mp + 2) / 5 + 1).ok()?;
        let month = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).ok()?;
        let year = i32::try_from(yoe + era * 400 + i64::from(month <= 2)).ok()?;
        Date::new(year, month, day)
    }

    /// This date moved by `days` (negative: earlier); None when it leaves years 1..=9999.
    pub fn add_days(&self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    pub fn weekday(&self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        let i = (self.days_since_epoch() + 3).rem_euclid(7);
        Weekday::ALL[usize::try_from(i).unwrap_or(0)]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_print_as_iso() {
        assert_eq!(Date::new(2021, 3, 7).unwrap().iso(), "2021-03-07");
    }

    #[test]
    fn impossible_days_are_rejected() {
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2023, 13, 1).is_none());
        assert!(Date::new(2023, 4, 31).is_none());
        assert!(Date::new(2023, 4, 0).is_none());
    }

    #[test]
    fn iso_parsing_is_strict() {
        assert_eq!(Date::from_iso("2019-12-31"), Date::new(2019, 12, 31));
        assert!(Date::from_iso("2019-12-3").is_none());
        assert!(Date::from_iso("2019/12/31").is_none());
        assert!(Date::from_iso("2019-+2-31").is_none());
    }

    #[test]
    fn weekdays_are_right_across_centuries() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), Weekday::Thursday);
        assert_eq!(Date::new(2000, 2, 29).unwrap().weekday(), Weekday::Tuesday);
        assert_eq!(Date::new(2024, 5, 18).unwrap().weekday(), Weekday::Saturday);
        assert_eq!(Date::new(1815, 6, 18).unwrap().weekday(), Weekday::Sunday);
    }

    #[test]
    fn adding_days_crosses_months_and_years() {
        let d = Date::new(2023, 12, 30).unwrap();
        assert_eq!(d.add_days(3), Date::new(2024, 1, 2));
        assert_eq!(d.add_days(-365), Date::new(2022, 12, 30));
        assert_eq!(
            Date::new(2024, 3, 1).unwrap().add_days(-1),
            Date::new(2024, 2, 29)
        );
    }

    #[test]
    fn day_counts_round_trip() {
        for days in (-700_000..2_000_000).step_by(997) {
            let d = Date::from_days_since_epoch(days).unwrap();
            assert_eq!(d.days_since_epoch(), days);
        }
    }

    #[test]
    fn month_and_weekday_names_accept_abbreviations_only() {
        assert_eq!(month_from_name("Sept."), Some(9));
        assert_eq!(month_from_name("sep"), Some(9));
        assert_eq!(month_from_name("December"), Some(12));
        assert_eq!(month_from_name("Decem"), None);
        assert_eq!(month_from_name("Ma"), None);
        assert_eq!(Weekday::from_name("Thurs"), Some(Weekday::Thursday));
        assert_eq!(Weekday::from_name("wed."), Some(Weekday::Wednesday));
        assert_eq!(Weekday::from_name("Sunday"), Some(Weekday::Sunday));
        assert_eq!(Weekday::from_name("Sundays"), None);
        assert_eq!(Weekday::from_name("Fr"), None);
    }
}
