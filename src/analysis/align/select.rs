//! Choosing among scored unit pairs of one article pair: best match first, many-to-one allowed,
//! no forced order.
//!
//! Rewrites reorder sentences and fold two sentences into one, so a monotonic alignment (as in a
//! line diff) would miss most of what two rewrites share. Instead matches are taken greedily by
//! score; a match is dropped when it pairs the same two regions as a better one (a clause of an
//! already matched sentence against the same partner), or when both of its sides are already
//! matched elsewhere (which would chain unrelated passages together).

use super::piece_index::PieceIndex;
use crate::analysis::span::Span;
use std::ops::Range;

/// One side of a unit match: token range and byte span in one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub tokens: Range<usize>,
    pub span: Span,
    /// The sentence (index into `Segmented::sentences`) the piece lies in; a passage's cover
    /// spanning several keeps the first.
    pub sentence: usize,
}

impl Piece {
    pub fn overlaps(&self, other: &Piece) -> bool {
        self.tokens.start < other.tokens.end && other.tokens.start < self.tokens.end
    }

    /// Overlapping or directly adjacent (no token between).
    pub fn touches(&self, other: &Piece) -> bool {
        self.tokens.start <= other.tokens.end && other.tokens.start <= self.tokens.end
    }
}

/// A scored pair of units of two articles (lhs from the lower-numbered article).
#[derive(Clone, Debug, PartialEq)]
pub struct UnitMatch {
    pub lhs: Piece,
    pub rhs: Piece,
    /// TF-IDF cosine of the two units.
    pub score: f32,
}

/// What selection accepts.
#[derive(Clone, Copy, Debug)]
pub struct SelectRules {
    /// Matches scoring at least this are accepted best first, many-to-one.
    pub threshold: f32,
    /// Between articles with at least `related_min_matches` matches over `threshold` (rewrites
    /// of one report), weaker matches down to this score are accepted best first where neither
    /// side is matched yet, where they continue an accepted match (adjacent on both sides:
    /// passages run on), or where they are the best partner of a side not matched yet.
    pub related_threshold: f32,
    pub related_min_matches: usize,
}

/// The accepted matches, best first.
pub fn select_matches(mut candidates: Vec<UnitMatch>, rules: &SelectRules) -> Vec<UnitMatch> {
    candidates.sort_by(best_first);
    let (strong, weak): (Vec<UnitMatch>, Vec<UnitMatch>) = candidates
        .into_iter()
        .partition(|m| m.score >= rules.threshold);
    let mut accepted = Accepted::default();
    for m in strong {
        let same_regions = accepted.any_same_regions(&m);
        let both_taken = accepted.lhs_taken(&m) && accepted.rhs_taken(&m);
        if !same_regions && !both_taken {
            accepted.push(m);
        }
    }
    if accepted.matches.len() >= rules.related_min_matches {
        let best_lhs = best_partners(&weak, |m| &m.lhs);
        let best_rhs = best_partners(&weak, |m| &m.rhs);
        for (k, m) in weak.iter().enumerate() {
            let (lhs_free, rhs_free) = (!accepted.lhs_taken(m), !accepted.rhs_taken(m));
            let free = lhs_free && rhs_free;
            // One side free and this is its best partner, though that partner is matched
            // already: one sentence retold in two places (many-to-one).
            let best_of_free = (lhs_free && best_lhs[k]) || (rhs_free && best_rhs[k]);
            if m.score >= rules.related_threshold
                && (free
                    || ((best_of_free || accepted.any_continued_by(m))
                        && !accepted.any_same_regions(m)))
            {
                accepted.push(m.clone());
            }
        }
    }
    accepted.matches
}

/// The matches accepted so far, with their sides indexed so each new candidate is checked
/// against its neighbours only.
#[derive(Default)]
struct Accepted {
    matches: Vec<UnitMatch>,
    lhs: PieceIndex,
    rhs: PieceIndex,
}

impl Accepted {
    fn push(&mut self, m: UnitMatch) {
        let k = self.matches.len();
        self.lhs.insert(k, &m.lhs);
        self.rhs.insert(k, &m.rhs);
        self.matches.push(m);
    }

    fn lhs_taken(&self, m: &UnitMatch) -> bool {
        self.lhs
            .same_sentence(&m.lhs)
            .any(|k| self.matches[k].lhs.overlaps(&m.lhs))
    }

    fn rhs_taken(&self, m: &UnitMatch) -> bool {
        self.rhs
            .same_sentence(&m.rhs)
            .any(|k| self.matches[k].rhs.overlaps(&m.rhs))
    }

    /// An accepted match pairs the same two regions (overlapping on both sides).
    fn any_same_regions(&self, m: &UnitMatch) -> bool {
        self.lhs.same_sentence(&m.lhs).any(|k| {
            let a = &self.matches[k];
            a.lhs.overlaps(&m.lhs) && a.rhs.overlaps(&m.rhs)
        })
    }

    /// `m` continues an accepted match: touches it on both sides (a passage running on).
    fn any_continued_by(&self, m: &UnitMatch) -> bool {
        self.lhs.near(&m.lhs).any(|k| {
            let a = &self.matches[k];
            a.lhs.touches(&m.lhs) && a.rhs.touches(&m.rhs)
        })
    }
}

/// For each candidate (sorted best first), whether it is the first whose `side` overlaps its
/// own: the best partner that side has among them.
fn best_partners(sorted: &[UnitMatch], side: impl Fn(&UnitMatch) -> &Piece) -> Vec<bool> {
    let mut seen = PieceIndex::new();
    let mut best = Vec::with_capacity(sorted.len());
    for (k, m) in sorted.iter().enumerate() {
        let piece = side(m);
        best.push(
            !seen
                .same_sentence(piece)
                .any(|o| side(&sorted[o]).overlaps(piece)),
        );
        seen.insert(k, piece);
    }
    best
}

/// Highest score first; among equals the tighter match, then by position (deterministic).
fn best_first(a: &UnitMatch, b: &UnitMatch) -> std::cmp::Ordering {
    b.score
        .total_cmp(&a.score)
        .then_with(|| size(a).cmp(&size(b)))
        .then_with(|| a.lhs.tokens.start.cmp(&b.lhs.tokens.start))
        .then_with(|| a.rhs.tokens.start.cmp(&b.rhs.tokens.start))
        .then_with(|| a.lhs.tokens.end.cmp(&b.lhs.tokens.end))
        .then_with(|| a.rhs.tokens.end.cmp(&b.rhs.tokens.end))
}

/// Tokens on both sides: among equal scores the tighter match wins.
fn size(m: &UnitMatch) -> usize {
    m.lhs.tokens.len() + m.rhs.tokens.len()
}

/// A test piece over `tokens`, ten bytes a token, in sentences of ten tokens.
#[cfg(test)]
pub(crate) fn piece(tokens: Range<usize>) -> Piece {
    Piece {
        span: Span::new(tokens.start * 10, tokens.end * 10),
        sentence: tokens.start / 10,
        tokens,
    }
}

/// A test match of two token ranges.
#[cfg(test)]
pub(crate) fn test_match(l: Range<usize>, r: Range<usize>, score: f32) -> UnitMatch {
    UnitMatch {
        lhs: piece(l),
        rhs: piece(r),
        score,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const RULES: SelectRules = SelectRules {
        threshold: 0.3,
        related_threshold: 0.2,
        related_min_matches: 2,
    };

    use super::test_match as m;

    #[test]
    fn the_best_match_wins_over_a_clause_of_the_same_regions() {
        let got = select_matches(vec![m(0..4, 10..14, 0.5), m(0..10, 10..20, 0.7)], &RULES);
        assert_eq!(got, [m(0..10, 10..20, 0.7)]);
    }

    #[test]
    fn many_to_one_matches_are_kept() {
        let got = select_matches(vec![m(0..10, 50..60, 0.8), m(10..20, 50..60, 0.6)], &RULES);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_match_whose_sides_are_both_taken_elsewhere_is_dropped() {
        let got = select_matches(
            vec![
                m(0..10, 50..60, 0.9),
                m(20..30, 70..80, 0.8),
                m(0..10, 70..80, 0.5),
            ],
            &RULES,
        );
        assert_eq!(got.len(), 2);
        assert!(!got.contains(&m(0..10, 70..80, 0.5)));
    }

    #[test]
    fn weak_matches_count_only_between_related_articles() {
        let weak = vec![m(0..10, 50..60, 0.25), m(20..30, 70..80, 0.22)];
        assert!(select_matches(weak.clone(), &RULES).is_empty());
        let mut related = weak;
        related.extend([m(40..50, 90..99, 0.8), m(60..70, 100..110, 0.7)]);
        let got = select_matches(related, &RULES);
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn a_weak_match_continuing_an_accepted_passage_is_kept() {
        let mut c = vec![m(40..50, 90..99, 0.8), m(60..70, 100..110, 0.7)];
        c.push(m(0..10, 50..60, 0.9));
        c.push(m(10..20, 50..60, 0.22));
        c.push(m(30..39, 50..60, 0.22));
        c.push(m(30..39, 120..130, 0.24));
        let got = select_matches(c, &RULES);
        assert!(
            got.contains(&m(10..20, 50..60, 0.22)),
            "continues 0..10 ↔ 50..60"
        );
        assert!(
            !got.contains(&m(30..39, 50..60, 0.22)),
            "not adjacent, rhs taken, and 30..39 has a better partner"
        );
    }

    #[test]
    fn a_weak_match_that_is_the_best_partner_of_a_free_side_is_kept_though_the_other_is_taken() {
        let mut c = vec![m(40..50, 90..99, 0.8), m(60..70, 100..110, 0.7)];
        c.push(m(0..10, 50..60, 0.9));
        // 20..30's best partner is 50..60, matched above: 50..60 retells both.
        c.push(m(20..30, 50..60, 0.25));
        // And 120..130's only partner is 20..30: 20..30 retells both.
        c.push(m(20..30, 120..130, 0.21));
        let got = select_matches(c, &RULES);
        assert!(got.contains(&m(20..30, 50..60, 0.25)));
        assert!(got.contains(&m(20..30, 120..130, 0.21)));
    }

    #[test]
    fn a_weak_match_is_not_a_second_partner_of_a_side_that_has_a_better_one() {
        let mut c = vec![m(40..50, 90..99, 0.8), m(60..70, 100..110, 0.7)];
        c.push(m(0..10, 50..60, 0.9));
        c.push(m(20..30, 120..130, 0.3));
        c.push(m(20..30, 50..60, 0.22));
        let got = select_matches(c, &RULES);
        assert!(got.contains(&m(20..30, 120..130, 0.3)));
        assert!(
            !got.contains(&m(20..30, 50..60, 0.22)),
            "20..30 has a better partner and 50..60 is taken"
        );
    }

    /// The rules as first written, checking every accepted match for every candidate: the
    /// indexed version must choose exactly the same.
    fn select_by_scanning(mut candidates: Vec<UnitMatch>, rules: &SelectRules) -> Vec<UnitMatch> {
        candidates.sort_by(best_first);
        let (strong, weak): (Vec<UnitMatch>, Vec<UnitMatch>) = candidates
            .into_iter()
            .partition(|m| m.score >= rules.threshold);
        let same = |acc: &[UnitMatch], m: &UnitMatch| {
            acc.iter()
                .any(|a| a.lhs.overlaps(&m.lhs) && a.rhs.overlaps(&m.rhs))
        };
        let lhs_taken =
            |acc: &[UnitMatch], m: &UnitMatch| acc.iter().any(|a| a.lhs.overlaps(&m.lhs));
        let rhs_taken =
            |acc: &[UnitMatch], m: &UnitMatch| acc.iter().any(|a| a.rhs.overlaps(&m.rhs));
        let mut acc: Vec<UnitMatch> = Vec::new();
        for m in strong {
            let both_taken = lhs_taken(&acc, &m) && rhs_taken(&acc, &m);
            if !same(&acc, &m) && !both_taken {
                acc.push(m);
            }
        }
        if acc.len() >= rules.related_min_matches {
            let first = |k: usize, side: fn(&UnitMatch) -> &Piece| {
                !weak[..k].iter().any(|o| side(o).overlaps(side(&weak[k])))
            };
            for (k, m) in weak.iter().enumerate() {
                let (lf, rf) = (!lhs_taken(&acc, m), !rhs_taken(&acc, m));
                let best_of_free = (lf && first(k, |m| &m.lhs)) || (rf && first(k, |m| &m.rhs));
                let continues = acc
                    .iter()
                    .any(|a| a.lhs.touches(&m.lhs) && a.rhs.touches(&m.rhs));
                if m.score >= rules.related_threshold
                    && ((lf && rf) || ((continues || best_of_free) && !same(&acc, m)))
                {
                    acc.push(m.clone());
                }
            }
        }
        acc
    }

    /// A piece inside one of the ten-token test sentences.
    fn arb_piece() -> impl Strategy<Value = Range<usize>> {
        (0usize..6, 0usize..10, 1usize..=10)
            .prop_map(|(s, a, len)| s * 10 + a..s * 10 + (a + len).min(10))
    }

    proptest! {
        #[test]
        fn indexed_selection_chooses_what_scanning_chooses(
            cands in proptest::collection::vec((arb_piece(), arb_piece(), 0u8..10), 0..40)
        ) {
            let cands: Vec<UnitMatch> = cands
                .into_iter()
                .map(|(l, r, s)| m(l, r, 0.15 + f32::from(s) * 0.05))
                .collect();
            prop_assert_eq!(
                select_matches(cands.clone(), &RULES),
                select_by_scanning(cands, &RULES)
            );
        }
    }

    #[test]
    fn reordered_matches_are_all_kept() {
        let got = select_matches(vec![m(0..10, 90..99, 0.9), m(10..20, 50..60, 0.8)], &RULES);
        assert_eq!(got.len(), 2);
    }
}
