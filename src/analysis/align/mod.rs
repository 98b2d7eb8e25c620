//! Overlap alignment: the passages two articles share, verbatim, lightly edited or paraphrased.
//!
//! The pipeline: stem every token ([`units`]), weigh stems by how many sentences of the corpus
//! use them ([`tfidf`]), find candidate sentence pairs from shingle and stem postings
//! ([`index`]) rather than comparing all pairs, score the sentence and clause units of each
//! candidate pair ([`score`]), pick matches best first per article pair ([`select`]), merge
//! adjacent ones into passages ([`passage`]) and diff each passage word by word ([`overlap`]).

pub mod clause;
pub mod index;
pub mod overlap;
pub mod passage;
pub mod piece_index;
pub mod score;
pub mod select;
pub mod synonyms;
pub mod tfidf;
pub mod units;

use super::segment::Segmented;
use super::span::Span;
use super::stem::WordStemmer;
use super::word_diff::{Change, quote_regions};
use crate::corpus::Corpus;
use index::{IndexLimits, SentenceKeys, candidate_pairs, shingles};
use overlap::{DocView, build_overlap};
use passage::merge_passages;
use rayon::prelude::*;
use score::score_sentence_pair;
use select::{SelectRules, UnitMatch, select_matches};
use serde::Serialize;
use tfidf::Idf;
use units::{DocTerms, SentenceUnits, doc_units};

/// Tuning of the aligner.
#[derive(Clone, Debug)]
pub struct AlignOptions {
    /// Minimum TF-IDF cosine for a paraphrase pair.
    pub paraphrase_threshold: f32,
    /// Between articles that are rewrites of each other (at least `related_min_matches`
    /// matches over `paraphrase_threshold`), weaker one-to-one matches down to this score count.
    pub related_threshold: f32,
    pub related_min_matches: usize,
    /// Minimum share of equal words (`2 × equal / total`) for a pair to count as `near`.
    pub near_ratio: f32,
    /// Stems found in more sentences than this are not used to find candidates.
    pub max_postings: usize,
    /// Shingles found in more sentences than this are not used to find candidates.
    pub max_shingle_postings: usize,
    /// Candidate partners kept per sentence from the stem index.
    pub candidates_per_sentence: usize,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            paraphrase_threshold: 0.32,
            related_threshold: 0.2,
            related_min_matches: 3,
            near_ratio: 0.6,
            max_postings: 200,
            max_shingle_postings: 64,
            candidates_per_sentence: 8,
        }
    }
}

/// How closely two passages match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OverlapKind {
    /// The same words (modulo case, punctuation and white space).
    Verbatim,
    /// The same wording with small edits.
    Near,
    /// The same facts, reworded.
    Paraphrase,
}

/// One side of an overlap: a span of one article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Side {
    /// Index into `corpus.articles`.
    pub article: usize,
    pub span: Span,
}

/// A passage of `lhs.article` that reports the same content as a passage of `rhs.article`.
/// `lhs.article < rhs.article` always.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Overlap {
    pub lhs: Side,
    pub rhs: Side,
    pub kind: OverlapKind,
    /// 0..=1; 1 for verbatim.
    pub similarity: f32,
    /// Word-level changes between the two passages, classified for fact checking.
    pub changes: Vec<Change>,
}

/// Items per parallel task: small corpora (a story of a few articles) then run on one thread,
/// which is faster than handing tiny tasks between threads.
const PER_TASK_DOCS: usize = 16;
const PER_TASK_SENTENCES: usize = 256;
const PER_TASK_PAIRS: usize = 512;
const PER_TASK_GROUPS: usize = 16;

/// Finds the overlaps between every pair of articles that share text, sorted by article pair
/// and then by lhs position. Deterministic whatever the number of threads.
pub fn align_corpus(corpus: &Corpus, docs: &[Segmented], options: &AlignOptions) -> Vec<Overlap> {
    let n = corpus.articles.len().min(docs.len());
    let texts: Vec<&str> = corpus.articles[..n]
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    let docs = &docs[..n];
    let stemmer = WordStemmer::new();
    let terms: Vec<DocTerms> = (0..n)
        .into_par_iter()
        .with_min_len(PER_TASK_DOCS)
        .map(|i| DocTerms::new(texts[i], &docs[i], &stemmer))
        .collect();
    let idf = Idf::from_sentences(
        docs.iter()
            .zip(&terms)
            .flat_map(|(d, t)| d.sentences.iter().map(move |s| &t.terms[s.tokens.clone()])),
    );
    let units: Vec<Vec<SentenceUnits>> = (0..n)
        .into_par_iter()
        .with_min_len(PER_TASK_DOCS)
        .map(|i| doc_units(texts[i], &docs[i], &terms[i], &idf))
        .collect();
    let refs: Vec<(u32, u32)> = units
        .iter()
        .enumerate()
        .flat_map(|(d, u)| (0..u.len()).map(move |s| (d as u32, s as u32)))
        .collect();
    let keys: Vec<SentenceKeys> = refs
        .par_iter()
        .with_min_len(PER_TASK_SENTENCES)
        .map(|&(d, s)| {
            sentence_keys(
                d,
                &units[d as usize][s as usize],
                &docs[d as usize],
                &terms[d as usize],
            )
        })
        .collect();
    let pairs = candidate_pairs(&keys, &options.index_limits());
    drop(keys);
    let mut matches: Vec<((u32, u32), UnitMatch)> = pairs
        .par_iter()
        .with_min_len(PER_TASK_PAIRS)
        .filter_map(|&(a, b)| {
            let (ra, rb) = (refs[a as usize], refs[b as usize]);
            let sa = &units[ra.0 as usize][ra.1 as usize];
            let sb = &units[rb.0 as usize][rb.1 as usize];
            score_sentence_pair(
                sa,
                sb,
                options.paraphrase_threshold,
                options.related_threshold,
            )
            .map(|m| ((ra.0, rb.0), m))
        })
        .collect();
    drop(units);
    matches.par_sort_by_key(|(k, _)| *k);
    let quotes: Vec<Vec<Span>> = (0..n)
        .into_par_iter()
        .with_min_len(PER_TASK_DOCS)
        .map(|i| quote_regions(texts[i], &docs[i].paragraphs))
        .collect();
    let view = |i: usize| DocView {
        article: i,
        text: texts[i],
        seg: &docs[i],
        quotes: &quotes[i],
    };
    let groups: Vec<&[((u32, u32), UnitMatch)]> = matches.chunk_by(|a, b| a.0 == b.0).collect();
    let mut overlaps: Vec<Overlap> = groups
        .par_iter()
        .with_min_len(PER_TASK_GROUPS)
        .flat_map_iter(|group| {
            let (a, b) = (group[0].0.0 as usize, group[0].0.1 as usize);
            let accepted = select_matches(
                group.iter().map(|(_, m)| m.clone()).collect(),
                &options.select_rules(),
            );
            merge_passages(&accepted, texts[a], texts[b])
                .into_iter()
                .map(move |p| build_overlap(view(a), view(b), &p, options))
        })
        .collect();
    overlaps.sort_by_key(|o| (o.lhs.article, o.rhs.article, o.lhs.span, o.rhs.span));
    overlaps
}

impl AlignOptions {
    fn select_rules(&self) -> SelectRules {
        SelectRules {
            threshold: self.paraphrase_threshold,
            related_threshold: self.related_threshold,
            related_min_matches: self.related_min_matches,
        }
    }

    fn index_limits(&self) -> IndexLimits {
        IndexLimits {
            max_postings: self.max_postings,
            max_shingle_postings: self.max_shingle_postings,
            per_sentence: self.candidates_per_sentence,
            min_shared_terms: score::MIN_SHARED_CONTENT,
        }
    }
}

/// What the index needs of a sentence: its content stems with weights, and its shingles.
fn sentence_keys(
    doc: u32,
    sentence: &SentenceUnits,
    seg: &Segmented,
    terms: &DocTerms,
) -> SentenceKeys {
    let whole = sentence.whole();
    let content = &whole.content;
    SentenceKeys {
        doc,
        terms: whole
            .vector
            .entries()
            .iter()
            .filter(|(t, _)| content.binary_search_by_key(t, |c| c.term).is_ok())
            .copied()
            .collect(),
        shingles: shingles(&terms.terms[seg.sentences[sentence.sentence].tokens.clone()]),
    }
}
