//! Responsiveness benchmark: with a generated corpus of 10,000 articles being built and analysed
//! on the worker thread, how soon the first frame appears, and how soon a keypress is answered
//! while the analysis runs.
//!
//! `cargo bench --bench startup` prints the figures; pass a size to use another corpus
//! (`cargo bench --bench startup -- 2000`). The screen is a `TestBackend` wrapped to note the
//! time of every flush, so the figures include drawing but not a real terminal's latency.

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use crosscheck::analysis::Options;
use crosscheck::tui::event::Event;
use crosscheck::tui::keymap::Keymap;
use crosscheck::tui::loading::{Loading, run_loading, spawn_worker};
use crosscheck::tui::theme::{ColorDepth, Theme, ThemeName};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use std::sync::mpsc::channel;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SEED: u64 = 2023;
const FIRST_FRAME_LIMIT: Duration = Duration::from_millis(200);
const KEY_LIMIT: Duration = Duration::from_millis(50);
const KEYPRESSES: usize = 8;

/// A flushed frame: when, whether the key list was on screen, whether still loading.
#[derive(Clone, Copy, Debug)]
struct Frame {
    at: Instant,
    keys_shown: bool,
    loading: bool,
}

/// A `TestBackend` that notes every flush.
struct Timed {
    inner: TestBackend,
    frames: Arc<Mutex<Vec<Frame>>>,
}

impl Backend for Timed {
    type Error = <TestBackend as Backend>::Error;

    fn draw<'a, I: Iterator<Item = (u16, u16, &'a Cell)>>(
        &mut self,
        c: I,
    ) -> Result<(), Self::Error> {
        self.inner.draw(c)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(p)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }
    fn clear_region(&mut self, t: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(t)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()?;
        let screen: String = self
            .inner
            .buffer()
            .content
            .iter()
            .map(|c| c.symbol())
            .collect();
        let frame = Frame {
            at: Instant::now(),
            keys_shown: screen.contains("show or hide this help"),
            loading: screen.contains("Loading:") || screen.contains("Analysing:"),
        };
        if let Ok(mut f) = self.frames.lock() {
            f.push(frame);
        }
        Ok(())
    }
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

/// The first frame after `since` satisfying `ok`, waiting up to `limit`.
fn wait_frame(
    frames: &Mutex<Vec<Frame>>,
    since: Instant,
    limit: Duration,
    ok: impl Fn(&Frame) -> bool,
) -> Option<Frame> {
    let end = Instant::now() + limit;
    while Instant::now() < end {
        if let Some(f) = frames.lock().ok()?.iter().find(|f| f.at >= since && ok(f)) {
            return Some(*f);
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    None
}

fn main() {
    let size: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000);
    let frames = Arc::new(Mutex::new(Vec::new()));
    let backend = Timed {
        inner: TestBackend::new(100, 30),
        frames: frames.clone(),
    };
    let theme = Theme::new(ThemeName::Dark, ColorDepth::Indexed256);
    let state = Loading::new(theme, Keymap::default(), 100, 30);
    let start = Instant::now();
    let work = spawn_worker(move || corpus_gen::generate(size, SEED), Options::default());
    let (etx, mut erx) = channel();
    let ui = std::thread::spawn(move || {
        let mut term = Terminal::new(backend).expect("a test terminal");
        let _ = run_loading(&mut term, state, &mut erx, &work);
    });
    let first = wait_frame(&frames, start, Duration::from_secs(10), |_| true).map(|f| f.at - start);
    println!("startup, {size} generated articles");
    match first {
        Some(d) => println!(
            "  first frame after {:.1} ms (limit {} ms)",
            ms(d),
            FIRST_FRAME_LIMIT.as_millis()
        ),
        None => println!("  no frame within 10 s"),
    }
    let mut latencies = Vec::new();
    let mut shown = false;
    for _ in 0..KEYPRESSES {
        std::thread::sleep(Duration::from_millis(150));
        let sent = Instant::now();
        if etx.send(key('?')).is_err() {
            break;
        }
        shown = !shown;
        let want = shown;
        match wait_frame(&frames, sent, Duration::from_secs(5), |f| {
            f.keys_shown == want
        }) {
            Some(f) if f.loading => latencies.push(f.at - sent),
            Some(_) => {
                println!(
                    "  the analysis finished during the keypress test; later presses not counted"
                );
                break;
            }
            None => println!("  a keypress went unanswered for 5 s"),
        }
    }
    report(&latencies);
    let done = wait_frame(&frames, start, Duration::from_secs(900), |f| !f.loading);
    if let Some(f) = done {
        println!(
            "  browser interactive after {:.2} s",
            (f.at - start).as_secs_f64()
        );
    }
    let _ = etx.send(key('q'));
    let _ = ui.join();
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn report(latencies: &[Duration]) {
    if latencies.is_empty() {
        println!("  no keypress measured while analysing");
        return;
    }
    let mut sorted = latencies.to_vec();
    sorted.sort();
    let median = sorted[sorted.len() / 2];
    let max = sorted[sorted.len() - 1];
    println!(
        "  keypress answered while analysing: median {:.1} ms, max {:.1} ms over {} presses (limit {} ms)",
        ms(median),
        ms(max),
        sorted.len(),
        KEY_LIMIT.as_millis()
    );
}
