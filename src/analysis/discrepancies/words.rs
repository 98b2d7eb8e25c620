//! A word scanner over raw text with byte spans, keeping hyphens and apostrophes inside words
//! ("build-up", "Kosovo’s"), for detectors that need the words as written.

use crate::analysis::span::Span;

/// One word as written, with its span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word<'t> {
    pub text: &'t str,
    pub span: Span,
}

/// The words of `text[span]`, in order.
pub fn words_in(text: &str, span: Span) -> Vec<Word<'_>> {
    let s = span.slice(text);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inner_join = matches!(c, '-' | '\'' | '’' | '.' | ',')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|&(_, n)| {
                n.is_alphanumeric() && (c != ',' && c != '.' || n.is_ascii_digit())
            })
            && (!matches!(c, ',' | '.') || chars[k - 1].1.is_ascii_digit());
        if c.is_alphanumeric() || inner_join {
            start.get_or_insert(i);
        } else if let Some(b) = start.take() {
            push(text, span.start + b, span.start + i, &mut out);
        }
    }
    if let Some(b) = start {
        push(text, span.start + b, span.end, &mut out);
    }
    out
}

fn push<'t>(text: &'t str, start: usize, end: usize, out: &mut Vec<Word<'t>>) {
    let span = Span::new(start, end);
    out.push(Word {
        text: span.slice(text),
        span,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphens_apostrophes_and_digit_groups_stay_inside_words() {
        let t = "The build-up near Lima’s border: 4,500 troops, 3.5 km.";
        let w: Vec<&str> = words_in(t, Span::new(0, t.len()))
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(
            w,
            [
                "The", "build-up", "near", "Lima’s", "border", "4,500", "troops", "3.5", "km"
            ]
        );
    }

    #[test]
    fn a_trailing_comma_or_dash_is_not_part_of_a_word() {
        let t = "one, two - three";
        let w: Vec<&str> = words_in(t, Span::new(0, t.len()))
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(w, ["one", "two", "three"]);
    }
}
