//! Statements: direct quotes and reported speech, each attributed to an entity.

pub mod cues;
pub mod direct;
pub mod quotes;
pub mod reported;
pub mod resolve;
pub mod scan;

use super::entities::Entity;
use super::entities::text::{headline_segment, views};
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
    /// The attribution words ("Lind told reporters", "according to the ministry").
    pub cue: Span,
    /// Index into `Analysis::claims`, once claims are grouped.
    pub claim: Option<usize>,
}

/// Finds every statement in every article, attributed to `entities`.
///
/// Articles are independent, so they are read in parallel; the result is in article order and
/// within an article in text order, so ids are stable.
pub fn find_statements(corpus: &Corpus, docs: &[Segmented], entities: &[Entity]) -> Vec<Statement> {
    use rayon::prelude::*;
    let texts: Vec<&str> = corpus.articles.iter().map(|a| a.text.as_str()).collect();
    let actors = resolve::actors_by_article(&texts, entities);
    let per_article: Vec<Vec<scan::Found>> = corpus
        .articles
        .par_iter()
        .zip(docs.par_iter())
        .zip(actors.into_par_iter())
        .map(|((a, d), actors)| {
            article_statements(&a.text, d, headline_segment(a, d), entities, actors)
        })
        .collect();
    let mut out = Vec::new();
    for (article, found) in per_article.into_iter().enumerate() {
        for f in found {
            out.push(Statement {
                id: format!("s{}", out.len() + 1),
                article,
                speaker: f.speaker,
                kind: f.kind,
                content: f.content,
                cue: f.cue,
                claim: None,
            });
        }
    }
    out
}

/// The statements of one article, in text order.
pub fn article_statements(
    text: &str,
    body: &Segmented,
    headline: Option<Segmented>,
    entities: &[Entity],
    actors: Vec<resolve::Actor>,
) -> Vec<scan::Found> {
    let mut scanner = scan::Scanner::new(text, entities, actors);
    let mut offset = 0;
    for seg in views(body, headline.as_ref()) {
        scanner.scan(seg, offset);
        offset += seg.paragraphs.len();
    }
    let mut found = scanner.found;
    found.sort_by_key(|f| (f.content.start, f.content.end));
    found
}

#[cfg(test)]
mod tests;
