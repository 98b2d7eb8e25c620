//! The one-line legend under the diff: what each highlight means, the mode and the position.

use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.ui.theme;
    let mode = if app.diff.aligned_only {
        "aligned only"
    } else {
        "whole articles"
    };
    let lines = app.diff.layout.lines.len().max(1);
    let height = crate::tui::view::layout::diff_metrics(&app.ui).1;
    let percent = ((app.diff.scroll + height).min(lines) * 100) / lines;
    let mut spans = vec![
        Span::styled("changed", t.changed),
        Span::raw(" "),
        Span::styled("fact", t.fact),
        Span::raw(" "),
        Span::styled("quote", t.quote),
        Span::raw(" "),
        Span::styled("cue", t.cue),
        Span::raw(" "),
        Span::styled("unaligned", t.unaligned),
    ];
    let right = format!(" {mode} · {percent}% ");
    let used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
    let pad = (area.width as usize).saturating_sub(used + right.chars().count());
    if pad > 0 {
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(right, t.muted));
    }
    frame.render_widget(Line::from(spans).style(t.base), area);
}
