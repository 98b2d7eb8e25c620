//! How much of each article is found in the others.

use super::align::Overlap;
use super::span::Span;
use crate::corpus::Corpus;

/// For each article, the share of its body bytes covered by at least one overlap.
pub fn shared_fractions(corpus: &Corpus, overlaps: &[Overlap]) -> Vec<f32> {
    let mut covered: Vec<Vec<Span>> = vec![Vec::new(); corpus.articles.len()];
    for o in overlaps {
        for side in [&o.lhs, &o.rhs] {
            if let Some(v) = covered.get_mut(side.article) {
                v.push(side.span);
            }
        }
    }
    corpus
        .articles
        .iter()
        .zip(covered)
        .map(|(article, spans)| {
            let body: Vec<Span> = article.body_spans();
            let total: usize = body.iter().map(Span::len).sum();
            if total == 0 {
                return 0.0;
            }
            let shared: usize = body.iter().map(|b| union_len(b, &spans)).sum();
            (shared as f32 / total as f32).min(1.0)
        })
        .collect()
}

/// Bytes of `within` covered by the union of `spans`.
fn union_len(within: &Span, spans: &[Span]) -> usize {
    let mut clipped: Vec<Span> = spans
        .iter()
        .filter(|s| s.overlaps(within))
        .map(|s| Span::new(s.start.max(within.start), s.end.min(within.end)))
        .collect();
    clipped.sort();
    let mut total = 0;
    let mut cur: Option<Span> = None;
    for s in clipped {
        match cur {
            Some(c) if s.start <= c.end => cur = Some(Span::new(c.start, c.end.max(s.end))),
            Some(c) => {
                total += c.len();
                cur = Some(s);
            }
            None => cur = Some(s),
        }
    }
    total + cur.map_or(0, |c| c.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_len_merges_overlapping_spans_and_clips() {
        let spans = [Span::new(0, 10), Span::new(5, 15), Span::new(30, 50)];
        assert_eq!(union_len(&Span::new(0, 40), &spans), 15 + 10);
    }
}
