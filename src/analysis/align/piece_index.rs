//! Pieces of one article looked up by where they lie, so selection and merging ask "which
//! pieces overlap or touch this one" without scanning every piece.
//!
//! Two long articles that share most of their text have tens of thousands of matches between
//! them; comparing each match with every other one is what made such a pair take minutes.
//! Pieces never cross a sentence, so two overlapping pieces lie in the same sentence, and two
//! touching ones either overlap or end where the other starts: three hash lookups find them.

use super::select::Piece;
use rustc_hash::FxHashMap;

/// Item numbers (indices into the caller's list) of the pieces added, by sentence and by the
/// token where they start and end.
#[derive(Debug, Default)]
pub struct PieceIndex {
    by_sentence: FxHashMap<usize, Vec<usize>>,
    by_start: FxHashMap<usize, Vec<usize>>,
    by_end: FxHashMap<usize, Vec<usize>>,
}

impl PieceIndex {
    pub fn new() -> PieceIndex {
        PieceIndex::default()
    }

    /// Records `piece` as item `item`.
    pub fn insert(&mut self, item: usize, piece: &Piece) {
        self.by_sentence
            .entry(piece.sentence)
            .or_default()
            .push(item);
        self.by_start
            .entry(piece.tokens.start)
            .or_default()
            .push(item);
        self.by_end.entry(piece.tokens.end).or_default().push(item);
    }

    /// Items whose piece may overlap `piece`: those in its sentence. The caller checks.
    pub fn same_sentence(&self, piece: &Piece) -> impl Iterator<Item = usize> + '_ {
        self.by_sentence
            .get(&piece.sentence)
            .into_iter()
            .flatten()
            .copied()
    }

    /// Items whose piece may touch `piece` (overlap it, or end where it starts, or start where
    /// it ends). An item can come up more than once; the caller checks.
    pub fn near(&self, piece: &Piece) -> impl Iterator<Item = usize> + '_ {
        let before = self.by_end.get(&piece.tokens.start).into_iter().flatten();
        let after = self.by_start.get(&piece.tokens.end).into_iter().flatten();
        self.same_sentence(piece)
            .chain(before.copied())
            .chain(after.copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::span::Span;

    fn piece(tokens: std::ops::Range<usize>, sentence: usize) -> Piece {
        Piece {
            span: Span::new(tokens.start, tokens.end),
            tokens,
            sentence,
        }
    }

    #[test]
    fn finds_pieces_of_the_same_sentence_and_neighbours_end_to_end() {
        let pieces = [
            piece(0..5, 0),
            piece(5..9, 1),
            piece(5..7, 1),
            piece(9..12, 2),
            piece(14..20, 4),
        ];
        let mut index = PieceIndex::new();
        for (i, p) in pieces.iter().enumerate() {
            index.insert(i, p);
        }
        let mut same: Vec<usize> = index.same_sentence(&piece(6..8, 1)).collect();
        same.sort();
        assert_eq!(same, [1, 2]);
        let mut near: Vec<usize> = index.near(&piece(5..9, 1)).collect();
        near.sort();
        near.dedup();
        assert_eq!(near, [0, 1, 2, 3], "0 ends at 5, 3 starts at 9");
        assert_eq!(index.near(&piece(21..25, 5)).count(), 0);
    }

    /// Whatever the pieces, the index offers every piece that overlaps or touches the query.
    #[test]
    fn never_misses_a_touching_piece() {
        // Sentences of four tokens; pieces are stretches inside one sentence.
        let mut pieces = Vec::new();
        for s in 0..6 {
            for a in 0..4 {
                for b in a + 1..=4 {
                    pieces.push(piece(s * 4 + a..s * 4 + b, s));
                }
            }
        }
        let mut index = PieceIndex::new();
        for (i, p) in pieces.iter().enumerate() {
            index.insert(i, p);
        }
        for q in &pieces {
            let offered: Vec<usize> = index.near(q).collect();
            for (i, p) in pieces.iter().enumerate() {
                if p.touches(q) {
                    assert!(offered.contains(&i), "{p:?} touches {q:?}");
                }
                if p.overlaps(q) {
                    assert!(
                        index.same_sentence(q).any(|j| j == i),
                        "{p:?} overlaps {q:?}"
                    );
                }
            }
        }
    }
}
