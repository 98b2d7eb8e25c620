//! Stemming of folded word tokens, so that "withdrawing", "withdraws" and "withdraw" match.
//!
//! Rewrites of one wire story change word forms freely ("called on" / "is calling on"), so the
//! paraphrase layer compares stems, not words. Possessives are dropped first because news text
//! writes both "Kosovo's" and "Kosovo’s" (folded to the same apostrophe by [`super::fold`]).

use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;

/// An English stemmer for folded tokens.
///
/// ```
/// use crosscheck::analysis::stem::WordStemmer;
/// let s = WordStemmer::new();
/// assert_eq!(s.stem("withdrawing"), s.stem("withdraws"));
/// assert_eq!(s.stem("country's"), s.stem("country"));
/// ```
pub struct WordStemmer {
    inner: Stemmer,
}

impl Default for WordStemmer {
    fn default() -> Self {
        Self::new()
    }
}

impl WordStemmer {
    pub fn new() -> Self {
        WordStemmer {
            inner: Stemmer::create(Algorithm::English),
        }
    }

    /// The stem of a folded (lower-case) token; numbers and non-Latin words are kept as they are.
    pub fn stem<'a>(&self, folded: &'a str) -> Cow<'a, str> {
        let base = strip_possessive(folded);
        if base.chars().any(|c| !c.is_ascii_lowercase() && c != '-') {
            return Cow::Borrowed(base);
        }
        match american_ize(base) {
            Some(us) => Cow::Owned(self.inner.stem(&us).into_owned()),
            None => self.inner.stem(base),
        }
    }
}

/// British "-ise" spellings in their "-ize" form ("authorised" → "authorized"), so wire copy
/// edited on either side of the Atlantic still matches. Applied to every word alike, so a word
/// that only looks British ("promised") is changed the same way everywhere and still matches.
fn american_ize(word: &str) -> Option<String> {
    const ENDINGS: &[&str] = &["ise", "ised", "ises", "ising", "isation", "isations"];
    let ending = ENDINGS.iter().find(|e| word.ends_with(*e))?;
    let stem_len = word.len() - ending.len();
    if stem_len < 4 {
        return None;
    }
    Some(format!("{}iz{}", &word[..stem_len], &ending[2..]))
}

/// Whether two word parts joined by a hyphen are better matched as one word: a prefix
/// ("de-escalation", "pre-planned") or a particle ("build-up"), which other writers close up.
pub fn joins_with_hyphen(first: &str, second: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "anti", "co", "de", "ex", "inter", "multi", "non", "post", "pre", "pro", "re", "semi",
        "sub",
    ];
    const PARTICLES: &[&str] = &["down", "in", "off", "out", "over", "up"];
    PREFIXES.contains(&first) || PARTICLES.contains(&second)
}

/// "kosovo's" → "kosovo", "forces'" → "forces"; other apostrophes ("don't") stay.
fn strip_possessive(folded: &str) -> &str {
    folded
        .strip_suffix("'s")
        .or_else(|| folded.strip_suffix('\''))
        .unwrap_or(folded)
}

/// Function words: kept in similarity vectors (with low weight) but never used to find
/// candidates, because every sentence has them.
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.binary_search(&folded).is_ok()
}

/// Sorted, for binary search.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "doing", "during", "each", "for", "from", "had", "has", "have",
    "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
    "it", "it's", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now",
    "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "s",
    "said", "same", "says", "she", "should", "so", "some", "such", "t", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "whom", "why", "will", "with", "would", "you", "your",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem() {
        let s = WordStemmer::new();
        assert_eq!(s.stem("calling"), s.stem("called"));
        assert_eq!(s.stem("forces"), s.stem("force"));
        assert_ne!(s.stem("forces"), s.stem("fortress"));
    }

    #[test]
    fn possessives_are_dropped_before_stemming() {
        let s = WordStemmer::new();
        assert_eq!(s.stem("minister's"), s.stem("minister"));
        assert_eq!(s.stem("don't"), "don't");
    }

    #[test]
    fn british_and_american_spellings_share_a_stem() {
        let s = WordStemmer::new();
        assert_eq!(s.stem("authorised"), s.stem("authorized"));
        assert_eq!(s.stem("destabilising"), s.stem("destabilizing"));
        assert_eq!(s.stem("rise"), "rise");
    }

    #[test]
    fn prefixes_and_particles_join_across_hyphens() {
        assert!(joins_with_hyphen("de", "escalation") && joins_with_hyphen("build", "up"));
        assert!(!joins_with_hyphen("serbia", "kosovo"));
    }

    #[test]
    fn numbers_and_other_scripts_are_kept() {
        let s = WordStemmer::new();
        assert_eq!(s.stem("4,500"), "4,500");
        assert_eq!(s.stem("вучић"), "вучић");
    }

    #[test]
    fn stop_words_are_sorted_and_recognised() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stop_word("the") && is_stop_word("which"));
        assert!(!is_stop_word("troops"));
    }
}
