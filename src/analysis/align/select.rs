//! Choosing among scored unit pairs of one article pair: best match first, many-to-one allowed,
//! no forced order.
//!
//! Rewrites reorder sentences and fold two sentences into one, so a monotonic alignment (as in a
//! line diff) would miss most of what two rewrites share. Instead matches are taken greedily by
//! score; a match is dropped when it pairs the same two regions as a better one (a clause of an
//! already matched sentence against the same partner), or when both of its sides are already
//! matched elsewhere (which would chain unrelated passages together).

use crate::analysis::span::Span;
use std::ops::Range;

/// One side of a unit match: token range and byte span in one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub tokens: Range<usize>,
    pub span: Span,
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

/// The accepted matches, best first.
pub fn select_matches(mut candidates: Vec<UnitMatch>) -> Vec<UnitMatch> {
    candidates.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| size(a).cmp(&size(b)))
            .then_with(|| a.lhs.tokens.start.cmp(&b.lhs.tokens.start))
            .then_with(|| a.rhs.tokens.start.cmp(&b.rhs.tokens.start))
            .then_with(|| a.lhs.tokens.end.cmp(&b.lhs.tokens.end))
            .then_with(|| a.rhs.tokens.end.cmp(&b.rhs.tokens.end))
    });
    let mut accepted: Vec<UnitMatch> = Vec::new();
    for m in candidates {
        let same_regions = accepted
            .iter()
            .any(|a| a.lhs.overlaps(&m.lhs) && a.rhs.overlaps(&m.rhs));
        let lhs_taken = accepted.iter().any(|a| a.lhs.overlaps(&m.lhs));
        let rhs_taken = accepted.iter().any(|a| a.rhs.overlaps(&m.rhs));
        if !same_regions && !(lhs_taken && rhs_taken) {
            accepted.push(m);
        }
    }
    accepted
}

/// Tokens on both sides: among equal scores the tighter match wins.
fn size(m: &UnitMatch) -> usize {
    m.lhs.tokens.len() + m.rhs.tokens.len()
}

#[cfg(test)]
pub(crate) fn piece(tokens: Range<usize>) -> Piece {
    Piece {
        span: Span::new(tokens.start * 10, tokens.end * 10),
        tokens,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(l: Range<usize>, r: Range<usize>, score: f32) -> UnitMatch {
        UnitMatch {
            lhs: piece(l),
            rhs: piece(r),
            score,
        }
    }

    #[test]
    fn the_best_match_wins_over_a_clause_of_the_same_regions() {
        let got = select_matches(vec![m(0..4, 10..14, 0.5), m(0..10, 10..20, 0.7)]);
        assert_eq!(got, [m(0..10, 10..20, 0.7)]);
    }

    #[test]
    fn many_to_one_matches_are_kept() {
        let got = select_matches(vec![m(0..10, 50..60, 0.8), m(10..20, 50..60, 0.6)]);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_match_whose_sides_are_both_taken_elsewhere_is_dropped() {
        let got = select_matches(vec![
            m(0..10, 50..60, 0.9),
            m(20..30, 70..80, 0.8),
            m(0..10, 70..80, 0.5),
        ]);
        assert_eq!(got.len(), 2);
        assert!(!got.contains(&m(0..10, 70..80, 0.5)));
    }

    #[test]
    fn reordered_matches_are_all_kept() {
        let got = select_matches(vec![m(0..10, 90..99, 0.9), m(10..20, 50..60, 0.8)]);
        assert_eq!(got.len(), 2);
    }
}
