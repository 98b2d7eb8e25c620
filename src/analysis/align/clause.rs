//! Clause pieces of a sentence: the smaller units a rewrite often reuses on their own.
//!
//! A rewrite keeps a clause of a long sentence and drops the rest ("Calling the plan reckless,
//! the mayor asked …" ↔ "…, describing the plan as reckless."). Pieces
//! are cut at clause punctuation (commas, semicolons, colons, dashes, brackets, quotation marks)
//! and before subordinating connectives; pieces too short to carry content are glued to a
//! neighbour, so "X said." never stands alone.

use crate::analysis::segment::Token;
use std::ops::Range;

/// Fewer tokens than this and a piece is glued to its neighbour.
const MIN_PIECE_TOKENS: usize = 4;

/// Connectives that open a new clause even without a comma before them.
const CONNECTIVES: &[&str] = &[
    "after",
    "although",
    "amid",
    "because",
    "before",
    "but",
    "despite",
    "following",
    "though",
    "whereas",
    "which",
    "while",
    "who",
];

/// Splits a sentence's tokens (`tokens`, positioned in `text`) into clause pieces, as ranges of
/// indices into `tokens`. A sentence without clause breaks is one piece.
///
/// ```
/// use crosscheck::analysis::align::clause::clause_pieces;
/// use crosscheck::analysis::segment::tokenize;
/// use crosscheck::analysis::span::Span;
/// let text = "Calling the plan reckless, the mayor asked the council to vote again.";
/// let toks = tokenize(text, Span::new(0, text.len()));
/// assert_eq!(clause_pieces(text, &toks), vec![0..4, 4..12]);
/// ```
pub fn clause_pieces(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut cuts = vec![0];
    for i in 1..tokens.len() {
        let gap = text
            .get(tokens[i - 1].span.end..tokens[i].span.start)
            .unwrap_or("");
        if gap.chars().any(is_clause_mark) || CONNECTIVES.contains(&tokens[i].norm.as_str()) {
            cuts.push(i);
        }
    }
    cuts.push(tokens.len());
    let mut pieces: Vec<Range<usize>> = cuts.windows(2).map(|w| w[0]..w[1]).collect();
    glue_short_pieces(&mut pieces);
    pieces
}

fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '('
            | ')'
            | '['
            | ']'
            | '–'
            | '—'
            | '"'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
    )
}

/// Merges pieces shorter than [`MIN_PIECE_TOKENS`] into the previous piece (the first into the
/// next), so attribution tails and vocatives stay with their clause.
fn glue_short_pieces(pieces: &mut Vec<Range<usize>>) {
    let mut i = 0;
    while i < pieces.len() && pieces.len() > 1 {
        if pieces[i].len() >= MIN_PIECE_TOKENS {
            i += 1;
            continue;
        }
        if i == 0 {
            let first = pieces.remove(0);
            pieces[0].start = first.start;
        } else {
            let piece = pieces.remove(i);
            pieces[i - 1].end = piece.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::tokenize;
    use crate::analysis::span::Span;

    fn pieces(text: &str) -> Vec<String> {
        let toks = tokenize(text, Span::new(0, text.len()));
        clause_pieces(text, &toks)
            .into_iter()
            .map(|r| {
                let s = toks[r.start].span.start;
                let e = toks[r.end - 1].span.end;
                text[s..e].to_string()
            })
            .collect()
    }

    #[test]
    fn commas_split_clauses_and_short_tails_stay_attached() {
        assert_eq!(
            pieces(
                "The flood reached the old bridge last night, although nobody was hurt, the mayor said."
            ),
            [
                "The flood reached the old bridge last night",
                "although nobody was hurt, the mayor said"
            ]
        );
    }

    #[test]
    fn a_short_opening_name_is_glued_to_the_next_piece() {
        assert_eq!(
            pieces("Ortega, while not confirming the plan, rejected claims of a secret deal."),
            [
                "Ortega, while not confirming the plan",
                "rejected claims of a secret deal"
            ]
        );
    }

    #[test]
    fn connectives_split_without_a_comma() {
        assert_eq!(
            pieces("Rescuers searched the valley following a landslide near the village school."),
            [
                "Rescuers searched the valley",
                "following a landslide near the village school"
            ]
        );
    }

    #[test]
    fn a_plain_sentence_is_one_piece() {
        assert_eq!(
            pieces("The council approved the budget on Monday."),
            ["The council approved the budget on Monday"]
        );
    }

    #[test]
    fn apostrophes_inside_words_do_not_split() {
        assert_eq!(
            pieces("The town’s mayor didn’t expect the vote to pass so easily."),
            ["The town’s mayor didn’t expect the vote to pass so easily"]
        );
    }
}
