//! Actors: people, organisations, places and groups, found without any list of the story's names,
//! with aliases merged across every source.

use super::segment::Segmented;
use super::span::Span;
use crate::corpus::Corpus;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Group,
}

/// One mention of an entity in one article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub article: usize,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// Stable slug of the canonical name ("john-kirby").
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Every distinct surface form seen, canonical name included.
    pub aliases: Vec<String>,
    /// Titles and roles given to the entity ("White House National Security Council spokesman").
    pub roles: Vec<String>,
    pub mentions: Vec<Mention>,
    /// Indices of entities the text links to this one without making them the same (a capital
    /// standing for its government: Belgrade → Serbia).
    pub related: Vec<usize>,
}

impl Entity {
    /// Mentions in article `article`.
    pub fn mentions_in(&self, article: usize) -> usize {
        self.mentions
            .iter()
            .filter(|m| m.article == article)
            .count()
    }
}

/// Finds the entities of the whole corpus, aliases merged across articles.
pub fn find_entities(_corpus: &Corpus, _docs: &[Segmented]) -> Vec<Entity> {
    Vec::new()
}
