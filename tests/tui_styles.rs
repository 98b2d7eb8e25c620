//! Cell styles where colour carries meaning (snapshots hold only symbols).

use crosscheck::tui::action::{Action, Pane};
use crosscheck::tui::app::App;
use crosscheck::tui::fixture;
use crosscheck::tui::keymap::Keymap;
use crosscheck::tui::screenshot::{drive, render};
use crosscheck::tui::test_app;
use crosscheck::tui::theme::{ColorDepth, Theme, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use std::sync::Arc;

const W: u16 = 160;
const H: u16 = 48;

/// The position of the first occurrence of `word` on screen at or right of column `from`.
fn find(buffer: &Buffer, word: &str, from: u16) -> Option<(u16, u16)> {
    let first = word.chars().next()?.to_string();
    for y in 0..buffer.area.height {
        for x in from..buffer.area.width.saturating_sub(word.len() as u16) {
            if buffer[(x, y)].symbol() != first {
                continue;
            }
            let here: String = (0..word.len() as u16)
                .map(|i| buffer[(x + i, y)].symbol())
                .collect();
            if here == word {
                return Some((x, y));
            }
        }
    }
    None
}

fn screen(app: &App) -> Buffer {
    render(app, W, H)
}

#[test]
fn a_fact_relevant_change_has_the_fact_style_and_plain_wording_does_not() {
    let app = test_app(fixture::analysis(), W, H);
    let b = screen(&app);
    let t = &app.ui.theme;
    let (x, y) = find(&b, "40 firefighters", 0).expect("the number is on screen");
    assert_eq!(b[(x, y)].bg, t.fact.bg.unwrap());
    assert!(b[(x, y)].modifier.contains(Modifier::BOLD));
    let (x, y) = find(&b, "firefighters", x + 3).expect("the unchanged word follows");
    assert_ne!(b[(x, y)].bg, t.fact.bg.unwrap());
    let (x, y) = find(&b, "told reporters", 0).expect("a wording change");
    assert_eq!(b[(x, y)].fg, t.changed.fg.unwrap());
}

#[test]
fn an_unaligned_passage_is_dimmed_in_place() {
    let app = test_app(fixture::analysis(), W, H);
    let b = screen(&app);
    let (x, y) = find(&b, "Residents gathered", 0).expect("gap text is shown");
    assert_eq!(b[(x, y)].fg, app.ui.theme.unaligned.fg.unwrap());
}

#[test]
fn the_chosen_actor_lights_quote_and_cue_differently_in_both_columns() {
    let mut app = test_app(fixture::analysis(), W, H);
    drive(&mut app, &[Action::SelectActor(Some(1)), Action::Back]);
    let b = screen(&app);
    let t = &app.ui.theme;
    let (x, y) = find(&b, "cause was", 0).expect("left quote");
    assert_eq!(
        b[(x, y)].fg,
        t.quote.fg.unwrap(),
        "content of the statement"
    );
    let (x, y) = find(&b, "cause was", W / 2).expect("right quote");
    assert_eq!(b[(x, y)].fg, t.quote.fg.unwrap(), "content on the right");
    let (x, y) = find(&b, "Chief Tomas", 0).expect("left cue");
    assert_eq!(b[(x, y)].fg, t.cue.fg.unwrap());
    let mid = W / 2;
    let (x, y) = find(&b, "Chief Tomas", x + 20)
        .filter(|p| p.0 > mid)
        .expect("right cue");
    assert_eq!(b[(x, y)].fg, t.cue.fg.unwrap());
}

#[test]
fn the_focused_pane_has_a_highlighted_border() {
    let mut app = test_app(fixture::analysis(), W, H);
    drive(&mut app, &[Action::Focus(Pane::Entities)]);
    let b = screen(&app);
    let t = &app.ui.theme;
    let (x, y) = find(&b, "3 Actors", 0).unwrap();
    assert_eq!(b[(x - 2, y)].fg, t.border_focused.fg.unwrap());
    let (x, y) = find(&b, "1 Articles", 0).unwrap();
    assert_eq!(b[(x - 2, y)].fg, t.border.fg.unwrap());
}

#[test]
fn no_color_cells_carry_no_colour_but_keep_their_modifiers() {
    let theme = Theme::new(ThemeName::NoColor, ColorDepth::TrueColor);
    let mut app = App::new(
        Arc::new(fixture::analysis()),
        theme,
        Keymap::default(),
        80,
        24,
    );
    drive(
        &mut app,
        &[
            Action::SelectActor(Some(0)),
            Action::Back,
            Action::Focus(Pane::Diff),
            Action::NextMatch,
        ],
    );
    let b = render(&app, 80, 24);
    let mut modifiers = Modifier::empty();
    for cell in b.content() {
        assert!(
            cell.fg == Color::Reset && cell.bg == Color::Reset,
            "{cell:?}"
        );
        modifiers |= cell.modifier;
    }
    for m in [Modifier::BOLD, Modifier::UNDERLINED, Modifier::REVERSED] {
        assert!(modifiers.contains(m), "{m:?} is used");
    }
    let (x, y) = find(&b, "40", 0).expect("the number is on screen");
    assert!(
        b[(x, y)]
            .modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED)
    );
}
