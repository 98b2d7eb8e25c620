//! One key with its modifiers, parsed from and printed as text like "ctrl-d" or "shift-tab".

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt;

/// A key as bound in the keymap. Shift is folded into the character for printable keys, so "G"
/// matches whether or not the terminal reports Shift with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeyChord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const NAMED: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pgup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
    ("space", KeyCode::Char(' ')),
    ("f1", KeyCode::F(1)),
];

impl KeyChord {
    /// Normalises a terminal key event: Shift dropped from characters and Shift-Tab.
    pub fn from_event(key: &KeyEvent) -> KeyChord {
        let mut mods =
            key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if matches!(key.code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        KeyChord {
            code: key.code,
            mods,
        }
    }

    /// Parses "j", "G", "ctrl-d", "shift-tab", "pgdn", "alt-x".
    pub fn parse(text: &str) -> Result<KeyChord, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (m, len) = if lower.starts_with("ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            mods |= m;
            rest = &rest[len..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => NAMED
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(rest))
                .map(|(_, code)| *code)
                .ok_or_else(|| format!("unknown key '{text}'"))?,
        };
        if code == KeyCode::Tab && mods.contains(KeyModifiers::SHIFT) {
            return Ok(KeyChord::from_event(&KeyEvent::new(KeyCode::BackTab, mods)));
        }
        Ok(KeyChord::from_event(&KeyEvent::new(code, mods)))
    }
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            write!(f, "Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            write!(f, "Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => write!(f, "Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::BackTab => write!(f, "Shift-Tab"),
            KeyCode::Up => write!(f, "↑"),
            KeyCode::Down => write!(f, "↓"),
            KeyCode::Left => write!(f, "←"),
            KeyCode::Right => write!(f, "→"),
            KeyCode::PageUp => write!(f, "PgUp"),
            KeyCode::PageDown => write!(f, "PgDn"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shift_tab_parses_as_backtab() {
        let c = KeyChord::parse("shift-tab").unwrap();
        assert_eq!(c.code, KeyCode::BackTab);
        assert_eq!(c.to_string(), "Shift-Tab");
    }

    #[test]
    fn control_keys_print_with_their_modifier() {
        assert_eq!(KeyChord::parse("ctrl-d").unwrap().to_string(), "Ctrl-d");
        assert_eq!(KeyChord::parse("pgdn").unwrap().to_string(), "PgDn");
    }

    #[test]
    fn unknown_key_names_are_errors() {
        assert!(KeyChord::parse("hyper-x").is_err());
        assert!(KeyChord::parse("").is_err());
    }
}
