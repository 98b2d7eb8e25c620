//! Paragraphs, sentences and word tokens, each carrying its byte span in the original text.
//!
//! News captures put one paragraph on a line (sometimes with blank lines between), headlines and
//! subheads carry no final punctuation, and abbreviations (U.S., Mr., Sept., No. 10) are full of
//! full stops. Sentences here survive all of that; tokens are folded for matching but always map
//! back to the exact bytes they came from.

use super::fold::fold;
use super::span::Span;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// A word or number as written, with its folded form for matching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// Lower-cased, diacritics stripped, apostrophes unified ("Dvořák’s" → "dvorak's").
    pub norm: String,
    /// True when the token starts with a digit ("3,200", "2023", "1st").
    pub numeric: bool,
    /// True when the word as written starts with an upper-case letter.
    pub capitalized: bool,
}

/// A sentence (or a headline / subhead line) of the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Indices into [`Segmented::tokens`].
    pub tokens: Range<usize>,
    /// Index into [`Segmented::paragraphs`].
    pub paragraph: usize,
    /// A line without final punctuation that stands alone: a headline or subhead.
    pub heading: bool,
}

/// The segmentation of one article's body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmented {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl Segmented {
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.clone()]
    }

    /// The index of the sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.contains(offset)).then_some(i)
    }
}

/// Splits the `body` regions of `text` into paragraphs, sentences and tokens.
pub fn segment(text: &str, body: &[Span]) -> Segmented {
    let mut out = Segmented::default();
    for region in body {
        for para in paragraphs_in(text, *region) {
            let p = out.paragraphs.len();
            out.paragraphs.push(para);
            for sent in sentences_in(text, para) {
                let first = out.tokens.len();
                out.tokens.extend(tokenize(text, sent));
                let heading = is_heading(text, para, sent);
                for (span, tokens) in bounded_pieces(sent, first, &out.tokens[first..]) {
                    out.sentences.push(Sentence {
                        span,
                        tokens,
                        paragraph: p,
                        heading,
                    });
                }
            }
        }
    }
    out
}

/// No real sentence is this long; longer runs (text without punctuation) are cut into pieces of
/// this many words, so that the work of the aligner and the extractors per "sentence" stays
/// bounded whatever the input.
pub const MAX_SENTENCE_WORDS: usize = 150;

/// `sent` as one piece, or cut every [`MAX_SENTENCE_WORDS`] words (`tokens` are its tokens,
/// the first at index `first`). Pieces cover the sentence: each ends where the next begins.
fn bounded_pieces(sent: Span, first: usize, tokens: &[Token]) -> Vec<(Span, Range<usize>)> {
    if tokens.len() <= MAX_SENTENCE_WORDS {
        return vec![(sent, first..first + tokens.len())];
    }
    let mut out = Vec::new();
    let mut start = sent.start;
    for (k, chunk) in tokens.chunks(MAX_SENTENCE_WORDS).enumerate() {
        let lo = first + k * MAX_SENTENCE_WORDS;
        let is_last = lo + chunk.len() == first + tokens.len();
        let end = if is_last {
            sent.end
        } else {
            chunk.last().map_or(start, |t| t.span.end)
        };
        out.push((Span::new(start, end), lo..lo + chunk.len()));
        start = tokens
            .get(lo - first + chunk.len())
            .map_or(end, |t| t.span.start);
    }
    out
}

/// Word tokens of `span` in `text` (Unicode word boundaries; punctuation dropped).
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let slice = span.slice(text);
    slice
        .unicode_word_indices()
        .map(|(i, w)| {
            let first = w.chars().next().unwrap_or(' ');
            Token {
                span: Span::new(span.start + i, span.start + i + w.len()),
                norm: fold(w),
                numeric: first.is_ascii_digit(),
                capitalized: first.is_uppercase(),
            }
        })
        .collect()
}

/// Non-blank lines of `region`, trimmed: one paragraph per line, as captured pages have them.
fn paragraphs_in(text: &str, region: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = region.start;
    let slice = region.slice(text);
    for (i, c) in slice.char_indices() {
        if c == '\n' || c == '\r' {
            push_trimmed(text, Span::new(start, region.start + i), &mut out);
            start = region.start + i + c.len_utf8();
        }
    }
    push_trimmed(text, Span::new(start, region.end), &mut out);
    out
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let t = span.trim(text);
    if !t.is_empty() && t.slice(text).chars().any(|c| c.is_alphanumeric()) {
        out.push(t);
    }
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];

/// Sentences of one paragraph.
fn sentences_in(text: &str, para: Span) -> Vec<Span> {
    let s = para.slice(text);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // Take the run of terminators and closing quotes/brackets.
            let mut j = i + 1;
            while j < chars.len()
                && (matches!(chars[j].1, '.' | '!' | '?') || CLOSERS.contains(&chars[j].1))
            {
                j += 1;
            }
            let end = chars.get(j).map_or(s.len(), |&(p, _)| p);
            if is_boundary(s, &chars, i, j, pos) {
                let sent = Span::new(para.start + start, para.start + end).trim(text);
                if !sent.is_empty() {
                    out.push(sent);
                }
                start = end;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    let rest = Span::new(para.start + start, para.end).trim(text);
    if !rest.is_empty() && rest.slice(text).chars().any(|c| c.is_alphanumeric()) {
        out.push(rest);
    } else if let Some(last) = out.last_mut() {
        // Trailing punctuation only: keep it with the last sentence.
        last.end = last.end.max(rest.end);
    }
    out
}

/// Abbreviations that end in a full stop without ending a sentence (folded, without the stop).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "st", "jr", "sr", "lt", "col",
    "capt", "sgt", "maj", "cmdr", "adm", "rev", "hon", "pres", "supt", "insp", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc",
    "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "fig", "vol", "art", "para", "cf",
    "al", "mt", "ft", "gov't",
];

/// Whether the terminator run `chars[i..j]` (at byte `pos` of `s`) ends a sentence.
fn is_boundary(s: &str, chars: &[(usize, char)], i: usize, j: usize, pos: usize) -> bool {
    let terminator = chars[i].1;
    // What follows: end of paragraph, or white space then a sentence opener.
    let next = chars.get(j).map(|&(_, c)| c);
    let word_before = last_word(&s[..pos]);
    if terminator == '.' && j == i + 1 {
        if is_abbreviation(word_before, &s[..pos]) {
            // "the U.S. said" is no boundary, but "in the U.S. The next day" is.
            let after = s[chars.get(j).map_or(s.len(), |&(p, _)| p)..].trim_start();
            let next_word = after.split_whitespace().next().unwrap_or("");
            let dotted = word_before.contains('.');
            return dotted && starts_sentence_strongly(next_word);
        }
        if word_before.chars().all(|c| c.is_ascii_digit()) && !word_before.is_empty() {
            // "No. 10." handled above; "3.5" never gets here (no space); "in 2008." does.
            return next.is_none_or(char::is_whitespace);
        }
    }
    match next {
        None => true,
        Some(c) if c.is_whitespace() => {
            let after = s[chars[j].0..].trim_start();
            after
                .chars()
                .next()
                .is_none_or(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'«([".contains(c))
        }
        // "Moreau said.EU ministers": a missing space after a lower-case word.
        Some(c) if terminator == '.' && c.is_uppercase() => {
            word_before.len() >= 2 && word_before.chars().all(|c| c.is_lowercase())
        }
        _ => false,
    }
}

/// The run of non-space characters just before the terminator.
fn last_word(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || "(\"“‘'".contains(c))
        .map_or(0, |(p, c)| p + c.len_utf8());
    &before[start..]
}

fn is_abbreviation(word: &str, _before: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let folded = fold(word);
    // Initials and dotted acronyms: "J.", "U.S", "a.m".
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    ABBREVIATIONS.contains(&folded.as_str())
}

/// Words that, after an abbreviation like "U.S.", show a new sentence has begun.
fn starts_sentence_strongly(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "But",
        "And",
        "In",
        "On",
        "At",
        "Meanwhile",
        "However",
        "Its",
        "His",
        "Her",
        "Their",
    ];
    OPENERS.contains(&word.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// A short line without final punctuation that is a paragraph of its own.
fn is_heading(text: &str, para: Span, sent: Span) -> bool {
    if para != sent {
        return false;
    }
    let s = sent.slice(text).trim_end();
    let last = s.chars().last().unwrap_or('.');
    !".!?:;\"”’'»)…".contains(last) && s.split_whitespace().count() <= 20
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let seg = segment(text, &[Span::new(0, text.len())]);
        seg.sentences.iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn overlong_unpunctuated_text_is_cut_into_bounded_pieces() {
        let text: String = (0..400).map(|i| format!("word{i} ")).collect();
        let seg = segment(&text, &[Span::new(0, text.len())]);
        assert_eq!(seg.sentences.len(), 3);
        for s in &seg.sentences {
            assert!(s.tokens.len() <= MAX_SENTENCE_WORDS);
            let first = &seg.tokens[s.tokens.start];
            assert_eq!(
                s.span.start, first.span.start,
                "a piece starts at its first word"
            );
        }
        assert_eq!(
            seg.sentences[1].span.slice(&text).split_whitespace().next(),
            Some("word150")
        );
        let covered: usize = seg.sentences.iter().map(|s| s.tokens.len()).sum();
        assert_eq!(covered, 400);
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            sentences("One thing. Another thing! A third?"),
            ["One thing.", "Another thing!", "A third?"]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Smith met Dr. Jones on Sept. 24 at No. 10 Downing Street. They talked."),
            [
                "Mr. Smith met Dr. Jones on Sept. 24 at No. 10 Downing Street.",
                "They talked."
            ]
        );
        assert_eq!(
            sentences("The U.S. said it would act. It did."),
            ["The U.S. said it would act.", "It did."]
        );
    }

    #[test]
    fn dotted_acronym_at_sentence_end_still_splits_before_a_clear_opener() {
        assert_eq!(
            sentences("He moved to the U.S. The rest followed."),
            ["He moved to the U.S.", "The rest followed."]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            sentences("“It is worrying,” he said. “We act now.” Then he left."),
            [
                "“It is worrying,” he said.",
                "“We act now.”",
                "Then he left."
            ]
        );
    }

    #[test]
    fn missing_space_after_full_stop_still_splits() {
        assert_eq!(
            sentences("clear, Moreau said.EU officials agreed."),
            ["clear, Moreau said.", "EU officials agreed."]
        );
    }

    #[test]
    fn lines_are_paragraphs_and_headlines_are_headings() {
        let text = "Mayor warns of flood risk near river\n\nThe mayor warned. It said more.\r\nSubhead here\n";
        let seg = segment(text, &[Span::new(0, text.len())]);
        assert_eq!(seg.paragraphs.len(), 3);
        let heads: Vec<bool> = seg.sentences.iter().map(|s| s.heading).collect();
        assert_eq!(heads, [true, false, false, true]);
    }

    #[test]
    fn decimal_numbers_are_not_boundaries() {
        assert_eq!(
            sentences("Growth was 3.5 percent. Fine."),
            ["Growth was 3.5 percent.", "Fine."]
        );
    }

    #[test]
    fn tokens_keep_their_spans_and_fold() {
        let text = "Dvořák’s 3,200 troops";
        let toks = tokenize(text, Span::new(0, text.len()));
        let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["dvorak's", "3,200", "troops"]);
        for t in &toks {
            assert!(!t.span.slice(text).is_empty());
        }
        assert!(toks[1].numeric && toks[0].capitalized && !toks[2].capitalized);
    }

    #[test]
    fn sentence_at_finds_the_enclosing_sentence() {
        let text = "First one. Second one.";
        let seg = segment(text, &[Span::new(0, text.len())]);
        assert_eq!(seg.sentence_at(12), Some(1));
        assert_eq!(seg.sentence_at(10), None);
    }
}
