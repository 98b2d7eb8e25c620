//! The hostile corpus, case by case: every file that can be read is read, every file that cannot
//! is named with the reason, analysis finishes, and every exported span slices its own text.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/export_check.rs"]
mod export_check;
#[path = "support/hostile.rs"]
mod hostile;

use corpus::warning_for;
use crosscheck::analysis::{Analysis, Options, analyze};
use crosscheck::corpus::Corpus;
use crosscheck::corpus::load::{LoadOptions, load_paths};
use export_check::check_export;
use hostile::{HostileFolder, REFUSED, hostile_folder, readable_article_ids, short_article_id};
use std::path::PathBuf;

fn load(paths: &[PathBuf]) -> Corpus {
    load_paths(paths, &LoadOptions::default())
}

fn load_case(name: &str) -> Corpus {
    load(&[hostile_folder().join(name)])
}

/// Loads one case, expects exactly one article, analyses it and checks the export.
fn one_article(name: &str) -> Analysis {
    let corpus = load_case(name);
    assert_eq!(corpus.articles.len(), 1, "{name}: {:#?}", corpus.warnings);
    let analysis = analyze(corpus, &Options::default());
    check_export(&analysis);
    analysis
}

fn skipped_with(name: &str, reason: &str) {
    let corpus = load_case(name);
    assert!(corpus.articles.is_empty(), "{name} loaded");
    let message = warning_for(&corpus, name);
    assert!(message.contains(reason), "{name}: {message}");
    assert!(corpus.warnings.iter().all(|w| w.skipped));
}

#[test]
fn an_empty_file_is_skipped_as_empty() {
    skipped_with("empty.txt", "empty");
}

#[test]
fn a_file_of_white_space_is_skipped_as_blank() {
    skipped_with("whitespace-only.txt", "white space");
}

#[test]
fn a_png_renamed_txt_is_skipped_as_binary() {
    skipped_with("picture-renamed.txt", "PNG image");
}

#[test]
fn a_file_with_nul_bytes_is_skipped_as_binary() {
    skipped_with("nul-bytes.txt", "NUL");
}

#[test]
fn json_of_the_wrong_shape_is_skipped_with_the_reason() {
    let corpus = load_case("wrong-shape.json");
    assert!(corpus.articles.is_empty());
    assert!(!warning_for(&corpus, "wrong-shape.json").is_empty());
}

#[test]
fn latin1_text_is_re_encoded_with_a_warning() {
    let a = one_article("latin1.txt");
    let article = &a.corpus.articles[0];
    assert!(article.text.contains("Café owners"), "{}", article.text);
    assert!(article.text.contains("Jürgen Albers"));
    assert!(!article.text_is_file);
    assert!(a.corpus.warnings.iter().any(|w| !w.skipped));
}

#[test]
fn windows_1252_punctuation_becomes_the_right_characters() {
    let a = one_article("windows-1252.txt");
    let text = &a.corpus.articles[0].text;
    assert!(text.contains("4€"), "{text}");
    assert!(text.contains("“It is unavoidable,”"), "{text}");
    assert!(text.contains("operator’s"), "{text}");
}

#[test]
fn utf16_with_a_bom_is_decoded() {
    let a = one_article("utf16-bom.txt");
    let article = &a.corpus.articles[0];
    assert_eq!(article.title.as_deref(), Some("Lighthouse keeper retires"));
    assert!(article.text.contains("“I will miss the sea,”"));
}

#[test]
fn crlf_text_keeps_its_bytes_and_finds_its_headline() {
    let a = one_article("crlf.txt");
    let article = &a.corpus.articles[0];
    assert!(article.text_is_file);
    assert!(article.text.contains("\r\n"));
    assert_eq!(
        article.title.as_deref(),
        Some("Bridge repairs finish early")
    );
    assert!(a.docs[0].sentences.len() >= 2);
}

#[test]
fn lone_cr_line_ends_separate_the_headline_from_the_body() {
    let a = one_article("lone-cr.txt");
    let article = &a.corpus.articles[0];
    assert!(article.text_is_file);
    assert_eq!(article.title.as_deref(), Some("School roof collapses"));
}

#[test]
fn html_with_no_body_is_named_or_loaded_never_lost() {
    let corpus = load_case("no-body.html");
    if corpus.articles.is_empty() {
        assert!(!warning_for(&corpus, "no-body.html").is_empty());
    } else {
        check_export(&analyze(corpus, &Options::default()));
    }
}

#[test]
fn html_with_ten_thousand_nested_divs_loads_its_paragraph() {
    let a = one_article("nested-divs.html");
    assert!(
        a.corpus.articles[0]
            .text
            .contains("The deepest paragraph says the canal will reopen in spring.")
    );
}

#[test]
fn malformed_jsonl_lines_are_named_and_the_good_lines_load() {
    let corpus = load_case("malformed.jsonl");
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["tram-1", "tram-2"]);
    for line in [":2", ":5"] {
        assert!(
            corpus.warnings.iter().any(|w| w.path.ends_with(line)),
            "no warning for line {line}: {:#?}",
            corpus.warnings
        );
    }
    check_export(&analyze(corpus, &Options::default()));
}

#[test]
fn a_truncated_jsonl_file_keeps_its_complete_lines() {
    let corpus = load_case("truncated.jsonl");
    assert_eq!(corpus.articles.len(), 1);
    assert_eq!(corpus.articles[0].id, "orchard-1");
    assert!(corpus.warnings.iter().any(|w| w.path.ends_with(":2")));
}

#[test]
fn the_same_article_twice_loads_twice_and_aligns_verbatim() {
    let h = hostile_folder();
    let corpus = load(&[h.join("twice-first.txt"), h.join("twice-second.txt")]);
    assert_eq!(corpus.articles.len(), 2);
    let analysis = analyze(corpus, &Options::default());
    check_export(&analysis);
    assert!(!analysis.overlaps.is_empty());
    assert!(
        analysis.shared.iter().all(|&s| s > 0.9),
        "{:?}",
        analysis.shared
    );
}

#[test]
fn a_single_article_has_no_pairs_and_no_trouble() {
    let a = one_article("twice-first.txt");
    assert!(a.overlaps.is_empty());
    assert!(a.discrepancies.is_empty());
}

#[test]
fn three_hundred_short_articles_all_load() {
    let corpus = load_case("three-hundred");
    assert!(corpus.warnings.is_empty(), "{:#?}", corpus.warnings);
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    let expected: Vec<String> = (0..300).map(short_article_id).collect();
    assert_eq!(ids, expected);
    check_export(&analyze(corpus, &Options::default()));
}

#[test]
fn unbalanced_quote_marks_keep_statements_inside_the_text() {
    one_article("unbalanced-quotes.txt");
}

#[test]
fn a_quote_that_never_closes_does_not_swallow_the_article() {
    let a = one_article("unclosed-quote.txt");
    let text = &a.corpus.articles[0].text;
    for s in &a.statements {
        assert!(
            s.content.len() < text.len() / 2,
            "a statement covers most of the article: {:?}",
            s.content.slice(text)
        );
    }
}

#[test]
fn a_one_megabyte_line_loads_and_analyses() {
    let a = one_article("one-megabyte-line.txt");
    assert!(a.corpus.articles[0].text.len() >= 1 << 20);
    assert!(a.docs[0].sentences.len() > 1_000);
}

#[test]
fn ten_thousand_sentences_without_punctuation_analyse_against_an_edited_copy() {
    let h = hostile_folder();
    let corpus = load(&[
        h.join("no-punctuation.txt"),
        h.join("no-punctuation-edited.txt"),
    ]);
    assert_eq!(corpus.articles.len(), 2);
    let analysis = analyze(corpus, &Options::default());
    check_export(&analysis);
}

#[test]
fn cyrillic_names_and_combining_marks_keep_spans_on_boundaries() {
    for name in ["cyrillic-names.txt", "combining-diacritics.txt"] {
        let a = one_article(name);
        assert!(a.corpus.articles[0].text_is_file, "{name}");
    }
}

#[test]
fn zero_width_and_bidi_controls_keep_spans_on_boundaries() {
    let a = one_article("zero-width-and-bidi.txt");
    assert!(a.docs[0].sentences.len() >= 2);
}

#[test]
fn control_characters_in_titles_still_export_valid_json() {
    let a = one_article("control-title.json");
    let doc = check_export(&a);
    let title = doc["articles"][0]["title"].as_str().unwrap_or_default();
    assert_eq!(Some(title), a.corpus.articles[0].title.as_deref());
    assert!(title.starts_with("Tunnel"));
}

#[test]
fn a_symlink_loop_is_named_and_not_followed_forever() {
    let corpus = load_case("loop");
    let message = warning_for(&corpus, "back-up");
    assert!(message.contains("loop"), "{message}");
}

#[test]
fn an_unreadable_file_is_named_with_the_reason() {
    let h: &HostileFolder = hostile_folder();
    let corpus = load_case("unreadable.txt");
    if h.unreadable_is_unreadable {
        assert!(corpus.articles.is_empty());
        let message = warning_for(&corpus, "unreadable.txt");
        assert!(message.contains("ermission"), "{message}");
    } else {
        // Running with root privileges: the file is readable after all, so it must load.
        assert_eq!(corpus.articles.len(), 1);
    }
}

#[test]
fn a_folder_with_nothing_loadable_says_so() {
    let corpus = load_case("nothing-loadable");
    assert!(corpus.articles.is_empty());
    let message = warning_for(&corpus, "nothing-loadable");
    assert!(message.contains("no articles"), "{message}");
}

#[test]
fn a_file_over_the_size_limit_is_skipped_with_a_message_naming_the_flag() {
    // A sparse 50 MB file: the limit is checked before reading, so its content does not
    // matter here (the benchmark loads a real one).
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("fifty-megabytes.txt");
    let file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("{e}"));
    file.set_len(50 << 20).unwrap_or_else(|e| panic!("{e}"));
    let options = LoadOptions {
        max_file_size: 16 << 20,
        ..LoadOptions::default()
    };
    let corpus = load_paths(&[path], &options);
    assert!(corpus.articles.is_empty());
    let message = warning_for(&corpus, "fifty-megabytes.txt");
    assert!(message.contains("--max-file-size"), "{message}");
    assert!(message.contains("not truncated"), "{message}");
    assert!(message.contains("50.0 MiB"), "{message}");
}

#[test]
fn the_whole_hostile_folder_loads_every_good_article_and_names_every_bad_file() {
    let h = hostile_folder();
    let corpus = load(&[h.path().to_path_buf()]);
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    for good in readable_article_ids() {
        assert!(ids.contains(&good.as_str()), "{good} missing from {ids:?}");
    }
    for (bad, _reason) in REFUSED {
        warning_for(&corpus, bad);
    }
    if h.unreadable_is_unreadable {
        warning_for(&corpus, "unreadable.txt");
    }
}
