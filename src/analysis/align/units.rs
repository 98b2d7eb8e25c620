//! Alignment units: each body sentence, its clause pieces and pairs of adjacent pieces, each
//! with a TF-IDF vector.
//!
//! Sentences are what rewrites usually keep together; clause pieces are what they keep when they
//! cut a long sentence down. Offering both lets the best-scoring, tightest unit win.

use super::clause::clause_pieces;
use super::tfidf::{Idf, TermId, TermVector, term_id};
use crate::analysis::segment::Segmented;
use crate::analysis::span::Span;
use crate::analysis::stem::{WordStemmer, is_stop_word};
use std::ops::Range;

/// Sentences with fewer word tokens than this are not aligned (too little to tell a match).
pub const MIN_SENTENCE_TOKENS: usize = 3;

/// The stemmed terms of one article's tokens.
#[derive(Clone, Debug, Default)]
pub struct DocTerms {
    /// One term per token of `Segmented::tokens`.
    pub terms: Vec<TermId>,
    /// True where the token is a content word (not a stop word): only these find candidates.
    pub content: Vec<bool>,
}

impl DocTerms {
    pub fn new(seg: &Segmented, stemmer: &WordStemmer) -> DocTerms {
        let terms = seg
            .tokens
            .iter()
            .map(|t| term_id(&stemmer.stem(&t.norm)))
            .collect();
        let content = seg.tokens.iter().map(|t| !is_stop_word(&t.norm)).collect();
        DocTerms { terms, content }
    }
}

/// One alignable stretch of a sentence.
#[derive(Clone, Debug)]
pub struct Unit {
    /// Token indices into `Segmented::tokens`.
    pub tokens: Range<usize>,
    /// From the first token's start to the last token's end (plus closing punctuation for a
    /// whole sentence).
    pub span: Span,
    pub vector: TermVector,
    /// The unit's distinct content stems, sorted: a match must share a few of them.
    pub content: Vec<TermId>,
}

impl Unit {
    /// Content stems found in both units.
    pub fn shared_content(&self, other: &Unit) -> usize {
        let (a, b) = (&self.content, &other.content);
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }
}

/// The units of one sentence: `units[0]` is the whole sentence, the rest its clause pieces and
/// pairs of adjacent pieces.
#[derive(Clone, Debug)]
pub struct SentenceUnits {
    /// Index into `Segmented::sentences`.
    pub sentence: usize,
    pub units: Vec<Unit>,
}

impl SentenceUnits {
    pub fn whole(&self) -> &Unit {
        &self.units[0]
    }
}

/// The units of every alignable sentence of one article.
pub fn doc_units(text: &str, seg: &Segmented, terms: &DocTerms, idf: &Idf) -> Vec<SentenceUnits> {
    let mut out = Vec::new();
    for (si, sentence) in seg.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        if range.len() < MIN_SENTENCE_TOKENS {
            continue;
        }
        let make = |r: Range<usize>, span: Span| Unit {
            vector: TermVector::new(&terms.terms[r.clone()], idf),
            content: content_terms(terms, r.clone()),
            tokens: r,
            span,
        };
        let mut units = vec![make(range.clone(), sentence_span(text, seg, si))];
        let pieces = clause_pieces(text, seg.sentence_tokens(sentence));
        if pieces.len() > 1 {
            let abs = |r: &Range<usize>| range.start + r.start..range.start + r.end;
            let mut windows: Vec<Range<usize>> = pieces.iter().map(abs).collect();
            if pieces.len() > 2 {
                windows.extend(pieces.windows(2).map(|w| abs(&(w[0].start..w[1].end))));
            }
            for w in windows {
                let span = Span::new(
                    seg.tokens[w.start].span.start,
                    seg.tokens[w.end - 1].span.end,
                );
                units.push(make(w, span));
            }
        }
        out.push(SentenceUnits {
            sentence: si,
            units,
        });
    }
    out
}

fn content_terms(terms: &DocTerms, range: Range<usize>) -> Vec<TermId> {
    let mut out: Vec<TermId> = range
        .filter(|&i| terms.content[i])
        .map(|i| terms.terms[i])
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The sentence from its first word to its end, so an opening quotation mark or bullet does
/// not start the span but the closing full stop and quotation mark stay.
fn sentence_span(text: &str, seg: &Segmented, si: usize) -> Span {
    let s = &seg.sentences[si];
    let first = seg.tokens[s.tokens.start].span.start;
    let last = seg.tokens[s.tokens.end - 1].span.end;
    let tail = text.get(last..s.span.end).unwrap_or("");
    let keep = tail
        .char_indices()
        .take_while(|&(_, c)| ".!?\"”’'»)…".contains(c))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    Span::new(first, last + keep)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::segment;

    fn build(text: &str) -> (Segmented, Vec<SentenceUnits>) {
        let seg = segment(text, &[Span::new(0, text.len())]);
        let stemmer = WordStemmer::new();
        let terms = DocTerms::new(&seg, &stemmer);
        let idf = Idf::from_sentences(seg.sentences.iter().map(|s| &terms.terms[s.tokens.clone()]));
        let units = doc_units(text, &seg, &terms, &idf);
        (seg, units)
    }

    #[test]
    fn sentences_get_clause_units_and_adjacent_pairs() {
        let text = "Ortega, while not confirming the plan, rejected claims of a secret deal, pointing to the empty budget lines.";
        let (_, units) = build(text);
        let shown: Vec<&str> = units[0].units.iter().map(|u| u.span.slice(text)).collect();
        assert_eq!(shown[0], text);
        assert!(shown.contains(&"rejected claims of a secret deal"));
        assert!(
            shown.contains(
                &"Ortega, while not confirming the plan, rejected claims of a secret deal"
            )
        );
        assert_eq!(shown.len(), 1 + 3 + 2);
    }

    #[test]
    fn very_short_sentences_are_not_units() {
        let (_, units) = build("Yes. The committee will meet again in June.");
        assert_eq!(units.len(), 1);
        assert_eq!(units[0].sentence, 1);
    }

    #[test]
    fn sentence_spans_drop_opening_quotes_but_keep_closing_ones() {
        let text = "“We will rebuild the bridge.” The work starts soon.";
        let (_, units) = build(text);
        assert_eq!(
            units[0].whole().span.slice(text),
            "We will rebuild the bridge.”"
        );
    }
}
