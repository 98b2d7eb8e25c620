//! The terminal browser.

use crate::analysis::Analysis;
use std::sync::Arc;

/// Runs the browser in the local terminal until the user quits.
pub fn run_local(_analysis: Arc<Analysis>, _no_color: bool) -> anyhow::Result<()> {
    anyhow::bail!("the browser is not built yet")
}
