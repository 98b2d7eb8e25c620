//! Statements: direct quotes and reported speech, each attributed to an entity.

use super::entities::Entity;
use super::segment::Segmented;
use super::span::Span;
use crate::corpus::Corpus;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// Words inside quotation marks.
    Direct,
    /// Paraphrased speech introduced by a speech-act verb.
    Reported,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statement {
    /// Stable id ("s12"), unique in the analysis.
    pub id: String,
    /// Index into `corpus.articles`.
    pub article: usize,
    /// Index into `Analysis::entities`.
    pub speaker: usize,
    pub kind: StatementKind,
    /// What was said, without the attribution words (and without the quote marks).
    pub content: Span,
    /// The attribution words ("Kirby told reporters", "according to the ministry").
    pub cue: Span,
    /// Index into `Analysis::claims`, once claims are grouped.
    pub claim: Option<usize>,
}

/// Finds every statement in every article, attributed to `entities`.
pub fn find_statements(
    _corpus: &Corpus,
    _docs: &[Segmented],
    _entities: &[Entity],
) -> Vec<Statement> {
    Vec::new()
}
