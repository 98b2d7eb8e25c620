//! The message shown instead of the panes when the terminal is too small to be useful.

use super::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Paragraph, Wrap};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.ui.theme;
    let text = Text::from(vec![
        Line::styled("Terminal too small", t.title),
        Line::styled(
            format!(
                "{}×{}, need {MIN_WIDTH}×{MIN_HEIGHT}",
                area.width, area.height
            ),
            t.base,
        ),
        Line::styled("enlarge the window, or q to quit", t.muted),
    ]);
    let height = 3.min(area.height);
    let y = area.y + (area.height - height) / 2;
    let r = Rect { y, height, ..area };
    frame.render_widget(Paragraph::new(text).centered().wrap(Wrap { trim: true }), r);
}
