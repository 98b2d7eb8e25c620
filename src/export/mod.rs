//! The JSON export (`crosscheck/1`), built from an [`Analysis`] and nothing else.
//!
//! Every span is written as `start`/`end` byte offsets into the article text plus the `text`
//! they cover, so a consumer can check `text == file[start..end]` itself. The document is
//! deterministic: the same input gives the same bytes.

mod model;
pub mod progress_bar;

pub use model::*;

use crate::analysis::Analysis;

/// The schema name written at the top of every export.
pub const SCHEMA: &str = "crosscheck/1";

/// Serialises `analysis` as a `crosscheck/1` document.
pub fn to_json(analysis: &Analysis, pretty: bool) -> String {
    let doc = ExportDoc::from_analysis(analysis);
    let out = if pretty {
        serde_json::to_string_pretty(&doc)
    } else {
        serde_json::to_string(&doc)
    };
    // Serialising plain structs of strings and numbers cannot fail; keep a valid document anyway.
    out.unwrap_or_else(|e| format!("{{\"schema\":\"{SCHEMA}\",\"error\":\"{e}\"}}"))
}
