//! A responsive start: loading and analysis run on a background thread while the screen shows a
//! progress gauge at once; the browser becomes interactive when the analysis arrives, and `q`
//! quits at any moment.
//!
//! The loop waits on input with a short timeout and drains the worker's messages in between, so
//! a keypress is answered as soon as it arrives and the gauge follows the work within a tick.

use super::app::App;
use super::event::Event;
use super::keymap::{Keymap, Scope};
use super::theme::Theme;
use super::{action::Action, run, view};
use crate::analysis::progress::{Progress, Stage};
use crate::analysis::{self, Analysis};
use crate::corpus::{Corpus, LoadWarning};
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError, channel};
use std::time::Duration;

/// How often the gauge is refreshed while nothing is typed.
const TICK: Duration = Duration::from_millis(40);

/// What the worker thread sends.
#[derive(Debug)]
pub enum Msg {
    Progress(Progress),
    /// The files are read: their warnings, and whether any article was found.
    Loaded {
        warnings: Vec<LoadWarning>,
        articles: usize,
    },
    Done(Box<Analysis>),
}

/// The loading screen's state.
#[derive(Clone, Debug)]
pub struct Loading {
    pub progress: Progress,
    pub show_keys: bool,
    pub width: u16,
    pub height: u16,
    pub theme: Theme,
    pub keymap: Keymap,
}

/// How a session with a loading phase ended.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Load warnings, for the caller to print once the terminal is restored.
    pub warnings: Vec<LoadWarning>,
    /// True when no article could be loaded.
    pub empty: bool,
}

/// Starts `load` and the analysis on a new thread; the returned channel carries its progress.
pub fn spawn_worker<F>(load: F, options: analysis::Options) -> Receiver<Msg>
where
    F: FnOnce() -> Corpus + Send + 'static,
{
    let (tx, rx) = channel();
    std::thread::spawn(move || work(load, &options, &tx));
    rx
}

fn work<F: FnOnce() -> Corpus>(load: F, options: &analysis::Options, tx: &Sender<Msg>) {
    let _ = tx.send(Msg::Progress(Progress::default()));
    let mut corpus = load();
    let warnings = std::mem::take(&mut corpus.warnings);
    let articles = corpus.articles.len();
    if tx.send(Msg::Loaded { warnings, articles }).is_err() || articles == 0 {
        return;
    }
    let report = |p: &Progress| {
        let _ = tx.send(Msg::Progress(*p));
    };
    let analysis = analysis::analyze_with_progress(corpus, options, &report);
    let _ = tx.send(Msg::Done(Box::new(analysis)));
}

/// Shows the gauge until the analysis arrives, then runs the browser on it. Returns when the
/// user quits, the input closes, or nothing could be loaded.
pub fn run_loading<B: Backend>(
    terminal: &mut Terminal<B>,
    mut state: Loading,
    events: &mut Receiver<Event>,
    work: &Receiver<Msg>,
) -> Result<Outcome, B::Error> {
    let mut outcome = Outcome::default();
    terminal.draw(|f| view::progress::render(&state, f))?;
    loop {
        let mut dirty = false;
        loop {
            match work.try_recv() {
                Ok(Msg::Progress(p)) => {
                    dirty |= p != state.progress;
                    state.progress = p;
                }
                Ok(Msg::Loaded { warnings, articles }) => {
                    outcome.warnings = warnings;
                    outcome.empty = articles == 0;
                    state.progress.files_read = articles;
                    if outcome.empty {
                        return Ok(outcome);
                    }
                }
                Ok(Msg::Done(analysis)) => {
                    let mut app = App::new(
                        Arc::new(*analysis),
                        state.theme,
                        state.keymap,
                        state.width,
                        state.height,
                    );
                    run::run(terminal, &mut app, events)?;
                    return Ok(outcome);
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => return Ok(outcome),
            }
        }
        match events.recv_timeout(TICK) {
            Ok(event) => match key_action(&state, &event) {
                Some(Action::Quit) => return Ok(outcome),
                Some(Action::ToggleHelp) => {
                    state.show_keys = !state.show_keys;
                    dirty = true;
                }
                Some(Action::Resize(w, h)) => {
                    (state.width, state.height) = (w, h);
                    dirty = true;
                }
                _ => {}
            },
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Ok(outcome),
        }
        if dirty {
            terminal.draw(|f| view::progress::render(&state, f))?;
        }
    }
}

/// What an event means while loading: quitting, the key list, a resize; nothing else yet.
fn key_action(state: &Loading, event: &Event) -> Option<Action> {
    match event {
        Event::Terminate => Some(Action::Quit),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Key(k) => state.keymap.lookup(&[Scope::Global], k),
        Event::Mouse(_) => None,
    }
}

impl Loading {
    pub fn new(theme: Theme, keymap: Keymap, width: u16, height: u16) -> Loading {
        Loading {
            progress: Progress::default(),
            show_keys: false,
            width,
            height,
            theme,
            keymap,
        }
    }

    /// True once the analysis has started (the files are read).
    pub fn analysing(&self) -> bool {
        self.progress.stage > Stage::Loading
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::{ColorDepth, ThemeName};
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::backend::TestBackend;

    fn state() -> Loading {
        let theme = Theme::new(ThemeName::NoColor, ColorDepth::Indexed256);
        Loading::new(theme, Keymap::default(), 60, 12)
    }

    fn key(c: char) -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    #[test]
    fn q_quits_while_the_analysis_is_still_running() {
        let (etx, mut erx) = channel();
        let (_wtx, wrx) = channel::<Msg>();
        etx.send(key('q')).unwrap();
        let mut term = Terminal::new(TestBackend::new(60, 12)).unwrap();
        let out = run_loading(&mut term, state(), &mut erx, &wrx).unwrap();
        assert!(!out.empty);
    }

    #[test]
    fn an_empty_corpus_ends_the_session_and_says_so() {
        let (_etx, mut erx) = channel::<Event>();
        let work = spawn_worker(Corpus::default, analysis::Options::default());
        let mut term = Terminal::new(TestBackend::new(60, 12)).unwrap();
        let out = run_loading(&mut term, state(), &mut erx, &work).unwrap();
        assert!(out.empty);
    }

    #[test]
    fn the_browser_opens_when_the_analysis_arrives() {
        let (etx, mut erx) = channel();
        let (wtx, wrx) = channel();
        wtx.send(Msg::Done(Box::new(crate::tui::fixture::analysis())))
            .unwrap();
        etx.send(key('q')).unwrap();
        let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
        run_loading(&mut term, state(), &mut erx, &wrx).unwrap();
        let screen = format!("{:?}", term.backend().buffer());
        assert!(screen.contains("Harbour Post"), "the browser was drawn");
    }
}
