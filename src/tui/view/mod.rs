//! Pure views: `render(&App, &mut Frame)` draws the state and changes nothing.

pub mod actor;
pub mod actor_lines;
pub mod articles;
pub mod coverage;
pub mod diff;
pub mod discrepancies;
pub mod entities;
pub mod help;
pub mod layout;
pub mod legend;
pub mod matrix;
pub mod pictures;
pub mod progress;
pub mod status;
pub mod text;
pub mod timeline;
pub mod too_small;

use super::action::Pane;
use super::app::{App, Center, Overlay};
use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear};

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let Some(panes) = layout::panes(area, &app.ui) else {
        too_small::render(app, frame, area);
        return;
    };
    if let Some(r) = panes.articles {
        articles::render(app, frame, r);
    }
    match app.ui.center {
        Center::Diff => diff::render(app, frame, panes.diff),
        Center::Actor => actor::render(app, frame, panes.diff),
    }
    if let Some(r) = panes.entities {
        entities::render(app, frame, r);
    }
    status::render(app, frame, panes.status);
    if let Some(Overlay::Picture(p)) = app.overlays.open {
        pictures::render(app, frame, p);
    } else if let Some(which) = app.overlays.open {
        let r = layout::overlay(area);
        frame.render_widget(Clear, r);
        match which {
            Overlay::Help => help::render(app, frame, r),
            Overlay::Discrepancies => discrepancies::render(app, frame, r),
            Overlay::Picture(_) => {}
        }
    }
}

/// A bordered pane whose border is highlighted when it has the focus.
pub fn pane_block<'a>(theme: &Theme, title: Line<'a>, focused: bool) -> Block<'a> {
    let border = if focused {
        theme.border_focused
    } else {
        theme.border
    };
    Block::bordered()
        .border_style(border)
        .title(title)
        .style(theme.base)
}

/// Whether `pane` has the focus (and no overlay covers it).
pub fn focused(app: &App, pane: Pane) -> bool {
    app.overlays.open.is_none() && app.ui.focus == pane
}

/// The title of a pane: its number key and name, in the title style when focused.
pub fn title(app: &App, number: &str, name: String, pane: Pane) -> Line<'static> {
    let style = if focused(app, pane) {
        app.ui.theme.title
    } else {
        app.ui.theme.muted
    };
    Line::styled(format!(" {number} {name} "), style)
}

/// An empty-state message centred in `area`.
pub fn placeholder(app: &App, frame: &mut Frame, area: Rect, message: &str) {
    let y = area.y + area.height / 2;
    if area.height == 0 {
        return;
    }
    let line = Line::styled(text::fit(message, area.width as usize), app.ui.theme.muted).centered();
    frame.render_widget(
        line,
        Rect {
            y,
            height: 1,
            ..area
        },
    );
}
