//! Dates: a source's date line against the events its story reports, and relative time
//! ("last weekend", "recent") in a source whose date line is far from those events.

use super::words::{Word, words_in};
use super::{Finding, Variant};
use crate::analysis::entities::gazetteer as gz;
use crate::analysis::fold::fold;
use crate::analysis::span::Span;
use crate::corpus::Corpus;
use std::collections::BTreeMap;

/// A calendar date as written; the year may be missing ("Sep 29").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    pub span: Span,
}

/// A capitalised month name or abbreviation; the names themselves live with the date type.
fn month_number(w: &str) -> Option<u32> {
    if !w.starts_with(char::is_uppercase) {
        return None;
    }
    crate::corpus::date::month_from_name(&fold(w)).map(u32::from)
}

fn day(w: &str) -> Option<u32> {
    let d: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &w[d.len()..];
    if d.is_empty() || d.len() > 2 || !matches!(rest, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    d.parse().ok().filter(|v| (1..=31).contains(v))
}

fn year(w: &str) -> Option<i32> {
    (w.len() == 4)
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn is_weekday(w: &str) -> bool {
    gz::is_calendar(&fold(w)) && month_number(w).is_none()
}

/// The dates written in `span` of `text`: "May 18, 2024", "6 December 2023", "Sep 29",
/// "2023-11-15", with a weekday next to them included in the span.
pub fn written_dates(text: &str, span: Span) -> Vec<Written> {
    let ws = words_in(text, span);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if let Some(d) = iso(&ws[i]) {
            out.push(d);
            i += 1;
            continue;
        }
        match parse_at(&ws, i) {
            Some((mut d, next)) => {
                let plain = |a: Span, b: Span| {
                    Span::new(a.end, b.start)
                        .slice(text)
                        .chars()
                        .all(|c| c == ' ' || c == ',')
                };
                if i > 0 && is_weekday(ws[i - 1].text) && plain(ws[i - 1].span, d.span) {
                    d.span = ws[i - 1].span.cover(&d.span);
                }
                if ws
                    .get(next)
                    .is_some_and(|w| is_weekday(w.text) && plain(d.span, w.span))
                {
                    d.span = d.span.cover(&ws[next].span);
                }
                out.push(d);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// "2023-11-15".
fn iso(w: &Word) -> Option<Written> {
    let parts: Vec<&str> = w.text.split('-').collect();
    if parts.len() != 3 || parts[0].len() != 4 {
        return None;
    }
    let y = year(parts[0])?;
    let m: u32 = parts[1].parse().ok().filter(|m| (1..=12).contains(m))?;
    let d = day(parts[2])?;
    Some(Written {
        year: Some(y),
        month: m,
        day: d,
        span: w.span,
    })
}

/// "Month Day[,] [Year]" or "Day Month[,] [Year]" starting at word `i`.
fn parse_at(ws: &[Word], i: usize) -> Option<(Written, usize)> {
    let (month, d, mut next) = if let Some(m) = month_number(ws[i].text) {
        let d = day(ws.get(i + 1)?.text)?;
        (m, d, i + 2)
    } else {
        let d = day(ws[i].text)?;
        let m = month_number(ws.get(i + 1)?.text)?;
        (m, d, i + 2)
    };
    let y = ws.get(next).and_then(|w| year(w.text));
    if y.is_some() {
        next += 1;
    }
    let span = ws[i].span.cover(&ws[next - 1].span);
    Some((
        Written {
            year: y,
            month,
            day: d,
            span,
        },
        next,
    ))
}

/// Days since 1 Jan 1900 (approximate months are enough to tell weeks apart).
fn ordinal(y: i32, m: u32, d: u32) -> i64 {
    const CUM: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let y = i64::from(y);
    (y - 1900) * 365 + (y - 1900) / 4 + CUM[(m as usize - 1).min(11)] + i64::from(d)
}

/// Relative time phrases in a text, folded ("last weekend", "recent", "on sunday").
pub fn time_phrases(text: &str) -> Vec<String> {
    relative_spans(text, Span::new(0, text.len()))
        .into_iter()
        .map(|s| fold(s.slice(text)))
        .collect()
}

/// Spans of relative time phrases: "(over|within) the past week", "last weekend", "recent".
pub fn relative_spans(text: &str, span: Span) -> Vec<Span> {
    let ws = words_in(text, span);
    let f: Vec<String> = ws.iter().map(|w| fold(w.text)).collect();
    let mut out = Vec::new();
    for i in 0..ws.len() {
        let unit = matches!(
            f[i].as_str(),
            "week" | "weekend" | "month" | "year" | "days" | "weeks" | "months" | "night"
        );
        if unit && i > 0 && matches!(f[i - 1].as_str(), "last" | "past" | "previous" | "this") {
            let mut s = i - 1;
            if s > 0 && f[s - 1] == "the" {
                s -= 1;
            }
            if s > 0 && matches!(f[s - 1].as_str(), "over" | "within" | "in" | "during") {
                s -= 1;
            }
            out.push(ws[s].span.cover(&ws[i].span));
        } else if matches!(f[i].as_str(), "recent" | "recently" | "yesterday") {
            out.push(ws[i].span);
        }
    }
    out
}

/// An article's date line: the loader's, else a full date among the first words of the text.
fn date_line(article: &crate::corpus::Article) -> Option<Written> {
    if let Some(span) = article.date_span {
        if let Some(d) = written_dates(&article.text, span)
            .into_iter()
            .find(|d| d.year.is_some())
        {
            return Some(d);
        }
    }
    let head_end = article
        .text
        .char_indices()
        .nth(300)
        .map_or(article.text.len(), |(i, _)| i);
    written_dates(&article.text, Span::new(0, head_end))
        .into_iter()
        .find(|d| d.year.is_some())
}

/// Date lines far from the events their story reports (or from each other), with the dated
/// events and the relative time phrases that the date line makes wrong.
pub fn date_lines(corpus: &Corpus, story: &[usize]) -> Vec<Finding> {
    let mut by_story: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (a, &s) in story.iter().enumerate() {
        by_story.entry(s).or_default().push(a);
    }
    let mut out = Vec::new();
    for articles in by_story.values().filter(|v| v.len() >= 2) {
        out.extend(story_dates(corpus, articles));
    }
    out
}

fn story_dates(corpus: &Corpus, articles: &[usize]) -> Vec<Finding> {
    let lines: Vec<(usize, Written)> = articles
        .iter()
        .filter_map(|&a| date_line(&corpus.articles[a]).map(|d| (a, d)))
        .collect();
    let mut events: Vec<(usize, Written, i64)> = Vec::new();
    for &a in articles {
        let art = &corpus.articles[a];
        let line = lines.iter().find(|(x, _)| *x == a).map(|(_, d)| *d);
        let fallback_year = line.and_then(|d| d.year);
        for d in written_dates(&art.text, Span::new(0, art.text.len())) {
            if line.is_some_and(|l| l.span == d.span) {
                continue;
            }
            if let Some(y) = d.year.or(fallback_year) {
                events.push((a, d, ordinal(y, d.month, d.day)));
            }
        }
    }
    let mut days: Vec<i64> = events.iter().map(|e| e.2).collect();
    days.extend(
        lines
            .iter()
            .filter_map(|(_, d)| d.year.map(|y| ordinal(y, d.month, d.day))),
    );
    days.sort_unstable();
    let Some(&reference) = days.get(days.len() / 2) else {
        return Vec::new();
    };
    let far = |d: &Written| {
        d.year
            .is_some_and(|y| (ordinal(y, d.month, d.day) - reference).abs() > 14)
    };
    let far_lines: Vec<&(usize, Written)> = lines.iter().filter(|(_, d)| far(d)).collect();
    if far_lines.is_empty() {
        return Vec::new();
    }
    let mut variants: Vec<Variant> = lines
        .iter()
        .map(|(a, d)| Variant {
            article: *a,
            span: d.span,
        })
        .collect();
    variants.extend(events.iter().map(|(a, d, _)| Variant {
        article: *a,
        span: d.span,
    }));
    let mut out = vec![Finding {
        topic: "date line vs reported events".to_string(),
        variants: variants.clone(),
    }];
    let mut relative: Vec<Variant> = Vec::new();
    for (a, _) in far_lines {
        let art = &corpus.articles[*a];
        relative.extend(
            relative_spans(&art.text, Span::new(0, art.text.len()))
                .into_iter()
                .map(|span| Variant { article: *a, span }),
        );
    }
    if !relative.is_empty() {
        relative.extend(events.iter().map(|(a, d, _)| Variant {
            article: *a,
            span: d.span,
        }));
        out.push(Finding {
            topic: "relative time vs date line".to_string(),
            variants: relative,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(t: &str) -> Vec<(Option<i32>, u32, u32, &str)> {
        written_dates(t, Span::new(0, t.len()))
            .iter()
            .map(|d| (d.year, d.month, d.day, d.span.slice(t)))
            .collect()
    }

    #[test]
    fn common_date_forms_are_read() {
        assert_eq!(
            dates("Tuesday, March 5, 2019"),
            [(Some(2019), 3, 5, "Tuesday, March 5, 2019")]
        );
        assert_eq!(
            dates("| 7 June 2021, Monday |"),
            [(Some(2021), 6, 7, "7 June 2021, Monday")]
        );
        assert_eq!(dates("on Friday (Oct 3)"), [(None, 10, 3, "Oct 3")]);
        assert_eq!(
            dates("date 2020-02-29"),
            [(Some(2020), 2, 29, "2020-02-29")]
        );
    }

    #[test]
    fn numbers_that_are_not_dates_are_ignored() {
        assert!(
            dates("He may 3 times refuse; 45 May visitors")
                .iter()
                .all(|d| d.3 != "may 3")
        );
        assert!(dates("4,500 troops in 2008").is_empty());
    }

    #[test]
    fn relative_time_phrases_are_found() {
        assert_eq!(
            time_phrases("It happened over the past week, not recently."),
            ["over the past week", "recently"]
        );
        assert!(time_phrases("Next week is fine.").is_empty());
    }
}
