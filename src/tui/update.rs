//! The one place state changes: `update(&mut App, Action)`, which may return a follow-up action
//! (choosing an actor opens the actor view; a discrepancy jumps into the diff).

mod filter;

pub use filter::editing as editing_filter;
mod jump;
mod mouse;
mod nav;
pub mod pictures;

use super::action::{Action, Pane};
use super::app::{App, Center, Overlay};
use super::state::actor::ActorView;
use super::view::layout::{WIDE, diff_metrics, list_heights};

pub fn update(app: &mut App, action: Action) -> Option<Action> {
    match action {
        Action::Quit => app.ui.quit = true,
        Action::Resize(w, h) => resize(app, w, h),
        Action::FocusNext => focus(app, next_pane(app.ui.focus, 1)),
        Action::FocusPrev => focus(app, next_pane(app.ui.focus, -1)),
        Action::Focus(p) => focus(app, p),
        Action::Up
        | Action::Down
        | Action::Top
        | Action::Bottom
        | Action::PageUp
        | Action::PageDown
        | Action::HalfPageUp
        | Action::HalfPageDown => nav::step(app, &action),
        Action::NextMatch => nav::next_match(app, 1),
        Action::PrevMatch => nav::next_match(app, -1),
        Action::NextOverlap => nav::next_overlap(app, true),
        Action::PrevOverlap => nav::next_overlap(app, false),
        Action::Confirm => return jump::confirm(app),
        Action::Back => back(app),
        Action::StartFilter => filter::start(app),
        Action::FilterChar(_)
        | Action::FilterBackspace
        | Action::FilterAccept
        | Action::FilterCancel => filter::edit(app, &action),
        Action::SetRight => jump::set_right(app),
        Action::SwapSides => {
            std::mem::swap(&mut app.diff.lhs, &mut app.diff.rhs);
            relayout(app);
        }
        Action::ToggleAlignedOnly => {
            app.diff.aligned_only = !app.diff.aligned_only;
            app.diff.scroll = 0;
            relayout(app);
        }
        Action::ToggleHelp => toggle_overlay(app, Overlay::Help),
        Action::ToggleDiscrepancies => toggle_overlay(app, Overlay::Discrepancies),
        Action::ToggleActorView => return toggle_actor_view(app),
        Action::ToggleSidebar => toggle_sidebar(app),
        Action::Click { column, row } => return mouse::click(app, column, row),
        Action::Wheel { column, row, down } => mouse::wheel(app, column, row, down),
        Action::SelectActor(e) => select_actor(app, e),
        Action::JumpTo {
            article,
            span,
            statement,
            other,
        } => jump::jump_to(app, article, span, statement, other),
        Action::Picture(p) => pictures::update(app, p),
    }
    None
}

/// Lays the diff out again for the current screen and mode.
pub(super) fn relayout(app: &mut App) {
    let (width, height) = diff_metrics(&app.ui);
    app.diff.relayout(&app.analysis, width);
    app.diff.clamp(height);
}

fn resize(app: &mut App, w: u16, h: u16) {
    app.ui.width = w;
    app.ui.height = h;
    relayout(app);
    let heights = list_heights(&app.ui);
    app.articles
        .cursor
        .keep_visible(app.articles.filter.visible.len(), heights.articles);
    app.entities
        .cursor
        .keep_visible(app.entities.rows.len(), heights.entities);
}

fn next_pane(p: Pane, dir: i8) -> Pane {
    const ORDER: [Pane; 3] = [Pane::Articles, Pane::Diff, Pane::Entities];
    let i = ORDER.iter().position(|&x| x == p).unwrap_or(0) as i8;
    ORDER[(i + dir).rem_euclid(3) as usize]
}

fn focus(app: &mut App, pane: Pane) {
    app.ui.focus = pane;
    match pane {
        Pane::Articles => app.ui.left = Pane::Articles,
        Pane::Entities => {
            app.ui.left = Pane::Entities;
            app.ui.sidebar = true;
        }
        Pane::Diff => {}
    }
}

fn toggle_overlay(app: &mut App, which: Overlay) {
    app.overlays.open = if app.overlays.open == Some(which) {
        None
    } else {
        Some(which)
    };
}

fn toggle_sidebar(app: &mut App) {
    if app.ui.width >= WIDE {
        app.ui.sidebar = !app.ui.sidebar;
        if !app.ui.sidebar && app.ui.focus == Pane::Entities {
            app.ui.focus = Pane::Diff;
        }
    } else {
        let show = if app.ui.left == Pane::Entities {
            Pane::Articles
        } else {
            Pane::Entities
        };
        app.ui.left = show;
        if app.ui.focus != Pane::Diff {
            app.ui.focus = show;
        }
    }
}

fn toggle_actor_view(app: &mut App) -> Option<Action> {
    if app.ui.center == Center::Actor {
        app.ui.center = Center::Diff;
        return None;
    }
    match app.entities.chosen {
        Some(_) => {
            app.ui.center = Center::Actor;
            app.ui.focus = Pane::Diff;
            None
        }
        None => app
            .entities
            .selected()
            .map(|e| Action::SelectActor(Some(e))),
    }
}

fn select_actor(app: &mut App, entity: Option<usize>) {
    let entity = entity.filter(|&e| e < app.analysis.entities.len());
    app.entities.chosen = entity;
    match entity {
        Some(e) => {
            app.actor = ActorView::open(&app.analysis, e);
            app.ui.center = Center::Actor;
            app.ui.focus = Pane::Diff;
        }
        None => {
            app.actor = ActorView::default();
            app.ui.center = Center::Diff;
        }
    }
}

/// Esc: closes the innermost thing that is open.
fn back(app: &mut App) {
    if app.overlays.open.is_some() {
        app.overlays.open = None;
    } else if app.ui.focus == Pane::Diff && app.ui.center == Center::Actor {
        app.ui.center = Center::Diff;
    } else if app.ui.focus == Pane::Articles && !app.articles.filter.query.is_empty() {
        filter::edit(app, &Action::FilterCancel);
    } else if app.ui.focus == Pane::Entities && !app.entities.filter.query.is_empty() {
        filter::edit(app, &Action::FilterCancel);
    } else if app.diff.target.is_some() || app.diff.current_change.is_some() {
        app.diff.target = None;
        app.diff.current_change = None;
    } else if app.entities.chosen.is_some() {
        select_actor(app, None);
    }
}

#[cfg(test)]
mod tests;
