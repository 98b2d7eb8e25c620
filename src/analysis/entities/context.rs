//! What the words around a name suggest it is, for names nothing else classifies: a single
//! capitalised word that is no known country, organisation or given name.
//!
//! Places stand after locative prepositions ("in Aldmere", "across the Marrow"); organisations
//! speak, act and have members ("Velkor said", "Velkor fighters", "the Velkor").

use super::detect::Hint;
use super::gazetteer as gz;
use crate::analysis::segment::Token;

/// Before a place: "in X", "near X", "across the X".
const LOCATIVES: &[&str] = &[
    "in",
    "near",
    "into",
    "across",
    "outside",
    "inside",
    "toward",
    "towards",
    "around",
    "throughout",
    "within",
];

/// After an actor: it speaks ("X said"), acts, or has people ("X fighters", "X spokesman").
const ACTOR_FOLLOWERS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "claimed",
    "denied",
    "stated",
    "added",
    "warned",
    "accused",
    "urged",
    "confirmed",
    "rejected",
    "insisted",
    "fighters",
    "militants",
    "gunmen",
    "militia",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "leaders",
    "leadership",
    "official",
    "officials",
    "members",
    "chief",
    "statement",
    "representatives",
];

/// The hint the neighbours of `toks[a..b]` give, if any. Only neighbours in the same stretch
/// of text count: "Aldmere, said" is no speaker and ". In X" starts elsewhere.
pub fn context_hint(text: &str, toks: &[Token], a: usize, b: usize) -> Option<Hint> {
    let adjacent = |x: &Token, y: &Token| {
        text.get(x.span.end..y.span.start)
            .is_some_and(|gap| !gap.is_empty() && gap.chars().all(char::is_whitespace))
    };
    let word_before =
        |k: usize| (k > 0 && adjacent(&toks[k - 1], &toks[k])).then(|| toks[k - 1].norm.as_str());
    let locative = |w: Option<&str>| w.is_some_and(|w| LOCATIVES.contains(&w));
    let next = toks.get(b).filter(|t| adjacent(&toks[b - 1], t));
    let after = next.map(|t| t.norm.as_str());
    let before = word_before(a);
    // "X city", "X province": the noun after says place, whatever stands before.
    let place_noun_after = next.is_some_and(|t| !t.capitalized && gz::is_place_word(&t.norm));
    if place_noun_after
        || locative(before)
        || (before == Some("the") && locative(word_before(a - 1)))
    {
        return Some(Hint::Place);
    }
    // "the X" names an actor only when X ends the phrase: in "the X scale" X is a modifier.
    let the_head = before == Some("the") && next.is_none();
    if after.is_some_and(|w| ACTOR_FOLLOWERS.contains(&w)) || the_head {
        return Some(Hint::Org);
    }
    None
}

/// Joining words inside names ("Abu al-Rahman", "Luis de Santos"): common in lower case,
/// yet part of a name.
const PARTICLES: &[&str] = &[
    "al", "el", "de", "da", "di", "du", "del", "der", "den", "van", "von", "bin", "ibn", "la",
    "le", "abu", "ben",
];

/// The kind of a run of two to four capitalised words that nothing else classifies. People's
/// names are the usual reading, but not when the words stand as a place does ("in Upper
/// Vardo", "Upper Vardo province", "Vardo Falls, Chile"), or when a word of them is written in
/// lower case elsewhere in the corpus ("the Great Hall", "High Plains") and nothing speaks
/// through the name; such a run is an unknown name whose neighbours decide.
pub fn unknown_run_hint(
    text: &str,
    toks: &[Token],
    (a, b): (usize, usize),
    lower: &std::collections::HashSet<String>,
) -> Hint {
    let context = context_hint(text, toks, a, b);
    if context == Some(Hint::Place) || before_a_country(text, toks, b) {
        return Hint::Place;
    }
    let common = has_common_word(&toks[a..b], lower);
    if common && context != Some(Hint::Org) {
        Hint::Unknown
    } else {
        Hint::Person
    }
}

/// Whether a word of the name is one the corpus writes in lower case ("Great", "Talks"): not
/// a particle joining a name ("al", "de", the "e" of "Jamiat-e-Islami") nor a given name.
pub fn has_common_word(words: &[Token], lower: &std::collections::HashSet<String>) -> bool {
    words.iter().any(|t| {
        let w = super::detect::bare(&t.norm);
        w.chars().count() > 2
            && !PARTICLES.contains(&w)
            && !gz::is_given_name(w)
            && lower.contains(w)
    })
}

/// "Vardo Falls, Chile (AP) —", "Vardo Falls, Chile." : a name followed by a comma and a
/// country that ends the phrase is a place in that country.
fn before_a_country(text: &str, toks: &[Token], b: usize) -> bool {
    let (Some(last), Some(next)) = (b.checked_sub(1).map(|k| &toks[k]), toks.get(b)) else {
        return false;
    };
    let comma = text
        .get(last.span.end..next.span.start)
        .is_some_and(|g| g.trim() == ",");
    let country = gz::country(super::detect::bare(&next.norm)).is_some();
    let ends = toks.get(b + 1).is_none_or(|after| {
        text.get(next.span.end..after.span.start).is_some_and(|g| {
            g.trim_start()
                .starts_with(['(', ',', '.', '—', '–', '-', ':', ';'])
        })
    });
    comma && country && ends && !next.norm.ends_with("'s")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::tokenize;
    use crate::analysis::span::Span;

    /// The hint for the first token spelled `name` in `text`.
    fn hint(text: &str, name: &str) -> Option<Hint> {
        let toks = tokenize(text, Span::new(0, text.len()));
        let a = toks
            .iter()
            .position(|t| t.span.slice(text) == name)
            .expect("name in text");
        context_hint(text, &toks, a, a + 1)
    }

    #[test]
    fn after_a_locative_preposition_a_name_is_a_place() {
        assert_eq!(
            hint("Houses fell in Aldmere overnight.", "Aldmere"),
            Some(Hint::Place)
        );
        assert_eq!(
            hint("Troops moved across the Marrow.", "Marrow"),
            Some(Hint::Place)
        );
    }

    #[test]
    fn a_name_that_speaks_or_has_fighters_is_an_organisation() {
        assert_eq!(
            hint("On Monday Velkor said it would talk.", "Velkor"),
            Some(Hint::Org)
        );
        assert_eq!(
            hint("Dozens of Velkor fighters left.", "Velkor"),
            Some(Hint::Org)
        );
        assert_eq!(
            hint("Talks with the Velkor, it said.", "Velkor"),
            Some(Hint::Org)
        );
    }

    #[test]
    fn a_place_noun_after_the_name_says_place() {
        assert_eq!(
            hint("The Aldmere city office said so.", "Aldmere"),
            Some(Hint::Place)
        );
    }

    #[test]
    fn a_name_modifying_a_noun_after_the_is_not_an_actor() {
        assert_eq!(hint("It measured 6 on the Brenner scale.", "Brenner"), None);
    }

    #[test]
    fn punctuation_between_breaks_the_context() {
        assert_eq!(
            hint("They reached Aldmere, said the mayor.", "Aldmere"),
            None
        );
        assert_eq!(hint("It rained in. Aldmere was flooded.", "Aldmere"), None);
    }

    #[test]
    fn no_telling_words_give_no_hint() {
        assert_eq!(hint("Reports from Velkor were mixed.", "Velkor"), None);
    }
}
