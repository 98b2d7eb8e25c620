//! The optional per-folder manifest with what is known of each source.
