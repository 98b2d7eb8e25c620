//! The rows of the side-by-side diff for one pair of articles: aligned passages level with each
//! other, and (in whole-article mode) the text between them in place, so each column still reads
//! as the whole article in order.

use crate::analysis::Analysis;
use crate::analysis::span::Span;

/// One row: a passage of the left article beside a passage of the right one. `overlap` is set
/// for aligned passages; gap rows (text without a counterpart) have `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiffRow {
    pub overlap: Option<usize>,
    pub lhs: Option<Span>,
    pub rhs: Option<Span>,
}

/// An overlap between the pair, oriented so `lhs` is in the left article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Oriented {
    pub overlap: usize,
    pub lhs: Span,
    pub rhs: Span,
    /// True when the analysis stores this overlap with its sides the other way round.
    pub flipped: bool,
}

/// The overlaps between articles `lhs` and `rhs`, oriented, in left-article order.
pub fn overlaps_between(analysis: &Analysis, lhs: usize, rhs: usize) -> Vec<Oriented> {
    let mut out: Vec<Oriented> = analysis
        .overlaps
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            if o.lhs.article == lhs && o.rhs.article == rhs {
                Some(Oriented {
                    overlap: i,
                    lhs: o.lhs.span,
                    rhs: o.rhs.span,
                    flipped: false,
                })
            } else if o.lhs.article == rhs && o.rhs.article == lhs {
                Some(Oriented {
                    overlap: i,
                    lhs: o.rhs.span,
                    rhs: o.lhs.span,
                    flipped: true,
                })
            } else {
                None
            }
        })
        .collect();
    out.sort_by_key(|o| (o.lhs.start, o.rhs.start));
    out
}

/// The rows of a pair, and how many passages the pair shares in all (whole-article mode shows
/// only those that keep reading order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairRows {
    pub rows: Vec<DiffRow>,
    pub passages: usize,
}

/// The rows for the pair. With `aligned_only`, one row per overlap; otherwise the longest chain
/// of overlaps in the same order on both sides, with the text between them as gap rows.
pub fn build_rows(analysis: &Analysis, lhs: usize, rhs: usize, aligned_only: bool) -> PairRows {
    let text_len = |a: usize| analysis.corpus.articles.get(a).map_or(0, |x| x.text.len());
    if lhs == rhs {
        let whole = Span::new(0, text_len(lhs));
        return PairRows {
            rows: vec![DiffRow {
                overlap: None,
                lhs: Some(whole),
                rhs: None,
            }],
            passages: 0,
        };
    }
    let overlaps = overlaps_between(analysis, lhs, rhs);
    let passages = overlaps.len();
    let aligned = |o: &Oriented| DiffRow {
        overlap: Some(o.overlap),
        lhs: Some(o.lhs),
        rhs: Some(o.rhs),
    };
    if aligned_only {
        return PairRows {
            rows: overlaps.iter().map(aligned).collect(),
            passages,
        };
    }
    let text = |a: usize| {
        analysis
            .corpus
            .articles
            .get(a)
            .map_or("", |x| x.text.as_str())
    };
    let mut rows = Vec::new();
    let (mut lpos, mut rpos) = (0, 0);
    for o in monotone_chain(&overlaps) {
        // The quotation mark or bracket opening a passage belongs to it, not to a gap row of
        // its own.
        let lstart = lead_in(text(lhs), Span::new(lpos, o.lhs.start));
        let rstart = lead_in(text(rhs), Span::new(rpos, o.rhs.start));
        push_gap(
            &mut rows,
            Some(Span::new(lpos, lstart)).filter(|s| readable(text(lhs), *s)),
            Some(Span::new(rpos, rstart)).filter(|s| readable(text(rhs), *s)),
        );
        rows.push(DiffRow {
            lhs: Some(Span::new(lstart, o.lhs.end)),
            rhs: Some(Span::new(rstart, o.rhs.end)),
            ..aligned(o)
        });
        lpos = o.lhs.end;
        rpos = o.rhs.end;
    }
    push_gap(
        &mut rows,
        Some(Span::new(lpos, text_len(lhs))).filter(|s| readable(text(lhs), *s)),
        Some(Span::new(rpos, text_len(rhs))).filter(|s| readable(text(rhs), *s)),
    );
    PairRows { rows, passages }
}

/// Where a passage preceded by `gap` starts once it takes in the punctuation right before
/// it on its line ("“" of a quotation whose words begin the passage); `gap.end` when there is
/// none.
fn lead_in(text: &str, gap: Span) -> usize {
    let before = text.get(gap.start..gap.end).unwrap_or("");
    let tail = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| !c.is_alphanumeric() && !c.is_whitespace())
        .last()
        .map_or(before.len(), |(i, _)| i);
    gap.start + tail
}

/// Whether a gap side holds anything to read (not only spaces and line breaks).
fn readable(text: &str, side: Span) -> bool {
    text.get(side.start..side.end)
        .is_some_and(|s| s.chars().any(|c| !c.is_whitespace()))
}

/// A gap row of the sides that hold something to read, if either does.
fn push_gap(rows: &mut Vec<DiffRow>, lhs: Option<Span>, rhs: Option<Span>) {
    if lhs.is_none() && rhs.is_none() {
        return;
    }
    rows.push(DiffRow {
        overlap: None,
        lhs,
        rhs,
    });
}

/// The heaviest sequence of non-overlapping overlaps that runs forward in both articles
/// (weighted by bytes), so rows can be laid out without crossing; among equally heavy chains the
/// one ending first, and in it the earliest predecessor of each link.
///
/// Two long articles can share tens of thousands of passages, so this is the O(n log n) form
/// of the textbook dynamic programme: overlaps are taken in left-article order; one becomes a
/// possible predecessor once the left article has passed its end, and is found among those by
/// the right-article position it ends at, in a prefix-maximum tree.
fn monotone_chain(overlaps: &[Oriented]) -> Vec<&Oriented> {
    let n = overlaps.len();
    let weight = |o: &Oriented| o.lhs.len() + o.rhs.len();
    let mut ends: Vec<usize> = overlaps.iter().map(|o| o.rhs.end).collect();
    ends.sort_unstable();
    ends.dedup();
    let mut tree = PrefixBest::new(ends.len());
    // Overlaps seen so far, waiting until the left article passes their end.
    let mut waiting: std::collections::BinaryHeap<std::cmp::Reverse<(usize, usize)>> =
        std::collections::BinaryHeap::new();
    let mut best = vec![0usize; n];
    let mut prev = vec![usize::MAX; n];
    for (i, o) in overlaps.iter().enumerate() {
        while let Some(&std::cmp::Reverse((end, j))) = waiting.peek() {
            if end > o.lhs.start {
                break;
            }
            waiting.pop();
            tree.offer(
                ends.partition_point(|&e| e < overlaps[j].rhs.end),
                (best[j], j),
            );
        }
        best[i] = weight(o);
        let before = ends.partition_point(|&e| e <= o.rhs.start);
        if let Some((b, j)) = tree.best_below(before).filter(|&(b, _)| b > 0) {
            best[i] += b;
            prev[i] = j;
        }
        waiting.push(std::cmp::Reverse((o.lhs.end, i)));
    }
    heaviest_chain(overlaps, &best, &prev)
}

/// The chain ending at the heaviest overlap (the first among equals), followed back through
/// `prev` (`usize::MAX`: none), in order.
fn heaviest_chain<'a>(
    overlaps: &'a [Oriented],
    best: &[usize],
    prev: &[usize],
) -> Vec<&'a Oriented> {
    let Some(mut at) = (0..best.len()).max_by_key(|&i| (best[i], usize::MAX - i)) else {
        return Vec::new();
    };
    let mut chain = vec![&overlaps[at]];
    while prev[at] != usize::MAX {
        at = prev[at];
        chain.push(&overlaps[at]);
    }
    chain.reverse();
    chain
}

/// A Fenwick tree of the best (weight, item) offered at each position, answering "the best
/// among positions below k": the heaviest, and among equals the lowest item.
struct PrefixBest {
    tree: Vec<Option<(usize, usize)>>,
}

impl PrefixBest {
    fn new(n: usize) -> PrefixBest {
        PrefixBest {
            tree: vec![None; n + 1],
        }
    }

    fn better(a: (usize, usize), b: Option<(usize, usize)>) -> bool {
        b.is_none_or(|b| a.0 > b.0 || (a.0 == b.0 && a.1 < b.1))
    }

    fn offer(&mut self, pos: usize, value: (usize, usize)) {
        let mut k = pos + 1;
        while k < self.tree.len() {
            if Self::better(value, self.tree[k]) {
                self.tree[k] = Some(value);
            }
            k += k & k.wrapping_neg();
        }
    }

    fn best_below(&self, count: usize) -> Option<(usize, usize)> {
        let mut k = count.min(self.tree.len() - 1);
        let mut out = None;
        while k > 0 {
            if let Some(v) = self.tree[k].filter(|&v| Self::better(v, out)) {
                out = Some(v);
            }
            k -= k & k.wrapping_neg();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture;

    #[test]
    fn whole_article_rows_cover_both_texts_in_order() {
        let a = fixture::analysis();
        let rows = build_rows(&a, 0, 1, false).rows;
        for (side, article) in [(0, 0), (1, 1)] {
            let text = &a.corpus.articles[article].text;
            let mut pos = 0;
            for r in &rows {
                let s = if side == 0 { r.lhs } else { r.rhs };
                if let Some(s) = s {
                    // Only spaces and line breaks are left out between rows.
                    assert!(s.start >= pos, "article {article} row {r:?}");
                    assert!(
                        text[pos..s.start].trim().is_empty(),
                        "article {article} row {r:?}"
                    );
                    pos = s.end;
                }
            }
            assert!(text[pos..].trim().is_empty());
        }
        assert!(rows.iter().any(|r| r.overlap.is_some()));
    }

    #[test]
    fn a_passage_takes_in_the_quotation_mark_that_opens_it() {
        let text = "The talks ended.\n\n“We will return,” she said.";
        let quote = text.find('“').unwrap_or(0);
        let words = quote + "“".len();
        assert_eq!(lead_in(text, Span::new(0, words)), quote);
        assert_eq!(
            lead_in(text, Span::new(0, quote)),
            quote,
            "nothing to take in"
        );
        assert!(
            !readable(text, Span::new(16, quote)),
            "only line breaks left"
        );
        assert!(readable(text, Span::new(0, 16)));
    }

    #[test]
    fn aligned_only_rows_are_exactly_the_overlaps_of_the_pair() {
        let a = fixture::analysis();
        let rows = build_rows(&a, 1, 0, true).rows;
        assert_eq!(rows.len(), overlaps_between(&a, 0, 1).len());
        assert!(rows.iter().all(|r| r.overlap.is_some()));
    }

    /// The chain as first computed, trying every earlier overlap for every overlap.
    fn chain_by_scanning(overlaps: &[Oriented]) -> Vec<&Oriented> {
        let n = overlaps.len();
        let weight = |o: &Oriented| o.lhs.len() + o.rhs.len();
        let (mut best, mut prev) = (vec![0usize; n], vec![usize::MAX; n]);
        for i in 0..n {
            best[i] = weight(&overlaps[i]);
            for j in 0..i {
                let (oj, oi) = (&overlaps[j], &overlaps[i]);
                let fits = oj.lhs.end <= oi.lhs.start && oj.rhs.end <= oi.rhs.start;
                if fits && best[j] + weight(oi) > best[i] {
                    best[i] = best[j] + weight(oi);
                    prev[i] = j;
                }
            }
        }
        heaviest_chain(overlaps, &best, &prev)
    }

    proptest::proptest! {
        #[test]
        fn the_fast_chain_is_the_scanning_chain(
            spans in proptest::collection::vec((0usize..60, 1usize..12, 0usize..60, 1usize..12), 0..40)
        ) {
            let mut list: Vec<Oriented> = spans
                .iter()
                .enumerate()
                .map(|(i, &(l, ll, r, rl))| Oriented {
                    overlap: i,
                    lhs: Span::new(l, l + ll),
                    rhs: Span::new(r, r + rl),
                    flipped: false,
                })
                .collect();
            list.sort_by_key(|o| (o.lhs.start, o.rhs.start));
            proptest::prop_assert_eq!(monotone_chain(&list), chain_by_scanning(&list));
        }
    }

    #[test]
    fn crossing_overlaps_are_left_out_of_the_chain() {
        let o = |l: (usize, usize), r: (usize, usize)| Oriented {
            overlap: 0,
            lhs: Span::new(l.0, l.1),
            rhs: Span::new(r.0, r.1),
            flipped: false,
        };
        let list = [
            o((0, 10), (50, 60)),
            o((20, 40), (0, 30)),
            o((50, 70), (40, 49)),
        ];
        let chain = monotone_chain(&list);
        assert_eq!(chain.len(), 2);
        assert_eq!(chain[0].lhs.start, 20);
    }
}
