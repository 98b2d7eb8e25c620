//! Quotations: spans between quote marks in a paragraph, whatever the typographic style
//! (straight, curly, guillemets «», German „“, single ‘’), tolerant of unbalanced marks.

use crate::analysis::span::Span;

/// One quotation of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the paragraph ends first (a quote running on).
    pub close: Option<Span>,
    /// The words between the marks, trimmed.
    pub inner: Span,
}

impl Quote {
    /// The whole quotation, marks included.
    pub fn outer(&self) -> Span {
        Span::new(
            self.open.start,
            self.close.map_or(self.inner.end, |c| c.end),
        )
    }
}

/// The closing marks that end a quotation opened by `open`.
fn closers(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '“'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '»' => &['«'],
        '‘' => &['’'],
        '‹' => &['›'],
        _ => &['"'],
    }
}

/// Finds the quotations of `para` in `text` (outermost only; nested quotes stay inside).
pub fn find_quotes(text: &str, para: Span) -> Vec<Quote> {
    let s = para.slice(text);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !opens(&chars, i) {
            i += 1;
            continue;
        }
        let close = if c == '‘' {
            single_close(&chars, i)
        } else {
            (i + 1..chars.len()).find(|&j| closes(&chars, j, c))
        };
        let open = Span::new(para.start + pos, para.start + pos + c.len_utf8());
        match close {
            Some(j) => {
                let (cpos, cc) = chars[j];
                let close = Span::new(para.start + cpos, para.start + cpos + cc.len_utf8());
                push(text, open, Some(close), close.start, &mut out);
                i = j + 1;
            }
            None => {
                push(text, open, None, para.end, &mut out);
                break;
            }
        }
    }
    out
}

fn push(text: &str, open: Span, close: Option<Span>, end: usize, out: &mut Vec<Quote>) {
    let inner = Span::new(open.end, end.max(open.end)).trim(text);
    out.push(Quote { open, close, inner });
}

/// Whether the character at `i` opens a quotation.
fn opens(chars: &[(usize, char)], i: usize) -> bool {
    let c = chars[i].1;
    let prev = i.checked_sub(1).map(|k| chars[k].1);
    let next = chars.get(i + 1).map(|&(_, c)| c);
    match c {
        '“' | '„' | '«' | '‹' => next.is_some_and(|n| !n.is_whitespace()),
        // Straight and single marks also serve as apostrophes and closers: only at a word start.
        '"' | '‘' => {
            prev.is_none_or(|p| p.is_whitespace() || "([—–-:".contains(p))
                && next.is_some_and(|n| !n.is_whitespace())
        }
        _ => false,
    }
}

/// The close of a single-quoted quotation: ’ also ends plural possessives ("the workers’
/// strike"), so a ’ right after punctuation wins over an earlier bare one.
fn single_close(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let all: Vec<usize> = (i + 1..chars.len())
        .filter(|&j| closes(chars, j, '‘'))
        .collect();
    let punctuated = all
        .iter()
        .copied()
        .find(|&j| j > 0 && ",.!?;:".contains(chars[j - 1].1));
    punctuated.or_else(|| all.first().copied())
}

/// Whether the character at `j` closes a quotation opened by `open`.
fn closes(chars: &[(usize, char)], j: usize, open: char) -> bool {
    let c = chars[j].1;
    if !closers(open).contains(&c) {
        return false;
    }
    let next = chars.get(j + 1).map(|&(_, c)| c);
    match c {
        // "It’s": an apostrophe between letters closes nothing.
        '’' => next.is_none_or(|n| !n.is_alphanumeric()),
        // A second “ before any ” : the first quote was left open; end it here.
        '“' if open == '“' => true,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inners(text: &str) -> Vec<&str> {
        find_quotes(text, Span::new(0, text.len()))
            .iter()
            .map(|q| q.inner.slice(text))
            .collect()
    }

    #[test]
    fn curly_straight_guillemet_and_german_quotes_are_found() {
        assert_eq!(inners("“We act,” she said."), ["We act,"]);
        assert_eq!(inners("He said: \"No deal.\""), ["No deal."]);
        assert_eq!(inners("«Nous restons», dit-il."), ["Nous restons"]);
        assert_eq!(inners("Er sagte: „Wir bleiben.“"), ["Wir bleiben."]);
    }

    #[test]
    fn apostrophes_inside_a_quote_do_not_close_it() {
        assert_eq!(
            inners("‘It’s over, the workers’ strike,’ she said."),
            ["It’s over, the workers’ strike,"]
        );
    }

    #[test]
    fn an_apostrophe_alone_is_not_a_quote() {
        assert!(inners("The union’s leader won’t go.").is_empty());
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end() {
        let text = "“We will not stop here";
        let q = find_quotes(text, Span::new(0, text.len()));
        assert_eq!(q.len(), 1);
        assert!(q[0].close.is_none());
        assert_eq!(q[0].inner.slice(text), "We will not stop here");
    }

    #[test]
    fn empty_quotes_give_empty_inner_spans_without_panicking() {
        let text = "He said “” and \"\" then ‘’.";
        for q in find_quotes(text, Span::new(0, text.len())) {
            assert!(q.inner.slice(text).is_empty() || q.inner.len() < 3);
        }
    }
}
