//! The serde types of the `crosscheck/1` document (see `docs/export.md`).

use super::SCHEMA;
use crate::analysis::Analysis;
use crate::analysis::span::Span;
use crate::corpus::Article;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub struct ExportDoc {
    pub schema: &'static str,
    pub articles: Vec<ArticleOut>,
    pub overlaps: Vec<OverlapOut>,
    pub entities: Vec<EntityOut>,
    pub statements: Vec<StatementOut>,
    pub claims: Vec<ClaimOut>,
    pub discrepancies: Vec<DiscrepancyOut>,
    pub warnings: Vec<String>,
}

/// A span of one article with the text it covers.
#[derive(Serialize)]
pub struct SpanOut {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A span within an article named by the enclosing object.
#[derive(Serialize)]
pub struct LocalSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Serialize)]
pub struct FurnitureOut {
    pub kind: crate::corpus::FurnitureKind,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Serialize)]
pub struct ArticleOut {
    pub id: String,
    pub path: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    /// Where the title stands in the text, when it was read from the text (a headline line)
    /// rather than from metadata.
    pub title_span: Option<LocalSpan>,
    pub date: Option<String>,
    /// The article's date line, when the text has one; kept when a manifest says the line is
    /// not the publication date (a page or crawl date).
    pub date_span: Option<LocalSpan>,
    pub url: Option<String>,
    pub words: usize,
    /// Share of the body found in other articles, 0..=1.
    pub shared: f64,
    pub furniture: Vec<FurnitureOut>,
    /// The text offsets refer to, included when it is not the file's bytes (HTML, JSON,
    /// re-encoded files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Serialize)]
pub struct ChangeOut {
    pub kind: crate::analysis::word_diff::ChangeKind,
    pub a: Option<LocalSpan>,
    pub b: Option<LocalSpan>,
}

#[derive(Serialize)]
pub struct OverlapOut {
    pub a: SpanOut,
    pub b: SpanOut,
    pub kind: crate::analysis::align::OverlapKind,
    pub similarity: f64,
    pub changes: Vec<ChangeOut>,
}

#[derive(Serialize)]
pub struct EntityOut {
    pub id: String,
    pub name: String,
    pub kind: crate::analysis::entities::EntityKind,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    /// Mention counts per article id.
    pub mention_counts: BTreeMap<String, usize>,
    pub mentions: Vec<SpanOut>,
    /// Ids of linked (not merged) entities, e.g. a capital standing for its government.
    pub related: Vec<String>,
}

#[derive(Serialize)]
pub struct StatementOut {
    pub id: String,
    pub article: String,
    pub speaker: String,
    pub kind: crate::analysis::statements::StatementKind,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub cue: LocalSpan,
    pub claim: Option<String>,
}

#[derive(Serialize)]
pub struct ClaimOut {
    pub id: String,
    pub speaker: String,
    pub statements: Vec<String>,
    /// Ids of articles that carry the claim.
    pub articles: Vec<String>,
    /// Ids of articles that do not: absence is information too.
    pub missing_from: Vec<String>,
}

#[derive(Serialize)]
pub struct DiscrepancyOut {
    pub id: String,
    pub topic: String,
    pub variants: Vec<SpanOut>,
}

fn local(article: &Article, span: Span) -> LocalSpan {
    LocalSpan {
        start: span.start,
        end: span.end,
        text: span.slice(&article.text).to_string(),
    }
}

/// Similarities rounded to three places, so the export is byte-stable across platforms.
fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

impl ExportDoc {
    pub fn from_analysis(an: &Analysis) -> Self {
        let arts = &an.corpus.articles;
        let span_out = |article: usize, span: Span| -> SpanOut {
            let a = &arts[article];
            SpanOut {
                article: a.id.clone(),
                start: span.start,
                end: span.end,
                text: span.slice(&a.text).to_string(),
            }
        };
        let articles = arts
            .iter()
            .enumerate()
            .map(|(i, a)| ArticleOut {
                id: a.id.clone(),
                path: a.path.clone(),
                outlet: a.outlet.clone(),
                title: a.title.clone(),
                title_span: a.title_span.map(|s| local(a, s)),
                date: a.date.clone(),
                date_span: a.date_span.map(|s| local(a, s)),
                url: a.url.clone(),
                words: an.docs.get(i).map_or(0, |d| d.tokens.len()),
                shared: round3(an.shared.get(i).copied().unwrap_or(0.0)),
                furniture: a
                    .furniture
                    .iter()
                    .map(|f| FurnitureOut {
                        kind: f.kind,
                        start: f.span.start,
                        end: f.span.end,
                        text: f.span.slice(&a.text).to_string(),
                    })
                    .collect(),
                text: (!a.text_is_file).then(|| a.text.clone()),
            })
            .collect();
        let overlaps = an
            .overlaps
            .iter()
            .map(|o| {
                let (la, ra) = (&arts[o.lhs.article], &arts[o.rhs.article]);
                OverlapOut {
                    a: span_out(o.lhs.article, o.lhs.span),
                    b: span_out(o.rhs.article, o.rhs.span),
                    kind: o.kind,
                    similarity: round3(o.similarity),
                    changes: o
                        .changes
                        .iter()
                        .map(|c| ChangeOut {
                            kind: c.kind,
                            a: c.lhs.map(|s| local(la, s)),
                            b: c.rhs.map(|s| local(ra, s)),
                        })
                        .collect(),
                }
            })
            .collect();
        let entity_id = |i: usize| {
            an.entities
                .get(i)
                .map_or_else(String::new, |e| e.id.clone())
        };
        let entities = an
            .entities
            .iter()
            .map(|e| {
                let mut counts = BTreeMap::new();
                for m in &e.mentions {
                    *counts.entry(arts[m.article].id.clone()).or_insert(0) += 1;
                }
                EntityOut {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                    aliases: e.aliases.clone(),
                    roles: e.roles.clone(),
                    mention_counts: counts,
                    mentions: e
                        .mentions
                        .iter()
                        .map(|m| span_out(m.article, m.span))
                        .collect(),
                    related: e.related.iter().map(|&r| entity_id(r)).collect(),
                }
            })
            .collect();
        let claim_id = |i: usize| an.claims.get(i).map(|c| c.id.clone());
        let statements = an
            .statements
            .iter()
            .map(|s| {
                let a = &arts[s.article];
                StatementOut {
                    id: s.id.clone(),
                    article: a.id.clone(),
                    speaker: entity_id(s.speaker),
                    kind: s.kind,
                    start: s.content.start,
                    end: s.content.end,
                    text: s.content.slice(&a.text).to_string(),
                    cue: local(a, s.cue),
                    claim: s.claim.and_then(claim_id),
                }
            })
            .collect();
        let claims = an
            .claims
            .iter()
            .map(|c| {
                let carried: Vec<usize> = c
                    .statements
                    .iter()
                    .map(|&s| an.statements[s].article)
                    .collect();
                ClaimOut {
                    id: c.id.clone(),
                    speaker: entity_id(c.speaker),
                    statements: c
                        .statements
                        .iter()
                        .map(|&s| an.statements[s].id.clone())
                        .collect(),
                    articles: dedup_ids(arts, carried.iter().copied()),
                    missing_from: arts
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !carried.contains(i))
                        .map(|(_, a)| a.id.clone())
                        .collect(),
                }
            })
            .collect();
        let discrepancies = an
            .discrepancies
            .iter()
            .map(|d| DiscrepancyOut {
                id: d.id.clone(),
                topic: d.topic.clone(),
                variants: d
                    .variants
                    .iter()
                    .map(|v| span_out(v.article, v.span))
                    .collect(),
            })
            .collect();
        ExportDoc {
            schema: SCHEMA,
            articles,
            overlaps,
            entities,
            statements,
            claims,
            discrepancies,
            warnings: an.corpus.warnings.iter().map(ToString::to_string).collect(),
        }
    }
}

fn dedup_ids(arts: &[Article], idx: impl Iterator<Item = usize>) -> Vec<String> {
    let mut v: Vec<usize> = idx.collect();
    v.sort_unstable();
    v.dedup();
    v.into_iter().map(|i| arts[i].id.clone()).collect()
}
