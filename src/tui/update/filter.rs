//! Typing into the article or actor filter.

use crate::tui::action::{Action, Pane};
use crate::tui::app::App;
use crate::tui::view::layout::list_heights;

/// `/` in a list starts editing that list's filter.
pub fn start(app: &mut App) {
    match app.ui.focus {
        Pane::Articles => app.articles.filter.editing = true,
        Pane::Entities => app.entities.filter.editing = true,
        Pane::Diff => {}
    }
}

/// Which list's filter is being typed into, if any.
pub fn editing(app: &App) -> Option<Pane> {
    if app.articles.filter.editing {
        Some(Pane::Articles)
    } else if app.entities.filter.editing {
        Some(Pane::Entities)
    } else {
        None
    }
}

pub fn edit(app: &mut App, action: &Action) {
    let pane = editing(app).unwrap_or(app.ui.focus);
    let filter = match pane {
        Pane::Articles => &mut app.articles.filter,
        Pane::Entities => &mut app.entities.filter,
        Pane::Diff => return,
    };
    let mut query = filter.query.clone();
    match action {
        Action::FilterChar(c) => query.push(*c),
        Action::FilterBackspace => {
            query.pop();
        }
        Action::FilterAccept => filter.editing = false,
        Action::FilterCancel => {
            filter.editing = false;
            query.clear();
        }
        _ => {}
    }
    if query != filter.query {
        filter.set_query(&query);
        let heights = list_heights(&app.ui);
        match pane {
            Pane::Articles => {
                app.articles
                    .cursor
                    .move_to(0, app.articles.filter.visible.len(), heights.articles)
            }
            Pane::Entities => {
                app.entities.cursor = Default::default();
                app.entities.rebuild_rows(&app.analysis);
            }
            Pane::Diff => {}
        }
    }
}
