//! `crosscheck serve`: an SSH server that gives every client its own live copy of the browser.
//!
//! The corpus is analysed once; each connection gets its own app, terminal and colours, fed by
//! its SSH channel. The pieces, from the outside in: [`server`] (accept loop, limits, watchdog),
//! [`handler`] (SSH requests and logins), [`session`] (one app thread per session), [`input`]
//! (bytes to key events), [`backend`] and [`outbox`] (frames out, latest frame wins).

pub mod admission;
pub mod app;
pub mod auth;
pub mod backend;
pub mod browser;
pub mod config;
pub mod connection;
pub mod handler;
pub mod hostkey;
pub mod input;
pub mod logging;
pub mod outbox;
pub mod ratelimit;
pub mod server;
pub mod session;

pub use app::{SessionApp, SessionEvent, SessionTerminal};
pub use config::{Access, Limits, ServeConfig};

use crate::analysis::Analysis;
use admission::Admission;
use anyhow::{Context, Result};
use auth::Gate;
use handler::Shared;
use russh::keys::PrivateKey;
use russh::{MethodKind, MethodSet};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tracing::{info, warn};

/// A server ready to accept: the listener is bound and the key loaded.
pub struct Prepared {
    pub listener: TcpListener,
    shared: Arc<Shared>,
    ssh: Arc<russh::server::Config>,
}

impl Prepared {
    /// The address actually bound (useful with port 0).
    pub fn local_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` resolves.
    pub async fn serve(self, shutdown: impl Future<Output = ()>) {
        server::serve(self.listener, self.shared, self.ssh, shutdown).await;
    }
}

/// Checks the configuration, loads or creates the host key, reads the authorized keys and binds
/// the listener. Must run inside a tokio runtime.
pub async fn prepare(
    config: &ServeConfig,
    analysis: Arc<Analysis>,
    app: Arc<dyn SessionApp>,
) -> Result<Prepared> {
    config.validate()?;
    let key_path = match &config.host_key {
        Some(path) => path.clone(),
        None => hostkey::default_path()
            .context("no data directory for the host key; pass --host-key")?,
    };
    let (key, created) = hostkey::load_or_create(&key_path)?;
    if created {
        info!(path = %key_path.display(), "generated a new host key");
    }
    let gate = match &config.access {
        Access::Open => Gate::Open,
        Access::AuthorizedKeys(path) => {
            let (keys, warnings) = auth::read_authorized_keys(path)?;
            for w in warnings {
                warn!(file = %path.display(), "{w}");
            }
            anyhow::ensure!(!keys.is_empty(), "no usable key in {}", path.display());
            Gate::Keys(keys)
        }
    };
    let limits = config.limits.clone();
    let admission = Admission::new(
        limits.max_sessions,
        limits.max_per_address,
        limits.max_auth_failures_per_address,
        limits.auth_ban,
    );
    let ssh = Arc::new(ssh_config(key, &gate, &limits));
    let shared = Arc::new(Shared {
        app,
        analysis,
        gate,
        admission,
        limits,
    });
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("listening on {}", config.listen))?;
    Ok(Prepared {
        listener,
        shared,
        ssh,
    })
}

/// russh settings: only the login method in use is offered, failed logins are slowed to one a
/// second and capped per connection, and dead clients are found by keepalives.
fn ssh_config(key: PrivateKey, gate: &Gate, limits: &Limits) -> russh::server::Config {
    let mut methods = MethodSet::empty();
    methods.push(if gate.allows_anyone() {
        MethodKind::None
    } else {
        MethodKind::PublicKey
    });
    russh::server::Config {
        server_id: russh::SshId::Standard(
            format!("SSH-2.0-crosscheck_{}", env!("CARGO_PKG_VERSION")).into(),
        ),
        methods,
        keys: vec![key],
        auth_rejection_time: Duration::from_secs(1),
        auth_rejection_time_initial: Some(Duration::ZERO),
        max_auth_attempts: limits.max_auth_attempts,
        inactivity_timeout: None,
        keepalive_interval: Some(Duration::from_secs(30)),
        keepalive_max: 4,
        nodelay: true,
        ..Default::default()
    }
}

/// Runs `crosscheck serve` until SIGTERM or Ctrl-C: builds the runtime, prints where to
/// connect, serves, and says goodbye to every session on the way out.
pub fn run(config: ServeConfig, analysis: Arc<Analysis>, app: Arc<dyn SessionApp>) -> Result<()> {
    // Colour is decided per session (by its theme), never by the server's own NO_COLOR.
    crossterm::style::force_color_output(true);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async {
        let prepared = prepare(&config, analysis, app).await?;
        let addr = prepared.local_addr()?;
        info!(%addr, "listening");
        eprintln!(
            "crosscheck: serving on {addr}; connect with: ssh -p {} {}",
            addr.port(),
            addr.ip()
        );
        prepared.serve(termination()).await;
        Ok(())
    })
}

/// Resolves on SIGTERM or Ctrl-C (SIGINT).
async fn termination() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
                return;
            }
            Err(e) => warn!(error = %e, "cannot watch SIGTERM; only Ctrl-C stops the server"),
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
