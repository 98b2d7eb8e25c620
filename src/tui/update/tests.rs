use super::*;
use crate::tui::event::Event;
use crate::tui::fixture;
use crate::tui::input::action_for;
use crate::tui::test_app;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn app() -> App {
    test_app(fixture::analysis(), 120, 40)
}

/// Feeds keys through the keymap and update, as the run loop does.
fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            '\t' => KeyCode::Tab,
            c => KeyCode::Char(c),
        };
        apply(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }
}

fn apply(app: &mut App, event: Event) {
    let mut next = action_for(app, &event);
    while let Some(a) = next {
        next = update(app, a);
    }
}

#[test]
fn tab_moves_focus_to_the_next_pane() {
    let mut a = app();
    assert_eq!(a.ui.focus, Pane::Articles);
    press(&mut a, "\t");
    assert_eq!(a.ui.focus, Pane::Diff);
    press(&mut a, "\t\t");
    assert_eq!(a.ui.focus, Pane::Articles);
}

#[test]
fn number_keys_focus_panes_directly() {
    let mut a = app();
    press(&mut a, "3");
    assert_eq!(a.ui.focus, Pane::Entities);
    press(&mut a, "2");
    assert_eq!(a.ui.focus, Pane::Diff);
}

#[test]
fn enter_in_the_article_list_sets_the_left_side() {
    let mut a = app();
    press(&mut a, "jj\n");
    assert_eq!(a.diff.lhs, 2);
    assert_eq!(a.diff.rhs, 1);
}

#[test]
fn r_sets_the_right_side_and_choosing_the_left_article_swaps() {
    let mut a = app();
    press(&mut a, "jjr");
    assert_eq!((a.diff.lhs, a.diff.rhs), (0, 2));
    press(&mut a, "ggr");
    assert_eq!((a.diff.lhs, a.diff.rhs), (2, 0));
}

#[test]
fn s_swaps_the_sides_of_the_diff() {
    let mut a = app();
    press(&mut a, "s");
    assert_eq!((a.diff.lhs, a.diff.rhs), (1, 0));
}

#[test]
fn typing_a_filter_narrows_the_article_list_and_esc_clears_it() {
    let mut a = app();
    press(&mut a, "/Valley");
    assert!(a.articles.filter.editing);
    assert_eq!(a.articles.filter.visible, vec![1]);
    assert_eq!(
        a.ui.focus,
        Pane::Articles,
        "typed letters do not trigger bindings"
    );
    press(&mut a, "\n");
    assert!(!a.articles.filter.editing);
    assert_eq!(a.articles.selected(), Some(1));
    press(&mut a, "\x1b");
    assert_eq!(a.articles.filter.visible.len(), 4);
}

#[test]
fn selecting_an_actor_opens_the_actor_view_and_counts_statements_per_article() {
    let mut a = app();
    press(&mut a, "3\n");
    assert_eq!(a.entities.chosen, Some(0));
    assert_eq!(a.ui.center, Center::Actor);
    assert_eq!(a.entities.chosen_statements_in(0), 2);
    assert_eq!(a.entities.chosen_statements_in(3), 0);
}

#[test]
fn enter_on_an_actor_cell_jumps_to_that_statement_in_the_diff() {
    let mut a = app();
    press(&mut a, "3j\n");
    let brandt = a.entities.chosen.unwrap();
    press(&mut a, "jj");
    let statement = a.actor.selected_statement().unwrap();
    let s = a.analysis.statements[statement].clone();
    assert_eq!(s.speaker, brandt);
    press(&mut a, "\n");
    assert_eq!(a.ui.center, Center::Diff);
    assert_eq!(a.diff.lhs, s.article);
    assert_ne!(a.diff.rhs, s.article);
    let target = a.diff.target.unwrap();
    assert_eq!(target.statement, Some(statement));
    let line = a.diff.layout.line_of(false, s.content.start).unwrap();
    let height = list_heights(&a.ui).diff;
    assert!(line >= a.diff.scroll && line < a.diff.scroll + height);
}

#[test]
fn n_moves_to_the_next_fact_relevant_change() {
    let mut a = app();
    press(&mut a, "2n");
    let first = a.diff.current_change.unwrap();
    assert!(first.kind.is_fact_relevant());
    press(&mut a, "n");
    assert_ne!(a.diff.current_change, Some(first));
    press(&mut a, "N");
    assert_eq!(a.diff.current_change, Some(first));
}

#[test]
fn next_overlap_scrolls_to_a_row_header() {
    let mut a = test_app(fixture::analysis(), 80, 24);
    press(&mut a, "2]");
    assert!(a.diff.layout.row_starts.contains(&a.diff.scroll));
    assert!(a.diff.layout.lines[a.diff.scroll].header.is_some());
}

#[test]
fn enter_in_the_discrepancy_list_shows_the_first_variant_beside_the_second() {
    let mut a = app();
    press(&mut a, "dj\n");
    assert_eq!(a.overlays.open, None);
    let d = &a.analysis.discrepancies[1];
    assert_eq!(a.diff.lhs, d.variants[0].article);
    assert_eq!(a.diff.rhs, d.variants[1].article);
    assert_eq!(a.diff.target.unwrap().span, d.variants[0].span);
}

#[test]
fn aligned_only_shows_only_aligned_rows() {
    let mut a = app();
    press(&mut a, "2t");
    assert!(a.diff.aligned_only);
    let aligned = |l: &crate::tui::state::diff_layout::DiffLine| {
        l.header.is_some() || l.lhs.iter().chain(&l.rhs).all(|p| p.aligned)
    };
    assert!(a.diff.layout.lines.iter().all(aligned));
}

#[test]
fn esc_closes_the_actor_view_then_clears_the_actor() {
    let mut a = app();
    press(&mut a, "3\n");
    press(&mut a, "\x1b");
    assert_eq!(a.ui.center, Center::Diff);
    assert!(a.entities.chosen.is_some());
    press(&mut a, "\x1b");
    assert!(a.entities.chosen.is_none());
}

#[test]
fn q_quits_and_a_termination_event_quits_too() {
    let mut a = app();
    press(&mut a, "q");
    assert!(a.ui.quit);
    let mut b = app();
    apply(&mut b, Event::Terminate);
    assert!(b.ui.quit);
}

#[test]
fn clicking_an_article_focuses_the_list_and_selects_it() {
    let mut a = app();
    press(&mut a, "2");
    // the list starts at row 1 (border); each article takes two lines
    update(
        &mut a,
        Action::Click {
            column: 3,
            row: 1 + 2 * 2,
        },
    );
    assert_eq!(a.ui.focus, Pane::Articles);
    assert_eq!(a.articles.selected(), Some(2));
}

#[test]
fn the_sidebar_shares_the_left_column_on_narrow_screens() {
    let mut a = test_app(fixture::analysis(), 80, 24);
    press(&mut a, "3");
    assert_eq!(a.ui.left, Pane::Entities);
    press(&mut a, "1");
    assert_eq!(a.ui.left, Pane::Articles);
}

#[test]
fn resizing_to_one_cell_and_back_keeps_everything_in_bounds() {
    let mut a = app();
    press(&mut a, "GG3G");
    update(&mut a, Action::Resize(1, 1));
    update(&mut a, Action::Resize(300, 100));
    assert!(a.articles.cursor.selected < a.articles.filter.visible.len());
    assert!(a.diff.scroll < a.diff.layout.lines.len().max(1));
}
