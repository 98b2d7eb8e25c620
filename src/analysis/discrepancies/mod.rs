//! Discrepancies: points where sources disagree, with each source's variant.
//!
//! Detectors, each in its own file, compare only articles of the same story (linked by a
//! shared claim or an aligned passage): claim wording (quote vs paraphrase, who did what,
//! timing), quantities and casualties, date lines against the events reported, locations,
//! and spellings of one name or word.

pub mod dates;
pub mod numbers;
pub mod places;
pub mod spelling;
pub mod stories;
pub mod wording;
pub mod words;

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

/// A finding before ids are given: a topic and its variants.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub topic: String,
    pub variants: Vec<Variant>,
}

impl Finding {
    /// Sorts and dedupes the variants; `None` unless two articles differ.
    pub fn normalized(mut self) -> Option<Finding> {
        self.variants
            .sort_by_key(|v| (v.article, v.span.start, v.span.end));
        self.variants.dedup();
        let first = self.variants.first()?.article;
        self.variants
            .iter()
            .any(|v| v.article != first)
            .then_some(self)
    }
}

/// Finds the discrepancies between sources.
pub fn find_discrepancies(
    corpus: &Corpus,
    docs: &[Segmented],
    overlaps: &[Overlap],
    statements: &[Statement],
    claims: &[Claim],
) -> Vec<Discrepancy> {
    let n = corpus.articles.len().min(docs.len());
    let story = stories::story_of(n, overlaps, statements, claims);
    let mut found: Vec<Finding> = Vec::new();
    found.extend(wording::claim_wording(corpus, statements, claims));
    found.extend(dates::date_lines(corpus, &story));
    found.extend(numbers::quantities(corpus, docs, &story));
    found.extend(numbers::casualties(corpus, docs, &story));
    found.extend(places::locations(corpus, docs, &story));
    found.extend(spelling::spellings(corpus, docs, &story));
    found
        .into_iter()
        .filter_map(Finding::normalized)
        .enumerate()
        .map(|(i, f)| Discrepancy {
            id: format!("d{}", i + 1),
            topic: f.topic,
            variants: f.variants,
        })
        .collect()
}

/// Groups per-article findings by story: `(story, key) → variants`.
pub fn by_story<K: Ord + Clone>(
    items: impl IntoIterator<Item = (usize, K, Variant)>,
) -> std::collections::BTreeMap<(usize, K), Vec<Variant>> {
    let mut map: std::collections::BTreeMap<(usize, K), Vec<Variant>> = Default::default();
    for (story, key, v) in items {
        map.entry((story, key)).or_default().push(v);
    }
    map
}
