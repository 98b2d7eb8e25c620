//! Content words of a statement, normalised so that renderings of one statement in different
//! sources meet: folded, hyphens dropped ("de-escalation" = "deescalation"), British spellings
//! mapped ("destabilising" = "destabilizing"), nationalities to their country ("Serbian" =
//! "Serbia"), "not clear" = "unclear", then stemmed.

use crate::analysis::entities::gazetteer as gz;
use crate::analysis::fold::fold;
use rust_stemmers::{Algorithm, Stemmer};

const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it",
    "its", "it's", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "my", "your", "which", "who", "whom", "what", "will", "would", "could",
    "can", "may", "might", "should", "do", "does", "did", "there", "here", "than", "then", "so",
    "also", "very", "just", "about", "into", "over", "after", "before", "s", "said", "says", "say",
    "not", "no", "all", "any", "some", "more", "most", "up", "out", "if", "while", "when",
];

/// The normalised content words of `text`, in order (duplicates kept).
pub fn content_words(text: &str, stemmer: &Stemmer) -> Vec<String> {
    let raw: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .map(|w| fold(w).replace('-', ""))
        .map(|w| w.trim_matches('\'').to_string())
        .map(|w| w.strip_suffix("'s").map_or(w.clone(), str::to_string))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < raw.len() {
        let w = &raw[k];
        k += 1;
        if w == "not" {
            if let Some(next) = raw.get(k) {
                out.push(stemmer.stem(&format!("un{}", american(next))).into_owned());
                k += 1;
            }
            continue;
        }
        if STOP.contains(&w.as_str()) {
            continue;
        }
        if let Some(c) = gz::demonym_country(w).or_else(|| gz::seat_of(w)) {
            out.push(fold(c));
            continue;
        }
        out.push(stemmer.stem(&american(w)).into_owned());
    }
    out
}

/// The stemmer the claim grouping uses.
pub fn stemmer() -> Stemmer {
    Stemmer::create(Algorithm::English)
}

/// "-ise"/"-isation" spellings in their "-ize" form, so both stem alike.
fn american(w: &str) -> String {
    for (brit, us) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("our", "or"),
    ] {
        if let Some(stem) = w.strip_suffix(brit) {
            if stem.len() >= 4 {
                return format!("{stem}{us}");
            }
        }
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        content_words(s, &stemmer())
    }

    #[test]
    fn spelling_variants_give_the_same_words() {
        assert_eq!(
            words("a destabilising de-escalation"),
            words("a destabilizing deescalation")
        );
        assert_eq!(words("Peruvian troops"), words("Peru troops"));
    }

    #[test]
    fn negated_adjective_meets_its_un_form() {
        assert_eq!(words("not clear"), words("unclear"));
    }

    #[test]
    fn different_words_stay_different() {
        assert_ne!(words("authorised forces"), words("ready forces"));
        assert!(words("the of and").is_empty());
    }
}
