//! Key bindings as data: one default table, optionally remapped by the user's config, used both
//! to turn keys into actions and to generate the `?` help overlay and the status-bar hints.

mod chord;

pub use chord::KeyChord;

use super::action::{Action, Pane, Picture, PictureAction};
use crossterm::event::KeyEvent;

/// Where a binding applies. Global bindings work everywhere unless a narrower scope binds the
/// same key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    Global,
    Articles,
    Diff,
    Entities,
    Actor,
    Discrepancies,
    /// The overview pictures (matrix, coverage grid, timeline).
    Pictures,
}

impl Scope {
    pub fn title(self) -> &'static str {
        match self {
            Scope::Global => "Everywhere",
            Scope::Articles => "Article list",
            Scope::Diff => "Diff",
            Scope::Entities => "Actors",
            Scope::Actor => "Actor view",
            Scope::Discrepancies => "Discrepancies",
            Scope::Pictures => "Pictures",
        }
    }

    pub fn of_pane(pane: Pane) -> Scope {
        match pane {
            Pane::Articles => Scope::Articles,
            Pane::Diff => Scope::Diff,
            Pane::Entities => Scope::Entities,
        }
    }
}

/// One row of the table: the keys that trigger `action` in `scope`.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    pub scope: Scope,
    /// The name used in the config file (`[keys] next_overlap = "]"`).
    pub name: &'static str,
    pub action: Action,
    pub keys: Vec<KeyChord>,
    pub help: &'static str,
}

type Row = (
    Scope,
    &'static str,
    Action,
    &'static [&'static str],
    &'static str,
);

/// The default bindings. Order matters only for the help overlay.
const DEFAULTS: &[Row] = &[
    (
        Scope::Global,
        "quit",
        Action::Quit,
        &["q", "ctrl-c"],
        "quit",
    ),
    (
        Scope::Global,
        "help",
        Action::ToggleHelp,
        &["?", "f1"],
        "show or hide this help",
    ),
    (
        Scope::Global,
        "focus_next",
        Action::FocusNext,
        &["tab"],
        "focus the next pane",
    ),
    (
        Scope::Global,
        "focus_prev",
        Action::FocusPrev,
        &["shift-tab"],
        "focus the previous pane",
    ),
    (
        Scope::Global,
        "focus_articles",
        Action::Focus(Pane::Articles),
        &["1"],
        "focus the article list",
    ),
    (
        Scope::Global,
        "focus_diff",
        Action::Focus(Pane::Diff),
        &["2"],
        "focus the diff",
    ),
    (
        Scope::Global,
        "focus_actors",
        Action::Focus(Pane::Entities),
        &["3"],
        "focus the actors",
    ),
    (
        Scope::Global,
        "down",
        Action::Down,
        &["j", "down"],
        "move down",
    ),
    (Scope::Global, "up", Action::Up, &["k", "up"], "move up"),
    (
        Scope::Global,
        "top",
        Action::Top,
        &["g", "home"],
        "go to the top",
    ),
    (
        Scope::Global,
        "bottom",
        Action::Bottom,
        &["G", "end"],
        "go to the bottom",
    ),
    (
        Scope::Global,
        "page_down",
        Action::PageDown,
        &["pgdn"],
        "page down",
    ),
    (
        Scope::Global,
        "page_up",
        Action::PageUp,
        &["pgup"],
        "page up",
    ),
    (
        Scope::Global,
        "half_page_down",
        Action::HalfPageDown,
        &["ctrl-d"],
        "half a page down",
    ),
    (
        Scope::Global,
        "half_page_up",
        Action::HalfPageUp,
        &["ctrl-u"],
        "half a page up",
    ),
    (
        Scope::Global,
        "confirm",
        Action::Confirm,
        &["enter"],
        "choose / jump",
    ),
    (
        Scope::Global,
        "back",
        Action::Back,
        &["esc"],
        "close, clear filter or actor",
    ),
    (
        Scope::Global,
        "discrepancies",
        Action::ToggleDiscrepancies,
        &["d"],
        "list of discrepancies",
    ),
    (
        Scope::Global,
        "actor_view",
        Action::ToggleActorView,
        &["a"],
        "actor view of the selected actor",
    ),
    (
        Scope::Global,
        "swap",
        Action::SwapSides,
        &["s"],
        "swap the diff's sides",
    ),
    (
        Scope::Global,
        "sidebar",
        Action::ToggleSidebar,
        &["e"],
        "show or hide the actors",
    ),
    (
        Scope::Global,
        "matrix",
        Action::Picture(PictureAction::Toggle(Picture::Matrix)),
        &["m"],
        "similarity matrix of the sources",
    ),
    (
        Scope::Global,
        "coverage",
        Action::Picture(PictureAction::Toggle(Picture::Coverage)),
        &["c"],
        "coverage grid: who reported what",
    ),
    (
        Scope::Global,
        "timeline",
        Action::Picture(PictureAction::Toggle(Picture::Timeline)),
        &["T"],
        "timeline of date lines and event days",
    ),
    (
        Scope::Articles,
        "filter_articles",
        Action::StartFilter,
        &["/"],
        "filter articles (fuzzy)",
    ),
    (
        Scope::Articles,
        "set_left",
        Action::Confirm,
        &["enter"],
        "show as the diff's left side",
    ),
    (
        Scope::Articles,
        "set_right",
        Action::SetRight,
        &["r", "right"],
        "show as the diff's right side",
    ),
    (
        Scope::Articles,
        "next_article_match",
        Action::NextMatch,
        &["n"],
        "next filtered article",
    ),
    (
        Scope::Articles,
        "prev_article_match",
        Action::PrevMatch,
        &["N"],
        "previous filtered article",
    ),
    (
        Scope::Diff,
        "next_overlap",
        Action::NextOverlap,
        &["]", "J"],
        "next shared passage",
    ),
    (
        Scope::Diff,
        "prev_overlap",
        Action::PrevOverlap,
        &["[", "K"],
        "previous shared passage",
    ),
    (
        Scope::Diff,
        "next_change",
        Action::NextMatch,
        &["n"],
        "next fact-relevant change",
    ),
    (
        Scope::Diff,
        "prev_change",
        Action::PrevMatch,
        &["N"],
        "previous fact-relevant change",
    ),
    (
        Scope::Diff,
        "aligned_only",
        Action::ToggleAlignedOnly,
        &["t"],
        "aligned passages only / whole articles",
    ),
    (
        Scope::Entities,
        "filter_actors",
        Action::StartFilter,
        &["/"],
        "filter actors (fuzzy)",
    ),
    (
        Scope::Entities,
        "select_actor",
        Action::Confirm,
        &["enter"],
        "light up the actor, open the actor view",
    ),
    (
        Scope::Entities,
        "next_actor_match",
        Action::NextMatch,
        &["n"],
        "next filtered actor",
    ),
    (
        Scope::Entities,
        "prev_actor_match",
        Action::PrevMatch,
        &["N"],
        "previous filtered actor",
    ),
    (
        Scope::Actor,
        "jump_to_statement",
        Action::Confirm,
        &["enter"],
        "show the statement in the diff",
    ),
    (
        Scope::Actor,
        "close_actor_view",
        Action::Back,
        &["esc"],
        "back to the diff",
    ),
    (
        Scope::Discrepancies,
        "jump_to_variant",
        Action::Confirm,
        &["enter"],
        "show it in the diff",
    ),
    (
        Scope::Discrepancies,
        "close_discrepancies",
        Action::Back,
        &["esc", "d"],
        "close the list",
    ),
    (
        Scope::Pictures,
        "picture_left",
        Action::Picture(PictureAction::Left),
        &["h", "left"],
        "move left",
    ),
    (
        Scope::Pictures,
        "picture_right",
        Action::Picture(PictureAction::Right),
        &["l", "right"],
        "move right",
    ),
    (
        Scope::Pictures,
        "picture_jump",
        Action::Confirm,
        &["enter"],
        "open the pair / statement / date in the diff",
    ),
    (
        Scope::Pictures,
        "close_picture",
        Action::Back,
        &["esc"],
        "close the picture",
    ),
];

/// The bindings in force: the defaults, possibly remapped.
#[derive(Clone, Debug, PartialEq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = DEFAULTS
            .iter()
            .map(|(scope, name, action, keys, help)| Binding {
                scope: *scope,
                name,
                action: action.clone(),
                keys: keys
                    .iter()
                    .filter_map(|k| KeyChord::parse(k).ok())
                    .collect(),
                help,
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The action bound to `key` in the first of `scopes` that binds it, then in Global.
    pub fn lookup(&self, scopes: &[Scope], key: &KeyEvent) -> Option<Action> {
        let chord = KeyChord::from_event(key);
        scopes
            .iter()
            .chain(std::iter::once(&Scope::Global))
            .find_map(|scope| {
                self.bindings
                    .iter()
                    .find(|b| b.scope == *scope && b.keys.contains(&chord))
                    .map(|b| b.action.clone())
            })
    }

    /// Replaces the keys of the binding called `name` (every scope using that name).
    /// Errors name the unknown binding or key, for the config loader to report.
    pub fn remap(&mut self, name: &str, keys: &[String]) -> Result<(), String> {
        let chords = keys
            .iter()
            .map(|k| KeyChord::parse(k))
            .collect::<Result<Vec<_>, _>>()?;
        let mut found = false;
        for b in self.bindings.iter_mut().filter(|b| b.name == name) {
            b.keys = chords.clone();
            found = true;
        }
        if found {
            Ok(())
        } else {
            Err(format!("unknown key binding '{name}'"))
        }
    }

    /// The first key bound to `name`, as shown in hints ("?" for help).
    pub fn key_for(&self, name: &str) -> String {
        self.bindings
            .iter()
            .find(|b| b.name == name)
            .and_then(|b| b.keys.first())
            .map(|k| k.to_string())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn every_default_key_parses() {
        for (_, name, _, keys, _) in DEFAULTS {
            for k in *keys {
                assert!(KeyChord::parse(k).is_ok(), "{name}: {k}");
            }
        }
    }

    #[test]
    fn a_pane_binding_wins_over_the_global_one() {
        let map = Keymap::default();
        assert_eq!(
            map.lookup(&[Scope::Diff], &key('n')),
            Some(Action::NextMatch)
        );
        assert_eq!(map.lookup(&[Scope::Diff], &key('q')), Some(Action::Quit));
        assert_eq!(
            map.lookup(&[Scope::Articles], &key('r')),
            Some(Action::SetRight)
        );
        assert_eq!(map.lookup(&[Scope::Diff], &key('r')), None);
    }

    #[test]
    fn remapping_changes_the_key_and_rejects_unknown_names() {
        let mut map = Keymap::default();
        map.remap("quit", &["x".to_string()]).unwrap();
        assert_eq!(map.lookup(&[], &key('x')), Some(Action::Quit));
        assert_eq!(map.lookup(&[], &key('q')), None);
        assert!(map.remap("fly", &["f".to_string()]).is_err());
    }

    #[test]
    fn an_upper_case_letter_matches_with_or_without_shift() {
        let map = Keymap::default();
        let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(map.lookup(&[], &shifted), Some(Action::Bottom));
    }
}
