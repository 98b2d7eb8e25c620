//! The `?` overlay, generated from the keymap table so it always shows the keys in force.

use super::layout::inner;
use super::text::fit;
use crate::tui::app::App;
use crate::tui::keymap::{Keymap, Scope};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// One line of help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HelpLine {
    Heading(&'static str),
    Binding { keys: String, help: &'static str },
    Note(&'static str),
    Blank,
}

const SCOPES: [Scope; 7] = [
    Scope::Global,
    Scope::Articles,
    Scope::Diff,
    Scope::Entities,
    Scope::Actor,
    Scope::Discrepancies,
    Scope::Pictures,
];

/// Every binding, grouped by where it applies, plus notes on filtering and the mouse.
pub fn lines(keymap: &Keymap) -> Vec<HelpLine> {
    let mut out = Vec::new();
    for scope in SCOPES {
        out.push(HelpLine::Heading(scope.title()));
        for b in keymap.bindings.iter().filter(|b| b.scope == scope) {
            let keys = b
                .keys
                .iter()
                .map(|k| k.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            out.push(HelpLine::Binding { keys, help: b.help });
        }
        out.push(HelpLine::Blank);
    }
    out.push(HelpLine::Heading("Filter and mouse"));
    out.push(HelpLine::Note(
        "while filtering: type, Backspace, Enter keeps, Esc clears",
    ));
    out.push(HelpLine::Note(
        "mouse: click focuses and selects, wheel scrolls",
    ));
    out
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.ui.theme;
    let title = Line::styled(" Keys · j/k scroll · Esc or ? close ", t.title);
    // An overlay always has the focus.
    frame.render_widget(super::pane_block(t, title, true), area);
    let body = inner(area);
    let all = lines(&app.ui.keymap);
    let two_columns = body.width >= 100 && all.len() > body.height as usize;
    let (columns, col_width) = if two_columns {
        (2, body.width / 2)
    } else {
        (1, body.width)
    };
    let per_column = if two_columns {
        all.len().div_ceil(2)
    } else {
        all.len()
    };
    let offset = app
        .overlays
        .help
        .offset
        .min(per_column.saturating_sub(body.height as usize));
    for c in 0..columns {
        let column = all.iter().skip(c as usize * per_column).take(per_column);
        for (i, line) in column.skip(offset).take(body.height as usize).enumerate() {
            let r = Rect {
                x: body.x + c * col_width,
                y: body.y + i as u16,
                width: col_width.saturating_sub(1),
                height: 1,
            };
            frame.render_widget(render_line(app, line, r.width as usize), r);
        }
    }
}

fn render_line(app: &App, line: &HelpLine, width: usize) -> Line<'static> {
    let t = &app.ui.theme;
    match line {
        HelpLine::Heading(h) => Line::styled(fit(h, width), t.title),
        HelpLine::Binding { keys, help } => {
            let keys = format!("  {:<16} ", fit(keys, 16));
            let rest = width.saturating_sub(keys.chars().count());
            Line::from(vec![
                Span::styled(keys, t.quote),
                Span::styled(fit(help, rest), t.base),
            ])
        }
        HelpLine::Note(n) => Line::styled(fit(&format!("  {n}"), width), t.muted),
        HelpLine::Blank => Line::raw(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_lists_every_binding_of_the_keymap() {
        let map = Keymap::default();
        let n = lines(&map)
            .iter()
            .filter(|l| matches!(l, HelpLine::Binding { .. }))
            .count();
        assert_eq!(n, map.bindings.len());
    }

    #[test]
    fn a_remapped_key_shows_in_help() {
        let mut map = Keymap::default();
        map.remap("quit", &["x".into()]).unwrap();
        assert!(lines(&map).contains(&HelpLine::Binding {
            keys: "x".into(),
            help: "quit"
        }));
    }
}
