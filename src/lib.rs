//! crosscheck: cross-check several news articles about one story.
//!
//! Data flows one way: files → [`corpus`] → [`analysis`] → app state ([`tui`]) → views, and the
//! JSON [`export`] is a sibling of the views fed by the same [`analysis::Analysis`].
//! `corpus`, `analysis` and `export` never touch the terminal.

// Input-dependent code must not panic: every unwrap or expect outside tests is either
// removed or carries a comment saying why it cannot fail.
#![cfg_attr(not(test), warn(clippy::unwrap_used, clippy::expect_used))]

pub mod analysis;
pub mod cli;
pub mod corpus;
pub mod export;
pub mod serve;
pub mod tui;
