//! The sentences of an article that name actors: its body plus a headline held apart as page
//! furniture, since headlines often report statements ("Union Urges Talks").

use crate::analysis::segment::{Segmented, segment};
use crate::analysis::span::Span;
use crate::corpus::Article;

/// The segmentation of an article's headline when it lies outside the analysed body.
///
/// Why: the loader may mark the headline as furniture, which takes it out of the body; its
/// actors and statements still count.
pub fn headline_segment(article: &Article, body: &Segmented) -> Option<Segmented> {
    let span = article.title_span?;
    if span.is_empty() || article.text.get(span.start..span.end).is_none() {
        return None;
    }
    let inside_body = body.sentences.iter().any(|s| s.span.overlaps(&span));
    if inside_body {
        return None;
    }
    let mut seg = segment(&article.text, &[span]);
    for s in &mut seg.sentences {
        s.heading = true;
    }
    Some(seg)
}

/// The article's segmentations to scan: the headline first (when held apart), then the body.
pub fn views<'a>(
    body: &'a Segmented,
    headline: Option<&'a Segmented>,
) -> impl Iterator<Item = &'a Segmented> {
    headline.into_iter().chain(std::iter::once(body))
}

/// True when the text between two byte offsets is only spaces (no line break, no punctuation).
pub fn only_spaces(text: &str, from: usize, to: usize) -> bool {
    from <= to
        && Span::new(from, to)
            .slice(text)
            .chars()
            .all(|c| c == ' ' || c == '\u{a0}' || c == '\t')
        && text.get(from..to).is_some()
}
