//! Who a word stands for: actor mentions, pronouns ("he added") and role nouns ("the
//! spokesman said"), resolved from what the article said before.

use crate::analysis::entities::gazetteer as gz;
use crate::analysis::entities::{Entity, EntityKind};
use crate::analysis::segment::Token;
use crate::analysis::span::Span;

/// An entity mention that can speak: a person, organisation or country (not a nationality).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Actor {
    pub span: Span,
    pub entity: usize,
    pub kind: EntityKind,
    /// Modifies the name after it ("US" in "US Secretary of State …"): not a subject.
    pub modifier: bool,
}

/// The speaking actors of every article, in text order (one pass over all mentions).
pub fn actors_by_article(texts: &[&str], entities: &[Entity]) -> Vec<Vec<Actor>> {
    let mut out: Vec<Vec<Actor>> = vec![Vec::new(); texts.len()];
    for (i, e) in entities.iter().enumerate() {
        if e.kind == EntityKind::Group {
            continue;
        }
        for m in &e.mentions {
            if let Some(list) = out.get_mut(m.article) {
                list.push(Actor {
                    span: m.span,
                    entity: i,
                    kind: e.kind,
                    modifier: false,
                });
            }
        }
    }
    out.into_iter()
        .zip(texts)
        .map(|(list, text)| finish_actors(text, list))
        .collect()
}

/// Sorts an article's actors, drops mentions nested in longer ones, marks modifiers.
fn finish_actors(text: &str, mut out: Vec<Actor>) -> Vec<Actor> {
    out.sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
    // A mention inside a longer one (a role description's qualifier) only modifies it.
    let mut kept: Vec<Actor> = Vec::with_capacity(out.len());
    for a in out {
        if kept
            .last()
            .is_some_and(|k| k.span.end >= a.span.end && k.span.start <= a.span.start)
        {
            continue;
        }
        kept.push(a);
    }
    let next_starts: Vec<usize> = kept.iter().map(|a| a.span.start).collect();
    for a in &mut kept {
        a.modifier = modifies_next(text, a.span.end, &next_starts);
    }
    kept
}

/// Whether a name ending at `end` is followed directly by a title or another name.
fn modifies_next(text: &str, end: usize, starts: &[usize]) -> bool {
    let rest = text.get(end..).unwrap_or("");
    // The final stop of a dotted abbreviation ("U.S. Geological Survey") belongs to the name.
    let dotted = text.get(..end).is_some_and(|name| {
        let last = name.rsplit(' ').next().unwrap_or("");
        last.contains('.') && last.len() <= 6
    });
    let rest = match rest.strip_prefix('.') {
        Some(r) if dotted => r,
        _ => rest,
    };
    let rest = rest
        .strip_prefix("’s")
        .or_else(|| rest.strip_prefix("'s"))
        .unwrap_or(rest);
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    if trimmed.len() == rest.len() {
        return false;
    }
    // Walk the capitalised words that follow ("National Security Adviser Jake …"): a title
    // or another name among them makes this name a qualifier.
    let mut rest = trimmed;
    for _ in 0..6 {
        let at = text.len() - rest.len();
        if starts.binary_search(&at).is_ok() {
            return true;
        }
        let word: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        let folded = crate::analysis::fold::fold(&word);
        if gz::is_title(folded.split('-').next().unwrap_or("")) {
            return true;
        }
        if super::cues::cue(&folded).is_some() {
            // "Chile Urges Peru …": a speech verb is never part of a name.
            return false;
        }
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if word.is_empty() || (!capital && folded != "of") {
            return false;
        }
        let after = &rest[word.len()..];
        let next = after.trim_start_matches([' ', '\u{a0}']);
        if next.len() == after.len() {
            return false;
        }
        rest = next;
    }
    false
}

/// The third-person pronouns that can stand for a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she: a person.
    Person,
    /// it, they: an organisation or country (or a person, for "they").
    Body,
}

pub fn pronoun(t: &Token) -> Option<Pronoun> {
    match t.norm.as_str() {
        "he" | "she" => Some(Pronoun::Person),
        "it" | "they" => Some(Pronoun::Body),
        _ => None,
    }
}

/// Whether entity `kind` fits what a pronoun can stand for.
pub fn fits(p: Pronoun, kind: EntityKind) -> bool {
    match p {
        Pronoun::Person => kind == EntityKind::Person,
        Pronoun::Body => kind != EntityKind::Person,
    }
}

/// The running memory of an article: who spoke last, for pronouns and quote continuations.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    /// (entity, paragraph) of the last statement.
    pub last_speaker: Option<(usize, usize)>,
    /// (entity, paragraph) of the last person speaker.
    pub last_person: Option<(usize, usize)>,
    /// (entity, paragraph) of the last organisation or country speaker.
    pub last_body: Option<(usize, usize)>,
}

impl Memory {
    pub fn spoke(&mut self, entity: usize, kind: EntityKind, paragraph: usize) {
        self.last_speaker = Some((entity, paragraph));
        if kind == EntityKind::Person {
            self.last_person = Some((entity, paragraph));
        } else {
            self.last_body = Some((entity, paragraph));
        }
    }

    /// The speaker a pronoun in `paragraph` most likely refers to, from recent statements.
    pub fn recall(&self, p: Pronoun, paragraph: usize) -> Option<usize> {
        let recent = |x: Option<(usize, usize)>| {
            x.filter(|&(_, para)| paragraph.saturating_sub(para) <= 3)
                .map(|(e, _)| e)
        };
        match p {
            Pronoun::Person => recent(self.last_person),
            Pronoun::Body => recent(self.last_body),
        }
    }
}

/// The last person in `before` (the actors before the title) whose roles contain the title
/// `title` ("spokesman").
pub fn role_noun(before: &[Actor], entities: &[Entity], title: &str) -> Option<usize> {
    before
        .iter()
        .rev()
        .filter(|a| a.kind == EntityKind::Person)
        .find(|a| {
            entities[a.entity].roles.iter().any(|r| {
                r.split(|c: char| !c.is_alphanumeric())
                    .any(|w| crate::analysis::fold::fold(w) == title)
            })
        })
        .map(|a| a.entity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pronoun_recalls_the_recent_speaker_of_its_kind() {
        let mut m = Memory::default();
        m.spoke(3, EntityKind::Person, 0);
        m.spoke(7, EntityKind::Organization, 1);
        assert_eq!(m.recall(Pronoun::Person, 1), Some(3));
        assert_eq!(m.recall(Pronoun::Body, 1), Some(7));
    }

    #[test]
    fn a_pronoun_far_from_any_speaker_stays_unresolved() {
        let mut m = Memory::default();
        m.spoke(3, EntityKind::Person, 0);
        assert_eq!(m.recall(Pronoun::Person, 9), None);
        assert_eq!(m.recall(Pronoun::Body, 0), None);
    }

    #[test]
    fn a_name_before_a_title_modifies_it() {
        let text = "UN envoy Mara Bell said";
        assert!(modifies_next(text, 2, &[9]));
        assert!(!modifies_next(text, 18, &[]));
    }
}
