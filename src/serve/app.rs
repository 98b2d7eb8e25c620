//! The seam between the SSH server and the program it shows: one app run per session.
//!
//! The server hands each session a [`SessionTerminal`] (a ratatui backend writing to that
//! client, that client's input, size and colour choice) and runs [`SessionApp::run`] on a thread
//! of its own until it returns. Nothing here is shared between sessions except the read-only
//! analysis.

use super::backend::SshBackend;
use crate::analysis::Analysis;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

/// What a session's app receives besides what it draws.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionEvent {
    /// A key, mouse or paste event parsed from the client's bytes.
    Input(crossterm::event::Event),
    /// The client's terminal is now `width` × `height` cells.
    Resize(u16, u16),
    /// The session must end now (idle, lifetime, shutdown, closed channel).
    Terminate,
}

/// One client's terminal, ready for an app.
pub struct SessionTerminal {
    pub analysis: Arc<Analysis>,
    pub backend: SshBackend,
    pub events: Receiver<SessionEvent>,
    /// The size from the PTY request (the backend reports the current one).
    pub width: u16,
    pub height: u16,
    /// The client's `TERM`.
    pub term: String,
    /// The client's `COLORTERM`, when it sent one (`truecolor`, `24bit`).
    pub colorterm: Option<String>,
    /// True when the client asked for no colour (`NO_COLOR`) or its terminal has none.
    pub no_color: bool,
}

/// An app that can be shown over SSH. It returns when the user quits (or on
/// [`SessionEvent::Terminate`], or when the event receiver closes).
pub trait SessionApp: Send + Sync + 'static {
    fn run(&self, terminal: SessionTerminal) -> anyhow::Result<()>;
}

impl<F> SessionApp for F
where
    F: Fn(SessionTerminal) -> anyhow::Result<()> + Send + Sync + 'static,
{
    fn run(&self, terminal: SessionTerminal) -> anyhow::Result<()> {
        self(terminal)
    }
}

/// Whether a client terminal should get colours: not when `NO_COLOR` was sent with a value
/// (see no-color.org), and not on terminals known to have none.
pub fn wants_color(term: &str, no_color_env: Option<&str>) -> bool {
    if no_color_env.is_some_and(|v| !v.is_empty()) {
        return false;
    }
    let term = term.trim();
    !(term.is_empty() || term == "dumb" || term.starts_with("vt100") || term.starts_with("vt220"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_with_a_value_turns_colour_off() {
        assert!(!wants_color("xterm-256color", Some("1")));
        assert!(
            wants_color("xterm-256color", Some("")),
            "an empty NO_COLOR is ignored"
        );
        assert!(wants_color("xterm-256color", None));
    }

    #[test]
    fn monochrome_terminals_get_no_colour() {
        assert!(!wants_color("dumb", None));
        assert!(!wants_color("vt100", None));
        assert!(!wants_color("", None));
        assert!(wants_color("screen-256color", None));
    }
}
