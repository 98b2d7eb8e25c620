//! Paragraphs a page repeats from its own article: a standfirst copying the opening sentence, a
//! pull quote copying a line of the body, a paragraph captured twice.
//!
//! Left in, the copy would be aligned, quoted and counted twice: once where the page repeats it
//! and once in the running text. The copy is the shorter paragraph (it sits inside the other); of
//! two identical paragraphs the later one, as with a repeated headline. Words are compared with
//! case, spacing and punctuation aside.

use super::text::comparable;
use crate::analysis::span::Span;
use std::collections::HashMap;

/// A copy has at least this many words; shorter lines ("Read more", "Photo: AP") repeat by
/// chance and are furniture of other kinds anyway.
const MIN_WORDS: usize = 6;

/// Indices into `paragraphs` (trimmed content spans of `text`) of the paragraphs that are
/// copies of text found in another paragraph.
pub fn repeated_paragraphs(text: &str, paragraphs: &[Span]) -> Vec<usize> {
    // Words as hashes: a long capture holds millions of words, and eight bytes each is what
    // comparing them costs.
    let words: Vec<Vec<u64>> = paragraphs
        .iter()
        .map(|p| {
            // Punctuation aside: a headline-style copy drops the commas of its sentence.
            comparable(p.slice(text))
                .split(' ')
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(word_hash)
                .collect()
        })
        .collect();
    let mut is_copy = vec![false; words.len()];
    // Identical paragraphs: all but the first are copies. The rest of the search then sees
    // each distinct paragraph once, so a capture repeating one line thousands of times stays
    // linear.
    let mut first_of: HashMap<&[u64], usize> = HashMap::new();
    for (i, w) in words.iter().enumerate() {
        if w.len() >= MIN_WORDS {
            is_copy[i] = *first_of.entry(w).or_insert(i) != i;
        }
    }
    // Distinct paragraphs by their first words, shortest first; each paragraph's word windows
    // are looked up once instead of every paragraph being searched for every other.
    let mut by_opening: HashMap<&[u64], Vec<usize>> = HashMap::new();
    for (i, w) in words.iter().enumerate() {
        if w.len() >= MIN_WORDS && !is_copy[i] {
            by_opening.entry(&w[..MIN_WORDS]).or_default().push(i);
        }
    }
    for group in by_opening.values_mut() {
        group.sort_by_key(|&i| words[i].len());
    }
    let mut inside_longer = vec![false; words.len()];
    for whole in words.iter().filter(|w| w.len() > MIN_WORDS) {
        for (at, window) in whole.windows(MIN_WORDS).enumerate() {
            let shorter = by_opening
                .get(window)
                .into_iter()
                .flatten()
                .take_while(|&&i| words[i].len() < whole.len());
            for &i in shorter {
                let part = &words[i];
                inside_longer[i] |= whole.get(at..at + part.len()) == Some(part.as_slice());
            }
        }
    }
    // A twin of a copy is a copy too.
    for (i, w) in words.iter().enumerate() {
        if w.len() >= MIN_WORDS && inside_longer[first_of[w.as_slice()]] {
            is_copy[i] = true;
        }
    }
    (0..words.len()).filter(|&i| is_copy[i]).collect()
}

fn word_hash(word: &str) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut h = DefaultHasher::new();
    word.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::text::line_spans;

    fn copies(text: &str) -> Vec<String> {
        let paragraphs: Vec<Span> = line_spans(text)
            .into_iter()
            .map(|l| l.trim(text))
            .filter(|l| !l.is_empty())
            .collect();
        repeated_paragraphs(text, &paragraphs)
            .into_iter()
            .map(|i| paragraphs[i].slice(text).to_string())
            .collect()
    }

    #[test]
    fn a_standfirst_copying_a_body_sentence_is_the_copy() {
        let text = "The storm closed the harbour for three days, the port said.\n\n\
                    By Staff Reporter\n\n\
                    Fishing boats stayed in. The storm closed the harbour for three days, the \
                    port said. Rain fell all week.\n";
        assert_eq!(
            copies(text),
            ["The storm closed the harbour for three days, the port said."]
        );
    }

    #[test]
    fn a_pull_quote_after_its_paragraph_is_the_copy() {
        let text = "Ana Lind said: “We will rebuild every pier before the winter comes.” She \
                    spoke at the quay.\n\n\
                    “We will rebuild every pier before the winter comes.”\n";
        assert_eq!(
            copies(text),
            ["“We will rebuild every pier before the winter comes.”"]
        );
    }

    #[test]
    fn of_two_identical_paragraphs_the_later_is_the_copy() {
        let text = "The council voted to repair the old sea wall.\n\
                    Work starts in spring.\n\
                    The council voted to repair the old sea wall.\n";
        let paragraphs: Vec<Span> = line_spans(text).into_iter().collect();
        assert_eq!(repeated_paragraphs(text, &paragraphs), [2]);
    }

    #[test]
    fn every_later_twin_of_a_line_repeated_many_times_is_a_copy() {
        let text = "The council voted to repair the old sea wall.\n".repeat(20_000);
        let paragraphs: Vec<Span> = line_spans(&text);
        let got = repeated_paragraphs(&text, &paragraphs);
        assert_eq!(got.len(), 19_999);
        assert_eq!(got[0], 1);
    }

    #[test]
    fn twins_of_a_standfirst_are_copies_too() {
        let text = "The bridge will stay shut until the spring.\n\
                    The bridge will stay shut until the spring.\n\
                    The council said the bridge will stay shut until the spring.\n";
        let paragraphs: Vec<Span> = line_spans(text);
        assert_eq!(repeated_paragraphs(text, &paragraphs), [0, 1]);
    }

    #[test]
    fn case_and_spacing_aside_a_copy_is_still_a_copy() {
        let text = "THE COUNCIL VOTED TO  REPAIR THE WALL\n\
                    On Monday the council voted to repair the wall, its clerk said.\n";
        assert_eq!(copies(text), ["THE COUNCIL VOTED TO  REPAIR THE WALL"]);
    }

    #[test]
    fn short_lines_and_partial_words_are_not_copies() {
        let text = "Read more on this\nRead more on this story here.\n\
                    The council voted to repair the wall\n\
                    The council voted to repair the walls of the old town.\n";
        assert!(copies(text).is_empty());
    }

    #[test]
    fn paragraphs_sharing_only_an_opening_are_not_copies() {
        let text = "The council voted to repair the wall on Monday.\n\
                    The council voted to repair the wall, then changed its mind.\n";
        assert!(copies(text).is_empty());
    }
}
