//! The coverage grid: claims (rows, grouped by speaker) × sources (columns), saying which source
//! carries which claim and in what form, with a mark on claims whose renderings disagree.
//!
//! The one-screen answer to "who reported what": a column of blanks is a source that left a
//! speaker out; a marked row is a claim the sources tell differently.

use super::Analysis;
use super::statements::StatementKind;

/// How a source carries a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Form {
    /// Reported speech only.
    Paraphrased,
    /// In quotation marks (possibly paraphrased elsewhere too).
    Quoted,
}

/// One source's rendering of one claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GridCell {
    pub form: Form,
    /// The statement to jump to (index into `Analysis::statements`): the quote when there is one.
    pub statement: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridRow {
    /// Index into `Analysis::claims`.
    pub claim: usize,
    /// Index into `Analysis::entities`.
    pub speaker: usize,
    /// One cell per column of [`CoverageGrid::sources`]; None where the claim is absent.
    pub cells: Vec<Option<GridCell>>,
    /// True when a discrepancy touches one of the claim's statements.
    pub disputed: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CoverageGrid {
    /// Article indices, one per column, in corpus order.
    pub sources: Vec<usize>,
    /// Rows grouped by speaker (speakers with most claims first), then by reach.
    pub rows: Vec<GridRow>,
}

/// Builds the grid of an analysis.
pub fn coverage_grid(analysis: &Analysis) -> CoverageGrid {
    let sources: Vec<usize> = (0..analysis.corpus.articles.len()).collect();
    let mut rows: Vec<GridRow> = analysis
        .claims
        .iter()
        .enumerate()
        .map(|(c, claim)| {
            let mut cells: Vec<Option<GridCell>> = vec![None; sources.len()];
            for &s in &claim.statements {
                let Some(st) = analysis.statements.get(s) else {
                    continue;
                };
                let form = match st.kind {
                    StatementKind::Direct => Form::Quoted,
                    StatementKind::Reported => Form::Paraphrased,
                };
                if let Some(cell) = cells.get_mut(st.article)
                    && cell.is_none_or(|old| form > old.form)
                {
                    *cell = Some(GridCell { form, statement: s });
                }
            }
            GridRow {
                claim: c,
                speaker: claim.speaker,
                cells,
                disputed: disputed(analysis, &claim.statements),
            }
        })
        .collect();
    let mut per_speaker: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for r in &rows {
        *per_speaker.entry(r.speaker).or_default() += 1;
    }
    let reach = |r: &GridRow| r.cells.iter().filter(|c| c.is_some()).count();
    rows.sort_by_key(|r| {
        (
            std::cmp::Reverse(per_speaker.get(&r.speaker).copied().unwrap_or(0)),
            r.speaker,
            std::cmp::Reverse(reach(r)),
            r.claim,
        )
    });
    CoverageGrid { sources, rows }
}

/// True when a discrepancy variant overlaps one of `statements` in the same article.
fn disputed(analysis: &Analysis, statements: &[usize]) -> bool {
    analysis.discrepancies.iter().any(|d| {
        d.variants.iter().any(|v| {
            statements.iter().any(|&s| {
                analysis
                    .statements
                    .get(s)
                    .is_some_and(|st| st.article == v.article && st.content.overlaps(&v.span))
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::claims::Claim;
    use crate::analysis::discrepancies::{Discrepancy, Variant};
    use crate::analysis::span::Span;
    use crate::analysis::statements::Statement;
    use crate::corpus::{Article, Corpus};

    fn statement(article: usize, speaker: usize, kind: StatementKind, at: usize) -> Statement {
        Statement {
            id: format!("s{article}{at}"),
            article,
            speaker,
            kind,
            content: Span::new(at, at + 10),
            cue: Span::new(0, 0),
            claim: None,
        }
    }

    /// Three sources; speaker 0 makes claims 0 and 1, speaker 1 claim 2.
    fn analysis() -> Analysis {
        use StatementKind::{Direct, Reported};
        let statements = vec![
            statement(0, 0, Reported, 0),
            statement(0, 0, Direct, 20),
            statement(1, 0, Reported, 0),
            statement(2, 1, Reported, 0),
            statement(0, 0, Reported, 40),
        ];
        let claim = |id: usize, speaker, statements: Vec<usize>| Claim {
            id: format!("c{id}"),
            speaker,
            statements,
        };
        Analysis {
            corpus: Corpus {
                articles: vec![Article::default(); 3],
                warnings: Vec::new(),
            },
            statements,
            claims: vec![
                claim(0, 1, vec![3]),
                claim(1, 0, vec![0, 1, 2]),
                claim(2, 0, vec![4]),
            ],
            discrepancies: vec![Discrepancy {
                id: "d0".into(),
                topic: "number".into(),
                variants: vec![Variant {
                    article: 1,
                    span: Span::new(2, 5),
                }],
            }],
            ..Analysis::default()
        }
    }

    #[test]
    fn a_quote_beats_a_paraphrase_in_the_same_source() {
        let g = coverage_grid(&analysis());
        let row = g.rows.iter().find(|r| r.claim == 1).unwrap();
        assert_eq!(
            row.cells[0],
            Some(GridCell {
                form: Form::Quoted,
                statement: 1
            })
        );
        assert_eq!(row.cells[1].map(|c| c.form), Some(Form::Paraphrased));
        assert_eq!(row.cells[2], None);
    }

    #[test]
    fn rows_are_grouped_by_speaker_with_the_busiest_first() {
        let g = coverage_grid(&analysis());
        let claims: Vec<usize> = g.rows.iter().map(|r| r.claim).collect();
        assert_eq!(claims, vec![1, 2, 0]);
    }

    #[test]
    fn only_claims_touched_by_a_discrepancy_are_disputed() {
        let g = coverage_grid(&analysis());
        let disputed: Vec<usize> = g
            .rows
            .iter()
            .filter(|r| r.disputed)
            .map(|r| r.claim)
            .collect();
        assert_eq!(disputed, vec![1]);
    }
}
