//! The local terminal session with a responsive start: the terminal is set up first, the files
//! are read and analysed on a worker thread, and the gauge shows until the browser can open.

use super::config;
use super::keymap::Keymap;
use super::loading::{Loading, Outcome, run_loading, spawn_worker};
use super::theme::{ColorDepth, Theme, ThemeName};
use super::{spawn_signal_watcher, spawn_terminal_reader, terminal};
use crate::analysis;
use crate::corpus::Corpus;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::sync::mpsc::channel;

/// Runs `load` and the analysis in the background while the local terminal shows progress, then
/// the browser. Load warnings come back in the outcome, to be printed after the terminal is
/// restored (printing them now would scribble over the screen).
pub fn run_local_loading<F>(load: F, no_color: bool) -> anyhow::Result<Outcome>
where
    F: FnOnce() -> Corpus + Send + 'static,
{
    let work = spawn_worker(load, analysis::Options::default());
    let (theme, keymap) = look(no_color);
    let guard = terminal::enter()?;
    let backend = CrosstermBackend::new(terminal::SyncWriter::new(std::io::stdout()));
    let mut term = Terminal::new(backend)?;
    let size = term.size()?;
    let (tx, mut rx) = channel();
    spawn_terminal_reader(tx.clone());
    spawn_signal_watcher(tx)?;
    let state = Loading::new(theme, keymap, size.width, size.height);
    let outcome = run_loading(&mut term, state, &mut rx, &work);
    drop(guard);
    Ok(outcome?)
}

/// The theme and keys of a local session: the config file's, NO_COLOR winning.
pub(crate) fn look(no_color: bool) -> (Theme, Keymap) {
    let config = config::load(config::default_path()).unwrap_or_else(|e| {
        eprintln!("crosscheck: ignoring the config file: {e}");
        config::Config::default()
    });
    let name = if no_color {
        ThemeName::NoColor
    } else {
        config.theme.unwrap_or(ThemeName::Dark)
    };
    if name == ThemeName::NoColor {
        // crossterm's own NO_COLOR support writes an empty SGR for colours, which resets bold
        // and underline too; the NO_COLOR theme uses no colours, so let crossterm emit them.
        crossterm::style::force_color_output(true);
    }
    let depth = ColorDepth::from_colorterm(std::env::var("COLORTERM").ok().as_deref());
    (Theme::new(name, depth), config.keymap)
}
