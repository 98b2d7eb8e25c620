//! Where each pane goes for a given screen size. Pure, and shared by the views (to draw) and by
//! `update` (to page, wrap and hit-test clicks), so both always agree.

use crate::tui::action::Pane;
use crate::tui::app::Ui;
use ratatui::layout::{Constraint, Layout, Rect};

/// Below this the app shows a "terminal too small" message instead of the panes.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 14;
/// From this width on, the article list, the diff and the actors sit side by side.
pub const WIDE: u16 = 120;
/// Lines per article in the list.
pub const ARTICLE_HEIGHT: usize = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panes {
    pub articles: Option<Rect>,
    pub diff: Rect,
    pub entities: Option<Rect>,
    pub status: Rect,
}

/// The pane rectangles, or `None` when the screen is too small to be useful.
pub fn panes(area: Rect, ui: &Ui) -> Option<Panes> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    if area.width >= WIDE {
        let side = (area.width / 5).clamp(30, 40);
        let list = (area.width / 5).clamp(30, 44);
        if ui.sidebar {
            let [a, d, e] = Layout::horizontal([
                Constraint::Length(list),
                Constraint::Min(1),
                Constraint::Length(side),
            ])
            .areas(main);
            return Some(Panes {
                articles: Some(a),
                diff: d,
                entities: Some(e),
                status,
            });
        }
        let [a, d] = Layout::horizontal([Constraint::Length(list), Constraint::Min(1)]).areas(main);
        return Some(Panes {
            articles: Some(a),
            diff: d,
            entities: None,
            status,
        });
    }
    let left = (area.width * 3 / 10).clamp(24, 34);
    let [l, d] = Layout::horizontal([Constraint::Length(left), Constraint::Min(1)]).areas(main);
    let (articles, entities) = if ui.left == Pane::Entities {
        (None, Some(l))
    } else {
        (Some(l), None)
    };
    Some(Panes {
        articles,
        diff: d,
        entities,
        status,
    })
}

/// Inside a bordered pane.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x + 1,
        y: r.y + 1,
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// The diff pane's inside: column titles, left column, separator, right column, legend line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiffBody {
    pub heads: Rect,
    pub lhs: Rect,
    pub separator: Rect,
    pub rhs: Rect,
    pub legend: Rect,
}

pub fn diff_body(diff: Rect) -> DiffBody {
    let inside = inner(diff);
    let [heads, text, legend] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(inside);
    let col = text.width.saturating_sub(3) / 2;
    let [lhs, separator, rhs] = Layout::horizontal([
        Constraint::Length(col),
        Constraint::Length(3),
        Constraint::Length(col),
    ])
    .areas(text);
    DiffBody {
        heads,
        lhs,
        separator,
        rhs,
        legend,
    }
}

/// Column width and visible lines of the diff for a screen of `width` × `height`.
pub fn diff_metrics(ui: &Ui) -> (usize, usize) {
    let area = Rect::new(0, 0, ui.width, ui.height);
    match panes(area, ui) {
        Some(p) => {
            let body = diff_body(p.diff);
            (body.lhs.width as usize, body.lhs.height as usize)
        }
        None => (ui.width.max(1) as usize, ui.height as usize),
    }
}

/// The entity pane's inside: the list, and (when there is room) a details box below it.
pub fn entity_body(entities: Rect) -> (Rect, Option<Rect>) {
    let inside = inner(entities);
    if inside.height < 12 {
        return (inside, None);
    }
    let [list, details] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(7)]).areas(inside);
    (list, Some(details))
}

/// A centred window for overlays.
pub fn overlay(area: Rect) -> Rect {
    let w = (area.width.saturating_sub(4)).min(110);
    let h = area.height.saturating_sub(2);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Visible items of each list, for paging and keeping the cursor in view.
pub fn list_heights(ui: &Ui) -> ListHeights {
    let area = Rect::new(0, 0, ui.width, ui.height);
    let Some(p) = panes(area, ui) else {
        return ListHeights::default();
    };
    let mut ui_left = ui.clone();
    let articles = p.articles.or_else(|| {
        ui_left.left = Pane::Articles;
        panes(area, &ui_left).and_then(|q| q.articles)
    });
    ui_left.left = Pane::Entities;
    ui_left.sidebar = true;
    let entities = p
        .entities
        .or_else(|| panes(area, &ui_left).and_then(|q| q.entities));
    let over = inner(overlay(area)).height.saturating_sub(2) as usize;
    ListHeights {
        articles: articles.map_or(1, |r| inner(r).height as usize / ARTICLE_HEIGHT),
        entities: entities.map_or(1, |r| entity_body(r).0.height as usize),
        diff: diff_body(p.diff).lhs.height as usize,
        overlay: over,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListHeights {
    pub articles: usize,
    pub entities: usize,
    pub diff: usize,
    pub overlay: usize,
}
