//! Opening, moving in and leaving the overview pictures; Enter in a picture becomes one of the
//! browser's own jumps (a pair into the diff, a statement into view).

use crate::analysis::span::Span;
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::state::pictures::{Picture, PictureAction};
use crate::tui::view::pictures::visible;

pub fn update(app: &mut App, action: PictureAction) {
    match action {
        PictureAction::Toggle(which) => toggle(app, which),
        PictureAction::Left => move_by(app, 0, -1),
        PictureAction::Right => move_by(app, 0, 1),
    }
}

/// The picture on screen, if any.
pub fn open(app: &App) -> Option<Picture> {
    match app.overlays.open {
        Some(Overlay::Picture(p)) => Some(p),
        _ => None,
    }
}

fn toggle(app: &mut App, which: Picture) {
    if open(app) == Some(which) {
        app.overlays.open = None;
        return;
    }
    app.pictures.ensure(&app.analysis, which);
    app.overlays.open = Some(Overlay::Picture(which));
    move_by(app, 0, 0);
}

/// Moves the open picture's cursor, keeping it in view.
pub fn move_by(app: &mut App, rows: isize, cols: isize) {
    let Some(which) = open(app) else {
        return;
    };
    let size = app.pictures.size(which);
    let window = visible(&app.ui, which);
    app.pictures
        .cursor_mut(which)
        .move_by(rows, cols, size, window);
}

/// j/k/g/G/PgUp/PgDn in a picture.
pub fn step(app: &mut App, action: &Action) {
    let Some(which) = open(app) else {
        return;
    };
    let page = visible(&app.ui, which).0 as isize;
    let rows = match action {
        Action::Up => -1,
        Action::Down => 1,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        Action::PageUp => -page,
        Action::PageDown => page,
        Action::HalfPageUp => -(page / 2).max(1),
        Action::HalfPageDown => (page / 2).max(1),
        _ => 0,
    };
    move_by(app, rows, 0);
}

/// Enter: the matrix opens the pair in the diff, the grid shows the statement, the timeline
/// shows the first date the source names.
pub fn confirm(app: &App) -> Option<Action> {
    match open(app)? {
        Picture::Matrix => pair_jump(app),
        Picture::Coverage => statement_jump(app),
        Picture::Timeline => date_jump(app),
    }
}

fn pair_jump(app: &App) -> Option<Action> {
    let m = app.pictures.matrix.as_ref()?;
    let cur = app.pictures.matrix_cursor;
    let (a, b) = (*m.order.get(cur.row)?, *m.order.get(cur.col)?);
    if a == b {
        return None;
    }
    let span = app
        .analysis
        .overlaps
        .iter()
        .find_map(|o| match (o.lhs.article, o.rhs.article) {
            (l, r) if (l, r) == (a, b) => Some(o.lhs.span),
            (l, r) if (l, r) == (b, a) => Some(o.rhs.span),
            _ => None,
        })
        .unwrap_or_default();
    Some(Action::JumpTo {
        article: a,
        span,
        statement: None,
        other: Some(b),
    })
}

fn statement_jump(app: &App) -> Option<Action> {
    let g = app.pictures.grid.as_ref()?;
    let cur = app.pictures.grid_cursor;
    let row = g.rows.get(cur.row)?;
    let cell = (*row.cells.get(cur.col)?)?;
    let s = app.analysis.statements.get(cell.statement)?;
    let other = row
        .cells
        .iter()
        .enumerate()
        .find(|(c, x)| *c != cur.col && x.is_some())
        .and_then(|(c, _)| g.sources.get(c).copied());
    Some(Action::JumpTo {
        article: s.article,
        span: s.content,
        statement: Some(cell.statement),
        other,
    })
}

fn date_jump(app: &App) -> Option<Action> {
    let tl = app.pictures.timeline.as_ref()?;
    let row = tl.articles.get(app.pictures.timeline_cursor.row)?;
    let article = app.analysis.corpus.articles.get(row.article)?;
    let span = row
        .events
        .first()
        .map(|e| e.span)
        .or(article.date_span)
        .unwrap_or(Span::default());
    Some(Action::JumpTo {
        article: row.article,
        span,
        statement: None,
        other: None,
    })
}
