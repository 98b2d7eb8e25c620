//! UI state, one file per concern; only `update` mutates it.

pub mod actor;
pub mod articles;
pub mod cursor;
pub mod diff;
pub mod diff_layout;
pub mod diff_rows;
pub mod entities;
pub mod filter;
pub mod pictures;
pub mod wrap;
