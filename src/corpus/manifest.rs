//! The optional per-folder manifest (`manifest.toml`, or `manifest.json`) with what is known of
//! each source: outlet, address, publication date, title.
//!
//! ```toml
//! story = "Harbour storm, March 2021"
//!
//! [[source]]
//! file = "coast-daily.txt"
//! outlet = "Coast Daily"
//! url = "https://coast.example/harbour"
//! date = "2021-03-12"
//!
//! [[source]]
//! file = "wire-copy.txt"
//! date_from_text = false   # the date on the page is the day it was saved, not published
//! note = "capture date only"
//! ```
//!
//! The manifest wins over what is recognised in a file. `date_from_text = false` says the date
//! line in the capture is not the publication date, so the article's date stays unknown unless
//! the manifest gives one.

use super::dateline::parse_date;
use super::text::{comparable, find_line};
use super::{Article, LoadWarning};
use serde::Deserialize;

/// File names looked for in every folder, in this order.
pub const MANIFEST_NAMES: &[&str] = &["manifest.toml", "manifest.json"];

#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// A name for the story, for people reading the file.
    pub story: Option<String>,
    pub note: Option<String>,
    #[serde(default, alias = "sources")]
    pub source: Vec<ManifestEntry>,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    /// The file, relative to the manifest's folder (`/` separated).
    pub file: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Publication date, ISO `YYYY-MM-DD` (other common forms are accepted).
    pub date: Option<String>,
    pub title: Option<String>,
    /// False when the date line in the capture is not the publication date.
    pub date_from_text: Option<bool>,
    /// Why something is unknown, where it came from: for people, not used by the program.
    pub note: Option<String>,
}

/// Parses a manifest; `name` decides the format (`.json` is JSON, anything else TOML).
pub fn parse_manifest(name: &str, text: &str) -> Result<Manifest, String> {
    let text = text.trim_start_matches('\u{FEFF}');
    if name.ends_with(".json") {
        serde_json::from_str(text).map_err(|e| format!("manifest is not valid: {e}"))
    } else {
        toml::from_str(text)
            .map_err(|e| format!("manifest is not valid: {}", e.to_string().trim_end()))
    }
}

/// `./a//b.txt` and `a\b.txt` name the same file as `a/b.txt`.
pub fn normalise_rel(path: &str) -> String {
    path.split(['/', '\\'])
        .filter(|p| !p.is_empty() && *p != ".")
        .collect::<Vec<_>>()
        .join("/")
}

impl Manifest {
    /// The entry for `rel` (a path relative to the manifest's folder).
    pub fn entry(&self, rel: &str) -> Option<&ManifestEntry> {
        let want = normalise_rel(rel);
        self.source.iter().find(|e| normalise_rel(&e.file) == want)
    }

    /// Entries naming files that were not loaded (typos, moved files), for warnings.
    pub fn unused<'a>(&'a self, loaded: &[String]) -> Vec<&'a ManifestEntry> {
        self.source
            .iter()
            .filter(|e| !loaded.contains(&normalise_rel(&e.file)))
            .collect()
    }
}

/// Applies what the manifest knows to an article; a date it cannot read is a warning.
pub fn apply(
    entry: &ManifestEntry,
    article: &mut Article,
    manifest_path: &str,
) -> Option<LoadWarning> {
    if let Some(outlet) = &entry.outlet {
        article.outlet = Some(outlet.clone());
    }
    if let Some(url) = &entry.url {
        article.url = Some(url.clone());
    }
    if let Some(title) = &entry.title {
        let same = article.title.as_deref().map(comparable) == Some(comparable(title));
        if !same {
            article.title_span = find_line(&article.text, title);
        }
        article.title = Some(title.clone());
    }
    if entry.date_from_text == Some(false) {
        article.date = None;
    }
    let raw = entry.date.as_deref()?;
    match parse_date(raw) {
        Some(d) => {
            article.date = Some(d.iso());
            None
        }
        None => Some(LoadWarning {
            path: manifest_path.to_string(),
            message: format!("date {raw:?} for {} not understood; ignored", entry.file),
            skipped: false,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOML: &str = r#"
story = "Harbour storm"
[[source]]
file = "./a.txt"
outlet = "Coast Daily"
date = "2021-03-12"

[[source]]
file = "sub/b.txt"
date_from_text = false
note = "page date only"
"#;

    #[test]
    fn toml_manifests_list_sources_by_file() {
        let m = parse_manifest("manifest.toml", TOML).unwrap();
        assert_eq!(
            m.entry("a.txt").unwrap().outlet.as_deref(),
            Some("Coast Daily")
        );
        assert!(m.entry("sub\\b.txt").is_some());
        assert!(m.entry("c.txt").is_none());
        assert_eq!(m.unused(&["a.txt".to_string()]).len(), 1);
    }

    #[test]
    fn json_manifests_have_the_same_shape() {
        let m = parse_manifest(
            "manifest.json",
            r#"{"sources": [{"file": "a.txt", "url": "https://x.example"}]}"#,
        )
        .unwrap();
        assert_eq!(
            m.entry("a.txt").unwrap().url.as_deref(),
            Some("https://x.example")
        );
    }

    #[test]
    fn unknown_fields_and_bad_syntax_are_reported() {
        let err = parse_manifest(
            "manifest.toml",
            "[[source]]\nfile = \"a.txt\"\noutlett = \"x\"\n",
        )
        .unwrap_err();
        assert!(err.contains("outlett"), "{err}");
        assert!(parse_manifest("manifest.json", "{").is_err());
    }

    #[test]
    fn the_manifest_date_wins_and_date_from_text_false_forgets_the_page_date() {
        let m = parse_manifest("manifest.toml", TOML).unwrap();
        let mut a = Article {
            date: Some("2024-01-01".into()),
            ..Article::default()
        };
        assert_eq!(
            apply(m.entry("a.txt").unwrap(), &mut a, "manifest.toml"),
            None
        );
        assert_eq!(a.date.as_deref(), Some("2021-03-12"));
        assert_eq!(a.outlet.as_deref(), Some("Coast Daily"));
        let mut b = Article {
            date: Some("2024-01-01".into()),
            ..Article::default()
        };
        apply(m.entry("sub/b.txt").unwrap(), &mut b, "manifest.toml");
        assert_eq!(b.date, None);
    }

    #[test]
    fn a_manifest_title_is_looked_for_in_the_text() {
        let entry = ManifestEntry {
            file: "a.txt".into(),
            title: Some("Harbour reopens".into()),
            ..ManifestEntry::default()
        };
        let mut a = Article {
            text: "Coast Daily\nHarbour  reopens\nBody.\n".into(),
            title: Some("Coast Daily".into()),
            title_span: Some(crate::analysis::span::Span::new(0, 11)),
            ..Article::default()
        };
        apply(&entry, &mut a, "m.toml");
        assert_eq!(a.title_span.unwrap().slice(&a.text), "Harbour  reopens");
        let mut b = Article {
            text: "Nothing like it.\n".into(),
            ..Article::default()
        };
        apply(&entry, &mut b, "m.toml");
        assert_eq!(
            (b.title.as_deref(), b.title_span),
            (Some("Harbour reopens"), None)
        );
    }

    #[test]
    fn an_unreadable_manifest_date_is_a_warning() {
        let entry = ManifestEntry {
            file: "a.txt".into(),
            date: Some("last spring".into()),
            ..ManifestEntry::default()
        };
        let w = apply(&entry, &mut Article::default(), "m.toml").unwrap();
        assert!(w.message.contains("last spring") && !w.skipped);
    }
}
