//! The browser as a [`SessionApp`]: what `crosscheck serve` shows each client.
//!
//! Each session gets its own [`App`] (state, theme, keys) on the shared analysis, and runs the
//! browser's own event loop on the SSH backend, with the session's events translated into the
//! browser's.

use super::app::{SessionApp, SessionEvent, SessionTerminal};
use crate::tui::app::App;
use crate::tui::event::{Event, EventSource, from_crossterm};
use crate::tui::keymap::Keymap;
use crate::tui::run;
use crate::tui::theme::{ColorDepth, Theme, ThemeName};
use ratatui::Terminal;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

/// The app every session runs.
pub fn app() -> Arc<dyn SessionApp> {
    Arc::new(run_browser)
}

/// Runs the terminal browser on one client's terminal until the user quits.
fn run_browser(session: SessionTerminal) -> anyhow::Result<()> {
    let theme = theme_for(&session);
    let mut app = App::new(
        session.analysis,
        theme,
        Keymap::default(),
        session.width,
        session.height,
    );
    let mut terminal = Terminal::new(session.backend)?;
    let mut events = SessionEvents(session.events);
    run::run(&mut terminal, &mut app, &mut events)?;
    Ok(())
}

/// The session's theme: colourless when the client asked for it, else the dark theme at the
/// colour depth its `COLORTERM` (if sent) or `TERM` advertises.
fn theme_for(session: &SessionTerminal) -> Theme {
    if session.no_color {
        return Theme::new(ThemeName::NoColor, ColorDepth::Indexed256);
    }
    let depth = match session.colorterm.as_deref() {
        Some(value) => ColorDepth::from_colorterm(Some(value)),
        None if session.term.contains("direct") || session.term.contains("truecolor") => {
            ColorDepth::TrueColor
        }
        None => ColorDepth::Indexed256,
    };
    Theme::new(ThemeName::Dark, depth)
}

/// The browser's view of a session's events.
struct SessionEvents(Receiver<SessionEvent>);

impl EventSource for SessionEvents {
    fn next_event(&mut self) -> Option<Event> {
        loop {
            match self.0.recv().ok()? {
                SessionEvent::Input(input) => {
                    if let Some(event) = from_crossterm(input) {
                        return Some(event);
                    }
                }
                SessionEvent::Resize(width, height) => return Some(Event::Resize(width, height)),
                SessionEvent::Terminate => return Some(Event::Terminate),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use std::sync::mpsc::sync_channel;

    #[test]
    fn session_events_become_browser_events_and_pastes_are_skipped() {
        let (tx, rx) = sync_channel(8);
        let key = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        tx.send(SessionEvent::Input(crossterm::event::Event::Paste(
            "x".into(),
        )))
        .unwrap();
        tx.send(SessionEvent::Input(crossterm::event::Event::Key(key)))
            .unwrap();
        tx.send(SessionEvent::Resize(90, 30)).unwrap();
        tx.send(SessionEvent::Terminate).unwrap();
        drop(tx);
        let mut events = SessionEvents(rx);
        assert_eq!(events.next_event(), Some(Event::Key(key)));
        assert_eq!(events.next_event(), Some(Event::Resize(90, 30)));
        assert_eq!(events.next_event(), Some(Event::Terminate));
        assert_eq!(events.next_event(), None, "a closed session ends the loop");
    }
}
