//! Input events, independent of where they come from (a local terminal, an SSH channel, a test).
//!
//! The run loop takes any [`EventSource`], so one process can drive several apps at once, each
//! fed by its own connection, and tests can replay a fixed list of events.

use crossterm::event::{KeyEvent, MouseEvent};
use std::collections::VecDeque;
use std::sync::mpsc::Receiver;

/// Something the app reacts to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Key(KeyEvent),
    Mouse(MouseEvent),
    /// The screen is now `width` × `height` cells.
    Resize(u16, u16),
    /// The session must end (SIGTERM, SIGHUP, a closed connection).
    Terminate,
}

/// A blocking source of events; `None` means the source is closed and the app should stop.
pub trait EventSource {
    fn next_event(&mut self) -> Option<Event>;
}

/// Events pushed by other threads (terminal reader, signal handler, network channel).
impl EventSource for Receiver<Event> {
    fn next_event(&mut self) -> Option<Event> {
        self.recv().ok()
    }
}

/// A scripted sequence, for tests and screenshots.
impl EventSource for VecDeque<Event> {
    fn next_event(&mut self) -> Option<Event> {
        self.pop_front()
    }
}

/// Translates a crossterm event into ours; `None` for events the app ignores (key releases,
/// focus changes, pastes).
pub fn from_crossterm(event: crossterm::event::Event) -> Option<Event> {
    use crossterm::event::{Event as Ct, KeyEventKind};
    match event {
        Ct::Key(k) if k.kind != KeyEventKind::Release => Some(Event::Key(k)),
        Ct::Mouse(m) => Some(Event::Mouse(m)),
        Ct::Resize(w, h) => Some(Event::Resize(w, h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEventKind, KeyEventState, KeyModifiers};

    #[test]
    fn key_releases_are_ignored_and_presses_kept() {
        let mut k = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        assert!(from_crossterm(crossterm::event::Event::Key(k)).is_some());
        k.kind = KeyEventKind::Release;
        k.state = KeyEventState::NONE;
        assert!(from_crossterm(crossterm::event::Event::Key(k)).is_none());
    }

    #[test]
    fn a_scripted_source_yields_its_events_then_closes() {
        let mut q: VecDeque<Event> = [Event::Resize(80, 24)].into_iter().collect();
        assert_eq!(q.next_event(), Some(Event::Resize(80, 24)));
        assert_eq!(q.next_event(), None);
    }
}
