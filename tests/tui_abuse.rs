//! The browser under abuse: thousands of random keys, clicks and resizes (down to 1×1 and zero
//! height) on a test backend, pasted bursts, very long filters, and a panic inside the UI loop
//! that must leave the terminal restored.

#[path = "support/hostile.rs"]
mod hostile;

use crosscheck::analysis::{Analysis, Options, analyze};
use crosscheck::corpus::load::{LoadOptions, load_paths};
use crosscheck::tui::action::Action;
use crosscheck::tui::app::App;
use crosscheck::tui::event::{Event, EventSource};
use crosscheck::tui::input::action_for;
use crosscheck::tui::update::update;
use crosscheck::tui::{fixture, run, terminal, test_app, view};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use hostile::Rng;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::{Arc, Mutex};

const KEYS: &[KeyCode] = &[
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Backspace,
    KeyCode::Delete,
    KeyCode::F(1),
];

const CHARS: &str = "jkhlgGnNpPdDaAsSrRxXwWeEcC123456789?/ \t[]{}<>.,;:'\"é漢\u{301}\u{200b}";

/// A random event: mostly keys (any printable key of the default map, with random
/// modifiers), some mouse clicks and wheel turns, some resizes to tiny and odd sizes.
fn random_event(rng: &mut Rng) -> Event {
    match rng.below(20) {
        0 => Event::Resize(random_size(rng), random_size(rng)),
        1 | 2 => {
            let kind = match rng.below(3) {
                0 => MouseEventKind::Down(MouseButton::Left),
                1 => MouseEventKind::ScrollDown,
                _ => MouseEventKind::ScrollUp,
            };
            Event::Mouse(MouseEvent {
                kind,
                column: rng.below(300) as u16,
                row: rng.below(100) as u16,
                modifiers: KeyModifiers::NONE,
            })
        }
        3..=7 => Event::Key(KeyEvent::new(
            KEYS[rng.below(KEYS.len())],
            random_modifiers(rng),
        )),
        _ => {
            let chars: Vec<char> = CHARS.chars().collect();
            let c = chars[rng.below(chars.len())];
            Event::Key(KeyEvent::new(KeyCode::Char(c), random_modifiers(rng)))
        }
    }
}

fn random_modifiers(rng: &mut Rng) -> KeyModifiers {
    match rng.below(10) {
        0 => KeyModifiers::CONTROL,
        1 => KeyModifiers::SHIFT,
        2 => KeyModifiers::ALT,
        _ => KeyModifiers::NONE,
    }
}

/// Sizes biased towards the edges: 0, 1, tiny, ordinary and very wide.
fn random_size(rng: &mut Rng) -> u16 {
    match rng.below(6) {
        0 => 0,
        1 => 1,
        2 => 2 + rng.below(10) as u16,
        3 => 300 + rng.below(200) as u16,
        _ => 20 + rng.below(150) as u16,
    }
}

/// Panics with the step number unless the app's indices all point at real things.
fn assert_consistent(app: &App, step: usize) {
    let n = app.analysis.corpus.articles.len();
    let list = &app.articles;
    assert!(app.diff.lhs < n.max(1), "step {step}: lhs {}", app.diff.lhs);
    assert!(app.diff.rhs < n.max(1), "step {step}: rhs {}", app.diff.rhs);
    assert!(
        list.filter.visible.iter().all(|&i| i < n),
        "step {step}: a filtered item is not an article"
    );
    assert!(
        list.filter.visible.is_empty() || list.cursor.selected < list.filter.visible.len(),
        "step {step}: cursor {} past {} visible articles",
        list.cursor.selected,
        list.filter.visible.len()
    );
    if let Some(t) = &app.diff.target {
        assert!(t.article < n, "step {step}: target article {}", t.article);
    }
}

/// Feeds `event` through the keymap and `update` as the run loop does, but keeps going when
/// the app is asked to quit; then draws.
fn step(app: &mut App, term: &mut Terminal<TestBackend>, event: &Event) {
    if let Event::Resize(w, h) = event {
        term.backend_mut().resize(*w, *h);
    }
    let mut next = action_for(app, event);
    while let Some(action) = next {
        if action == Action::Quit {
            break;
        }
        next = update(app, action);
    }
    term.draw(|f| view::render(app, f))
        .unwrap_or_else(|e| panic!("draw failed: {e}"));
}

/// Runs `steps` random events on a fresh app over `analysis`.
fn abuse(analysis: Analysis, seed: u64, steps: usize) {
    let mut app = test_app(analysis, 100, 30);
    let mut term =
        Terminal::new(TestBackend::new(100, 30)).unwrap_or_else(|e| panic!("backend: {e}"));
    let mut rng = Rng::new(seed);
    for i in 0..steps {
        let event = random_event(&mut rng);
        step(&mut app, &mut term, &event);
        assert_consistent(&app, i);
    }
}

fn hostile_analysis(names: &[&str]) -> Analysis {
    let h = hostile::hostile_folder();
    let paths: Vec<_> = names.iter().map(|n| h.join(n)).collect();
    analyze(
        load_paths(&paths, &LoadOptions::default()),
        &Options::default(),
    )
}

#[test]
fn thousands_of_random_keys_and_resizes_never_panic_on_the_fixture_story() {
    for seed in 1..=3 {
        abuse(fixture::analysis(), seed, 1_500);
    }
}

#[test]
fn random_abuse_of_a_single_article_never_panics() {
    abuse(hostile_analysis(&["zero-width-and-bidi.txt"]), 11, 1_500);
}

#[test]
fn random_abuse_of_hostile_articles_never_panics() {
    let analysis = hostile_analysis(&[
        "control-title.json",
        "cyrillic-names.txt",
        "combining-diacritics.txt",
        "twice-first.txt",
        "twice-second.txt",
        "unclosed-quote.txt",
    ]);
    abuse(analysis, 29, 2_000);
}

#[test]
fn the_smallest_screens_draw_without_panicking() {
    let mut app = test_app(fixture::analysis(), 100, 30);
    let mut term =
        Terminal::new(TestBackend::new(100, 30)).unwrap_or_else(|e| panic!("backend: {e}"));
    for (w, h) in [(1, 1), (0, 0), (80, 0), (0, 24), (1, 200), (500, 1), (2, 2)] {
        step(&mut app, &mut term, &Event::Resize(w, h));
        assert_eq!((app.ui.width, app.ui.height), (w, h));
        for c in ['j', '\t', 'k', '?', '?', 'G'] {
            let key = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            step(&mut app, &mut term, &key);
        }
        assert_consistent(&app, 0);
    }
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

#[test]
fn a_pasted_burst_into_the_filter_is_taken_as_text_and_backs_out() {
    let mut app = test_app(fixture::analysis(), 120, 40);
    let mut term =
        Terminal::new(TestBackend::new(120, 40)).unwrap_or_else(|e| panic!("backend: {e}"));
    step(&mut app, &mut term, &key('/'));
    assert!(app.articles.filter.editing, "'/' starts the filter");
    let burst = "mill fire Riverton\tq é漢\u{301}\u{200b}\u{202e}".repeat(200);
    for c in burst.chars() {
        let mut next = action_for(&app, &key(c));
        while let Some(a) = next {
            next = update(&mut app, a);
        }
    }
    assert!(!app.ui.quit, "a q inside pasted text does not quit");
    assert_eq!(
        app.articles.filter.query.chars().count(),
        burst.chars().count()
    );
    term.draw(|f| view::render(&app, f))
        .unwrap_or_else(|e| panic!("draw failed: {e}"));
    assert_consistent(&app, 0);
    for _ in 0..burst.chars().count() + 5 {
        step(
            &mut app,
            &mut term,
            &Event::Key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)),
        );
    }
    assert!(app.articles.filter.query.is_empty());
    assert_eq!(
        app.articles.filter.visible.len(),
        app.analysis.corpus.articles.len()
    );
}

#[test]
fn a_very_long_filter_accepted_then_browsed_stays_consistent() {
    let mut app = test_app(fixture::analysis(), 80, 24);
    let mut term =
        Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("backend: {e}"));
    step(&mut app, &mut term, &key('/'));
    for _ in 0..20_000 {
        update(&mut app, Action::FilterChar('m'));
    }
    update(&mut app, Action::FilterAccept);
    assert!(app.articles.filter.visible.is_empty());
    for c in ['j', 'k', 'G', 'g', '\t', 'j'] {
        step(&mut app, &mut term, &key(c));
        assert_consistent(&app, 0);
    }
}

/// An event source that gives a few keys, then panics: a bug inside the loop.
struct PanickingSource {
    left: usize,
}

impl EventSource for PanickingSource {
    fn next_event(&mut self) -> Option<Event> {
        if self.left == 0 {
            panic!("a bug inside the UI loop");
        }
        self.left -= 1;
        Some(key('j'))
    }
}

#[test]
fn a_panic_inside_the_ui_loop_restores_the_terminal_first() {
    let written: Arc<Mutex<Vec<u8>>> = Arc::default();
    let sink = Arc::clone(&written);
    terminal::install_panic_hook(move || {
        let mut out = sink.lock().unwrap_or_else(|e| e.into_inner());
        let _ = terminal::restore_to(&mut *out);
    });
    let result = std::panic::catch_unwind(|| {
        let mut app = test_app(fixture::analysis(), 80, 24);
        let mut term =
            Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("backend: {e}"));
        let _ = run::run(&mut term, &mut app, &mut PanickingSource { left: 3 });
    });
    let _ = std::panic::take_hook();
    assert!(result.is_err(), "the loop panicked");
    let out = written.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let out = String::from_utf8_lossy(&out);
    assert!(
        out.contains("\x1b[?1049l"),
        "alternate screen left: {out:?}"
    );
    assert!(out.contains("\x1b[?25h"), "cursor shown again: {out:?}");
    assert!(
        out.contains("\x1b[?1000l"),
        "mouse capture released: {out:?}"
    );
}
