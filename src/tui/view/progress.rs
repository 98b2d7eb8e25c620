//! The loading screen: a gauge of the work done, the stage running, the counts so far, and how
//! to quit. Pure: draws a [`Loading`] state.

use super::text::fit;
use crate::tui::keymap::Scope;
use crate::tui::loading::Loading;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Gauge};

pub fn render(state: &Loading, frame: &mut Frame) {
    let t = &state.theme;
    let area = frame.area();
    let block = Block::bordered()
        .border_style(t.border)
        .title(Line::styled(" crosscheck ", t.title))
        .style(t.base);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let [_, stage, gauge, counts, hint, keys] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    let p = &state.progress;
    let what = if state.analysing() {
        format!("Analysing: {}…", p.stage.label())
    } else {
        format!("Loading: {}…", p.stage.label())
    };
    frame.render_widget(Line::styled(fit(&what, width), t.title).centered(), stage);
    let ratio = p.fraction().clamp(0.0, 1.0);
    frame.render_widget(
        Gauge::default()
            .gauge_style(t.selected)
            .ratio(ratio)
            .label(format!("{:.0}%", ratio * 100.0))
            .use_unicode(true),
        pad(gauge, 2),
    );
    frame.render_widget(
        Line::styled(fit(&p.summary(), width), t.base).centered(),
        counts,
    );
    let quit = state.keymap.key_for("quit");
    let help = state.keymap.key_for("help");
    let hint_text =
        format!("{quit} quits · {help} keys · the browser opens when the analysis is done");
    frame.render_widget(
        Line::styled(fit(&hint_text, width), t.muted).centered(),
        hint,
    );
    if state.show_keys {
        key_list(state, frame, keys);
    }
}

/// The global keys, listed under the gauge while the user waits.
fn key_list(state: &Loading, frame: &mut Frame, area: Rect) {
    let t = &state.theme;
    let rows = state
        .keymap
        .bindings
        .iter()
        .filter(|b| b.scope == Scope::Global)
        .take(area.height.saturating_sub(1) as usize);
    for (i, b) in rows.enumerate() {
        let keys: Vec<String> = b.keys.iter().map(|k| k.to_string()).collect();
        let line = format!("{:>12}  {}", keys.join(" "), b.help);
        let r = Rect::new(area.x, area.y + 1 + i as u16, area.width, 1);
        frame.render_widget(Line::styled(fit(&line, area.width as usize), t.base), r);
    }
}

/// `area` narrowed by `by` cells on each side.
fn pad(area: Rect, by: u16) -> Rect {
    Rect {
        x: area.x + by.min(area.width / 2),
        width: area.width.saturating_sub(2 * by),
        ..area
    }
}
