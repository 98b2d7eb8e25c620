//! The hostile corpus: the small files committed under `tests/fixtures/hostile/`, plus the cases
//! too large (or too tied to the file system) to commit, generated once per test binary into a
//! temporary folder.
//!
//! Generated cases: 10,000 nested divs, a 1 MB line without a newline, 300 short articles,
//! 10,000 sentences without punctuation (twice, lightly edited, so the aligner has a pair to
//! work on), a symbolic link loop, and an unreadable file. The benchmark's big files are made
//! on demand by [`write_big_text`] (plain sentences) and [`write_big_reporting`] (names and
//! quotes).

#![allow(dead_code)] // each test binary uses a different part of this module

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The committed small fixtures.
pub const COMMITTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile");

/// Made-up words for generated prose: no real people, places or outlets.
const WORDS: &[&str] = &[
    "harbour", "council", "ferry", "lantern", "orchard", "quarry", "meadow", "signal", "tunnel",
    "market", "granary", "beacon", "ledger", "canal", "foundry", "pasture", "workshop", "tower",
    "vessel", "bridge", "river", "station", "museum", "garden", "archive", "kiln", "mill",
];

/// A small deterministic generator (xorshift), so generated files are the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn word(&mut self) -> &'static str {
        WORDS[self.below(WORDS.len())]
    }
}

/// `n` words separated by spaces, with no punctuation at all.
pub fn unpunctuated_words(rng: &mut Rng, n: usize) -> String {
    let mut s = String::with_capacity(n * 8);
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(rng.word());
    }
    s
}

/// A sentence of 6–14 words, capitalised and ending with a full stop.
pub fn sentence(rng: &mut Rng) -> String {
    let n = 6 + rng.below(9);
    let mut s = unpunctuated_words(rng, n);
    if let Some(first) = s.get(..1) {
        let upper = first.to_ascii_uppercase();
        s.replace_range(..1, &upper);
    }
    s.push('.');
    s
}

/// An article of 10,000 "sentences" (lines of words) with no punctuation anywhere.
pub fn no_punctuation_article(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut s = String::from("Unpunctuated wire copy\n\n");
    for _ in 0..10_000 {
        let n = 6 + rng.below(6);
        s.push_str(&unpunctuated_words(&mut rng, n));
        s.push(' ');
    }
    s.push('\n');
    s
}

/// Writes a text file of at least `bytes` bytes made of ordinary sentences and paragraphs.
pub fn write_big_text(path: &Path, bytes: usize) -> std::io::Result<()> {
    let mut rng = Rng::new(50);
    let mut s = String::with_capacity(bytes + 256);
    s.push_str("A very long report\n\n");
    while s.len() < bytes {
        for _ in 0..5 {
            s.push_str(&sentence(&mut rng));
            s.push(' ');
        }
        s.push_str("\n\n");
    }
    fs::write(path, s)
}

/// Made-up people for generated reporting, with the roles the attribution code looks for.
const NAMES: &[&str] = &[
    "Orla Venn",
    "Tamsin Ferrow",
    "Ivo Kestrel",
    "Ansel Marrow",
    "Petra Lindqvist",
    "Hollis Brack",
    "Minna Osei",
    "Corwin Dale",
];

/// Writes a text file of at least `bytes` bytes of reporting: named people quoted directly
/// and reported, pronouns and role nouns standing for them, numbers and dates, so that the
/// name, statement and claim stages have as much to do per byte as real news gives them.
pub fn write_big_reporting(path: &Path, bytes: usize) -> std::io::Result<()> {
    let mut rng = Rng::new(51);
    let mut s = String::with_capacity(bytes + 512);
    s.push_str("A very long report of what everyone said\n\n");
    while s.len() < bytes {
        let name = NAMES[rng.below(NAMES.len())];
        let (quote_words, reported_words) = (5 + rng.below(6), 4 + rng.below(6));
        let quote = unpunctuated_words(&mut rng, quote_words);
        let reported = unpunctuated_words(&mut rng, reported_words);
        let count = 10 + rng.below(990);
        s.push_str(&format!(
            "“The {quote} will reopen,” {name} said on Monday. \
             The spokesman said {count} {reported} had not been counted. \
             She told reporters that the {reported} was “{quote}”. \
             {name}, the minister, added that nothing had changed since March.\n\n"
        ));
    }
    fs::write(path, s)
}

/// HTML whose body is `depth` nested divs around one paragraph.
pub fn nested_divs_html(depth: usize) -> String {
    let mut s = String::from("<!DOCTYPE html><html><head><title>Deep page</title></head><body>");
    s.push_str(&"<div>".repeat(depth));
    s.push_str("<p>The deepest paragraph says the canal will reopen in spring.</p>");
    s.push_str(&"</div>".repeat(depth));
    s.push_str("</body></html>");
    s
}

/// One line of about 1 MB: sentences separated by spaces, no newline anywhere.
pub fn one_megabyte_line() -> String {
    let mut rng = Rng::new(1);
    let mut s = String::with_capacity(1 << 20);
    while s.len() < 1 << 20 {
        s.push_str(&sentence(&mut rng));
        s.push(' ');
    }
    s
}

/// The id of the `i`th of the 300 short articles (so tests can check they all loaded).
pub fn short_article_id(i: usize) -> String {
    format!("short-{i:03}")
}

/// The ids of every article the whole hostile folder must yield, however hostile the files
/// around them: the committed cases that can be read and the generated ones, all 300 short
/// articles included.
pub fn readable_article_ids() -> Vec<String> {
    let named = [
        "latin1",
        "windows-1252",
        "utf16-bom",
        "crlf",
        "lone-cr",
        "nested-divs",
        "tram-1",
        "tram-2",
        "orchard-1",
        "twice-first",
        "twice-second",
        "unbalanced-quotes",
        "unclosed-quote",
        "one-megabyte-line",
        "no-punctuation",
        "no-punctuation-edited",
        "cyrillic-names",
        "combining-diacritics",
        "zero-width-and-bidi",
        "ctl",
    ];
    let shorts = (0..300).map(short_article_id);
    named
        .into_iter()
        .map(str::to_string)
        .chain(shorts)
        .collect()
}

/// The files (or `name:LINE` records) of the hostile folder that loading must refuse, each
/// named in a warning, with a word the reason gives. `unreadable.txt` is left out because it
/// can be read when the tests run as root: see [`HostileFolder::unreadable_is_unreadable`].
pub const REFUSED: &[(&str, &str)] = &[
    ("empty.txt", "empty"),
    ("whitespace-only.txt", "white space"),
    ("picture-renamed.txt", "PNG"),
    ("nul-bytes.txt", "NUL"),
    ("wrong-shape.json", "skipped"),
    ("malformed.jsonl:2", "skipped"),
    ("truncated.jsonl:2", "skipped"),
    ("back-up", "loop"),
    ("README.md", "documentation"),
];

/// The hostile folder: the committed fixtures copied in, plus the generated cases.
pub struct HostileFolder {
    pub dir: PathBuf,
    /// Whether the file made unreadable really is (false when running with root privileges).
    pub unreadable_is_unreadable: bool,
}

impl HostileFolder {
    pub fn path(&self) -> &Path {
        &self.dir
    }

    pub fn join(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

/// The hostile folder, built once per test binary in Cargo's scratch folder for tests (a
/// static is never dropped, so a temporary folder would outlive the run; this one is rebuilt
/// by the next run instead).
pub fn hostile_folder() -> &'static HostileFolder {
    static FOLDER: OnceLock<HostileFolder> = OnceLock::new();
    FOLDER
        .get_or_init(|| build().unwrap_or_else(|e| panic!("cannot build the hostile folder: {e}")))
}

fn build() -> std::io::Result<HostileFolder> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("hostile")
        .join(env!("CARGO_CRATE_NAME"));
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    fs::create_dir_all(&dir)?;
    let d = dir.as_path();
    copy_tree(Path::new(COMMITTED), d)?;
    fs::write(d.join("nested-divs.html"), nested_divs_html(10_000))?;
    fs::write(d.join("one-megabyte-line.txt"), one_megabyte_line())?;
    fs::write(d.join("no-punctuation.txt"), no_punctuation_article(7))?;
    fs::write(
        d.join("no-punctuation-edited.txt"),
        no_punctuation_article(7).replacen("harbour", "lighthouse", 500),
    )?;
    let many = d.join("three-hundred");
    fs::create_dir(&many)?;
    let mut rng = Rng::new(300);
    for i in 0..300 {
        let body = format!(
            "Short item {i}\n\n{} {}\n",
            sentence(&mut rng),
            sentence(&mut rng)
        );
        fs::write(many.join(format!("{}.txt", short_article_id(i))), body)?;
    }
    let looping = d.join("loop");
    fs::create_dir(&looping)?;
    #[cfg(unix)]
    std::os::unix::fs::symlink("..", looping.join("back-up"))?;
    let unreadable = d.join("unreadable.txt");
    fs::write(&unreadable, "Locked away\n\nNobody may read this file.\n")?;
    let unreadable_is_unreadable = make_unreadable(&unreadable)?;
    Ok(HostileFolder {
        dir,
        unreadable_is_unreadable,
    })
}

/// Removes every permission on `path`; true when that actually stops this process reading it
/// (it does not for root, which reads anything).
fn make_unreadable(path: &Path) -> std::io::Result<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o000))?;
        Ok(fs::File::open(path).is_err())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(false)
    }
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            fs::create_dir_all(&target)?;
            copy_tree(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
