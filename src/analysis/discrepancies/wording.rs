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
        let normal: Vec<String> = texts.iter().map(|t| squeeze(t)).collect();
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
    fn excerpt_keeps_six_words() {
        assert_eq!(
            excerpt("one two three four five six seven"),
            "one two three four five six…"
        );
        assert_eq!(excerpt("short one"), "short one");
    }
}
