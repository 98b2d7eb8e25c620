//! Alignment units: each body sentence, its clause pieces and pairs of adjacent pieces, each
//! with a TF-IDF vector.
//!
//! Sentences are what rewrites usually keep together; clause pieces are what they keep when they
//! cut a long sentence down. Offering both lets the best-scoring, tightest unit win.

use super::clause::clause_pieces;
use super::synonyms::canonical;
use super::tfidf::{Idf, NO_TERM, TermId, TermVector, term_id};
use crate::analysis::segment::Segmented;
use crate::analysis::span::Span;
use crate::analysis::stem::{WordStemmer, is_stop_word, joins_with_hyphen};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Sentences with fewer word tokens than this are not aligned (too little to tell a match).
pub const MIN_SENTENCE_TOKENS: usize = 3;

/// Sentences with more clause pieces than this (lists, run-on text) are aligned whole only,
/// which bounds the unit pairs scored per sentence pair.
pub const MAX_PIECES: usize = 8;

/// The stemmed terms of one article's tokens.
#[derive(Clone, Debug, Default)]
pub struct DocTerms {
    /// One term per token of `Segmented::tokens`.
    pub terms: Vec<TermId>,
    /// True where the token is a content word (not a stop word): only these find candidates.
    pub content: Vec<bool>,
    /// True where the token reads as a common word rather than a name: it is not capitalised,
    /// or it stands in a title-case heading and the article writes its term in lower case
    /// elsewhere ("Bridge" in "Mayor Orders Bridge Closure", when the body says "bridge"). In
    /// such a heading capitals say nothing about names.
    pub common: Vec<bool>,
}

impl DocTerms {
    /// Stems every token; a hyphenated compound that others write as one word ("sit-in",
    /// "re-election") becomes one term on its first part, and its second part a non-content
    /// [`NO_TERM`].
    pub fn new(text: &str, seg: &Segmented, stemmer: &WordStemmer) -> DocTerms {
        let tokens = &seg.tokens;
        let mut terms = Vec::with_capacity(tokens.len());
        let mut content = Vec::with_capacity(tokens.len());
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            let next = tokens.get(i + 1);
            let hyphenated = next.filter(|n| {
                text.get(t.span.end..n.span.start) == Some("-")
                    && joins_with_hyphen(&t.norm, &n.norm)
            });
            if let Some(n) = hyphenated {
                let joined = format!("{}{}", t.norm, n.norm);
                terms.extend([term_of(stemmer, &joined), NO_TERM]);
                content.extend([true, false]);
                i += 2;
                continue;
            }
            terms.push(term_of(stemmer, &t.norm));
            content.push(!is_stop_word(&t.norm));
            i += 1;
        }
        let common = common_words(seg, &terms);
        DocTerms {
            terms,
            content,
            common,
        }
    }
}

/// Per token, whether it reads as a common word (see [`DocTerms::common`]).
fn common_words(seg: &Segmented, terms: &[TermId]) -> Vec<bool> {
    let mut common: Vec<bool> = seg.tokens.iter().map(|t| !t.capitalized).collect();
    let lower: FxHashSet<TermId> = terms
        .iter()
        .zip(&common)
        .filter(|&(_, &c)| c)
        .map(|(&t, _)| t)
        .collect();
    for sentence in seg.sentences.iter().filter(|s| s.heading) {
        for i in sentence.tokens.clone() {
            if terms.get(i).is_some_and(|t| lower.contains(t)) {
                common[i] = true;
            }
        }
    }
    common
}

/// The term of a folded word: its stem, then the stem standing for its synonym group, then a
/// demonym's place. The order matters: the synonym table is keyed by plain stems.
fn term_of(stemmer: &WordStemmer, word: &str) -> TermId {
    term_id(place_of_demonym(canonical(&stemmer.stem(word))))
}

/// A stem ending in "-an" ("-ian") without its last letter, so a demonym meets its place:
/// "Serbian" and "Serbia", "Koreans" and "Korea". Applied to every stem alike, so a word that
/// only looks like a demonym ("veteran") is cut the same way in every article and still
/// matches itself.
fn place_of_demonym(stem: &str) -> &str {
    if stem.len() > 5 && stem.is_ascii() && stem.ends_with("an") {
        &stem[..stem.len() - 1]
    } else {
        stem
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
    /// The unit's distinct content stems, sorted, with their IDF weight and whether the stem
    /// is used as a common word (not only as a capitalised name) in the unit.
    pub content: Vec<ContentTerm>,
}

/// A content stem of a unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContentTerm {
    pub term: TermId,
    pub idf: f32,
    /// False when every use in the unit is a capitalised word inside the sentence (a name).
    pub common: bool,
}

/// What two units' content stems have in common.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shared {
    /// Shared stems used as common words on both sides: names alone do not make a passage.
    pub common: usize,
    /// All shared content stems, names included.
    pub terms: usize,
    /// Sum of the IDF weights of all shared stems: how much content the match explains.
    pub mass: f32,
}

impl Unit {
    /// Content stems found in both units.
    pub fn shared_content(&self, other: &Unit) -> Shared {
        let (a, b) = (&self.content, &other.content);
        let (mut i, mut j) = (0, 0);
        let mut out = Shared::default();
        while i < a.len() && j < b.len() {
            match a[i].term.cmp(&b[j].term) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    out.mass += a[i].idf;
                    out.terms += 1;
                    out.common += usize::from(a[i].common && b[j].common);
                    i += 1;
                    j += 1;
                }
            }
        }
        out
    }
}

/// The units of one sentence: `units[0]` is the whole sentence, the rest its clause pieces and
/// pairs of adjacent pieces.
#[derive(Clone, Debug)]
pub struct SentenceUnits {
    /// Index into `Segmented::sentences`.
    pub sentence: usize,
    /// A headline or subhead rather than a sentence of running text.
    pub heading: bool,
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
            content: content_terms(terms, idf, r.clone(), range.start),
            tokens: r,
            span,
        };
        let whole = sentence_span(text, seg, si);
        let mut units = vec![make(range.clone(), whole)];
        let pieces = clause_pieces(text, seg.sentence_tokens(sentence));
        // A headline is matched whole: its few words make one claim, and a rewrite's headline
        // restates all of it, not a clause.
        if !sentence.heading && (2..=MAX_PIECES).contains(&pieces.len()) {
            let abs = |r: &Range<usize>| range.start + r.start..range.start + r.end;
            let mut windows: Vec<Range<usize>> = pieces.iter().map(abs).collect();
            if pieces.len() > 2 {
                windows.extend(pieces.windows(2).map(|w| abs(&(w[0].start..w[1].end))));
            }
            for w in windows {
                // The last piece keeps the sentence's closing punctuation, so a passage that
                // ends with its sentence does not leave a stray full stop behind.
                let end = if w.end == range.end {
                    whole.end
                } else {
                    seg.tokens[w.end - 1].span.end
                };
                let span = Span::new(seg.tokens[w.start].span.start, end);
                units.push(make(w, span));
            }
        }
        out.push(SentenceUnits {
            sentence: si,
            heading: sentence.heading,
            units,
        });
    }
    out
}

/// The content terms of `range`, a stretch of the sentence starting at token `sentence_start`.
fn content_terms(
    terms: &DocTerms,
    idf: &Idf,
    range: Range<usize>,
    sentence_start: usize,
) -> Vec<ContentTerm> {
    let mut out: Vec<ContentTerm> = range
        .filter(|&i| terms.content[i])
        .map(|i| ContentTerm {
            term: terms.terms[i],
            idf: idf.weight(terms.terms[i]),
            common: terms.common[i] || i == sentence_start,
        })
        .collect();
    out.sort_unstable_by(|a, b| a.term.cmp(&b.term).then(b.common.cmp(&a.common)));
    out.dedup_by(|next, kept| next.term == kept.term);
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
        let terms = DocTerms::new(text, &seg, &stemmer);
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
    fn the_last_clause_keeps_the_closing_punctuation() {
        let text = "The bridge reopened on Monday, ending a month of detours for commuters.";
        let (_, units) = build(text);
        let shown: Vec<&str> = units[0].units.iter().map(|u| u.span.slice(text)).collect();
        assert!(
            shown.contains(&"ending a month of detours for commuters."),
            "{shown:?}"
        );
        assert!(
            shown.contains(&"The bridge reopened on Monday"),
            "{shown:?}"
        );
    }

    #[test]
    fn a_demonym_and_its_place_share_a_term() {
        let text = "Serbian troops moved. Serbia moved troops. Veterans met veteran groups.";
        let seg = segment(text, &[Span::new(0, text.len())]);
        let terms = DocTerms::new(text, &seg, &WordStemmer::new());
        assert_eq!(terms.terms[0], terms.terms[3], "Serbian / Serbia");
        assert_eq!(terms.terms[6], terms.terms[8], "Veterans / veteran");
        assert_ne!(terms.terms[0], terms.terms[1]);
        // After the synonym table, so its groups stay whole.
        let text = "The spokesman spoke. The spokesperson spoke.";
        let seg = segment(text, &[Span::new(0, text.len())]);
        let terms = DocTerms::new(text, &seg, &WordStemmer::new());
        assert_eq!(terms.terms[1], terms.terms[4], "spokesman / spokesperson");
    }

    #[test]
    fn title_case_heading_words_the_body_writes_in_lower_case_are_common_words() {
        let text = "Mayor Orders Bridge Closure After Flood\n\nThe mayor ordered the closure of the bridge on Monday.";
        let seg = segment(text, &[Span::new(0, text.len())]);
        assert!(seg.sentences[0].heading);
        let terms = DocTerms::new(text, &seg, &WordStemmer::new());
        let common: Vec<(&str, bool)> = seg
            .tokens
            .iter()
            .zip(&terms.common)
            .map(|(t, &c)| (t.span.slice(text), c))
            .take(6)
            .collect();
        assert_eq!(
            common,
            [
                ("Mayor", true),
                ("Orders", true),
                ("Bridge", true),
                ("Closure", true),
                ("After", false),
                ("Flood", false)
            ]
        );
        // Outside headings a capital still marks a name.
        assert!(!terms.common[seg.sentences[1].tokens.start]);
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
