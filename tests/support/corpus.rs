//! Corpora for tests: one made in memory from plain texts, and the warning loading a real one
//! gave for a file.

#![allow(dead_code)] // each test binary uses a different part of this module

use crosscheck::corpus::{Article, Corpus};

/// A corpus of plain-text articles with ids `a0`, `a1`, … in the order given, as if each text
/// had been read from its own `.txt` file, so the analysis sees no furniture or metadata.
pub fn corpus_of_texts(texts: &[&str]) -> Corpus {
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

/// The message of the warning whose path ends with `path_end` (a file name, or `name:LINE` for
/// one record); panics, listing every warning, when no warning names it.
pub fn warning_for<'a>(corpus: &'a Corpus, path_end: &str) -> &'a str {
    corpus
        .warnings
        .iter()
        .find(|w| w.path.ends_with(path_end))
        .map(|w| w.message.as_str())
        .unwrap_or_else(|| panic!("no warning names {path_end}: {:#?}", corpus.warnings))
}
