//! Merging accepted unit matches into passages: adjacent units that pair with adjacent units on
//! the other side read as one shared passage, and are shown and exported as one overlap.

use super::piece_index::PieceIndex;
use super::select::{Piece, UnitMatch};

/// A run of merged matches: the cover of their sides and their best and mean score.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    pub lhs: Piece,
    pub rhs: Piece,
    pub best_score: f32,
    pub mean_score: f32,
}

/// Merges matches whose sides touch (overlap or are adjacent) on both articles, in either order
/// (a rewrite may swap two adjacent sentences). Sorted by lhs position. `lhs_text` and
/// `rhs_text` are the two articles' texts: pieces whose tokens are adjacent but which have
/// page furniture (a caption, a date line) between them are not one passage.
pub fn merge_passages(matches: &[UnitMatch], lhs_text: &str, rhs_text: &str) -> Vec<Passage> {
    let n = matches.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut lhs_index = PieceIndex::new();
    for (i, m) in matches.iter().enumerate() {
        lhs_index.insert(i, &m.lhs);
    }
    for i in 0..n {
        let a = &matches[i];
        // Only matches touching on the left can run on; the index names them.
        for j in lhs_index.near(&a.lhs).filter(|&j| j > i) {
            let b = &matches[j];
            if runs_on(&a.lhs, &b.lhs, lhs_text) && runs_on(&a.rhs, &b.rhs, rhs_text) {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                parent[ri.max(rj)] = ri.min(rj);
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        let r = root(&mut parent, i);
        groups[r].push(i);
    }
    let mut out: Vec<Passage> = groups
        .into_iter()
        .filter(|g| !g.is_empty())
        .map(|g| passage_of(g.iter().map(|&i| &matches[i])))
        .collect();
    out.sort_by_key(position);
    out
}

/// Where a passage stands, for sorting: by lhs start, then rhs start, then lhs end.
fn position(p: &Passage) -> (usize, usize, usize) {
    (p.lhs.tokens.start, p.rhs.tokens.start, p.lhs.tokens.end)
}

/// Whether two pieces of one text read as one run: they overlap, or they are adjacent with
/// nothing but spaces and punctuation between them. Text between adjacent tokens that is not
/// itself tokens was left out of the analysis as furniture.
fn runs_on(a: &Piece, b: &Piece, text: &str) -> bool {
    if !a.touches(b) {
        return false;
    }
    if a.overlaps(b) {
        return true;
    }
    let (first, second) = if a.span.start <= b.span.start {
        (a, b)
    } else {
        (b, a)
    };
    text.get(first.span.end..second.span.start)
        .is_none_or(|gap| !gap.chars().any(char::is_alphanumeric))
}

fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn passage_of<'a>(mut group: impl Iterator<Item = &'a UnitMatch>) -> Passage {
    let first = group.next().cloned().unwrap_or_else(|| UnitMatch {
        lhs: Piece {
            tokens: 0..0,
            span: Default::default(),
            sentence: 0,
        },
        rhs: Piece {
            tokens: 0..0,
            span: Default::default(),
            sentence: 0,
        },
        score: 0.0,
    });
    let mut p = Passage {
        lhs: first.lhs,
        rhs: first.rhs,
        best_score: first.score,
        mean_score: first.score,
    };
    let mut count = 1.0;
    for m in group {
        p.lhs = cover(&p.lhs, &m.lhs);
        p.rhs = cover(&p.rhs, &m.rhs);
        p.best_score = p.best_score.max(m.score);
        p.mean_score += m.score;
        count += 1.0;
    }
    p.mean_score /= count;
    p
}

fn cover(a: &Piece, b: &Piece) -> Piece {
    Piece {
        tokens: a.tokens.start.min(b.tokens.start)..a.tokens.end.max(b.tokens.end),
        span: a.span.cover(&b.span),
        sentence: if a.tokens.start <= b.tokens.start {
            a.sentence
        } else {
            b.sentence
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::select::test_match as m;
    use super::*;
    use proptest::prelude::*;

    /// Passages as first computed, trying every pair of matches: the indexed merge must give
    /// the same.
    fn merge_by_scanning(matches: &[UnitMatch]) -> Vec<Passage> {
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for i in 0..matches.len() {
            let joined: Vec<usize> = (0..groups.len())
                .filter(|&g| {
                    groups[g].iter().any(|&j| {
                        runs_on(&matches[i].lhs, &matches[j].lhs, "")
                            && runs_on(&matches[i].rhs, &matches[j].rhs, "")
                    })
                })
                .collect();
            let mut group = vec![i];
            for &g in joined.iter().rev() {
                group.extend(groups.remove(g));
            }
            groups.push(group);
        }
        let mut out: Vec<Passage> = groups
            .into_iter()
            .map(|mut g| {
                g.sort();
                passage_of(g.iter().map(|&i| &matches[i]))
            })
            .collect();
        out.sort_by_key(position);
        out
    }

    fn arb_piece() -> impl Strategy<Value = std::ops::Range<usize>> {
        (0usize..5, 0usize..10, 1usize..=10)
            .prop_map(|(s, a, len)| s * 10 + a..s * 10 + (a + len).min(10))
    }

    proptest! {
        #[test]
        fn indexed_merging_gives_what_trying_every_pair_gives(
            pairs in proptest::collection::vec((arb_piece(), arb_piece()), 0..30)
        ) {
            let matches: Vec<UnitMatch> =
                pairs.into_iter().map(|(l, r)| m(l, r, 0.5)).collect();
            prop_assert_eq!(merge_passages(&matches, "", ""), merge_by_scanning(&matches));
        }
    }

    #[test]
    fn adjacent_pairs_on_both_sides_form_one_passage() {
        let got = merge_passages(&[m(0..10, 30..40, 0.9), m(10..18, 40..52, 0.5)], "", "");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].lhs.tokens, 0..18);
        assert_eq!(got[0].rhs.tokens, 30..52);
        assert!((got[0].mean_score - 0.7).abs() < 1e-6);
    }

    #[test]
    fn swapped_adjacent_sentences_still_merge() {
        let got = merge_passages(&[m(0..10, 40..50, 0.9), m(10..20, 30..40, 0.8)], "", "");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn pairs_adjacent_on_one_side_only_stay_apart() {
        let got = merge_passages(&[m(0..10, 30..40, 0.9), m(10..20, 80..90, 0.8)], "", "");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].lhs.tokens, 0..10);
    }

    #[test]
    fn pairs_with_furniture_between_them_stay_apart() {
        // Tokens 0..2 and 2..4 are adjacent, but a reading-time line left out of the analysis
        // stands between them on the left.
        let left = "Alpha beta.\n3 min read\nGamma delta.";
        let right = "Alpha beta. Gamma delta.";
        let piece = |tokens: std::ops::Range<usize>, start: usize, end: usize| Piece {
            sentence: tokens.start / 2,
            tokens,
            span: crate::analysis::span::Span::new(start, end),
        };
        let first = UnitMatch {
            lhs: piece(0..2, 0, 11),
            rhs: piece(0..2, 0, 11),
            score: 0.9,
        };
        let second = UnitMatch {
            lhs: piece(2..4, 23, 35),
            rhs: piece(2..4, 12, 24),
            score: 0.9,
        };
        let mirrored = [
            UnitMatch {
                lhs: first.rhs.clone(),
                ..first.clone()
            },
            UnitMatch {
                lhs: second.rhs.clone(),
                ..second.clone()
            },
        ];
        assert_eq!(merge_passages(&[first, second], left, right).len(), 2);
        assert_eq!(
            merge_passages(&mirrored, right, right).len(),
            1,
            "only punctuation between"
        );
    }
}
