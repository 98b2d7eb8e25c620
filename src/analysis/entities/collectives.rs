//! Unnamed collective speakers: "Prosecutors argued …", "the defence said …", "police said …",
//! "officials told reporters …", "according to rescuers".
//!
//! News attributes much of what it reports to bodies it never names. They are actors only where
//! they speak, so a noun from the list becomes a mention when a speech verb follows it (past
//! auxiliaries, adverbs and dates) or "according to" precedes it; "the police station" or
//! "officials were injured" make none. One noun is one actor across the sources: the story's
//! prosecutors, its police.

use super::detect::{Hint, RawMention};
use crate::analysis::segment::Token;
use crate::analysis::span::Span;
use crate::analysis::statements::cues;

/// Collective nouns (folded, as written) and the actor each names. Longer phrases first.
const COLLECTIVES: &[(&[&str], &str)] = &[
    (&["defense", "lawyers"], "defence"),
    (&["defence", "lawyers"], "defence"),
    (&["defense", "team"], "defence"),
    (&["defence", "team"], "defence"),
    (&["rescue", "workers"], "rescuers"),
    (&["aid", "workers"], "aid workers"),
    (&["prosecutors"], "prosecutors"),
    (&["prosecution"], "prosecutors"),
    (&["defense"], "defence"),
    (&["defence"], "defence"),
    (&["police"], "police"),
    (&["officials"], "officials"),
    (&["authorities"], "authorities"),
    (&["investigators"], "investigators"),
    (&["rescuers"], "rescuers"),
    (&["witnesses"], "witnesses"),
    (&["residents"], "residents"),
    (&["villagers"], "villagers"),
    (&["survivors"], "survivors"),
    (&["analysts"], "analysts"),
    (&["experts"], "experts"),
    (&["doctors"], "doctors"),
    (&["medics"], "medics"),
    (&["lawmakers"], "lawmakers"),
    (&["protesters"], "protesters"),
    (&["activists"], "activists"),
    (&["organisers"], "organisers"),
    (&["organizers"], "organisers"),
    (&["scientists"], "scientists"),
    (&["researchers"], "researchers"),
];

/// The merge key prefix of a collective actor ("collective:police").
pub const KEY_PREFIX: &str = "collective:";

/// How far (in tokens) a speech verb may follow the noun: "police said", "officials have also
/// said", "prosecutors on Tuesday argued".
const VERB_WINDOW: usize = 4;

/// The collective actor at token `i`, if the noun phrase there speaks: its length in tokens
/// and its name.
fn speaking_collective(toks: &[Token], i: usize) -> Option<(usize, &'static str)> {
    let (len, name) = COLLECTIVES.iter().find_map(|(words, name)| {
        let end = i + words.len();
        (end <= toks.len() && words.iter().zip(&toks[i..end]).all(|(w, t)| t.norm == *w))
            .then_some((words.len(), *name))
    })?;
    let according = i >= 2 && toks[i - 2].norm == "according" && toks[i - 1].norm == "to"
        || i >= 3 && toks[i - 3].norm == "according" && toks[i - 2].norm == "to";
    let end = i + len;
    let speaks = toks[end..toks.len().min(end + VERB_WINDOW)]
        .iter()
        .take_while(|t| cues::cue(&t.norm).is_some() || cues::is_verb_filler(&t.norm))
        .any(|t| cues::cue(&t.norm).is_some_and(|c| !c.participle));
    (according || speaks).then_some((len, name))
}

/// Pushes a mention for every speaking collective noun of a sentence's tokens that none of the
/// sentence's name mentions (those from index `from` of `out`) covers: "Peruvian police" is
/// an institution of its own.
pub fn collective_mentions(
    text: &str,
    article: usize,
    toks: &[Token],
    out: &mut Vec<RawMention>,
    from: usize,
) {
    let named: Vec<Span> = out[from..].iter().map(|m| m.span).collect();
    let mut i = 0;
    while i < toks.len() {
        let Some((len, name)) = speaking_collective(toks, i) else {
            i += 1;
            continue;
        };
        // "the defence said": the article belongs to the name as written.
        let first = if i > 0 && toks[i - 1].norm == "the" {
            i - 1
        } else {
            i
        };
        let span = Span::new(toks[first].span.start, toks[i + len - 1].span.end);
        if !named.iter().any(|n| n.overlaps(&span)) {
            out.push(RawMention::new(
                article,
                span,
                span.slice(text).to_string(),
                format!("{KEY_PREFIX}{name}"),
                Hint::Org,
            ));
        }
        i += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::tokenize;

    fn found(text: &str) -> Vec<String> {
        let toks = tokenize(text, Span::new(0, text.len()));
        let mut out = Vec::new();
        collective_mentions(text, 0, &toks, &mut out, 0);
        out.into_iter()
            .map(|m| format!("{} = {}", m.surface, m.key))
            .collect()
    }

    #[test]
    fn a_collective_noun_is_an_actor_where_it_speaks() {
        assert_eq!(
            found("Prosecutors argued the funds were taken."),
            ["Prosecutors = collective:prosecutors"]
        );
        assert_eq!(
            found("The defense team said he did not know, and police have also said so."),
            [
                "The defense team = collective:defence",
                "police = collective:police"
            ]
        );
        assert_eq!(
            found("The toll rose, according to rescuers."),
            ["rescuers = collective:rescuers"]
        );
    }

    #[test]
    fn a_collective_noun_that_does_not_speak_is_no_actor() {
        assert!(found("Officials were injured near the police station.").is_empty());
        assert!(found("The prosecution rested its case on Monday.").is_empty());
    }
}
