//! Scoring one candidate sentence pair: the TF-IDF cosine of each of their units against each.
//!
//! When the whole sentences already match closely, they are the match (no clause can be
//! tighter and still say all of it); otherwise every sentence/clause combination is scored and
//! those over the threshold go on to selection, which prefers the best and tightest.

use super::select::{Piece, UnitMatch};
use super::units::{SentenceUnits, Unit};

/// Whole sentences at least this similar are matched as they are.
const WHOLE_SENTENCE_MATCH: f32 = 0.9;

/// Content stems two units must share to be matched: one shared name is not a shared passage.
const MIN_SHARED_CONTENT: usize = 2;

/// The unit pairs of `lhs` × `rhs` scoring at least `threshold`.
pub fn score_sentence_pair(
    lhs: &SentenceUnits,
    rhs: &SentenceUnits,
    threshold: f32,
) -> Vec<UnitMatch> {
    let whole = lhs.whole().vector.cosine(&rhs.whole().vector);
    if whole >= WHOLE_SENTENCE_MATCH {
        return unit_match(lhs.whole(), rhs.whole(), threshold)
            .into_iter()
            .collect();
    }
    let mut out = Vec::new();
    for a in &lhs.units {
        for b in &rhs.units {
            out.extend(unit_match(a, b, threshold));
        }
    }
    out
}

fn unit_match(a: &Unit, b: &Unit, threshold: f32) -> Option<UnitMatch> {
    if a.shared_content(b) < MIN_SHARED_CONTENT {
        return None;
    }
    let score = a.vector.cosine(&b.vector);
    (score >= threshold).then(|| UnitMatch {
        lhs: piece(a),
        rhs: piece(b),
        score,
    })
}

fn piece(u: &Unit) -> Piece {
    Piece {
        tokens: u.tokens.clone(),
        span: u.span,
    }
}
