//! Turns events into actions: keys through the keymap (or into the filter being typed), mouse
//! clicks and wheel turns, resizes, and termination requests.

use super::action::{Action, Pane};
use super::app::{App, Center, Overlay};
use super::event::Event;
use super::keymap::Scope;
use super::update::editing_filter;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEventKind};

pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Terminate => Some(Action::Quit),
        Event::Mouse(m) => {
            let (column, row) = (m.column, m.row);
            match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                MouseEventKind::ScrollDown => Some(Action::Wheel {
                    column,
                    row,
                    down: true,
                }),
                MouseEventKind::ScrollUp => Some(Action::Wheel {
                    column,
                    row,
                    down: false,
                }),
                _ => None,
            }
        }
        Event::Key(key) if editing_filter(app).is_some() => filter_key(key),
        Event::Key(key) => app.ui.keymap.lookup(&scopes(app), key),
    }
}

/// Keys while a filter query is being typed: text goes into the query.
fn filter_key(key: &KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char('c') if ctrl => Some(Action::Quit),
        KeyCode::Char(c) if !ctrl => Some(Action::FilterChar(c)),
        KeyCode::Backspace => Some(Action::FilterBackspace),
        KeyCode::Enter => Some(Action::FilterAccept),
        KeyCode::Esc => Some(Action::FilterCancel),
        KeyCode::Down => Some(Action::Down),
        KeyCode::Up => Some(Action::Up),
        _ => None,
    }
}

/// The keymap scopes in force, narrowest first.
pub fn scopes(app: &App) -> Vec<Scope> {
    match app.overlays.open {
        Some(Overlay::Discrepancies) => vec![Scope::Discrepancies],
        Some(Overlay::Help) => Vec::new(),
        Some(Overlay::Picture(_)) => vec![Scope::Pictures],
        None if app.ui.focus == Pane::Diff && app.ui.center == Center::Actor => {
            vec![Scope::Actor, Scope::Diff]
        }
        None => vec![Scope::of_pane(app.ui.focus)],
    }
}
