//! Turning a passage into an [`Overlap`]: its kind, similarity and classified word changes.

use super::passage::Passage;
use super::{AlignOptions, Overlap, OverlapKind, Side};
use crate::analysis::segment::Segmented;
use crate::analysis::span::Span;
use crate::analysis::word_diff::{ChangeContext, diff_changes, ratio, word_ops};

/// One article as the overlap builder needs it.
#[derive(Clone, Copy, Debug)]
pub struct DocView<'a> {
    pub article: usize,
    pub text: &'a str,
    pub seg: &'a Segmented,
    /// Quoted regions of `text`.
    pub quotes: &'a [Span],
}

/// The overlap for `passage` between `lhs` and `rhs` (lhs the lower-numbered article).
///
/// Verbatim when the folded words are identical, near when at least `near_ratio` of the words
/// are shared in order, else a paraphrase scored by its TF-IDF cosine.
pub fn build_overlap(
    lhs: DocView,
    rhs: DocView,
    passage: &Passage,
    options: &AlignOptions,
) -> Overlap {
    let lt = &lhs.seg.tokens[passage.lhs.tokens.clone()];
    let rt = &rhs.seg.tokens[passage.rhs.tokens.clone()];
    let ops = word_ops(lt, rt);
    let shared = ratio(&ops, lt.len(), rt.len());
    let (kind, similarity) = if shared >= 1.0 {
        (OverlapKind::Verbatim, 1.0)
    } else if shared >= options.near_ratio {
        (OverlapKind::Near, shared)
    } else {
        (OverlapKind::Paraphrase, passage.mean_score.max(shared))
    };
    let changes = diff_changes(
        &ChangeContext::new(lhs.text, lt, lhs.quotes),
        &ChangeContext::new(rhs.text, rt, rhs.quotes),
    );
    Overlap {
        lhs: Side {
            article: lhs.article,
            span: passage.lhs.span,
        },
        rhs: Side {
            article: rhs.article,
            span: passage.rhs.span,
        },
        kind,
        similarity: similarity.clamp(0.0, 1.0),
        changes,
    }
}
