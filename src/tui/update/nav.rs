//! Moving around: cursors in lists, scrolling in the diff, jumps between passages and changes.

use crate::tui::action::{Action, Pane};
use crate::tui::app::{App, Center, Overlay};
use crate::tui::view::help;
use crate::tui::view::layout::list_heights;

/// How far an action moves, given a page of `page` items. Top/Bottom move "all the way".
fn delta(action: &Action, page: usize) -> isize {
    let page = page.max(1) as isize;
    match action {
        Action::Up => -1,
        Action::Down => 1,
        Action::PageUp => -page,
        Action::PageDown => page,
        Action::HalfPageUp => -(page / 2).max(1),
        Action::HalfPageDown => (page / 2).max(1),
        Action::Top => isize::MIN / 4,
        Action::Bottom => isize::MAX / 4,
        _ => 0,
    }
}

/// j/k/g/G/PgUp/PgDn/Ctrl-d/Ctrl-u in whatever has the focus.
pub fn step(app: &mut App, action: &Action) {
    let h = list_heights(&app.ui);
    match app.overlays.open {
        Some(Overlay::Help) => {
            let len = help::lines(&app.ui.keymap).len();
            let c = &mut app.overlays.help;
            let max = len.saturating_sub(h.overlay);
            c.offset =
                (c.offset as isize + delta(action, h.overlay)).clamp(0, max as isize) as usize;
            return;
        }
        Some(Overlay::Discrepancies) => {
            let len = app.analysis.discrepancies.len();
            app.overlays
                .discrepancies
                .move_by(delta(action, h.overlay / 3), len, h.overlay / 3);
            return;
        }
        Some(Overlay::Picture(_)) => return super::pictures::step(app, action),
        None => {}
    }
    match (app.ui.focus, app.ui.center) {
        (Pane::Articles, _) => {
            let len = app.articles.filter.visible.len();
            app.articles
                .cursor
                .move_by(delta(action, h.articles), len, h.articles);
        }
        (Pane::Entities, _) => {
            let d = delta(action, h.entities);
            let len = app.entities.rows.len();
            app.entities.cursor.move_by(d, len, h.entities);
            app.entities.snap(d.signum().max(-1));
            app.entities.cursor.keep_visible(len, h.entities);
        }
        (Pane::Diff, Center::Actor) => {
            let len = app.actor.cells.len();
            app.actor.cursor.move_by(delta(action, 4), len, usize::MAX);
        }
        (Pane::Diff, Center::Diff) => {
            let d = delta(action, h.diff);
            app.diff.scroll = (app.diff.scroll as isize).saturating_add(d).max(0) as usize;
            app.diff.clamp(h.diff);
        }
    }
}

/// n/N: the next fact-relevant change in the diff, the next filtered item in a list.
pub fn next_match(app: &mut App, dir: isize) {
    let h = list_heights(&app.ui);
    match app.ui.focus {
        Pane::Articles => {
            app.articles
                .cursor
                .cycle(dir, app.articles.filter.visible.len(), h.articles)
        }
        Pane::Entities => {
            let len = app.entities.rows.len();
            app.entities.cursor.cycle(dir, len, h.entities);
            app.entities.snap(dir);
            if app.entities.selected().is_none() {
                app.entities.cursor.cycle(dir, len, h.entities);
                app.entities.snap(dir);
            }
        }
        Pane::Diff if app.ui.center == Center::Actor => {
            app.actor
                .cursor
                .cycle(dir, app.actor.cells.len(), usize::MAX);
        }
        Pane::Diff => next_change(app, dir, h.diff),
    }
}

fn next_change(app: &mut App, dir: isize, height: usize) {
    let changes = &app.diff.layout.fact_changes;
    let current = app
        .diff
        .current_change
        .and_then(|c| changes.iter().position(|(_, x)| *x == c));
    let index = match current {
        Some(i) if dir > 0 => (i + 1 < changes.len()).then_some(i + 1),
        Some(i) => i.checked_sub(1),
        None if dir > 0 => changes.iter().position(|(l, _)| *l >= app.diff.scroll),
        None => changes
            .iter()
            .rposition(|(l, _)| *l < app.diff.scroll + height),
    };
    if let Some(&(line, change)) = index.and_then(|i| changes.get(i)) {
        app.diff.current_change = Some(change);
        app.diff.reveal(line, height);
    }
}

/// ]/[: scroll to the next or previous aligned passage.
pub fn next_overlap(app: &mut App, forward: bool) {
    let height = list_heights(&app.ui).diff;
    let starts = &app.diff.layout.row_starts;
    let at = app.diff.scroll;
    let found = if forward {
        starts.iter().find(|&&l| l > at)
    } else {
        starts.iter().rev().find(|&&l| l < at)
    };
    if let Some(&line) = found {
        app.diff.scroll = line;
        app.diff.clamp(height);
    }
}
