//! Alias merging: one entity per actor across every source, from its mentions' keys.
//!
//! Merged: case and diacritic variants (folded keys), acronyms and their expansions, surnames
//! with the one full name they belong to, organisation names with and without a national
//! qualifier ("UK Ministry of Defence" = "Ministry of Defence"), country synonyms
//! ("Britain" = "UK"). Linked, not merged: capitals and seats of government with their country.

use super::detect::{Hint, RawMention};
use super::gazetteer as gz;
use crate::analysis::fold::fold;
use std::collections::{BTreeMap, HashMap};

/// Union-find over mention keys.
#[derive(Default)]
pub struct Groups {
    index: HashMap<String, usize>,
    parent: Vec<usize>,
}

impl Groups {
    pub fn id(&mut self, key: &str) -> usize {
        if let Some(&i) = self.index.get(key) {
            return i;
        }
        let i = self.parent.len();
        self.parent.push(i);
        self.index.insert(key.to_string(), i);
        i
    }

    pub fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    pub fn union(&mut self, a: &str, b: &str) {
        let (a, b) = (self.id(a), self.id(b));
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }

    pub fn root_of(&mut self, key: &str) -> usize {
        let i = self.id(key);
        self.find(i)
    }
}

/// The key a mention merges under: gazetteer places by country, nationalities by people.
pub fn merge_key(m: &RawMention) -> String {
    match m.hint {
        Hint::Place => match gz::country(&m.key) {
            Some(c) => format!("place:{}", fold(c)),
            None => format!("place:{}", m.key),
        },
        Hint::Group => match gz::demonym_country(&m.key) {
            Some(c) => format!("group:{}", fold(c)),
            None => format!("group:{}", m.key),
        },
        Hint::Org => match gz::known_org(&m.key) {
            Some(full) => fold(full),
            None => super::institutions::institution_key(&m.key).unwrap_or_else(|| m.key.clone()),
        },
        _ => m.key.clone(),
    }
}

/// Merges the keys of `mentions` into groups, by the rules in the module comment.
pub fn group_keys(mentions: &[RawMention]) -> Groups {
    let mut groups = Groups::default();
    for m in mentions {
        let key = merge_key(m);
        groups.id(&key);
        if let Some(exp) = &m.expands {
            let exp_key = gz::known_org(exp).map_or_else(|| exp.clone(), fold);
            groups.union(&key, &exp_key);
        }
    }
    merge_org_cores(mentions, &mut groups);
    merge_place_readings(mentions, &mut groups);
    merge_collectives(mentions, &mut groups);
    merge_surnames(mentions, &mut groups);
    merge_place_heads(mentions, &mut groups);
    groups
}

/// "police said" where the story names one police force ("Lima police") is that force.
fn merge_collectives(mentions: &[RawMention], groups: &mut Groups) {
    let police = format!("{}police", super::collectives::KEY_PREFIX);
    if !mentions.iter().any(|m| m.key == police) {
        return;
    }
    let mut forces: Vec<String> = mentions
        .iter()
        .filter(|m| m.hint == Hint::Org)
        .map(merge_key)
        .filter(|k| k.starts_with("institution:") && k.ends_with(" police"))
        .collect();
    forces.sort_unstable();
    forces.dedup();
    if let [one] = forces.as_slice() {
        groups.union(&police, one);
    }
}

/// One name read as a place in one sentence ("in Vardo Falls") and as a person or unknown
/// name in another is one actor, whose kind its mentions then decide together. Names the
/// gazetteer knows keep their own keys.
fn merge_place_readings(mentions: &[RawMention], groups: &mut Groups) {
    let other: std::collections::HashSet<&str> = mentions
        .iter()
        .filter(|m| matches!(m.hint, Hint::Person | Hint::Unknown))
        .map(|m| m.key.as_str())
        .collect();
    for m in mentions.iter().filter(|m| m.hint == Hint::Place) {
        if gz::country(&m.key).is_none() && other.contains(m.key.as_str()) {
            groups.union(&merge_key(m), &m.key);
        }
    }
}

/// "Yibin City" and "Yibin", "Gaza Strip" and "Gaza": a place named with and without its kind,
/// unless the short name is a country ("Kuwait City" is not Kuwait).
fn merge_place_heads(mentions: &[RawMention], groups: &mut Groups) {
    let short_keys: HashMap<&str, String> = mentions
        .iter()
        .filter(|m| matches!(m.hint, Hint::Place | Hint::Unknown) && !m.key.contains(' '))
        .map(|m| (m.key.as_str(), merge_key(m)))
        .collect();
    for m in mentions.iter().filter(|m| m.hint == Hint::Place) {
        let Some((name, head)) = m.key.rsplit_once(' ') else {
            continue;
        };
        if name.contains(' ') || !gz::is_place_word(head) || gz::country(name).is_some() {
            continue;
        }
        if let Some(short) = short_keys.get(name) {
            groups.union(&merge_key(m), short);
        }
    }
}

/// "UK Ministry of Defence" and "Ministry of Defence" are one organisation, unless the corpus
/// qualifies the same core with two different countries.
fn merge_org_cores(mentions: &[RawMention], groups: &mut Groups) {
    let mut cores: BTreeMap<String, Vec<(String, Option<&'static str>)>> = BTreeMap::new();
    for m in mentions.iter().filter(|m| m.hint == Hint::Org) {
        let (core, country) = org_core(&m.key);
        cores.entry(core).or_default().push((merge_key(m), country));
    }
    for (core, keys) in cores {
        if core.split(' ').count() < 2 {
            continue;
        }
        let mut countries: Vec<&str> = keys.iter().filter_map(|(_, c)| *c).collect();
        countries.sort_unstable();
        countries.dedup();
        if countries.len() > 1 {
            continue;
        }
        for (key, _) in &keys {
            groups.union(&core, key);
        }
    }
}

/// An organisation key without its leading country, seat or nationality words, and that country.
pub fn org_core(key: &str) -> (String, Option<&'static str>) {
    let words: Vec<&str> = key.split(' ').collect();
    let mut country = None;
    let mut i = 0;
    while i < words.len() {
        let two = words.get(i + 1).map(|w| format!("{} {w}", words[i]));
        let hit2 = two.as_deref().and_then(place_country);
        if let Some(c) = hit2 {
            country = Some(c);
            i += 2;
        } else if let Some(c) = place_country(words[i]) {
            country = Some(c);
            i += 1;
        } else {
            break;
        }
    }
    (words[i.min(words.len())..].join(" "), country)
}

fn place_country(w: &str) -> Option<&'static str> {
    gz::country(w)
        .or_else(|| gz::seat_of(w))
        .or_else(|| gz::demonym_country(w))
}

/// A short form of a person's name joins the one full name in the corpus it belongs to: a
/// surname ("Ortiz" → "Lena Ortiz"), a double surname however hyphenated ("Vidal-Roca",
/// "Vidal Roca" → "Marta Vidal-Roca"), or a family name written first ("Zhou" → "Zhou
/// Weimin") when no full name ends with it. Full names spelt with one letter apart in the
/// given name ("Damian"/"Damien Ortiz") are one person first, so their surname is not
/// ambiguous.
fn merge_surnames(mentions: &[RawMention], groups: &mut Groups) {
    let mut full_names: Vec<&str> = mentions
        .iter()
        .filter(|m| m.hint == Hint::Person && m.key.contains(' '))
        .map(|m| m.key.as_str())
        .collect();
    full_names.sort_unstable();
    full_names.dedup();
    merge_spelling_variants(&full_names, groups);
    // Each short form with the people (group roots) whose full names it fits.
    let mut by_suffix: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut by_first: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &full in &full_names {
        let root = groups.root_of(full);
        let words: Vec<&str> = full.split(' ').collect();
        for k in 1..words.len() {
            by_suffix
                .entry(words[k..].join(" "))
                .or_default()
                .push(root);
        }
        by_first.entry(words[0]).or_default().push(root);
    }
    for list in by_suffix.values_mut().chain(by_first.values_mut()) {
        list.sort_unstable();
        list.dedup();
    }
    let person_key: BTreeMap<usize, &str> =
        full_names.iter().map(|&f| (groups.root_of(f), f)).collect();
    for m in mentions {
        if !matches!(m.hint, Hint::Person | Hint::Unknown) {
            continue;
        }
        let key = m.key.as_str();
        let fits = match by_suffix.get(key) {
            Some(people) => people.as_slice(),
            None if !key.contains(' ') => by_first.get(key).map_or(&[][..], Vec::as_slice),
            None => &[],
        };
        if let [one] = fits {
            if let Some(full) = person_key.get(one) {
                if *full != key {
                    groups.union(key, full);
                }
            }
        }
    }
}

/// Unions full names with the same last words whose first words differ by one letter
/// (inserted, dropped or replaced): one person spelt two ways across sources.
fn merge_spelling_variants(full_names: &[&str], groups: &mut Groups) {
    for (i, a) in full_names.iter().enumerate() {
        for b in &full_names[i + 1..] {
            let (Some((fa, ra)), Some((fb, rb))) = (a.split_once(' '), b.split_once(' ')) else {
                continue;
            };
            if ra == rb && fa.len().min(fb.len()) >= 4 && one_letter_apart(fa, fb) {
                groups.union(a, b);
            }
        }
    }
}

/// Whether two words differ by exactly one inserted, dropped or replaced letter.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => short.iter().zip(long).filter(|(x, y)| x != y).count() == 1,
        1 => (0..long.len()).any(|k| long[..k] == short[..k] && long[k + 1..] == short[k..]),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::span::Span;

    fn raw(surface: &str, hint: Hint) -> RawMention {
        RawMention::new(
            0,
            Span::new(0, surface.len()),
            surface.to_string(),
            surface.split(' ').map(fold).collect::<Vec<_>>().join(" "),
            hint,
        )
    }

    fn same(groups: &mut Groups, a: &RawMention, b: &RawMention) -> bool {
        groups.root_of(&merge_key(a)) == groups.root_of(&merge_key(b))
    }

    #[test]
    fn surname_and_diacritics_join_the_full_name() {
        let ms = [
            raw("Dragana Petrović", Hint::Person),
            raw("Petrovic", Hint::Unknown),
        ];
        let mut g = group_keys(&ms);
        assert!(same(&mut g, &ms[0], &ms[1]));
    }

    #[test]
    fn surname_shared_by_two_people_joins_neither() {
        let ms = [
            raw("Ana Silva", Hint::Person),
            raw("Rui Silva", Hint::Person),
            raw("Silva", Hint::Unknown),
        ];
        let mut g = group_keys(&ms);
        assert!(!same(&mut g, &ms[0], &ms[2]));
        assert!(!same(&mut g, &ms[0], &ms[1]));
    }

    #[test]
    fn acronym_casing_variants_and_expansion_merge() {
        let mut acr = raw("PKF", Hint::Org);
        acr.expands = Some("pacific keeping force".to_string());
        let ms = [
            raw("Pacific Keeping Force", Hint::Org),
            acr,
            raw("PKf", Hint::Org),
        ];
        let mut g = group_keys(&ms);
        assert!(same(&mut g, &ms[0], &ms[1]));
        assert!(same(&mut g, &ms[1], &ms[2]));
    }

    #[test]
    fn national_qualifier_does_not_split_an_organisation() {
        let ms = [
            raw("Canada Ministry of Fisheries", Hint::Org),
            raw("Ministry of Fisheries", Hint::Org),
        ];
        let mut g = group_keys(&ms);
        assert!(same(&mut g, &ms[0], &ms[1]));
    }

    #[test]
    fn two_countries_ministries_stay_apart() {
        let ms = [
            raw("Canada Ministry of Fisheries", Hint::Org),
            raw("Chile Ministry of Fisheries", Hint::Org),
        ];
        let mut g = group_keys(&ms);
        assert!(!same(&mut g, &ms[0], &ms[1]));
    }

    #[test]
    fn country_synonyms_merge_but_capitals_do_not() {
        let ms = [
            raw("Britain", Hint::Place),
            raw("UK", Hint::Place),
            raw("London", Hint::Place),
        ];
        let mut g = group_keys(&ms);
        assert!(same(&mut g, &ms[0], &ms[1]));
        assert!(!same(&mut g, &ms[0], &ms[2]));
    }

    #[test]
    fn a_place_named_with_and_without_its_kind_is_one_place() {
        let ms = [
            raw("Yarrow County", Hint::Place),
            raw("Yarrow", Hint::Unknown),
            raw("Kuwait City", Hint::Place),
            raw("Kuwait", Hint::Place),
            raw("Elm Street", Hint::Place),
            raw("Elm", Hint::Person),
        ];
        let mut g = group_keys(&ms);
        assert!(same(&mut g, &ms[0], &ms[1]));
        assert!(!same(&mut g, &ms[2], &ms[3]));
        assert!(!same(&mut g, &ms[4], &ms[5]));
    }
}
