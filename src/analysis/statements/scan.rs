//! The per-article scan: walks sentences in order, finds quotes and speech verbs, and keeps the
//! memory that pronouns and quote continuations need.

use super::StatementKind;
use super::cues::{self, Cue};
use super::quotes::{Quote, find_quotes};
use super::resolve::{Actor, Memory, Pronoun, fits, pronoun, role_noun};
use crate::analysis::entities::gazetteer as gz;
use crate::analysis::entities::{Entity, EntityKind};
use crate::analysis::fold::fold;
use crate::analysis::segment::{Segmented, Sentence, Token};
use crate::analysis::span::Span;
use std::collections::{BTreeSet, HashSet};

/// How many names back a pronoun or "the spokesman" may reach for the one it stands for.
/// Far more than any reader follows, and it keeps an article with no fitting name from
/// making every pronoun search the whole article.
const LOOKBACK: usize = 200;

/// A statement found in one article, before ids and claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub speaker: usize,
    pub kind: StatementKind,
    pub content: Span,
    pub cue: Span,
}

/// What stands before a speech verb as its subject.
#[derive(Clone, Copy, Debug)]
pub enum Who {
    Entity(usize),
    Pronoun(Pronoun, usize),
    Role(usize),
}

/// One sentence being read, with what the scan knows about its surroundings.
pub struct SentenceView<'s> {
    pub sent: &'s Sentence,
    pub toks: &'s [Token],
    pub paragraph: usize,
    pub paragraph_span: Span,
    pub headline: bool,
}

pub struct Scanner<'a> {
    pub text: &'a str,
    pub entities: &'a [Entity],
    pub actors: Vec<Actor>,
    pub memory: Memory,
    pub found: Vec<Found>,
    /// The content spans already in `found`, so a statement seen twice is recorded once
    /// without searching the list (an article may hold hundreds of thousands).
    recorded: HashSet<Span>,
    /// The direct quotes recorded so far, by start, and the longest one's length: a reported
    /// statement asks which of them overlap it without walking every statement before it.
    direct: BTreeSet<(usize, usize)>,
    longest_direct: usize,
    /// Quotes of the paragraph being read.
    pub quotes: Vec<Quote>,
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str, entities: &'a [Entity], actors: Vec<Actor>) -> Self {
        Scanner {
            text,
            entities,
            actors,
            memory: Memory::default(),
            found: Vec::new(),
            recorded: HashSet::new(),
            direct: BTreeSet::new(),
            longest_direct: 0,
            quotes: Vec::new(),
        }
    }

    /// Reads one segmentation (headline or body), paragraph by paragraph.
    pub fn scan(&mut self, seg: &Segmented, para_offset: usize) {
        // Sentences come in paragraph order, so each paragraph's sentences are one run.
        let mut rest = seg.sentences.as_slice();
        for (p, para) in seg.paragraphs.iter().enumerate() {
            self.quotes = find_quotes(self.text, *para);
            let (sentences, after) = rest.split_at(rest.partition_point(|s| s.paragraph <= p));
            rest = after;
            let views: Vec<SentenceView> = sentences
                .iter()
                .map(|sent| SentenceView {
                    sent,
                    toks: seg.sentence_tokens(sent),
                    paragraph: p + para_offset,
                    paragraph_span: *para,
                    headline: sent.heading,
                })
                .collect();
            for i in 0..views.len() {
                self.direct_quotes(&views[i], &views[..i]);
                self.reported(&views[i]);
            }
        }
    }

    /// Records a statement and remembers its speaker, unless its content is empty or already
    /// recorded; whether it was.
    pub fn record(&mut self, f: Found, paragraph: usize) -> bool {
        let Some(content) = self.text.get(f.content.start..f.content.end) else {
            return false;
        };
        // "… and stressed the" (a capture cut off): no word that says anything.
        let says_something = content
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && !crate::analysis::stem::is_stop_word(&fold(w)));
        if !says_something {
            return false;
        }
        if !self.recorded.insert(f.content) {
            return false;
        }
        self.record_also(f, paragraph);
        true
    }

    /// Records a second speaker's statement of content just recorded for another ("Lind and
    /// Palacios said …").
    pub fn record_also(&mut self, f: Found, paragraph: usize) {
        if f.kind == StatementKind::Direct {
            self.direct.insert((f.content.start, f.content.end));
            self.longest_direct = self.longest_direct.max(f.content.len());
        }
        let kind = self.entities[f.speaker].kind;
        self.memory.spoke(f.speaker, kind, paragraph);
        self.found.push(f);
    }

    /// The recorded direct quotes that overlap `span`.
    pub fn direct_overlapping(&self, span: Span) -> impl Iterator<Item = Span> {
        let earliest = span.start.saturating_sub(self.longest_direct);
        self.direct
            .range((earliest, 0)..(span.end, 0))
            .map(|&(start, end)| Span::new(start, end))
            .filter(move |d| d.end > span.start)
    }

    pub fn in_quote(&self, pos: usize) -> bool {
        self.quotes.iter().any(|q| q.outer().contains(pos))
    }

    /// The speech verb at token `i`, unless negated, passive, infinitive or a noun.
    pub fn cue_at(&self, toks: &[Token], i: usize) -> Option<Cue> {
        let c = cues::cue(&toks[i].norm)?;
        if self.in_quote(toks[i].span.start) {
            return None;
        }
        // "the state guest house", "state media": "state" is a noun unless "that" follows.
        if matches!(toks[i].norm.as_str(), "state" | "states")
            && toks.get(i + 1).is_none_or(|t| t.norm != "that")
        {
            return None;
        }
        // The words just before the verb, up to any punctuation.
        let mut from = i;
        while from > 0 && i - from < 3 {
            let gap = Span::new(toks[from - 1].span.end, toks[from].span.start).slice(self.text);
            if !gap.chars().all(char::is_whitespace) {
                break;
            }
            from -= 1;
        }
        let before: Vec<&str> = toks[from..i].iter().map(|t| t.norm.as_str()).collect();
        if before.iter().any(|w| cues::is_negation(w)) {
            return None;
        }
        let prev = before.last().copied().unwrap_or("");
        let noun_use = matches!(
            prev,
            "to" | "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "this" | "of"
        );
        if noun_use || (cues::is_be(prev) && !c.participle) {
            return None;
        }
        Some(c)
    }

    /// The actors whose mention lies inside `range` and outside quotes, in order.
    pub fn actors_in(&self, range: Span) -> Vec<Actor> {
        let before = self.actors_before(range.end);
        before[before.partition_point(|a| a.span.start < range.start)..]
            .iter()
            .filter(|a| !self.in_quote(a.span.start))
            .copied()
            .collect()
    }

    /// The subject of the speech verb at token `i`: the nearest actor, pronoun or role noun
    /// before it with only auxiliaries, adverbs, dates or a parenthesis in between.
    pub fn subject_before(
        &self,
        view: &SentenceView,
        i: usize,
        from: usize,
    ) -> Option<(Who, Span)> {
        let verb = view.toks[i].span.start;
        let mut cands = self.candidates(view, Span::new(from, verb));
        cands.sort_by_key(|(_, s)| std::cmp::Reverse(s.end));
        let (nearest, span) = *cands.first()?;
        if gap_ok(self.text, span.end, verb) {
            return Some((nearest, span));
        }
        // "X had talked to Y and urged …": the subject is the one followed by a verb.
        let gap = Span::new(span.end, verb).slice(self.text);
        let g = gap.trim_end();
        if g.ends_with(" and") || g.ends_with(" but") || g.ends_with(" and then") {
            return cands
                .iter()
                .find(|(_, s)| verbish_after(self.text, s.end))
                .copied();
        }
        None
    }

    /// Actors, pronouns and role nouns inside `range` of the sentence, not inside quotes.
    pub fn candidates(&self, view: &SentenceView, range: Span) -> Vec<(Who, Span)> {
        let mut out: Vec<(Who, Span)> = self
            .actors_in(range)
            .into_iter()
            .filter(|a| !a.modifier)
            .map(|a| (Who::Entity(a.entity), a.span))
            .collect();
        for (k, t) in view.toks.iter().enumerate() {
            if t.span.start < range.start || t.span.end > range.end || self.in_quote(t.span.start) {
                continue;
            }
            if out.iter().any(|(_, s)| s.overlaps(&t.span)) {
                continue;
            }
            if let Some(p) = pronoun(t) {
                out.push((Who::Pronoun(p, t.span.start), t.span));
            } else if let Some(owner) = self.owner_of_title(view, k) {
                // "the ministry's spokesman said": the body speaks through its spokesman.
                out.push(owner);
            } else if let Some(the) = self.role_noun_start(view, k) {
                if let Some(e) = role_noun(self.recent_actors(t.span.start), self.entities, &t.norm)
                {
                    out.push((
                        Who::Role(e),
                        Span::new(view.toks[the].span.start, t.span.end),
                    ));
                }
            }
        }
        out
    }

    /// For a lower-case title after a possessive name ("Peru’s envoy"), that name's entity
    /// (or the person known to hold the title), with the span of the whole phrase.
    fn owner_of_title(&self, view: &SentenceView, k: usize) -> Option<(Who, Span)> {
        let t = &view.toks[k];
        if t.capitalized || !gz::is_title(&t.norm) || k == 0 {
            return None;
        }
        let prev = &view.toks[k - 1];
        if !prev.norm.ends_with("'s") {
            return None;
        }
        let owner = self
            .actors_before(prev.span.end)
            .iter()
            .rev()
            .take_while(|a| a.span.end > prev.span.start)
            .last()?;
        // A person's lawyer speaks as a person of their own, not as the client.
        let counsel = matches!(
            t.norm.as_str(),
            "lawyer" | "lawyers" | "attorney" | "attorneys" | "counsel"
        );
        if counsel && self.kind_of(owner.entity) == EntityKind::Person {
            return None;
        }
        let span = Span::new(owner.span.start, t.span.end);
        Some((Who::Entity(owner.entity), span))
    }

    /// Where a role noun at token `k` starts with its article: "the spokesman", "the Peruvian
    /// leader" (a nationality between them).
    fn role_noun_start(&self, view: &SentenceView, k: usize) -> Option<usize> {
        let t = &view.toks[k];
        if !gz::is_title(&t.norm) || t.capitalized || k == 0 {
            return None;
        }
        let the = |j: usize| view.toks[j].norm == "the";
        if the(k - 1) {
            return Some(k - 1);
        }
        let nationality = gz::demonym_country(&view.toks[k - 1].norm).is_some();
        (k >= 2 && nationality && the(k - 2)).then(|| k - 2)
    }

    /// The entity a subject stands for; `attribution` prefers the last speaker for pronouns
    /// ("…,” he added).
    pub fn resolve(&self, who: Who, view: &SentenceView, attribution: bool) -> Option<usize> {
        match who {
            Who::Entity(e) | Who::Role(e) => Some(e),
            Who::Pronoun(p, pos) => {
                let remembered = self.memory.recall(p, view.paragraph);
                if attribution {
                    if let Some(e) = remembered {
                        return Some(e);
                    }
                }
                let range = Span::new(view.sent.span.start, pos);
                let local = self
                    .actors_in(range)
                    .into_iter()
                    .filter(|a| !a.modifier && fits(p, a.kind))
                    .find(|a| verbish_after(self.text, a.span.end))
                    .map(|a| a.entity);
                local.or(remembered).or_else(|| self.last_fitting(p, pos))
            }
        }
    }

    /// The last actor before `pos` a pronoun can stand for, within the article.
    fn last_fitting(&self, p: Pronoun, pos: usize) -> Option<usize> {
        if p == Pronoun::Body {
            return None;
        }
        // Someone named only inside a quotation is talked about, not talking.
        self.recent_actors(pos)
            .iter()
            .rev()
            .filter(|a| !a.modifier && fits(p, a.kind) && !self.in_quote(a.span.start))
            .map(|a| a.entity)
            .next()
    }

    /// The actors that end at or before `pos`. Actors are sorted by start and none nests in
    /// another, so their ends are sorted too and a binary search finds the cut.
    pub fn actors_before(&self, pos: usize) -> &[Actor] {
        &self.actors[..self.actors.partition_point(|a| a.span.end <= pos)]
    }

    /// The last [`LOOKBACK`] actors before `pos`: those a pronoun or role noun may stand for.
    fn recent_actors(&self, pos: usize) -> &[Actor] {
        let before = self.actors_before(pos);
        &before[before.len().saturating_sub(LOOKBACK)..]
    }

    pub fn kind_of(&self, e: usize) -> EntityKind {
        self.entities[e].kind
    }
}

/// Whether only auxiliaries, adverbs, dates, a parenthesis or a comma-enclosed aside stand
/// between a subject ending at `from` and its verb at `to`.
pub fn gap_ok(text: &str, from: usize, to: usize) -> bool {
    let gap = Span::new(from, to).slice(text);
    let mut g = strip_brackets(gap);
    let t = g.trim().to_string();
    if let Some(rest) = t.strip_prefix(',') {
        g = match rest.rfind(',') {
            Some(k) => rest[k + 1..].to_string(),
            None => return false,
        };
    }
    g.split_whitespace()
        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')))
        .all(|w| {
            w.is_empty()
                || cues::is_verb_filler(&w)
                || gz::is_calendar(&w)
                || w.chars().next().is_some_and(|c| c.is_ascii_digit())
                || matches!(
                    w.as_str(),
                    "'s" | "s"
                        | "government"
                        | "authorities"
                        | "officials"
                        | "leadership"
                        | "administration"
                        // "AFP correspondents reported": a body speaks through its people.
                        | "correspondent"
                        | "correspondents"
                        | "reporter"
                        | "reporters"
                        | "journalists"
                        | "sources"
                )
        })
}

/// The text without bracketed asides ("(Sep 29)") and stray closing brackets.
fn strip_brackets(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether the word after byte `pos` looks like a verb or an aside (not a preposition).
pub fn verbish_after(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or("");
    if rest.trim_start().starts_with(',') || rest.starts_with("’s") || rest.starts_with("'s") {
        return true;
    }
    let word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let w = fold(&word);
    const AUX: &[&str] = &[
        "has",
        "had",
        "have",
        "is",
        "was",
        "were",
        "are",
        "will",
        "would",
        "did",
        "does",
        "could",
        "can",
        "may",
        "also",
        "government",
        "then",
    ];
    const PREPS: &[&str] = &[
        "of", "in", "on", "over", "with", "to", "from", "at", "by", "for", "and", "or", "near",
        "about", "after", "before", "into", "during", "under",
    ];
    AUX.contains(&w.as_str())
        || (!PREPS.contains(&w.as_str()) && (w.ends_with("ed") || w.ends_with('s')))
        || cues::cue(&w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auxiliaries_dates_and_asides_may_separate_subject_and_verb() {
        let t = "Kim, in a written reply, has also said";
        assert!(gap_ok(t, 3, t.len() - 4));
        let t = "Kim Friday (Oct 3) said";
        assert!(gap_ok(t, 3, t.len() - 4));
    }

    #[test]
    fn an_object_between_name_and_verb_breaks_the_link() {
        let t = "Kim met the mayor and said";
        assert!(!gap_ok(t, 3, t.len() - 4));
    }

    #[test]
    fn a_preposition_after_a_name_is_not_a_verb() {
        assert!(!verbish_after("Kim over the phone", 3));
        assert!(verbish_after("Kim had talked", 3));
    }
}
