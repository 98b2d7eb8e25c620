//! Grouping statements: candidate pairs from an index of content words (no all-pairs work),
//! scored by rarity-weighted overlap, merged best-first under the one-rendering-per-source rule.

use super::affiliation::compatible;
use crate::analysis::segment::Segmented;
use crate::analysis::statements::{Statement, StatementKind};
use crate::corpus::Corpus;
use std::collections::{HashMap, HashSet};

/// Where a statement stands in its source: a claim takes one of each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Slot {
    pub article: usize,
    pub headline: bool,
    pub direct: bool,
}

/// The slot of a statement: headline (or heading line) or body, quote or paraphrase.
pub fn slot_of(corpus: &Corpus, docs: &[Segmented], s: &Statement) -> Slot {
    let article = &corpus.articles[s.article];
    let in_title = article
        .title_span
        .is_some_and(|t| t.contains(s.content.start));
    let heading = docs.get(s.article).is_some_and(|d| {
        d.sentence_at(s.content.start)
            .is_some_and(|i| d.sentences[i].heading)
    });
    Slot {
        article: s.article,
        headline: in_title || heading,
        direct: s.kind == StatementKind::Direct,
    }
}

/// Similarity needed to merge statements of the same speaker, and of linked speakers.
const SAME_SPEAKER: f32 = 0.25;
const LINKED_SPEAKERS: f32 = 0.5;

/// Clusters statement indices into claims; every statement ends up in exactly one.
pub fn cluster(
    statements: &[Statement],
    bags: &[Vec<String>],
    slots: &[Slot],
    aff: &[Vec<usize>],
) -> Vec<Vec<usize>> {
    let sets: Vec<HashSet<&str>> = bags
        .iter()
        .map(|b| b.iter().map(String::as_str).collect())
        .collect();
    let weight = weights(&sets);
    let pairs = scored_pairs(statements, &sets, &weight, aff);
    let mut cluster_of: Vec<usize> = (0..statements.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..statements.len()).map(|i| vec![i]).collect();
    for (_, a, b) in pairs {
        let (ca, cb) = (cluster_of[a], cluster_of[b]);
        if ca == cb || !can_merge(&members[ca], &members[cb], statements, slots) {
            continue;
        }
        if mean_similarity(&members[ca], &members[cb], &sets, &weight) < COHESION {
            continue;
        }
        let moved = std::mem::take(&mut members[cb]);
        for &m in &moved {
            cluster_of[m] = ca;
        }
        members[ca].extend(moved);
    }
    let mut out: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for m in &mut out {
        m.sort_by_key(|&i| (statements[i].article, statements[i].content.start, i));
    }
    out.sort_by_key(|m| m[0]);
    out
}

/// Rarity weights: words found in many statements count less.
fn weights<'a>(sets: &[HashSet<&'a str>]) -> HashMap<&'a str, f32> {
    let mut df: HashMap<&str, usize> = HashMap::new();
    for s in sets {
        for w in s {
            *df.entry(w).or_insert(0) += 1;
        }
    }
    let n = sets.len().max(1) as f32;
    df.into_iter()
        .map(|(w, d)| (w, (1.0 + n / d as f32).ln()))
        .collect()
}

/// Candidate pairs sharing a word that is not too common, with their similarity, best first.
fn scored_pairs(
    statements: &[Statement],
    sets: &[HashSet<&str>],
    weight: &HashMap<&str, f32>,
    aff: &[Vec<usize>],
) -> Vec<(f32, usize, usize)> {
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in sets.iter().enumerate() {
        for w in s {
            index.entry(w).or_default().push(i);
        }
    }
    let cap = 64.max(sets.len() / 20);
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut out = Vec::new();
    for (i, s) in sets.iter().enumerate() {
        for w in s {
            let Some(list) = index.get(w).filter(|l| l.len() <= cap) else {
                continue;
            };
            for &j in list.iter().filter(|&&j| j > i) {
                if !seen.insert((i, j)) {
                    continue;
                }
                let (si, sj) = (&statements[i], &statements[j]);
                if !compatible(aff, si.speaker, sj.speaker) {
                    continue;
                }
                if si.article == sj.article && si.content.overlaps(&sj.content) {
                    continue;
                }
                let sim = similarity(&sets[i], &sets[j], weight);
                let need = if si.speaker == sj.speaker {
                    SAME_SPEAKER
                } else {
                    LINKED_SPEAKERS
                };
                if sim >= need && enough_shared(&sets[i], &sets[j], si.speaker == sj.speaker) {
                    out.push((sim, i, j));
                }
            }
        }
    }
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    out
}

/// Weighted containment: the shared words' weight over the smaller statement's weight.
fn similarity(a: &HashSet<&str>, b: &HashSet<&str>, weight: &HashMap<&str, f32>) -> f32 {
    let w = |x: &&str| weight.get(x).copied().unwrap_or(0.0);
    let shared: f32 = a.intersection(b).map(w).sum();
    let wa: f32 = a.iter().map(w).sum();
    let wb: f32 = b.iter().map(w).sum();
    let smaller = wa.min(wb);
    if smaller <= 0.0 {
        return 0.0;
    }
    // Containment lets a headline meet its article's fuller sentence; the Dice part keeps two
    // long statements that share a phrase or two apart.
    let containment = shared / smaller;
    let dice = 2.0 * shared / (wa + wb);
    (containment + dice) / 2.0
}

/// The mean similarity two clusters need to join: a long quote that touches two claims must
/// not chain them together, while one loose paraphrase must not keep a source out.
const COHESION: f32 = 0.12;

/// The mean similarity over the pairs of two clusters (at most 16 members of each compared).
fn mean_similarity(
    a: &[usize],
    b: &[usize],
    sets: &[HashSet<&str>],
    weight: &HashMap<&str, f32>,
) -> f32 {
    let mut total = 0.0;
    let mut n = 0.0;
    for &x in a.iter().take(16) {
        for &y in b.iter().take(16) {
            total += similarity(&sets[x], &sets[y], weight);
            n += 1.0;
        }
    }
    if n == 0.0 { 0.0 } else { total / n }
}

/// Two shared words, or one when a short statement by the same speaker is all about it.
fn enough_shared(a: &HashSet<&str>, b: &HashSet<&str>, same_speaker: bool) -> bool {
    let n = a.intersection(b).count();
    n >= 2 || (n == 1 && same_speaker && a.len().min(b.len()) <= 2)
}

/// Whether two clusters can join: no source slot twice, no nested statements of one source.
fn can_merge(a: &[usize], b: &[usize], statements: &[Statement], slots: &[Slot]) -> bool {
    b.iter().all(|&y| {
        a.iter().all(|&x| {
            slots[x] != slots[y]
                && !(statements[x].article == statements[y].article
                    && statements[x].content.overlaps(&statements[y].content))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::span::Span;

    fn st(article: usize, speaker: usize, start: usize) -> Statement {
        Statement {
            id: String::new(),
            article,
            speaker,
            kind: StatementKind::Reported,
            content: Span::new(start, start + 10),
            cue: Span::new(0, 0),
            claim: None,
        }
    }

    fn bag(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    fn slots(sts: &[Statement]) -> Vec<Slot> {
        sts.iter()
            .map(|s| Slot {
                article: s.article,
                headline: false,
                direct: false,
            })
            .collect()
    }

    #[test]
    fn paraphrases_by_one_speaker_in_two_sources_form_one_claim() {
        let sts = [st(0, 0, 0), st(1, 0, 0), st(1, 0, 50)];
        let bags = [
            bag("peru reopen border"),
            bag("peru border reopen soon"),
            bag("rain fell"),
        ];
        let aff = vec![vec![0]];
        let got = cluster(&sts, &bags, &slots(&sts), &aff);
        assert_eq!(got, vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn unlinked_speakers_never_share_a_claim() {
        let sts = [st(0, 0, 0), st(1, 1, 0)];
        let bags = [bag("peru reopen border"), bag("peru reopen border")];
        let aff = vec![vec![0], vec![1]];
        assert_eq!(cluster(&sts, &bags, &slots(&sts), &aff).len(), 2);
    }

    #[test]
    fn one_source_renders_a_claim_once() {
        let sts = [st(0, 0, 0), st(0, 0, 50)];
        let bags = [bag("peru reopen border"), bag("peru reopen border")];
        let aff = vec![vec![0]];
        assert_eq!(cluster(&sts, &bags, &slots(&sts), &aff).len(), 2);
    }
}
