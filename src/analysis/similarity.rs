//! The sources × sources similarity matrix: for each pair of articles, the share of their text
//! they have in common and the number of aligned passages, plus an order of the sources that puts
//! rewrites of the same original next to each other.
//!
//! Stored sparsely (only pairs that share something), so a corpus of ten thousand articles costs
//! memory in proportion to its overlaps, not to the square of its size.

use super::align::Overlap;
use super::span::Span;
use crate::corpus::Corpus;
use rustc_hash::FxHashMap;

/// How much two sources have in common.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PairSimilarity {
    /// Bytes of both bodies inside a shared passage, over both bodies' bytes (0..=1).
    pub share: f32,
    /// Aligned passages between the two.
    pub passages: usize,
}

/// The matrix and the display order of its sources.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SimilarityMatrix {
    /// Article indices, rewrites of one original next to each other.
    pub order: Vec<usize>,
    pairs: FxHashMap<(usize, usize), PairSimilarity>,
}

impl SimilarityMatrix {
    /// The similarity of two distinct articles (in either order); None when they share nothing
    /// or `a == b`.
    pub fn get(&self, a: usize, b: usize) -> Option<PairSimilarity> {
        self.pairs.get(&(a.min(b), a.max(b))).copied()
    }

    /// Every pair that shares something, `(lhs, rhs)` with `lhs < rhs`, in no fixed order.
    pub fn pairs(&self) -> impl Iterator<Item = ((usize, usize), PairSimilarity)> + '_ {
        self.pairs.iter().map(|(k, v)| (*k, *v))
    }
}

/// For one pair of articles: the spans of each side that overlap the other, and the number of
/// aligned passages.
type PairSides = (Vec<Span>, Vec<Span>, usize);

/// Builds the matrix from the overlaps of an analysis.
pub fn similarity(corpus: &Corpus, overlaps: &[Overlap]) -> SimilarityMatrix {
    let body: Vec<usize> = corpus
        .articles
        .iter()
        .map(|a| a.body_spans().iter().map(Span::len).sum())
        .collect();
    let mut sides: FxHashMap<(usize, usize), PairSides> = FxHashMap::default();
    for o in overlaps {
        let (a, b) = (o.lhs.article, o.rhs.article);
        if a == b || a >= body.len() || b >= body.len() {
            continue;
        }
        let (sa, sb) = if a < b {
            (o.lhs.span, o.rhs.span)
        } else {
            (o.rhs.span, o.lhs.span)
        };
        let e = sides.entry((a.min(b), a.max(b))).or_default();
        e.0.push(sa);
        e.1.push(sb);
        e.2 += 1;
    }
    let pairs: FxHashMap<(usize, usize), PairSimilarity> = sides
        .into_iter()
        .map(|((a, b), (sa, sb, passages))| {
            let total = (body[a] + body[b]).max(1);
            let common = union_len(sa).min(body[a]) + union_len(sb).min(body[b]);
            let share = (common as f32 / total as f32).min(1.0);
            ((a, b), PairSimilarity { share, passages })
        })
        .collect();
    let order = cluster_order(corpus.articles.len(), &pairs);
    SimilarityMatrix { order, pairs }
}

/// Bytes covered by the union of `spans`.
fn union_len(mut spans: Vec<Span>) -> usize {
    spans.sort();
    let (mut total, mut end) = (0, 0);
    for s in spans {
        let start = s.start.max(end);
        if s.end > start {
            total += s.end - start;
        }
        end = end.max(s.end);
    }
    total
}

/// Single-linkage clustering, most similar pair first: each merge joins two chains at the ends
/// holding the pair, so a chain reads as a sequence of close rewrites. Chains come out in the
/// order of their first article; articles that share nothing keep their place.
fn cluster_order(n: usize, pairs: &FxHashMap<(usize, usize), PairSimilarity>) -> Vec<usize> {
    let mut edges: Vec<((usize, usize), f32)> = pairs.iter().map(|(k, v)| (*k, v.share)).collect();
    edges.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    let mut root: Vec<usize> = (0..n).collect();
    let mut chain: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for ((a, b), _) in edges {
        let (ra, rb) = (find(&mut root, a), find(&mut root, b));
        if ra == rb {
            continue;
        }
        let mut left = std::mem::take(&mut chain[ra]);
        let mut right = std::mem::take(&mut chain[rb]);
        if left.first() == Some(&a) && left.len() > 1 {
            left.reverse();
        }
        if right.last() == Some(&b) && right.len() > 1 {
            right.reverse();
        }
        left.extend(right);
        root[rb] = ra;
        chain[ra] = left;
    }
    let mut order = Vec::with_capacity(n);
    let mut done = vec![false; n];
    for i in 0..n {
        let r = find(&mut root, i);
        if !done[r] {
            done[r] = true;
            order.extend(std::mem::take(&mut chain[r]));
        }
    }
    order
}

/// Union-find root with path halving.
fn find(root: &mut [usize], mut i: usize) -> usize {
    while root[i] != i {
        root[i] = root[root[i]];
        i = root[i];
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::align::{OverlapKind, Side};
    use crate::corpus::Article;

    fn corpus(n: usize) -> Corpus {
        Corpus {
            articles: (0..n)
                .map(|i| Article {
                    id: format!("a{i}"),
                    text: "x".repeat(100),
                    ..Article::default()
                })
                .collect(),
            warnings: Vec::new(),
        }
    }

    fn overlap(a: usize, b: usize, start: usize, end: usize) -> Overlap {
        Overlap {
            lhs: Side {
                article: a,
                span: Span::new(start, end),
            },
            rhs: Side {
                article: b,
                span: Span::new(start, end),
            },
            kind: OverlapKind::Verbatim,
            similarity: 1.0,
            changes: Vec::new(),
        }
    }

    #[test]
    fn the_share_counts_overlapping_passages_once() {
        let m = similarity(&corpus(2), &[overlap(0, 1, 0, 40), overlap(0, 1, 20, 60)]);
        let p = m.get(1, 0).unwrap();
        assert_eq!(p.passages, 2);
        assert!((p.share - 0.6).abs() < 1e-6, "{}", p.share);
    }

    #[test]
    fn pairs_that_share_nothing_and_the_diagonal_are_empty() {
        let m = similarity(&corpus(3), &[overlap(0, 1, 0, 10)]);
        assert!(m.get(0, 2).is_none());
        assert!(m.get(1, 1).is_none());
    }

    #[test]
    fn rewrites_of_one_original_sit_together_in_the_order() {
        // 0, 2 and 4 rewrite one original; 1 and 3 another; 5 shares nothing.
        let m = similarity(
            &corpus(6),
            &[
                overlap(0, 2, 0, 90),
                overlap(2, 4, 0, 80),
                overlap(1, 3, 0, 70),
                overlap(0, 1, 0, 5),
            ],
        );
        let pos = |a: usize| m.order.iter().position(|&x| x == a).unwrap();
        assert_eq!(m.order.len(), 6);
        let first: Vec<usize> = {
            let mut v = vec![pos(0), pos(2), pos(4)];
            v.sort();
            v
        };
        assert_eq!(first[2] - first[0], 2, "{:?}", m.order);
        assert_eq!(
            (pos(1) as isize - pos(3) as isize).abs(),
            1,
            "{:?}",
            m.order
        );
        assert_eq!(pos(5), 5);
    }

    #[test]
    fn the_order_is_a_permutation_of_the_sources() {
        let m = similarity(&corpus(4), &[overlap(3, 1, 0, 50)]);
        let mut sorted = m.order.clone();
        sorted.sort();
        assert_eq!(sorted, vec![0, 1, 2, 3]);
    }
}
