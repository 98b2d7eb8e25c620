//! Fuzzy filtering of a list, incremental so a keypress stays fast on very large corpora.
//!
//! Haystacks (and their lower-case forms) are built once. Deciding whether an item matches is a
//! plain subsequence test, which is what the fuzzy matcher accepts too, and is linear; the
//! fuzzy matcher's scoring pass runs only for the few rows on screen, to light their matched
//! letters. When the new query extends the previous one, only the previous matches are searched
//! again (a fuzzy match of "abc" implies one of "ab").

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// The searchable text of every item and the current query with its matches.
pub struct Filter {
    haystacks: Vec<String>,
    lowered: Vec<String>,
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
            lowered: haystacks.iter().map(|h| h.to_lowercase()).collect(),
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
        // Smart case, as the fuzzy matcher: an upper-case letter makes the query case-sensitive.
        let sensitive = query.chars().any(char::is_uppercase);
        let (texts, needle) = if sensitive {
            (&self.haystacks, query.to_string())
        } else {
            (&self.lowered, query.to_lowercase())
        };
        self.visible = candidates
            .into_iter()
            .filter(|&i| is_subsequence(&needle, &texts[i]))
            .collect();
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

/// True when the characters of `needle` occur in `haystack` in order.
fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|c| rest.any(|h| h == c))
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
    fn an_upper_case_letter_makes_the_query_case_sensitive() {
        let mut f = filter();
        f.set_query("harbour");
        assert_eq!(f.visible, vec![0, 2]);
        f.set_query("hArbour");
        assert!(f.visible.is_empty());
    }

    #[test]
    fn subsequences_are_found_in_order_only() {
        assert!(is_subsequence("hbr", "harbour"));
        assert!(!is_subsequence("rbh", "harbour"));
        assert!(is_subsequence("", "x"));
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
