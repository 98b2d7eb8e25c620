//! Word-level diff inside an aligned pair, with each change classified for fact checking.

use super::span::Span;
use serde::Serialize;

/// What kind of difference a change is, from a fact checker's point of view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// 30 vs three vs several dozen, 4,500.
    Number,
    /// Sep 24, Sunday, last weekend vs past week.
    Date,
    /// A person, place or organisation swapped.
    Name,
    /// did not deny / denied.
    Negation,
    /// Wording changed inside quotation marks.
    Quote,
    /// unprecedented / significant / large.
    Hedge,
    /// Any other rewording.
    Wording,
}

impl ChangeKind {
    /// True for the kinds a fact checker looks at first (everything but plain wording).
    pub fn is_fact_relevant(self) -> bool {
        self != ChangeKind::Wording
    }
}

/// One change between the two sides: deleted (`rhs` None), inserted (`lhs` None) or replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub lhs: Option<Span>,
    pub rhs: Option<Span>,
}
