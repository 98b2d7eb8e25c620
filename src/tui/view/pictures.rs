//! The overview pictures' shared frame: a full-screen window with a title, a body the picture
//! fills, a legend and a detail line about the cell under the cursor. Also the geometry `update`
//! needs to keep the cursor in view.

use super::{coverage, matrix, timeline};
use crate::tui::app::{App, Ui};
use crate::tui::state::pictures::Picture;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};

/// Rows under the body: the legend and two detail lines.
pub const FOOTER: u16 = 3;
/// The header row of column numbers or axis dates.
pub const HEADER: u16 = 1;

/// The window of a picture: the whole screen.
pub fn window(ui: &Ui) -> Rect {
    Rect::new(0, 0, ui.width, ui.height)
}

/// The inside of the window's border.
pub fn inner(ui: &Ui) -> Rect {
    Block::bordered().inner(window(ui))
}

/// Body rows: inside the border, minus the header and the footer.
pub fn body_rows(ui: &Ui) -> usize {
    inner(ui).height.saturating_sub(HEADER + FOOTER) as usize
}

/// Width of the row labels, by screen width.
pub fn label_width(ui: &Ui) -> usize {
    (inner(ui).width as usize / 4).clamp(6, 28)
}

/// Rows and columns of cells visible at once, for keeping the cursor in view.
pub fn visible(ui: &Ui, which: Picture) -> (usize, usize) {
    let rows = body_rows(ui).max(1);
    let width = inner(ui).width as usize;
    match which {
        Picture::Matrix => (rows, matrix::columns(width, label_width(ui))),
        Picture::Coverage => (rows, coverage::columns(width, label_width(ui))),
        Picture::Timeline => (rows, 1),
    }
}

/// Draws the open picture over the whole screen.
pub fn render(app: &App, frame: &mut Frame, which: Picture) {
    let area = window(&app.ui).intersection(frame.area());
    frame.render_widget(Clear, area);
    match which {
        Picture::Matrix => matrix::render(app, frame, area),
        Picture::Coverage => coverage::render(app, frame, area),
        Picture::Timeline => timeline::render(app, frame, area),
    }
}

/// The window block with its title and the key that closes it.
pub fn block<'a>(app: &App, title: &str, key: &str) -> Block<'a> {
    let t = &app.ui.theme;
    Block::bordered()
        .border_style(t.border_focused)
        .title(ratatui::text::Line::styled(format!(" {title} "), t.title))
        .title_bottom(ratatui::text::Line::styled(
            format!(" {key} or esc closes · ? keys "),
            t.muted,
        ))
        .style(t.base)
}

/// Splits the inside of the window into header, body and footer.
pub fn parts(inner: Rect) -> (Rect, Rect, Rect) {
    let header = Rect {
        height: HEADER.min(inner.height),
        ..inner
    };
    let footer_h = FOOTER.min(inner.height.saturating_sub(header.height));
    let footer = Rect {
        y: inner.bottom() - footer_h,
        height: footer_h,
        ..inner
    };
    let body = Rect {
        y: header.bottom(),
        height: inner.height.saturating_sub(header.height + footer.height),
        ..inner
    };
    (header, body, footer)
}

/// A legend line: each key's glyph in its own style, then what it means in `muted`.
pub fn legend(keys: &[(&'static str, Style, &'static str)], muted: Style) -> Line<'static> {
    let mut spans = Vec::with_capacity(keys.len() * 2);
    for (k, &(glyph, style, meaning)) in keys.iter().enumerate() {
        let gap = if k + 1 < keys.len() { "  " } else { "" };
        spans.push(Span::styled(glyph, style));
        spans.push(Span::styled(format!(" {meaning}{gap}"), muted));
    }
    Line::from(spans)
}

/// Draws the footer's lines one per row, as many as fit.
pub fn render_footer<'a>(
    frame: &mut Frame,
    footer: Rect,
    lines: impl IntoIterator<Item = Line<'a>>,
) {
    for (row, line) in (0..footer.height).zip(lines) {
        frame.render_widget(line, Rect::new(footer.x, footer.y + row, footer.width, 1));
    }
}
