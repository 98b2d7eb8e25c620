//! The actor view: one block per claim, one line (or more, wrapped) per source with that
//! source's rendering of the claim or a visible "— not reported", discrepancies flagged.

use super::actor_lines::{ActorLine, actor_lines};
use super::layout::inner;
use super::{pane_block, title};
use crate::tui::action::Pane;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let name = app
        .actor
        .entity
        .and_then(|e| app.analysis.entities.get(e))
        .map_or("—", |e| e.name.as_str());
    let claims = app.actor.rows.len();
    let head = format!(
        "Actor · {name} · {claims} claim{}",
        if claims == 1 { "" } else { "s" }
    );
    frame.render_widget(
        pane_block(
            &app.ui.theme,
            title(app, "2", head, Pane::Diff),
            super::focused(app, Pane::Diff),
        ),
        area,
    );
    let body = inner(area);
    if claims == 0 {
        super::placeholder(app, frame, body, "no statements by this actor");
        return;
    }
    let lines = actor_lines(app, body.width as usize);
    let selected_line = lines
        .iter()
        .position(|l| l.cell == Some(app.actor.cursor.selected))
        .unwrap_or(0);
    let height = body.height as usize;
    let offset = selected_line
        .saturating_sub(height / 3)
        .min(lines.len().saturating_sub(height));
    for (i, ActorLine { line, .. }) in lines.into_iter().skip(offset).take(height).enumerate() {
        frame.render_widget(
            line,
            Rect {
                y: body.y + i as u16,
                height: 1,
                ..body
            },
        );
    }
}

/// The first line shown: the selected cell a third of the way down, the last page kept full.
pub fn first_line(app: &App, lines: &[ActorLine], height: usize) -> usize {
    let selected = lines
        .iter()
        .position(|l| l.cell == Some(app.actor.cursor.selected))
        .unwrap_or(0);
    selected
        .saturating_sub(height / 3)
        .min(lines.len().saturating_sub(height))
}
