//! State of the three overview pictures (similarity matrix, coverage grid, timeline): what each
//! shows, computed from the analysis when first opened, and where its cursor is.
//!
//! Computed on first use rather than with the analysis, so a session that never opens a picture
//! pays nothing for it, and the analysis stays the one hand-off type.

use crate::analysis::Analysis;
use crate::analysis::coverage_grid::{CoverageGrid, coverage_grid};
use crate::analysis::similarity::{SimilarityMatrix, similarity};
use crate::analysis::timeline::{Timeline, timeline};

/// The overview pictures, each reachable by one key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Picture {
    Matrix,
    Coverage,
    Timeline,
}

/// What the picture keys ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureAction {
    /// Open the picture, or close it when it is already open.
    Toggle(Picture),
    Left,
    Right,
}

/// A cursor on a grid, with the first visible row and column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GridCursor {
    pub row: usize,
    pub col: usize,
    pub top: usize,
    pub left: usize,
}

impl GridCursor {
    /// Moves by `rows` and `cols` within `height` × `width` cells, scrolling to keep the cursor
    /// inside a `visible_rows` × `visible_cols` window.
    pub fn move_by(
        &mut self,
        rows: isize,
        cols: isize,
        size: (usize, usize),
        visible: (usize, usize),
    ) {
        let (height, width) = size;
        let clamp = |v: usize, d: isize, n: usize| {
            (v as isize + d).clamp(0, n.saturating_sub(1) as isize) as usize
        };
        self.row = clamp(self.row, rows, height);
        self.col = clamp(self.col, cols, width);
        self.keep_visible(visible);
    }

    /// Scrolls so the cursor is inside a `rows` × `cols` window.
    pub fn keep_visible(&mut self, (rows, cols): (usize, usize)) {
        let fit = |pos: usize, first: &mut usize, n: usize| {
            let n = n.max(1);
            if pos < *first {
                *first = pos;
            } else if pos >= *first + n {
                *first = pos + 1 - n;
            }
        };
        fit(self.row, &mut self.top, rows);
        fit(self.col, &mut self.left, cols);
    }
}

/// The pictures' data and cursors for one session.
#[derive(Clone, Debug, Default)]
pub struct Pictures {
    pub matrix: Option<SimilarityMatrix>,
    pub grid: Option<CoverageGrid>,
    pub timeline: Option<Timeline>,
    pub matrix_cursor: GridCursor,
    pub grid_cursor: GridCursor,
    pub timeline_cursor: GridCursor,
}

impl Pictures {
    /// Computes `which` from `analysis` unless it already has been.
    pub fn ensure(&mut self, analysis: &Analysis, which: Picture) {
        match which {
            Picture::Matrix if self.matrix.is_none() => {
                self.matrix = Some(similarity(&analysis.corpus, &analysis.overlaps));
                // Start on the first pair rather than the empty diagonal.
                self.matrix_cursor.col = usize::from(analysis.corpus.articles.len() > 1);
            }
            Picture::Coverage if self.grid.is_none() => self.grid = Some(coverage_grid(analysis)),
            Picture::Timeline if self.timeline.is_none() => {
                self.timeline = Some(timeline(&analysis.corpus));
            }
            _ => {}
        }
    }

    pub fn cursor_mut(&mut self, which: Picture) -> &mut GridCursor {
        match which {
            Picture::Matrix => &mut self.matrix_cursor,
            Picture::Coverage => &mut self.grid_cursor,
            Picture::Timeline => &mut self.timeline_cursor,
        }
    }

    /// Rows and columns of `which`, once computed.
    pub fn size(&self, which: Picture) -> (usize, usize) {
        match which {
            Picture::Matrix => self
                .matrix
                .as_ref()
                .map_or((0, 0), |m| (m.order.len(), m.order.len())),
            Picture::Coverage => self
                .grid
                .as_ref()
                .map_or((0, 0), |g| (g.rows.len(), g.sources.len())),
            Picture::Timeline => self
                .timeline
                .as_ref()
                .map_or((0, 0), |t| (t.articles.len(), 1)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_stays_inside_the_grid_and_scrolls_into_view() {
        let mut c = GridCursor::default();
        c.move_by(10, 3, (5, 4), (2, 2));
        assert_eq!((c.row, c.col), (4, 3));
        assert_eq!((c.top, c.left), (3, 2));
        c.move_by(-9, -9, (5, 4), (2, 2));
        assert_eq!((c.row, c.col, c.top, c.left), (0, 0, 0, 0));
    }

    #[test]
    fn an_empty_grid_keeps_the_cursor_at_the_origin() {
        let mut c = GridCursor::default();
        c.move_by(1, 1, (0, 0), (3, 3));
        assert_eq!((c.row, c.col), (0, 0));
    }
}
