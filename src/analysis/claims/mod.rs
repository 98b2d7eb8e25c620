//! Claims: the renderings of one statement across sources, grouped.
//!
//! Statements meet when their content words overlap enough (weighted by rarity) and their
//! speakers are the same actor or linked ones (a spokesman and the government he speaks for,
//! a chief and the alliance he heads). A source carries a claim at most once in its body per
//! kind (one paraphrase, one quote) plus once in its headline.

pub mod affiliation;
pub mod cluster;
pub mod words;

use super::entities::Entity;
use super::segment::Segmented;
use super::statements::Statement;
use crate::analysis::fold::fold;
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
    corpus: &Corpus,
    docs: &[Segmented],
    entities: &[Entity],
    statements: &mut [Statement],
) -> Vec<Claim> {
    let affiliations = affiliation::affiliations(entities);
    let slots: Vec<cluster::Slot> = statements
        .iter()
        .map(|s| cluster::slot_of(corpus, docs, s))
        .collect();
    let stemmer = words::stemmer();
    let bags: Vec<Vec<String>> = statements
        .iter()
        .map(|s| {
            let text = &corpus.articles[s.article].text;
            words::content_words(claim_part(text, s), &stemmer)
        })
        .collect();
    let groups = cluster::cluster(statements, &bags, &slots, &affiliations);
    let mut claims = Vec::with_capacity(groups.len());
    for members in groups {
        let id = claims.len();
        for &m in &members {
            statements[m].claim = Some(id);
        }
        claims.push(Claim {
            id: format!("c{}", id + 1),
            speaker: main_speaker(statements, &members),
            statements: members,
        });
    }
    claims
}

/// The part of a statement that carries its claim: for "described X as Y", the Y.
///
/// Why: "described the deployment as destabilising" and "called it a destabilising
/// development" make one claim, whatever the topic X is called.
fn claim_part<'t>(text: &'t str, s: &Statement) -> &'t str {
    let content = s.content.slice(text);
    let cue = fold(s.cue.slice(text));
    let verb = cue.split_whitespace().last().unwrap_or("");
    let describes = matches!(
        super::statements::cues::cue(verb).map(|c| c.complement),
        Some(super::statements::cues::Complement::As)
    );
    match content.rfind(" as ") {
        Some(k) if describes => &content[k + 4..],
        _ => content,
    }
}

/// The speaker most of the claim's statements name (the first one on a tie).
fn main_speaker(statements: &[Statement], members: &[usize]) -> usize {
    let mut best: Option<(usize, usize)> = None;
    for &m in members {
        let sp = statements[m].speaker;
        let n = members
            .iter()
            .filter(|&&o| statements[o].speaker == sp)
            .count();
        if best.is_none_or(|(bn, _)| n > bn) {
            best = Some((n, sp));
        }
    }
    best.map_or(0, |(_, sp)| sp)
}
