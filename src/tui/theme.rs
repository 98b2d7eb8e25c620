//! Colours and text attributes, chosen once per app (never process-wide), so two sessions can use
//! different themes. The NO_COLOR theme uses only bold, underline, reverse and italic, and stays
//! fully usable: every distinction the colour themes make has an attribute there too.

use crate::analysis::word_diff::ChangeKind;
use ratatui::style::{Color, Modifier, Style};

/// Which palette to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeName {
    Dark,
    Light,
    NoColor,
}

impl ThemeName {
    pub fn parse(text: &str) -> Option<ThemeName> {
        match text.to_ascii_lowercase().replace('_', "-").as_str() {
            "dark" => Some(ThemeName::Dark),
            "light" => Some(ThemeName::Light),
            "no-color" | "nocolor" | "mono" => Some(ThemeName::NoColor),
            _ => None,
        }
    }
}

/// How many colours the terminal shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorDepth {
    TrueColor,
    Indexed256,
}

impl ColorDepth {
    /// Reads `COLORTERM` the way most terminals advertise 24-bit colour.
    pub fn from_colorterm(value: Option<&str>) -> ColorDepth {
        match value {
            Some(v) if v.eq_ignore_ascii_case("truecolor") || v.eq_ignore_ascii_case("24bit") => {
                ColorDepth::TrueColor
            }
            _ => ColorDepth::Indexed256,
        }
    }
}

/// Every style the views use, by purpose.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub name: ThemeName,
    pub base: Style,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub selected: Style,
    pub muted: Style,
    /// Text with no counterpart in the other column.
    pub unaligned: Style,
    /// Page furniture (headline repeats, bylines) shown for context.
    pub furniture: Style,
    /// The "near · 0.92" line above each aligned row.
    pub row_header: Style,
    /// A plain wording change.
    pub changed: Style,
    /// A fact-relevant change (number, date, name, negation, quote, hedge).
    pub fact: Style,
    /// The change the cursor is on (n/N).
    pub current: Style,
    /// The words of a statement by the selected actor.
    pub quote: Style,
    /// The attribution words ("the mayor said").
    pub cue: Style,
    /// The statement jumped to from the actor view.
    pub target: Style,
    /// Characters matched by a filter.
    pub matched: Style,
    pub warning: Style,
    pub status: Style,
    pub status_key: Style,
}

impl Theme {
    pub fn new(name: ThemeName, depth: ColorDepth) -> Theme {
        match name {
            ThemeName::NoColor => Theme::no_color(),
            ThemeName::Dark => Theme::colored(&Palette::dark(depth), name),
            ThemeName::Light => Theme::colored(&Palette::light(depth), name),
        }
    }

    /// The style for a word change of `kind`.
    pub fn change(&self, kind: ChangeKind) -> Style {
        if kind.is_fact_relevant() {
            self.fact
        } else {
            self.changed
        }
    }

    fn no_color() -> Theme {
        let plain = Style::new();
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let underline = Style::new().add_modifier(Modifier::UNDERLINED);
        let reverse = Style::new().add_modifier(Modifier::REVERSED);
        Theme {
            name: ThemeName::NoColor,
            base: plain,
            border: plain,
            border_focused: bold,
            title: bold,
            selected: reverse,
            muted: plain,
            unaligned: Style::new().add_modifier(Modifier::ITALIC),
            furniture: Style::new().add_modifier(Modifier::ITALIC),
            row_header: bold,
            changed: underline,
            fact: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            current: reverse,
            quote: bold,
            cue: underline,
            target: reverse,
            matched: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            warning: bold,
            status: reverse,
            status_key: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        }
    }

    fn colored(p: &Palette, name: ThemeName) -> Theme {
        Theme {
            name,
            base: Style::new().fg(p.text),
            border: Style::new().fg(p.border),
            border_focused: Style::new().fg(p.accent).add_modifier(Modifier::BOLD),
            title: Style::new().fg(p.accent).add_modifier(Modifier::BOLD),
            selected: Style::new().bg(p.selection),
            muted: Style::new().fg(p.muted),
            unaligned: Style::new().fg(p.muted),
            furniture: Style::new().fg(p.muted).add_modifier(Modifier::ITALIC),
            row_header: Style::new().fg(p.header),
            changed: Style::new().fg(p.change).add_modifier(Modifier::UNDERLINED),
            fact: Style::new()
                .fg(p.fact_fg)
                .bg(p.fact_bg)
                .add_modifier(Modifier::BOLD),
            current: Style::new().add_modifier(Modifier::REVERSED),
            quote: Style::new().fg(p.quote).add_modifier(Modifier::BOLD),
            cue: Style::new().fg(p.cue).add_modifier(Modifier::ITALIC),
            target: Style::new().bg(p.target_bg),
            matched: Style::new().fg(p.matched).add_modifier(Modifier::BOLD),
            warning: Style::new().fg(p.warning).add_modifier(Modifier::BOLD),
            status: Style::new().fg(p.status_fg).bg(p.status_bg),
            status_key: Style::new()
                .fg(p.accent)
                .bg(p.status_bg)
                .add_modifier(Modifier::BOLD),
        }
    }
}

/// The colours of one theme at one colour depth.
struct Palette {
    text: Color,
    border: Color,
    accent: Color,
    selection: Color,
    muted: Color,
    header: Color,
    change: Color,
    fact_fg: Color,
    fact_bg: Color,
    quote: Color,
    cue: Color,
    target_bg: Color,
    matched: Color,
    warning: Color,
    status_fg: Color,
    status_bg: Color,
}

/// A colour given as 24-bit RGB and as its nearest xterm-256 index.
fn pick(depth: ColorDepth, rgb: (u8, u8, u8), index: u8) -> Color {
    match depth {
        ColorDepth::TrueColor => Color::Rgb(rgb.0, rgb.1, rgb.2),
        ColorDepth::Indexed256 => Color::Indexed(index),
    }
}

impl Palette {
    fn dark(d: ColorDepth) -> Palette {
        Palette {
            text: pick(d, (0xd8, 0xdc, 0xe3), 253),
            border: pick(d, (0x5c, 0x63, 0x70), 241),
            accent: pick(d, (0x61, 0xaf, 0xef), 75),
            selection: pick(d, (0x2c, 0x3e, 0x55), 237),
            muted: pick(d, (0x7f, 0x84, 0x8e), 244),
            header: pick(d, (0x56, 0xb6, 0xc2), 73),
            change: pick(d, (0xe5, 0xc0, 0x7b), 180),
            fact_fg: pick(d, (0xff, 0xff, 0xff), 231),
            fact_bg: pick(d, (0xa0, 0x30, 0x40), 125),
            quote: pick(d, (0x98, 0xc3, 0x79), 114),
            cue: pick(d, (0xc6, 0x78, 0xdd), 176),
            target_bg: pick(d, (0x3e, 0x44, 0x51), 238),
            matched: pick(d, (0xe0, 0x6c, 0x75), 204),
            warning: pick(d, (0xff, 0x9e, 0x3b), 215),
            status_fg: pick(d, (0xd8, 0xdc, 0xe3), 253),
            status_bg: pick(d, (0x21, 0x25, 0x2b), 235),
        }
    }

    fn light(d: ColorDepth) -> Palette {
        Palette {
            text: pick(d, (0x24, 0x29, 0x2e), 235),
            border: pick(d, (0xa0, 0xa7, 0xb4), 248),
            accent: pick(d, (0x03, 0x66, 0xd6), 26),
            selection: pick(d, (0xdb, 0xe9, 0xf9), 153),
            muted: pick(d, (0x8a, 0x90, 0x99), 245),
            header: pick(d, (0x00, 0x7a, 0x87), 30),
            change: pick(d, (0x9a, 0x67, 0x00), 136),
            fact_fg: pick(d, (0x86, 0x18, 0x1d), 88),
            fact_bg: pick(d, (0xff, 0xd7, 0xd5), 224),
            quote: pick(d, (0x22, 0x86, 0x3a), 28),
            cue: pick(d, (0x6f, 0x42, 0xc1), 97),
            target_bg: pick(d, (0xff, 0xf5, 0xb1), 229),
            matched: pick(d, (0xd7, 0x3a, 0x49), 161),
            warning: pick(d, (0xb0, 0x58, 0x00), 130),
            status_fg: pick(d, (0x24, 0x29, 0x2e), 235),
            status_bg: pick(d, (0xe1, 0xe4, 0xe8), 254),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_color(s: Style) -> bool {
        s.fg.is_some_and(|c| c != Color::Reset) || s.bg.is_some_and(|c| c != Color::Reset)
    }

    #[test]
    fn the_no_color_theme_carries_no_colour_but_distinguishes_facts() {
        let t = Theme::new(ThemeName::NoColor, ColorDepth::TrueColor);
        for s in [t.fact, t.changed, t.quote, t.cue, t.selected, t.unaligned] {
            assert!(!has_color(s));
        }
        assert_ne!(t.fact, t.changed);
        assert_ne!(t.quote, t.cue);
        assert!(t.fact.add_modifier.contains(Modifier::BOLD));
    }

    #[test]
    fn the_256_colour_theme_uses_indexed_colours_only() {
        let t = Theme::new(ThemeName::Dark, ColorDepth::Indexed256);
        assert!(matches!(t.fact.bg, Some(Color::Indexed(_))));
        let t = Theme::new(ThemeName::Light, ColorDepth::TrueColor);
        assert!(matches!(t.fact.bg, Some(Color::Rgb(..))));
    }

    #[test]
    fn colorterm_truecolor_selects_24_bit() {
        assert_eq!(
            ColorDepth::from_colorterm(Some("truecolor")),
            ColorDepth::TrueColor
        );
        assert_eq!(ColorDepth::from_colorterm(None), ColorDepth::Indexed256);
    }
}
