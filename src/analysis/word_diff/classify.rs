//! Classifying one change (a run of edited words on either side) for a fact checker.
//!
//! Order matters: a flipped negation changes the claim outright, then numbers, dates and names
//! (the facts), then edits inside quotations (what someone is reported to have said), then
//! hedges (how strongly it is put); anything else is plain wording.

use super::ChangeKind;
use super::lexicon::{
    is_date_word, is_hedge_word, is_negation_word, is_number_word, is_time_qualifier,
};
use crate::analysis::segment::Token;
use crate::analysis::span::Span;
use std::ops::Range;

/// One side of a diff: the tokens diffed, the text they point into, and the quoted regions of
/// that text (so an edit can be recognised as quote wording).
#[derive(Clone, Copy, Debug)]
pub struct ChangeContext<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub quotes: &'a [Span],
    /// True when most words are capitalised (a headline): capitals then say nothing about names.
    title_case: bool,
}

impl<'a> ChangeContext<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token], quotes: &'a [Span]) -> Self {
        let words = tokens.iter().filter(|t| !t.numeric).count();
        let caps = tokens.iter().filter(|t| t.capitalized).count();
        ChangeContext {
            text,
            tokens,
            quotes,
            title_case: words >= 4 && caps * 10 >= words * 6,
        }
    }

    fn words(&self, range: &Range<usize>) -> &'a [Token] {
        self.tokens.get(range.clone()).unwrap_or(&[])
    }

    /// A capitalised word that does not start a sentence or a quotation: a proper name.
    pub(super) fn is_name(&self, token: &Token) -> bool {
        if !token.capitalized || self.title_case || token.norm == "i" {
            return false;
        }
        let before = self.text.get(..token.span.start).unwrap_or("").trim_end();
        match before.chars().last() {
            None => false,
            Some(c) => !".!?:;“\"‘'«([–—•|".contains(c),
        }
    }

    fn in_quote(&self, token: &Token) -> bool {
        self.quotes.iter().any(|q| q.contains(token.span.start))
    }
}

/// Words beyond which a one-sided change is added material.
const ADDED_MATERIAL_WORDS: usize = 6;

/// The kind of the change replacing `lhs.tokens[l]` by `rhs.tokens[r]` (either may be empty).
pub fn classify_change(
    lhs: &ChangeContext,
    l: Range<usize>,
    rhs: &ChangeContext,
    r: Range<usize>,
) -> ChangeKind {
    let (lw, rw) = (lhs.words(&l), rhs.words(&r));
    let all = || lw.iter().chain(rw);
    let norm_any = |f: fn(&str) -> bool| all().any(|t| f(&t.norm));
    // A negator on one side of a long rewording is part of that rewording; a flipped claim
    // is short, or negated on both sides.
    let negates = |w: &[Token]| w.iter().any(|t| is_negation_word(&t.norm));
    let long_both = lw.len() > ADDED_MATERIAL_WORDS && rw.len() > ADDED_MATERIAL_WORDS;
    if (negates(lw) || negates(rw)) && (!long_both || (negates(lw) && negates(rw))) {
        return ChangeKind::Negation;
    }
    // A long passage only one source has is added material, not a name, date or number
    // swapped for another: marking all of it as a fact change would bury the real ones.
    if (lw.is_empty() || rw.is_empty()) && lw.len() + rw.len() > ADDED_MATERIAL_WORDS {
        return ChangeKind::Wording;
    }
    if is_date_change(lhs, &l, rhs, &r) {
        return ChangeKind::Date;
    }
    if all().any(|t| t.numeric) || norm_any(is_number_word) {
        return ChangeKind::Number;
    }
    if lw.iter().any(|t| lhs.is_name(t)) || rw.iter().any(|t| rhs.is_name(t)) {
        return ChangeKind::Name;
    }
    // Quote wording: each side that has words has them inside quotation marks. A quote on
    // one side against unquoted words on the other is a paraphrase of it, which claims show.
    let quoted = |c: &ChangeContext, w: &[Token]| w.is_empty() || w.iter().any(|t| c.in_quote(t));
    if (!lw.is_empty() || !rw.is_empty()) && quoted(lhs, lw) && quoted(rhs, rw) {
        return ChangeKind::Quote;
    }
    if norm_any(is_hedge_word) {
        return ChangeKind::Hedge;
    }
    ChangeKind::Wording
}

/// A date word or a year in the change, or a qualifier ("last", "past") right next to a time word.
fn is_date_change(
    lhs: &ChangeContext,
    l: &Range<usize>,
    rhs: &ChangeContext,
    r: &Range<usize>,
) -> bool {
    let side = |c: &ChangeContext, range: &Range<usize>| {
        let words = c.words(range);
        if words.iter().any(|t| is_date_word(&t.norm) || is_year(t)) {
            return true;
        }
        let next = c.tokens.get(range.end).map(|t| t.norm.as_str());
        !words.is_empty()
            && words.iter().all(|t| is_time_qualifier(&t.norm))
            && next.is_some_and(is_date_word)
    };
    side(lhs, l) || side(rhs, r)
}

pub(super) fn is_year(t: &Token) -> bool {
    t.norm.len() == 4
        && t.norm.bytes().all(|b| b.is_ascii_digit())
        && (t.norm.starts_with("19") || t.norm.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::super::{ChangeKind, diff_changes};
    use super::*;
    use crate::analysis::segment::tokenize;

    fn kinds(a: &str, b: &str) -> Vec<ChangeKind> {
        kinds_quoted(a, &[], b, &[])
    }

    fn kinds_quoted(a: &str, qa: &[Span], b: &str, qb: &[Span]) -> Vec<ChangeKind> {
        let (ta, tb) = (
            tokenize(a, Span::new(0, a.len())),
            tokenize(b, Span::new(0, b.len())),
        );
        let (ca, cb) = (
            ChangeContext::new(a, &ta, qa),
            ChangeContext::new(b, &tb, qb),
        );
        diff_changes(&ca, &cb).iter().map(|c| c.kind).collect()
    }

    #[test]
    fn numbers_in_digits_or_words_are_number_changes() {
        assert_eq!(
            kinds("about 40 men came", "about four men came"),
            [ChangeKind::Number]
        );
        assert_eq!(
            kinds("some 3,200 soldiers", "some 4,000 soldiers"),
            [ChangeKind::Number]
        );
        assert_eq!(
            kinds("a dozen boats sank", "several boats sank"),
            [ChangeKind::Number]
        );
    }

    #[test]
    fn weekdays_months_and_relative_times_are_date_changes() {
        assert_eq!(
            kinds("they met on Sunday", "they met on Monday"),
            [ChangeKind::Date]
        );
        assert_eq!(
            kinds("it began on Mar 3", "it began on Apr 2"),
            [ChangeKind::Date]
        );
        assert_eq!(
            kinds("over the last month", "over the past year"),
            [ChangeKind::Date]
        );
        assert_eq!(kinds("he left yesterday", "he left"), [ChangeKind::Date]);
    }

    #[test]
    fn a_long_passage_only_one_source_has_is_added_wording() {
        assert_eq!(
            kinds(
                "crews arrived and the Harbour Board sent four boats on Friday to help",
                "crews arrived to help"
            ),
            [ChangeKind::Wording]
        );
        assert_eq!(
            kinds("crews arrived on Friday to help", "crews arrived to help"),
            [ChangeKind::Date]
        );
        assert_eq!(
            kinds(
                "crews arrived and the board did not send any of its boats at all to help",
                "crews arrived to help"
            ),
            [ChangeKind::Negation]
        );
    }

    #[test]
    fn a_capitalised_word_inside_a_sentence_is_a_name_change() {
        assert_eq!(
            kinds("talks with Marta Ruiz ended", "talks with Paul Ruiz ended"),
            [ChangeKind::Name]
        );
    }

    #[test]
    fn a_capitalised_sentence_opener_is_not_a_name_change() {
        assert_eq!(
            kinds("Officials met the press", "Reporters met the press"),
            [ChangeKind::Wording]
        );
        assert_eq!(
            kinds("It ended. Officials met", "It ended. Reporters met"),
            [ChangeKind::Wording]
        );
    }

    #[test]
    fn negators_and_denials_are_negation_changes_but_noted_is_not() {
        assert_eq!(
            kinds("she did not deny it", "she denied it"),
            [ChangeKind::Negation]
        );
        assert_eq!(
            kinds("they confirmed the plan", "they rejected the plan"),
            [ChangeKind::Negation]
        );
        assert_eq!(
            kinds("she noted the plan", "she praised the plan"),
            [ChangeKind::Wording]
        );
    }

    #[test]
    fn edits_inside_quotation_marks_are_quote_changes() {
        let a = "He called it “a grave step” today";
        let b = "He called it “a grim step” today";
        let qa = [Span::new(
            a.find('“').unwrap_or(0),
            a.find('”').unwrap_or(0),
        )];
        let qb = [Span::new(
            b.find('“').unwrap_or(0),
            b.find('”').unwrap_or(0),
        )];
        assert_eq!(kinds_quoted(a, &qa, b, &qb), [ChangeKind::Quote]);
        assert_eq!(kinds(a, b), [ChangeKind::Wording]);
    }

    #[test]
    fn intensifiers_and_qualifiers_are_hedge_changes() {
        assert_eq!(
            kinds("a very risky move", "a risky move"),
            [ChangeKind::Hedge]
        );
        assert_eq!(
            kinds("a significant delay", "a long delay"),
            [ChangeKind::Hedge]
        );
        assert_eq!(
            kinds("a long delay", "a short delay"),
            [ChangeKind::Wording]
        );
    }

    #[test]
    fn headlines_in_title_case_do_not_turn_every_word_into_a_name() {
        assert_eq!(
            kinds(
                "Mayor Urges Council To Rebuild Bridge",
                "Mayor Urges Council To Repair Bridge"
            ),
            [ChangeKind::Wording]
        );
    }
}
