//! Anchors a date expression to the calendar, relative to the article's own date.
//!
//! Relative phrases need that date; a calendar day without a year takes the year that puts it
//! nearest the article's date (and, when the text names its weekday, a year where the weekday
//! agrees). Phrases that could point either way ("this weekend", "this Friday") stay unresolved
//! rather than guessed.

use super::mentions::{MentionKind, Relative};
use crate::corpus::date::{Date, Weekday};

/// A run of calendar days, `first..=last`; one day when they are equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRange {
    pub first: Date,
    pub last: Date,
}

impl DayRange {
    pub fn day(d: Date) -> DayRange {
        DayRange { first: d, last: d }
    }

    fn offsets(anchor: Date, first: i64, last: i64) -> Option<DayRange> {
        Some(DayRange {
            first: anchor.add_days(first)?,
            last: anchor.add_days(last)?,
        })
    }
}

/// The days `kind` means in an article dated `dated`; None when the text does not allow it.
pub fn resolve(kind: &MentionKind, dated: Option<Date>) -> Option<DayRange> {
    if let MentionKind::MonthDay {
        month,
        day,
        year,
        weekday,
    } = *kind
    {
        return month_day(month, day, year, weekday, dated);
    }
    let d = dated?;
    let monday = -i64::from(d.weekday().index());
    match *kind {
        MentionKind::Today => Some(DayRange::day(d)),
        MentionKind::Yesterday => DayRange::offsets(d, -1, -1),
        MentionKind::Weekday { day, rel } => weekday(d, day, rel),
        MentionKind::EarlierThisWeek if monday < 0 => DayRange::offsets(d, monday, -1),
        MentionKind::LastWeek => DayRange::offsets(d, monday - 7, monday - 1),
        // On a Saturday or Sunday, "last weekend" may be this one or the one before.
        MentionKind::LastWeekend if monday > -5 => DayRange::offsets(d, monday - 2, monday - 1),
        _ => None,
    }
}

/// "on Friday" is the latest Friday on or before the date; "last Friday" the latest strictly
/// before; "next Friday" the first strictly after.
fn weekday(d: Date, day: Weekday, rel: Relative) -> Option<DayRange> {
    let back = (i64::from(d.weekday().index()) - i64::from(day.index())).rem_euclid(7);
    let offset = match rel {
        Relative::Bare => -back,
        Relative::Last if back == 0 => -7,
        Relative::Last => -back,
        Relative::Next => next_offset(back),
        Relative::This => return None,
    };
    DayRange::offsets(d, offset, offset)
}

/// Days forward to the next such weekday, given how many days back the last one was.
fn next_offset(back: i64) -> i64 {
    if back == 0 { 7 } else { 7 - back }
}

/// A calendar day: the given year, else the year nearest the article's date that also agrees
/// with a named weekday.
fn month_day(
    month: u8,
    day: u8,
    year: Option<i32>,
    weekday: Option<Weekday>,
    dated: Option<Date>,
) -> Option<DayRange> {
    if let Some(y) = year {
        return Date::new(y, month, day).map(DayRange::day);
    }
    let d = dated?;
    (d.year - 1..=d.year + 1)
        .filter_map(|y| Date::new(y, month, day))
        .filter(|c| weekday.is_none_or(|w| c.weekday() == w))
        .min_by_key(|c| (c.days_since_epoch() - d.days_since_epoch()).abs())
        .map(DayRange::day)
}
