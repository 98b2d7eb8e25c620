//! Quoted regions of a text, so edits inside a quotation can be told from plain rewording.

use crate::analysis::span::Span;

/// The spans inside quotation marks (marks included) in each paragraph. Curly and guillemet
/// quotes pair up; straight double quotes toggle; a single ‘ opens only after a space or a
/// bracket, so apostrophes ("it’s", "Wales’s") are never taken for quotes. A quotation left
/// open runs to the end of its paragraph, as multi-paragraph quotations do.
///
/// ```
/// use crosscheck::analysis::span::Span;
/// use crosscheck::analysis::word_diff::quote_regions;
/// let text = "He said “we act now” and left.";
/// let q = quote_regions(text, &[Span::new(0, text.len())]);
/// assert_eq!(q[0].slice(text), "“we act now”");
/// ```
pub fn quote_regions(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for para in paragraphs {
        scan_paragraph(text, *para, &mut out);
    }
    out
}

fn scan_paragraph(text: &str, para: Span, out: &mut Vec<Span>) {
    let s = para.slice(text);
    let mut open: Option<(usize, char)> = None;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        let at = para.start + i;
        match (open, c) {
            (None, '“' | '«' | '"') => open = Some((at, c)),
            (None, '‘') if !prev.is_alphanumeric() => open = Some((at, c)),
            (Some((start, o)), _) if closes(o, c, s, i) => {
                out.push(Span::new(start, at + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
        prev = c;
    }
    if let Some((start, _)) = open {
        out.push(Span::new(start, para.end));
    }
}

/// Whether `c` at byte `i` of `s` closes a quotation opened by `open`.
fn closes(open: char, c: char, s: &str, i: usize) -> bool {
    match (open, c) {
        ('“', '”') | ('«', '»') | ('"', '"') => true,
        ('‘', '’') => !s[i + c.len_utf8()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions(text: &str) -> Vec<&str> {
        quote_regions(text, &[Span::new(0, text.len())])
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn curly_straight_and_single_quotes_are_found() {
        assert_eq!(
            regions("A “b c” d \"e f\" g ‘h i’ j"),
            ["“b c”", "\"e f\"", "‘h i’"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(regions("The town’s mayor didn’t say it’s over.").is_empty());
        assert_eq!(regions("the ‘mayor’s plan’ failed"), ["‘mayor’s plan’"]);
    }

    #[test]
    fn an_unclosed_quotation_runs_to_the_paragraph_end() {
        assert_eq!(regions("She said: “we will stay"), ["“we will stay"]);
    }
}
