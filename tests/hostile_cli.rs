//! The real binary on the hostile folder: exit status, one warning per bad file on stderr, and
//! every good article in the export.

#[path = "support/hostile.rs"]
mod hostile;

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn export(args: &[&str], paths: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("export")
        .args(args)
        .args(paths)
        .output()
        .unwrap_or_else(|e| panic!("cannot run crosscheck: {e}"))
}

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

/// The stderr line naming `path_end` (a file name, or `name:LINE`), with its reason.
fn line_naming<'a>(lines: &'a [String], path_end: &str, reason: &str) -> &'a str {
    let line = lines
        .iter()
        .find(|l| l.contains(&format!("{path_end}: ")))
        .unwrap_or_else(|| panic!("stderr does not name {path_end}: {lines:#?}"));
    assert!(
        line.to_lowercase().contains(&reason.to_lowercase()),
        "{path_end}: no '{reason}' in {line}"
    );
    line
}

#[test]
fn exporting_the_hostile_folder_exits_0_names_each_bad_file_and_keeps_every_good_article() {
    let h = hostile::hostile_folder();
    let out = export(&[], &[h.path()]);
    let lines = stderr_lines(&out);
    assert_eq!(out.status.code(), Some(0), "{lines:#?}");
    for (bad, reason) in hostile::REFUSED {
        line_naming(&lines, bad, reason);
    }
    line_naming(&lines, "latin1.txt", "warning");
    if h.unreadable_is_unreadable {
        line_naming(&lines, "unreadable.txt", "permission");
    }
    let doc: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("stdout is not JSON: {e}"));
    let ids: Vec<&str> = doc["articles"]
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["id"].as_str()).collect())
        .unwrap_or_default();
    for id in hostile::readable_article_ids() {
        assert!(
            ids.contains(&id.as_str()),
            "{id} is missing from the export"
        );
    }
    let warnings = doc["warnings"].as_array().map_or(0, Vec::len);
    assert!(
        warnings >= 10,
        "the export lists the warnings too: {warnings}"
    );
}

#[test]
fn exporting_a_folder_with_nothing_loadable_exits_2_and_says_why() {
    let h = hostile::hostile_folder();
    let out = export(&[], &[&h.join("nothing-loadable"), &h.join("empty.txt")]);
    let lines = stderr_lines(&out);
    assert_eq!(out.status.code(), Some(2), "{lines:#?}");
    assert!(out.stdout.is_empty(), "no document when nothing loaded");
    line_naming(&lines, "nothing-loadable", "no articles");
    line_naming(&lines, "empty.txt", "empty");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("no articles could be loaded")),
        "{lines:#?}"
    );
}

#[test]
fn a_size_limit_from_the_command_line_skips_big_files_with_a_message() {
    let h = hostile::hostile_folder();
    let out = export(
        &["--max-file-size", "64K"],
        &[&h.join("one-megabyte-line.txt"), &h.join("crlf.txt")],
    );
    let lines = stderr_lines(&out);
    assert_eq!(out.status.code(), Some(0), "{lines:#?}");
    line_naming(&lines, "one-megabyte-line.txt", "--max-file-size");
    let doc: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("stdout is not JSON: {e}"));
    assert_eq!(doc["articles"].as_array().map_or(0, Vec::len), 1);
}

#[test]
fn control_characters_in_a_title_come_out_as_valid_json() {
    let h = hostile::hostile_folder();
    let out = export(&["--pretty"], &[&h.join("control-title.json")]);
    assert_eq!(out.status.code(), Some(0));
    let doc: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("stdout is not JSON: {e}"));
    let title = doc["articles"][0]["title"].as_str().unwrap_or_default();
    assert!(title.starts_with("Tunnel"), "{title:?}");
    assert!(
        !out.stdout
            .iter()
            .any(|&b| b < 0x20 && b != b'\n' && b != b' '),
        "raw control bytes in the JSON output"
    );
}
