//! Claim wording: the renderings of one claim that differ between sources, named by what
//! differs: a quote against a paraphrase, the timing, the numbers, or the wording itself.

use super::dates::time_phrases;
use super::numbers::number_values;
use super::{Finding, Variant};
use crate::analysis::claims::Claim;
use crate::analysis::fold::fold;
use crate::analysis::statements::{Statement, StatementKind};
use crate::corpus::Corpus;

/// One finding per claim whose renderings in different sources are not word for word the same.
pub fn claim_wording(corpus: &Corpus, statements: &[Statement], claims: &[Claim]) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in claims {
        let members: Vec<&Statement> = c
            .statements
            .iter()
            .filter_map(|&i| statements.get(i))
            .collect();
        let Some(first) = members.first() else {
            continue;
        };
        if members.iter().all(|s| s.article == first.article) {
            continue;
        }
        let texts: Vec<&str> = members
            .iter()
            .map(|s| s.content.slice(&corpus.articles[s.article].text))
            .collect();
        // A quote's every word counts; a paraphrase differing only in small words ("early on
        // Tuesday" / "early Tuesday") says the same.
        let quoted = members.iter().any(|s| s.kind == StatementKind::Direct);
        let normal: Vec<String> = texts
            .iter()
            .map(|t| if quoted { squeeze(t) } else { content_words(t) })
            .collect();
        if normal.iter().all(|t| *t == normal[0]) {
            continue;
        }
        out.push(Finding {
            topic: topic(&members, &texts),
            variants: members
                .iter()
                .map(|s| Variant {
                    article: s.article,
                    span: s.content,
                })
                .collect(),
        });
    }
    out
}

/// Letters and digits only, folded: "It’s over," = "it's over".
fn squeeze(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The words of a paraphrase that carry its content: folded, without articles, prepositions
/// and "that".
fn content_words(s: &str) -> String {
    const SMALL: &[&str] = &[
        "a", "an", "the", "on", "in", "at", "of", "to", "that", "for", "by", "with",
    ];
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !SMALL.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What differs between the renderings, most telling first.
fn topic(members: &[&Statement], texts: &[&str]) -> String {
    let times: Vec<Vec<String>> = texts.iter().map(|t| time_phrases(t)).collect();
    let timed: Vec<&Vec<String>> = times.iter().filter(|t| !t.is_empty()).collect();
    if timed.len() >= 2 && timed.iter().any(|t| *t != timed[0]) {
        return format!("timing: {}", excerpt(texts[0]));
    }
    let numbers: Vec<Vec<u64>> = texts.iter().map(|t| number_values(t)).collect();
    let counted: Vec<&Vec<u64>> = numbers.iter().filter(|n| !n.is_empty()).collect();
    if counted.len() >= 2 && counted.iter().any(|n| *n != counted[0]) {
        return format!("number: {}", excerpt(texts[0]));
    }
    let direct = members.iter().any(|s| s.kind == StatementKind::Direct);
    let reported = members.iter().any(|s| s.kind == StatementKind::Reported);
    if direct && reported {
        format!("quote vs paraphrase: {}", excerpt(texts[0]))
    } else {
        format!("wording: {}", excerpt(texts[0]))
    }
}

/// The first few words of a text, for a topic line.
fn excerpt(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().take(6).collect();
    let mut e = words.join(" ");
    if s.split_whitespace().count() > 6 {
        e.push('…');
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_and_case_alone_are_no_difference() {
        assert_eq!(squeeze("It’s over,"), squeeze("it's over"));
        assert_ne!(squeeze("it is over"), squeeze("it is not over"));
    }

    #[test]
    fn small_words_alone_do_not_change_a_paraphrase() {
        assert_eq!(
            content_words("crews arrived early on Tuesday"),
            content_words("Crews arrived early Tuesday")
        );
        assert_ne!(
            content_words("crews arrived early on Tuesday"),
            content_words("crews arrived late on Tuesday")
        );
        assert_ne!(
            content_words("the crews did arrive"),
            content_words("the crews did not arrive")
        );
    }

    #[test]
    fn excerpt_keeps_six_words() {
        assert_eq!(
            excerpt("one two three four five six seven"),
            "one two three four five six…"
        );
        assert_eq!(excerpt("short one"), "short one");
    }
}
