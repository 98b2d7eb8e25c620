//! Bytes to articles, with no file system involved: the one entry point every loaded file (and
//! the bundled story, and the fuzzer) goes through.

use super::decode::{DecodeError, declared_charset, decode_with_fallback};
use super::html::{HtmlError, article_from_html};
use super::json::{JsonArticles, JsonError, articles_from_json, articles_from_jsonl};
use super::text::{article_from_markdown, article_from_text};
use super::{Article, LoadWarning};
use std::path::Path;

/// How a file is read, from its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Jsonl,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Text,
        Format::Markdown,
        Format::Html,
        Format::Json,
        Format::Jsonl,
    ];

    /// The format of a file extension (without the dot, any case); None for others.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }

    pub fn of_path(path: &Path) -> Option<Format> {
        Format::from_extension(path.extension()?.to_str()?)
    }
}

/// Why a file gave no articles.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error(transparent)]
    Html(#[from] HtmlError),
    #[error(transparent)]
    Json(#[from] JsonError),
    #[error("the JSON holds no articles")]
    NoArticles,
}

impl LoadError {
    /// The warning naming the file (and the line, for malformed JSON: `path:LINE`).
    pub fn to_warning(&self, shown_path: &str) -> LoadWarning {
        let path = match self {
            LoadError::Json(JsonError::Malformed { line, .. }) => format!("{shown_path}:{line}"),
            _ => shown_path.to_string(),
        };
        LoadWarning {
            path,
            message: self.to_string(),
            skipped: true,
        }
    }
}

/// The articles of one file, with warnings about entries skipped or loaded with a caveat.
#[derive(Debug, Default)]
pub struct Parsed {
    pub articles: Vec<Article>,
    pub warnings: Vec<LoadWarning>,
}

/// The file name without folders and without its last extension ("a/b.c.txt" → "b.c"), used
/// as the article id.
pub fn id_stem(shown_path: &str) -> String {
    let name = shown_path.rsplit(['/', '\\']).next().unwrap_or(shown_path);
    let stem = match name.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s,
        _ => name,
    };
    if stem.is_empty() {
        "article".to_string()
    } else {
        stem.to_string()
    }
}

/// Reads the articles in `bytes`, a file shown to the user as `shown_path`. Never panics; every
/// problem is a [`LoadError`] or a warning in the result.
///
/// ```
/// use crosscheck::corpus::load::{articles_from_bytes, Format};
/// let got = articles_from_bytes("news/a.txt", Format::Text, b"Harbour reopens today\n\nBoats are back.\n").unwrap();
/// assert_eq!(got.articles[0].id, "a");
/// assert_eq!(got.articles[0].title.as_deref(), Some("Harbour reopens today"));
/// ```
pub fn articles_from_bytes(
    shown_path: &str,
    format: Format,
    bytes: &[u8],
) -> Result<Parsed, LoadError> {
    let declared = (format == Format::Html)
        .then(|| declared_charset(bytes))
        .flatten();
    let decoded = decode_with_fallback(bytes, declared)?;
    let mut warnings: Vec<LoadWarning> = decoded
        .caveat
        .iter()
        .map(|c| LoadWarning {
            path: shown_path.to_string(),
            message: c.clone(),
            skipped: false,
        })
        .collect();
    let id = id_stem(shown_path);
    let path = shown_path.to_string();
    let (text, is_file) = (decoded.text, decoded.text_is_file);
    let articles = match format {
        Format::Text => vec![article_from_text(id, path, text, is_file)],
        Format::Markdown => vec![article_from_markdown(id, path, text, is_file)],
        Format::Html => vec![article_from_html(id, path, &text)?],
        Format::Json | Format::Jsonl => {
            let got: JsonArticles = if format == Format::Json {
                articles_from_json(shown_path, &id, &text)?
            } else {
                articles_from_jsonl(shown_path, &id, &text)
            };
            warnings.extend(got.warnings);
            if got.articles.is_empty() && !warnings.iter().any(|w| w.skipped) {
                return Err(LoadError::NoArticles);
            }
            got.articles
        }
    };
    Ok(Parsed { articles, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_pick_the_format_in_any_case() {
        assert_eq!(Format::from_extension("HTM"), Some(Format::Html));
        assert_eq!(Format::from_extension("md"), Some(Format::Markdown));
        assert_eq!(Format::from_extension("jsonl"), Some(Format::Jsonl));
        assert_eq!(Format::from_extension("png"), None);
    }

    #[test]
    fn ids_are_file_stems() {
        assert_eq!(id_stem("../x/000_ab.txt"), "000_ab");
        assert_eq!(id_stem("a\\b.c.md"), "b.c");
        assert_eq!(id_stem(".hidden"), ".hidden");
        assert_eq!(id_stem("dir/"), "article");
    }

    #[test]
    fn a_utf8_text_file_is_one_article_whose_text_is_the_file() {
        let bytes = b"\xEF\xBB\xBFHarbour reopens today\r\n\r\nBoats are back.\r\n";
        let got = articles_from_bytes("a.txt", Format::Text, bytes).unwrap();
        assert_eq!(got.articles[0].text.as_bytes(), bytes);
        assert!(got.articles[0].text_is_file);
        assert!(got.warnings.is_empty());
    }

    #[test]
    fn re_encoded_files_load_with_a_warning_naming_the_file() {
        let got = articles_from_bytes("w.txt", Format::Text, b"Caf\xe9 owners protest\n").unwrap();
        assert_eq!(got.warnings.len(), 1);
        assert_eq!(got.warnings[0].path, "w.txt");
        assert!(!got.warnings[0].skipped);
        assert!(!got.articles[0].text_is_file);
    }

    #[test]
    fn malformed_json_names_the_line() {
        let err = articles_from_bytes("a.json", Format::Json, b"{\n\"text\": }").unwrap_err();
        assert_eq!(err.to_warning("a.json").path, "a.json:2");
    }

    #[test]
    fn an_empty_json_array_is_an_error() {
        assert_eq!(
            articles_from_bytes("a.json", Format::Json, b"[]").unwrap_err(),
            LoadError::NoArticles
        );
    }

    use proptest::prelude::*;

    /// Every span an article carries must slice its text on character boundaries.
    fn assert_spans_slice(a: &Article) -> Result<(), TestCaseError> {
        let spans = a
            .title_span
            .iter()
            .chain(a.date_span.iter())
            .chain(a.furniture.iter().map(|f| &f.span));
        for s in spans {
            prop_assert!(
                s.start <= s.end && s.end <= a.text.len(),
                "{s:?} outside {}",
                a.text.len()
            );
            prop_assert!(
                a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end),
                "{s:?}"
            );
        }
        Ok(())
    }

    fn format() -> impl Strategy<Value = Format> {
        prop::sample::select(Format::ALL.to_vec())
    }

    /// Lines a capture is made of: furniture and date forms, headline-like lines, odd text.
    fn capture_line() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("3 min read".to_string()),
            Just("| 6 March 2021, Saturday |".to_string()),
            Just(" date 2021-03-06 The text goes on here.".to_string()),
            Just("Saturday, March 6, 2021".to_string()),
            Just("HomeNewsHarbour reopens".to_string()),
            Just("Harbour reopens".to_string()),
            Just("Boats return. (Photo by A. Lee/AFP via Getty Images)".to_string()),
            Just("Also read: Storm damage".to_string()),
            Just("  • Zentas".to_string()),
            Just("Live Story".to_string()),
            Just("By Ann Lee".to_string()),
            Just("# Harbour reopens".to_string()),
            Just("---".to_string()),
            Just("title: Harbour".to_string()),
            "\\PC{0,30}",
            "[a-zé€ \t|•()0-9:/.-]{0,30}",
        ]
    }

    fn capture() -> impl Strategy<Value = String> {
        let ending = prop::sample::select(vec!["\n", "\r\n", "\r", "\n\n"]);
        prop::collection::vec((capture_line(), ending), 0..14).prop_map(|lines| {
            let mut s = String::new();
            for (l, e) in lines {
                s.push_str(&l);
                s.push_str(e);
            }
            s
        })
    }

    fn html_soup() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<p>".to_string()),
            Just("</p>".to_string()),
            Just("<div>".to_string()),
            Just("<article>".to_string()),
            Just("<figure><figcaption>".to_string()),
            Just("<h1>".to_string()),
            Just("<script>".to_string()),
            Just("<meta property=\"og:title\" content=\"Harbour reopens\">".to_string()),
            Just("<time datetime=\"2021-03-06\">".to_string()),
            capture_line(),
        ];
        prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic_and_spans_slice_the_text(
            bytes in prop::collection::vec(any::<u8>(), 0..600),
            format in format(),
        ) {
            if let Ok(parsed) = articles_from_bytes("x/a.txt", format, &bytes) {
                for a in &parsed.articles {
                    assert_spans_slice(a)?;
                }
            }
        }

        #[test]
        fn captures_built_from_furniture_and_dates_keep_spans_on_char_boundaries(
            text in capture(),
            format in prop::sample::select(vec![Format::Text, Format::Markdown]),
        ) {
            if let Ok(parsed) = articles_from_bytes("a.txt", format, text.as_bytes()) {
                let a = &parsed.articles[0];
                prop_assert_eq!(a.text.as_bytes(), text.as_bytes());
                assert_spans_slice(a)?;
            }
        }

        #[test]
        fn html_soup_never_panics_and_spans_slice_the_text(html in html_soup()) {
            if let Ok(parsed) = articles_from_bytes("a.html", Format::Html, html.as_bytes()) {
                for a in &parsed.articles {
                    assert_spans_slice(a)?;
                }
            }
        }

        #[test]
        fn json_built_from_captures_keeps_spans_on_char_boundaries(text in capture(), title in capture_line()) {
            let j = serde_json::json!([{"text": text, "title": title, "date": "2021-03-06"}]).to_string();
            if let Ok(parsed) = articles_from_bytes("a.json", Format::Json, j.as_bytes()) {
                for a in &parsed.articles {
                    assert_spans_slice(a)?;
                }
            }
        }
    }
}
