//! A small buffer → SVG writer: one rectangle per run of equal background, one `<text>` per run
//! of equal style with an explicit x for every character, so columns line up whatever the
//! font's advance, and wide characters take their two cells.

use super::palette::{DEFAULT_BG, DEFAULT_FG, rgb};
use ratatui::buffer::{Buffer, Cell};
use ratatui::style::Modifier;
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// Cell geometry in pixels and the font family the SVG asks for.
pub const CELL_WIDTH: f32 = 8.4;
pub const CELL_HEIGHT: f32 = 17.0;
pub const FONT_SIZE: f32 = 14.0;
pub const FONT_FAMILY: &str = "DejaVu Sans Mono";

fn hex(c: (u8, u8, u8)) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// The visible colours of a cell after REVERSED is applied.
fn colors(cell: &Cell) -> ((u8, u8, u8), (u8, u8, u8)) {
    let fg = rgb(cell.fg).unwrap_or(DEFAULT_FG);
    let bg = rgb(cell.bg).unwrap_or(DEFAULT_BG);
    if cell.modifier.contains(Modifier::REVERSED) {
        (bg, fg)
    } else {
        (fg, bg)
    }
}

/// The text attributes that change how a run is written.
#[derive(Clone, PartialEq, Eq)]
struct RunStyle {
    fg: (u8, u8, u8),
    bold: bool,
    italic: bool,
    underline: bool,
    dim: bool,
}

fn run_style(cell: &Cell) -> RunStyle {
    let m = cell.modifier;
    RunStyle {
        fg: colors(cell).0,
        bold: m.contains(Modifier::BOLD),
        italic: m.contains(Modifier::ITALIC),
        underline: m.contains(Modifier::UNDERLINED),
        dim: m.contains(Modifier::DIM),
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The whole buffer as an SVG document.
pub fn to_svg(buffer: &Buffer) -> String {
    let area = buffer.area;
    let (w, h) = (
        area.width as f32 * CELL_WIDTH,
        area.height as f32 * CELL_HEIGHT,
    );
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.1} {h:.1}">"#
    );
    let _ = writeln!(
        out,
        r#"<rect width="100%" height="100%" fill="{}"/>"#,
        hex(DEFAULT_BG)
    );
    let _ = writeln!(
        out,
        r#"<g font-family="{FONT_FAMILY}, monospace" font-size="{FONT_SIZE}" xml:space="preserve">"#
    );
    for y in area.top()..area.bottom() {
        backgrounds(buffer, y, &mut out);
    }
    for y in area.top()..area.bottom() {
        texts(buffer, y, &mut out);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

fn backgrounds(buffer: &Buffer, y: u16, out: &mut String) {
    let area = buffer.area;
    let mut x = area.left();
    while x < area.right() {
        let bg = colors(&buffer[(x, y)]).1;
        let start = x;
        while x < area.right() && colors(&buffer[(x, y)]).1 == bg {
            x += 1;
        }
        if bg != DEFAULT_BG {
            let _ = writeln!(
                out,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{CELL_HEIGHT:.1}" fill="{}"/>"#,
                (start - area.left()) as f32 * CELL_WIDTH,
                (y - area.top()) as f32 * CELL_HEIGHT,
                (x - start) as f32 * CELL_WIDTH,
                hex(bg)
            );
        }
    }
}

fn texts(buffer: &Buffer, y: u16, out: &mut String) {
    let area = buffer.area;
    let baseline = (y - area.top()) as f32 * CELL_HEIGHT + CELL_HEIGHT * 0.78;
    let mut x = area.left();
    while x < area.right() {
        let style = run_style(&buffer[(x, y)]);
        let mut chars = String::new();
        let mut xs: Vec<String> = Vec::new();
        while x < area.right() && run_style(&buffer[(x, y)]) == style {
            let symbol = buffer[(x, y)].symbol();
            let width = symbol.width().max(1) as u16;
            if !symbol.trim().is_empty() {
                for (i, c) in symbol.chars().enumerate() {
                    let col = if i == 0 {
                        x - area.left()
                    } else {
                        x - area.left() + width - 1
                    };
                    xs.push(format!("{:.1}", col as f32 * CELL_WIDTH));
                    chars.push(c);
                }
            }
            x += width;
        }
        if chars.is_empty() {
            continue;
        }
        let mut attrs = format!(r#"fill="{}""#, hex(style.fg));
        if style.bold {
            attrs.push_str(r#" font-weight="bold""#);
        }
        if style.italic {
            attrs.push_str(r#" font-style="italic""#);
        }
        if style.underline {
            attrs.push_str(r#" text-decoration="underline""#);
        }
        if style.dim {
            attrs.push_str(r#" opacity="0.6""#);
        }
        let _ = writeln!(
            out,
            r#"<text x="{}" y="{baseline:.1}" {attrs}>{}</text>"#,
            xs.join(" "),
            escape(&chars)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    #[test]
    fn every_character_gets_its_own_x_and_colours_become_rects() {
        let mut b = Buffer::empty(Rect::new(0, 0, 4, 1));
        b.set_string(
            0,
            0,
            "a<b",
            Style::new().fg(Color::Rgb(1, 2, 3)).bg(Color::Rgb(9, 9, 9)),
        );
        let svg = to_svg(&b);
        assert!(svg.contains(r#"x="0.0 8.4 16.8""#), "{svg}");
        assert!(svg.contains("a&lt;b"));
        assert!(svg.contains(r##"fill="#090909""##));
        assert!(svg.contains(r##"fill="#010203""##));
    }

    #[test]
    fn reversed_cells_swap_foreground_and_background() {
        let mut b = Buffer::empty(Rect::new(0, 0, 1, 1));
        b.set_string(0, 0, "x", Style::new().add_modifier(Modifier::REVERSED));
        let svg = to_svg(&b);
        assert!(svg.contains(&format!(r#"fill="{}""#, hex(DEFAULT_FG))));
    }
}
