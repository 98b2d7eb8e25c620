//! Snapshots of every main screen on the made-up fixture story, at 80×24 and 160×48.

use crosscheck::tui::action::{Action, Pane};
use crosscheck::tui::fixture;
use crosscheck::tui::screenshot::{drive, render, text};
use crosscheck::tui::test_app;

fn screen(width: u16, height: u16, actions: &[Action]) -> String {
    let mut app = test_app(fixture::analysis(), width, height);
    drive(&mut app, actions);
    text(&render(&app, width, height))
}

fn states() -> Vec<(&'static str, Vec<Action>)> {
    let typed = |s: &str| s.chars().map(Action::FilterChar).collect::<Vec<_>>();
    let mut filter = vec![Action::StartFilter];
    filter.extend(typed("Valley"));
    let mut actor_filter = vec![Action::Focus(Pane::Entities), Action::StartFilter];
    actor_filter.extend(typed("brandt"));
    actor_filter.push(Action::FilterAccept);
    vec![
        ("overview", vec![]),
        (
            "next_fact",
            vec![
                Action::Focus(Pane::Diff),
                Action::NextMatch,
                Action::NextMatch,
            ],
        ),
        (
            "aligned_only",
            vec![Action::Focus(Pane::Diff), Action::ToggleAlignedOnly],
        ),
        ("article_filter", filter),
        ("actor_filter", actor_filter),
        ("actor_view", vec![Action::SelectActor(Some(1))]),
        (
            "actor_jump",
            vec![
                Action::SelectActor(Some(1)),
                Action::Down,
                Action::Down,
                Action::Confirm,
            ],
        ),
        (
            "discrepancies",
            vec![Action::ToggleDiscrepancies, Action::Down],
        ),
        ("help", vec![Action::ToggleHelp]),
        ("sidebar_hidden", vec![Action::ToggleSidebar]),
    ]
}

#[test]
fn every_main_state_at_80x24() {
    for (name, actions) in states() {
        insta::assert_snapshot!(format!("{name}_80x24"), screen(80, 24, &actions));
    }
}

#[test]
fn every_main_state_at_160x48() {
    for (name, actions) in states() {
        insta::assert_snapshot!(format!("{name}_160x48"), screen(160, 48, &actions));
    }
}

#[test]
fn a_tiny_terminal_says_it_is_too_small() {
    let s = screen(40, 10, &[]);
    assert!(s.contains("too small"), "{s}");
    insta::assert_snapshot!("too_small_40x10", s);
}
