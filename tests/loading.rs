//! Loading real folders: mixed good and bad files, fixtures of each format, the bundled story,
//! and the binary's messages and exit status.

#[path = "support/corpus.rs"]
mod corpus;

use corpus::warning_for;
use crosscheck::corpus::bundled;
use crosscheck::corpus::load::{LoadOptions, load_paths};
use crosscheck::corpus::{Article, Corpus, FurnitureKind};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURES: &str = "tests/fixtures/loading";

fn load(paths: &[&Path]) -> Corpus {
    let paths: Vec<PathBuf> = paths.iter().map(|p| p.to_path_buf()).collect();
    load_paths(&paths, &LoadOptions::default())
}

fn ids(c: &Corpus) -> Vec<&str> {
    c.articles.iter().map(|a| a.id.as_str()).collect()
}

fn furniture(a: &Article) -> Vec<(FurnitureKind, &str)> {
    a.furniture
        .iter()
        .map(|f| (f.kind, f.span.slice(&a.text)))
        .collect()
}

/// A folder with good articles of every format and every kind of bad file.
fn messy_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let w = |name: &str, bytes: &[u8]| {
        let p = d.join(name);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, bytes).unwrap();
    };
    w(
        "good.txt",
        b"Harbour reopens after storm\n\nThe harbour reopened on Monday.\n",
    );
    w(
        "crlf.txt",
        b"Bridge to reopen soon\r\n\r\nThe bridge will reopen.\r\n",
    );
    w(
        "bom.md",
        b"\xEF\xBB\xBF# Quiet week ahead\n\nNothing happened.\n",
    );
    w(
        "latin.txt",
        b"Caf\xe9 owners protest\n\nThey were \x93angry\x94.\n",
    );
    w(
        "oldmac.txt",
        b"Ferry timetable changes\r\rThe ferry leaves later.\r",
    );
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Ferry fares rise\r\n\r\nFares rise by a tenth.\r\n".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    w("wide.txt", &utf16);
    w("page.htm", b"<html><head><meta property='og:title' content='Ferries resume'></head><body><p>Ferries resumed.</p></body></html>");
    w(
        "list.json",
        br#"[{"id": "j1", "text": "One."}, {"id": "j2", "text": "Two."}]"#,
    );
    w(
        "lines.jsonl",
        b"{\"id\": \"l1\", \"text\": \"Line one.\"}\n{oops\n",
    );
    w(
        "sub/deeper/nested.txt",
        b"Nested story here\n\nDeep down.\n",
    );
    w("notes.xyz", b"not an article extension");
    w("empty.txt", b"");
    w("blank.md", b"  \n\t\r\n");
    w("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    w("broken.json", b"{\"text\": \"x\",\n\"id\": }");
    w("shape.json", b"42");
    w(
        "nobody.html",
        b"<html><head><title>Only a title</title></head><body></body></html>",
    );
    w("README.md", b"# About this folder\n");
    w(
        "manifest.toml",
        b"[[source]]\nfile = \"good.txt\"\noutlet = \"Coast Daily\"\ndate = \"2021-03-08\"\n\n\
          [[source]]\nfile = \"missing.txt\"\noutlet = \"Nobody\"\n",
    );
    fs::create_dir_all(d.join("empty-sub")).unwrap();
    dir
}

#[test]
fn every_good_article_loads_and_every_bad_file_is_named_in_a_warning() {
    let dir = messy_folder();
    let c = load(&[dir.path()]);
    let mut got = ids(&c);
    got.sort();
    assert_eq!(
        got,
        [
            "bom", "crlf", "good", "j1", "j2", "l1", "latin", "nested", "oldmac", "page", "wide"
        ]
    );
    assert!(warning_for(&c, "empty.txt").contains("empty"));
    assert!(warning_for(&c, "blank.md").contains("white space"));
    assert!(warning_for(&c, "image.txt").contains("PNG image"));
    assert!(warning_for(&c, "broken.json:2").contains("malformed JSON"));
    assert!(warning_for(&c, "shape.json").contains("wrong shape"));
    assert!(warning_for(&c, "lines.jsonl:2").contains("malformed JSON"));
    assert!(warning_for(&c, "nobody.html").contains("no article text"));
    assert!(warning_for(&c, "README.md").contains("documentation"));
    assert!(warning_for(&c, "latin.txt").contains("Windows-1252"));
    assert!(warning_for(&c, "manifest.toml").contains("missing.txt"));
    let skipped = c.warnings.iter().filter(|w| w.skipped).count();
    assert_eq!(skipped, 8, "{:#?}", c.warnings);
}

#[test]
fn paths_join_the_argument_and_the_relative_path() {
    let dir = messy_folder();
    let c = load(&[dir.path()]);
    let nested = c.articles.iter().find(|a| a.id == "nested").unwrap();
    assert_eq!(
        Path::new(&nested.path),
        dir.path().join("sub/deeper/nested.txt")
    );
}

#[test]
fn articles_come_in_sorted_path_order_and_loading_is_deterministic() {
    let dir = messy_folder();
    let a = load(&[dir.path()]);
    let b = load(&[dir.path()]);
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&b).unwrap()
    );
    let paths: Vec<&str> = a.articles.iter().map(|x| x.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort_by(|x, y| Path::new(x).cmp(Path::new(y)));
    assert_eq!(paths, sorted);
}

#[test]
fn the_manifest_fills_in_outlet_and_date() {
    let dir = messy_folder();
    let c = load(&[dir.path()]);
    let good = c.articles.iter().find(|a| a.id == "good").unwrap();
    assert_eq!(good.outlet.as_deref(), Some("Coast Daily"));
    assert_eq!(good.date.as_deref(), Some("2021-03-08"));
}

#[test]
fn utf8_text_is_the_file_and_re_encoded_text_is_not() {
    let dir = messy_folder();
    let c = load(&[dir.path()]);
    let by_id = |id: &str| c.articles.iter().find(|a| a.id == id).unwrap();
    let crlf = by_id("crlf");
    assert!(crlf.text_is_file);
    assert_eq!(
        crlf.text.as_bytes(),
        fs::read(dir.path().join("crlf.txt")).unwrap()
    );
    assert_eq!(crlf.title.as_deref(), Some("Bridge to reopen soon"));
    let bom = by_id("bom");
    assert!(bom.text.starts_with('\u{FEFF}'));
    assert_eq!(bom.title_span.unwrap().slice(&bom.text), "Quiet week ahead");
    let oldmac = by_id("oldmac");
    assert!(oldmac.text_is_file);
    assert_eq!(
        oldmac.title_span.unwrap().slice(&oldmac.text),
        "Ferry timetable changes"
    );
    let wide = by_id("wide");
    assert!(!wide.text_is_file);
    assert_eq!(wide.title.as_deref(), Some("Ferry fares rise"));
    assert!(warning_for(&c, "wide.txt").contains("UTF-16"));
    let latin = by_id("latin");
    assert!(!latin.text_is_file);
    assert!(latin.text.contains("Café") && latin.text.contains("“angry”"));
}

#[test]
fn a_file_over_the_size_limit_is_skipped_with_both_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.txt");
    fs::write(&p, "A long article line.\n".repeat(100)).unwrap();
    let c = load_paths(
        &[p],
        &LoadOptions {
            max_file_size: 1024,
            ..LoadOptions::default()
        },
    );
    assert!(c.articles.is_empty());
    let msg = warning_for(&c, "big.txt");
    assert!(
        msg.contains("2100 bytes") && msg.contains("1024 bytes") && msg.contains("not truncated"),
        "{msg}"
    );
}

#[test]
fn missing_paths_and_folders_without_articles_are_named() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("photo.png"), b"\x89PNG").unwrap();
    let missing = dir.path().join("nowhere");
    let c = load(&[&missing, dir.path()]);
    assert!(c.articles.is_empty());
    assert!(warning_for(&c, "nowhere").contains("no such file"));
    let folder = dir.path().display().to_string();
    assert!(warning_for(&c, &folder).contains("no articles in this folder"));
}

#[test]
fn a_file_named_explicitly_with_another_extension_is_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("story.log");
    fs::write(&p, "Council backs new bridge\n\nThe council voted.\n").unwrap();
    let c = load(&[&p]);
    assert_eq!(ids(&c), ["story"]);
    assert_eq!(
        c.articles[0].title.as_deref(),
        Some("Council backs new bridge")
    );
}

#[test]
fn the_same_stem_twice_gets_distinct_ids() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("a")).unwrap();
    fs::create_dir_all(dir.path().join("b")).unwrap();
    fs::write(dir.path().join("a/story.txt"), "One text.\n").unwrap();
    fs::write(dir.path().join("b/story.txt"), "Another text.\n").unwrap();
    let c = load(&[dir.path()]);
    assert_eq!(ids(&c), ["story", "story-2"]);
}

#[test]
fn hidden_files_and_folders_are_searched_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join(".cache")).unwrap();
    fs::write(dir.path().join(".cache/copy.txt"), "A copy.\n").unwrap();
    fs::write(dir.path().join("story.txt"), "A story.\n").unwrap();
    assert_eq!(ids(&load(&[dir.path()])), ["story"]);
    let options = LoadOptions {
        include_hidden: true,
        ..LoadOptions::default()
    };
    let all = load_paths(&[dir.path().to_path_buf()], &options);
    assert_eq!(ids(&all), ["copy", "story"]);
}

#[test]
fn a_file_given_twice_loads_once() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("story.txt");
    fs::write(&p, "One text.\n").unwrap();
    let c = load(&[&p, dir.path()]);
    assert_eq!(c.articles.len(), 1);
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_are_reported_not_followed_forever() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("inner")).unwrap();
    fs::write(d.join("inner/story.txt"), "A story.\n").unwrap();
    std::os::unix::fs::symlink(d, d.join("inner/back")).unwrap();
    std::os::unix::fs::symlink(d.join("self.txt"), d.join("self.txt")).unwrap_or(());
    let c = load(&[d]);
    assert_eq!(ids(&c), ["story"]);
    assert!(
        warning_for(&c, "back").contains("loop"),
        "{:#?}",
        c.warnings
    );
    let explicit = load(&[&d.join("self.txt")]);
    assert!(explicit.articles.is_empty());
    assert!(warning_for(&explicit, "self.txt").contains("symbolic link"));
}

#[test]
fn the_text_fixture_has_its_headline_date_and_furniture() {
    let c = load(&[&Path::new(FIXTURES).join("capture.txt")]);
    let a = &c.articles[0];
    assert_eq!(
        a.title.as_deref(),
        Some("Harbour reopens after week-long storm")
    );
    assert_eq!(a.date.as_deref(), Some("2021-03-09"));
    assert_eq!(
        a.date_span.unwrap().slice(&a.text),
        "Tuesday, March 9, 2021"
    );
    assert_eq!(
        furniture(a),
        vec![
            (FurnitureKind::Dateline, "Tuesday, March 9, 2021"),
            (
                FurnitureKind::Breadcrumb,
                "HomeCoastHarbour reopens after week-long storm"
            ),
            (FurnitureKind::Byline, "By Ann Lee"),
            (FurnitureKind::ReadingTime, "4 min read"),
            (
                FurnitureKind::Caption,
                "Boats return to the quay on Monday."
            ),
            (
                FurnitureKind::Credit,
                "(Photo by Ben Ode/AFP via Getty Images)"
            ),
            (FurnitureKind::Related, "Also read: Storm damage in numbers"),
            (FurnitureKind::Share, "Share this article"),
        ]
    );
    let body: String = a.body_spans().iter().map(|s| s.slice(&a.text)).collect();
    assert!(body.contains("PORTSMOUTH: The harbour reopened"));
}

#[test]
fn the_html_fixture_has_its_metadata_and_caption() {
    let c = load(&[&Path::new(FIXTURES).join("page.html")]);
    let a = &c.articles[0];
    assert_eq!(a.title.as_deref(), Some("Ferries resume after storm"));
    assert_eq!(a.outlet.as_deref(), Some("Coast Daily"));
    assert_eq!(a.date.as_deref(), Some("2021-03-10"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://coast.example/ferries-resume")
    );
    assert!(!a.text.contains("Most read") && !a.text.contains("Home"));
    assert!(furniture(a).contains(&(
        FurnitureKind::Caption,
        "A ferry leaves the quay. (Image: Coast Daily)"
    )));
}

#[test]
fn the_jsonl_fixture_loads_good_lines_and_names_bad_ones() {
    let c = load(&[&Path::new(FIXTURES).join("articles.jsonl")]);
    assert_eq!(ids(&c), ["wire-1", "wire-2"]);
    assert_eq!(c.articles[0].outlet.as_deref(), Some("wire"));
    assert_eq!(c.articles[1].outlet.as_deref(), Some("Wire"));
    assert_eq!(c.articles[1].date.as_deref(), Some("2021-03-05"));
    assert!(warning_for(&c, "articles.jsonl:3").contains("malformed JSON"));
    assert!(warning_for(&c, "articles.jsonl:5").contains("no \"text\""));
}

#[test]
fn the_bundled_story_equals_loading_its_folder() {
    let from_disk = load(&[Path::new(bundled::FOLDER)]);
    let embedded = bundled::bundled();
    assert_eq!(
        serde_json::to_string_pretty(&embedded).unwrap(),
        serde_json::to_string_pretty(&from_disk).unwrap()
    );
    assert!(embedded.warnings.is_empty(), "{:#?}", embedded.warnings);
}

#[test]
fn the_bundled_story_holds_every_file_of_its_folder() {
    let mut on_disk: Vec<String> = fs::read_dir(bundled::FOLDER)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != bundled::MANIFEST.0)
        .collect();
    on_disk.sort();
    let embedded: Vec<String> = bundled::FILES.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(on_disk, embedded);
    for (name, bytes) in bundled::FILES {
        assert_eq!(
            fs::read(Path::new(bundled::FOLDER).join(name)).unwrap(),
            *bytes
        );
    }
}

#[test]
fn the_binary_exits_2_and_names_the_folder_when_nothing_loads() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("export")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("empty.txt: skipped: the file is empty"),
        "{stderr}"
    );
    assert!(stderr.contains("no articles could be loaded"), "{stderr}");
}
