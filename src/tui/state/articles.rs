//! The article list: filter, selection, and the text each article is searched by.

use super::cursor::Cursor;
use super::filter::Filter;
use crate::analysis::Analysis;

/// How many bytes of an article's body the filter searches, so a keypress stays fast on huge
/// corpora while still finding words from the opening paragraphs.
pub const BODY_PREFIX: usize = 240;

#[derive(Debug)]
pub struct ArticleList {
    pub filter: Filter,
    /// Selection among `filter.visible`.
    pub cursor: Cursor,
    /// Character count of "outlet " at the start of each haystack, to map matches onto the
    /// outlet and the title separately.
    pub title_offsets: Vec<usize>,
}

impl ArticleList {
    pub fn new(analysis: &Analysis) -> ArticleList {
        let mut title_offsets = Vec::with_capacity(analysis.corpus.articles.len());
        let haystacks = analysis
            .corpus
            .articles
            .iter()
            .map(|a| {
                let outlet = a.label();
                title_offsets.push(outlet.chars().count() + 1);
                let mut end = BODY_PREFIX.min(a.text.len());
                while !a.text.is_char_boundary(end) {
                    end -= 1;
                }
                let body = a.text[..end].replace('\n', " ");
                format!("{outlet} {} {body}", a.title.as_deref().unwrap_or(""))
            })
            .collect();
        ArticleList {
            filter: Filter::new(haystacks),
            cursor: Cursor::default(),
            title_offsets,
        }
    }

    /// The article under the cursor, if the filtered list is not empty.
    pub fn selected(&self) -> Option<usize> {
        self.filter.visible.get(self.cursor.selected).copied()
    }

    /// Puts the cursor on `article` if it is visible.
    pub fn select_article(&mut self, article: usize, height: usize) {
        if let Some(i) = self.filter.visible.iter().position(|&a| a == article) {
            self.cursor.move_to(i, self.filter.visible.len(), height);
        }
    }
}
