//! Narrowing a fact change to the fact: the quantity, the date or the name that differs, not
//! the whole reworded stretch around it.
//!
//! A run of edited words is classified by the most telling word in it, so a rewritten clause
//! holding "Thursday" would be a date change from end to end, and a deleted "and a half" in
//! "four and a half hours" / "four hours" a number change with nothing on the other side. A
//! fact checker wants "four and a half" against "four". So a number, date or name change is
//! cut to the expression of its kind on each side (grown to the whole expression, words both
//! sides share included), and the words around it stay plain wording.

use super::ChangeKind;
use super::classify::{ChangeContext, is_year};
use super::lexicon::{is_date_word, is_number_word, is_time_qualifier};
use crate::analysis::entities::gazetteer::country_or_nationality;
use crate::analysis::segment::Token;
use std::ops::Range;

/// A change as token ranges on both sides, with its kind.
pub type RangeChange = (ChangeKind, Range<usize>, Range<usize>);

/// Words before a quantity that belong to it ("about 30", "more than 2,000", "up to 110").
const QUANTIFIERS: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "over",
    "under",
    "least",
    "most",
    "more",
    "less",
    "fewer",
    "than",
    "up",
    "to",
    "some",
    "only",
    "just",
];

/// Splits a number, date or name change into the expression that differs and plain wording
/// before and after it; other changes pass through. `bounds` are the token ranges the change
/// may grow into on each side (up to its neighbouring changes).
pub fn focus(
    lhs: &ChangeContext,
    rhs: &ChangeContext,
    change: RangeChange,
    bounds: (Range<usize>, Range<usize>),
) -> Vec<RangeChange> {
    let (kind, l, r) = change;
    let is_part = match kind {
        ChangeKind::Number => number_part,
        ChangeKind::Date => date_part,
        ChangeKind::Name => return focus_names(lhs, rhs, (l, r)),
        _ => return vec![(kind, l, r)],
    };
    // A quantity may sit at the edge of an edit ("four [and a half]"); a date is only what
    // the edit itself holds.
    let anchor = kind == ChangeKind::Number;
    let el = expression(lhs.tokens, &l, &bounds.0, is_part, anchor);
    let er = expression(rhs.tokens, &r, &bounds.1, is_part, anchor);
    settle(kind, (l, r), (el, er))
}

/// Edits on the other side beyond which a fact only one side states is part of a rewording,
/// not a fact added or dropped.
const ONE_SIDED_CONTEXT: usize = 3;

/// The change split around the expressions found on each side: both sides state one (a fact
/// changed), or one side states it where the other side has a few words at most (a fact added
/// or dropped); else the whole change is wording.
fn settle(
    kind: ChangeKind,
    (l, r): (Range<usize>, Range<usize>),
    (el, er): (Option<Range<usize>>, Option<Range<usize>>),
) -> Vec<RangeChange> {
    match (el, er) {
        (Some(el), Some(er)) => split(kind, (l, r), (el, er)),
        (Some(el), None) if !l.is_empty() && r.len() <= ONE_SIDED_CONTEXT => {
            let at = r.start..r.start;
            split(kind, (l, r), (el, at))
        }
        (None, Some(er)) if !r.is_empty() && l.len() <= ONE_SIDED_CONTEXT => {
            let at = l.start..l.start;
            split(kind, (l, r), (at, er))
        }
        _ => vec![(ChangeKind::Wording, l, r)],
    }
}

/// Names only differ where the names are: cut to the first run of names on each side.
fn focus_names(
    lhs: &ChangeContext,
    rhs: &ChangeContext,
    (l, r): (Range<usize>, Range<usize>),
) -> Vec<RangeChange> {
    let run = |c: &ChangeContext, range: &Range<usize>| {
        let start = range.clone().find(|&k| c.is_name(&c.tokens[k]))?;
        let end = (start..range.end)
            .take_while(|&k| c.is_name(&c.tokens[k]))
            .last()?
            + 1;
        Some(start..end)
    };
    let (el, er) = (run(lhs, &l), run(rhs, &r));
    // A name the other side also writes, elsewhere in the passage or spelt with other stops
    // ("US" / "U.S."), was moved or restyled, not swapped.
    let foreign = |c: &ChangeContext, e: &Option<Range<usize>>, other: &ChangeContext| {
        e.as_ref().is_some_and(|e| {
            c.tokens[e.clone()].iter().any(|t| {
                let (w, place) = (letters(&t.norm), country_or_nationality(&t.norm));
                !other.tokens.iter().any(|o| {
                    letters(&o.norm) == w
                        || place.is_some() && country_or_nationality(&o.norm) == place
                })
            })
        })
    };
    if !foreign(lhs, &el, rhs) && !foreign(rhs, &er, lhs) {
        return vec![(ChangeKind::Wording, l, r)];
    }
    settle(ChangeKind::Name, (l, r), (el, er))
}

/// A word's letters and digits only: "u.s" and "us" are one name.
fn letters(w: &str) -> String {
    w.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The change cut into wording before, the expression, and wording after (empty parts left
/// out). The expression may reach outside the change into words both sides share.
fn split(
    kind: ChangeKind,
    (l, r): (Range<usize>, Range<usize>),
    (el, er): (Range<usize>, Range<usize>),
) -> Vec<RangeChange> {
    let before = (
        l.start..el.start.max(l.start).min(l.end),
        r.start..er.start.max(r.start).min(r.end),
    );
    let after = (
        el.end.max(l.start).min(l.end)..l.end,
        er.end.max(r.start).min(r.end)..r.end,
    );
    let mut out = Vec::new();
    if !before.0.is_empty() || !before.1.is_empty() {
        out.push((ChangeKind::Wording, before.0, before.1));
    }
    out.push((kind, el, er));
    if !after.0.is_empty() || !after.1.is_empty() {
        out.push((ChangeKind::Wording, after.0, after.1));
    }
    out
}

/// The expression of `is_part` words touching `range` (inside it, or right at its edges when
/// it is empty or ends inside one), grown within `bound`.
fn expression(
    tokens: &[Token],
    range: &Range<usize>,
    bound: &Range<usize>,
    is_part: fn(&[Token], usize) -> bool,
    anchor: bool,
) -> Option<Range<usize>> {
    let seed = range.clone().find(|&k| is_part(tokens, k)).or_else(|| {
        // Nothing of the kind inside: the edit sits at the edge of one ("four [and a half]").
        [range.start.checked_sub(1), Some(range.end)]
            .into_iter()
            .flatten()
            .find(|&k| anchor && bound.contains(&k) && k < tokens.len() && is_part(tokens, k))
    })?;
    let mut start = seed;
    while start > bound.start && is_part(tokens, start - 1) {
        start -= 1;
    }
    let mut end = seed + 1;
    while end < bound.end && is_part(tokens, end) {
        end += 1;
    }
    // Connectors only inside: "four and a half", not "and" at an edge.
    while end > start + 1 && is_connector(&tokens[end - 1].norm) {
        end -= 1;
    }
    while start + 1 < end && matches!(tokens[start].norm.as_str(), "and" | "of") {
        start += 1;
    }
    Some(start..end)
}

/// Whether a count of time units starts at `k` ("nearly five years", "three months").
fn counted_after(tokens: &[Token], k: usize) -> bool {
    let mut j = k;
    while j < tokens.len() && number_part(tokens, j) {
        j += 1;
    }
    j > k && tokens.get(j).is_some_and(|t| is_date_word(&t.norm))
}

fn is_connector(w: &str) -> bool {
    matches!(w, "and" | "a" | "of" | "to" | "than" | "on" | "the")
}

fn is_quantifier(w: &str) -> bool {
    QUANTIFIERS.contains(&w)
}

/// A word of a quantity: digits, number words, and the words joining or qualifying them.
pub fn number_part(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if t.numeric || is_number_word(&t.norm) {
        return true;
    }
    let number_at = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.numeric || is_number_word(&t.norm))
    };
    // "four and a half", "one of three": a connector between two number words.
    let between = k > 0 && number_at(k - 1) && (number_at(k + 1) || number_at(k + 2));
    // "a dozen", "an estimated hundred": the article of a number word is part of it, and
    // "at" of "at least" a quantifier.
    let article = matches!(t.norm.as_str(), "a" | "an") && number_at(k + 1);
    let at_least = t.norm == "at"
        && tokens
            .get(k + 1)
            .is_some_and(|n| matches!(n.norm.as_str(), "least" | "most"));
    article
        || at_least
        || (is_connector(&t.norm) && between)
        || (is_quantifier(&t.norm) && (number_at(k + 1) || number_at(k + 2) || number_at(k + 3)))
}

/// A word of a time expression: dates, years, and the qualifiers and prepositions next to one.
fn date_part(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let dated = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| is_date_word(&t.norm) || is_year(t))
    };
    if dated(k) {
        return true;
    }
    // "on Thursday", "last weekend", "the past week", "24 September", "in nearly five
    // years", "since 2018": the words leading into a time and a count of its units.
    let before_date = dated(k + 1) || (dated(k + 2) && is_time_qualifier(&tokens[k + 1].norm));
    let leads = matches!(
        t.norm.as_str(),
        "on" | "the" | "since" | "in" | "for" | "within"
    );
    ((before_date || counted_after(tokens, k + 1)) && (is_time_qualifier(&t.norm) || leads))
        || counted_after(tokens, k)
        || (t.numeric && (dated(k + 1) || k > 0 && dated(k - 1)))
}

#[cfg(test)]
mod tests {
    use super::super::{ChangeContext, ChangeKind, diff_changes};
    use crate::analysis::segment::tokenize;
    use crate::analysis::span::Span;

    /// (kind, lhs text, rhs text) of every change between `a` and `b`.
    fn changes(a: &str, b: &str) -> Vec<(ChangeKind, String, String)> {
        let (ta, tb) = (
            tokenize(a, Span::new(0, a.len())),
            tokenize(b, Span::new(0, b.len())),
        );
        let (ca, cb) = (
            ChangeContext::new(a, &ta, &[]),
            ChangeContext::new(b, &tb, &[]),
        );
        diff_changes(&ca, &cb)
            .into_iter()
            .map(|c| {
                let text =
                    |s: Option<Span>, t: &str| s.map_or(String::new(), |s| s.slice(t).to_string());
                (c.kind, text(c.lhs, a), text(c.rhs, b))
            })
            .collect()
    }

    fn fact(got: &[(ChangeKind, String, String)], kind: ChangeKind) -> Vec<(String, String)> {
        got.iter()
            .filter(|(k, _, _)| *k == kind)
            .map(|(_, l, r)| (l.clone(), r.clone()))
            .collect()
    }

    #[test]
    fn a_quantity_is_compared_whole_on_both_sides() {
        let got = changes(
            "the jury deliberated for about four and a half hours on Thursday",
            "the jury deliberated for over four hours",
        );
        assert_eq!(
            fact(&got, ChangeKind::Number),
            [("about four and a half".to_string(), "over four".to_string())],
            "{got:?}"
        );
    }

    #[test]
    fn a_fact_inside_a_rewritten_clause_is_cut_from_the_wording_around_it() {
        let got = changes(
            "rescuers said that 30 people died when the old bridge fell into the river",
            "rescuers said that at least three people were killed as the bridge collapsed",
        );
        let numbers = fact(&got, ChangeKind::Number);
        assert_eq!(
            numbers,
            [("30".to_string(), "at least three".to_string())],
            "{got:?}"
        );
        assert!(
            got.iter().any(|(k, _, _)| *k == ChangeKind::Wording),
            "{got:?}"
        );
    }

    #[test]
    fn a_date_only_one_side_of_a_long_rewording_holds_is_wording() {
        let got = changes(
            "the council approved the plan on Thursday after a long debate",
            "the council finally backed the scheme despite strong objections from residents",
        );
        assert!(fact(&got, ChangeKind::Date).is_empty(), "{got:?}");
    }

    #[test]
    fn a_span_of_time_and_a_year_are_compared_whole() {
        let got = changes(
            "the first envoy to make the trip in nearly five years",
            "the first envoy to make the trip since 2018",
        );
        assert_eq!(
            fact(&got, ChangeKind::Date),
            [("in nearly five years".to_string(), "since 2018".to_string())],
            "{got:?}"
        );
    }

    #[test]
    fn a_name_both_sides_write_is_no_swap() {
        let got = changes(
            "Lind and Palacios agree to reopen the U.S. border with American help",
            "Palacios, Lind meet and agree to reopen the US border with US help",
        );
        assert!(fact(&got, ChangeKind::Name).is_empty(), "{got:?}");
    }

    #[test]
    fn a_swapped_name_is_marked_without_its_surroundings() {
        let got = changes(
            "the envoy then met Ana Lind in the capital",
            "the envoy then spoke with Rosa Palacios in the capital",
        );
        assert_eq!(
            fact(&got, ChangeKind::Name),
            [("Ana Lind".to_string(), "Rosa Palacios".to_string())],
            "{got:?}"
        );
    }
}
