//! Direct quotes: a quotation with its attribution after it (`"…," she said`), before it
//! (`He added: "…"`), or none because it continues the previous speaker's words.

use super::StatementKind;
use super::quotes::Quote;
use super::scan::{Found, Scanner, SentenceView, Who, gap_ok};
use crate::analysis::entities::gazetteer as gz;
use crate::analysis::span::Span;

/// How far (in tokens) an attribution may stretch around its quote.
const MAX_ATTRIBUTION: usize = 10;

impl Scanner<'_> {
    /// Attributes the quotes of the paragraph that end in this sentence; `earlier` are the
    /// paragraph's sentences before it, where a quote of several sentences opened.
    pub fn direct_quotes(&mut self, view: &SentenceView, earlier: &[SentenceView]) {
        let quotes: Vec<Quote> = self
            .quotes
            .iter()
            .filter(|q| {
                let end = q.outer().end;
                end > view.sent.span.start && end <= view.sent.span.end
            })
            .copied()
            .collect();
        for q in quotes {
            if words(q.inner.slice(self.text)) == 0 {
                continue;
            }
            // "Lind said: “… . … .”": what leads the quote in is in the sentence it opens in.
            let opening = earlier
                .iter()
                .rev()
                .find(|v| v.sent.span.contains(q.open.start))
                .unwrap_or(view);
            let found = self
                .trailing_attribution(view, &q)
                .or_else(|| self.leading_attribution(opening, &q))
                .or_else(|| self.continuation(opening, &q));
            if let Some((speaker, cue)) = found {
                let content = trim_content(self.text, q.inner);
                let f = Found {
                    speaker,
                    kind: StatementKind::Direct,
                    content,
                    cue,
                };
                self.record(f, view.paragraph);
            }
        }
    }

    /// `"…," Lind said` / `"…," said the ministry` / `"…" he told reporters`.
    fn trailing_attribution(&self, view: &SentenceView, q: &Quote) -> Option<(usize, Span)> {
        let close = q.close?;
        let next_open = self
            .quotes
            .iter()
            .map(|o| o.open.start)
            .find(|&s| s >= close.end)
            .unwrap_or(usize::MAX);
        let end = view.sent.span.end.min(next_open);
        let toks: Vec<usize> = (0..view.toks.len())
            .filter(|&k| view.toks[k].span.start >= close.end && view.toks[k].span.end <= end)
            .take(MAX_ATTRIBUTION)
            .collect();
        let first = *toks.first()?;
        let lead = Span::new(close.end, view.toks[first].span.start).slice(self.text);
        if !lead
            .chars()
            .all(|c| c.is_whitespace() || ",.!?—–-".contains(c))
        {
            return None;
        }
        let cue_k = toks
            .iter()
            .copied()
            .find(|&k| self.cue_at(view.toks, k).is_some_and(|c| !c.participle));
        let Some(cue_k) = cue_k else {
            return self.appositive_attribution(view, first, end);
        };
        let cue_end = view.toks[cue_k].span.end;
        let before = self.candidates(view, Span::new(close.end, view.toks[cue_k].span.start));
        if let Some(&(who, span)) = before.iter().max_by_key(|(_, s)| s.end) {
            // Only a name and its title may stand between the quote and the verb.
            let name_only = view.toks[first..cue_k]
                .iter()
                .filter(|t| t.span.end <= span.start)
                .all(|t| t.capitalized || t.norm == "the" || gz::is_title(&t.norm));
            if !name_only || !gap_ok(self.text, span.end, view.toks[cue_k].span.start) {
                return None;
            }
            let speaker = self.resolve(who, view, true)?;
            return Some((speaker, Span::new(span.start, cue_end)));
        }
        // Inverted: "…," said Lind. Only a verb of saying right after the quote turns round;
        // in "“…” a setback, and called on Lind" Lind is spoken to.
        let says = self
            .cue_at(view.toks, cue_k)
            .is_some_and(|c| c.complement == super::cues::Complement::Clause);
        if cue_k != first || !says {
            return None;
        }
        let after = self.candidates(view, Span::new(cue_end, end));
        let &(who, span) = after.iter().min_by_key(|(_, s)| s.start)?;
        let between = Span::new(cue_end, span.start).slice(self.text);
        if between.split_whitespace().count() > 2 {
            return None;
        }
        let speaker = self.resolve(who, view, true)?;
        Some((speaker, Span::new(view.toks[cue_k].span.start, span.end)))
    }

    /// `"…," Ana Lind, a nurse at the district hospital, said.`: the speaker right after the
    /// quote, described between commas before the verb.
    fn appositive_attribution(
        &self,
        view: &SentenceView,
        first: usize,
        end: usize,
    ) -> Option<(usize, Span)> {
        const MAX_APPOSITIVE: usize = 30;
        let start = view.toks[first].span.start;
        let cands = self.candidates(view, Span::new(start, end));
        let &(who, span) = cands.iter().find(|(_, s)| s.start == start)?;
        let after = self.text.get(span.end..)?;
        if !after.starts_with(',') {
            return None;
        }
        let cue_k = (first..view.toks.len())
            .take(MAX_APPOSITIVE)
            .filter(|&k| view.toks[k].span.end <= end && view.toks[k].span.start > span.end)
            .find(|&k| {
                let gap = Span::new(view.toks[k - 1].span.end, view.toks[k].span.start);
                gap.slice(self.text).trim() == ","
                    && self.cue_at(view.toks, k).is_some_and(|c| !c.participle)
            })?;
        let described = Span::new(span.end, view.toks[cue_k].span.start).slice(self.text);
        if described.contains(['"', '“', '”', ';']) {
            return None;
        }
        let speaker = self.resolve(who, view, true)?;
        Some((speaker, Span::new(span.start, view.toks[cue_k].span.end)))
    }

    /// `Lind said: "…"` / `He added, "…"`: an attribution ending just before the quote.
    fn leading_attribution(&self, view: &SentenceView, q: &Quote) -> Option<(usize, Span)> {
        let prev_close = self
            .quotes
            .iter()
            .filter_map(|o| o.close)
            .map(|c| c.end)
            .filter(|&e| e <= q.open.start)
            .max()
            .unwrap_or(0);
        let start = view
            .sent
            .span
            .start
            .max(prev_close)
            .max(view.paragraph_span.start);
        let before = Span::new(start, q.open.start);
        if before.is_empty() {
            return None;
        }
        let lead = before.slice(self.text).trim_end();
        let toks: Vec<usize> = (0..view.toks.len())
            .filter(|&k| before.contains(view.toks[k].span.start))
            .collect();
        let last = *toks.last()?;
        let cue_k = toks
            .iter()
            .rev()
            .copied()
            .take(5)
            .find(|&k| self.cue_at(view.toks, k).is_some());
        let Some(cue_k) = cue_k else {
            return self.colon_introduced(view, before, lead);
        };
        let punctuated = lead.ends_with(':') || lead.ends_with(',');
        if !punctuated && cue_k != last {
            return None;
        }
        let range = Span::new(start, view.toks[cue_k].span.start);
        let cands = self.candidates(view, range);
        let &(who, span) = cands.iter().min_by_key(|(_, s)| s.start)?;
        let speaker = self.resolve(who, view, prev_close > 0)?;
        Some((speaker, Span::new(span.start, view.toks[cue_k].span.end)))
    }

    /// `The minister was blunt: "…"`: no speech verb, but a colon hands the floor to the
    /// one actor named before it.
    fn colon_introduced(
        &self,
        view: &SentenceView,
        before: Span,
        lead: &str,
    ) -> Option<(usize, Span)> {
        if !lead.ends_with(':') {
            return None;
        }
        let cands = self.candidates(view, before);
        let people: Vec<&(Who, Span)> = cands
            .iter()
            .filter(|(w, _)| !matches!(w, Who::Pronoun(..)))
            .collect();
        let &&(who, span) = match people.as_slice() {
            [one] => one,
            _ => return None,
        };
        let speaker = self.resolve(who, view, false)?;
        let colon = before.start + lead.len();
        Some((speaker, Span::new(span.start, colon)))
    }

    /// A quote standing alone at a paragraph's start continues the last speaker, and so does
    /// a quote opening a sentence of the paragraph whose quote was just attributed ("“…,” Lind
    /// said. “…”").
    fn continuation(&self, view: &SentenceView, q: &Quote) -> Option<(usize, Span)> {
        let para = view.paragraph_span;
        let (speaker, at) = self.memory.last_speaker?;
        let opens_sentence = Span::new(view.sent.span.start, q.open.start)
            .slice(self.text)
            .trim()
            .is_empty();
        let same_paragraph = at == view.paragraph && opens_sentence && q.open.start > para.start;
        if q.open.start != para.start && !same_paragraph {
            return None;
        }
        let rest = Span::new(q.outer().end, para.end).slice(self.text);
        if rest.chars().any(|c| c.is_alphanumeric()) {
            return None;
        }
        if view.paragraph.saturating_sub(at) > 2 || matches!(Who::Entity(speaker), Who::Pronoun(..))
        {
            return None;
        }
        Some((speaker, q.open))
    }
}

fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The content without trailing commas and spaces ("It is over," → "It is over").
pub fn trim_content(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || ",;:".contains(c));
    let t_start = t.len() - t.trim_start().len();
    Span::new(span.start + t_start, span.start + t.len())
}
