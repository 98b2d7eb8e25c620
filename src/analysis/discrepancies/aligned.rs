//! Changes the aligner found inside shared passages: a number, date, name, negation or quote
//! changed between two sources' renderings of one passage.

use super::dates::{time_phrases, written_dates};
use super::numbers::number_values;
use super::{Finding, Variant};
use crate::analysis::align::Overlap;
use crate::analysis::word_diff::ChangeKind;
use crate::corpus::Corpus;

/// One finding per number, date, name or negation change that has text on both sides.
pub fn aligned_changes(corpus: &Corpus, overlaps: &[Overlap]) -> Vec<Finding> {
    let mut out = Vec::new();
    for o in overlaps {
        // Hedges, names and quote rewordings stay in the passage view (claims cover quotes).
        let telling = |k: ChangeKind| {
            matches!(
                k,
                ChangeKind::Number | ChangeKind::Date | ChangeKind::Negation
            )
        };
        for c in o.changes.iter().filter(|c| telling(c.kind)) {
            let (Some(l), Some(r)) = (c.lhs, c.rhs) else {
                continue;
            };
            // A long rewritten stretch is a paraphrase, not a point of disagreement.
            let short = |a: usize, s: crate::analysis::span::Span| {
                corpus.articles.get(a).is_some_and(|art| {
                    let t = s.slice(&art.text);
                    !t.is_empty() && t.split_whitespace().count() <= 6 && !t.contains('\n')
                })
            };
            if !short(o.lhs.article, l) || !short(o.rhs.article, r) {
                continue;
            }
            // Both sides must say the thing that differs: a number, or a time.
            let says = |a: usize, s: crate::analysis::span::Span| {
                let t = corpus.articles.get(a).map_or("", |art| s.slice(&art.text));
                match c.kind {
                    ChangeKind::Number => !number_values(t).is_empty(),
                    ChangeKind::Date => {
                        !time_phrases(t).is_empty()
                            || !written_dates(t, crate::analysis::span::Span::new(0, t.len()))
                                .is_empty()
                    }
                    _ => true,
                }
            };
            if !says(o.lhs.article, l) || !says(o.rhs.article, r) {
                continue;
            }
            let text = |a: usize, s: crate::analysis::span::Span| {
                corpus
                    .articles
                    .get(a)
                    .map_or("", |art| s.slice(&art.text))
                    .to_string()
            };
            out.push(Finding {
                topic: format!(
                    "{}: {} / {}",
                    kind_name(c.kind),
                    text(o.lhs.article, l),
                    text(o.rhs.article, r)
                ),
                variants: vec![
                    Variant {
                        article: o.lhs.article,
                        span: l,
                    },
                    Variant {
                        article: o.rhs.article,
                        span: r,
                    },
                ],
            });
        }
    }
    out
}

fn kind_name(k: ChangeKind) -> &'static str {
    match k {
        ChangeKind::Number => "number",
        ChangeKind::Date => "timing",
        ChangeKind::Name => "who",
        ChangeKind::Negation => "negation",
        ChangeKind::Quote => "quote wording",
        ChangeKind::Hedge => "hedge",
        ChangeKind::Wording => "wording",
    }
}
