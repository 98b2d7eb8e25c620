//! The diff pane: which pair is shown, in which mode, where it is scrolled, and what is marked.

use super::diff_layout::{ChangeRef, DiffLayout};
use crate::analysis::Analysis;
use crate::analysis::span::Span;

/// A place in an article the user jumped to (a statement or a discrepancy variant).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    pub article: usize,
    pub span: Span,
    pub statement: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DiffState {
    pub lhs: usize,
    pub rhs: usize,
    pub aligned_only: bool,
    /// First visible line.
    pub scroll: usize,
    /// The fact-relevant change n/N last moved to.
    pub current_change: Option<ChangeRef>,
    pub target: Option<Target>,
    pub layout: DiffLayout,
}

impl DiffState {
    /// Starts on the pair of articles that share the most text.
    pub fn new(analysis: &Analysis) -> DiffState {
        let (lhs, rhs) = default_pair(analysis);
        DiffState {
            lhs,
            rhs,
            ..DiffState::default()
        }
    }

    /// Lays the pair out again for `column_width` (after a resize, pair or mode change).
    pub fn relayout(&mut self, analysis: &Analysis, column_width: usize) {
        self.layout = DiffLayout::build(
            analysis,
            self.lhs,
            self.rhs,
            self.aligned_only,
            column_width,
        );
        self.scroll = self.scroll.min(self.layout.lines.len().saturating_sub(1));
    }

    /// Scrolls so `line` shows a few lines below the top of a `height`-line viewport.
    pub fn reveal(&mut self, line: usize, height: usize) {
        let margin = (height / 4).min(3);
        self.scroll = line.saturating_sub(margin);
        self.clamp(height);
    }

    /// Keeps the last page full rather than scrolling into emptiness.
    pub fn clamp(&mut self, height: usize) {
        self.scroll = self
            .scroll
            .min(self.layout.lines.len().saturating_sub(height.max(1)));
    }
}

/// The pair of distinct articles with the most overlapping bytes; (0, 1) when nothing overlaps.
pub fn default_pair(analysis: &Analysis) -> (usize, usize) {
    let mut shared: std::collections::HashMap<(usize, usize), usize> = Default::default();
    for o in &analysis.overlaps {
        let key = (
            o.lhs.article.min(o.rhs.article),
            o.lhs.article.max(o.rhs.article),
        );
        if key.0 != key.1 {
            *shared.entry(key).or_default() += o.lhs.span.len() + o.rhs.span.len();
        }
    }
    let best = shared
        .into_iter()
        .max_by_key(|(k, v)| (*v, std::cmp::Reverse(*k)));
    match best {
        Some((pair, _)) => pair,
        None => (0, usize::from(analysis.corpus.articles.len() > 1)),
    }
}

/// The article sharing the most text with `article` (for when it is shown on both sides).
pub fn best_partner(analysis: &Analysis, article: usize) -> usize {
    let mut shared = vec![0usize; analysis.corpus.articles.len()];
    for o in &analysis.overlaps {
        let other = if o.lhs.article == article {
            o.rhs.article
        } else if o.rhs.article == article {
            o.lhs.article
        } else {
            continue;
        };
        if let Some(s) = shared.get_mut(other) {
            *s += o.lhs.span.len() + o.rhs.span.len();
        }
    }
    let fallback = if article == 0 { 1 } else { 0 };
    let best = (0..shared.len())
        .filter(|&i| i != article)
        .max_by_key(|&i| (shared[i], std::cmp::Reverse(i)));
    best.filter(|&i| shared[i] > 0)
        .unwrap_or(fallback.min(shared.len().saturating_sub(1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture;

    #[test]
    fn the_default_pair_is_the_one_sharing_most() {
        let a = fixture::analysis();
        assert_eq!(default_pair(&a), (0, 1));
    }

    #[test]
    fn a_single_article_is_paired_with_itself() {
        let mut a = fixture::analysis();
        a.corpus.articles.truncate(1);
        a.overlaps.clear();
        assert_eq!(default_pair(&a), (0, 0));
        assert_eq!(best_partner(&a, 0), 0);
    }

    #[test]
    fn the_best_partner_of_the_third_article_shares_text_with_it() {
        let a = fixture::analysis();
        assert_ne!(best_partner(&a, 2), 3);
    }
}
