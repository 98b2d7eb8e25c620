//! Name detection: runs of capitalised words, read with their cues (titles, honorifics,
//! organisation words, acronyms in brackets) and split into mentions of actors.
//!
//! Capitals alone mislead at sentence starts ("Describing the move…"), in headlines (every word
//! capitalised) and in all-caps captions; there a word only counts when it is known: seen
//! capitalised mid-sentence elsewhere in the corpus, or in the gazetteer.

use super::context::context_hint;
use super::gazetteer as gz;
use super::roles::{RoleMention, role_mention_after};
use crate::analysis::segment::{Sentence, Token};
use crate::analysis::span::Span;
use std::collections::HashSet;

/// What the words of a mention suggest the actor is, before merging across the corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    Person,
    Org,
    Place,
    Group,
    Unknown,
}

/// One name as written in one article, before merging.
#[derive(Clone, Debug)]
pub struct RawMention {
    pub article: usize,
    /// The name without a possessive ending.
    pub span: Span,
    pub surface: String,
    /// Folded words of the name, joined by spaces.
    pub key: String,
    pub hint: Hint,
    /// Roles written next to the name ("Serbian President", "NATO chief").
    pub roles: Vec<String>,
    /// The name as written with its title or qualifier ("King Tomas II", "US State
    /// Department"): more aliases, never the canonical name.
    pub titled: Vec<String>,
    /// For an acronym in brackets after a name: that name's key.
    pub expands: Option<String>,
    /// A name modifying the next one ("US" in "US Secretary of State …").
    pub modifier: bool,
    /// For an unknown name: what its neighbouring words suggest (see `context.rs`).
    pub context: Option<Hint>,
}

impl RawMention {
    /// A mention with nothing known of it yet but where it stands, its surface, merge key and
    /// hint (no roles, aliases, acronym or context).
    pub fn new(article: usize, span: Span, surface: String, key: String, hint: Hint) -> Self {
        RawMention {
            article,
            span,
            surface,
            key,
            hint,
            roles: Vec::new(),
            titled: Vec::new(),
            expands: None,
            modifier: false,
            context: None,
        }
    }
}

/// What the whole corpus shows of its words: the forms written capitalised in the middle of an
/// ordinary sentence somewhere (names), and those written in lower case (common words).
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    pub capitals: HashSet<String>,
    pub lower: HashSet<String>,
}

impl Vocabulary {
    /// Adds the words of one article's body sentences.
    pub fn add(&mut self, text: &str, sentences: &[Sentence], tokens: &[Token]) {
        for s in sentences.iter().filter(|s| !s.heading) {
            let toks = &tokens[s.tokens.clone()];
            for (i, t) in toks.iter().enumerate() {
                if !t.capitalized && !t.numeric {
                    self.lower.insert(bare(&t.norm).to_string());
                } else if t.capitalized && !is_initial(text, toks, i) {
                    self.capitals.insert(bare(&t.norm).to_string());
                }
            }
        }
    }

    /// The vocabulary of one text (for tests and single articles).
    pub fn of(text: &str, sentences: &[Sentence], tokens: &[Token]) -> Vocabulary {
        let mut v = Vocabulary::default();
        v.add(text, sentences, tokens);
        v
    }
}

/// The folded word without a possessive ending ("kosovo's" → "kosovo").
pub fn bare(norm: &str) -> &str {
    norm.strip_suffix("'s").unwrap_or(norm)
}

fn is_possessive(norm: &str) -> bool {
    norm.ends_with("'s") && norm.len() > 2
}

/// True when token `i` stands where any word would be capitalised: sentence or quote start.
pub fn is_initial(text: &str, toks: &[Token], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let before = text.get(..toks[i].span.start).unwrap_or("");
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    let prev = trimmed.chars().last();
    let adjacent = before.chars().last();
    // A spaced hyphen ends a dateline ("LIMA -- The…", "LIMA - The…"); "Anti-War" has none.
    let spaced_hyphen = prev == Some('-') && trimmed.len() < before.len();
    if adjacent == Some('(') && is_bracketed_name(&text[toks[i].span.start..]) {
        return false;
    }
    spaced_hyphen
        || matches!(prev, Some(':' | '\n' | '—' | '–' | '|'))
        || matches!(adjacent, Some('"' | '“' | '‘' | '«' | '„' | '(' | '['))
}

/// "(Dunya News) –": a bracket holding nothing but a few capitalised words is a name (an
/// agency's credit), not a sentence that happens to open with a capital.
fn is_bracketed_name(after_bracket: &str) -> bool {
    let Some(inside) = after_bracket
        .get(..after_bracket.len().min(48))
        .and_then(|s| s.split_once(')').map(|(inside, _)| inside))
    else {
        return false;
    };
    let words: Vec<&str> = inside.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

fn is_acronym(word: &str) -> bool {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let len = word.chars().count();
    (2..=6).contains(&len) && upper >= 2 && word.chars().all(|c| c.is_alphanumeric())
}

fn is_gazetteer(norm: &str) -> bool {
    let n = bare(norm);
    gz::country(n).is_some()
        || gz::seat_of(n).is_some()
        || gz::demonym_country(n).is_some()
        || gz::is_faith(n)
        || gz::known_org(n).is_some()
}

/// "Ilse Brandl said …" at a sentence start: an unknown capitalised word is the first word of
/// a name when a capitalised word follows it that is no given name ("Coach Ines Navarro"
/// starts with a description), and the corpus never writes the word in lower case
/// ("Yesterday Brandl …" has a common word first).
fn opens_a_name(text: &str, toks: &[Token], i: usize, vocab: &Vocabulary) -> bool {
    let n = bare(&toks[i].norm);
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    // A name of two words: a longer run opening with an unknown word is more often a
    // description before a name ("Coach Ines Navarro").
    let two_words = toks
        .get(i + 2)
        .is_none_or(|after| !after.capitalized || !joined(text, next, after));
    two_words
        && next.capitalized
        && !next.numeric
        && joined(text, &toks[i], next)
        && !gz::is_never_name(n)
        && !gz::is_never_name(bare(&next.norm))
        && !gz::is_calendar(bare(&next.norm))
        && !gz::is_given_name(bare(&next.norm))
        && !gz::is_title(n)
        && !vocab.lower.contains(n)
        && n.chars().count() > 1
}

/// Whether a capitalised token in a headline or at a sentence start is still a name.
fn known_word(text: &str, t: &Token, vocab: &Vocabulary) -> bool {
    let n = bare(&t.norm);
    if gz::is_never_name(n) || gz::is_calendar(n) {
        return false;
    }
    is_gazetteer(n)
        || gz::is_title(n)
        || gz::is_honorific(n)
        || gz::is_given_name(n)
        || vocab.capitals.contains(n)
        || is_acronym(t.span.slice(text))
}

/// Finds the name mentions (and unnamed role mentions) of one sentence.
pub fn sentence_mentions(
    text: &str,
    article: usize,
    sent: &Sentence,
    toks: &[Token],
    vocab: &Vocabulary,
    out: &mut Vec<RawMention>,
    roles: &mut Vec<RoleMention>,
) {
    let sentence_first = out.len();
    let headline = sent.heading && headline_case(toks);
    let in_known_name = known_name_tokens(toks);
    let nameish: Vec<bool> = (0..toks.len())
        .map(|i| {
            if in_known_name[i] {
                return true;
            }
            let t = &toks[i];
            if !t.capitalized || t.numeric {
                return false;
            }
            let n = bare(&t.norm);
            if gz::is_calendar(n) || n == "i" {
                return false;
            }
            if headline {
                return known_word(text, t, vocab);
            }
            if is_initial(text, toks, i) {
                return known_word(text, t, vocab) || opens_a_name(text, toks, i, vocab);
            }
            true
        })
        .collect();
    let mut i = 0;
    let mut pending: Option<RoleMention> = None;
    while i < toks.len() {
        if !nameish[i] {
            if let Some(role) = pending.take() {
                roles.push(role);
            }
            i += 1;
            continue;
        }
        let end = run_end(text, toks, &nameish, i);
        let end = and_joined_org(text, toks, &nameish, i, end);
        let first = out.len();
        if let Some(role) = classify_run(text, article, toks, (i, end), vocab, out) {
            roles.push(role);
        }
        if let Some(role) = pending.take() {
            give_role(role, &mut out[first..], roles);
        }
        link_acronym(text, toks, i, end, out, first);
        qualified_org_form(text, out, sentence_first, first);
        super::institutions::institution_mentions(text, article, toks, (i, end), out, first);
        if let Some((role, next)) = role_mention_after(text, article, toks, i, end) {
            let named = next < toks.len()
                && nameish[next]
                && super::text::only_spaces(text, toks[next - 1].span.end, toks[next].span.start);
            if named {
                pending = Some(role);
                i = next;
                continue;
            }
            roles.push(role);
        }
        i = end;
    }
    if let Some(role) = pending {
        roles.push(role);
    }
    super::collectives::collective_mentions(text, article, toks, out, sentence_first);
}

/// The length in tokens of a known place or organisation starting at token `i` ("New York",
/// "Hong Kong", "Voice of America"), and its kind: its words are no names alone, and "New"
/// is even a word that never starts a name.
fn known_name_at(toks: &[Token], i: usize) -> Option<(usize, Hint)> {
    (2..=3).rev().find_map(|n| {
        let words = toks.get(i..i + n)?;
        let shaped = words[0].capitalized
            && words[n - 1].capitalized
            && words.iter().all(|t| t.capitalized || t.norm == "of");
        if !shaped {
            return None;
        }
        let name = words
            .iter()
            .map(|t| bare(&t.norm))
            .collect::<Vec<_>>()
            .join(" ");
        if gz::known_place(&name) {
            Some((n, Hint::Place))
        } else if gz::known_org(&name).is_some() {
            Some((n, Hint::Org))
        } else {
            None
        }
    })
}

/// Per token, whether it is part of a known place or organisation (see [`known_name_at`]).
fn known_name_tokens(toks: &[Token]) -> Vec<bool> {
    let mut out = vec![false; toks.len()];
    let mut i = 0;
    while i < toks.len() {
        match known_name_at(toks, i) {
            Some((n, _)) => {
                out[i..i + n].iter_mut().for_each(|x| *x = true);
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// Gives a lower-case role ("NATO chief") to the first name after it, making it a person.
fn give_role(role: RoleMention, names: &mut [RawMention], roles: &mut Vec<RoleMention>) {
    match names.iter_mut().find(|m| !m.modifier) {
        Some(m) if matches!(m.hint, Hint::Person | Hint::Unknown) => {
            m.hint = Hint::Person;
            m.roles.push(role.text);
        }
        _ => roles.push(role),
    }
}

/// A headline in title case: most longer words capitalised.
fn headline_case(toks: &[Token]) -> bool {
    let long: Vec<&Token> = toks.iter().filter(|t| t.norm.len() > 3).collect();
    let caps = long.iter().filter(|t| t.capitalized).count();
    long.len() >= 2 && caps * 10 >= long.len() * 6
}

/// The end (exclusive) of the run of name words starting at `start`.
fn run_end(text: &str, toks: &[Token], nameish: &[bool], start: usize) -> usize {
    let mut j = start;
    loop {
        if is_possessive(&toks[j].norm) {
            return if possessive_org(text, toks, nameish, j) {
                j + 2
            } else {
                j + 1
            };
        }
        let next = j + 1;
        if next < toks.len() && nameish[next] && joined(text, &toks[j], &toks[next]) {
            j = next;
            continue;
        }
        // "Lena M. Ortiz": a middle initial's stop stays inside the name.
        if next < toks.len()
            && nameish[next]
            && j > start
            && is_initial_letter(text, &toks[j])
            && Span::new(toks[j].span.end, toks[next].span.start).slice(text) == ". "
        {
            j = next;
            continue;
        }
        // "(Russian President Vladimir) Putin": an editor's insertion in a quote closes its
        // bracket inside the name.
        if next < toks.len() && nameish[next] && bracket_inside(text, toks, start, j, next) {
            j = next;
            continue;
        }
        // "Tehreek-e-Taliban", "Ahl-al-Bayt": a short lower-case particle hyphenated inside.
        if next + 1 < toks.len()
            && nameish[next + 1]
            && toks[next].norm.len() <= 3
            && !toks[next].capitalized
            && hyphenated(text, &toks[j], &toks[next])
            && hyphenated(text, &toks[next], &toks[next + 1])
        {
            j = next + 1;
            continue;
        }
        // "Secretary of State", "Ministry of Defence": a connector inside a title or org name;
        // after one, "and" continues the complement ("Minister for Information and
        // Broadcasting").
        let in_complement = toks[start..=j]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "of" | "for"));
        let connector = next < toks.len()
            && (matches!(toks[next].norm.as_str(), "of" | "for")
                || (in_complement && toks[next].norm == "and"));
        if connector
            && next + 1 < toks.len()
            && nameish[next + 1]
            && joined(text, &toks[j], &toks[next])
            && joined(text, &toks[next], &toks[next + 1])
            && toks[start..=j]
                .iter()
                .any(|t| gz::is_title(bare(&t.norm)) || gz::is_org_word(bare(&t.norm)))
        {
            j = next + 1;
            continue;
        }
        return j + 1;
    }
}

/// "People's Daily", "Children's Hospital": a possessive inside an organisation's name, when
/// one organisation word ends the name and the possessive is no place or person's given name
/// ("Britain's Ministry of Defence" is Britain's ministry).
fn possessive_org(text: &str, toks: &[Token], nameish: &[bool], j: usize) -> bool {
    let owner = bare(&toks[j].norm);
    let next = j + 1;
    next < toks.len()
        && nameish[next]
        && !nameish.get(next + 1).copied().unwrap_or(false)
        && gz::is_org_word(&toks[next].norm)
        && !is_gazetteer(owner)
        && !gz::is_given_name(owner)
        && super::text::only_spaces(text, toks[j].span.end, toks[next].span.start)
}

/// "National Food and Strategic Reserves Administration": two runs joined by "and" into one
/// organisation, when the second ends in an organisation word and the first is two or more
/// plain words (so "Lind and Congress" stays two names). Returns the new end of the run.
fn and_joined_org(text: &str, toks: &[Token], nameish: &[bool], start: usize, end: usize) -> usize {
    let and = end;
    let second = end + 1;
    if end - start < 2
        || second >= toks.len()
        || !matches!(toks[and].norm.as_str(), "and" | "&")
        || !nameish[second]
        || !joined(text, &toks[and - 1], &toks[and])
        || !joined(text, &toks[and], &toks[second])
    {
        return end;
    }
    let plain = toks[start..end].iter().all(|t| {
        let w = bare(&t.norm);
        !gz::is_org_word(w)
            && !gz::is_title(w)
            && !gz::is_given_name(w)
            && !gz::is_honorific(w)
            && !is_gazetteer(w)
    });
    let end2 = run_end(text, toks, nameish, second);
    if plain && gz::is_org_word(bare(&toks[end2 - 1].norm)) {
        end2
    } else {
        end
    }
}

/// Whether the run from `start` opened a bracket that closes between tokens `j` and `next`,
/// and what it holds introduces a person (a title or a given name); "(Agency) Name" is a
/// credit and a name.
fn bracket_inside(text: &str, toks: &[Token], start: usize, j: usize, next: usize) -> bool {
    let opened = text[..toks[start].span.start].chars().next_back();
    let gap = Span::new(toks[j].span.end, toks[next].span.start).slice(text);
    let introduces = gz::is_given_name(bare(&toks[j].norm))
        || toks[start..=j].iter().any(|t| gz::is_title(bare(&t.norm)));
    introduces && matches!((opened, gap), (Some('('), ") ") | (Some('['), "] "))
}

/// A single capital letter standing as an initial ("M" of "Lena M. Ortiz").
fn is_initial_letter(text: &str, t: &Token) -> bool {
    let s = t.span.slice(text);
    s.chars().count() == 1 && s.chars().all(char::is_uppercase)
}

fn hyphenated(text: &str, a: &Token, b: &Token) -> bool {
    Span::new(a.span.end, b.span.start).slice(text) == "-"
}

/// Two tokens belong to one name when only a space or a hyphen separates them.
fn joined(text: &str, a: &Token, b: &Token) -> bool {
    let gap = Span::new(a.span.end, b.span.start).slice(text);
    gap == "-" || (!gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
}

fn push(
    text: &str,
    article: usize,
    toks: &[Token],
    range: std::ops::Range<usize>,
    hint: Hint,
    out: &mut Vec<RawMention>,
) -> Option<usize> {
    if range.is_empty() {
        return None;
    }
    let last = &toks[range.end - 1];
    let mut end = last.span.end;
    if is_possessive(&last.norm) {
        let s = last.span.slice(text);
        let cut = s.char_indices().rev().nth(1).map_or(s.len(), |(p, _)| p);
        end = last.span.start + cut;
    }
    let span = Span::new(toks[range.start].span.start, end);
    // A middle initial is left out of the key, so "Lena M. Ortiz" is "Lena Ortiz".
    let inner = range.start + 1..range.end.saturating_sub(1);
    let key = toks[range.clone()]
        .iter()
        .enumerate()
        .filter(|&(k, t)| !(inner.contains(&(range.start + k)) && is_initial_letter(text, t)))
        .map(|(_, t)| bare(&t.norm))
        .collect::<Vec<_>>()
        .join(" ");
    // A bracket closed inside the name is the editor's, not the name's.
    let surface: String = span
        .slice(text)
        .chars()
        .filter(|c| !matches!(c, ')' | ']'))
        .collect();
    out.push(RawMention::new(article, span, surface, key, hint));
    Some(out.len() - 1)
}

/// Splits one run into mentions: role + person, organisation, place, group or unknown name.
fn classify_run(
    text: &str,
    article: usize,
    toks: &[Token],
    (start, end): (usize, usize),
    vocab: &Vocabulary,
    out: &mut Vec<RawMention>,
) -> Option<RoleMention> {
    if let Some((n, hint)) = known_name_at(&toks[..end], start) {
        push_name(text, article, toks, start..start + n, hint, out);
        return (start + n < end)
            .then(|| classify_run(text, article, toks, (start + n, end), vocab, out))
            .flatten();
    }
    let mut a = start;
    while a < end && gz::is_never_name(bare(&toks[a].norm)) {
        a += 1;
    }
    let mut b = end;
    while b > a && gz::is_calendar(bare(&toks[b - 1].norm)) {
        b -= 1;
    }
    if a >= b {
        return None;
    }
    let words: Vec<&str> = toks[a..b].iter().map(|t| bare(&t.norm)).collect();
    if let Some(t) = last_title(&words) {
        let name_start = a + title_end(&words, t);
        let role = Span::new(toks[a].span.start, toks[name_start - 1].span.end);
        if name_start < b && !gz::is_org_word(words[b - a - 1]) {
            qualifier_mentions(text, article, toks, a, a + t, out);
            if let Some(m) = push(text, article, toks, name_start..b, Hint::Person, out) {
                out[m].roles.push(role.slice(text).to_string());
                out[m].titled = titled_forms(text, toks, &words, a, out[m].span.end);
            }
            return None;
        }
        if name_start >= b {
            qualifier_mentions(text, article, toks, a, a + t, out);
            return Some(RoleMention::new(text, article, toks, a, b));
        }
    }
    let head = words[words.len() - 1];
    if words.len() >= 2 && head == "time" {
        // A time zone ("Eastern Standard Time") names no actor.
        return None;
    }
    // The whole run names one thing when its head word or the gazetteer says what.
    let whole_hint = if words.len() >= 2 && gz::is_place_word(head) {
        Some(Hint::Place)
    } else if words.iter().any(|w| gz::is_org_word(w)) {
        Some(Hint::Org)
    } else {
        gazetteer_hint(&words.join(" "))
    };
    if let Some(hint) = whole_hint {
        push_name(text, article, toks, a..b, hint, out);
        return None;
    }
    // A given name that is also a country ("Jordan", "Chad") opens a person's name when an
    // unknown word follows it.
    if b - a >= 2 && gz::is_given_name(words[0]) && gazetteer_hint(words[1]).is_none() {
        classify_rest(text, article, toks, (a, b), vocab, out);
        return None;
    }
    // Leading places and nationalities qualify what follows ("Kosovo Serb", "Serbian Orthodox").
    let mut q = a;
    while q < b && gazetteer_hint(words[q - a]).is_some() {
        q += 1;
    }
    if q > a {
        for k in a..q {
            if let Some(hint) = gazetteer_hint(words[k - a]) {
                push_name(text, article, toks, k..k + 1, hint, out);
            }
        }
        if q < b {
            classify_rest(text, article, toks, (q, b), vocab, out);
        }
        return None;
    }
    classify_rest(text, article, toks, (a, b), vocab, out);
    None
}

/// "U.S. State Department": an organisation right after a country that qualifies it keeps the
/// two as one written form among its aliases.
fn qualified_org_form(text: &str, out: &mut [RawMention], sentence_first: usize, first: usize) {
    if first <= sentence_first || first >= out.len() {
        return;
    }
    let (before, rest) = out.split_at_mut(first);
    let (place, org) = (&before[first - 1], &mut rest[0]);
    let gap = Span::new(place.span.end, org.span.start).slice(text);
    if place.hint == Hint::Place && org.hint == Hint::Org && matches!(gap, " " | ". ") {
        let whole = Span::new(place.span.start, org.span.end).slice(text);
        org.titled.push(whole.to_string());
    }
}

/// A titled person's name as written with its title ("King Tomas II", from the first title
/// word) and with the whole of a short role ("Chile's King Tomas II").
fn titled_forms(text: &str, toks: &[Token], words: &[&str], a: usize, end: usize) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(first) = words.iter().position(|w| gz::is_title(w)) {
        out.push(
            Span::new(toks[a + first].span.start, end)
                .slice(text)
                .to_string(),
        );
        if first > 0 && first <= 2 {
            out.push(Span::new(toks[a].span.start, end).slice(text).to_string());
        }
    }
    out
}

/// Names that are neither titled nor in the gazetteer: honorifics, given names, acronyms.
fn classify_rest(
    text: &str,
    article: usize,
    toks: &[Token],
    (a, b): (usize, usize),
    vocab: &Vocabulary,
    out: &mut Vec<RawMention>,
) {
    let first = bare(&toks[a].norm);
    if gz::is_honorific(first) {
        if a + 1 < b {
            push(text, article, toks, a + 1..b, Hint::Person, out);
        }
        return;
    }
    let surface = Span::new(toks[a].span.start, toks[b - 1].span.end).slice(text);
    if surface.chars().count() == 1 {
        // A lone capital letter ("on X", "Plan B") names nothing we can follow.
        return;
    }
    // A person's name holds no acronym or country ("Taliban Pakistan" is not a person).
    let not_a_name = toks[a..b]
        .iter()
        .any(|t| is_acronym(t.span.slice(text)) || is_gazetteer(bare(&t.norm)));
    let hint = if b - a == 1 && is_acronym(surface) {
        Hint::Org
    } else if gz::is_given_name(first) && b - a >= 2 {
        Hint::Person
    } else if (2..=4).contains(&(b - a)) && !not_a_name {
        // Two to four unknown capitalised words: a person, unless what surrounds them or
        // the words themselves say otherwise (see `context::unknown_run_hint`).
        super::context::unknown_run_hint(text, toks, (a, b), &vocab.lower)
    } else {
        Hint::Unknown
    };
    // A single unknown word the corpus also writes in lower case is a common word that
    // happens to be capitalised ("Crypto King", "Conditions apply"), not a name.
    if hint == Hint::Unknown && b - a == 1 && vocab.lower.contains(first) {
        return;
    }
    // Several capitalised words holding a common word, with nothing around them saying what
    // they name, are a heading's or a menu's words ("High-Level Talks"), not an actor.
    let context = (hint == Hint::Unknown)
        .then(|| context_hint(text, toks, a, b))
        .flatten();
    let common = super::context::has_common_word(&toks[a..b], &vocab.lower);
    if hint == Hint::Unknown && b - a >= 2 && common && context.is_none() {
        return;
    }
    let at = out.len();
    push_name(text, article, toks, a..b, hint, out);
    if let Some(m) = out.get_mut(at).filter(|_| hint == Hint::Unknown) {
        m.context = context;
    }
}

/// Pushes the name over `range` and marks it a modifier when a title or name follows it.
fn push_name(
    text: &str,
    article: usize,
    toks: &[Token],
    range: std::ops::Range<usize>,
    hint: Hint,
    out: &mut Vec<RawMention>,
) {
    let (before, end) = (out.len(), range.end);
    push(text, article, toks, range, hint, out);
    mark_modifier(text, toks, end, out, before);
}

fn gazetteer_hint(words: &str) -> Option<Hint> {
    if gz::country(words).is_some() || gz::seat_of(words).is_some() || gz::known_place(words) {
        Some(Hint::Place)
    } else if gz::known_org(words).is_some() {
        Some(Hint::Org)
    } else if gz::demonym_country(words).is_some() || gz::is_faith(words) {
        Some(Hint::Group)
    } else {
        None
    }
}

/// A mention directly followed by a title or another name modifies it.
fn mark_modifier(text: &str, toks: &[Token], after: usize, out: &mut [RawMention], from: usize) {
    let Some(next) = toks.get(after) else { return };
    let Some(last) = out.get(from) else { return };
    let close = super::text::only_spaces(text, last.span.end, next.span.start)
        || Span::new(last.span.end, next.span.start)
            .slice(text)
            .starts_with(['\'', '’']);
    let n = bare(&next.norm);
    let nominal = gz::is_title(n) || (next.capitalized && !gz::is_calendar(n));
    if close && nominal {
        for m in &mut out[from..] {
            m.modifier = true;
        }
    }
}

/// Places and organisations before a title ("US" in "US Secretary of State") as modifiers.
fn qualifier_mentions(
    text: &str,
    article: usize,
    toks: &[Token],
    a: usize,
    title_at: usize,
    out: &mut Vec<RawMention>,
) {
    let mut k = a;
    while k < title_at {
        let w = bare(&toks[k].norm);
        let (len, hint) = if k + 1 < title_at
            && gazetteer_hint(&format!("{w} {}", bare(&toks[k + 1].norm))).is_some()
        {
            let two = format!("{w} {}", bare(&toks[k + 1].norm));
            (2, gazetteer_hint(&two))
        } else if is_acronym(toks[k].span.slice(text)) && gazetteer_hint(w).is_none() {
            (1, Some(Hint::Org))
        } else {
            (1, gazetteer_hint(w))
        };
        if let Some(h) = hint {
            if let Some(m) = push(text, article, toks, k..k + len, h, out) {
                out[m].modifier = true;
            }
        }
        k += len;
    }
}

/// Index (into `words`) of the last title word, if any.
fn last_title(words: &[&str]) -> Option<usize> {
    words.iter().rposition(|w| gz::is_title(w))
}

/// Where the name starts after the title at `t`: past an "of X" or "for X and Y" complement
/// ("Secretary of State", "Minister of Foreign Affairs", "Minister for Information and
/// Broadcasting"). A complement longer than one word leaves the last two words (or a given
/// name and what follows it) to the name.
fn title_end(words: &[&str], t: usize) -> usize {
    if !words.get(t + 1).is_some_and(|w| matches!(*w, "of" | "for")) || t + 2 >= words.len() {
        return t + 1;
    }
    let shortest = t + 3;
    if let Some(g) = (shortest..words.len()).find(|&k| gz::is_given_name(words[k])) {
        return g;
    }
    shortest.max(words.len().saturating_sub(2))
}

/// Links "(HPF)" after "Harbour Patrol Force" to it, when the letters fit.
fn link_acronym(
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
    out: &mut [RawMention],
    first: usize,
) {
    if end - start != 1 || first == 0 || out.len() <= first {
        return;
    }
    let t = &toks[start];
    let word = t.span.slice(text);
    let before = text.get(..t.span.start).unwrap_or("");
    let after = text.get(t.span.end..).unwrap_or("");
    if !before.ends_with('(') || !after.starts_with(')') || !is_acronym(word) {
        return;
    }
    let prev = &out[first - 1];
    let gap = Span::new(prev.span.end, t.span.start - 1).slice(text);
    if gap.trim() != "" || !initials_fit(word, &prev.surface) {
        return;
    }
    let key = prev.key.clone();
    let hint = prev.hint;
    let m = &mut out[first];
    m.expands = Some(key);
    if hint != Hint::Unknown {
        m.hint = hint;
    }
}

/// True when the acronym's letters appear in order in the name, the first at a word start.
fn initials_fit(acronym: &str, name: &str) -> bool {
    let name_l: Vec<char> = name.to_lowercase().chars().collect();
    let mut letters = acronym
        .to_lowercase()
        .chars()
        .collect::<Vec<_>>()
        .into_iter();
    let Some(first) = letters.next() else {
        return false;
    };
    let starts: Vec<usize> = name_l
        .iter()
        .enumerate()
        .filter(|&(i, c)| *c == first && (i == 0 || !name_l[i - 1].is_alphanumeric()))
        .map(|(i, _)| i)
        .collect();
    let rest: Vec<char> = letters.collect();
    starts.iter().any(|&s| {
        let mut pos = s + 1;
        rest.iter()
            .all(|c| match name_l[pos..].iter().position(|x| x == c) {
                Some(p) => {
                    pos += p + 1;
                    true
                }
                None => false,
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::segment;

    fn mentions(text: &str) -> Vec<(String, Hint)> {
        let seg = segment(text, &[Span::new(0, text.len())]);
        let vocab = Vocabulary::of(text, &seg.sentences, &seg.tokens);
        let mut out = Vec::new();
        let mut roles = Vec::new();
        for s in &seg.sentences {
            let toks = seg.sentence_tokens(s);
            sentence_mentions(text, 0, s, toks, &vocab, &mut out, &mut roles);
        }
        out.into_iter().map(|m| (m.surface, m.hint)).collect()
    }

    #[test]
    fn title_is_split_from_the_name_it_precedes() {
        let got = mentions("Yesterday Deputy Foreign Minister Marta Kowalczyk said no.");
        assert!(got.contains(&("Marta Kowalczyk".to_string(), Hint::Person)));
        assert!(!got.iter().any(|(s, _)| s.contains("Minister")));
    }

    #[test]
    fn a_name_with_a_country_or_an_acronym_is_no_person() {
        let got = mentions(
            "Talks with Jamiat-e-Ulema Pakistan (JUP) and the FRB Board resumed, said Nora Quist.",
        );
        assert!(
            got.iter()
                .any(|(s, h)| s == "Jamiat-e-Ulema Pakistan" && *h != Hint::Person),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(s, h)| s.starts_with("FRB") && *h == Hint::Person)
        );
        assert!(got.contains(&("Nora Quist".to_string(), Hint::Person)));
        assert!(mentions("The plan was posted on X on Sunday.").is_empty());
    }

    #[test]
    fn a_long_title_complement_is_not_taken_for_the_name() {
        let got = mentions(
            "Federal Minister for Information and Broadcasting Omar Haddad spoke. \
             Minister of Foreign Affairs Rhee Sung met Secretary of State Anna Lind.",
        );
        for name in ["Omar Haddad", "Rhee Sung", "Anna Lind"] {
            assert!(got.contains(&(name.to_string(), Hint::Person)), "{got:?}");
        }
        assert!(
            !got.iter()
                .any(|(s, _)| s.contains("Information") || s.contains("Affairs")),
            "{got:?}"
        );
    }

    #[test]
    fn an_editors_bracket_inside_a_name_keeps_the_name_whole() {
        let got = mentions("She said: “(Chilean President Rosa) Palacios was clear.”");
        assert!(
            got.contains(&("Rosa Palacios".to_string(), Hint::Person)),
            "{got:?}"
        );
        let got = mentions("She said: “[Minister] Palacios was clear.”");
        assert!(
            got.contains(&("Palacios".to_string(), Hint::Person)),
            "{got:?}"
        );
        let got = mentions("LIMA (Andina) Palacios said the port reopened.");
        assert!(
            !got.iter().any(|(s, _)| s.contains("Andina Palacios")),
            "{got:?}"
        );
    }

    #[test]
    fn hyphenated_title_is_not_cut_into_a_name() {
        let got = mentions("He met UN Secretary-General Tomas Brandt in Geneva.");
        assert!(got.contains(&("Tomas Brandt".to_string(), Hint::Person)));
        assert!(!got.iter().any(|(s, _)| s.starts_with("General")));
    }

    #[test]
    fn sentence_initial_word_is_not_a_name() {
        let got = mentions("Describing the plan as bold, Nora Quist left. Meanwhile rain fell.");
        assert!(
            !got.iter()
                .any(|(s, _)| s == "Describing" || s == "Meanwhile")
        );
        assert!(got.contains(&("Nora Quist".to_string(), Hint::Person)));
    }

    #[test]
    fn a_word_after_a_dateline_hyphen_is_sentence_initial() {
        let got = mentions("LIMA -- Relief crews arrived. Officials said relief was slow.");
        assert!(!got.iter().any(|(s, _)| s == "Relief"), "{got:?}");
        let t = "LIMA -- Relief crews arrived.";
        let seg = segment(t, &[Span::new(0, t.len())]);
        let toks = seg.sentence_tokens(&seg.sentences[0]);
        let relief = toks.iter().position(|x| x.norm == "relief").unwrap();
        assert!(is_initial(t, toks, relief));
        let w = "the Anti-War march";
        let seg = segment(w, &[Span::new(0, w.len())]);
        let toks = seg.sentence_tokens(&seg.sentences[0]);
        let war = toks.iter().position(|x| x.norm == "war").unwrap();
        assert!(!is_initial(w, toks, war));
    }

    #[test]
    fn headline_words_count_only_when_known() {
        let text = "Chile Urges Peru to Reopen Border\nChile and Peru met.";
        let got = mentions(text);
        assert!(
            !got.iter()
                .any(|(s, _)| s == "Urges" || s.contains("Reopen"))
        );
        assert!(got.iter().filter(|(s, _)| s == "Chile").count() == 2);
    }

    #[test]
    fn possessive_is_left_out_of_the_name() {
        let got = mentions("Canada’s Ministry of Finance said so.");
        assert!(got.contains(&("Canada".to_string(), Hint::Place)));
        assert!(got.contains(&("Ministry of Finance".to_string(), Hint::Org)));
    }

    #[test]
    fn acronym_in_brackets_expands_the_name_before_it() {
        let text = "The Northern Grid Authority (NGA) met.";
        let seg = segment(text, &[Span::new(0, text.len())]);
        let vocab = Vocabulary::of(text, &seg.sentences, &seg.tokens);
        let (mut out, mut roles) = (Vec::new(), Vec::new());
        let s = &seg.sentences[0];
        sentence_mentions(
            text,
            0,
            s,
            seg.sentence_tokens(s),
            &vocab,
            &mut out,
            &mut roles,
        );
        let nga = out
            .iter()
            .find(|m| m.surface == "NGA")
            .map(|m| m.expands.clone());
        assert_eq!(nga, Some(Some("northern grid authority".to_string())));
    }

    #[test]
    fn kinds_follow_the_head_word_not_a_guess_of_person() {
        let got = mentions(
            "Crews reached Tovar County and the Ridge Valley on Monday, the Coastal Survey said. \
             The quake struck at 10 pm Eastern Standard Time.",
        );
        assert!(got.contains(&("Tovar County".to_string(), Hint::Place)));
        assert!(got.contains(&("Ridge Valley".to_string(), Hint::Place)));
        assert!(got.contains(&("Coastal Survey".to_string(), Hint::Org)));
        assert!(!got.iter().any(|(s, _)| s.contains("Standard")));
        assert!(!got.iter().any(|(_, h)| *h == Hint::Person), "{got:?}");
    }

    #[test]
    fn an_organisation_name_can_hold_and_or_a_possessive() {
        let got = mentions(
            "The State Grain and Strategic Stocks Board sent tents, the Farmers’ Daily said. \
             Omar Haddad and Rhee Council members met. Norway’s Ministry of Energy agreed.",
        );
        assert!(got.contains(&(
            "State Grain and Strategic Stocks Board".to_string(),
            Hint::Org
        )));
        assert!(
            got.contains(&("Omar Haddad".to_string(), Hint::Person)),
            "{got:?}"
        );
        assert!(got.contains(&("Norway".to_string(), Hint::Place)));
        assert!(got.contains(&("Ministry of Energy".to_string(), Hint::Org)));
    }

    #[test]
    fn a_given_name_that_is_also_a_country_opens_a_name() {
        let got = mentions("Troops left Chad on Monday, said Chad Okafor, and Jordan agreed.");
        assert!(got.contains(&("Chad".to_string(), Hint::Place)), "{got:?}");
        assert!(
            got.contains(&("Chad Okafor".to_string(), Hint::Person)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Jordan".to_string(), Hint::Place)),
            "{got:?}"
        );
    }

    #[test]
    fn a_newspaper_named_with_a_possessive_is_one_organisation() {
        let got = mentions("The toll rose, the People’s Daily reported.");
        assert!(
            got.contains(&("People’s Daily".to_string(), Hint::Org)),
            "{got:?}"
        );
    }

    #[test]
    fn acronym_whose_letters_do_not_fit_is_not_an_expansion() {
        assert!(initials_fit("HFor", "Harbour Force"));
        assert!(initials_fit("MoD", "Ministry of Defence"));
        assert!(!initials_fit("XYZ", "Ministry of Defence"));
    }
}
