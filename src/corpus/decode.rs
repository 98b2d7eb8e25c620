//! Bytes to text: UTF-8 (with or without BOM), UTF-16, and Windows-1252 with a warning.
