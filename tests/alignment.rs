//! Overlap alignment and word diffs, end to end: invariants as property tests, and small
//! invented stories (a reordered rewrite, a paraphrase, unrelated reports).

use crosscheck::analysis::align::{AlignOptions, Overlap, OverlapKind, align_corpus};
use crosscheck::analysis::segment::{Segmented, segment, tokenize};
use crosscheck::analysis::span::Span;
use crosscheck::analysis::word_diff::{ChangeKind, apply_ops, word_ops};
use crosscheck::corpus::Corpus;
use proptest::prelude::*;

fn align(texts: &[&str]) -> (Corpus, Vec<Segmented>, Vec<Overlap>) {
    let c = Corpus::from_texts(texts);
    let docs: Vec<Segmented> = c
        .articles
        .iter()
        .map(|a| segment(&a.text, &a.body_spans()))
        .collect();
    let overlaps = align_corpus(&c, &docs, &AlignOptions::default());
    (c, docs, overlaps)
}

/// Every overlap span slices its text on character boundaries, and every change lies inside its
/// overlap's span on that side.
fn assert_spans_check_out(c: &Corpus, overlaps: &[Overlap]) {
    for o in overlaps {
        assert!(o.lhs.article < o.rhs.article);
        for side in [&o.lhs, &o.rhs] {
            let text = &c.articles[side.article].text;
            assert!(
                text.get(side.span.start..side.span.end).is_some(),
                "{side:?}"
            );
            assert!(!side.span.is_empty());
        }
        for ch in &o.changes {
            for (span, side) in [(ch.lhs, &o.lhs), (ch.rhs, &o.rhs)] {
                if let Some(s) = span {
                    let text = &c.articles[side.article].text;
                    assert!(text.get(s.start..s.end).is_some(), "{s:?}");
                    assert!(side.span.start <= s.start && s.end <= side.span.end);
                }
            }
        }
    }
}

fn covered(overlaps: &[Overlap], article: usize, span: Span) -> bool {
    overlaps.iter().any(|o| {
        [&o.lhs, &o.rhs]
            .iter()
            .any(|s| s.article == article && s.span.start <= span.start && span.end <= s.span.end)
    })
}

/// Invented words (with some diacritics, to test character boundaries), none of them English
/// function words.
fn word() -> impl Strategy<Value = String> {
    "[bcdfgklmnprstvz][aeiouéč][bcdfgklmnprstvz][aeiou][a-z]{0,3}"
}

/// Sentences of invented words, each made distinct by a numbered word.
fn sentences() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(prop::collection::vec(word(), 4..12), 1..6).prop_map(|ss| {
        ss.into_iter()
            .enumerate()
            .map(|(i, mut words)| {
                words.push(format!("n{i}x"));
                let mut s = words.join(" ");
                s.push('.');
                s
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_text_aligned_with_itself_is_covered_by_verbatim_overlaps(ss in sentences()) {
        let text = format!("{}\n", ss.join(" "));
        let (c, docs, overlaps) = align(&[&text, &text]);
        assert_spans_check_out(&c, &overlaps);
        prop_assert!(!overlaps.is_empty());
        for o in &overlaps {
            prop_assert_eq!(o.kind, OverlapKind::Verbatim);
            prop_assert!(o.changes.is_empty());
        }
        for s in &docs[0].sentences {
            let words = Span::new(docs[0].tokens[s.tokens.start].span.start, docs[0].tokens[s.tokens.end - 1].span.end);
            prop_assert!(covered(&overlaps, 0, words), "{:?} not covered", words.slice(&text));
        }
    }

    #[test]
    fn unrelated_texts_share_nothing(a in sentences(), b in sentences()) {
        let lhs = a.join(" ").replace('a', "q");
        let rhs = b.join(" ").replace(['a', 'e', 'i', 'o', 'u', 'é', 'č'], "a").replace("n", "w");
        let (_, _, overlaps) = align(&[&lhs, &rhs]);
        prop_assert!(overlaps.is_empty(), "{overlaps:?}");
    }

    #[test]
    fn applying_word_ops_to_lhs_rebuilds_rhs(
        a in prop::collection::vec("(the|river|rose|fell|Dvořák|3,500|fast|slowly|on|Monday)", 0..14),
        b in prop::collection::vec("(the|river|rose|fell|Dvorak|3,500|fast|slowly|on|Tuesday)", 0..14),
    ) {
        let (lhs, rhs) = (a.join(" "), b.join(" "));
        let (lt, rt) = (tokenize(&lhs, Span::new(0, lhs.len())), tokenize(&rhs, Span::new(0, rhs.len())));
        let ops = word_ops(&lt, &rt);
        let want: Vec<String> = rt.iter().map(|t| t.norm.clone()).collect();
        prop_assert_eq!(apply_ops(&lt, &rt, &ops), want);
        for op in &ops {
            prop_assert!(lhs.get(op.lhs.start..op.lhs.end).is_some());
            prop_assert!(rhs.get(op.rhs.start..op.rhs.end).is_some());
        }
    }

    #[test]
    fn overlaps_of_edited_copies_have_valid_spans(ss in sentences(), cut in 0usize..40) {
        let lhs = ss.join(" ");
        let mut rhs: Vec<String> = ss.iter().rev().cloned().collect();
        if let Some(first) = rhs.first_mut() {
            let keep = first.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(first.len());
            first.replace_range(keep.min(first.len())..keep.min(first.len()), " inserted words ");
        }
        let rhs = rhs.join("\n");
        let (c, _, overlaps) = align(&[&lhs, &rhs]);
        assert_spans_check_out(&c, &overlaps);
    }
}

const WIRE: &str = "\
Flooding forced the closure of the Marren bridge on Tuesday, the regional transport office said.
Engineers found cracks in two of the bridge's supporting pillars after the river rose by nearly three metres overnight.
Transport director Ilse Vandamme said the bridge would stay closed for at least six weeks while repairs were carried out.
Commuters were told to use the ferry service, which will run every twenty minutes from Wednesday.
";

const REORDERED: &str = "\
Commuters were told to use the ferry service, which will run every twenty minutes from Wednesday.
Flooding forced the closure of the Marren bridge on Tuesday, the regional transport office said.
Transport director Ilse Vandamme said the bridge would stay closed for at least four weeks while repairs were carried out.
";

const PARAPHRASE: &str = "\
Local officials have shut the Marren bridge after floodwater damaged it.
Cracks were discovered by engineers in two supporting pillars of the bridge once the river had risen almost three metres during the night.
A cooking festival drew large crowds to the old market square at the weekend.
";

#[test]
fn a_reordered_rewrite_aligns_each_moved_sentence() {
    let (c, _, overlaps) = align(&[WIRE, REORDERED]);
    assert_spans_check_out(&c, &overlaps);
    for sentence in [
        "Commuters were told to use the ferry service",
        "Flooding forced the closure of the Marren bridge",
        "Transport director Ilse Vandamme said",
    ] {
        let at = REORDERED.find(sentence).unwrap_or(usize::MAX);
        assert!(
            overlaps.iter().any(|o| o.rhs.span.contains(at)),
            "{sentence} not aligned: {overlaps:?}"
        );
    }
}

#[test]
fn a_number_edit_in_a_copied_sentence_is_a_near_overlap_with_a_number_change() {
    let (c, _, overlaps) = align(&[WIRE, REORDERED]);
    let at = REORDERED.find("four weeks").unwrap_or(usize::MAX);
    let o = overlaps
        .iter()
        .find(|o| o.rhs.span.contains(at))
        .unwrap_or_else(|| panic!("edited sentence not aligned: {overlaps:?}"));
    assert_eq!(o.kind, OverlapKind::Near);
    let number = o
        .changes
        .iter()
        .find(|ch| ch.kind == ChangeKind::Number)
        .unwrap_or_else(|| panic!("no number change: {:?}", o.changes));
    // The whole quantity on both sides, words they share included.
    let (lhs_text, rhs_text) = (&c.articles[0].text, &c.articles[1].text);
    assert_eq!(number.lhs.map(|s| s.slice(lhs_text)), Some("at least six"));
    assert_eq!(number.rhs.map(|s| s.slice(rhs_text)), Some("at least four"));
}

#[test]
fn a_paraphrase_aligns_but_the_unrelated_sentence_does_not() {
    let (c, _, overlaps) = align(&[WIRE, PARAPHRASE]);
    assert_spans_check_out(&c, &overlaps);
    let cracks = PARAPHRASE
        .find("Cracks were discovered")
        .unwrap_or(usize::MAX);
    let o = overlaps
        .iter()
        .find(|o| o.rhs.span.contains(cracks))
        .unwrap_or_else(|| panic!("paraphrase not aligned: {overlaps:?}"));
    assert_eq!(o.kind, OverlapKind::Paraphrase);
    assert!(o.lhs.span.slice(WIRE).contains("Engineers found cracks"));
    let festival = PARAPHRASE.find("A cooking festival").unwrap_or(usize::MAX);
    assert!(overlaps.iter().all(|o| !o.rhs.span.contains(festival)));
}

#[test]
fn alignment_is_deterministic_and_sorted() {
    let (_, _, first) = align(&[WIRE, REORDERED, PARAPHRASE]);
    let (_, _, second) = align(&[WIRE, REORDERED, PARAPHRASE]);
    assert_eq!(first, second);
    let keys: Vec<_> = first
        .iter()
        .map(|o| (o.lhs.article, o.rhs.article, o.lhs.span.start))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}
