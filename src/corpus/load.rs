//! Reading files and folders into a [`Corpus`]: the only code in `corpus` that touches the disk.
//!
//! Folders are searched recursively (symbolic links followed, loops detected), in sorted order,
//! so the same folder always gives the same corpus. Every file that cannot be loaded is named in
//! a warning and loading goes on. Files on disk and the bundled story share [`CorpusBuilder`],
//! so both give the same articles for the same bytes.

use super::manifest::{MANIFEST_NAMES, Manifest, apply, normalise_rel, parse_manifest};
pub use super::parse::{Format, LoadError, Parsed, articles_from_bytes};
use super::{Corpus, LoadWarning};
use std::collections::{BTreeMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Limits and switches for loading.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// Files larger than this are skipped with a warning, never silently truncated.
    pub max_file_size: u64,
    /// Also search hidden files and folders (names starting with `.`, such as `.git`).
    pub include_hidden: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: 64 * 1024 * 1024,
            include_hidden: false,
        }
    }
}

/// Loads every article under `paths` (files, or folders searched recursively). Files that cannot
/// be read are named in `Corpus::warnings`; the rest goes on. A file named explicitly with an
/// unknown extension is read as text.
pub fn load_paths(paths: &[PathBuf], options: &LoadOptions) -> Corpus {
    let mut builder = CorpusBuilder::default();
    let mut files = Vec::new();
    for p in paths {
        collect(p, options, &mut files, &mut builder.warnings);
    }
    files.sort_by(|a, b| a.shown.cmp(&b.shown));
    let mut seen = HashSet::new();
    files.retain(|f| {
        seen.insert(std::fs::canonicalize(&f.disk).unwrap_or_else(|_| f.shown.clone()))
    });
    for file in &files {
        let shown = file.shown.display().to_string();
        let manifest = builder.manifest_for(file);
        match read_limited(&file.disk, options.max_file_size) {
            Ok(bytes) => builder.add_file(&shown, file.format, &bytes, manifest),
            Err(message) => builder.warnings.push(LoadWarning {
                path: shown,
                message,
                skipped: true,
            }),
        }
    }
    builder.finish()
}

/// Loads files held in memory as if they were the folder `folder` (the bundled story):
/// `files` are (name, bytes), `manifest` is (name, contents).
pub fn load_embedded(
    folder: &str,
    files: &[(&str, &[u8])],
    manifest: Option<(&str, &str)>,
) -> Corpus {
    let mut builder = CorpusBuilder::default();
    let dir = PathBuf::from(folder);
    if let Some((name, text)) = manifest {
        builder.insert_manifest(
            &dir,
            &format!("{folder}/{name}"),
            parse_manifest(name, text),
            true,
        );
    }
    let mut sorted: Vec<&(&str, &[u8])> = files.iter().collect();
    sorted.sort_by_key(|(name, _)| *name);
    for (name, bytes) in sorted {
        let Some(format) = Format::of_path(Path::new(name)) else {
            continue;
        };
        let candidate = Candidate {
            shown: dir.join(name),
            disk: dir.join(name),
            format,
            manifest_dirs: vec![(dir.clone(), (*name).to_string())],
            walked: true,
        };
        let manifest = builder.manifest_for(&candidate);
        builder.add_file(&format!("{folder}/{name}"), format, bytes, manifest);
    }
    builder.finish()
}

/// A file to load: the path shown to the user, the path on disk, and the folders (nearest
/// first) whose manifest may describe it, with its name relative to each.
struct Candidate {
    shown: PathBuf,
    disk: PathBuf,
    format: Format,
    manifest_dirs: Vec<(PathBuf, String)>,
    /// Found by searching a folder (not named on the command line).
    walked: bool,
}

/// A manifest as loaded: where it is shown, its entries, which entries were used, and whether
/// its folder was searched (so that unused entries are worth a warning).
struct LoadedManifest {
    shown: String,
    manifest: Manifest,
    used: Vec<String>,
    walked: bool,
}

/// Collects articles and warnings file by file, applying manifests, then makes ids unique.
#[derive(Default)]
struct CorpusBuilder {
    corpus: Corpus,
    warnings: Vec<LoadWarning>,
    /// Manifests by folder on disk; None when the folder has none (or it could not be read).
    manifests: BTreeMap<PathBuf, Option<LoadedManifest>>,
}

impl CorpusBuilder {
    fn insert_manifest(
        &mut self,
        dir: &Path,
        shown: &str,
        parsed: Result<Manifest, String>,
        walked: bool,
    ) {
        let loaded = match parsed {
            Ok(manifest) => Some(LoadedManifest {
                shown: shown.to_string(),
                manifest,
                used: Vec::new(),
                walked,
            }),
            Err(message) => {
                self.warnings.push(LoadWarning {
                    path: shown.to_string(),
                    message,
                    skipped: true,
                });
                None
            }
        };
        self.manifests.insert(dir.to_path_buf(), loaded);
    }

    /// Reads the manifest of `dir` from disk the first time it is needed.
    fn ensure_manifest(&mut self, dir: &Path, shown_dir: &Path, walked: bool) {
        if self.manifests.contains_key(dir) {
            return;
        }
        for name in MANIFEST_NAMES {
            let disk = dir.join(name);
            if !disk.is_file() {
                continue;
            }
            let shown = shown_dir.join(name).display().to_string();
            let parsed = std::fs::read_to_string(&disk)
                .map_err(|e| format!("cannot read the manifest: {e}"))
                .and_then(|t| parse_manifest(name, &t));
            self.insert_manifest(dir, &shown, parsed, walked);
            return;
        }
        self.manifests.insert(dir.to_path_buf(), None);
    }

    /// The nearest manifest with an entry for `file`: (folder key, name relative to it).
    fn manifest_for(&mut self, file: &Candidate) -> Option<(PathBuf, String)> {
        for (i, (dir, rel)) in file.manifest_dirs.iter().enumerate() {
            let shown_dir = file.shown.ancestors().nth(i + 1).unwrap_or(Path::new(""));
            self.ensure_manifest(dir, shown_dir, file.walked);
            let has = self.manifests.get(dir).and_then(Option::as_ref);
            if has.is_some_and(|m| m.manifest.entry(rel).is_some()) {
                return Some((dir.clone(), rel.clone()));
            }
        }
        None
    }

    /// Parses one file and adds its articles, with what its manifest entry knows.
    fn add_file(
        &mut self,
        shown: &str,
        format: Format,
        bytes: &[u8],
        manifest: Option<(PathBuf, String)>,
    ) {
        let parsed = match articles_from_bytes(shown, format, bytes) {
            Ok(p) => p,
            Err(e) => {
                self.warnings.push(e.to_warning(shown));
                return;
            }
        };
        self.warnings.extend(parsed.warnings);
        let mut articles = parsed.articles;
        if let Some((dir, rel)) = manifest {
            if let Some(Some(m)) = self.manifests.get_mut(&dir) {
                m.used.push(normalise_rel(&rel));
                if let Some(entry) = m.manifest.entry(&rel) {
                    for a in &mut articles {
                        self.warnings.extend(apply(entry, a, &m.shown));
                    }
                }
            }
        }
        self.corpus.articles.extend(articles);
    }

    /// Warns about manifest entries naming files that were not loaded, makes ids unique.
    fn finish(mut self) -> Corpus {
        for m in self.manifests.values().flatten().filter(|m| m.walked) {
            for e in m.manifest.unused(&m.used) {
                self.warnings.push(LoadWarning {
                    path: m.shown.clone(),
                    message: format!("lists {}, which was not loaded", e.file),
                    skipped: false,
                });
            }
        }
        unique_ids(&mut self.corpus);
        self.corpus.warnings = self.warnings;
        self.corpus
    }
}

/// Makes article ids unique in corpus order: a repeated id gets `-2`, `-3`, ….
fn unique_ids(corpus: &mut Corpus) {
    let mut seen = HashSet::new();
    for a in &mut corpus.articles {
        if a.id.is_empty() {
            a.id = "article".to_string();
        }
        if seen.insert(a.id.clone()) {
            continue;
        }
        let id = (2..)
            .map(|n| format!("{}-{n}", a.id))
            .find(|c| !seen.contains(c))
            .unwrap_or_default();
        seen.insert(id.clone());
        a.id = id;
    }
}

/// Reads at most `max` bytes; a larger file is an error that gives both sizes.
fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let too_big = |size: u64| {
        format!(
            "the file is {} ({size} bytes), over the size limit of {} ({max} bytes); \
             skipped, not truncated (see --max-file-size)",
            human_size(size),
            human_size(max)
        )
    };
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > max {
        return Err(too_big(size));
    }
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > max {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["bytes", "KiB", "MiB", "GiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} bytes")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// File names that document a folder rather than hold an article.
fn is_documentation(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).to_ascii_lowercase();
    matches!(
        stem.as_str(),
        "readme" | "license" | "licence" | "changelog" | "sources" | "contributing" | "authors"
    )
}

fn skipped(path: &Path, message: impl Into<String>) -> LoadWarning {
    LoadWarning {
        path: path.display().to_string(),
        message: message.into(),
        skipped: true,
    }
}

/// Adds the files under one command-line path to `out`.
fn collect(
    arg: &Path,
    options: &LoadOptions,
    out: &mut Vec<Candidate>,
    warnings: &mut Vec<LoadWarning>,
) {
    let meta = match std::fs::metadata(arg) {
        Ok(m) => m,
        Err(e) => {
            let message = match std::fs::symlink_metadata(arg) {
                Ok(_) => format!("broken or looping symbolic link: {e}"),
                Err(_) if e.kind() == std::io::ErrorKind::NotFound => {
                    "no such file or folder".to_string()
                }
                Err(_) => format!("cannot open: {e}"),
            };
            warnings.push(skipped(arg, message));
            return;
        }
    };
    if !meta.is_dir() {
        let name = arg
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let parent = arg
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let parent = if parent.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            parent
        };
        out.push(Candidate {
            shown: arg.to_path_buf(),
            disk: arg.to_path_buf(),
            format: Format::of_path(arg).unwrap_or(Format::Text),
            manifest_dirs: vec![(parent, name)],
            walked: false,
        });
        return;
    }
    let before = out.len();
    walk_folder(arg, options.include_hidden, out, warnings);
    if out.len() == before {
        warnings.push(skipped(
            arg,
            "no articles in this folder (looked for .txt, .md, .html, .htm, .json and .jsonl files)",
        ));
    }
}

/// Walks a folder recursively in sorted order, skipping hidden entries.
fn walk_folder(
    root: &Path,
    include_hidden: bool,
    out: &mut Vec<Candidate>,
    warnings: &mut Vec<LoadWarning>,
) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |e| {
            include_hidden || e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root);
                let message = match e.loop_ancestor() {
                    Some(a) => format!("symbolic link loop: points back to {}", a.display()),
                    None => format!(
                        "cannot read: {}",
                        e.io_error()
                            .map_or_else(|| e.to_string(), ToString::to_string)
                    ),
                };
                warnings.push(skipped(path, message));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(format) = Format::of_path(entry.path()) else {
            continue;
        };
        if MANIFEST_NAMES.contains(&name.as_str()) {
            continue;
        }
        if is_documentation(&name) {
            warnings.push(skipped(
                entry.path(),
                "looks like the folder's documentation, not an article (name the file to load it)",
            ));
            continue;
        }
        out.push(Candidate {
            shown: entry.path().to_path_buf(),
            disk: entry.path().to_path_buf(),
            format,
            manifest_dirs: manifest_dirs(root, entry.path()),
            walked: true,
        });
    }
}

/// The folders from the file's own up to `root`, each with the file's path relative to it.
fn manifest_dirs(root: &Path, file: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for dir in file.ancestors().skip(1) {
        if let Ok(rel) = file.strip_prefix(dir) {
            out.push((dir.to_path_buf(), rel.to_string_lossy().replace('\\', "/")));
        }
        if dir == root {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_ids_get_numbered_in_order() {
        let mut c = Corpus::default();
        for id in ["a", "a", "b", "a", ""] {
            c.articles.push(super::super::Article {
                id: id.to_string(),
                ..Default::default()
            });
        }
        unique_ids(&mut c);
        let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-2", "b", "a-3", "article"]);
    }

    #[test]
    fn sizes_are_shown_for_people() {
        assert_eq!(human_size(512), "512 bytes");
        assert_eq!(human_size(64 * 1024 * 1024), "64.0 MiB");
    }

    #[test]
    fn documentation_files_are_recognised_by_name() {
        assert!(is_documentation("README.md"));
        assert!(is_documentation("SOURCES.md"));
        assert!(!is_documentation("reuters-report.txt"));
    }

    #[test]
    fn manifest_folders_run_from_the_file_up_to_the_root() {
        let dirs = manifest_dirs(Path::new("r"), Path::new("r/a/b.txt"));
        assert_eq!(
            dirs,
            vec![
                (PathBuf::from("r/a"), "b.txt".to_string()),
                (PathBuf::from("r"), "a/b.txt".to_string())
            ]
        );
    }
}
