//! Discrepancies: points where sources disagree, with each source's variant.

use super::align::Overlap;
use super::claims::Claim;
use super::segment::Segmented;
use super::span::Span;
use super::statements::Statement;
use crate::corpus::Corpus;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Variant {
    pub article: usize,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Discrepancy {
    /// Stable id ("d4").
    pub id: String,
    /// What the sources disagree about, in a few words ("number: attackers").
    pub topic: String,
    pub variants: Vec<Variant>,
}

/// Finds the discrepancies between sources.
pub fn find_discrepancies(
    _corpus: &Corpus,
    _docs: &[Segmented],
    _overlaps: &[Overlap],
    _statements: &[Statement],
    _claims: &[Claim],
) -> Vec<Discrepancy> {
    Vec::new()
}
