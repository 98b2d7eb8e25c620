//! Shared pieces of the fuzz targets: turning fuzzer bytes into articles, and the invariants
//! every target checks (spans inside the text, on character boundaries, in order).

use crosscheck::analysis::segment::{Segmented, segment};
use crosscheck::analysis::span::Span;
use crosscheck::corpus::load::{Format, articles_from_bytes};
use crosscheck::corpus::{Article, Corpus};

/// Splits fuzzer input at the first `0xFF` byte (never part of UTF-8) into two texts, so one
/// input describes a pair of articles; invalid UTF-8 is replaced rather than rejected.
pub fn two_texts(data: &[u8]) -> (String, String) {
    let (lhs, rhs) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &data[data.len() / 2..]),
    };
    (
        String::from_utf8_lossy(lhs).into_owned(),
        String::from_utf8_lossy(rhs).into_owned(),
    )
}

/// The article the loader makes of `text` as a `.txt` file; a bare article when it refuses
/// (blank text), so the analysis still runs on it.
pub fn article(name: &str, text: &str) -> Article {
    articles_from_bytes(name, Format::Text, text.as_bytes())
        .ok()
        .and_then(|p| p.articles.into_iter().next())
        .unwrap_or_else(|| Article {
            id: name.to_string(),
            path: name.to_string(),
            text: text.to_string(),
            text_is_file: true,
            ..Article::default()
        })
}

/// A corpus of the given texts, loaded as text files.
pub fn corpus(texts: &[&str]) -> Corpus {
    Corpus::from_texts(texts)
}

/// Segments every article's body, as the analysis does.
pub fn segment_all(corpus: &Corpus) -> Vec<Segmented> {
    corpus
        .articles
        .iter()
        .map(|a| segment(&a.text, &a.body_spans()))
        .collect()
}

/// Panics unless `span` lies inside `text` on character boundaries.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a character"
    );
}

/// Panics unless every paragraph, sentence and token of `seg` is a valid span of `text`, and
/// sentences are in order with tokens inside them.
pub fn check_segmented(text: &str, seg: &Segmented) {
    for p in &seg.paragraphs {
        check_span(text, *p, "paragraph");
    }
    let mut last_end = 0;
    for s in &seg.sentences {
        check_span(text, s.span, "sentence");
        assert!(
            s.span.start >= last_end,
            "sentences overlap at {:?}",
            s.span
        );
        last_end = s.span.end;
        assert!(
            s.tokens.end <= seg.tokens.len(),
            "token range {:?}",
            s.tokens
        );
        for t in seg.sentence_tokens(s) {
            check_span(text, t.span, "token");
            assert!(
                s.span.start <= t.span.start && t.span.end <= s.span.end,
                "token {:?} outside its sentence {:?}",
                t.span,
                s.span
            );
        }
    }
}
