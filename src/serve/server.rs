//! The accept loop and each connection's watchdog.
//!
//! russh would accept every connection and keep it as long as the client likes, so the server
//! owns the loop: each socket is admitted (session and per-address caps, login bans) before russh
//! sees it, and a watchdog per connection enforces the login deadline, the idle timeout and the
//! session lifetime, and says goodbye on shutdown. A duplicate of the socket lets the watchdog
//! cut off a client that no longer reads, so it cannot pin its connection open.

use super::admission::Refusal;
use super::connection::ConnState;
use super::handler::{ConnectionHandler, RefusingHandler, Shared};
use russh::Disconnect;
use russh::server::{Config, Handle};
use std::future::Future;
use std::net::{Shutdown, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;
use tracing::{Instrument, debug, info, info_span, warn};

/// How often each watchdog looks at its connection.
const WATCH_INTERVAL: Duration = Duration::from_millis(500);
/// How long a goodbye may take before the socket is cut.
const GOODBYE_GRACE: Duration = Duration::from_secs(3);
/// Refusals explained over SSH at once; beyond this, refused sockets just get the text line.
const MAX_POLITE_REFUSALS: usize = 32;
/// The longest a refusal may take.
const REFUSAL_TIME: Duration = Duration::from_secs(3);
/// What clients are told when the server stops.
pub const SHUTDOWN_MESSAGE: &str = "crosscheck: the server is shutting down; goodbye";

/// Serves connections from `listener` until `shutdown` resolves, then says goodbye to every
/// session and waits (briefly) for them to close.
pub async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    config: Arc<Config>,
    shutdown: impl Future<Output = ()>,
) {
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut next_id: u64 = 0;
    let refusal_slots = Arc::new(Semaphore::new(MAX_POLITE_REFUSALS));
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    next_id += 1;
                    let span = info_span!("conn", id = next_id, peer = %peer);
                    match shared.admission.admit(peer.ip(), Instant::now()) {
                        Ok(ticket) => {
                            let task = connection(stream, peer, shared.clone(), config.clone(), stop_rx.clone());
                            connections.spawn(async move { task.await; drop(ticket); }.instrument(span));
                        }
                        Err(refusal) => {
                            span.in_scope(|| warn!(reason = %refusal, "connection refused"));
                            tokio::spawn(refuse(stream, refusal, config.clone(), refusal_slots.clone()));
                        }
                    }
                }
                Err(e) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            },
        }
    }
    info!(sessions = connections.len(), "shutting down");
    let _ = stop_tx.send(true);
    let all_closed = async { while connections.join_next().await.is_some() {} };
    if tokio::time::timeout(GOODBYE_GRACE * 3, all_closed)
        .await
        .is_err()
    {
        warn!("some connections did not close in time");
    }
}

/// Tells a refused client why, then closes. The reason goes out twice: as a text line before
/// the SSH version (RFC 4253 allows such lines; simple clients show them) and, when few refusals
/// are in flight, as an SSH disconnect message right after the version exchange, which OpenSSH
/// prints ("Received disconnect … the server is full"). No key exchange or login happens.
async fn refuse(
    mut stream: TcpStream,
    refusal: Refusal,
    config: Arc<Config>,
    slots: Arc<Semaphore>,
) {
    let line = format!("crosscheck: {refusal}\r\n");
    let Ok(_slot) = slots.try_acquire_owned() else {
        // Under a flood: one non-blocking write, then drop the socket.
        let _ = stream.try_write(line.as_bytes());
        return;
    };
    let reason = match refusal {
        Refusal::Banned { .. } => Disconnect::HostNotAllowedToConnect,
        Refusal::ServerFull { .. } | Refusal::AddressFull { .. } => Disconnect::TooManyConnections,
    };
    let polite = async {
        stream.write_all(line.as_bytes()).await.ok()?;
        let session = russh::server::run_stream(config, stream, RefusingHandler)
            .await
            .ok()?;
        let text = format!("crosscheck: {refusal}");
        session
            .handle()
            .disconnect(reason, text, String::new())
            .await
            .ok()?;
        session.await.ok()
    };
    let _ = tokio::time::timeout(REFUSAL_TIME, polite).await;
}

/// Runs one admitted connection to its end.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    shared: Arc<Shared>,
    config: Arc<Config>,
    stop: watch::Receiver<bool>,
) {
    let _ = stream.set_nodelay(true);
    let cutter = match stream.into_std().and_then(|s| Ok((s.try_clone()?, s))) {
        Ok((cutter, std_stream)) => match TcpStream::from_std(std_stream) {
            Ok(stream) => Some((cutter, stream)),
            Err(e) => {
                warn!(error = %e, "could not register the connection");
                None
            }
        },
        Err(e) => {
            warn!(error = %e, "could not prepare the connection");
            None
        }
    };
    let Some((cutter, stream)) = cutter else {
        return;
    };
    info!("connected");
    let conn = Arc::new(ConnState::new(peer, Instant::now()));
    let handler = ConnectionHandler::new(shared.clone(), conn.clone());
    let limits = &shared.limits;
    let started = tokio::time::timeout(
        limits.auth_timeout,
        russh::server::run_stream(config, stream, handler),
    )
    .await;
    let session = match started {
        Ok(Ok(session)) => session,
        Ok(Err(e)) => {
            info!(error = %e, "handshake failed");
            return;
        }
        Err(_) => {
            warn!(
                reason = "no SSH handshake before the login deadline",
                "connection dropped"
            );
            let _ = cutter.shutdown(Shutdown::Both);
            return;
        }
    };
    let handle = session.handle();
    let watch = Watchdog {
        conn: &conn,
        shared: &shared,
        handle,
        cutter,
    };
    watch.run(session, stop).await;
    info!(seconds = conn.started.elapsed().as_secs(), "disconnected");
}

/// Enforces one connection's deadlines while its SSH session runs.
struct Watchdog<'a> {
    conn: &'a ConnState,
    shared: &'a Shared,
    handle: Handle,
    cutter: std::net::TcpStream,
}

impl Watchdog<'_> {
    async fn run<F, E>(self, session: F, mut stop: watch::Receiver<bool>)
    where
        F: Future<Output = Result<(), E>>,
        E: std::fmt::Display,
    {
        tokio::pin!(session);
        let mut tick = tokio::time::interval(WATCH_INTERVAL);
        let reason = loop {
            tokio::select! {
                result = &mut session => {
                    if let Err(e) = result {
                        debug!(error = %e, "session ended with an error");
                    }
                    return;
                }
                _ = stop.changed() => break SHUTDOWN_MESSAGE.to_string(),
                _ = tick.tick() => {
                    if let Some(reason) = self.expired(Instant::now()) {
                        break reason;
                    }
                    if self.conn.session().is_some_and(|s| s.is_finished()) {
                        // The app ended (the user quit); give the client a moment to hang up.
                        if tokio::time::timeout(GOODBYE_GRACE, &mut session).await.is_ok() {
                            return;
                        }
                        break "crosscheck: session over".to_string();
                    }
                }
            }
        };
        info!(reason = %reason, "ending the connection");
        self.goodbye(&reason).await;
        if tokio::time::timeout(GOODBYE_GRACE, &mut session)
            .await
            .is_err()
        {
            warn!("client did not hang up; cutting the connection");
            let _ = self.cutter.shutdown(Shutdown::Both);
            let _ = tokio::time::timeout(GOODBYE_GRACE, &mut session).await;
        }
    }

    /// Which deadline (if any) has passed.
    fn expired(&self, now: Instant) -> Option<String> {
        let limits = &self.shared.limits;
        let age = now.saturating_duration_since(self.conn.started);
        if !self.conn.is_authenticated() {
            return (age > limits.auth_timeout)
                .then(|| "crosscheck: no login before the deadline".to_string());
        }
        if age > limits.max_session_time {
            return Some(format!(
                "crosscheck: sessions last at most {} min; goodbye",
                limits.max_session_time.as_secs() / 60
            ));
        }
        let idle = now.saturating_duration_since(self.conn.last_input());
        (idle > limits.idle_timeout).then(|| {
            format!(
                "crosscheck: idle for {} s; goodbye",
                limits.idle_timeout.as_secs()
            )
        })
    }

    /// Ends the app with a message on screen, then disconnects with the same reason.
    async fn goodbye(&self, reason: &str) {
        if let Some(control) = self.conn.session() {
            control.end(Some(reason));
            control.wait_finished(GOODBYE_GRACE).await;
        }
        let disconnect =
            self.handle
                .disconnect(Disconnect::ByApplication, reason.to_string(), String::new());
        let _ = tokio::time::timeout(Duration::from_secs(1), disconnect).await;
    }
}
