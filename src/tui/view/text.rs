//! Small helpers for fitting text into cells: display-width truncation with an ellipsis and
//! highlighting of matched characters.

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` cut to at most `width` columns, ending in "…" when something was cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return clean(text);
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        used += w;
        out.push(if c.is_control() { ' ' } else { c });
    }
    out.push('…');
    out
}

/// Control characters (tabs, stray carriage returns) replaced by spaces so cells stay aligned.
pub fn clean(text: &str) -> String {
    if text.chars().any(char::is_control) {
        text.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    } else {
        text.to_string()
    }
}

/// `text` fitted to `width`, with the characters at `matched` (char indices) in `hit` style.
pub fn highlighted(
    text: &str,
    matched: &[usize],
    width: usize,
    base: Style,
    hit: Style,
) -> Vec<Span<'static>> {
    let fitted = fit(text, width);
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    for (i, c) in fitted.chars().enumerate() {
        let is_hit = matched.contains(&i) && c != '…';
        if is_hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_hit { base.patch(hit) } else { base },
            ));
        }
        run_hit = is_hit;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(
            run,
            if run_hit { base.patch(hit) } else { base },
        ));
    }
    spans
}

/// `text` wrapped at word boundaries into lines of at most `width` columns.
pub fn wrap_text(text: &str, width: usize) -> Vec<String> {
    let whole = crate::analysis::span::Span::new(0, text.len());
    crate::tui::state::wrap::wrap(text, whole, width)
        .iter()
        .map(|s| clean(s.slice(text)))
        .collect()
}

/// Width in columns of a list of spans.
pub fn spans_width(spans: &[Span]) -> usize {
    spans.iter().map(|s| s.content.width()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_with_an_ellipsis_to_the_exact_width() {
        assert_eq!(fit("Harbour Post", 8), "Harbour…");
        assert_eq!(fit("short", 8), "short");
        assert_eq!(fit("東京東京", 5), "東京…");
    }

    #[test]
    fn matched_characters_get_their_own_span() {
        let s = highlighted("mayor", &[0, 1], 10, Style::new(), Style::new().bold());
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].content, "ma");
    }
}
