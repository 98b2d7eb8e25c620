//! crosscheck: cross-check several news articles about one story.
//!
//! Data flows one way: files → [`corpus`] → [`analysis`] → app state ([`tui`]) → views, and the
//! JSON [`export`] is a sibling of the views fed by the same [`analysis::Analysis`].
//! `corpus`, `analysis` and `export` never touch the terminal.

pub mod analysis;
pub mod cli;
pub mod corpus;
pub mod export;
pub mod serve;
pub mod tui;
