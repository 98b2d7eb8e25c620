//! Quantities and casualties: "around 30 armed men" against "three gunmen", "the death of a
//! police officer" against "the killing of four". Number words count as numbers.

use super::words::{Word, words_in};
use super::{Finding, Variant};
use crate::analysis::entities::gazetteer as gz;
use crate::analysis::fold::fold;
use crate::analysis::segment::Segmented;
use crate::analysis::span::Span;
use crate::corpus::Corpus;
use std::collections::BTreeMap;

/// The value of a number word or numeral ("three" → 3, "4,500" → 4500, "dozen" → 12).
pub fn number_value(word: &str) -> Option<u64> {
    let first = word.chars().next()?;
    if !first.is_ascii_alphanumeric() || word.len() > 12 {
        return None;
    }
    let w = word.to_ascii_lowercase();
    let units = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(i) = units.iter().position(|u| *u == w) {
        return Some(i as u64);
    }
    let tens = [
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
        ("hundred", 100),
        ("hundreds", 200),
        ("thousand", 1000),
        ("thousands", 2000),
        ("dozen", 12),
        ("dozens", 36),
    ];
    if let Some((_, v)) = tens.iter().find(|(t, _)| *t == w) {
        return Some(*v);
    }
    let digits: String = w.chars().filter(|c| *c != ',').collect();
    let int = digits.split('.').next().unwrap_or("");
    if !int.is_empty() && int.chars().all(|c| c.is_ascii_digit()) && int.len() <= 12 {
        return int.parse().ok();
    }
    None
}

/// Every number in a text, in order (for telling whether two renderings differ in numbers).
pub fn number_values(text: &str) -> Vec<u64> {
    words_in(text, Span::new(0, text.len()))
        .iter()
        .filter_map(|w| number_value(w.text))
        .collect()
}

/// Nouns that count people or things, grouped by what they count. People in general
/// ("people", "men") count as attackers only when the phrase calls them armed.
fn head_class(noun: &str) -> Option<&'static str> {
    const ATTACKERS: &[&str] = &[
        "gunmen",
        "gunman",
        "assailants",
        "assailant",
        "attackers",
        "attacker",
        "militants",
        "fighters",
        "insurgents",
        "rebels",
    ];
    const PEOPLE: &[&str] = &["people", "persons", "men", "individuals"];
    const TROOPS: &[&str] = &["troops", "soldiers", "personnel", "servicemen", "forces"];
    const POLICE: &[&str] = &["police", "officers", "policemen", "officer", "policeman"];
    const VEHICLES: &[&str] = &["vehicles", "tanks", "trucks", "cars"];
    let n = fold(noun);
    if ATTACKERS.contains(&n.as_str()) {
        Some("attackers")
    } else if PEOPLE.contains(&n.as_str()) {
        Some("people")
    } else if TROOPS.contains(&n.as_str()) {
        Some("troops")
    } else if POLICE.contains(&n.as_str()) {
        Some("police")
    } else if VEHICLES.contains(&n.as_str()) {
        Some("vehicles")
    } else {
        None
    }
}

/// What the words around "people" say of them: "30 armed men" are attackers, "eight trapped
/// people" and "4,000 people were relocated" are counts of different things. People of whom
/// nothing is said are not compared at all (None): "12 people" and "50 people" may be anyone;
/// nor are the dead, whom the casualty reading counts.
fn people_class(between: &[Word], after: &[Word]) -> Option<String> {
    const STATES: &[(&str, Option<&str>)] = &[
        ("trapped", Some("trapped")),
        ("injured", Some("injured")),
        ("wounded", Some("injured")),
        ("hurt", Some("injured")),
        ("missing", Some("missing")),
        // Deaths are compared as casualties, with their own reading of tolls.
        ("dead", None),
        ("killed", None),
        ("died", None),
        ("displaced", Some("displaced")),
        ("evacuated", Some("evacuated")),
        ("relocated", Some("evacuated")),
        ("rescued", Some("rescued")),
        ("stranded", Some("stranded")),
        ("detained", Some("arrested")),
        ("arrested", Some("arrested")),
        ("treated", Some("treated")),
        ("hospitalised", Some("treated")),
        ("hospitalized", Some("treated")),
        ("homeless", Some("homeless")),
    ];
    let near = after.len().min(4);
    let words: Vec<String> = between
        .iter()
        .chain(&after[..near])
        .map(|w| fold(w.text))
        .collect();
    if words[..between.len()].iter().any(|w| w == "armed") {
        return Some("attackers".to_string());
    }
    let state = words
        .iter()
        .find_map(|w| STATES.iter().find(|(k, _)| k == w).map(|(_, v)| *v))?;
    state.map(|state| format!("{state} people"))
}

/// Words that qualify an estimate and belong to the quantity ("around 30", "several dozen").
fn approximator(w: &str) -> bool {
    matches!(
        fold(w).as_str(),
        "around"
            | "about"
            | "approximately"
            | "some"
            | "nearly"
            | "almost"
            | "over"
            | "several"
            | "roughly"
            | "up"
            | "at"
            | "least"
            | "more"
            | "than"
            | "fewer"
            | "less"
    )
}

/// A quantity phrase: its value, what it counts and where it stands.
struct Quantity {
    value: u64,
    class: String,
    span: Span,
}

/// Quantity phrases of one article's body ("around 30 armed individuals", "three of the
/// attackers").
fn article_quantities(text: &str, doc: &Segmented) -> Vec<Quantity> {
    let mut out = Vec::new();
    for para in &doc.paragraphs {
        let ws = words_in(text, *para);
        for (i, w) in ws.iter().enumerate() {
            let Some(value) = number_value(w.text) else {
                continue;
            };
            if is_year_or_date(&ws, i, value) {
                continue;
            }
            let Some((class, end)) = counted_noun(&ws, i) else {
                continue;
            };
            let mut start = i;
            while start > 0 && approximator(ws[start - 1].text) && i - start < 3 {
                start -= 1;
            }
            out.push(Quantity {
                value,
                class,
                span: Span::new(ws[start].span.start, ws[end].span.end),
            });
        }
    }
    out
}

fn is_year_or_date(ws: &[Word], i: usize, value: u64) -> bool {
    let near_month = |k: Option<&Word>| k.is_some_and(|w| gz::is_calendar(&fold(w.text)));
    (1800..=2100).contains(&value) && !ws[i].text.contains(',')
        || near_month(i.checked_sub(1).and_then(|k| ws.get(k)))
        || near_month(ws.get(i + 1))
}

/// The counted noun after a number: a known kind within three words ("30 armed men"), else
/// the plain noun right after it ("40 ships"), named without its plural.
fn counted_noun(ws: &[Word], i: usize) -> Option<(String, usize)> {
    for (k, w) in ws.iter().enumerate().take(i + 4).skip(i + 1) {
        if let Some(c) = head_class(w.text) {
            if c != "people" {
                return Some((c.to_string(), k));
            }
            let after = &ws[(k + 1).min(ws.len())..];
            return people_class(&ws[i + 1..k], after).map(|class| (class, k));
        }
        if number_value(w.text).is_some() {
            break;
        }
    }
    let next = ws.get(i + 1)?;
    let n = fold(next.text);
    let plain = n.len() >= 3
        && n.chars().all(char::is_alphabetic)
        && next.text.starts_with(char::is_lowercase)
        && !not_a_count(&n);
    plain.then(|| (n.trim_end_matches('s').to_string(), i + 1))
}

/// Words after a number that make it a measure, a time or a rank, not a count of things.
fn not_a_count(w: &str) -> bool {
    matches!(
        w,
        "percent"
            | "per"
            | "cent"
            | "times"
            | "of"
            | "and"
            | "or"
            | "to"
            | "the"
            | "a"
            | "in"
            | "years"
            | "year"
            | "months"
            | "month"
            | "weeks"
            | "week"
            | "days"
            | "day"
            | "hours"
            | "hour"
            | "minutes"
            | "minute"
            | "seconds"
            | "miles"
            | "kilometres"
            | "kilometers"
            | "km"
            | "million"
            | "billion"
            | "more"
            | "others"
            | "other"
            | "who"
            | "which"
            | "that"
            | "were"
            | "was"
            | "are"
            | "is"
            | "have"
            | "had"
    )
}

/// Numbers about the same kind of people or things that differ between sources.
pub fn quantities(corpus: &Corpus, docs: &[Segmented], story: &[usize]) -> Vec<Finding> {
    let items = docs.iter().enumerate().flat_map(|(a, d)| {
        let text = &corpus.articles[a].text;
        article_quantities(text, d).into_iter().map(move |q| {
            (
                story[a],
                q.class,
                (
                    q.value,
                    Variant {
                        article: a,
                        span: q.span,
                    },
                ),
            )
        })
    });
    let mut groups: BTreeMap<(usize, String), Vec<(u64, Variant)>> = BTreeMap::new();
    for (s, class, v) in items {
        groups.entry((s, class)).or_default().push(v);
    }
    groups
        .into_iter()
        .filter(|(_, vs)| differ_across_articles(vs))
        .map(|((_, class), vs)| Finding {
            topic: format!("number: {class}"),
            variants: vs.into_iter().map(|(_, v)| v).collect(),
        })
        .collect()
}

/// True when two articles give different values.
fn differ_across_articles(vs: &[(u64, Variant)]) -> bool {
    vs.iter()
        .any(|(x, a)| vs.iter().any(|(y, b)| a.article != b.article && x != y))
}

/// Words that report deaths; nouns take their count after "of", verbs before them.
fn death_word(w: &str) -> Option<bool> {
    if !w.starts_with(['d', 'k', 'D', 'K']) {
        return None;
    }
    match w.to_ascii_lowercase().as_str() {
        "death" | "deaths" | "killing" | "killings" => Some(true),
        "killed" | "died" | "dead" => Some(false),
        _ => None,
    }
}

/// Singular nouns for one person, counted as one after "a"/"an".
fn one_person(w: &str) -> bool {
    matches!(
        fold(w).as_str(),
        "officer"
            | "policeman"
            | "policewoman"
            | "soldier"
            | "civilian"
            | "man"
            | "woman"
            | "child"
            | "person"
            | "gunman"
            | "attacker"
            | "journalist"
            | "worker"
            | "member"
            | "resident"
            | "protester"
    )
}

/// The death toll each sentence reports, with the words that report it.
fn article_tolls(text: &str, doc: &Segmented) -> Vec<(u64, Span)> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let ws = words_in(text, s.span);
        for (i, w) in ws.iter().enumerate() {
            let Some(noun) = death_word(w.text) else {
                continue;
            };
            let range: Vec<usize> = if noun {
                let of = ws.get(i + 1).is_some_and(|w| fold(w.text) == "of");
                if !of {
                    continue;
                }
                clause(text, &ws, i + 2, true)
            } else {
                clause(text, &ws, i, false)
            };
            let mut total = 0;
            let mut covered: Option<Span> = None;
            for &k in &range {
                let n = count_at(&ws, k);
                if n > 0 {
                    total += n;
                    let end = (k + 1..(k + 4).min(ws.len()))
                        .find(|&j| one_person(ws[j].text) || head_class(ws[j].text).is_some())
                        .unwrap_or(k);
                    let span = ws[k].span.cover(&ws[end].span);
                    covered = Some(covered.map_or(span, |c| c.cover(&span)));
                }
            }
            if let Some(c) = covered {
                out.push((total, c.cover(&w.span)));
            }
        }
    }
    out
}

/// Word indices of the clause from `from` forward (or backward from `from`), up to a comma.
fn clause(text: &str, ws: &[Word], from: usize, forward: bool) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = from;
    loop {
        if forward {
            if k >= ws.len() || k > from + 10 {
                break;
            }
            out.push(k);
            let gap_end = ws.get(k + 1).map_or(ws[k].span.end, |n| n.span.start);
            if Span::new(ws[k].span.end, gap_end)
                .slice(text)
                .contains([',', ';'])
            {
                break;
            }
            k += 1;
        } else {
            if k == 0 || from - k > 10 {
                break;
            }
            let gap = Span::new(ws[k - 1].span.end, ws[k].span.start).slice(text);
            if gap.contains([',', ';']) {
                break;
            }
            k -= 1;
            out.push(k);
        }
    }
    out
}

/// The number of people the word at `k` counts: a number before a person noun (or alone),
/// or "a"/"an" before a singular person noun.
fn count_at(ws: &[Word], k: usize) -> u64 {
    let w = fold(ws[k].text);
    if w == "a" || w == "an" {
        let person = (k + 1..(k + 4).min(ws.len())).any(|j| one_person(ws[j].text));
        return u64::from(person);
    }
    match number_value(ws[k].text) {
        Some(v) if !is_year_or_date(ws, k, v) && v < 100_000 => v,
        _ => 0,
    }
}

/// Death tolls that differ between sources of one story (each source's highest toll).
pub fn casualties(corpus: &Corpus, docs: &[Segmented], story: &[usize]) -> Vec<Finding> {
    let mut groups: BTreeMap<usize, Vec<(u64, Variant)>> = BTreeMap::new();
    for (a, d) in docs.iter().enumerate() {
        let tolls = article_tolls(&corpus.articles[a].text, d);
        let Some(max) = tolls.iter().map(|t| t.0).max() else {
            continue;
        };
        for (n, span) in tolls.into_iter().filter(|t| t.0 == max) {
            let v = Variant { article: a, span };
            groups.entry(story[a]).or_default().push((n, v));
        }
    }
    groups
        .into_values()
        .filter(|vs| differ_across_articles(vs))
        .map(|vs| Finding {
            topic: "casualties".to_string(),
            variants: vs.into_iter().map(|(_, v)| v).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::segment;

    #[test]
    fn number_words_and_numerals_have_values() {
        assert_eq!(number_value("three"), Some(3));
        assert_eq!(number_value("4,500"), Some(4500));
        assert_eq!(number_value("dozen"), Some(12));
        assert_eq!(number_value("troops"), None);
    }

    #[test]
    fn quantity_phrases_keep_their_estimate_words() {
        let t = "A raid by around 30 armed men and three of the attackers. In 2019 it rained.";
        let doc = segment(t, &[Span::new(0, t.len())]);
        let q = article_quantities(t, &doc);
        let got: Vec<&str> = q.iter().map(|q| q.span.slice(t)).collect();
        assert_eq!(got, ["around 30 armed men", "three of the attackers"]);
    }

    #[test]
    fn people_are_counted_by_what_the_phrase_says_of_them() {
        let t = "Around 30 armed men fled, 12 people died, eight trapped people were freed, \
                 40 people were evacuated and 50 people watched.";
        let doc = segment(t, &[Span::new(0, t.len())]);
        let got: Vec<(String, &str)> = article_quantities(t, &doc)
            .into_iter()
            .map(|q| (q.class, q.span.slice(t)))
            .collect();
        assert_eq!(
            got,
            [
                ("attackers".to_string(), "Around 30 armed men"),
                ("trapped people".to_string(), "eight trapped people"),
                ("evacuated people".to_string(), "40 people"),
            ]
        );
    }

    #[test]
    fn death_tolls_add_up_the_people_named() {
        let t = "The clash led to the death of a local officer and two of the raiders.";
        let doc = segment(t, &[Span::new(0, t.len())]);
        let tolls = article_tolls(t, &doc);
        assert_eq!(tolls.len(), 1);
        assert_eq!(tolls[0].0, 3);
    }

    #[test]
    fn a_date_is_not_a_toll() {
        let t = "Nobody died on Sep 24.";
        let doc = segment(t, &[Span::new(0, t.len())]);
        assert!(article_tolls(t, &doc).iter().all(|(n, _)| *n == 0));
    }
}
