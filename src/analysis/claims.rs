//! Claims: the renderings of one statement across sources, grouped.

use super::entities::Entity;
use super::segment::Segmented;
use super::statements::Statement;
use crate::corpus::Corpus;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// Stable id ("c3").
    pub id: String,
    /// Index into `Analysis::entities`.
    pub speaker: usize,
    /// Indices into `Analysis::statements`, in article order.
    pub statements: Vec<usize>,
}

/// Groups statements into claims and records each statement's claim.
pub fn group_claims(
    _corpus: &Corpus,
    _docs: &[Segmented],
    _entities: &[Entity],
    _statements: &mut [Statement],
) -> Vec<Claim> {
    Vec::new()
}
