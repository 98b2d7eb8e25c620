//! The terminal browser: three panes (articles, side-by-side diff, actors), an actor view, a
//! discrepancy list and a help overlay, in the Elm style: events → [`action::Action`] →
//! [`update::update`] → pure [`view`]s. Nothing here is process-wide, so several sessions can
//! run at once on one shared `Arc<Analysis>`, each with its own backend and event source.

pub mod action;
pub mod app;
pub mod config;
pub mod event;
pub mod fixture;
pub mod input;
pub mod keymap;
pub mod loading;
pub mod run;
pub mod screenshot;
pub mod start;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;

use crate::analysis::Analysis;
use app::App;
use event::{Event, from_crossterm};
use keymap::Keymap;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};
use theme::{ColorDepth, Theme, ThemeName};

/// Runs the browser in the local terminal until the user quits (or SIGTERM/SIGHUP arrives).
pub fn run_local(analysis: Arc<Analysis>, no_color: bool) -> anyhow::Result<()> {
    let (theme, keymap) = start::look(no_color);
    let guard = terminal::enter()?;
    let backend = CrosstermBackend::new(terminal::SyncWriter::new(std::io::stdout()));
    let mut term = Terminal::new(backend)?;
    let size = term.size()?;
    let mut app = App::new(analysis, theme, keymap, size.width, size.height);
    let (tx, mut rx) = channel();
    spawn_terminal_reader(tx.clone());
    spawn_signal_watcher(tx)?;
    let result = run::run(&mut term, &mut app, &mut rx);
    drop(guard);
    Ok(result?)
}

/// Reads terminal input on its own thread so the loop can block on one channel.
pub(crate) fn spawn_terminal_reader(tx: Sender<Event>) {
    std::thread::spawn(move || {
        loop {
            let event = match crossterm::event::read() {
                Ok(e) => from_crossterm(e),
                Err(_) => Some(Event::Terminate),
            };
            if let Some(e) = event
                && tx.send(e).is_err()
            {
                break;
            }
        }
    });
}

/// Turns SIGTERM and SIGHUP into a `Terminate` event, so the terminal is restored on the way out.
pub(crate) fn spawn_signal_watcher(tx: Sender<Event>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = tx.send(Event::Terminate);
        }
    });
    Ok(())
}

/// An app with the default dark theme (256 colours) and keys, for tests and examples.
pub fn test_app(analysis: Analysis, width: u16, height: u16) -> App {
    let theme = Theme::new(ThemeName::Dark, ColorDepth::Indexed256);
    App::new(Arc::new(analysis), theme, Keymap::default(), width, height)
}
