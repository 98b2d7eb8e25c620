//! Shared by the `serve_*` tests: an in-process server on a free loopback port, a stand-in
//! session app, and a small SSH client.
#![allow(
    dead_code,
    reason = "each test file uses a different part of this module"
)]

use crosscheck::analysis::{self, Analysis};
use crosscheck::corpus::bundled;
use crosscheck::serve::{
    self, Access, Limits, ServeConfig, SessionApp, SessionEvent, SessionTerminal,
};
use crossterm::event::{Event, KeyCode, KeyModifiers};
use ratatui::Terminal;
use ratatui::layout::{Constraint, Direction, Layout};
use ratatui::widgets::{Block, Paragraph};
use russh::client;
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg, PublicKey};
use russh::{ChannelMsg, Disconnect};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use tokio::sync::oneshot;

/// The bundled story, analysed once per test binary.
pub fn analysis() -> Arc<Analysis> {
    static SHARED: OnceLock<Arc<Analysis>> = OnceLock::new();
    SHARED
        .get_or_init(|| {
            Arc::new(analysis::analyze(
                bundled::bundled(),
                &analysis::Options::default(),
            ))
        })
        .clone()
}

/// A small multi-threaded runtime, built the same way for the server's thread and for the
/// clients of each test.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// A server running on its own runtime thread until dropped.
pub struct TestServer {
    pub addr: SocketAddr,
    pub host_key: std::path::PathBuf,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    _dir: Option<tempfile::TempDir>,
}

/// A loopback configuration with a fresh host key path and the given limits.
pub fn config(dir: &std::path::Path, limits: Limits) -> ServeConfig {
    ServeConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        host_key: Some(dir.join("host_key")),
        access: Access::Open,
        allow_open_public: false,
        limits,
    }
}

impl TestServer {
    pub fn start(limits: Limits, app: Arc<dyn SessionApp>) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let config = config(dir.path(), limits);
        let mut server = Self::start_with(config, app);
        server._dir = Some(dir);
        server
    }

    pub fn start_with(config: ServeConfig, app: Arc<dyn SessionApp>) -> Self {
        serve::logging::init();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = oneshot::channel::<()>();
        let host_key = config.host_key.clone().unwrap();
        let thread = std::thread::spawn(move || {
            runtime().block_on(async move {
                let prepared = serve::prepare(&config, analysis(), app).await.unwrap();
                addr_tx.send(prepared.local_addr().unwrap()).unwrap();
                prepared
                    .serve(async {
                        let _ = stopped.await;
                    })
                    .await;
            });
        });
        let addr = addr_rx
            .recv_timeout(Duration::from_secs(30))
            .expect("server started");
        TestServer {
            addr,
            host_key,
            stop: Some(stop),
            thread: Some(thread),
            _dir: None,
        }
    }

    /// Stops the server (goodbye to every session) and waits for it.
    pub fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Limits that keep tests short.
pub fn quick_limits() -> Limits {
    Limits {
        auth_timeout: Duration::from_secs(5),
        input_rate: 10_000,
        ..Limits::default()
    }
}

/// A small app standing in for the browser (it repaints the whole screen every frame): two panes (side by side when wide, stacked when
/// narrow), a key counter and the last key. `q` or Ctrl-C quits.
pub fn stand_in() -> Arc<dyn SessionApp> {
    Arc::new(|t: SessionTerminal| run_stand_in(t, None))
}

/// Like [`stand_in`] but also redraws every millisecond without input, and records the
/// largest output backlog it saw in `max_backlog`.
pub fn busy_stand_in(max_backlog: Arc<AtomicUsize>) -> Arc<dyn SessionApp> {
    Arc::new(move |t: SessionTerminal| run_stand_in(t, Some(max_backlog.clone())))
}

fn run_stand_in(t: SessionTerminal, busy: Option<Arc<AtomicUsize>>) -> anyhow::Result<()> {
    let colour = if t.no_color { "off" } else { "on" };
    let mut terminal = Terminal::new(t.backend)?;
    let (mut keys, mut last, mut ticks) = (0u64, String::from("none"), 0u64);
    loop {
        // A full repaint every frame, so tests can find whole words in the raw output.
        terminal.clear()?;
        terminal.draw(|f| {
            let area = f.area();
            let wide = area.width >= 100;
            let direction = if wide {
                Direction::Horizontal
            } else {
                Direction::Vertical
            };
            let panes = Layout::default()
                .direction(direction)
                .constraints([Constraint::Percentage(50), Constraint::Percentage(50)])
                .split(area);
            let layout = if wide { "side-by-side" } else { "stacked" };
            let status = format!(
                "keys={keys}|last={last}|size={}x{}|layout={layout}|colour={colour}|tick={ticks}",
                area.width, area.height
            );
            f.render_widget(
                Paragraph::new(status).block(Block::bordered().title("LEFT")),
                panes[0],
            );
            f.render_widget(
                Paragraph::new("pane two").block(Block::bordered().title("RIGHT")),
                panes[1],
            );
        })?;
        let event = match &busy {
            Some(max) => {
                let backlog = terminal.backend().backlog();
                max.fetch_max(backlog, Ordering::Relaxed);
                ticks += 1;
                match t.events.recv_timeout(Duration::from_millis(1)) {
                    Ok(e) => e,
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => continue,
                    Err(_) => return Ok(()),
                }
            }
            None => match t.events.recv() {
                Ok(e) => e,
                Err(_) => return Ok(()),
            },
        };
        match event {
            SessionEvent::Input(Event::Key(k)) => {
                let ctrl_c =
                    k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL);
                if k.code == KeyCode::Char('q') || ctrl_c {
                    return Ok(());
                }
                keys += 1;
                last = match k.code {
                    KeyCode::Char(c) => c.to_string(),
                    other => format!("{other:?}"),
                };
            }
            SessionEvent::Terminate => return Ok(()),
            _ => {}
        }
    }
}

/// A client that trusts any host key and remembers it.
pub struct Client {
    pub server_key: Arc<Mutex<Option<PublicKey>>>,
}

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        if let russh::keys::PublicKeyOrCertificate::PublicKey { key, .. } = key {
            *self.server_key.lock().unwrap() = Some(key.clone());
        }
        Ok(true)
    }
}

pub type Conn = client::Handle<Client>;

/// Connects (no login yet); returns the handle and the server's key slot.
pub async fn connect(
    addr: SocketAddr,
) -> Result<(Conn, Arc<Mutex<Option<PublicKey>>>), russh::Error> {
    let slot = Arc::new(Mutex::new(None));
    let config = Arc::new(client::Config::default());
    let handle = client::connect(
        config,
        addr,
        Client {
            server_key: slot.clone(),
        },
    )
    .await?;
    Ok((handle, slot))
}

pub async fn login_none(addr: SocketAddr) -> Conn {
    let (mut handle, _) = connect(addr).await.expect("connect");
    let auth = handle.authenticate_none("visitor").await.expect("auth");
    assert!(auth.success(), "open demo lets anyone in");
    handle
}

pub async fn login_key(addr: SocketAddr, key: &PrivateKey) -> Result<(Conn, bool), russh::Error> {
    let (mut handle, _) = connect(addr).await?;
    let auth = handle
        .authenticate_publickey(
            "visitor",
            PrivateKeyWithHashAlg::new(Arc::new(key.clone()), None),
        )
        .await?;
    let ok = auth.success();
    Ok((handle, ok))
}

/// A shell session with a PTY of `width` × `height`, collecting everything the server sends.
pub struct Shell {
    pub channel: russh::Channel<client::Msg>,
    pub screen: String,
    pub exit_status: Option<u32>,
    pub closed: bool,
}

impl Shell {
    pub async fn open(conn: &Conn, width: u32, height: u32) -> Shell {
        let channel = conn.channel_open_session().await.expect("session channel");
        channel
            .request_pty(false, "xterm-256color", width, height, 0, 0, &[])
            .await
            .unwrap();
        channel.request_shell(false).await.unwrap();
        Shell {
            channel,
            screen: String::new(),
            exit_status: None,
            closed: false,
        }
    }

    /// Reads until `needle` has appeared in the output since the last call (or `limit` passes);
    /// true if it appeared.
    pub async fn wait_for(&mut self, needle: &str, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        self.screen.clear();
        loop {
            if self.screen.contains(needle) {
                return true;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || self.closed {
                return false;
            }
            self.next(left).await;
        }
    }

    /// Waits for one message (or `limit`); returns false on timeout.
    pub async fn next(&mut self, limit: Duration) -> bool {
        match tokio::time::timeout(limit, self.channel.wait()).await {
            Ok(Some(ChannelMsg::Data { data })) => {
                self.screen.push_str(&String::from_utf8_lossy(&data))
            }
            Ok(Some(ChannelMsg::ExitStatus { exit_status })) => {
                self.exit_status = Some(exit_status)
            }
            Ok(Some(ChannelMsg::Close)) | Ok(None) => self.closed = true,
            Ok(Some(_)) => {}
            Err(_) => return false,
        }
        true
    }

    /// Reads until the channel closes (or `limit` passes); true if it closed.
    pub async fn wait_closed(&mut self, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        while !self.closed {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            self.next(left).await;
        }
        true
    }

    /// Sends input; false once the server has closed the channel.
    pub async fn send(&self, bytes: &[u8]) -> bool {
        self.channel.data_bytes(bytes.to_vec()).await.is_ok()
    }
}

pub async fn hang_up(conn: Conn) {
    let _ = conn.disconnect(Disconnect::ByApplication, "", "").await;
}

/// Resident memory of this process, in KiB (Linux), and its peak.
pub fn rss_kib() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse().ok())
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// Whether a program is on the PATH.
pub fn have(program: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}
