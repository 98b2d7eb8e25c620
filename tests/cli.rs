//! The real binary: exit codes and messages for good and bad input.

use std::process::Command;

fn crosscheck() -> Command {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
}

#[test]
fn export_without_paths_exports_the_bundled_story() {
    let out = crosscheck().arg("export").output().expect("runs");
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["articles"].as_array().map(Vec::len), Some(5));
    assert!(
        doc["articles"][0]["path"]
            .as_str()
            .unwrap()
            .starts_with("data/")
    );
}

#[test]
fn a_missing_path_is_named_and_exits_2() {
    let out = crosscheck()
        .args(["export", "no/such/place.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no/such/place.txt"),
        "stderr names the path: {err}"
    );
}

#[test]
fn a_folder_with_no_articles_exits_2_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.bin"), [0u8, 1, 2]).unwrap();
    let out = crosscheck()
        .arg("export")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no articles"));
}

#[test]
fn some_good_files_export_with_warnings_and_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Mayor Ana Lind said the ferry would run on Monday.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let out = crosscheck()
        .arg("export")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["articles"].as_array().map(Vec::len), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("empty.txt"),
        "the empty file is named"
    );
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    let out = crosscheck()
        .args(["export", "--frobnicate"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}
