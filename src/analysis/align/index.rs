//! Candidate sentence pairs from inverted indexes, so alignment never compares every sentence
//! with every other.
//!
//! Two indexes feed the candidates: hashed word shingles (the same five stems in a row, which
//! finds copied and lightly edited text) and postings of content stems (which finds rewrites
//! sharing rare words). Postings longer than a limit are skipped: a stem or shingle found in
//! hundreds of sentences says little about any one pair, and skipping it bounds the work per
//! sentence, so the cost grows about linearly with the corpus.

use super::tfidf::TermId;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;

/// Bounds on the index work.
#[derive(Clone, Copy, Debug)]
pub struct IndexLimits {
    /// Stems found in more sentences than this find no candidates.
    pub max_postings: usize,
    /// Shingles found in more sentences than this find no candidates.
    pub max_shingle_postings: usize,
    /// The best-scoring partners kept per sentence from the stem postings.
    pub per_sentence: usize,
}

/// What the index knows of one sentence.
#[derive(Clone, Debug, Default)]
pub struct SentenceKeys {
    /// The article the sentence belongs to.
    pub doc: u32,
    /// Content stems with their TF-IDF weight in the sentence.
    pub terms: Vec<(TermId, f32)>,
    /// Hashes of the sentence's shingles.
    pub shingles: Vec<u64>,
}

/// Hashes of every run of [`SHINGLE_WORDS`] consecutive terms.
///
/// ```
/// use crosscheck::analysis::align::index::shingles;
/// assert_eq!(shingles(&[1, 2, 3, 4, 5, 6]).len(), 2);
/// assert!(shingles(&[1, 2, 3]).is_empty());
/// ```
pub fn shingles(terms: &[TermId]) -> Vec<u64> {
    terms
        .windows(SHINGLE_WORDS)
        .map(|w| {
            let mut h = FxHasher::default();
            for t in w {
                h.write_u64(*t);
            }
            h.finish()
        })
        .collect()
}

/// Pairs of sentences (indices into `keys`, lower first) of different articles that share a
/// shingle or rank among each other's best stem matches. Sorted and free of duplicates.
pub fn candidate_pairs(keys: &[SentenceKeys], limits: &IndexLimits) -> Vec<(u32, u32)> {
    let mut pairs = shingle_pairs(keys, limits.max_shingle_postings);
    pairs.extend(term_pairs(keys, limits));
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// Entries sorted by key, and each key's range in them.
type Postings<T> = (Vec<(u64, u32, T)>, FxHashMap<u64, (usize, usize)>);

/// Groups `(key, sentence, payload)` entries by key.
fn postings<T: Copy + Send>(mut entries: Vec<(u64, u32, T)>) -> Postings<T> {
    entries.par_sort_unstable_by_key(|e| (e.0, e.1));
    let mut ranges = FxHashMap::default();
    let mut start = 0;
    for i in 1..=entries.len() {
        if i == entries.len() || entries[i].0 != entries[start].0 {
            ranges.insert(entries[start].0, (start, i));
            start = i;
        }
    }
    (entries, ranges)
}

fn shingle_pairs(keys: &[SentenceKeys], max_postings: usize) -> Vec<(u32, u32)> {
    let entries: Vec<(u64, u32, ())> = keys
        .iter()
        .enumerate()
        .flat_map(|(i, k)| k.shingles.iter().map(move |&h| (h, i as u32, ())))
        .collect();
    let (entries, ranges) = postings(entries);
    let mut groups: Vec<(usize, usize)> = ranges
        .into_values()
        .filter(|(s, e)| e - s >= 2 && e - s <= max_postings)
        .collect();
    groups.sort_unstable();
    groups
        .par_iter()
        .flat_map_iter(|&(s, e)| {
            let group = &entries[s..e];
            let mut out = Vec::new();
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    if keys[a.1 as usize].doc != keys[b.1 as usize].doc {
                        out.push((a.1, b.1));
                    }
                }
            }
            out
        })
        .collect()
}

fn term_pairs(keys: &[SentenceKeys], limits: &IndexLimits) -> Vec<(u32, u32)> {
    let entries: Vec<(u64, u32, f32)> = keys
        .iter()
        .enumerate()
        .flat_map(|(i, k)| k.terms.iter().map(move |&(t, w)| (t, i as u32, w)))
        .collect();
    let (entries, ranges) = postings(entries);
    (0..keys.len())
        .into_par_iter()
        .flat_map_iter(|i| {
            let mut scores: FxHashMap<u32, f32> = FxHashMap::default();
            let own = &keys[i];
            for &(t, w) in &own.terms {
                let Some(&(s, e)) = ranges.get(&t) else {
                    continue;
                };
                if e - s > limits.max_postings {
                    continue;
                }
                for &(_, j, wj) in &entries[s..e] {
                    if keys[j as usize].doc != own.doc {
                        *scores.entry(j).or_insert(0.0) += w * wj;
                    }
                }
            }
            let mut best: Vec<(u32, f32)> = scores.into_iter().collect();
            best.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            best.truncate(limits.per_sentence);
            let i = i as u32;
            best.into_iter().map(move |(j, _)| (i.min(j), i.max(j)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::align::tfidf::term_id;

    fn keys(doc: u32, words: &str) -> SentenceKeys {
        let terms: Vec<TermId> = words.split_whitespace().map(term_id).collect();
        SentenceKeys {
            doc,
            terms: terms.iter().map(|&t| (t, 0.5)).collect(),
            shingles: shingles(&terms),
        }
    }

    const LIMITS: IndexLimits = IndexLimits {
        max_postings: 100,
        max_shingle_postings: 100,
        per_sentence: 4,
    };

    #[test]
    fn sentences_sharing_words_across_articles_become_candidates() {
        let ks = [
            keys(0, "flood closes river bridge"),
            keys(0, "river bridge repairs"),
            keys(1, "bridge over river closed by flood"),
            keys(2, "school choir wins prize"),
        ];
        let pairs = candidate_pairs(&ks, &LIMITS);
        assert!(pairs.contains(&(0, 2)) && pairs.contains(&(1, 2)));
        assert!(!pairs.contains(&(0, 1)), "same article");
        assert!(pairs.iter().all(|&(a, b)| a != 3 && b != 3), "unrelated");
    }

    #[test]
    fn shared_shingles_make_candidates_even_without_weights() {
        let mut a = keys(0, "the army moved its tanks north");
        let mut b = keys(1, "the army moved its tanks south");
        a.terms.clear();
        b.terms.clear();
        assert_eq!(candidate_pairs(&[a, b], &LIMITS), [(0, 1)]);
    }

    #[test]
    fn over_common_postings_are_skipped() {
        let ks: Vec<SentenceKeys> = (0..6).map(|d| keys(d, "weather")).collect();
        let tight = IndexLimits {
            max_postings: 5,
            ..LIMITS
        };
        assert!(candidate_pairs(&ks, &tight).is_empty());
        assert!(!candidate_pairs(&ks, &LIMITS).is_empty());
    }

    #[test]
    fn partners_per_sentence_are_capped() {
        let ks: Vec<SentenceKeys> = (0..10).map(|d| keys(d, "storm")).collect();
        let pairs = candidate_pairs(&ks, &LIMITS);
        assert!(pairs.len() <= ks.len() * LIMITS.per_sentence);
        assert!(pairs.len() < ks.len() * (ks.len() - 1) / 2);
    }
}
