//! Fuzzy filtering of a list, incremental so a keypress stays fast on very large corpora.
//!
//! Haystacks are built once; when the new query extends the previous one, only the previous
//! matches are searched again (a fuzzy match of "abc" implies one of "ab").

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// The searchable text of every item and the current query with its matches.
pub struct Filter {
    haystacks: Vec<String>,
    matcher: SkimMatcherV2,
    pub query: String,
    /// Indices of the items matching `query`, in list order.
    pub visible: Vec<usize>,
    /// True while the user is typing the query.
    pub editing: bool,
}

impl std::fmt::Debug for Filter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Filter")
            .field("query", &self.query)
            .field("visible", &self.visible.len())
            .finish()
    }
}

impl Filter {
    pub fn new(haystacks: Vec<String>) -> Filter {
        let visible = (0..haystacks.len()).collect();
        Filter {
            haystacks,
            matcher: SkimMatcherV2::default(),
            query: String::new(),
            visible,
            editing: false,
        }
    }

    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }

    /// Sets the query and recomputes the matches, searching only the previous matches when the
    /// query grew at its end.
    pub fn set_query(&mut self, query: &str) {
        let narrowing = !self.query.is_empty() && query.starts_with(self.query.as_str());
        let candidates: Vec<usize> = if narrowing {
            std::mem::take(&mut self.visible)
        } else {
            (0..self.haystacks.len()).collect()
        };
        self.query = query.to_string();
        self.visible = if query.is_empty() {
            candidates
        } else {
            candidates
                .into_iter()
                .filter(|&i| {
                    self.matcher
                        .fuzzy_match(&self.haystacks[i], query)
                        .is_some()
                })
                .collect()
        };
    }

    /// Character indices of `item`'s haystack that the query matched (for highlighting).
    pub fn matched_chars(&self, item: usize) -> Vec<usize> {
        if self.query.is_empty() {
            return Vec::new();
        }
        self.haystacks
            .get(item)
            .and_then(|h| self.matcher.fuzzy_indices(h, &self.query))
            .map(|(_, idx)| idx)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter() -> Filter {
        Filter::new(vec![
            "Harbour Post mayor opens bridge".into(),
            "Valley Courier fire brigade".into(),
            "Harbour Times storm".into(),
        ])
    }

    #[test]
    fn a_fuzzy_query_keeps_only_matching_items_in_order() {
        let mut f = filter();
        f.set_query("hbr");
        assert_eq!(f.visible, vec![0, 2]);
        f.set_query("hbrpst");
        assert_eq!(f.visible, vec![0]);
    }

    #[test]
    fn shortening_the_query_brings_items_back() {
        let mut f = filter();
        f.set_query("brigade");
        assert_eq!(f.visible, vec![1]);
        f.set_query("brid");
        assert_eq!(f.visible, vec![0, 1]);
        f.set_query("");
        assert_eq!(f.visible.len(), 3);
    }

    #[test]
    fn matched_chars_point_at_the_query_letters() {
        let mut f = filter();
        f.set_query("post");
        let idx = f.matched_chars(0);
        let chars: Vec<char> = "Harbour Post mayor opens bridge".chars().collect();
        let got: String = idx.iter().map(|&i| chars[i]).collect();
        assert_eq!(got.to_lowercase(), "post");
    }
}
