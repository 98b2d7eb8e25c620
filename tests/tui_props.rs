//! Random action sequences at random sizes never panic and keep every selection in bounds.

use crosscheck::analysis::Analysis;
use crosscheck::analysis::span::Span;
use crosscheck::tui::action::{Action, Pane, Picture, PictureAction};
use crosscheck::tui::app::App;
use crosscheck::tui::fixture;
use crosscheck::tui::screenshot::{drive, render};
use crosscheck::tui::test_app;
use proptest::prelude::*;

fn action() -> impl Strategy<Value = Action> {
    let simple = prop::sample::select(vec![
        Action::Quit,
        Action::FocusNext,
        Action::FocusPrev,
        Action::Focus(Pane::Articles),
        Action::Focus(Pane::Diff),
        Action::Focus(Pane::Entities),
        Action::Up,
        Action::Down,
        Action::Top,
        Action::Bottom,
        Action::PageUp,
        Action::PageDown,
        Action::HalfPageUp,
        Action::HalfPageDown,
        Action::Confirm,
        Action::Back,
        Action::StartFilter,
        Action::SetRight,
        Action::SwapSides,
        Action::ToggleAlignedOnly,
        Action::NextOverlap,
        Action::PrevOverlap,
        Action::NextMatch,
        Action::PrevMatch,
        Action::ToggleHelp,
        Action::ToggleDiscrepancies,
        Action::ToggleActorView,
        Action::ToggleSidebar,
        Action::FilterBackspace,
        Action::FilterAccept,
        Action::FilterCancel,
        Action::Picture(PictureAction::Toggle(Picture::Matrix)),
        Action::Picture(PictureAction::Toggle(Picture::Coverage)),
        Action::Picture(PictureAction::Toggle(Picture::Timeline)),
        Action::Picture(PictureAction::Left),
        Action::Picture(PictureAction::Right),
    ]);
    prop_oneof![
        6 => simple,
        1 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Action::Resize(w, h)),
        1 => (0u16..320, 0u16..110).prop_map(|(column, row)| Action::Click { column, row }),
        1 => (0u16..320, 0u16..110, any::<bool>()).prop_map(|(column, row, down)| Action::Wheel { column, row, down }),
        1 => prop::sample::select(vec!['a', 'r', 'M', 'é', '東', ' ', 'z']).prop_map(Action::FilterChar),
        1 => (0usize..10).prop_map(|e| Action::SelectActor(Some(e))),
        1 => (0usize..6, 0usize..400, 0usize..50).prop_map(|(article, start, len)| Action::JumpTo {
            article,
            span: Span::new(start, start + len),
            statement: None,
            other: None,
        }),
    ]
}

fn analysis(which: u8) -> Analysis {
    match which {
        0 => fixture::analysis(),
        1 => Analysis::default(),
        _ => {
            let mut a = fixture::analysis();
            a.corpus.articles.truncate(1);
            a.docs.truncate(1);
            a.shared.truncate(1);
            a.overlaps.clear();
            a.statements.retain(|s| s.article == 0);
            a.claims.clear();
            a.discrepancies.clear();
            a
        }
    }
}

fn assert_in_bounds(app: &App) {
    let within = |i: usize, len: usize| i < len || (len == 0 && i == 0);
    assert!(within(
        app.articles.cursor.selected,
        app.articles.filter.visible.len()
    ));
    assert!(within(
        app.entities.cursor.selected,
        app.entities.rows.len()
    ));
    assert!(within(app.actor.cursor.selected, app.actor.cells.len()));
    assert!(within(
        app.overlays.discrepancies.selected,
        app.analysis.discrepancies.len()
    ));
    let n = app.analysis.corpus.articles.len();
    assert!(within(app.diff.lhs, n) && within(app.diff.rhs, n));
    assert!(app.diff.scroll <= app.diff.layout.lines.len());
    assert!(
        app.entities
            .chosen
            .is_none_or(|e| e < app.analysis.entities.len())
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_actions_at_random_sizes_never_panic_and_stay_in_bounds(
        which in 0u8..3,
        w in 1u16..=300,
        h in 1u16..=100,
        actions in prop::collection::vec(action(), 1..40),
    ) {
        let mut app = test_app(analysis(which), w, h);
        for a in actions {
            drive(&mut app, &[a]);
            assert_in_bounds(&app);
            let _ = render(&app, app.ui.width, app.ui.height);
        }
    }
}
