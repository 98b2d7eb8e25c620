//! Reported speech: a speech verb with its subject and the clause it introduces, in the forms
//! news uses: "X said (that) …", "…, X said.", "…, according to X", "…, urging …",
//! "Describing Y as Z, X …", and headlines ("Union Urges Talks").

use super::StatementKind;
use super::cues::{Complement, Cue, is_verb_filler};
use super::direct::trim_content;
use super::scan::{Found, Scanner, SentenceView, Who};
use crate::analysis::entities::gazetteer as gz;
use crate::analysis::segment::Token;
use crate::analysis::span::Span;

impl Scanner<'_> {
    /// Finds the reported statements of one sentence.
    pub fn reported(&mut self, view: &SentenceView) {
        for i in 0..view.toks.len() {
            if view.toks[i].norm == "according"
                && view.toks.get(i + 1).is_some_and(|t| t.norm == "to")
            {
                if let Some(f) = self.according_to(view, i) {
                    self.record_reported(f, view.paragraph);
                }
                continue;
            }
            let Some(cue) = self.cue_at(view.toks, i) else {
                continue;
            };
            let found = if cue.participle && self.after_comma(view, i) {
                self.participial(view, i, cue)
            } else if cue.participle && i == 0 {
                self.initial_participle(view, cue)
            } else if cue.participle && !self.after_be(view, i) {
                None
            } else if !cue.participle && !cue.bare && self.after_be(view, i) {
                // "No casualties were reported": passive, its subject said nothing.
                None
            } else {
                let found = self.finite(view, i, cue);
                // "Lind and Palacios said …": both said it.
                let co = found.and_then(|f| self.co_subject(view, f.cue.start));
                if let (Some(f), Some(other)) = (found, co) {
                    if other != f.speaker && self.record_reported(f, view.paragraph) {
                        self.record_also(
                            Found {
                                speaker: other,
                                ..f
                            },
                            view.paragraph,
                        );
                    }
                    continue;
                }
                found
            };
            if let Some(f) = found {
                self.record_reported(f, view.paragraph);
            }
        }
    }

    /// Keeps a reported statement unless a direct quote already carries most of it; whether it
    /// was kept.
    fn record_reported(&mut self, f: Found, paragraph: usize) -> bool {
        let covered = self
            .direct_overlapping(f.content)
            .any(|g| g.overlap_len(&f.content) * 2 >= f.content.len());
        !covered && self.record(f, paragraph)
    }

    /// The actor coordinated with a subject starting at `subject` when the two open the clause
    /// together ("Lind and Palacios said", "Lind, Palacios agree"); an actor earlier in the
    /// clause ("Lind met Sol and Palacios said") is no co-subject.
    fn co_subject(&self, view: &SentenceView, subject: usize) -> Option<usize> {
        let before = self.actors_in(Span::new(view.sent.span.start, subject));
        let a = before.last().filter(|a| !a.modifier)?;
        let gap = Span::new(a.span.end, subject).slice(self.text);
        if !matches!(gap, " and " | ", " | " & ") {
            return None;
        }
        let lead = Span::new(view.sent.span.start, a.span.start).slice(self.text);
        let lead = lead.trim();
        let opens = lead.is_empty()
            || matches!(lead, "The" | "the" | "Both" | "both")
            || lead.ends_with([',', ':', '“', '"', '—']);
        opens.then_some(a.entity)
    }

    /// Whether the word before the one starting at `start` is a preposition ("in Lima").
    fn after_preposition(&self, view: &SentenceView, start: usize) -> bool {
        let k = view.toks.partition_point(|t| t.span.start < start);
        k > 0
            && matches!(
                view.toks[k - 1].norm.as_str(),
                "in" | "at"
                    | "on"
                    | "from"
                    | "near"
                    | "outside"
                    | "inside"
                    | "after"
                    | "before"
                    | "during"
                    | "with"
                    | "by"
                    | "for"
                    | "of"
                    | "to"
                    | "across"
                    | "over"
            )
    }

    /// A comma right before the participle at `i`, or before a "before" / "then" / "while"
    /// that leads it in ("…, before adding that …").
    fn after_comma(&self, view: &SentenceView, i: usize) -> bool {
        let comma_before = |k: usize| {
            k > 0
                && Span::new(view.toks[k - 1].span.end, view.toks[k].span.start)
                    .slice(self.text)
                    .contains(',')
        };
        comma_before(i)
            || (i > 1
                && matches!(view.toks[i - 1].norm.as_str(), "before" | "then" | "while")
                && comma_before(i - 1))
    }

    fn after_be(&self, view: &SentenceView, i: usize) -> bool {
        i > 0 && super::cues::is_be(&view.toks[i - 1].norm)
    }

    /// "X said (that) …", "X called on …", and the trailing "…, X said.".
    fn finite(&self, view: &SentenceView, i: usize, cue: Cue) -> Option<Found> {
        let (who, subj) = self.subject_before(view, i, view.sent.span.start)?;
        let speaker = self.resolve(who, view, false)?;
        let cue_start = subj.start;
        if let Some((content, cue_end)) = self.content_after(view, i, cue) {
            return Some(Found {
                speaker,
                kind: StatementKind::Reported,
                content,
                cue: Span::new(cue_start, cue_end),
            });
        }
        // "…, Lind stated." — the content is what comes before the attribution, which may
        // open with an article and a description ("…, the state news agency Xinhua said").
        let before = Span::new(view.sent.span.start, subj.start).slice(self.text);
        let comma = strip_description(before.trim_end()).strip_suffix(',')?;
        let content = trim_content(
            self.text,
            Span::new(view.sent.span.start, view.sent.span.start + comma.len()),
        );
        let content = after_dateline(self.text, content);
        Some(Found {
            speaker,
            kind: StatementKind::Reported,
            content,
            cue: Span::new(cue_start, view.toks[i].span.end),
        })
    }

    /// "…, urging Y": the subject is the main clause's, the first actor that is neither in the
    /// sentence's dateline ("LIMA (AP) —") nor in a phrase of place or time ("In Lima, …").
    fn participial(&self, view: &SentenceView, i: usize, cue: Cue) -> Option<Found> {
        // "…, Lind said, adding that …": the speaker of the attribution just before.
        let attributed = (0..i).rev().find_map(|k| {
            self.cue_at(view.toks, k).filter(|c| !c.participle)?;
            let (who, _) = self.subject_before(view, k, view.sent.span.start)?;
            self.resolve(who, view, true)
        });
        if let Some(speaker) = attributed {
            let (content, cue_end) = self.content_after(view, i, cue)?;
            return Some(Found {
                speaker,
                kind: StatementKind::Reported,
                content,
                cue: Span::new(view.toks[i].span.start, cue_end),
            });
        }
        let sentence = Span::new(view.sent.span.start, view.toks[i].span.start);
        let range = after_dateline(self.text, sentence);
        let cands = self.candidates(view, range);
        let eligible: Vec<&(Who, Span)> = cands
            .iter()
            .filter(|(w, s)| !matches!(w, Who::Pronoun(..)) || s.start == range.start)
            .collect();
        let subjects: Vec<&(Who, Span)> = eligible
            .iter()
            .copied()
            .filter(|(_, s)| !self.after_preposition(view, s.start))
            .collect();
        let pool = if subjects.is_empty() {
            eligible
        } else {
            subjects
        };
        let &(who, _) = pool.into_iter().min_by_key(|(_, s)| s.start)?;
        let speaker = self.resolve(who, view, false)?;
        let (content, cue_end) = self.content_after(view, i, cue)?;
        Some(Found {
            speaker,
            kind: StatementKind::Reported,
            content,
            cue: Span::new(view.toks[i].span.start, cue_end),
        })
    }

    /// "Describing the plan as reckless, X left": content up to the comma, X after it.
    fn initial_participle(&self, view: &SentenceView, cue: Cue) -> Option<Found> {
        let (content, cue_end) = self.content_after(view, 0, cue)?;
        let comma = self.text.get(content.start..)?.find(',')? + content.start;
        let content = trim_content(self.text, Span::new(content.start, comma));
        let range = Span::new(comma, view.sent.span.end);
        let cands = self.candidates(view, range);
        let &(who, _) = cands.iter().min_by_key(|(_, s)| s.start)?;
        let speaker = self.resolve(who, view, false)?;
        Some(Found {
            speaker,
            kind: StatementKind::Reported,
            content,
            cue: Span::new(view.toks[0].span.start, cue_end),
        })
    }

    /// "…, according to X." and "According to X, …".
    fn according_to(&self, view: &SentenceView, i: usize) -> Option<Found> {
        let after = Span::new(view.toks[i + 1].span.end, view.sent.span.end);
        let cands = self.candidates(view, after);
        let &(who, span) = cands.iter().min_by_key(|(_, s)| s.start)?;
        let between = Span::new(after.start, span.start).slice(self.text);
        if between.split_whitespace().count() > 2 && !names_a_document(between) {
            return None;
        }
        let speaker = self.resolve(who, view, false)?;
        let cue = Span::new(view.toks[i].span.start, span.end);
        let content = if i == 0 {
            let rest = self.text.get(span.end..view.sent.span.end)?;
            let comma = rest.find(',')?;
            self.clause_end(view, span.end + comma + 1)
        } else {
            let before = Span::new(view.sent.span.start, view.toks[i].span.start);
            let b = before.slice(self.text).trim_end().strip_suffix(',')?;
            Span::new(before.start, before.start + b.len())
        };
        let content = after_dateline(self.text, trim_content(self.text, content));
        (words(content.slice(self.text)) >= 2).then_some(Found {
            speaker,
            kind: StatementKind::Reported,
            content,
            cue,
        })
    }

    /// The content after the verb at `i` (past "that", a particle, a listener or "X as"),
    /// and where the cue words end. `None` when nothing follows but adjuncts.
    fn content_after(&self, view: &SentenceView, i: usize, cue: Cue) -> Option<(Span, usize)> {
        let toks = view.toks;
        let mut j = i + 1;
        let mut cue_end = toks[i].span.end;
        match cue.complement {
            Complement::Particle(ps) => {
                let t = toks.get(j)?;
                if !ps.contains(&t.norm.as_str()) {
                    return None;
                }
                cue_end = t.span.end;
                j += 1;
            }
            Complement::As => {
                if let Some(k) = (j..(j + 7).min(toks.len())).find(|&k| toks[k].norm == "as") {
                    if k - j <= 5 && !self.in_quote(toks[k].span.start) {
                        cue_end = toks[k].span.end;
                        j = k + 1;
                    }
                }
            }
            Complement::Listener => {
                match (j..(j + 5).min(toks.len())).find(|&k| toks[k].norm == "that") {
                    Some(k) => j = k,
                    None => {
                        // "X told the envoy: “…”": the listener and a colon, then the quote,
                        // which is a direct statement of its own.
                        let listener = (j..(j + 6).min(toks.len())).find(|&k| {
                            let next = toks.get(k + 1).map_or(view.sent.span.end, |t| t.span.start);
                            self.text
                                .get(toks[k].span.end..next)
                                .is_some_and(|gap| gap.contains(':'))
                        });
                        if listener.is_some() {
                            return None;
                        }
                        j += if is_determiner(toks.get(j)) { 2 } else { 1 };
                    }
                }
            }
            Complement::Clause => {}
        }
        // "…, Lind said Saturday, as rescuers …" and "…, Lind said, adding …": nothing but a
        // date stands between the verb and a comma, so what was said came before the verb.
        let dated = (j..toks.len())
            .find(|&k| !(gz::is_calendar(&toks[k].norm) || toks[k].numeric))
            .unwrap_or(toks.len());
        let comma_after = |k: usize| {
            k > 0
                && k < toks.len()
                && self
                    .text
                    .get(toks[k - 1].span.end..toks[k].span.start)
                    .is_some_and(|gap| gap.contains(','))
        };
        if cue.complement == Complement::Clause
            && comma_after(dated)
            && !self.in_quote(toks[dated].span.start)
        {
            return None;
        }
        let mut clausal = cue.complement == Complement::Listener;
        if let Some(k) = that_after(toks, j) {
            cue_end = toks[k].span.end;
            j = k + 1;
            clausal = true;
        }
        let start = toks.get(j)?.span.start;
        // "X said: “…”": what follows is a quotation handed the floor, a direct statement
        // ("described it as “doomsday”" reports a quoted word).
        let lead_in = self.text.get(toks[j - 1].span.end..start).unwrap_or("");
        let introduced = lead_in.contains([':', ',']) && lead_in.contains(['“', '"', '‘', '«']);
        if introduced && self.in_quote(start) {
            return None;
        }
        if self.only_adjuncts(&toks[j..]) {
            return None;
        }
        let mut content = self.clause_end(view, start);
        if !clausal {
            content = self.without_adjunct(view, content);
        }
        let content = trim_content(self.text, content);
        // "he said in a video message, adding …": the clause cut at the comma is only where.
        let inside = toks[j..]
            .iter()
            .take_while(|t| t.span.end <= content.end)
            .count();
        if !clausal && self.only_adjuncts(&toks[j..j + inside]) {
            return None;
        }
        (words(content.slice(self.text)) >= 1 && !content.is_empty()).then_some((content, cue_end))
    }

    /// A noun-phrase content without the narrator's trailing adjunct ("its readiness to
    /// help following the clash" → "its readiness to help").
    fn without_adjunct(&self, view: &SentenceView, content: Span) -> Span {
        let cut = view.toks.iter().enumerate().find(|(k, t)| {
            *k > 0
                && t.span.start > content.start
                && t.span.end <= content.end
                && matches!(t.norm.as_str(), "following" | "amid" | "despite" | "after")
                && !self.in_quote(t.span.start)
        });
        match cut {
            Some((k, _)) => Span::new(content.start, view.toks[k - 1].span.end),
            None => content,
        }
    }

    /// Whether the tokens from `j` to the sentence end are only dates and fillers, or a short
    /// phrase of circumstance ("said on X on Sunday", "announced this in a video message"):
    /// where or when something was said is not what was said.
    fn only_adjuncts(&self, rest: &[Token]) -> bool {
        const PREPOSITIONS: &[&str] = &[
            "on", "in", "at", "during", "via", "through", "from", "after", "before", "over", "by",
            "while", "earlier", "later", "outside", "inside", "near", "ahead", "amid", "of",
            "about",
        ];
        let Some(first) = rest.first() else {
            return true;
        };
        let is_prep =
            |t: Option<&Token>| t.is_some_and(|t| PREPOSITIONS.contains(&t.norm.as_str()));
        // "at least 30 people died" counts something; "at the briefing" is where.
        let quantity = first.norm == "at"
            && rest
                .get(1)
                .is_some_and(|t| matches!(t.norm.as_str(), "least" | "most"));
        let circumstance = rest.len() <= 6
            && !quantity
            && (is_prep(Some(first))
                || (matches!(first.norm.as_str(), "this" | "it" | "so")
                    && (rest.len() == 1 || is_prep(rest.get(1)))));
        // "said on Friday they would leave" has a clause after the circumstance.
        let clause = rest.iter().skip(1).any(|t| {
            matches!(
                t.norm.as_str(),
                "he" | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "would"
                    | "will"
                    | "had"
                    | "has"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "could"
                    | "should"
                    | "did"
                    | "can"
                    | "must"
            )
        });
        if circumstance && !clause && !rest.iter().any(|t| self.in_quote(t.span.start)) {
            return true;
        }
        rest.len() <= 4
            && rest.iter().all(|t| {
                is_verb_filler(&t.norm)
                    || gz::is_calendar(&t.norm)
                    || t.numeric
                    || matches!(
                        t.norm.as_str(),
                        "in" | "a" | "statement" | "reporters" | "to"
                    )
            })
    }

    /// The span from `start` to the end of its clause: the sentence end, or a comma before a
    /// participle or "according to" (the narrator's words), or a headline comma.
    fn clause_end(&self, view: &SentenceView, start: usize) -> Span {
        let end = view.sent.span.end;
        for (k, t) in view.toks.iter().enumerate() {
            if t.span.start <= start || k == 0 || self.in_quote(t.span.start) {
                continue;
            }
            let gap = Span::new(view.toks[k - 1].span.end, t.span.start).slice(self.text);
            if !gap.contains(',') && !gap.contains(';') {
                continue;
            }
            let participle = t.norm.ends_with("ing") && t.norm.len() > 5;
            // "…, while the ministry said …": a contrast opens another clause with its own
            // subject.
            let contrast = matches!(t.norm.as_str(), "while" | "whereas");
            if view.headline || participle || contrast || t.norm == "according" || gap.contains(';')
            {
                return Span::new(start, view.toks[k - 1].span.end);
            }
        }
        let s = Span::new(start, end).slice(self.text);
        let t = s.trim_end_matches(['.', '!', '?', ' ']);
        Span::new(start, start + t.len())
    }
}

/// The index of "that" after a verb, past dates and a "(Sep 28)" aside ("said on Thursday that").
fn that_after(toks: &[Token], j: usize) -> Option<usize> {
    let limit = (j + 8).min(toks.len());
    let k = (j..limit).find(|&k| toks[k].norm == "that")?;
    toks[j..k]
        .iter()
        .all(|t| {
            is_verb_filler(&t.norm)
                || gz::is_calendar(&t.norm)
                || t.numeric
                || matches!(
                    t.norm.as_str(),
                    "in" | "a" | "statement" | "to" | "reporters" | "at"
                )
        })
        .then_some(k)
}

fn is_determiner(t: Option<&Token>) -> bool {
    t.is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an" | "his" | "her" | "its"))
}

fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// `text` without a trailing "the" and up to three lower-case words of description
/// ("…, the official news agency" → "…,").
fn strip_description(text: &str) -> &str {
    let mut rest = text;
    for _ in 0..4 {
        let t = rest.trim_end();
        // Any space, one byte or three ("\u{2006}"), separates the words.
        let Some((cut, space)) = t.char_indices().rev().find(|(_, c)| c.is_whitespace()) else {
            return rest;
        };
        let word = &t[cut + space.len_utf8()..];
        let plain = word.chars().all(|c| c.is_alphabetic() || c == '-');
        let lower = word.starts_with(char::is_lowercase) || word == "The";
        if !plain || !lower || word.ends_with(',') {
            return t;
        }
        rest = &t[..cut];
        if word.eq_ignore_ascii_case("the") {
            return rest.trim_end();
        }
    }
    text
}

/// `span` without a city dateline opening it: where the story was filed from is not part of
/// what was said.
fn after_dateline(text: &str, span: Span) -> Span {
    match crate::analysis::city_dateline::body_start(span.slice(text)) {
        Some(n) => Span::new(span.start + n, span.end),
        None => span,
    }
}

/// "a report from", "a translated readout from", "figures released by": a document that
/// carries what its author said, between "according to" and the author.
fn names_a_document(between: &str) -> bool {
    const DOCUMENTS: &[&str] = &[
        "report",
        "readout",
        "statement",
        "tally",
        "count",
        "figures",
        "data",
        "estimate",
        "estimates",
        "survey",
        "study",
        "transcript",
        "release",
        "note",
        "letter",
        "filing",
        "documents",
        "video",
        "post",
        "interview",
    ];
    let words: Vec<String> = between
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    words.len() <= 5
        && matches!(last.as_str(), "from" | "by" | "of" | "in" | "with")
        && rest.iter().any(|w| DOCUMENTS.contains(&w.as_str()))
}
