//! TF-IDF vectors over stemmed terms and their cosine: the paraphrase layer's similarity.
//!
//! Inverse document frequency is computed within the corpus, with sentences as the documents:
//! a story of five articles has too few articles to tell a story-wide word ("border") from a
//! rare one, but a hundred sentences do. Stop words stay in the vectors (they carry some
//! structure) but their weight is small because nearly every sentence has them.

use rustc_hash::{FxHashMap, FxHasher};
use std::hash::{Hash, Hasher};

/// A stem, hashed. 64-bit hashes make collisions negligible and save interning a vocabulary.
pub type TermId = u64;

/// The term of a token that carries none (the second part of a closed-up compound).
pub const NO_TERM: TermId = 0;

/// The stable id of a stem (the same on every run and thread).
pub fn term_id(stem: &str) -> TermId {
    let mut h = FxHasher::default();
    stem.hash(&mut h);
    h.finish().max(1)
}

/// How many sentences of the corpus contain each term.
#[derive(Debug, Default)]
pub struct Idf {
    frequency: FxHashMap<TermId, u32>,
    sentences: usize,
}

impl Idf {
    /// Counts, for each term, the sentences containing it. `sentences` yields each sentence's
    /// terms (repeats allowed).
    pub fn from_sentences<'a>(sentences: impl IntoIterator<Item = &'a [TermId]>) -> Idf {
        let mut idf = Idf::default();
        let mut seen: Vec<TermId> = Vec::new();
        for terms in sentences {
            seen.clear();
            seen.extend_from_slice(terms);
            seen.sort_unstable();
            seen.dedup();
            for t in &seen {
                *idf.frequency.entry(*t).or_insert(0) += 1;
            }
            idf.sentences += 1;
        }
        idf
    }

    /// Sentences containing `term`.
    pub fn frequency(&self, term: TermId) -> usize {
        self.frequency.get(&term).map_or(0, |&f| f as usize)
    }

    /// `ln(1 + N / f)`: positive for every term, largest for the rarest.
    pub fn weight(&self, term: TermId) -> f32 {
        let f = self.frequency(term).max(1) as f32;
        (1.0 + self.sentences.max(1) as f32 / f).ln()
    }
}

/// A sparse L2-normalised vector, sorted by term.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermVector {
    entries: Vec<(TermId, f32)>,
}

impl TermVector {
    /// Term frequency times [`Idf::weight`], normalised to unit length.
    pub fn new(terms: &[TermId], idf: &Idf) -> TermVector {
        let mut sorted: Vec<TermId> = terms.iter().copied().filter(|&t| t != NO_TERM).collect();
        sorted.sort_unstable();
        let mut entries: Vec<(TermId, f32)> = Vec::with_capacity(sorted.len());
        for t in sorted {
            match entries.last_mut() {
                Some((last, w)) if *last == t => *w += 1.0,
                _ => entries.push((t, 1.0)),
            }
        }
        for (t, w) in &mut entries {
            *w *= idf.weight(*t);
        }
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut entries {
                *w /= norm;
            }
        }
        TermVector { entries }
    }

    pub fn entries(&self) -> &[(TermId, f32)] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Cosine similarity (both vectors are unit length, so the dot product).
    pub fn cosine(&self, other: &TermVector) -> f32 {
        let (a, b) = (&self.entries, &other.entries);
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot.clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(words: &str) -> Vec<TermId> {
        words.split_whitespace().map(term_id).collect()
    }

    fn corpus() -> Idf {
        let sents = [
            ids("the mayor closed the bridge"),
            ids("the river rose in the night"),
            ids("the mayor said the bridge was safe"),
            ids("the school stayed open"),
        ];
        Idf::from_sentences(sents.iter().map(Vec::as_slice))
    }

    #[test]
    fn rare_terms_weigh_more_than_common_ones() {
        let idf = corpus();
        assert_eq!(idf.frequency(term_id("the")), 4);
        assert!(idf.weight(term_id("river")) > idf.weight(term_id("mayor")));
        assert!(idf.weight(term_id("mayor")) > idf.weight(term_id("the")));
    }

    #[test]
    fn identical_sentences_have_cosine_one_and_disjoint_ones_zero() {
        let idf = corpus();
        let a = TermVector::new(&ids("the mayor closed the bridge"), &idf);
        let b = TermVector::new(&ids("school stayed open"), &idf);
        assert!((a.cosine(&a) - 1.0).abs() < 1e-5);
        assert_eq!(a.cosine(&b), 0.0);
    }

    #[test]
    fn sharing_rare_words_scores_higher_than_sharing_stop_words() {
        let idf = corpus();
        let q = TermVector::new(&ids("the mayor closed the bridge"), &idf);
        let rare = TermVector::new(&ids("a bridge closed"), &idf);
        let common = TermVector::new(&ids("the the school"), &idf);
        assert!(q.cosine(&rare) > 0.5);
        assert!(q.cosine(&common) < q.cosine(&rare));
    }
}
