//! The analysis: pure functions from a [`Corpus`] to one [`Analysis`] value that the browser and
//! the JSON export both consume. Nothing here touches the terminal or the file system.

pub mod align;
pub mod city_dateline;
pub mod claims;
pub mod coverage;
pub mod coverage_grid;
pub mod discrepancies;
pub mod entities;
pub mod fold;
pub mod progress;
pub mod segment;
pub mod similarity;
pub mod span;
pub mod statements;
pub mod stem;
pub mod timeline;
pub mod word_diff;

use crate::corpus::Corpus;
use align::{AlignOptions, Overlap};
use claims::Claim;
use discrepancies::Discrepancy;
use entities::Entity;
use rayon::prelude::*;
use segment::Segmented;
use statements::Statement;

/// Knobs of the analysis; `Default` is what the app and the export use.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub align: AlignOptions,
}

/// Everything crosscheck found in a corpus: the one hand-off type between the analysis and its
/// consumers (views, export, SSH sessions share it read-only behind an `Arc`).
///
/// References between items are indices: `article` into `corpus.articles`, `speaker` into
/// `entities`, `claim` into `claims`, statement lists into `statements`.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub corpus: Corpus,
    /// The segmentation of each article's body, parallel to `corpus.articles`.
    pub docs: Vec<Segmented>,
    /// Passages two articles share, each with its classified word-level changes.
    pub overlaps: Vec<Overlap>,
    /// For each article, the share (0..=1) of its body bytes found in some other article.
    pub shared: Vec<f32>,
    pub entities: Vec<Entity>,
    pub statements: Vec<Statement>,
    pub claims: Vec<Claim>,
    pub discrepancies: Vec<Discrepancy>,
}

/// Segments an article's body; the sentences of its recognised headline are headings even
/// when the headline ends in a stop ("… War Min."), so their capitals are read as a headline's.
pub fn segment_article(article: &crate::corpus::Article) -> Segmented {
    let mut seg = segment::segment(&article.text, &article.body_spans());
    if let Some(title) = article.title_span.filter(|t| !t.is_empty()) {
        for s in &mut seg.sentences {
            if title.contains(s.span.start) && s.span.end <= title.end {
                s.heading = true;
            }
        }
    }
    seg
}

/// Runs the whole analysis. Deterministic: the same corpus gives the same result, whatever the
/// number of threads.
pub fn analyze(corpus: Corpus, options: &Options) -> Analysis {
    analyze_with_progress(corpus, options, &progress::silent)
}

/// [`analyze`], telling `report` which stage runs and what has been counted so far.
pub fn analyze_with_progress(
    corpus: Corpus,
    options: &Options,
    report: progress::Report<'_>,
) -> Analysis {
    let mut p = progress::Progress {
        stage: progress::Stage::Segmenting,
        files_read: corpus.articles.len(),
        ..Default::default()
    };
    report(&p);
    let docs: Vec<Segmented> = corpus.articles.par_iter().map(segment_article).collect();
    p.stage = progress::Stage::Aligning;
    report(&p);
    let overlaps = align::align_corpus(&corpus, &docs, &options.align);
    p.pairs_aligned = progress::article_pairs(&overlaps);
    p.stage = progress::Stage::Entities;
    report(&p);
    let shared = coverage::shared_fractions(&corpus, &overlaps);
    let entities = entities::find_entities(&corpus, &docs);
    p.stage = progress::Stage::Statements;
    report(&p);
    let mut statements = statements::find_statements(&corpus, &docs, &entities);
    p.statements_found = statements.len();
    p.stage = progress::Stage::Claims;
    report(&p);
    let claims = claims::group_claims(&corpus, &docs, &entities, &mut statements);
    p.stage = progress::Stage::Discrepancies;
    report(&p);
    let discrepancies =
        discrepancies::find_discrepancies(&corpus, &docs, &overlaps, &statements, &claims);
    p.stage = progress::Stage::Done;
    report(&p);
    Analysis {
        corpus,
        docs,
        overlaps,
        shared,
        entities,
        statements,
        claims,
        discrepancies,
    }
}
