//! Institutions named by a place and a common noun: "the Peruvian military", "Lima police",
//! "Chile's health ministry", "police in Lima", "the Peruvian government".
//!
//! News cites such bodies as speakers as often as it cites people ("the Peruvian army said"),
//! but no capital marks them, so name detection alone sees only the place. A place or
//! nationality directly followed by an institution noun becomes one organisation mention; a
//! government stands for its country, so "the Chilean government" is a mention of Chile. The
//! head nouns are normalised ("army" and "military" of one country are one actor), for written
//! in lower case and in capitals alike.

use super::detect::{Hint, RawMention, bare};
use super::gazetteer as gz;
use crate::analysis::fold::fold;
use crate::analysis::segment::Token;
use crate::analysis::span::Span;

/// Institution nouns (folded words) and the body each stands for. Longer phrases first, so
/// "air force" is not read as "force".
const HEADS: &[(&[&str], Body)] = &[
    (&["armed", "forces"], Body::Named("military")),
    (&["defence", "forces"], Body::Named("military")),
    (&["defense", "forces"], Body::Named("military")),
    (&["security", "forces"], Body::Named("security forces")),
    (&["air", "force"], Body::Named("air force")),
    (&["coast", "guard"], Body::Named("coast guard")),
    (&["border", "police"], Body::Named("border police")),
    (&["state", "media"], Body::Named("state media")),
    (&["state", "television"], Body::Named("state television")),
    (&["foreign", "ministry"], Body::Named("foreign ministry")),
    (&["defence", "ministry"], Body::Named("defence ministry")),
    (&["defense", "ministry"], Body::Named("defence ministry")),
    (&["health", "ministry"], Body::Named("health ministry")),
    (&["interior", "ministry"], Body::Named("interior ministry")),
    (&["justice", "ministry"], Body::Named("justice ministry")),
    (&["finance", "ministry"], Body::Named("finance ministry")),
    (&["economy", "ministry"], Body::Named("economy ministry")),
    (
        &["education", "ministry"],
        Body::Named("education ministry"),
    ),
    (
        &["emergencies", "ministry"],
        Body::Named("emergencies ministry"),
    ),
    (
        &["emergency", "ministry"],
        Body::Named("emergencies ministry"),
    ),
    (&["military"], Body::Named("military")),
    (&["army"], Body::Named("military")),
    (&["forces"], Body::Named("military")),
    (&["navy"], Body::Named("navy")),
    (&["police"], Body::Named("police")),
    (&["cabinet"], Body::Named("cabinet")),
    (&["parliament"], Body::Named("parliament")),
    (&["embassy"], Body::Named("embassy")),
    (&["government"], Body::Government),
    (&["authorities"], Body::Government),
];

/// What an institution noun stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Body {
    /// A body of its own, named by its normalised head ("military", "health ministry").
    Named(&'static str),
    /// The country (or place) itself: its government speaks for it.
    Government,
}

/// The institution phrase starting at token `i`: how many tokens it takes and what it is.
fn head_at(text: &str, toks: &[Token], i: usize) -> Option<(usize, Body)> {
    HEADS.iter().find_map(|(words, body)| {
        let end = i + words.len();
        let fits = end <= toks.len()
            && words
                .iter()
                .zip(&toks[i..end])
                .all(|(w, t)| bare(&t.norm) == *w)
            && (i + 1..end).all(|k| spaced(text, &toks[k - 1], &toks[k]));
        fits.then_some((words.len(), *body))
    })
}

/// An institution written head first ("Police in Lima", "the government of Chile") in the
/// order names take ("Lima police"); `None` for anything else.
pub fn place_first_name(alias: &str) -> Option<String> {
    let (head, place) = alias
        .split_once(" in ")
        .or_else(|| alias.split_once(" of "))?;
    let head = head.strip_prefix("the ").unwrap_or(head).to_lowercase();
    let words: Vec<&str> = head.split(' ').collect();
    HEADS
        .iter()
        .any(|(w, _)| w.iter().eq(words.iter()))
        .then(|| format!("{place} {head}"))
}

/// The country an alias such as "Chilean government" or "Peru's authorities" stands for.
pub fn government_country(alias: &str) -> Option<&'static str> {
    let folded = fold(alias);
    let (place, head) = folded.rsplit_once(' ')?;
    let place = bare(place);
    let governs = HEADS
        .iter()
        .any(|(w, body)| *body == Body::Government && w == &[head]);
    if !governs {
        return None;
    }
    gz::country_or_nationality(place)
}

fn spaced(text: &str, a: &Token, b: &Token) -> bool {
    super::text::only_spaces(text, a.span.end, b.span.start)
}

/// The folded name a place or nationality word qualifies an institution with: its country
/// when the gazetteer knows one ("peruvian" → "peru"), else the word itself.
fn qualifier(word: &str) -> String {
    gz::country_or_nationality(word).map_or_else(|| word.to_string(), fold)
}

/// The merge key of an organisation named by a place and an institution noun, however it is
/// written ("Peruvian Army", "peru military" → "institution:peru military"); `None` for
/// any other organisation key.
pub fn institution_key(key: &str) -> Option<String> {
    let words: Vec<&str> = key.split(' ').collect();
    (1..words.len()).rev().find_map(|p| {
        let place = words[..p].join(" ");
        let place_like =
            gz::country_or_nationality(&place).is_some() || gz::seat_of(&place).is_some();
        let body = HEADS
            .iter()
            .find(|(w, _)| w.iter().eq(words[p..].iter()))
            .map(|(_, body)| *body);
        match body {
            Some(Body::Named(name)) if place_like => {
                Some(format!("institution:{} {name}", qualifier(&place)))
            }
            _ => None,
        }
    })
}

/// After name detection has pushed the mentions of the run `start..end` (those from index
/// `first` of `out` on): when the run ends in a place or nationality and an institution noun
/// follows it ("Peruvian military", "Chile's health ministry"), or the run starts with one
/// and the noun comes before it ("police in Lima", "the government of Chile"), pushes the
/// institution as a mention of its own.
pub fn institution_mentions(
    text: &str,
    article: usize,
    toks: &[Token],
    (start, end): (usize, usize),
    out: &mut Vec<RawMention>,
    first: usize,
) {
    let is_place = |m: &&RawMention| matches!(m.hint, Hint::Place | Hint::Group);
    let last = toks[end - 1].span;
    let ending = out[first..]
        .last()
        .filter(is_place)
        .filter(|m| m.span.end > last.start)
        .cloned();
    if let Some(place) = ending {
        let follows = end < toks.len() && spaced(text, &toks[end - 1], &toks[end]);
        let head = follows
            .then(|| head_at(text, toks, end))
            .flatten()
            .filter(|&(n, _)| !names_a_person(toks, end + n));
        if let Some((n, body)) = head {
            let span = Span::new(place.span.start, toks[end + n - 1].span.end);
            push_institution(text, article, span, &place, body, out);
            return;
        }
    }
    let opening = out[first..]
        .first()
        .filter(is_place)
        .filter(|m| m.span.start == toks[start].span.start)
        .cloned();
    let Some(place) = opening else { return };
    if start < 2 || !matches!(toks[start - 1].norm.as_str(), "in" | "of") {
        return;
    }
    for n in [2, 1] {
        let Some(at) = (start - 1).checked_sub(n) else {
            continue;
        };
        if let Some((_, body)) = head_at(text, toks, at).filter(|&(len, _)| len == n) {
            let span = Span::new(toks[at].span.start, place.span.end);
            push_institution(text, article, span, &place, body, out);
            return;
        }
    }
}

/// "Peruvian army chief", "police officer": a title after the noun makes the phrase a
/// description of a person, which role detection reads.
fn names_a_person(toks: &[Token], next: usize) -> bool {
    toks.get(next).is_some_and(|t| {
        let n = bare(&t.norm);
        gz::is_title(n) || matches!(n, "officer" | "officers" | "personnel" | "officials")
    })
}

fn push_institution(
    text: &str,
    article: usize,
    span: Span,
    place: &RawMention,
    body: Body,
    out: &mut Vec<RawMention>,
) {
    let (hint, key) = match body {
        // The place's own key (a nationality's country), so the mention merges with the place.
        Body::Government => (
            Hint::Place,
            gz::demonym_country(&place.key).map_or_else(|| place.key.clone(), fold),
        ),
        Body::Named(name) => (Hint::Org, format!("{} {name}", place.key)),
    };
    out.push(RawMention::new(
        article,
        span,
        span.slice(text).to_string(),
        key,
        hint,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_institution_key_ignores_how_the_body_and_its_country_are_written() {
        let army = institution_key("peruvian army");
        assert_eq!(army.as_deref(), Some("institution:peru military"));
        assert_eq!(institution_key("peru military"), army);
        assert_eq!(
            institution_key("chile health ministry").as_deref(),
            Some("institution:chile health ministry")
        );
        assert_eq!(institution_key("ministry of defence"), None);
        assert_eq!(
            institution_key("peru government"),
            None,
            "a government is its country"
        );
        assert_eq!(institution_key("harbour police"), None, "no place");
    }

    fn entities(texts: &[&str]) -> Vec<crate::analysis::entities::Entity> {
        let corpus = crate::corpus::Corpus::from_texts(texts);
        let docs: Vec<_> = corpus
            .articles
            .iter()
            .map(|a| crate::analysis::segment::segment(&a.text, &a.body_spans()))
            .collect();
        crate::analysis::entities::find_entities(&corpus, &docs)
    }

    fn names_of(es: &[crate::analysis::entities::Entity]) -> Vec<(String, Vec<String>)> {
        es.iter()
            .map(|e| (e.name.clone(), e.aliases.clone()))
            .collect()
    }

    #[test]
    fn a_country_and_an_institution_noun_are_one_organisation_across_sources() {
        use crate::analysis::entities::EntityKind;
        let es = entities(&[
            "The Peruvian army moved north. Police in Lima closed the road.",
            "Peru's military moved north, and Lima police closed the road.",
        ]);
        let army: Vec<_> = es
            .iter()
            .filter(|e| e.aliases.iter().any(|a| a == "Peruvian army"))
            .collect();
        assert_eq!(army.len(), 1, "{:?}", names_of(&es));
        assert_eq!(army[0].kind, EntityKind::Organization);
        assert!(army[0].aliases.iter().any(|a| a == "Peru's military"));
        let police: Vec<_> = es
            .iter()
            .filter(|e| e.aliases.iter().any(|a| a == "Police in Lima"))
            .collect();
        assert_eq!(police.len(), 1, "{:?}", names_of(&es));
        assert_eq!(police[0].name, "Lima police");
    }

    #[test]
    fn a_government_is_a_mention_of_its_country_and_a_police_officer_is_no_institution() {
        use crate::analysis::entities::EntityKind;
        let es = entities(&["The Chilean government said a Chilean police officer was hurt."]);
        let chile = es.iter().find(|e| e.name == "Chile");
        assert!(
            chile.is_some_and(|c| c.kind == EntityKind::Place
                && c.aliases.iter().any(|a| a == "Chilean government")),
            "{:?}",
            names_of(&es)
        );
        assert!(
            !es.iter()
                .any(|e| e.aliases.iter().any(|a| a.contains("police"))),
            "{:?}",
            names_of(&es)
        );
    }
}
