//! Word wrapping that keeps byte offsets: each screen line is a `Span` of the article text, so
//! highlights (changes, statements) can be cut out of it exactly.

use crate::analysis::span::Span;
use textwrap::WordSeparator;
use textwrap::core::{Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;

/// Splits `span` of `text` into screen lines of at most `width` columns (Unicode width aware),
/// breaking at word boundaries (and inside words only when a word is wider than a line).
/// Paragraph breaks become one empty line; leading and trailing blank lines are dropped.
///
/// `wrap(text, span, 10)` of "the quick brown fox" gives the spans of "the quick" and
/// "brown fox".
pub fn wrap(text: &str, span: Span, width: usize) -> Vec<Span> {
    let width = width.max(1);
    let segment = span.slice(text);
    let mut lines: Vec<Span> = Vec::new();
    let mut pos = span.start;
    for raw in segment.split('\n') {
        let line_start = pos;
        pos += raw.len() + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if lines.last().is_some_and(|l| !l.is_empty()) {
                lines.push(Span::new(line_start, line_start));
            }
            continue;
        }
        wrap_line(line, line_start, width, &mut lines);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Wraps one paragraph line that starts at byte `base`, appending its screen lines.
fn wrap_line(line: &str, base: usize, width: usize, out: &mut Vec<Span>) {
    let words: Vec<Word> = WordSeparator::UnicodeBreakProperties
        .find_words(line)
        .collect();
    let words = break_words(words, width);
    let origin = line.as_ptr() as usize;
    for fragments in wrap_first_fit(&words, &[width as f64]) {
        let content: Vec<&Word> = fragments.iter().filter(|w| !w.word.is_empty()).collect();
        let (Some(first), Some(last)) = (content.first(), content.last()) else {
            continue;
        };
        let start = first.word.as_ptr() as usize - origin;
        let end = last.word.as_ptr() as usize - origin + last.word.len();
        out.push(Span::new(base + start, base + end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, Span::new(0, text.len()), width)
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn lines_break_at_word_boundaries() {
        assert_eq!(
            lines("the quick brown fox", 10),
            vec!["the quick", "brown fox"]
        );
    }

    #[test]
    fn paragraphs_are_separated_by_one_empty_line() {
        assert_eq!(
            lines("one two\n\n\nthree\n", 20),
            vec!["one two", "", "three"]
        );
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let text = "東京 大阪 京都 札幌";
        for l in lines(text, 6) {
            assert!(l.width() <= 6, "{l:?}");
        }
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken() {
        let got = lines("abcdefghij", 4);
        assert_eq!(got, vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn offsets_survive_diacritics_and_crlf() {
        let text = "Dvořák said\r\nnothing";
        let got = lines(text, 40);
        assert_eq!(got, vec!["Dvořák said", "nothing"]);
    }

    #[test]
    fn combining_marks_take_no_column() {
        let text = "Cafe\u{301} Cafe\u{301} Cafe\u{301}";
        let got = lines(text, 10);
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|l| l.width() <= 10));
        assert_eq!(got[0], "Cafe\u{301} Cafe\u{301}");
    }
}
