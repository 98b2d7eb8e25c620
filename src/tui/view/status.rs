//! The status bar: the pair in the diff, the chosen actor, and key hints from the keymap.

use super::text::fit;
use crate::tui::app::{App, Center};
use crate::tui::update::editing_filter;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.ui.theme;
    let articles = &app.analysis.corpus.articles;
    let label = |i: usize| articles.get(i).map_or("—", |a| a.label());
    let mut left = format!(" {} ⇄ {}", label(app.diff.lhs), label(app.diff.rhs));
    if app.diff.lhs == app.diff.rhs {
        left = format!(" {} (choose a second article with r)", label(app.diff.lhs));
    }
    if let Some(e) = app
        .entities
        .chosen
        .and_then(|e| app.analysis.entities.get(e))
    {
        left.push_str(&format!(" │ actor: {}", e.name));
    }
    let width = area.width as usize;
    let mut shown = Vec::new();
    let mut hint_width = 0;
    for (key, what) in hints(app) {
        let w = key.chars().count() + what.chars().count() + 2;
        if hint_width + w > width / 2 {
            break;
        }
        hint_width += w;
        shown.push((key, what));
    }
    let left_width = width - hint_width;
    let mut spans = vec![Span::styled(
        format!("{:<w$}", fit(&left, left_width), w = left_width),
        t.status,
    )];
    let mut used = left_width;
    for (key, what) in shown {
        used += key.chars().count() + what.chars().count() + 2;
        spans.push(Span::styled(format!(" {key}"), t.status_key));
        spans.push(Span::styled(format!(" {what}"), t.status));
    }
    spans.push(Span::styled(
        " ".repeat(width.saturating_sub(used)),
        t.status,
    ));
    frame.render_widget(Line::from(spans), area);
}

/// The few keys that matter in the current state, as (key, what) pairs.
fn hints(app: &App) -> Vec<(String, &'static str)> {
    let k = |name: &str| app.ui.keymap.key_for(name);
    if editing_filter(app).is_some() {
        return vec![("Enter".into(), "keep"), ("Esc".into(), "clear")];
    }
    let mut out = vec![
        (k("help"), "help"),
        (k("quit"), "quit"),
        (k("focus_next"), "pane"),
    ];
    if app.ui.center == Center::Actor {
        out.push((k("jump_to_statement"), "show in diff"));
        out.push((k("back"), "back"));
    } else {
        out.push((k("next_change"), "next fact"));
        out.push((k("discrepancies"), "discrepancies"));
    }
    out
}
