//! Finds the date expressions an article's text uses for events: weekdays ("on Thursday",
//! "last Sunday"), calendar days ("Sept 24", "24 September 2023", "Friday (Sep 29)") and
//! relative phrases ("yesterday", "earlier this week", "last weekend").
//!
//! Weekdays and months count only when capitalised, and months only next to a day number, so
//! "may" the verb and "march" the noun stay words.

use crate::analysis::span::Span;
use crate::corpus::date::{Weekday, month_from_name};

/// Which way a weekday points from the article's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relative {
    /// "on Friday", "Friday night": the latest such day on or before the article's date.
    Bare,
    /// "last Friday": strictly before the article's date.
    Last,
    /// "next Friday", "will meet on Friday": strictly after it.
    Next,
    /// "this Friday": past or coming, the words do not say.
    This,
}

/// What a date expression says, before it is anchored to a calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    Today,
    Yesterday,
    Weekday {
        day: Weekday,
        rel: Relative,
    },
    /// A month and a day, with the year and weekday when the text gives them.
    MonthDay {
        month: u8,
        day: u8,
        year: Option<i32>,
        weekday: Option<Weekday>,
    },
    EarlierThisWeek,
    LastWeek,
    LastWeekend,
    /// "this weekend": the one just past or the coming one.
    ThisWeekend,
}

/// One date expression and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
}

#[derive(Clone, Copy, Debug)]
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

/// Alphanumeric runs of `within`, with byte offsets into `text`.
fn words(text: &str, within: Span) -> Vec<Word<'_>> {
    let slice = within.slice(text);
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in slice
        .char_indices()
        .chain(std::iter::once((slice.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    text: &slice[s..i],
                    start: within.start + s,
                    end: within.start + i,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Every date expression in `within` (a byte range of `text`), in text order.
pub fn find(text: &str, within: Span) -> Vec<Mention> {
    let w = words(text, within);
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        match mention_at(text, &w, i) {
            Some((m, used)) => {
                out.push(m);
                i += used;
            }
            None => i += 1,
        }
    }
    out
}

fn lower(w: Option<&Word<'_>>) -> String {
    w.map(|w| w.text.to_ascii_lowercase()).unwrap_or_default()
}

fn capitalised(w: &Word<'_>) -> bool {
    w.text.starts_with(|c: char| c.is_uppercase())
}

/// The mention starting at word `i` and how many words it uses.
fn mention_at(text: &str, w: &[Word<'_>], i: usize) -> Option<(Mention, usize)> {
    let span = |n: usize| Span::new(w[i].start, w[i + n - 1].end);
    let one = |kind| {
        Some((
            Mention {
                span: span(1),
                kind,
            },
            1,
        ))
    };
    let words: Vec<String> = (0..3).map(|k| lower(w.get(i + k))).collect();
    let phrase: Vec<&str> = words.iter().map(String::as_str).collect();
    match phrase.as_slice() {
        ["earlier", "this", "week"] => {
            return Some((
                Mention {
                    span: span(3),
                    kind: MentionKind::EarlierThisWeek,
                },
                3,
            ));
        }
        ["last" | "this", "weekend", _] => {
            let kind = if phrase[0] == "last" {
                MentionKind::LastWeekend
            } else {
                MentionKind::ThisWeekend
            };
            return Some((
                Mention {
                    span: span(2),
                    kind,
                },
                2,
            ));
        }
        ["last", "week", _] => {
            return Some((
                Mention {
                    span: span(2),
                    kind: MentionKind::LastWeek,
                },
                2,
            ));
        }
        ["yesterday", ..] => return one(MentionKind::Yesterday),
        ["today" | "tonight", ..] => return one(MentionKind::Today),
        _ => {}
    }
    if let Some(found) = qualified_weekday(w, i, &phrase) {
        return Some(found);
    }
    if let Some(day) = full_weekday(&w[i]) {
        if let Some((kind, used)) = month_day(w, i + 1, Some(day)) {
            return Some((
                Mention {
                    span: span(1 + used),
                    kind,
                },
                1 + used,
            ));
        }
        let rel = if future_before(text, w[i].start) {
            Relative::Next
        } else {
            Relative::Bare
        };
        return one(MentionKind::Weekday { day, rel });
    }
    month_day(w, i, None).map(|(kind, used)| {
        (
            Mention {
                span: span(used),
                kind,
            },
            used,
        )
    })
}

/// "last Sunday", "next Friday", "this Thursday".
fn qualified_weekday(w: &[Word<'_>], i: usize, phrase: &[&str]) -> Option<(Mention, usize)> {
    let rel = match *phrase.first()? {
        "last" => Relative::Last,
        "next" => Relative::Next,
        "this" => Relative::This,
        _ => return None,
    };
    let day = full_weekday(w.get(i + 1)?)?;
    Some((
        Mention {
            span: Span::new(w[i].start, w[i + 1].end),
            kind: MentionKind::Weekday { day, rel },
        },
        2,
    ))
}

/// A capitalised, full weekday name ("Sunday", not "Sun", which is also a newspaper).
fn full_weekday(w: &Word<'_>) -> Option<Weekday> {
    let day = Weekday::from_name(w.text)?;
    (capitalised(w) && day.name().eq_ignore_ascii_case(w.text)).then_some(day)
}

/// True when the few words before `at` make a bare weekday point forward ("will meet on").
fn future_before(text: &str, at: usize) -> bool {
    let from = text[..at]
        .char_indices()
        .rev()
        .nth(24)
        .map_or(0, |(i, _)| i);
    let before = text[from..at].to_ascii_lowercase();
    let clause = before.rsplit(['.', ';', '!', '?']).next().unwrap_or("");
    clause.split_whitespace().any(|t| {
        matches!(
            t,
            "will" | "would" | "scheduled" | "expected" | "planned" | "due"
        )
    })
}

/// A day number: "24", "24th", "1st".
fn day_number(w: &Word<'_>) -> Option<u8> {
    let digits = w.text.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    let suffix = &w.text[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(w: Option<&Word<'_>>) -> Option<i32> {
    let w = w?;
    (w.text.len() == 4)
        .then(|| w.text.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// A capitalised month name or abbreviation.
fn month(w: &Word<'_>) -> Option<u8> {
    capitalised(w).then(|| month_from_name(w.text)).flatten()
}

/// "Sept 24", "September 24, 2023", "24 September", "24th Sept 2023" at word `i`.
fn month_day(w: &[Word<'_>], i: usize, weekday: Option<Weekday>) -> Option<(MentionKind, usize)> {
    let first = w.get(i)?;
    let second = w.get(i + 1)?;
    let (month, day) = match (month(first), day_number(second)) {
        (Some(m), Some(d)) => (m, d),
        _ => (month(second)?, day_number(first)?),
    };
    let year = year_number(w.get(i + 2));
    let used = 2 + usize::from(year.is_some());
    let kind = MentionKind::MonthDay {
        month,
        day,
        year,
        weekday,
    };
    Some((kind, used))
}
