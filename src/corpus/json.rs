//! JSON and JSONL articles, so the output of other tools (passim, scrapers, news APIs) can be
//! browsed.
//!
//! Accepted: one article object, an array of them, or `{"articles": [...]}`; JSONL has one
//! article object per line. Fields: `id`, `title`, `text` (or `body` / `content`), `url`,
//! `date`, `outlet` (or passim's `series`, or `source` / `site`, also as `{"name": …}`).

use super::dateline::parse_date;
use super::text::{Flavour, article_from_capture};
use super::{Article, LoadWarning};
use serde_json::{Map, Value};

/// Why a JSON file gave no articles at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JsonError {
    #[error("malformed JSON: {message}")]
    Malformed { line: usize, message: String },
    #[error("JSON of the wrong shape: {0}")]
    Shape(String),
}

/// Articles read from a JSON(L) file, and the entries that were skipped or had caveats.
#[derive(Debug, Default)]
pub struct JsonArticles {
    pub articles: Vec<Article>,
    pub warnings: Vec<LoadWarning>,
}

const SHAPE_HINT: &str =
    r#"expected an article object with "text", an array of them, or {"articles": [...]}"#;

/// Reads a JSON document. `stem` names entries without an `id`.
pub fn articles_from_json(path: &str, stem: &str, text: &str) -> Result<JsonArticles, JsonError> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{FEFF}')).map_err(|e| {
        JsonError::Malformed {
            line: e.line(),
            message: e.to_string(),
        }
    })?;
    let entries: Vec<&Value> = match &value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) if has_text(map) => vec![&value],
        Value::Object(map) => match ["articles", "documents", "items"]
            .iter()
            .find_map(|k| map.get(*k))
        {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => {
                return Err(JsonError::Shape(format!(
                    "{SHAPE_HINT}; found an object without them"
                )));
            }
        },
        other => {
            return Err(JsonError::Shape(format!(
                "{SHAPE_HINT}; found {}",
                kind_of(other)
            )));
        }
    };
    let mut out = JsonArticles::default();
    let single = entries.len() == 1 && value.is_object();
    for (n, entry) in entries.into_iter().enumerate() {
        let fallback = if single {
            stem.to_string()
        } else {
            format!("{stem}-{}", n + 1)
        };
        let at = if single {
            path.to_string()
        } else {
            format!("{path} (entry {})", n + 1)
        };
        push_entry(entry, fallback, path, &at, &mut out);
    }
    Ok(out)
}

/// Reads JSON Lines: one article object per line; bad lines are named `path:LINE` and skipped.
pub fn articles_from_jsonl(path: &str, stem: &str, text: &str) -> JsonArticles {
    let mut out = JsonArticles::default();
    let text = text.trim_start_matches('\u{FEFF}');
    for (i, line) in text.split('\n').enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{path}:{}", i + 1);
        match serde_json::from_str::<Value>(line) {
            Ok(v) => push_entry(&v, format!("{stem}-{}", i + 1), path, &at, &mut out),
            Err(e) => out.warnings.push(LoadWarning {
                path: at,
                message: format!("malformed JSON: {e}"),
                skipped: true,
            }),
        }
    }
    out
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn has_text(map: &Map<String, Value>) -> bool {
    text_of(map).is_some()
}

fn text_of(map: &Map<String, Value>) -> Option<&str> {
    ["text", "body", "content"]
        .iter()
        .find_map(|k| map.get(*k).and_then(Value::as_str))
        .filter(|t| !t.trim().is_empty())
}

fn string_field(map: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match map.get(*k)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        _ => None,
    })
}

/// Converts one entry, or records why it was skipped (`at` names it in the warning).
fn push_entry(entry: &Value, fallback_id: String, path: &str, at: &str, out: &mut JsonArticles) {
    let skip = |message: String, out: &mut JsonArticles| {
        out.warnings.push(LoadWarning {
            path: at.to_string(),
            message,
            skipped: true,
        });
    };
    let Value::Object(map) = entry else {
        return skip(
            format!(
                "JSON of the wrong shape: expected an article object, found {}",
                kind_of(entry)
            ),
            out,
        );
    };
    let Some(text) = text_of(map) else {
        return skip(
            r#"article object has no "text" (or "body" / "content") with text in it"#.to_string(),
            out,
        );
    };
    let id = string_field(map, &["id"]).unwrap_or(fallback_id);
    let title = string_field(map, &["title", "headline"]);
    let mut article = article_from_capture(
        id,
        path.to_string(),
        text.to_string(),
        false,
        Flavour::Plain,
        title.as_deref(),
    );
    if let Some(raw) = string_field(
        map,
        &[
            "date",
            "published",
            "published_at",
            "publishedAt",
            "pubdate",
        ],
    ) {
        match parse_date(&raw) {
            Some(d) => article.date = Some(d.iso()),
            None => out.warnings.push(LoadWarning {
                path: at.to_string(),
                message: format!("date {raw:?} not understood; ignored"),
                skipped: false,
            }),
        }
    }
    let outlet = string_field(
        map,
        &[
            "outlet",
            "series",
            "source",
            "site",
            "site_name",
            "publisher",
        ],
    );
    article.outlet = outlet.or(article.outlet);
    article.url = string_field(map, &["url", "link", "canonical_url"]).or(article.url);
    out.articles.push(article);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_object_is_one_article_with_its_fields() {
        let j = r#"{"id": "x1", "title": "Harbour reopens", "text": "Harbour reopens\n\nBoats are back.",
                    "url": "https://h.example/1", "date": "2021-03-12T08:00:00Z", "outlet": "Coast Daily"}"#;
        let got = articles_from_json("a.json", "a", j).unwrap();
        let a = &got.articles[0];
        assert_eq!(a.id, "x1");
        assert_eq!(a.title.as_deref(), Some("Harbour reopens"));
        assert_eq!(a.title_span.unwrap().slice(&a.text), "Harbour reopens");
        assert_eq!(a.date.as_deref(), Some("2021-03-12"));
        assert_eq!(a.outlet.as_deref(), Some("Coast Daily"));
        assert_eq!(a.url.as_deref(), Some("https://h.example/1"));
        assert!(!a.text_is_file);
        assert!(got.warnings.is_empty());
    }

    #[test]
    fn arrays_and_article_lists_are_read_and_passim_series_is_the_outlet() {
        let arr = r#"[{"text": "One."}, {"body": "Two.", "series": "gazette"}]"#;
        let got = articles_from_json("a.json", "a", arr).unwrap();
        let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a-1", "a-2"]);
        assert_eq!(got.articles[1].outlet.as_deref(), Some("gazette"));
        let wrapped =
            r#"{"articles": [{"content": "Three.", "source": {"id": null, "name": "Wire"}}]}"#;
        let got = articles_from_json("b.json", "b", wrapped).unwrap();
        assert_eq!(got.articles[0].text, "Three.");
        assert_eq!(got.articles[0].outlet.as_deref(), Some("Wire"));
    }

    #[test]
    fn entries_without_text_are_named_and_skipped() {
        let arr = r#"[{"text": "One."}, {"title": "no body"}, 7]"#;
        let got = articles_from_json("a.json", "a", arr).unwrap();
        assert_eq!(got.articles.len(), 1);
        assert_eq!(got.warnings.len(), 2);
        assert_eq!(got.warnings[0].path, "a.json (entry 2)");
        assert!(got.warnings[1].message.contains("found a number"));
    }

    #[test]
    fn malformed_json_reports_its_line() {
        let err = articles_from_json("a.json", "a", "{\n\"text\": \"x\",\n}").unwrap_err();
        assert!(
            matches!(err, JsonError::Malformed { line: 3, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn json_of_the_wrong_shape_is_an_error() {
        for j in ["42", "\"text\"", r#"{"title": "t"}"#, "null"] {
            assert!(
                matches!(
                    articles_from_json("a.json", "a", j),
                    Err(JsonError::Shape(_))
                ),
                "{j}"
            );
        }
    }

    #[test]
    fn jsonl_reads_each_line_and_names_bad_lines() {
        let j = "{\"id\": 1, \"text\": \"One.\"}\r\n\n{broken\n[1]\n{\"text\": \"Four.\", \"date\": \"someday\"}\n";
        let got = articles_from_jsonl("a.jsonl", "a", j);
        let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["1", "a-5"]);
        let paths: Vec<&str> = got.warnings.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(paths, ["a.jsonl:3", "a.jsonl:4", "a.jsonl:5"]);
        assert!(got.warnings[0].message.starts_with("malformed JSON"));
        assert!(!got.warnings[2].skipped);
    }
}
