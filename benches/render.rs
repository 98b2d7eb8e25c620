//! Rendering and filtering speed of the browser (prints figures; `cargo bench --bench render`).
//!
//! Targets: a full frame of the bundled story at 200×60 in under 2 ms; with a 10,000-article
//! corpus, a keypress in the article filter (update + redraw) answered within 16 ms.

use crosscheck::tui::action::{Action, Pane};
use crosscheck::tui::app::App;
use crosscheck::tui::screenshot::{bundled_analysis, drive, most_quoted_person};
use crosscheck::tui::{fixture, test_app, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::{Duration, Instant};

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    if let Err(never) = terminal.draw(|frame| view::render(app, frame)) {
        match never {}
    }
}

fn terminal(width: u16, height: u16) -> Terminal<TestBackend> {
    match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(never) => match never {},
    }
}

/// Median, mean, 95th percentile and maximum of the samples. The verdict uses the median:
/// on a shared machine the tail measures the other processes more than this code.
fn summary(label: &str, mut samples: Vec<Duration>, budget: Duration) {
    samples.sort();
    let n = samples.len().max(1);
    let mean = samples.iter().sum::<Duration>() / n as u32;
    let at = |q: usize| samples[(n * q / 100).min(n - 1)];
    let (median, p95, max) = (at(50), at(95), samples[n - 1]);
    let verdict = if median <= budget {
        "ok"
    } else {
        "OVER BUDGET"
    };
    println!(
        "{label:<44} median {median:>9.2?}  mean {mean:>9.2?}  p95 {p95:>9.2?}  max {max:>9.2?}  (budget {budget:?}: {verdict})"
    );
}

fn frames(app: &App, width: u16, height: u16, n: usize) -> Vec<Duration> {
    let mut t = terminal(width, height);
    draw(&mut t, app);
    (0..n)
        .map(|_| {
            let start = Instant::now();
            draw(&mut t, app);
            start.elapsed()
        })
        .collect()
}

fn bench_frames() {
    let analysis = bundled_analysis();
    let actor = most_quoted_person(&analysis);
    let mut app = test_app(analysis, 200, 60);
    summary(
        "bundled story, full frame 200x60",
        frames(&app, 200, 60, 300),
        Duration::from_millis(2),
    );
    if let Some(a) = actor {
        drive(&mut app, &[Action::SelectActor(Some(a)), Action::Back]);
        summary(
            "bundled story, actor lit, 200x60",
            frames(&app, 200, 60, 300),
            Duration::from_millis(2),
        );
        drive(&mut app, &[Action::ToggleActorView]);
        summary(
            "bundled story, actor view, 200x60",
            frames(&app, 200, 60, 300),
            Duration::from_millis(2),
        );
    }
    let mut scroll = Vec::new();
    let mut t = terminal(200, 60);
    drive(&mut app, &[Action::Back, Action::Focus(Pane::Diff)]);
    for _ in 0..200 {
        let start = Instant::now();
        drive(&mut app, &[Action::Down]);
        draw(&mut t, &app);
        scroll.push(start.elapsed());
    }
    summary(
        "bundled story, scroll one line + frame",
        scroll,
        Duration::from_millis(2),
    );
}

fn bench_filter() {
    let start = Instant::now();
    let mut app = test_app(fixture::synthetic(10_000), 200, 60);
    println!("10,000 articles: app ready in {:.2?}", start.elapsed());
    let mut t = terminal(200, 60);
    draw(&mut t, &app);
    drive(
        &mut app,
        &[Action::Focus(Pane::Articles), Action::StartFilter],
    );
    let mut samples = Vec::new();
    let typed = "hill 123";
    for c in typed.chars() {
        let start = Instant::now();
        drive(&mut app, &[Action::FilterChar(c)]);
        draw(&mut t, &app);
        samples.push(start.elapsed());
    }
    println!(
        "  '{typed}' leaves {} of 10,000 articles",
        app.articles.filter.visible.len()
    );
    for _ in 0..typed.len() {
        let start = Instant::now();
        drive(&mut app, &[Action::FilterBackspace]);
        draw(&mut t, &app);
        samples.push(start.elapsed());
    }
    summary(
        "10,000 articles, filter keypress + frame",
        samples,
        Duration::from_millis(16),
    );
}

fn main() {
    bench_frames();
    bench_filter();
}
