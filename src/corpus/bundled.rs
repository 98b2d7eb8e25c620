//! The bundled story, compiled into the binary so `crosscheck` works from any directory.

use super::Corpus;
use super::text::article_from_text;

/// The story shipped in `data/`, as (path, contents).
const FILES: &[(&str, &str)] = &[
    (
        "data/kosovo-border-2023/000_3d3bcd785774642f.txt",
        include_str!("../../data/kosovo-border-2023/000_3d3bcd785774642f.txt"),
    ),
    (
        "data/kosovo-border-2023/001_ced1f27af9841304.txt",
        include_str!("../../data/kosovo-border-2023/001_ced1f27af9841304.txt"),
    ),
    (
        "data/kosovo-border-2023/002_03079551f3923d2c.txt",
        include_str!("../../data/kosovo-border-2023/002_03079551f3923d2c.txt"),
    ),
    (
        "data/kosovo-border-2023/003_8de7d5a0c3177475.txt",
        include_str!("../../data/kosovo-border-2023/003_8de7d5a0c3177475.txt"),
    ),
    (
        "data/kosovo-border-2023/004_6bf24c179cb4c4ed.txt",
        include_str!("../../data/kosovo-border-2023/004_6bf24c179cb4c4ed.txt"),
    ),
];

/// The bundled story as a corpus.
pub fn bundled() -> Corpus {
    let articles = FILES
        .iter()
        .map(|(path, text)| {
            let id = path
                .rsplit('/')
                .next()
                .unwrap_or(path)
                .trim_end_matches(".txt")
                .to_string();
            article_from_text(id, path.to_string(), text.to_string(), true)
        })
        .collect();
    Corpus {
        articles,
        warnings: Vec::new(),
    }
}
