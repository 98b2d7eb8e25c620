//! The actor view: one row per claim of the chosen actor, one cell per source, each cell the
//! statement that source carries (or none), with claims the sources disagree on flagged.

use super::cursor::Cursor;
use crate::analysis::Analysis;

/// One claim (or an unclaimed statement) of the actor across all sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimRow {
    pub claim: Option<usize>,
    /// Per article: the statement carrying this claim there, if any.
    pub cells: Vec<Option<usize>>,
    /// Discrepancies whose variants touch one of this row's statements.
    pub discrepancies: Vec<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActorView {
    pub entity: Option<usize>,
    pub rows: Vec<ClaimRow>,
    /// The cells that hold a statement, row by row: (row, article, statement).
    pub cells: Vec<(usize, usize, usize)>,
    pub cursor: Cursor,
}

impl ActorView {
    /// Builds the view of `entity`'s claims.
    pub fn open(analysis: &Analysis, entity: usize) -> ActorView {
        let n = analysis.corpus.articles.len();
        let mut rows: Vec<ClaimRow> = Vec::new();
        for (ci, claim) in analysis
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.speaker == entity)
        {
            rows.push(row(analysis, Some(ci), &claim.statements, n));
        }
        for (si, s) in analysis.statements.iter().enumerate() {
            let unclaimed = s.claim.is_none_or(|c| {
                analysis
                    .claims
                    .get(c)
                    .is_none_or(|c| !c.statements.contains(&si))
            });
            if s.speaker == entity && unclaimed {
                rows.push(row(analysis, None, &[si], n));
            }
        }
        rows.sort_by_key(|r| std::cmp::Reverse(r.cells.iter().flatten().count()));
        let cells = rows
            .iter()
            .enumerate()
            .flat_map(|(ri, r)| {
                r.cells
                    .iter()
                    .enumerate()
                    .filter_map(move |(a, s)| s.map(|s| (ri, a, s)))
            })
            .collect();
        ActorView {
            entity: Some(entity),
            rows,
            cells,
            cursor: Cursor::default(),
        }
    }

    /// The statement under the cursor.
    pub fn selected_statement(&self) -> Option<usize> {
        self.cells.get(self.cursor.selected).map(|c| c.2)
    }
}

fn row(analysis: &Analysis, claim: Option<usize>, statements: &[usize], n: usize) -> ClaimRow {
    let mut cells = vec![None; n];
    for &si in statements {
        if let Some(s) = analysis.statements.get(si) {
            if let Some(c) = cells.get_mut(s.article) {
                c.get_or_insert(si);
            }
        }
    }
    let discrepancies = analysis
        .discrepancies
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            d.variants.iter().any(|v| {
                statements
                    .iter()
                    .filter_map(|&si| analysis.statements.get(si))
                    .any(|s| {
                        s.article == v.article
                            && (s.content.overlaps(&v.span) || s.cue.overlaps(&v.span))
                    })
            })
        })
        .map(|(i, _)| i)
        .collect();
    ClaimRow {
        claim,
        cells,
        discrepancies,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture;

    #[test]
    fn a_claim_row_has_a_cell_per_source_and_blanks_where_it_is_missing() {
        let a = fixture::analysis();
        let view = ActorView::open(&a, 1);
        assert_eq!(view.rows.len(), 1);
        let r = &view.rows[0];
        assert_eq!(r.cells.len(), a.corpus.articles.len());
        assert_eq!(r.cells.iter().flatten().count(), 3);
        assert!(r.cells[3].is_none());
    }

    #[test]
    fn claims_touching_a_discrepancy_are_flagged() {
        let a = fixture::analysis();
        let view = ActorView::open(&a, 1);
        assert!(!view.rows[0].discrepancies.is_empty());
        let mayor = ActorView::open(&a, 0);
        assert!(mayor.rows.iter().any(|r| r.discrepancies.is_empty()));
    }

    #[test]
    fn the_cursor_walks_only_cells_with_a_statement() {
        let a = fixture::analysis();
        let view = ActorView::open(&a, 0);
        assert_eq!(view.cells.len(), 4);
        assert!(view.selected_statement().is_some());
    }
}
