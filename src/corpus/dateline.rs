//! Date lines in their many forms: "29 September, 2023", "| 6 December 2023, Wednesday |",
//! "Saturday, May 18, 2024", "Sept. 29, 2023", "2023-09-29", "September 29, 2023 10:41 AM",
//! ISO timestamps, and a labelled date running into the body (" date 2023-11-15 The …").
//!
//! A line is a date line only when every token on it is part of a date (weekday, day, month,
//! year, time, zone, a label such as "Published:", separators), or when it opens with a clearly
//! marked date (a label, an ISO date, or a date followed by a dash) and then runs into body text.
//! That keeps sentences such as "On Friday, September 29, 2023, the ministry said …" body text.

mod tokens;

use super::date::month_from_name;
pub use super::date::{Date, Weekday};
use crate::analysis::span::Span;
use tokens::{Tok, Token, small, tokens};

/// A recognised date line. Spans are byte ranges of the line given to [`recognise_date_line`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateLine {
    pub date: Date,
    /// The date expression itself: weekday and time included, labels and decoration not
    /// ("6 December 2023, Wednesday" in "| 6 December 2023, Wednesday |").
    pub date_span: Span,
    /// The page furniture: the whole line, or only the date part when body text follows.
    pub furniture_span: Span,
    /// True when labelled as an update ("Updated: …"), which is weaker evidence of the
    /// publication date than an unlabelled or "Published" line.
    pub is_update: bool,
    /// True when body text follows the date on the same line.
    pub runs_into_body: bool,
}

/// Recognises a date line (see the module documentation for what counts).
pub fn recognise_date_line(line: &str) -> Option<DateLine> {
    if line.len() > 160 {
        return recognise_prefix(line);
    }
    recognise_whole(line)
        .or_else(|| recognise_segmented(line))
        .or_else(|| recognise_prefix(line))
}

/// Where a line splits into segments: at `|`, `•`, `·`, and at `/` or a dash with spaces
/// around it ("Updated: May 2, 2021 / 11:04 AM / City Desk").
fn segments(line: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, c) in line.char_indices() {
        let spaced =
            i > 0 && bytes.get(i - 1) == Some(&b' ') && bytes.get(i + c.len_utf8()) == Some(&b' ');
        let cut = matches!(c, '|' | '•' | '·') || (spaced && matches!(c, '/' | '-' | '–' | '—'));
        if cut {
            out.push(Span::new(start, i));
            start = i + c.len_utf8();
        }
    }
    out.push(Span::new(start, line.len()));
    out
}

/// A short line of segments, one of them a date and the others a few words each (a time, a
/// desk or author name): "By Ann Lee | March 9, 2021", "Updated: May 2, 2021 / 11:04 AM / Desk".
fn recognise_segmented(line: &str) -> Option<DateLine> {
    let parts = segments(line);
    if parts.len() < 2 || line.split_whitespace().count() > 16 {
        return None;
    }
    let mut found = None;
    for p in &parts {
        let seg = p.slice(line);
        if let Some(d) = recognise_whole(seg) {
            if found.is_some() {
                return None;
            }
            found = Some((d, p.start));
            continue;
        }
        let t = seg.trim();
        if t.split_whitespace().count() > 5 || t.ends_with(['.', '?', '!']) {
            return None;
        }
    }
    let (d, at) = found?;
    Some(DateLine {
        date_span: Span::new(d.date_span.start + at, d.date_span.end + at),
        furniture_span: Span::new(0, line.len()).trim(line),
        ..d
    })
}

/// A date in any of the forms above, for metadata values ("2023-09-29T14:03:00Z",
/// "Fri, 29 Sep 2023 14:03:00 +0000", "September 29, 2023").
pub fn parse_date(value: &str) -> Option<Date> {
    recognise_whole(value).map(|d| d.date)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// "Published", "Date", "Last updated": `true` when it marks an update.
    Label {
        update: bool,
    },
    Weekday,
    Month(u8),
    Day(u8),
    Year(i32),
    Full(Date),
    Clock,
    Connector,
    Sep(char),
    Unknown,
}

const ZONES: &[&str] = &[
    "utc", "gmt", "z", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst",
    "pdt", "bst", "ist", "cet", "cest", "eet", "eest", "wet", "west", "msk", "jst", "kst", "hkt",
    "sgt", "aest", "aedt", "awst", "nzst", "nzdt", "sast", "wib", "pkt", "gst", "ast", "brt",
];

fn role_of_word(text: &str) -> Role {
    let lower = text.to_ascii_lowercase();
    let bare = lower.trim_end_matches('.');
    match bare {
        "date" | "dated" | "published" | "posted" | "created" | "first" | "issued" => {
            return Role::Label { update: false };
        }
        "updated" | "last" | "modified" | "edited" => return Role::Label { update: true },
        "on" | "at" | "of" | "the" | "and" => return Role::Connector,
        "am" | "pm" | "a.m" | "p.m" | "hrs" | "h" => return Role::Clock,
        _ => {}
    }
    if let Some(m) = month_from_name(text) {
        return Role::Month(m);
    }
    if Weekday::from_name(text).is_some() {
        return Role::Weekday;
    }
    let is_caps = text.chars().all(|c| c.is_ascii_uppercase());
    if ZONES.contains(&bare) && (is_caps || bare == "utc" || bare == "gmt") {
        return Role::Clock;
    }
    Role::Unknown
}

fn role_of(t: &Token<'_>) -> Role {
    match t.tok {
        Tok::FullDate(d) => Role::Full(d),
        Tok::Ambiguous | Tok::Other => Role::Unknown,
        Tok::Ordinal(v) => small_day(v).map_or(Role::Unknown, Role::Day),
        Tok::Number { value, digits } => match digits {
            1 | 2 => small_day(value).map_or(Role::Unknown, Role::Day),
            4 if (1000..=2999).contains(&value) => Role::Year(i32::try_from(value).unwrap_or(0)),
            _ => Role::Unknown,
        },
        Tok::Time | Tok::Offset => Role::Clock,
        Tok::Word => role_of_word(t.text),
        Tok::Sep(c) => Role::Sep(c),
    }
}

fn small_day(v: u32) -> Option<u8> {
    (1..=31).contains(&v).then(|| small(v))
}

/// The single date named by the significant roles (separators and connectors dropped), and
/// whether every date part was used. `None` when there is no date or more than one.
fn find_date(roles: &[Role]) -> Option<Date> {
    let parts: Vec<Role> = roles
        .iter()
        .copied()
        .filter(|r| {
            !matches!(
                r,
                Role::Sep(_) | Role::Connector | Role::Clock | Role::Weekday
            )
        })
        .filter(|r| !matches!(r, Role::Label { .. }))
        .collect();
    let date = match parts.as_slice() {
        [Role::Full(d)] => Some(*d),
        [Role::Month(m), Role::Day(d), Role::Year(y)]
        | [Role::Day(d), Role::Month(m), Role::Year(y)] => Date::new(*y, *m, *d),
        _ => None,
    }?;
    Some(date)
}

fn is_date_part(r: Role) -> bool {
    matches!(
        r,
        Role::Weekday | Role::Month(_) | Role::Day(_) | Role::Year(_) | Role::Full(_) | Role::Clock
    )
}

/// The span from the first to the last date part among `toks[range]`.
fn date_part_span(toks: &[Token<'_>], roles: &[Role]) -> Option<Span> {
    let first = roles.iter().position(|r| is_date_part(*r))?;
    let last = roles.iter().rposition(|r| is_date_part(*r))?;
    Some(Span::new(toks[first].start, toks[last].end))
}

/// The whole line is a date: only date parts, labels and separators on it.
fn recognise_whole(line: &str) -> Option<DateLine> {
    let toks = tokens(line, 41);
    if toks.is_empty() || toks.len() > 40 {
        return None;
    }
    let roles: Vec<Role> = toks.iter().map(role_of).collect();
    if roles.contains(&Role::Unknown) {
        return None;
    }
    // Labels come first ("Last updated on …"), never between date parts.
    let first_part = roles.iter().position(|r| is_date_part(*r))?;
    if roles[first_part..]
        .iter()
        .any(|r| matches!(r, Role::Label { .. }))
    {
        return None;
    }
    let date = find_date(&roles)?;
    let date_span = date_part_span(&toks, &roles)?;
    let whole = Span::new(0, line.len()).trim(line);
    Some(DateLine {
        date,
        date_span,
        furniture_span: whole,
        is_update: roles.contains(&Role::Label { update: true }),
        runs_into_body: false,
    })
}

/// A marked date at the start of a line that runs into body text.
fn recognise_prefix(line: &str) -> Option<DateLine> {
    let toks = tokens(line, 24);
    let roles: Vec<Role> = toks.iter().map(role_of).collect();
    let lead = leading_labels(&roles);
    let start = lead.end;
    let mut i = start;
    while i < roles.len()
        && (is_date_part(roles[i]) || matches!(roles[i], Role::Sep(',') | Role::Connector))
    {
        i += 1;
    }
    // Give back trailing commas and connectors: they belong to the body ("2023, the …").
    while i > start && !is_date_part(roles[i - 1]) {
        i -= 1;
    }
    let date = find_date(&roles[start..i])?;
    let dashed = matches!(roles.get(i), Some(Role::Sep('-' | '–' | '—' | '|' | ':')));
    let first_part = roles[start..i].iter().find(|r| is_date_part(**r));
    let iso = matches!(first_part, Some(Role::Full(_)));
    if !(lead.labelled || iso || dashed) {
        return None;
    }
    let date_span = date_part_span(&toks[start..i], &roles[start..i])?;
    let end = if dashed { toks[i].end } else { date_span.end };
    let body = line[end..].trim_start();
    if !body.starts_with(|c: char| c.is_alphanumeric() || "\"'“‘".contains(c)) {
        return None;
    }
    let indent = line.len() - line.trim_start().len();
    Some(DateLine {
        date,
        date_span,
        furniture_span: Span::new(indent, end),
        is_update: lead.update,
        runs_into_body: true,
    })
}

/// What opens a line before its date: decoration ("|", "["), then labels ("Published on:").
struct Lead {
    /// Index of the first role after the labels.
    end: usize,
    labelled: bool,
    update: bool,
}

fn leading_labels(roles: &[Role]) -> Lead {
    let mut lead = Lead {
        end: 0,
        labelled: false,
        update: false,
    };
    let mut i = 0;
    while i < roles.len() && matches!(roles[i], Role::Sep('|' | '•' | '·' | '[' | '(')) {
        i += 1;
    }
    while i < roles.len() {
        match roles[i] {
            Role::Label { update } => {
                lead.labelled = true;
                lead.update |= update;
            }
            Role::Sep(':') => {}
            Role::Connector if lead.labelled => {}
            _ => break,
        }
        i += 1;
    }
    lead.end = i;
    lead
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date_of(line: &str) -> Option<String> {
        recognise_date_line(line).map(|d| d.date.iso())
    }

    fn date_text(line: &str) -> String {
        let d = recognise_date_line(line).expect("a date line");
        d.date_span.slice(line).to_string()
    }

    fn furniture_text(line: &str) -> String {
        let d = recognise_date_line(line).expect("a date line");
        d.furniture_span.slice(line).to_string()
    }

    #[test]
    fn day_month_comma_year_is_a_date_line() {
        assert_eq!(date_of("12 March, 2021").as_deref(), Some("2021-03-12"));
        assert_eq!(date_text("12 March, 2021"), "12 March, 2021");
    }

    #[test]
    fn a_piped_date_with_weekday_after_is_a_date_line() {
        let line = "| 3 February 2022, Thursday |";
        assert_eq!(date_of(line).as_deref(), Some("2022-02-03"));
        assert_eq!(date_text(line), "3 February 2022, Thursday");
        assert_eq!(furniture_text(line), line);
    }

    #[test]
    fn a_labelled_date_running_into_body_marks_only_the_date() {
        let line = " date 2020-07-04 The council voted on Tuesday to close the bridge.";
        let d = recognise_date_line(line).unwrap();
        assert_eq!(d.date.iso(), "2020-07-04");
        assert_eq!(d.furniture_span.slice(line), "date 2020-07-04");
        assert_eq!(d.date_span.slice(line), "2020-07-04");
        assert!(d.runs_into_body);
    }

    #[test]
    fn weekday_month_day_year_is_a_date_line() {
        assert_eq!(
            date_of("Tuesday, March 9, 2021").as_deref(),
            Some("2021-03-09")
        );
        assert_eq!(
            date_text("Tuesday, March 9, 2021"),
            "Tuesday, March 9, 2021"
        );
    }

    #[test]
    fn abbreviated_months_with_dots_are_understood() {
        assert_eq!(date_of("Sept. 4, 2019").as_deref(), Some("2019-09-04"));
        assert_eq!(date_of("Feb 28, 2019").as_deref(), Some("2019-02-28"));
        assert_eq!(date_of("Aug. 1st, 2018").as_deref(), Some("2018-08-01"));
        assert_eq!(
            date_of("the 2nd of Jan. 2018").as_deref(),
            Some("2018-01-02")
        );
    }

    #[test]
    fn iso_dates_and_timestamps_are_date_lines() {
        assert_eq!(date_of("2019-11-05").as_deref(), Some("2019-11-05"));
        assert_eq!(
            date_of("2019-11-05T08:30:00Z").as_deref(),
            Some("2019-11-05")
        );
        assert_eq!(
            date_of("2019-11-05T23:30:00.123-04:00").as_deref(),
            Some("2019-11-05")
        );
        assert_eq!(date_of("2019-11-05 08:30").as_deref(), Some("2019-11-05"));
    }

    #[test]
    fn a_date_with_a_clock_time_keeps_the_time_in_its_span() {
        let line = "November 5, 2019 8:41 PM";
        assert_eq!(date_of(line).as_deref(), Some("2019-11-05"));
        assert_eq!(date_text(line), line);
        assert_eq!(
            date_of("Tue 5 Nov 2019 14.03 GMT").as_deref(),
            Some("2019-11-05")
        );
        assert_eq!(
            date_of("Updated 10:41 a.m. EDT, Tue November 5, 2019").as_deref(),
            Some("2019-11-05")
        );
    }

    #[test]
    fn labels_are_furniture_but_not_part_of_the_date() {
        let line = "Published: 14 June 2017";
        assert_eq!(date_text(line), "14 June 2017");
        assert_eq!(furniture_text(line), line);
        assert!(!recognise_date_line(line).unwrap().is_update);
        assert!(
            recognise_date_line("Last updated on 14 June 2017")
                .unwrap()
                .is_update
        );
    }

    #[test]
    fn numeric_dates_are_taken_only_when_unambiguous() {
        assert_eq!(date_of("14.06.2017").as_deref(), Some("2017-06-14"));
        assert_eq!(date_of("14/06/2017").as_deref(), Some("2017-06-14"));
        assert_eq!(date_of("06/14/2017").as_deref(), Some("2017-06-14"));
        assert_eq!(date_of("2017/06/14").as_deref(), Some("2017-06-14"));
        assert_eq!(date_of("03/04/2017"), None);
    }

    #[test]
    fn a_date_followed_by_a_dash_and_body_marks_the_date_and_dash() {
        let line = "June 14, 2017 — The mayor resigned.";
        assert_eq!(furniture_text(line), "June 14, 2017 —");
        assert_eq!(date_of(line).as_deref(), Some("2017-06-14"));
    }

    #[test]
    fn a_date_among_short_segments_makes_the_whole_line_a_date_line() {
        let line = "Updated: May 2, 2021 / 11:04 AM / City Desk";
        assert_eq!(date_of(line).as_deref(), Some("2021-05-02"));
        assert_eq!(date_text(line), "May 2, 2021");
        assert_eq!(furniture_text(line), line);
        assert_eq!(
            date_of("By Ann Lee | March 9, 2021").as_deref(),
            Some("2021-03-09")
        );
        // A sentence after the date makes it a date running into body text, not a whole line.
        assert_eq!(
            furniture_text("March 9, 2021 | The council met today."),
            "March 9, 2021 |"
        );
        assert_eq!(
            date_of("Rates rose 2% | March 9, 2021 | March 10, 2021"),
            None
        );
    }

    #[test]
    fn sentences_that_mention_a_date_are_not_date_lines() {
        assert_eq!(
            date_of("On Friday, June 14, 2017, the mayor resigned."),
            None
        );
        assert_eq!(
            date_of("June 14, 2017 was the day the mayor resigned."),
            None
        );
        assert_eq!(date_of("The mayor resigned on June 14, 2017."), None);
        assert_eq!(date_of("PORTSMOUTH: The mayor resigned on Friday."), None);
        assert_eq!(date_of("The mayor spoke on Friday (Jun 14)."), None);
    }

    #[test]
    fn incomplete_or_impossible_dates_are_not_date_lines() {
        assert_eq!(date_of("June 2017"), None);
        assert_eq!(date_of("Friday, June 14"), None);
        assert_eq!(date_of("31 April 2017"), None);
        assert_eq!(date_of("2017"), None);
        assert_eq!(date_of("3 min read"), None);
        assert_eq!(date_of("May 4, 2017 and June 5, 2017"), None);
        assert_eq!(date_of(""), None);
    }

    #[test]
    fn metadata_values_parse_in_the_usual_forms() {
        assert_eq!(
            parse_date("2019-11-05T08:30:00+01:00"),
            Date::new(2019, 11, 5)
        );
        assert_eq!(
            parse_date("Tue, 05 Nov 2019 08:30:00 +0000"),
            Date::new(2019, 11, 5)
        );
        assert_eq!(parse_date("5 November 2019"), Date::new(2019, 11, 5));
        assert_eq!(parse_date("soon"), None);
    }

    #[test]
    fn non_ascii_text_never_splits_a_character() {
        for line in [
            "— 5 Nov 2019 —",
            "5 Nov 2019 — Čačak",
            "é2019-11-05",
            "５ Nov 2019",
        ] {
            if let Some(d) = recognise_date_line(line) {
                assert!(line.get(d.date_span.start..d.date_span.end).is_some());
                assert!(
                    line.get(d.furniture_span.start..d.furniture_span.end)
                        .is_some()
                );
            }
        }
    }
}
