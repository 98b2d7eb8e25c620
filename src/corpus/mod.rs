//! The articles crosscheck works on, as read from disk (or from the bundled story), with their
//! metadata and the page furniture that is shown but not analysed.
//!
//! `load.rs` is the only code that reads files; everything else here is plain data and pure
//! recognisers of headlines, date lines and furniture.

pub mod bundled;
pub mod date;
pub mod dateline;
pub mod decode;
pub mod furniture;
pub mod html;
pub mod json;
pub mod load;
pub mod manifest;
pub mod parse;
pub mod repeats;
pub mod text;

use crate::analysis::span::Span;
use serde::Serialize;

/// One article: the text that spans refer to, plus what is known about where it came from.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Article {
    /// Stable, unique within the corpus (derived from the file name or the JSON `id`).
    pub id: String,
    /// The path as given on the command line, or `data/<story>/<file>` for the bundled story.
    pub path: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    /// Where the headline stands in `text`, when it was found there.
    pub title_span: Option<Span>,
    /// Publication date as ISO `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// Where the date line stands in `text`, when it was found there.
    pub date_span: Option<Span>,
    pub url: Option<String>,
    /// The article text. For UTF-8 `.txt`/`.md` files this is the file's content byte for byte
    /// (BOM and CRLF kept), so every span is also a byte range of the file.
    pub text: String,
    /// True when `text` is exactly the file's bytes; false for HTML, JSON and re-encoded files,
    /// where the export must carry `text` for the offsets to be checkable.
    pub text_is_file: bool,
    /// Page furniture (breadcrumbs, captions, "3 min read", bylines, headline repeats, date
    /// lines): visible in the source view, excluded from analysis.
    pub furniture: Vec<Furniture>,
}

impl Article {
    /// The parts of `text` that are article body: everything not covered by furniture, split at
    /// furniture boundaries, in order.
    pub fn body_spans(&self) -> Vec<Span> {
        let mut cuts: Vec<Span> = self.furniture.iter().map(|f| f.span).collect();
        cuts.sort();
        let mut out = Vec::new();
        let mut pos = 0;
        for cut in cuts {
            if cut.start > pos {
                out.push(Span::new(pos, cut.start));
            }
            pos = pos.max(cut.end);
        }
        if pos < self.text.len() {
            out.push(Span::new(pos, self.text.len()));
        }
        out.retain(|s| !s.trim(&self.text).is_empty());
        out
    }

    /// True when `offset` falls inside page furniture.
    pub fn is_furniture(&self, offset: usize) -> bool {
        self.furniture.iter().any(|f| f.span.contains(offset))
    }

    /// A short label for lists and headers: the outlet, else the file name.
    pub fn label(&self) -> &str {
        self.outlet
            .as_deref()
            .unwrap_or_else(|| self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path))
    }
}

/// What a piece of page furniture is, so views can say why it is greyed out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FurnitureKind {
    Headline,
    Dateline,
    Breadcrumb,
    ReadingTime,
    Caption,
    Credit,
    Byline,
    Related,
    Label,
    /// Share, subscribe and follow prompts.
    Share,
    /// A metadata block at the top of a file (Markdown front matter).
    Metadata,
    /// A paragraph the page repeats from the article: a standfirst, a pull quote.
    Repeat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Furniture {
    pub kind: FurnitureKind,
    pub span: Span,
}

/// A file (or an entry in one) that could not be loaded, or was loaded with a caveat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LoadWarning {
    /// The path as given, plus `:LINE` for JSONL entries.
    pub path: String,
    pub message: String,
    /// True when the file was skipped; false when it loaded with a caveat (e.g. re-encoded).
    pub skipped: bool,
}

impl std::fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let verb = if self.skipped { "skipped" } else { "warning" };
        write!(f, "{}: {verb}: {}", self.path, self.message)
    }
}

/// All articles of one story, in a deterministic order (sorted by path, then position).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub warnings: Vec<LoadWarning>,
}

impl Corpus {
    /// A corpus of plain texts held in memory, with ids `a0`, `a1`, … and paths `a0.txt`, … in
    /// the order given, as if each had been read from its own text file: for tests, fuzzing
    /// and callers that already have the text.
    ///
    /// ```
    /// let c = crosscheck::corpus::Corpus::from_texts(&["One.", "Two."]);
    /// assert_eq!(c.articles[1].path, "a1.txt");
    /// ```
    pub fn from_texts(texts: &[&str]) -> Corpus {
        Corpus {
            articles: texts
                .iter()
                .enumerate()
                .map(|(i, text)| Article {
                    id: format!("a{i}"),
                    path: format!("a{i}.txt"),
                    text: (*text).to_string(),
                    text_is_file: true,
                    ..Article::default()
                })
                .collect(),
            warnings: Vec::new(),
        }
    }
}
