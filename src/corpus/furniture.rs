//! Page furniture: breadcrumbs, reading times, captions, credits, bylines, related links,
//! share prompts and UI labels, recognised one line at a time.
//!
//! Every rule here describes a form seen across news sites ("3 min read", "Also read: …",
//! "(Photo by …/AFP via Getty Images)", "By Jane Doe"), never one site's strings. Rules are
//! anchored to the whole line or its start, so the same words inside a sentence ("read more
//! about it in …") stay body text.

mod breadcrumbs;
mod bylines;
mod captions;
mod links;

pub use breadcrumbs::{is_breadcrumb, is_breadcrumb_before};
pub use bylines::is_byline;
use captions::caption_and_credit;
pub use links::{is_label, is_related, is_share_prompt};

use super::FurnitureKind;
use crate::analysis::span::Span;

/// Where a line stands, for rules that only hold at the top or bottom of a page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// Among the first few non-blank lines (the page header).
    pub near_top: bool,
    /// Among the last few non-blank lines (the page footer).
    pub near_bottom: bool,
}

/// The furniture on one line, as (kind, span within `line`); empty when the line is body text.
/// A caption line ending in a photo credit gives two pieces: the caption and the credit.
pub fn classify_line(line: &str, place: Place) -> Vec<(FurnitureKind, Span)> {
    let whole = Span::new(0, line.len()).trim(line);
    let t = whole.slice(line);
    if t.is_empty() {
        return Vec::new();
    }
    if let Some(pieces) = caption_and_credit(t, place.near_top) {
        return pieces
            .into_iter()
            .map(|(k, s)| (k, Span::new(s.start + whole.start, s.end + whole.start)))
            .collect();
    }
    // Furniture lines are short; a long paragraph is body text unless it is a caption.
    if t.len() > 400 {
        return Vec::new();
    }
    let kind = if is_reading_time(t) {
        Some(FurnitureKind::ReadingTime)
    } else if is_related(t) {
        Some(FurnitureKind::Related)
    } else if is_share_prompt(t) {
        Some(FurnitureKind::Share)
    } else if is_label(t) {
        Some(FurnitureKind::Label)
    } else if is_byline(t, place) {
        Some(FurnitureKind::Byline)
    } else if is_breadcrumb(t, place) {
        Some(FurnitureKind::Breadcrumb)
    } else {
        None
    };
    kind.map(|k| vec![(k, whole)]).unwrap_or_default()
}

/// True when the first word of `t` (up to white space or `:`/`|`) is one of `words`, ASCII case
/// ignored: a cheap test run before the costlier normalised comparisons.
fn first_word_in(t: &str, words: &[&str]) -> bool {
    let first = t
        .trim_start()
        .split(|c: char| c.is_whitespace() || c == ':' || c == '|')
        .next()
        .unwrap_or("");
    words.iter().any(|w| w.eq_ignore_ascii_case(first))
}

/// Lower case, curly apostrophes straightened, white space collapsed, trailing `:`/`.`/`…` gone.
fn normalise(t: &str) -> String {
    let lower = t.to_lowercase().replace(['’', '‘'], "'");
    let collapsed: Vec<&str> = lower.split_whitespace().collect();
    collapsed
        .join(" ")
        .trim_end_matches([':', '.', '…', ' '])
        .to_string()
}

fn word_count(t: &str) -> usize {
    t.split_whitespace().count()
}

/// "3 min read", "5-minute read", "Reading time: 4 minutes", "2 mins", and a reading time
/// glued to a relative date ("Published 3 days ago2 minute read").
pub fn is_reading_time(t: &str) -> bool {
    if t.len() > 60 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let n = normalise(t);
    let glued_tail = ["min read", "mins read", "minute read", "minutes read"]
        .iter()
        .any(|tail| n.ends_with(tail));
    if glued_tail && word_count(&n) <= 8 && n.contains(" ago") {
        return true;
    }
    let mut rest = n.as_str();
    for prefix in [
        "estimated reading time",
        "reading time",
        "read time",
        "time to read",
    ] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r.trim_start_matches([':', ' ', '-', '–']);
            rest = rest.strip_prefix("about ").unwrap_or(rest);
            break;
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let unit = rest[digits..].trim_start_matches([' ', '-', '–']);
    let Some(tail) = ["minutes", "minute", "mins", "min"]
        .iter()
        .find_map(|u| unit.strip_prefix(u))
    else {
        return false;
    };
    matches!(
        tail.trim_start_matches('.').trim(),
        "" | "read" | "reading" | "read time" | "to read" | "listen" | "watch"
    )
}

/// Places and a classifier shorthand shared by the tests of the furniture rules.
#[cfg(test)]
pub(crate) mod testing {
    use super::{Place, classify_line};
    use crate::corpus::FurnitureKind;

    pub const ANYWHERE: Place = Place {
        near_top: false,
        near_bottom: false,
    };
    pub const TOP: Place = Place {
        near_top: true,
        near_bottom: false,
    };
    pub const BOTTOM: Place = Place {
        near_top: false,
        near_bottom: true,
    };

    /// The furniture of one line as (kind, text).
    pub fn kinds(line: &str, place: Place) -> Vec<(FurnitureKind, &str)> {
        classify_line(line, place)
            .into_iter()
            .map(|(k, s)| (k, s.slice(line)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use FurnitureKind::*;

    #[test]
    fn reading_times_are_furniture() {
        for line in [
            "3 min read",
            "12 mins read",
            "5-minute read",
            "Reading time: 4 minutes",
            "2 min",
            "Published 3 days ago2 minute read",
        ] {
            assert_eq!(kinds(line, ANYWHERE), vec![(ReadingTime, line)], "{line}");
        }
        assert!(kinds("3 minutes later the bridge fell.", ANYWHERE).is_empty());
    }

    #[test]
    fn a_city_dateline_opening_the_body_is_not_furniture() {
        assert!(kinds("PORTSMOUTH: The council voted to close the bridge.", TOP).is_empty());
        assert!(kinds("PORTSMOUTH (Reuters) - The council voted to close it.", TOP).is_empty());
    }
}
