//! The timeline: each source's date line and the event dates its text mentions ("Sunday",
//! "Sept 24", "on Thursday", "Friday (Sep 29)", "last weekend"), resolved to calendar days
//! relative to the article's own date where the text allows, and date lines that contradict the
//! events they report (a page dated months after the events, or before them).
//!
//! Why resolve against the article's own date: a bare "on Friday" in a news report means the
//! Friday of the week the report was written, so the same words in two sources can name
//! different days, and that is exactly what a cross-check must show.

pub mod mentions;
pub mod resolve;

use super::span::Span;
use crate::corpus::Corpus;
use crate::corpus::date::Date;
pub use mentions::{Mention, MentionKind};
pub use resolve::DayRange;

/// How far (in days) a date line may lie after the latest event its sources name before the
/// page counts as dated after the events; news reports follow events within days.
pub const LATE_AFTER_DAYS: i64 = 30;

/// One event date an article mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventDate {
    /// Where the expression stands in the article's text.
    pub span: Span,
    pub kind: MentionKind,
    /// The calendar days meant, or None when the text does not allow it (no article date,
    /// ambiguous phrase).
    pub resolved: Option<DayRange>,
}

/// Why a date line stands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateFlag {
    /// Dated `days` after the latest event the sources name by calendar date.
    AfterEvents { days: i64 },
    /// Dated `days` before an event the article itself names by calendar date.
    BeforeEvents { days: i64 },
}

/// The dates of one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleDates {
    /// Index into `corpus.articles`.
    pub article: usize,
    /// The article's date line (or metadata date), when known.
    pub dated: Option<Date>,
    pub events: Vec<EventDate>,
    pub flag: Option<DateFlag>,
}

/// The whole picture: one row per article, and the span of days the axis must show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    pub articles: Vec<ArticleDates>,
    pub axis: Option<DayRange>,
}

/// Builds the timeline of a corpus: mentions found in each article's body, resolved against its
/// date, then date lines checked against the events the sources name by calendar date.
pub fn timeline(corpus: &Corpus) -> Timeline {
    let mut articles: Vec<ArticleDates> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let dated = date_line(a);
            let events = a
                .body_spans()
                .iter()
                .flat_map(|b| mentions::find(&a.text, *b))
                .map(|m| EventDate {
                    span: m.span,
                    kind: m.kind,
                    resolved: resolve::resolve(&m.kind, dated),
                })
                .collect();
            ArticleDates {
                article: i,
                dated,
                events,
                flag: None,
            }
        })
        .collect();
    let latest = latest_calendar_event(&articles);
    for a in &mut articles {
        a.flag = flag(a, latest);
    }
    let axis = axis(&articles);
    Timeline { articles, axis }
}

/// The article's date: its publication date when known, else what its date line says. A date
/// line that is only the page's or the crawler's date is exactly what the timeline must show
/// standing against the events, so it is not dropped here.
fn date_line(a: &crate::corpus::Article) -> Option<Date> {
    a.date.as_deref().and_then(Date::from_iso).or_else(|| {
        let span = a.date_span?;
        crate::corpus::dateline::parse_date(span.slice(&a.text))
    })
}

/// True for mentions that name a calendar day by month and day: evidence independent of the
/// article's own date line.
fn is_calendar(kind: &MentionKind) -> bool {
    matches!(kind, MentionKind::MonthDay { .. })
}

/// The latest calendar-named event day over all sources.
fn latest_calendar_event(articles: &[ArticleDates]) -> Option<Date> {
    articles
        .iter()
        .flat_map(|a| &a.events)
        .filter(|e| is_calendar(&e.kind))
        .filter_map(|e| e.resolved.map(|r| r.last))
        .max()
}

/// A date line more than [`LATE_AFTER_DAYS`] after the latest calendar-named event, or before
/// an event its own text names by calendar date, stands out.
fn flag(a: &ArticleDates, latest: Option<Date>) -> Option<DateFlag> {
    let dated = a.dated?;
    let own_first_after = a
        .events
        .iter()
        .filter(|e| is_calendar(&e.kind))
        .filter_map(|e| e.resolved.map(|r| r.first))
        .filter(|d| *d > dated)
        .min();
    if let Some(first) = own_first_after {
        let days = first.days_since_epoch() - dated.days_since_epoch();
        return Some(DateFlag::BeforeEvents { days });
    }
    let days = dated.days_since_epoch() - latest?.days_since_epoch();
    (days > LATE_AFTER_DAYS).then_some(DateFlag::AfterEvents { days })
}

/// The first and last day anything on the timeline falls on.
fn axis(articles: &[ArticleDates]) -> Option<DayRange> {
    let days = articles.iter().flat_map(|a| {
        a.dated.into_iter().chain(
            a.events
                .iter()
                .filter_map(|e| e.resolved)
                .flat_map(|r| [r.first, r.last]),
        )
    });
    let (mut first, mut last) = (None::<Date>, None::<Date>);
    for d in days {
        first = Some(first.map_or(d, |f| f.min(d)));
        last = Some(last.map_or(d, |l| l.max(d)));
    }
    Some(DayRange {
        first: first?,
        last: last?,
    })
}

#[cfg(test)]
mod tests;
