//! Snapshots of the three overview pictures (similarity matrix, coverage grid, timeline) at
//! 80×24 and 160×48, in colour and under NO_COLOR, on the made-up fixture story plus one late
//! reprint; and cell-style checks that the matrix's shading follows the similarity order.

use crosscheck::analysis::Analysis;
use crosscheck::analysis::segment::segment;
use crosscheck::analysis::similarity::similarity;
use crosscheck::corpus::Article;
use crosscheck::tui::action::{Action, Picture, PictureAction};
use crosscheck::tui::app::App;
use crosscheck::tui::fixture;
use crosscheck::tui::keymap::Keymap;
use crosscheck::tui::theme::{ColorDepth, Theme, ThemeName};
use crosscheck::tui::update::update;
use crosscheck::tui::view::{self, matrix, pictures};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use std::sync::Arc;

/// A reprint of the fixture's first report, dated months later: the timeline must flag it.
const REPRINT: &str = "Archive: the mill fire\n\nA fire destroyed the old mill on Friday (Mar 1), and 40 firefighters fought the blaze for six hours.\n\nEarlier this week the council met again.\n";

fn story() -> Analysis {
    let mut a = fixture::analysis();
    let article = Article {
        id: "reprint".into(),
        path: "story/reprint.txt".into(),
        outlet: Some("Upland Digest".into()),
        date: Some("2024-07-18".into()),
        text: REPRINT.into(),
        text_is_file: true,
        ..Article::default()
    };
    a.docs.push(segment(&article.text, &article.body_spans()));
    a.shared.push(0.0);
    a.corpus.articles.push(article);
    a
}

fn app(no_color: bool, width: u16, height: u16) -> App {
    let name = if no_color {
        ThemeName::NoColor
    } else {
        ThemeName::Dark
    };
    let theme = Theme::new(name, ColorDepth::Indexed256);
    App::new(Arc::new(story()), theme, Keymap::default(), width, height)
}

fn open(app: &mut App, which: Picture) {
    update(app, Action::Picture(PictureAction::Toggle(which)));
}

fn draw(app: &App) -> Buffer {
    let mut term = Terminal::new(TestBackend::new(app.ui.width, app.ui.height)).unwrap();
    term.draw(|f| view::render(app, f)).unwrap();
    term.backend().buffer().clone()
}

/// The screen as text, one line per row.
fn text(buffer: &Buffer) -> String {
    let w = buffer.area.width as usize;
    buffer
        .content
        .chunks(w)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn snapshot(which: Picture, name: &str) {
    for (w, h) in [(80, 24), (160, 48)] {
        for no_color in [false, true] {
            let mut a = app(no_color, w, h);
            open(&mut a, which);
            let buffer = draw(&a);
            let theme = if no_color { "nocolor" } else { "colour" };
            let id = format!("{name}_{w}x{h}_{theme}");
            insta::assert_snapshot!(id.clone(), text(&buffer));
            if !no_color {
                insta::assert_debug_snapshot!(format!("{id}_styles"), buffer);
            }
        }
    }
}

#[test]
fn the_similarity_matrix_looks_the_same_as_last_time() {
    snapshot(Picture::Matrix, "matrix");
}

#[test]
fn the_coverage_grid_looks_the_same_as_last_time() {
    snapshot(Picture::Coverage, "coverage");
}

#[test]
fn the_timeline_looks_the_same_as_last_time() {
    snapshot(Picture::Timeline, "timeline");
}

/// (share, glyph, foreground) of every off-diagonal matrix cell on screen.
fn matrix_cells(no_color: bool) -> Vec<(f32, String, Color)> {
    let mut a = app(no_color, 80, 24);
    open(&mut a, Picture::Matrix);
    let buffer = draw(&a);
    let m = similarity(&a.analysis.corpus, &a.analysis.overlaps);
    let label = pictures::label_width(&a.ui) as u16;
    let mut out = Vec::new();
    for (r, &x) in m.order.iter().enumerate() {
        for (c, &y) in m.order.iter().enumerate() {
            if x == y {
                continue;
            }
            let share = m.get(x, y).map_or(0.0, |p| p.share);
            let col = 1 + label + 1 + (c * matrix::CELL) as u16;
            let cell = &buffer[(col, 2 + r as u16)];
            out.push((share, cell.symbol().to_string(), cell.fg));
        }
    }
    out
}

fn density(glyph: &str) -> usize {
    ["·", "░", "▒", "▓", "█"]
        .iter()
        .position(|g| *g == glyph)
        .unwrap_or_else(|| panic!("not a shade: {glyph:?}"))
}

#[test]
fn the_matrix_shading_follows_the_similarity_order_in_colour() {
    let mut cells = matrix_cells(false);
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    let ramp = |c: Color| match c {
        Color::Indexed(i) => i,
        other => panic!("not a ramp colour: {other:?}"),
    };
    for w in cells.windows(2) {
        assert!(density(&w[0].1) <= density(&w[1].1), "{w:?}");
        assert!(ramp(w[0].2) <= ramp(w[1].2), "{w:?}");
    }
    assert!(
        cells.iter().any(|c| c.0 > 0.0) && cells.iter().any(|c| c.0 == 0.0),
        "the story has both sharing and unrelated pairs"
    );
}

#[test]
fn the_matrix_shading_follows_the_similarity_order_without_colour() {
    let mut cells = matrix_cells(true);
    cells.sort_by(|a, b| a.0.total_cmp(&b.0));
    for w in cells.windows(2) {
        assert!(density(&w[0].1) <= density(&w[1].1), "{w:?}");
        assert_eq!(w[1].2, Color::Reset, "no colour under NO_COLOR");
    }
    let unrelated = cells.iter().filter(|c| c.0 == 0.0);
    assert!(unrelated.clone().count() > 0);
    assert!(unrelated.into_iter().all(|c| c.1 == "·"));
}

#[test]
fn enter_on_a_matrix_cell_opens_that_pair_in_the_diff() {
    let mut a = app(false, 100, 30);
    open(&mut a, Picture::Matrix);
    let m = a.pictures.matrix.clone().unwrap();
    let (x, y) = (m.order[0], m.order[1]);
    let mut next = update(&mut a, Action::Confirm);
    while let Some(action) = next {
        next = update(&mut a, action);
    }
    assert_eq!((a.diff.lhs, a.diff.rhs), (x, y));
    assert_eq!(a.overlays.open, None);
}

#[test]
fn enter_on_a_coverage_cell_jumps_to_that_statement() {
    let mut a = app(false, 100, 30);
    open(&mut a, Picture::Coverage);
    let g = a.pictures.grid.clone().unwrap();
    let col = g.rows[0].cells.iter().position(Option::is_some).unwrap();
    for _ in 0..col {
        update(&mut a, Action::Picture(PictureAction::Right));
    }
    let statement = g.rows[0].cells[col].unwrap().statement;
    let mut next = update(&mut a, Action::Confirm);
    while let Some(action) = next {
        next = update(&mut a, action);
    }
    let target = a.diff.target.expect("a statement is marked");
    assert_eq!(target.statement, Some(statement));
    assert_eq!(a.diff.lhs, a.analysis.statements[statement].article);
}

#[test]
fn enter_on_an_absent_coverage_cell_does_nothing() {
    let mut a = app(false, 100, 30);
    open(&mut a, Picture::Coverage);
    let g = a.pictures.grid.clone().unwrap();
    let col = g.rows[0].cells.iter().position(Option::is_none).unwrap();
    for _ in 0..col {
        update(&mut a, Action::Picture(PictureAction::Right));
    }
    assert_eq!(update(&mut a, Action::Confirm), None);
}

#[test]
fn the_timeline_flags_the_late_reprint_only() {
    let mut a = app(true, 160, 48);
    open(&mut a, Picture::Timeline);
    let tl = a.pictures.timeline.clone().unwrap();
    let flagged: Vec<usize> = tl
        .articles
        .iter()
        .filter(|r| r.flag.is_some())
        .map(|r| r.article)
        .collect();
    assert_eq!(flagged, vec![4]);
}

#[test]
fn each_picture_has_one_key_listed_in_the_help() {
    let keymap = Keymap::default();
    for name in ["matrix", "coverage", "timeline"] {
        let key = keymap.key_for(name);
        assert_eq!(key.chars().count(), 1, "{name}: {key}");
    }
    let help = view::help::lines(&keymap);
    let text = format!("{help:?}");
    assert!(text.contains("similarity matrix"));
    assert!(text.contains("coverage grid"));
    assert!(text.contains("timeline"));
}

#[test]
fn pressing_the_key_again_closes_the_picture() {
    let mut a = app(false, 80, 24);
    open(&mut a, Picture::Timeline);
    assert!(a.overlays.open.is_some());
    open(&mut a, Picture::Timeline);
    assert_eq!(a.overlays.open, None);
}
