//! Byte-offset spans into an article's text: the provenance of everything crosscheck shows.

use serde::Serialize;

/// A half-open byte range `start..end` into an article's `text` (for `.txt`/`.md` files, the
/// file's bytes exactly). Every highlighted or exported piece of text is a `Span`, so any claim
/// the tool makes can be traced back to the original bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers; empty when the span does not fit `text` or splits a character,
    /// so a bad span can never panic a view.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub const fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Bytes shared by the two spans.
    pub fn overlap_len(&self, other: &Span) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// This span with leading and trailing white space (in `text`) removed.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_returns_the_covered_text() {
        assert_eq!(Span::new(4, 9).slice("the quick fox"), "quick");
    }

    #[test]
    fn slice_of_a_span_splitting_a_character_is_empty() {
        assert_eq!(Span::new(0, 1).slice("čevapi"), "");
        assert_eq!(Span::new(0, 99).slice("short"), "");
    }

    #[test]
    fn trim_drops_surrounding_white_space() {
        let text = "  Dvořák said  ";
        assert_eq!(
            Span::new(0, text.len()).trim(text).slice(text),
            "Dvořák said"
        );
        assert!(Span::new(0, 2).trim(text).is_empty());
    }

    #[test]
    fn overlap_len_counts_shared_bytes() {
        assert_eq!(Span::new(0, 10).overlap_len(&Span::new(5, 20)), 5);
        assert_eq!(Span::new(0, 5).overlap_len(&Span::new(5, 20)), 0);
        assert!(!Span::new(0, 5).overlaps(&Span::new(5, 20)));
    }
}
