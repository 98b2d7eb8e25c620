//! Mouse: a click focuses the pane under it (and selects the list item there); the wheel scrolls
//! the pane under the pointer.

use crate::tui::action::{Action, Pane};
use crate::tui::app::{App, Center, Overlay};
use crate::tui::state::entities::EntityRow;
use crate::tui::view::actor_lines::actor_lines;
use crate::tui::view::layout::{ARTICLE_HEIGHT, entity_body, inner, list_heights, overlay, panes};
use crate::tui::view::{actor, discrepancies};
use ratatui::layout::{Position, Rect};

fn hit(r: Option<Rect>, column: u16, row: u16) -> bool {
    r.is_some_and(|r| r.contains(Position { x: column, y: row }))
}

pub fn click(app: &mut App, column: u16, row: u16) -> Option<Action> {
    let area = Rect::new(0, 0, app.ui.width, app.ui.height);
    if app.overlays.open.is_some() {
        let inside = inner(overlay(area));
        if !hit(Some(inside), column, row) {
            app.overlays.open = None;
        } else if app.overlays.open == Some(Overlay::Discrepancies) {
            let lines = discrepancies::lines(app, inside.width as usize);
            let first = discrepancies::first_line(app, &lines, inside.height as usize);
            if let Some((_, d)) = lines.get(first + (row - inside.y) as usize) {
                app.overlays.discrepancies.selected = *d;
            }
        }
        return None;
    }
    let p = panes(area, &app.ui)?;
    let heights = list_heights(&app.ui);
    if hit(p.articles, column, row) {
        app.ui.focus = Pane::Articles;
        let top = p.articles.map_or(0, |r| inner(r).y);
        let index =
            app.articles.cursor.offset + (row.saturating_sub(top)) as usize / ARTICLE_HEIGHT;
        if index < app.articles.filter.visible.len() {
            app.articles
                .cursor
                .move_to(index, app.articles.filter.visible.len(), heights.articles);
        }
    } else if hit(p.entities, column, row) {
        app.ui.focus = Pane::Entities;
        let list = p.entities.map(|r| entity_body(r).0);
        let top = list.map_or(0, |r| r.y);
        let index = app.entities.cursor.offset + row.saturating_sub(top) as usize;
        if matches!(app.entities.rows.get(index), Some(EntityRow::Entity(_)))
            && hit(list, column, row)
        {
            app.entities
                .cursor
                .move_to(index, app.entities.rows.len(), heights.entities);
        }
    } else if hit(Some(p.diff), column, row) {
        app.ui.focus = Pane::Diff;
        if app.ui.center == Center::Actor {
            let body = inner(p.diff);
            let lines = actor_lines(app, body.width as usize);
            let first = actor::first_line(app, &lines, body.height as usize);
            let clicked = lines
                .get(first + row.saturating_sub(body.y) as usize)
                .and_then(|l| l.cell);
            if let Some(cell) = clicked {
                app.actor.cursor.selected = cell;
            }
        }
    }
    None
}

pub fn wheel(app: &mut App, column: u16, row: u16, down: bool) {
    let area = Rect::new(0, 0, app.ui.width, app.ui.height);
    let step = if down { Action::Down } else { Action::Up };
    if app.overlays.open.is_none()
        && let Some(p) = panes(area, &app.ui)
    {
        let focus = if hit(p.articles, column, row) {
            Pane::Articles
        } else if hit(p.entities, column, row) {
            Pane::Entities
        } else {
            Pane::Diff
        };
        let saved = app.ui.focus;
        app.ui.focus = focus;
        let times = if focus == Pane::Diff { 3 } else { 1 };
        for _ in 0..times {
            super::nav::step(app, &step);
        }
        app.ui.focus = saved;
        return;
    }
    super::nav::step(app, &step);
}
