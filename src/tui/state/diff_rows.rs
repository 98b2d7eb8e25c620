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

/// The rows for the pair. With `aligned_only`, one row per overlap; otherwise the longest chain
/// of overlaps in the same order on both sides, with the text between them as gap rows.
pub fn build_rows(analysis: &Analysis, lhs: usize, rhs: usize, aligned_only: bool) -> Vec<DiffRow> {
    let text_len = |a: usize| analysis.corpus.articles.get(a).map_or(0, |x| x.text.len());
    if lhs == rhs {
        let whole = Span::new(0, text_len(lhs));
        return vec![DiffRow {
            overlap: None,
            lhs: Some(whole),
            rhs: None,
        }];
    }
    let overlaps = overlaps_between(analysis, lhs, rhs);
    let aligned = |o: &Oriented| DiffRow {
        overlap: Some(o.overlap),
        lhs: Some(o.lhs),
        rhs: Some(o.rhs),
    };
    if aligned_only {
        return overlaps.iter().map(aligned).collect();
    }
    let mut rows = Vec::new();
    let (mut lpos, mut rpos) = (0, 0);
    for o in monotone_chain(&overlaps) {
        push_gap(
            &mut rows,
            Span::new(lpos, o.lhs.start),
            Span::new(rpos, o.rhs.start),
        );
        rows.push(aligned(o));
        lpos = o.lhs.end;
        rpos = o.rhs.end;
    }
    push_gap(
        &mut rows,
        Span::new(lpos, text_len(lhs)),
        Span::new(rpos, text_len(rhs)),
    );
    rows
}

fn push_gap(rows: &mut Vec<DiffRow>, lhs: Span, rhs: Span) {
    if lhs.is_empty() && rhs.is_empty() {
        return;
    }
    rows.push(DiffRow {
        overlap: None,
        lhs: (!lhs.is_empty()).then_some(lhs),
        rhs: (!rhs.is_empty()).then_some(rhs),
    });
}

/// The heaviest sequence of non-overlapping overlaps that runs forward in both articles
/// (weighted by bytes), so rows can be laid out without crossing. O(n²), n = overlaps of a pair.
fn monotone_chain(overlaps: &[Oriented]) -> Vec<&Oriented> {
    let n = overlaps.len();
    let mut best = vec![0usize; n];
    let mut prev = vec![usize::MAX; n];
    for i in 0..n {
        let oi = &overlaps[i];
        best[i] = oi.lhs.len() + oi.rhs.len();
        for j in 0..i {
            let oj = &overlaps[j];
            let fits = oj.lhs.end <= oi.lhs.start && oj.rhs.end <= oi.rhs.start;
            if fits && best[j] + oi.lhs.len() + oi.rhs.len() > best[i] {
                best[i] = best[j] + oi.lhs.len() + oi.rhs.len();
                prev[i] = j;
            }
        }
    }
    let Some(mut at) = (0..n).max_by_key(|&i| (best[i], usize::MAX - i)) else {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture;

    #[test]
    fn whole_article_rows_cover_both_texts_in_order() {
        let a = fixture::analysis();
        let rows = build_rows(&a, 0, 1, false);
        for (side, article) in [(0, 0), (1, 1)] {
            let mut pos = 0;
            for r in &rows {
                let s = if side == 0 { r.lhs } else { r.rhs };
                if let Some(s) = s {
                    assert_eq!(s.start, pos, "article {article} row {r:?}");
                    pos = s.end;
                }
            }
            assert_eq!(pos, a.corpus.articles[article].text.len());
        }
        assert!(rows.iter().any(|r| r.overlap.is_some()));
    }

    #[test]
    fn aligned_only_rows_are_exactly_the_overlaps_of_the_pair() {
        let a = fixture::analysis();
        let rows = build_rows(&a, 1, 0, true);
        assert_eq!(rows.len(), overlaps_between(&a, 0, 1).len());
        assert!(rows.iter().all(|r| r.overlap.is_some()));
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
