//! What loading a corpus said: the warning it gave for a file.

#![allow(dead_code)] // each test binary uses a different part of this module

use crosscheck::corpus::Corpus;

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
