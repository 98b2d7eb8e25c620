//! Load test (ignored by default; it takes about 45 s):
//!
//! ```text
//! cargo test --test serve_load -- --ignored --nocapture
//! CROSSCHECK_LOAD_BINARY=1 cargo test --test serve_load -- --ignored --nocapture
//! ```
//!
//! 50 sessions from 127.0.0.1 (the per-address cap is raised to the session cap for this) send a
//! key every 100 ms for 30 s and time each key to the next frame. Then
//! the server is filled to its cap of 64 and the 65th connection must be refused with a
//! message. With `CROSSCHECK_LOAD_BINARY=1` the server is the real `crosscheck serve` binary in
//! its own process (so its memory is measured alone); otherwise it runs in this process with a
//! stand-in app and the memory figure includes the clients. Loopback only; stops by itself.

mod serve_common;

use russh::client;
use serve_common::*;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::AsyncReadExt;

const SESSIONS: usize = 50;
const CAP: usize = 64;
const RUN_FOR: Duration = Duration::from_secs(30);
const KEY_EVERY: Duration = Duration::from_millis(100);
const NO_FRAME: Duration = Duration::from_secs(2);

/// Every client connects from here.
const LOOPBACK: IpAddr = IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);

async fn connect_from(addr: SocketAddr, from: IpAddr) -> Result<Conn, russh::Error> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(from, 0))?;
    let stream = socket.connect(addr).await?;
    let _ = stream.set_nodelay(true);
    let slot = Arc::new(std::sync::Mutex::new(None));
    let config = Arc::new(client::Config::default());
    let mut conn = client::connect_stream(config, stream, Client { server_key: slot }).await?;
    let auth = conn.authenticate_none("load").await?;
    assert!(auth.success());
    Ok(conn)
}

/// One session: keys for [`RUN_FOR`]; returns the key-to-frame latencies and unanswered keys.
async fn drive(addr: SocketAddr, from: IpAddr) -> (Vec<Duration>, usize) {
    let conn = connect_from(addr, from).await.expect("session connects");
    let mut shell = Shell::open(&conn, 100, 30).await;
    while shell.screen.is_empty() {
        assert!(shell.next(Duration::from_secs(20)).await, "first frame");
    }
    let (mut latencies, mut unanswered) = (Vec::new(), 0);
    let end = Instant::now() + RUN_FOR;
    let mut n = 0u64;
    while Instant::now() < end {
        // Drain anything left from the previous key, then time this one.
        while tokio::time::timeout(Duration::from_millis(1), shell.channel.wait())
            .await
            .is_ok()
        {}
        let key: &[u8] = if n % 2 == 0 { b"j" } else { b"k" };
        n += 1;
        let sent = Instant::now();
        shell.send(key).await;
        if shell.next(NO_FRAME).await {
            latencies.push(sent.elapsed());
        } else {
            unanswered += 1;
        }
        tokio::time::sleep(KEY_EVERY.saturating_sub(sent.elapsed())).await;
    }
    shell.send(b"q").await;
    shell.wait_closed(Duration::from_secs(10)).await;
    (latencies, unanswered)
}

/// The server under test: in process, or the binary as a child process.
enum Target {
    InProcess(TestServer),
    /// The child, its address, and the directory holding its host key (kept until the end).
    Binary(
        std::process::Child,
        SocketAddr,
        #[allow(dead_code, reason = "held for its lifetime")] tempfile::TempDir,
    ),
}

impl Target {
    fn start() -> Target {
        if std::env::var_os("CROSSCHECK_LOAD_BINARY").is_none() {
            let limits = crosscheck::serve::Limits {
                max_per_address: CAP,
                ..crosscheck::serve::Limits::default()
            };
            return Target::InProcess(TestServer::start(limits, stand_in()));
        }
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args([
                "serve",
                "--listen",
                &addr.to_string(),
                "--max-per-address",
                "64",
            ])
            .arg("--host-key")
            .arg(dir.path().join("key"))
            .env("RUST_LOG", "warn")
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        while std::net::TcpStream::connect(addr).is_err() {
            assert!(Instant::now() < deadline, "server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Target::Binary(child, addr, dir)
    }

    fn addr(&self) -> SocketAddr {
        match self {
            Target::InProcess(s) => s.addr,
            Target::Binary(_, addr, _) => *addr,
        }
    }

    /// (current, peak) resident memory of the server's process in KiB.
    fn memory(&self) -> Option<(u64, u64)> {
        match self {
            Target::InProcess(_) => rss_kib(),
            Target::Binary(child, _, _) => {
                let status =
                    std::fs::read_to_string(format!("/proc/{}/status", child.id())).ok()?;
                let field = |name: &str| {
                    status
                        .lines()
                        .find(|l| l.starts_with(name))?
                        .split_whitespace()
                        .nth(1)?
                        .parse()
                        .ok()
                };
                Some((field("VmRSS:")?, field("VmHWM:")?))
            }
        }
    }
}

impl Drop for Target {
    fn drop(&mut self) {
        if let Target::Binary(child, _, _) = self {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

#[test]
#[ignore = "load test, about 45 s: cargo test --test serve_load -- --ignored --nocapture"]
fn fifty_sessions_stay_responsive_and_the_sixty_fifth_connection_is_refused() {
    let target = Target::start();
    let addr = target.addr();
    runtime().block_on(async {
        let (_, start_peak) = target.memory().unwrap_or((0, 0));
        let drivers: Vec<_> = (0..SESSIONS)
            .map(|_| tokio::spawn(drive(addr, LOOPBACK)))
            .collect();
        tokio::time::sleep(Duration::from_secs(5)).await;
        let mut fillers = Vec::new();
        for _ in SESSIONS..CAP {
            fillers.push(connect_from(addr, LOOPBACK).await.expect("within the cap"));
        }
        let raw = tokio::net::TcpSocket::new_v4().unwrap();
        raw.bind(SocketAddr::new(LOOPBACK, 0)).unwrap();
        let mut over = raw.connect(addr).await.unwrap();
        let mut bytes = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), over.read_to_end(&mut bytes)).await;
        let text = String::from_utf8_lossy(&bytes);
        let refusal = text.lines().next().unwrap_or("").trim().to_string();
        let mid = target.memory();

        let mut all = Vec::new();
        let mut unanswered = 0;
        let mut per_session_min = usize::MAX;
        for d in drivers {
            let (latencies, missed) = d.await.expect("session task");
            per_session_min = per_session_min.min(latencies.len());
            unanswered += missed;
            all.extend(latencies);
        }
        for f in fillers {
            hang_up(f).await;
        }
        all.sort();
        let (rss, peak) = target.memory().or(mid).unwrap_or((0, 0));
        println!(
            "load: {SESSIONS} sessions x {} s, {} keys answered, {unanswered} unanswered, \
             fewest per session {per_session_min}; key-to-frame p50 {:?}, p99 {:?}, max {:?}; \
             server RSS now {} MiB, peak {} MiB (at start {} MiB); 65th connection: {:?}",
            RUN_FOR.as_secs(),
            all.len(),
            percentile(&all, 0.50),
            percentile(&all, 0.99),
            all.last().copied().unwrap_or_default(),
            rss / 1024,
            peak / 1024,
            start_peak / 1024,
            refusal.trim(),
        );
        assert!(
            refusal.contains("server is full (64 sessions)"),
            "65th: {refusal:?}"
        );
        assert!(per_session_min > 100, "every session stayed responsive");
        assert!(
            unanswered * 100 <= all.len(),
            "at most 1% of keys unanswered"
        );
        assert!(percentile(&all, 0.99) < Duration::from_secs(1));
        assert!(peak < 1024 * 1024, "peak RSS {peak} KiB");
    });
}
