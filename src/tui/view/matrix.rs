//! The similarity matrix: sources × sources in cluster order, each cell shaded by the share of
//! text the pair has in common; the diagonal blank. The shade is a glyph of growing density
//! (· ░ ▒ ▓ █) in every theme, so the picture reads without colour; colour themes add a ramp.

use super::pictures::{block, label_width, parts};
use super::text::fit;
use crate::tui::app::App;
use crate::tui::theme::ThemeName;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

/// Width of one cell: two glyphs and a gap.
pub const CELL: usize = 3;

/// Shade levels 0..=4 by share: nothing, under 10 %, under 30 %, under 60 %, the rest.
pub fn level(share: Option<f32>) -> usize {
    match share {
        None => 0,
        Some(s) if s < 0.1 => 1,
        Some(s) if s < 0.3 => 2,
        Some(s) if s < 0.6 => 3,
        Some(_) => 4,
    }
}

/// The glyphs of each level.
pub const GLYPHS: [&str; 5] = ["· ", "░░", "▒▒", "▓▓", "██"];

/// The style of a level: the 256-colour grey ramp (232 dark … 255 white), brighter for more
/// in common; plain under NO_COLOR, where the glyph carries the level alone.
pub fn level_style(app: &App, level: usize) -> Style {
    const RAMP: [u8; 5] = [237, 241, 246, 251, 255];
    if app.ui.theme.name == ThemeName::NoColor {
        return app.ui.theme.base;
    }
    app.ui.theme.base.fg(Color::Indexed(RAMP[level.min(4)]))
}

/// Columns of cells that fit in `width` beside labels `label` wide.
pub fn columns(width: usize, label: usize) -> usize {
    (width.saturating_sub(label + 1) / CELL).max(1)
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let block = block(app, "Similarity of sources: share of text in common", "m");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(m) = app.pictures.matrix.as_ref() else {
        return;
    };
    let (header, body, footer) = parts(inner);
    let label = label_width(&app.ui);
    let cur = app.pictures.matrix_cursor;
    let cols = columns(inner.width as usize, label);
    let col_range = cur.left..(cur.left + cols).min(m.order.len());
    let t = &app.ui.theme;
    let mut head = format!("{:label$} ", "");
    for c in col_range.clone() {
        head.push_str(&format!("{:>w$}", c + 1, w = CELL - 1));
        head.push(' ');
    }
    frame.render_widget(Line::styled(head, t.muted), header);
    let articles = &app.analysis.corpus.articles;
    for (y, r) in (cur.top..m.order.len())
        .take(body.height as usize)
        .enumerate()
    {
        let a = m.order[r];
        let name = articles.get(a).map_or("", |x| x.label());
        let row_style = if r == cur.row { t.title } else { t.base };
        let mut spans = vec![Span::styled(
            format!("{:<label$} ", fit(&format!("{:>2} {name}", r + 1), label)),
            row_style,
        )];
        for c in col_range.clone() {
            let b = m.order[c];
            let (glyph, style) = if a == b {
                ("  ", t.base)
            } else {
                let l = level(m.get(a, b).map(|p| p.share));
                (GLYPHS[l], level_style(app, l))
            };
            let style = if (r, c) == (cur.row, cur.col) {
                style.add_modifier(Modifier::REVERSED)
            } else {
                style
            };
            spans.push(Span::styled(glyph, style));
            spans.push(Span::styled(" ", t.base));
        }
        let row = Rect::new(body.x, body.y + y as u16, body.width, 1);
        frame.render_widget(Line::from(spans), row);
    }
    footer_lines(app, frame, footer);
}

/// The legend and what the cell under the cursor holds.
fn footer_lines(app: &App, frame: &mut Frame, footer: Rect) {
    let t = &app.ui.theme;
    let mut legend = vec![Span::styled("shared: ", t.muted)];
    for (l, what) in ["none", "<10%", "<30%", "<60%", "≥60%"].iter().enumerate() {
        legend.push(Span::styled(GLYPHS[l], level_style(app, l)));
        legend.push(Span::styled(format!(" {what}  "), t.muted));
    }
    let width = footer.width as usize;
    let lines = [
        Line::from(legend),
        Line::styled(fit(&detail(app), width), t.base),
    ];
    super::pictures::render_footer(frame, footer, lines);
}

/// "A × B: 63% in common, 4 passages · enter opens the pair".
fn detail(app: &App) -> String {
    let Some(m) = app.pictures.matrix.as_ref() else {
        return String::new();
    };
    let cur = app.pictures.matrix_cursor;
    let (Some(&a), Some(&b)) = (m.order.get(cur.row), m.order.get(cur.col)) else {
        return String::new();
    };
    let articles = &app.analysis.corpus.articles;
    let name = |i: usize| articles.get(i).map_or("", |x| x.label());
    if a == b {
        return format!("{}: the same source", name(a));
    }
    match m.get(a, b) {
        Some(p) => format!(
            "{} × {}: {:.0}% in common, {} passage{} · enter opens the pair",
            name(a),
            name(b),
            p.share * 100.0,
            p.passages,
            if p.passages == 1 { "" } else { "s" }
        ),
        None => format!(
            "{} × {}: nothing in common · enter opens the pair",
            name(a),
            name(b)
        ),
    }
}
