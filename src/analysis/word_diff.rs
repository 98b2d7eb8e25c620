//! Word-level diff inside an aligned pair, with each change classified for fact checking.
//!
//! Words are compared in their folded form (so "Dvořák" = "Dvorak"), with the Histogram algorithm
//! of `similar`, which anchors on rare words and so keeps reworded news sentences readable.
//! Every op and change carries byte spans into each side's text, for highlighting and export.

mod classify;
mod focus;
pub(crate) mod lexicon;
mod quotes;

pub use classify::{ChangeContext, classify_change};
pub use quotes::quote_regions;

use super::segment::Token;
use super::span::Span;
use serde::Serialize;
use similar::{Algorithm, DiffTag, capture_diff_slices};
use std::ops::Range;

/// What kind of difference a change is, from a fact checker's point of view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// 30 vs three vs several dozen, 3,200.
    Number,
    /// Sep 24, Sunday, last weekend vs past week.
    Date,
    /// A person, place or organisation swapped.
    Name,
    /// did not deny / denied.
    Negation,
    /// Wording changed inside quotation marks.
    Quote,
    /// unprecedented / significant / large.
    Hedge,
    /// Any other rewording.
    Wording,
}

impl ChangeKind {
    /// True for the kinds a fact checker looks at first (everything but plain wording).
    pub fn is_fact_relevant(self) -> bool {
        self != ChangeKind::Wording
    }
}

/// One change between the two sides: deleted (`rhs` None), inserted (`lhs` None) or replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub lhs: Option<Span>,
    pub rhs: Option<Span>,
}

/// What a word-level op does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OpTag {
    Equal,
    Delete,
    Insert,
    Replace,
}

/// One word-level op: token ranges into the two token slices diffed, and the byte spans they
/// cover (empty, positioned where the other side's words go, for inserts and deletes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordOp {
    pub tag: OpTag,
    pub lhs_tokens: Range<usize>,
    pub rhs_tokens: Range<usize>,
    pub lhs: Span,
    pub rhs: Span,
}

/// Diffs two token sequences word by word (folded forms), covering both sequences in order.
///
/// ```
/// use crosscheck::analysis::segment::tokenize;
/// use crosscheck::analysis::span::Span;
/// use crosscheck::analysis::word_diff::{word_ops, OpTag};
/// let (a, b) = ("the river rose fast", "the river fell fast");
/// let ops = word_ops(&tokenize(a, Span::new(0, a.len())), &tokenize(b, Span::new(0, b.len())));
/// let tags: Vec<OpTag> = ops.iter().map(|o| o.tag).collect();
/// assert_eq!(tags, [OpTag::Equal, OpTag::Replace, OpTag::Equal]);
/// assert_eq!(ops[1].rhs.slice(b), "fell");
/// ```
pub fn word_ops(lhs: &[Token], rhs: &[Token]) -> Vec<WordOp> {
    if lhs.len().saturating_mul(rhs.len()) > MAX_DIFF_CELLS {
        return coarse_ops(lhs, rhs);
    }
    let a: Vec<&str> = lhs.iter().map(|t| t.norm.as_str()).collect();
    let b: Vec<&str> = rhs.iter().map(|t| t.norm.as_str()).collect();
    capture_diff_slices(Algorithm::Histogram, &a, &b)
        .iter()
        .map(|op| {
            let (tag, l, r) = op.as_tag_tuple();
            WordOp {
                tag: match tag {
                    DiffTag::Equal => OpTag::Equal,
                    DiffTag::Delete => OpTag::Delete,
                    DiffTag::Insert => OpTag::Insert,
                    DiffTag::Replace => OpTag::Replace,
                },
                lhs: tokens_span(lhs, &l),
                rhs: tokens_span(rhs, &r),
                lhs_tokens: l,
                rhs_tokens: r,
            }
        })
        .collect()
}

/// Above this many token pairs (1,000 words on both sides) two passages are compared coarsely:
/// their common first and last words as equal, the middle as one replacement.
///
/// Histogram falls back to Myers, which costs (n + m) × D: two long passages that share few
/// words in order (a scraped page of word lists against another) would take minutes. News
/// passages are far shorter; the bound is on sizes, not time, so the output stays deterministic.
const MAX_DIFF_CELLS: usize = 1_000 * 1_000;

/// Equal common prefix and suffix, one op for the differing middle: linear in the sizes.
fn coarse_ops(lhs: &[Token], rhs: &[Token]) -> Vec<WordOp> {
    let same = |i: usize, j: usize| lhs[i].norm == rhs[j].norm;
    let max = lhs.len().min(rhs.len());
    let prefix = (0..max).take_while(|&i| same(i, i)).count();
    let suffix = (0..max - prefix)
        .take_while(|&k| same(lhs.len() - 1 - k, rhs.len() - 1 - k))
        .count();
    let mid = (prefix..lhs.len() - suffix, prefix..rhs.len() - suffix);
    let middle_tag = match (mid.0.is_empty(), mid.1.is_empty()) {
        (true, true) => None,
        (true, false) => Some(OpTag::Insert),
        (false, true) => Some(OpTag::Delete),
        (false, false) => Some(OpTag::Replace),
    };
    let parts = [
        (prefix > 0).then_some((OpTag::Equal, 0..prefix, 0..prefix)),
        middle_tag.map(|t| (t, mid.0, mid.1)),
        (suffix > 0).then_some((
            OpTag::Equal,
            lhs.len() - suffix..lhs.len(),
            rhs.len() - suffix..rhs.len(),
        )),
    ];
    parts
        .into_iter()
        .flatten()
        .map(|(tag, l, r)| WordOp {
            tag,
            lhs: tokens_span(lhs, &l),
            rhs: tokens_span(rhs, &r),
            lhs_tokens: l,
            rhs_tokens: r,
        })
        .collect()
}

/// Word ops between two spans of text (e.g. an overlap's two sides), for highlighting: both
/// spans are tokenized as a whole with [`tokenize`](super::segment::tokenize).
pub fn span_ops(lhs_text: &str, lhs: Span, rhs_text: &str, rhs: Span) -> Vec<WordOp> {
    let tokenize = super::segment::tokenize;
    word_ops(&tokenize(lhs_text, lhs), &tokenize(rhs_text, rhs))
}

/// The bytes covered by `tokens[range]`; for an empty range, an empty span where it would be.
fn tokens_span(tokens: &[Token], range: &Range<usize>) -> Span {
    if range.is_empty() {
        let at = tokens
            .get(range.start)
            .map(|t| t.span.start)
            .or_else(|| tokens.last().map(|t| t.span.end))
            .unwrap_or(0);
        return Span::new(at, at);
    }
    Span::new(
        tokens[range.start].span.start,
        tokens[range.end - 1].span.end,
    )
}

/// Rebuilds the folded words of `rhs` from `lhs` and the ops: equal runs are taken from `lhs`,
/// inserted and replacing words from `rhs`. Equal to `rhs`'s folded words when the ops are right.
pub fn apply_ops(lhs: &[Token], rhs: &[Token], ops: &[WordOp]) -> Vec<String> {
    let mut out = Vec::new();
    for op in ops {
        let words = match op.tag {
            OpTag::Equal => lhs.get(op.lhs_tokens.clone()),
            OpTag::Delete => None,
            OpTag::Insert | OpTag::Replace => rhs.get(op.rhs_tokens.clone()),
        };
        out.extend(words.unwrap_or(&[]).iter().map(|t| t.norm.clone()));
    }
    out
}

/// Share of words the two sides have in common: `2 × equal / (|lhs| + |rhs|)`, 1 for identical.
pub fn ratio(ops: &[WordOp], lhs_len: usize, rhs_len: usize) -> f32 {
    let total = lhs_len + rhs_len;
    if total == 0 {
        return 1.0;
    }
    let equal: usize = ops
        .iter()
        .filter(|o| o.tag == OpTag::Equal)
        .map(|o| o.lhs_tokens.len())
        .sum();
    2.0 * equal as f32 / total as f32
}

/// The classified changes between two passages (`lhs` and `rhs` tokens positioned in their
/// texts), one per run of edited words; a single unchanged stop word between two edits does
/// not split them.
pub fn diff_changes(lhs: &ChangeContext, rhs: &ChangeContext) -> Vec<Change> {
    let ops = word_ops(lhs.tokens, rhs.tokens);
    let groups = group_edits(&ops, lhs.tokens);
    let mut out = Vec::new();
    for (g, (l, r)) in groups.iter().enumerate() {
        // How far a fact expression may grow: up to the neighbouring changes.
        let prev = g
            .checked_sub(1)
            .map_or((0, 0), |p| (groups[p].0.end, groups[p].1.end));
        let next = groups
            .get(g + 1)
            .map_or((lhs.tokens.len(), rhs.tokens.len()), |n| {
                (n.0.start, n.1.start)
            });
        let bounds = (prev.0..next.0, prev.1..next.1);
        for (kind, l, r) in focused(lhs, rhs, (l.clone(), r.clone()), bounds) {
            out.push(Change {
                kind,
                lhs: (!l.is_empty()).then(|| tokens_span(lhs.tokens, &l)),
                rhs: (!r.is_empty()).then(|| tokens_span(rhs.tokens, &r)),
            });
        }
    }
    out
}

/// The change over `l`/`r` classified, with number, date and name changes cut to the fact
/// (see [`focus`]); the wording left around a fact is classified again, as it may hold
/// another.
fn focused(
    lhs: &ChangeContext,
    rhs: &ChangeContext,
    (l, r): (Range<usize>, Range<usize>),
    bounds: (Range<usize>, Range<usize>),
) -> Vec<focus::RangeChange> {
    let kind = classify_change(lhs, l.clone(), rhs, r.clone());
    if !matches!(
        kind,
        ChangeKind::Number | ChangeKind::Date | ChangeKind::Name
    ) {
        return vec![(kind, l, r)];
    }
    let parts = focus::focus(lhs, rhs, (kind, l.clone(), r.clone()), bounds);
    if parts.len() == 1 {
        return parts;
    }
    parts
        .into_iter()
        .flat_map(|(k, pl, pr)| {
            let smaller = pl.len() + pr.len() < l.len() + r.len();
            if k == ChangeKind::Wording && smaller {
                let within = (pl.clone(), pr.clone());
                focused(lhs, rhs, (pl, pr), within)
            } else {
                vec![(k, pl, pr)]
            }
        })
        .collect()
}

/// Runs of non-equal ops as (lhs token range, rhs token range), joined across one equal stop word.
fn group_edits(ops: &[WordOp], lhs: &[Token]) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    let mut bridge_ok = false;
    for (i, op) in ops.iter().enumerate() {
        if op.tag == OpTag::Equal {
            let single_stop = op.lhs_tokens.len() == 1
                && lhs
                    .get(op.lhs_tokens.start)
                    .is_some_and(|t| crate::analysis::stem::is_stop_word(&t.norm));
            // "about [four] and a half" / "over [four]": a shared number between two edits of
            // one quantity.
            let number = op.lhs_tokens.len() <= 2
                && op.lhs_tokens.clone().all(|k| focus::number_part(lhs, k));
            bridge_ok = (single_stop || number) && i > 0 && i + 1 < ops.len();
            continue;
        }
        match out.last_mut() {
            Some((l, r)) if bridge_ok && i >= 2 => {
                l.end = op.lhs_tokens.end;
                r.end = op.rhs_tokens.end;
            }
            _ => out.push((op.lhs_tokens.clone(), op.rhs_tokens.clone())),
        }
        bridge_ok = false;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn huge_dissimilar_passages_are_compared_as_a_whole_and_still_rebuild() {
        use super::super::segment::tokenize;
        let a: String = (0..2_000)
            .map(|i| format!("w{} ", i % 97))
            .collect::<String>()
            + " end";
        let b: String = (0..2_000)
            .map(|i| format!("w{} ", (i * 7) % 89))
            .collect::<String>()
            + " end";
        let (ta, tb) = (
            tokenize(&a, Span::new(0, a.len())),
            tokenize(&b, Span::new(0, b.len())),
        );
        let ops = super::word_ops(&ta, &tb);
        let tags: Vec<super::OpTag> = ops.iter().map(|o| o.tag).collect();
        assert_eq!(
            tags,
            [
                super::OpTag::Equal,
                super::OpTag::Replace,
                super::OpTag::Equal
            ]
        );
        assert_eq!(ops[2].lhs.slice(&a), "end");
        let rebuilt = super::apply_ops(&ta, &tb, &ops);
        let want: Vec<String> = tb.iter().map(|t| t.norm.clone()).collect();
        assert_eq!(rebuilt, want);
    }

    use super::*;
    use crate::analysis::segment::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, Span::new(0, s.len()))
    }

    #[test]
    fn identical_word_sequences_are_one_equal_op() {
        let a = toks("The Mayor spoke.");
        let b = toks("the mayor spoke");
        let ops = word_ops(&a, &b);
        assert_eq!(ops.len(), 1);
        assert_eq!(ops[0].tag, OpTag::Equal);
        assert_eq!(ratio(&ops, a.len(), b.len()), 1.0);
    }

    #[test]
    fn apply_ops_rebuilds_the_right_side() {
        let (a, b) = (
            "the council met on Monday and voted",
            "a council met Tuesday and then voted twice",
        );
        let (ta, tb) = (toks(a), toks(b));
        let ops = word_ops(&ta, &tb);
        let want: Vec<String> = tb.iter().map(|t| t.norm.clone()).collect();
        assert_eq!(apply_ops(&ta, &tb, &ops), want);
    }

    #[test]
    fn inserts_and_deletes_have_empty_spans_on_the_other_side() {
        let (a, b) = ("rain fell today", "rain fell heavily today");
        let ops = word_ops(&toks(a), &toks(b));
        let ins = ops.iter().find(|o| o.tag == OpTag::Insert).cloned();
        let ins = ins.unwrap_or_else(|| panic!("no insert in {ops:?}"));
        assert!(ins.lhs.is_empty());
        assert_eq!(ins.rhs.slice(b), "heavily");
    }

    #[test]
    fn edits_separated_by_one_stop_word_form_one_change() {
        let (a, b) = (
            "officials met in a hotel downtown",
            "officials talked in the hotel downtown",
        );
        let (ta, tb) = (toks(a), toks(b));
        let ca = ChangeContext::new(a, &ta, &[]);
        let cb = ChangeContext::new(b, &tb, &[]);
        let changes = diff_changes(&ca, &cb);
        assert_eq!(changes.len(), 1, "{changes:?}");
        let lhs = changes[0].lhs.map(|s| s.slice(a));
        assert_eq!(lhs, Some("met in a"));
    }
}
