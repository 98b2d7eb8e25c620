//! One running app per SSH session: its thread, its input task and its output writer.
//!
//! The app is synchronous (it blocks on its event receiver), so it gets a thread of its own;
//! the network side stays async. Input bytes go through a small bounded queue to the input task,
//! which parses them and applies the rate limit; when that task waits, the queue fills and the
//! SSH connection stops reading from this client only. Output goes through the [`Outbox`].

use super::app::{SessionApp, SessionEvent, SessionTerminal};
use super::backend::{SharedSize, SshBackend};
use super::input::{ESC_TIMEOUT, InputParser};
use super::outbox::Outbox;
use super::ratelimit::TokenBucket;
use crate::analysis::Analysis;
use russh::ChannelId;
use russh::server::{Handle, Msg};
use std::sync::mpsc::{SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;
use tokio::sync::{mpsc, oneshot, watch};
use tracing::{debug, info, warn};

/// Largest backlog of frames per session before it is replaced by a repaint.
pub const OUTBOX_CAP: usize = 256 * 1024;
/// Events waiting for the app; more means the app is stuck, and input is dropped.
const EVENT_QUEUE: usize = 256;
/// Input packets waiting for the parser; a full queue pushes back on the client.
const INPUT_QUEUE: usize = 8;
/// How long the goodbye may take to reach a client before the channel is closed anyway.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(3);

/// Alternate screen, hidden cursor, SGR mouse reports, bracketed paste, clear.
const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[?1000h\x1b[?1002h\x1b[?1006h\x1b[?2004h\x1b[2J";
/// Undoes [`ENTER`] so the client's terminal is left as it was.
const LEAVE: &[u8] = b"\x1b[?2004l\x1b[?1006l\x1b[?1002l\x1b[?1000l\x1b[0m\x1b[?25h\x1b[?1049l";

/// What the client asked for before its shell request.
#[derive(Clone, Debug)]
pub struct SessionRequest {
    pub term: String,
    pub width: u16,
    pub height: u16,
    pub no_color: bool,
    pub colorterm: Option<String>,
    /// Input events per second.
    pub input_rate: u32,
}

/// The connection's hold on a running session.
pub struct SessionControl {
    input: mpsc::Sender<Vec<u8>>,
    events: SyncSender<SessionEvent>,
    size: SharedSize,
    farewell: Arc<Mutex<Option<String>>>,
    finished: watch::Receiver<bool>,
    outbox: Arc<Outbox>,
}

impl SessionControl {
    /// Passes client bytes to the parser; waits while the parser is behind (backpressure).
    pub async fn input(&self, bytes: &[u8]) {
        let _ = self.input.send(bytes.to_vec()).await;
    }

    /// The client's window changed.
    pub fn resize(&self, width: u16, height: u16) {
        self.size.set(width, height);
        let _ = self.events.try_send(SessionEvent::Resize(width, height));
    }

    /// Asks the app to stop; `farewell` (if any) is shown after the screen is restored.
    pub fn end(&self, farewell: Option<&str>) {
        if let Some(text) = farewell {
            let mut slot = self.farewell.lock().unwrap_or_else(|p| p.into_inner());
            slot.get_or_insert_with(|| text.to_string());
        }
        let _ = self.events.try_send(SessionEvent::Terminate);
    }

    /// Waits until the session has closed its channel, at most `limit`; true if it has.
    pub async fn wait_finished(&self, limit: Duration) -> bool {
        let mut finished = self.finished.clone();
        tokio::time::timeout(limit, finished.wait_for(|done| *done))
            .await
            .is_ok_and(|r| r.is_ok())
    }

    pub fn is_finished(&self) -> bool {
        *self.finished.borrow()
    }

    /// Bytes waiting for this client right now.
    pub fn backlog(&self) -> usize {
        self.outbox.backlog()
    }
}

/// Starts the app for one session on `channel` and returns the connection's hold on it.
pub fn start(
    app: Arc<dyn SessionApp>,
    analysis: Arc<Analysis>,
    request: SessionRequest,
    channel: russh::ChannelWriteHalf<Msg>,
    handle: Handle,
) -> SessionControl {
    let outbox = Arc::new(Outbox::new(OUTBOX_CAP));
    outbox.push(ENTER);
    let size = SharedSize::new(request.width, request.height);
    let (events_tx, events_rx) = sync_channel(EVENT_QUEUE);
    let (input_tx, input_rx) = mpsc::channel(INPUT_QUEUE);
    let (finished_tx, finished_rx) = watch::channel(false);
    let farewell = Arc::new(Mutex::new(None));
    let terminal = SessionTerminal {
        analysis,
        backend: SshBackend::new(size.clone(), outbox.clone()),
        events: events_rx,
        width: request.width,
        height: request.height,
        term: request.term.clone(),
        colorterm: request.colorterm.clone(),
        no_color: request.no_color,
    };
    tokio::spawn(read_input(input_rx, events_tx.clone(), request.input_rate));
    let writer = tokio::spawn(write_output(outbox.clone(), channel.make_writer()));
    let app_done = run_app_thread(app, terminal);
    let ending = Ending {
        outbox: outbox.clone(),
        farewell: farewell.clone(),
        handle,
        channel: channel.id(),
    };
    tokio::spawn(finish(app_done, writer, ending, finished_tx));
    SessionControl {
        input: input_tx,
        events: events_tx,
        size,
        farewell,
        finished: finished_rx,
        outbox,
    }
}

/// How the app ended.
enum Outcome {
    Quit,
    Failed(String),
}

/// Runs the app on its own thread; the receiver resolves when it returns (or panics).
fn run_app_thread(
    app: Arc<dyn SessionApp>,
    terminal: SessionTerminal,
) -> oneshot::Receiver<Outcome> {
    let (done_tx, done_rx) = oneshot::channel();
    let spawned = std::thread::Builder::new()
        .name("crosscheck-session".into())
        .spawn(move || {
            let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| app.run(terminal)));
            let outcome = match run {
                Ok(Ok(())) => Outcome::Quit,
                Ok(Err(e)) => Outcome::Failed(format!("{e:#}")),
                Err(_) => Outcome::Failed("the app panicked".into()),
            };
            let _ = done_tx.send(outcome);
        });
    if let Err(e) = spawned {
        warn!(error = %e, "could not start a session thread");
    }
    done_rx
}

/// Parses input with the Esc timeout and the rate limit, and forwards events to the app.
async fn read_input(
    mut bytes: mpsc::Receiver<Vec<u8>>,
    events: SyncSender<SessionEvent>,
    rate: u32,
) {
    let mut parser = InputParser::new();
    let mut bucket = TokenBucket::new(rate, rate.saturating_mul(2), Instant::now());
    let mut parsed = Vec::new();
    let mut throttled = false;
    loop {
        let next = if parser.has_pending() {
            match tokio::time::timeout(ESC_TIMEOUT, bytes.recv()).await {
                Ok(received) => received.map(Some),
                Err(_) => Some(None),
            }
        } else {
            bytes.recv().await.map(Some)
        };
        match next {
            None => return,
            Some(Some(chunk)) => parser.feed(&chunk, &mut parsed),
            Some(None) => parser.flush_pending(&mut parsed),
        }
        for event in parsed.drain(..) {
            let wait = bucket.wait_time(Instant::now());
            if !wait.is_zero() {
                if !throttled {
                    info!(rate, "input over the rate limit; slowing this client down");
                    throttled = true;
                }
                tokio::time::sleep(wait).await;
            }
            bucket.try_take(Instant::now());
            match events.try_send(SessionEvent::Input(event)) {
                Ok(()) => {}
                Err(TrySendError::Full(_)) => debug!("app is behind; input event dropped"),
                Err(TrySendError::Disconnected(_)) => return,
            }
        }
    }
}

/// Sends whatever the outbox holds, as fast as the client's window allows.
async fn write_output(outbox: Arc<Outbox>, mut writer: impl tokio::io::AsyncWrite + Unpin) {
    while let Some(bytes) = outbox.take().await {
        if writer.write_all(&bytes).await.is_err() || writer.flush().await.is_err() {
            return;
        }
    }
}

/// What is needed to close a session once its app has returned.
struct Ending {
    outbox: Arc<Outbox>,
    farewell: Arc<Mutex<Option<String>>>,
    handle: Handle,
    channel: ChannelId,
}

/// After the app returns: restore the client's screen, say goodbye, send the exit status and
/// close the channel. A user's quit gives status 0; a session ended by the server or an app
/// error gives 1.
async fn finish(
    app_done: oneshot::Receiver<Outcome>,
    writer: tokio::task::JoinHandle<()>,
    ending: Ending,
    finished: watch::Sender<bool>,
) {
    let outcome = app_done
        .await
        .unwrap_or(Outcome::Failed("the session thread was lost".into()));
    let farewell = ending
        .farewell
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let mut last = LEAVE.to_vec();
    let status = match (&outcome, &farewell) {
        (Outcome::Quit, None) => 0,
        (Outcome::Quit, Some(text)) => {
            last.extend_from_slice(format!("{text}\r\n").as_bytes());
            1
        }
        (Outcome::Failed(error), _) => {
            warn!(%error, "session app failed");
            last.extend_from_slice(b"crosscheck: the session ended with an error\r\n");
            1
        }
    };
    ending.outbox.close_with(&last);
    if tokio::time::timeout(DRAIN_TIMEOUT, writer).await.is_err() {
        debug!("client did not take the last frame in time");
    }
    let handle = &ending.handle;
    let close = async {
        let _ = handle.exit_status_request(ending.channel, status).await;
        let _ = handle.eof(ending.channel).await;
        let _ = handle.close(ending.channel).await;
    };
    let _ = tokio::time::timeout(DRAIN_TIMEOUT, close).await;
    info!(status, "session ended");
    let _ = finished.send(true);
}
