//! Scoring one candidate sentence pair: the TF-IDF cosine of each of their units against each,
//! keeping the tightest unit pair that explains the most shared content.
//!
//! A clause is the right unit when the rest of its sentence says something else; when the rest
//! also matches, cutting it off would hide shared content. So among the unit pairs over the
//! threshold, the one sharing the most content (summed IDF of shared stems) wins, and among
//! equals the most similar, which is the tightest: words that add nothing shared only dilute it.

use super::select::{Piece, UnitMatch};
use super::units::{SentenceUnits, Unit};

/// Whole sentences at least this similar are matched as they are.
const WHOLE_SENTENCE_MATCH: f32 = 0.9;

/// Content stems two whole sentences must share to be matched: one shared name is not a
/// shared passage.
const MIN_SHARED_CONTENT: usize = 2;

/// Content stems a clause must share with its partner: short pieces match by chance more often
/// ("in response to the situation"), so they need more evidence.
const MIN_SHARED_CONTENT_CLAUSE: usize = 3;

/// The match for one candidate sentence pair, if any unit pair scores at least `threshold`.
pub fn score_sentence_pair(
    lhs: &SentenceUnits,
    rhs: &SentenceUnits,
    threshold: f32,
) -> Option<UnitMatch> {
    let whole = lhs.whole().vector.cosine(&rhs.whole().vector);
    if whole >= WHOLE_SENTENCE_MATCH {
        return unit_match(lhs.whole(), rhs.whole(), threshold, MIN_SHARED_CONTENT).map(|(m, _)| m);
    }
    let mut all = Vec::new();
    for (i, a) in lhs.units.iter().enumerate() {
        for (j, b) in rhs.units.iter().enumerate() {
            let need = if i == 0 && j == 0 {
                MIN_SHARED_CONTENT
            } else {
                MIN_SHARED_CONTENT_CLAUSE
            };
            all.extend(unit_match(a, b, threshold, need));
        }
    }
    all.into_iter()
        .max_by(|(a, ma), (b, mb)| {
            ma.total_cmp(mb)
                .then(a.score.total_cmp(&b.score))
                .then(b.lhs.tokens.start.cmp(&a.lhs.tokens.start))
                .then(b.rhs.tokens.start.cmp(&a.rhs.tokens.start))
        })
        .map(|(m, _)| m)
}

/// Units sharing fewer common words than asked are still matched at this similarity: their
/// shared names then make up most of both (a sentence that is mostly a title and a name).
const NAMES_ONLY_MATCH: f32 = 0.6;

/// The match of two units with its shared content mass, when it passes the bars.
fn unit_match(a: &Unit, b: &Unit, threshold: f32, min_common: usize) -> Option<(UnitMatch, f32)> {
    let shared = a.shared_content(b);
    let score = a.vector.cosine(&b.vector);
    if shared.common < min_common && score < NAMES_ONLY_MATCH {
        return None;
    }
    (score >= threshold).then(|| {
        let m = UnitMatch {
            lhs: piece(a),
            rhs: piece(b),
            score,
        };
        (m, shared.mass)
    })
}

fn piece(u: &Unit) -> Piece {
    Piece {
        tokens: u.tokens.clone(),
        span: u.span,
    }
}
