//! Spellings: one word or name written differently by different sources ("build-up" /
//! "buildup", "HFOR" / "HFor", "destabilising" / "destabilizing", "Adviser" / "Advisor"), a
//! trace of copying or of careless rewriting.

use super::words::words_in;
use super::{Finding, Variant};
use crate::analysis::city_dateline;
use crate::analysis::fold::fold;
use crate::analysis::segment::Segmented;
use crate::corpus::Corpus;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The form a word is compared under: folded, without hyphens or a possessive, US spelling.
fn skeleton_of_folded(f: &str) -> String {
    let f = f.strip_suffix("'s").unwrap_or(f).replace('-', "");
    for (brit, us) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ise", "ize"),
        ("ence", "ense"),
        ("our", "or"),
    ] {
        if let Some(stem) = f.strip_suffix(brit) {
            if stem.len() >= 4 || (stem.len() == 3 && matches!(brit, "ence" | "our")) {
                return format!("{stem}{us}");
            }
        }
    }
    f
}

/// The word as written, minus what does not count as a spelling: a capital that only starts
/// the word, diacritics (many newsrooms drop them), typographic apostrophes, a possessive.
/// `folded` is `fold(word)`.
fn written_form(word: &str, folded: &str) -> String {
    let inner_capitals = word.chars().skip(1).any(char::is_uppercase);
    let plain = folded.strip_suffix("'s").unwrap_or(folded);
    if !inner_capitals {
        return plain.to_string();
    }
    // "HFor" against "HFOR": keep the case pattern where folding kept the letters aligned.
    let cased: String = word
        .chars()
        .zip(plain.chars())
        .map(|(w, p)| {
            if w.is_uppercase() {
                p.to_ascii_uppercase()
            } else {
                p
            }
        })
        .collect();
    if cased.chars().count() == plain.chars().count() {
        cased
    } else {
        word.to_string()
    }
}

/// A word's skeleton within one story.
type StoryWord = (usize, String);

/// Forms of one skeleton per story: form → occurrences.
type Forms = BTreeMap<String, Vec<Variant>>;

/// Words that sources of one story spell differently.
pub fn spellings(corpus: &Corpus, docs: &[Segmented], story: &[usize]) -> Vec<Finding> {
    let mut groups: HashMap<(usize, String), Forms> = HashMap::new();
    for (a, d) in docs.iter().enumerate() {
        let text = &corpus.articles[a].text;
        for para in &d.paragraphs {
            // A dateline's city is set in capitals by house style, not spelt differently.
            let dateline_end =
                city_dateline::body_start(para.slice(text)).map_or(0, |n| para.start + n);
            for w in words_in(text, *para) {
                if w.text.chars().count() < 4 || !w.text.chars().any(char::is_alphabetic) {
                    continue;
                }
                if w.span.end <= dateline_end {
                    continue;
                }
                let folded = if w.text.is_ascii() {
                    w.text.to_ascii_lowercase()
                } else {
                    fold(w.text)
                };
                let key = (story[a], skeleton_of_folded(&folded));
                let form = written_form(w.text, &folded);
                let v = Variant {
                    article: a,
                    span: w.span,
                };
                groups
                    .entry(key)
                    .or_default()
                    .entry(form)
                    .or_default()
                    .push(v);
            }
        }
    }
    let mut out: Vec<Finding> = Vec::new();
    let mut keys: Vec<&(usize, String)> = groups.keys().collect();
    keys.sort();
    for key in &keys {
        let forms = &groups[*key];
        if forms.len() >= 2 && spread(forms) {
            out.push(finding(forms.iter()));
        }
    }
    out.extend(misspelt_names(corpus, &groups, &keys));
    out
}

/// True when two different forms appear in two different articles.
fn spread(forms: &Forms) -> bool {
    let arts: Vec<BTreeSet<usize>> = forms
        .values()
        .map(|vs| vs.iter().map(|v| v.article).collect())
        .collect();
    arts.iter().enumerate().any(|(i, a)| {
        arts.iter()
            .enumerate()
            .any(|(j, b)| i != j && a.iter().any(|x| b.iter().any(|y| x != y)))
    })
}

fn finding<'a>(forms: impl Iterator<Item = (&'a String, &'a Vec<Variant>)>) -> Finding {
    let mut names = Vec::new();
    let mut variants = Vec::new();
    for (form, vs) in forms {
        names.push(form.clone());
        variants.extend(vs.iter().take(8).copied());
    }
    Finding {
        topic: format!("spelling: {}", names.join(" / ")),
        variants,
    }
}

/// Capitalised names one letter apart inside the word ("Albianian" / "Albanian"); a letter
/// added or changed at the end ("Serbian" / "Serbia") is a different word, not a misspelling.
fn misspelt_names(
    corpus: &Corpus,
    groups: &HashMap<(usize, String), Forms>,
    keys: &[&(usize, String)],
) -> Vec<Finding> {
    let capital = |v: &Variant| {
        v.span
            .slice(&corpus.articles[v.article].text)
            .starts_with(char::is_uppercase)
    };
    let mut by_deletion: HashMap<(usize, String), Vec<&(usize, String)>> = HashMap::new();
    for key in keys {
        let forms = &groups[*key];
        let capitalised = forms.values().flatten().all(capital);
        let chars: Vec<char> = key.1.chars().collect();
        if !capitalised || chars.len() < 6 {
            continue;
        }
        for k in 1..chars.len() - 1 {
            let del: String = chars[..k].iter().chain(&chars[k + 1..]).collect();
            by_deletion.entry((key.0, del)).or_default().push(key);
        }
        by_deletion
            .entry((key.0, key.1.clone()))
            .or_default()
            .push(key);
    }
    let mut pairs: BTreeSet<(&StoryWord, &StoryWord)> = BTreeSet::new();
    for list in by_deletion.values() {
        for (i, a) in list.iter().enumerate() {
            for b in &list[i + 1..] {
                if a != b && a.1.chars().last() == b.1.chars().last() {
                    pairs.insert(if a < b { (*a, *b) } else { (*b, *a) });
                }
            }
        }
    }
    pairs
        .into_iter()
        .filter_map(|(a, b)| {
            let mut forms: Forms = groups[a].clone();
            for (f, vs) in &groups[b] {
                forms.entry(f.clone()).or_default().extend(vs);
            }
            spread(&forms).then(|| finding(forms.iter()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skeleton(w: &str) -> String {
        skeleton_of_folded(&fold(w))
    }

    #[test]
    fn british_and_american_spellings_share_a_skeleton() {
        assert_eq!(skeleton("destabilising"), skeleton("destabilizing"));
        assert_eq!(skeleton("Defence"), skeleton("defense"));
        assert_eq!(skeleton("build-up"), skeleton("buildup"));
        assert_ne!(skeleton("four"), skeleton("for"));
    }

    #[test]
    fn a_leading_capital_is_not_a_spelling_but_inner_capitals_are() {
        let form = |w: &str| written_form(w, &fold(w));
        assert_eq!(form("Buildup"), form("buildup"));
        assert_ne!(form("HFOR"), form("HFor"));
        assert_eq!(form("Lima’s"), "lima");
        assert_eq!(form("Tomás"), form("Tomas"));
    }

    #[test]
    fn a_city_in_capitals_opening_a_dateline_is_house_style() {
        let corpus = Corpus::from_texts(&[
            "Flood hits coast\n\nSEAHAVEN: The water rose fast in Seahaven.",
            "Coast flooded\n\nSEAHAVEN -- Water rose in Seahaven and in the TOWNHALL.",
            "Floods\n\nThe water rose in Seahaven and the Townhall.",
        ]);
        let docs: Vec<Segmented> = corpus
            .articles
            .iter()
            .map(|a| crate::analysis::segment::segment(&a.text, &a.body_spans()))
            .collect();
        let topics: Vec<String> = spellings(&corpus, &docs, &[0, 0, 0])
            .into_iter()
            .map(|f| f.topic)
            .collect();
        assert!(!topics.iter().any(|t| t.contains("seahaven")), "{topics:?}");
        assert!(topics.iter().any(|t| t.contains("TOWNHALL")), "{topics:?}");
    }
}
