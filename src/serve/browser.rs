//! The browser as a [`SessionApp`]: what `crosscheck serve` shows each client.

use super::app::{SessionApp, SessionTerminal};
use std::sync::Arc;

/// The app every session runs.
pub fn app() -> Arc<dyn SessionApp> {
    Arc::new(run_browser)
}

/// Runs the terminal browser on one client's terminal until the user quits.
fn run_browser(_terminal: SessionTerminal) -> anyhow::Result<()> {
    anyhow::bail!("the browser is not built yet")
}
