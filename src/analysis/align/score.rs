//! Scoring one candidate sentence pair: the TF-IDF cosine of each of their units against each,
//! keeping the tightest unit pair that explains the most shared content.
//!
//! A clause is the right unit when the rest of its sentence says something else; when the rest
//! also matches, cutting it off would hide shared content. So among the unit pairs over the
//! threshold, the one sharing the most content (summed IDF of shared stems) wins, and among
//! equals the most similar, which is the tightest: words that add nothing shared only dilute it.

use super::select::{Piece, UnitMatch};
use super::units::{SentenceUnits, Shared, Unit};

/// Whole sentences at least this similar are matched as they are.
const WHOLE_SENTENCE_MATCH: f32 = 0.9;

/// Content stems two whole sentences must share to be matched: one shared name is not a
/// shared passage.
pub const MIN_SHARED_CONTENT: usize = 2;

/// Content stems a clause must share with its partner: short pieces match by chance more often
/// ("in response to the situation"), so they need more evidence.
const MIN_SHARED_CONTENT_CLAUSE: usize = 3;

/// The match for one candidate sentence pair: the best unit pair scoring at least `threshold`,
/// else the best scoring at least `fallback` (for weaker matches that selection only keeps
/// between articles that are rewrites of each other), else none.
pub fn score_sentence_pair(
    lhs: &SentenceUnits,
    rhs: &SentenceUnits,
    threshold: f32,
    fallback: f32,
) -> Option<UnitMatch> {
    // A headline sums up a whole article in a few words, so it shares some with many body
    // sentences; what it restates is the other article's headline.
    if lhs.heading != rhs.heading {
        return None;
    }
    let floor = threshold.min(fallback);
    let sentences = (lhs.sentence, rhs.sentence);
    let whole = lhs.whole().vector.cosine(&rhs.whole().vector);
    if whole >= WHOLE_SENTENCE_MATCH {
        return unit_match(
            lhs.whole(),
            rhs.whole(),
            sentences,
            floor,
            MIN_SHARED_CONTENT,
        )
        .map(|(m, _)| m);
    }
    let mut all = Vec::new();
    for (i, a) in lhs.units.iter().enumerate() {
        for (j, b) in rhs.units.iter().enumerate() {
            let need = if i == 0 && j == 0 {
                MIN_SHARED_CONTENT
            } else {
                MIN_SHARED_CONTENT_CLAUSE
            };
            // A weak match has the least evidence, so it needs as much shared content as a
            // clause does.
            let m = unit_match(a, b, sentences, floor, need).filter(|(m, shared)| {
                m.score >= threshold || shared.terms >= MIN_SHARED_CONTENT_CLAUSE
            });
            all.extend(m);
        }
    }
    let strong = all.iter().any(|(m, _)| m.score >= threshold);
    all.into_iter()
        .filter(|(m, _)| !strong || m.score >= threshold)
        .max_by(|(a, ma), (b, mb)| {
            ma.mass
                .total_cmp(&mb.mass)
                .then(a.score.total_cmp(&b.score))
                .then(b.lhs.tokens.start.cmp(&a.lhs.tokens.start))
                .then(b.rhs.tokens.start.cmp(&a.rhs.tokens.start))
        })
        .map(|(m, _)| m)
}

/// Units sharing fewer common words than asked are still matched at this similarity: their
/// shared names then make up most of both (a sentence that is mostly a title and a name).
const NAMES_ONLY_MATCH: f32 = 0.6;

/// The match of two units with the content they share, when it passes the bars.
fn unit_match(
    a: &Unit,
    b: &Unit,
    (lhs_sentence, rhs_sentence): (usize, usize),
    threshold: f32,
    min_common: usize,
) -> Option<(UnitMatch, Shared)> {
    let score = a.vector.cosine(&b.vector);
    if score < threshold {
        return None;
    }
    let shared = a.shared_content(b);
    if shared.terms < min_common || (shared.common < min_common && score < NAMES_ONLY_MATCH) {
        return None;
    }
    let m = UnitMatch {
        lhs: piece(a, lhs_sentence),
        rhs: piece(b, rhs_sentence),
        score,
    };
    Some((m, shared))
}

fn piece(u: &Unit, sentence: usize) -> Piece {
    Piece {
        tokens: u.tokens.clone(),
        span: u.span,
        sentence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::align::tfidf::Idf;
    use crate::analysis::align::units::{DocTerms, doc_units};
    use crate::analysis::segment::segment;
    use crate::analysis::span::Span;
    use crate::analysis::stem::WordStemmer;

    /// The units of each text's first sentence, weighted over all the texts' sentences.
    fn first_sentences(texts: &[&str]) -> Vec<SentenceUnits> {
        let stemmer = WordStemmer::new();
        let segs: Vec<_> = texts
            .iter()
            .map(|t| segment(t, &[Span::new(0, t.len())]))
            .collect();
        let terms: Vec<DocTerms> = texts
            .iter()
            .zip(&segs)
            .map(|(t, s)| DocTerms::new(t, s, &stemmer))
            .collect();
        let idf = Idf::from_sentences(
            segs.iter()
                .zip(&terms)
                .flat_map(|(s, t)| s.sentences.iter().map(move |x| &t.terms[x.tokens.clone()])),
        );
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| doc_units(t, &segs[i], &terms[i], &idf).remove(0))
            .collect()
    }

    const FILLER: &str = " The harbour reopened. Fishing boats left at dawn. Prices of fish fell.";

    #[test]
    fn a_clause_is_matched_alone_when_the_rest_of_its_sentence_says_something_else() {
        let a = format!(
            "Calling the storm damage severe and widespread, the governor asked farmers to stay indoors.{FILLER}"
        );
        let b = format!("Officials described the storm damage as severe and widespread.{FILLER}");
        let s = first_sentences(&[&a, &b]);
        let m = score_sentence_pair(&s[0], &s[1], 0.3, 0.3);
        let m = m.unwrap_or_else(|| panic!("no match"));
        assert_eq!(
            m.lhs.span.slice(&a),
            "Calling the storm damage severe and widespread"
        );
    }

    #[test]
    fn the_whole_sentence_is_matched_when_all_of_it_is_shared() {
        let a = format!(
            "The governor closed the schools, citing severe storm damage to roads.{FILLER}"
        );
        let b =
            format!("Citing severe storm damage to roads, the governor closed schools.{FILLER}");
        let s = first_sentences(&[&a, &b]);
        let m = score_sentence_pair(&s[0], &s[1], 0.3, 0.3).unwrap_or_else(|| panic!("no match"));
        assert!(m.lhs.span.slice(&a).ends_with("roads."));
        assert!(m.rhs.span.slice(&b).starts_with("Citing"));
    }

    #[test]
    fn a_headline_is_matched_only_with_a_headline() {
        let a =
            format!("Storm closes mountain roads\n\nThe storm closed the mountain roads.{FILLER}");
        let b = format!("The storm closed mountain roads on Monday.{FILLER}");
        let s = first_sentences(&[&a, &b]);
        assert!(s[0].heading && !s[1].heading);
        assert_eq!(score_sentence_pair(&s[0], &s[1], 0.3, 0.2), None);
    }

    #[test]
    fn words_a_rewrite_swaps_count_as_shared() {
        let a = format!("The minister voiced apprehension about the troops at the border.{FILLER}");
        let b = format!("The minister expressed concern about the forces at the border.{FILLER}");
        let s = first_sentences(&[&a, &b]);
        let m = score_sentence_pair(&s[0], &s[1], 0.3, 0.2).unwrap_or_else(|| panic!("no match"));
        assert!(m.score > 0.9, "{}", m.score);
    }

    #[test]
    fn sharing_only_a_name_is_not_a_match() {
        let a =
            format!("Governor Ilse Marten praised the volunteers who cleared the roads.{FILLER}");
        let b =
            format!("Governor Ilse Marten will travel abroad next month for trade talks.{FILLER}");
        let s = first_sentences(&[&a, &b]);
        assert_eq!(score_sentence_pair(&s[0], &s[1], 0.3, 0.2), None);
    }
}
