//! Structured logs for the server, on standard error.
//!
//! `RUST_LOG` picks the level (default `info`); each line carries the connection id and peer.

use tracing_subscriber::EnvFilter;

/// Installs the log subscriber; a second call (tests) leaves the first in place.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}
