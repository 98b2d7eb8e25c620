//! The diff laid out for one column width: screen lines made of classified pieces of text.
//! Built in `update` whenever the pair, the mode or the width changes, so drawing a frame only
//! styles the visible lines.

use super::diff_rows::{DiffRow, build_rows};
use super::wrap::wrap;
use crate::analysis::Analysis;
use crate::analysis::align::OverlapKind;
use crate::analysis::span::Span;
use crate::analysis::word_diff::ChangeKind;

/// A word-level change a piece belongs to: `index` into `overlaps[overlap].changes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChangeRef {
    pub overlap: usize,
    pub index: usize,
    pub kind: ChangeKind,
}

/// A statement a piece belongs to, and whether the piece is its cue ("she said").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatementRef {
    pub statement: usize,
    pub cue: bool,
}

/// A run of text on one screen line with everything the view needs to style it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    pub aligned: bool,
    pub furniture: bool,
    pub change: Option<ChangeRef>,
    pub statement: Option<StatementRef>,
}

/// The header of an aligned row: "near · 0.87".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowHeader {
    pub overlap: usize,
    pub kind: OverlapKind,
    pub similarity: f32,
}

/// One screen line of the diff: either a row header or a line of each column.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DiffLine {
    pub header: Option<RowHeader>,
    pub lhs: Vec<Piece>,
    pub rhs: Vec<Piece>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DiffLayout {
    pub column_width: usize,
    pub lines: Vec<DiffLine>,
    /// The header line of each aligned row, ascending.
    pub row_starts: Vec<usize>,
    /// Every passage the pair shares. Whole-article mode shows only those that keep both
    /// articles in reading order, so it can be more than `row_starts`.
    pub passages: usize,
    /// The first line of each fact-relevant change, ascending by line.
    pub fact_changes: Vec<(usize, ChangeRef)>,
}

impl DiffLayout {
    /// Lays out articles `lhs` | `rhs` with columns of `column_width` cells.
    pub fn build(
        analysis: &Analysis,
        lhs: usize,
        rhs: usize,
        aligned_only: bool,
        column_width: usize,
    ) -> DiffLayout {
        let pair = build_rows(analysis, lhs, rhs, aligned_only);
        let mut out = DiffLayout {
            column_width,
            passages: pair.passages,
            ..DiffLayout::default()
        };
        for row in &pair.rows {
            out.push_row(analysis, lhs, rhs, row);
        }
        out.fact_changes
            .sort_by_key(|(line, c)| (*line, c.overlap, c.index));
        out.fact_changes.dedup_by_key(|(_, c)| (c.overlap, c.index));
        out
    }

    fn push_row(&mut self, analysis: &Analysis, lhs: usize, rhs: usize, row: &DiffRow) {
        if let Some(o) = row
            .overlap
            .and_then(|i| analysis.overlaps.get(i).map(|o| (i, o)))
        {
            self.row_starts.push(self.lines.len());
            self.lines.push(DiffLine {
                header: Some(RowHeader {
                    overlap: o.0,
                    kind: o.1.kind,
                    similarity: o.1.similarity,
                }),
                ..DiffLine::default()
            });
        }
        let follows_aligned = self.lines.last().is_some_and(|l| {
            l.lhs.first().is_some_and(|p| p.aligned) || l.rhs.first().is_some_and(|p| p.aligned)
        });
        let left = column(analysis, lhs, row.lhs, row.overlap, self.column_width);
        let right = if lhs == rhs {
            Vec::new()
        } else {
            column(analysis, rhs, row.rhs, row.overlap, self.column_width)
        };
        if row.overlap.is_none() && follows_aligned && (!left.is_empty() || !right.is_empty()) {
            self.lines.push(DiffLine::default());
        }
        let first = self.lines.len();
        for i in 0..left.len().max(right.len()) {
            let line = DiffLine {
                header: None,
                lhs: left.get(i).cloned().unwrap_or_default(),
                rhs: right.get(i).cloned().unwrap_or_default(),
            };
            for p in line.lhs.iter().chain(&line.rhs) {
                if let Some(c) = p.change.filter(|c| c.kind.is_fact_relevant()) {
                    self.fact_changes.push((first + i, c));
                }
            }
            self.lines.push(line);
        }
    }

    /// The first line showing byte `offset` of the left (`rhs == false`) or right column.
    pub fn line_of(&self, rhs: bool, offset: usize) -> Option<usize> {
        self.lines.iter().position(|l| {
            let pieces = if rhs { &l.rhs } else { &l.lhs };
            pieces.last().is_some_and(|p| p.span.end > offset)
        })
    }
}

/// The screen lines of `span` of `article` in one column, cut into classified pieces.
fn column(
    analysis: &Analysis,
    article: usize,
    span: Option<Span>,
    overlap: Option<usize>,
    width: usize,
) -> Vec<Vec<Piece>> {
    let (Some(span), Some(a)) = (span, analysis.corpus.articles.get(article)) else {
        return Vec::new();
    };
    let marks = Marks::collect(analysis, article, span, overlap);
    wrap(&a.text, span, width)
        .into_iter()
        .map(|line| marks.pieces(line, overlap.is_some()))
        .collect()
}

/// The highlightable spans inside one column's passage.
struct Marks {
    changes: Vec<(Span, ChangeRef)>,
    statements: Vec<(Span, StatementRef)>,
    furniture: Vec<Span>,
}

impl Marks {
    fn collect(analysis: &Analysis, article: usize, span: Span, overlap: Option<usize>) -> Marks {
        let mut changes = Vec::new();
        if let Some((oi, o)) = overlap.and_then(|i| analysis.overlaps.get(i).map(|o| (i, o))) {
            let on_lhs = o.lhs.article == article;
            for (index, c) in o.changes.iter().enumerate() {
                let side = if on_lhs { c.lhs } else { c.rhs };
                if let Some(s) = side.filter(|s| s.overlaps(&span)) {
                    changes.push((
                        s,
                        ChangeRef {
                            overlap: oi,
                            index,
                            kind: c.kind,
                        },
                    ));
                }
            }
        }
        let mut statements = Vec::new();
        for (i, st) in analysis
            .statements
            .iter()
            .enumerate()
            .filter(|(_, s)| s.article == article)
        {
            if st.content.overlaps(&span) {
                statements.push((
                    st.content,
                    StatementRef {
                        statement: i,
                        cue: false,
                    },
                ));
            }
            if st.cue.overlaps(&span) {
                statements.push((
                    st.cue,
                    StatementRef {
                        statement: i,
                        cue: true,
                    },
                ));
            }
        }
        let furniture = analysis
            .corpus
            .articles
            .get(article)
            .map_or(Vec::new(), |a| {
                a.furniture
                    .iter()
                    .map(|f| f.span)
                    .filter(|f| f.overlaps(&span))
                    .collect()
            });
        Marks {
            changes,
            statements,
            furniture,
        }
    }

    /// Cuts `line` at every mark boundary and classifies each piece.
    fn pieces(&self, line: Span, aligned: bool) -> Vec<Piece> {
        let mut cuts = vec![line.start, line.end];
        let bounds = self
            .changes
            .iter()
            .map(|(s, _)| s)
            .chain(self.statements.iter().map(|(s, _)| s))
            .chain(self.furniture.iter());
        for s in bounds {
            cuts.extend(
                [s.start, s.end]
                    .into_iter()
                    .filter(|&c| c > line.start && c < line.end),
            );
        }
        cuts.sort_unstable();
        cuts.dedup();
        cuts.windows(2)
            .map(|w| {
                let span = Span::new(w[0], w[1]);
                let at = |s: &Span| s.contains(span.start);
                Piece {
                    span,
                    aligned,
                    furniture: self.furniture.iter().any(at),
                    change: self.changes.iter().find(|(s, _)| at(s)).map(|(_, c)| *c),
                    statement: self
                        .statements
                        .iter()
                        .filter(|(s, _)| at(s))
                        .min_by_key(|(_, r)| r.cue)
                        .map(|(_, r)| *r),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture;

    #[test]
    fn whole_article_mode_counts_the_passages_it_leaves_out() {
        let mut a = fixture::analysis();
        let first = a
            .overlaps
            .iter()
            .position(|o| o.lhs.article == 0 && o.rhs.article == 1)
            .expect("the fixture's first pair shares a passage");
        // A passage moved by a rewrite: the end of one article against the start of the other
        // crosses the others and cannot keep reading order.
        let mut moved = a.overlaps[first].clone();
        let end = a.corpus.articles[0].text.len();
        moved.lhs.span = crate::analysis::span::Span::new(end - 1, end);
        moved.rhs.span = crate::analysis::span::Span::new(0, 1);
        moved.changes.clear();
        a.overlaps.push(moved);
        let whole = DiffLayout::build(&a, 0, 1, false, 30);
        let aligned = DiffLayout::build(&a, 0, 1, true, 30);
        assert_eq!(whole.passages, aligned.passages);
        assert_eq!(aligned.row_starts.len(), aligned.passages);
        assert!(whole.row_starts.len() < whole.passages);
    }

    #[test]
    fn both_columns_of_a_row_are_padded_to_the_same_height() {
        let a = fixture::analysis();
        let layout = DiffLayout::build(&a, 0, 1, false, 20);
        // every aligned row header is followed by content before the next header
        for w in layout.row_starts.windows(2) {
            assert!(w[1] > w[0] + 1);
        }
        assert!(
            layout
                .lines
                .iter()
                .all(|l| l.header.is_none() || (l.lhs.is_empty() && l.rhs.is_empty()))
        );
    }

    #[test]
    fn pieces_never_exceed_the_column_width() {
        use unicode_width::UnicodeWidthStr;
        let a = fixture::analysis();
        for width in [5, 12, 40] {
            let layout = DiffLayout::build(&a, 0, 2, false, width);
            for l in &layout.lines {
                let w: usize = l
                    .lhs
                    .iter()
                    .map(|p| p.span.slice(&a.corpus.articles[0].text).width())
                    .sum();
                assert!(w <= width, "width {width}: {w}");
            }
        }
    }

    #[test]
    fn fact_relevant_changes_are_indexed_by_line() {
        let a = fixture::analysis();
        let layout = DiffLayout::build(&a, 0, 1, false, 30);
        assert!(!layout.fact_changes.is_empty());
        for (line, c) in &layout.fact_changes {
            let l = &layout.lines[*line];
            assert!(l.lhs.iter().chain(&l.rhs).any(|p| p.change == Some(*c)));
        }
    }
}
