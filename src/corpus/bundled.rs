//! The bundled story, compiled into the binary so `crosscheck` works from any directory and
//! after `cargo install`. It goes through the same code as loading its folder from disk
//! ([`load::load_embedded`]), manifest included, so `crosscheck` with no arguments shows exactly
//! what `crosscheck data/<story>` shows.

use super::Corpus;
use super::load;

/// Where the story lives in the source tree; articles are shown under this path.
pub const FOLDER: &str = "data/kosovo-border-2023";

/// The story's article files, as (file name, bytes).
pub const FILES: &[(&str, &[u8])] = &[
    (
        "000_3d3bcd785774642f.txt",
        include_bytes!("../../data/kosovo-border-2023/000_3d3bcd785774642f.txt"),
    ),
    (
        "001_ced1f27af9841304.txt",
        include_bytes!("../../data/kosovo-border-2023/001_ced1f27af9841304.txt"),
    ),
    (
        "002_03079551f3923d2c.txt",
        include_bytes!("../../data/kosovo-border-2023/002_03079551f3923d2c.txt"),
    ),
    (
        "003_8de7d5a0c3177475.txt",
        include_bytes!("../../data/kosovo-border-2023/003_8de7d5a0c3177475.txt"),
    ),
    (
        "004_6bf24c179cb4c4ed.txt",
        include_bytes!("../../data/kosovo-border-2023/004_6bf24c179cb4c4ed.txt"),
    ),
];

/// The story's manifest: what is known of each source.
pub const MANIFEST: (&str, &str) = (
    "manifest.toml",
    include_str!("../../data/kosovo-border-2023/manifest.toml"),
);

/// The bundled story as a corpus.
pub fn bundled() -> Corpus {
    load::load_embedded(FOLDER, FILES, Some(MANIFEST))
}
