//! Overlap alignment: the passages two articles share, verbatim, lightly edited or paraphrased.

use super::segment::Segmented;
use super::span::Span;
use super::word_diff::Change;
use crate::corpus::Corpus;
use serde::Serialize;

/// Tuning of the aligner.
#[derive(Clone, Debug)]
pub struct AlignOptions {
    /// Minimum similarity for a paraphrase pair.
    pub paraphrase_threshold: f32,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            paraphrase_threshold: 0.32,
        }
    }
}

/// How closely two passages match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OverlapKind {
    /// The same words (modulo case, punctuation and white space).
    Verbatim,
    /// The same wording with small edits.
    Near,
    /// The same facts, reworded.
    Paraphrase,
}

/// One side of an overlap: a span of one article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Side {
    /// Index into `corpus.articles`.
    pub article: usize,
    pub span: Span,
}

/// A passage of `lhs.article` that reports the same content as a passage of `rhs.article`.
/// `lhs.article < rhs.article` always.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Overlap {
    pub lhs: Side,
    pub rhs: Side,
    pub kind: OverlapKind,
    /// 0..=1; 1 for verbatim.
    pub similarity: f32,
    /// Word-level changes between the two passages, classified for fact checking.
    pub changes: Vec<Change>,
}

/// Finds the overlaps between every pair of articles that share text.
pub fn align_corpus(
    _corpus: &Corpus,
    _docs: &[Segmented],
    _options: &AlignOptions,
) -> Vec<Overlap> {
    Vec::new()
}
