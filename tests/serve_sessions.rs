//! The SSH server end to end with an in-process client: sessions, refusals, limits.

mod serve_common;

use crosscheck::serve::Limits;
use serve_common::*;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const WAIT: Duration = Duration::from_secs(10);

/// Starts a server with `limits` and the stand-in app, and runs `client` against its address
/// on a runtime of its own; the server stops once the client is done.
fn with_server(limits: Limits, client: impl AsyncFnOnce(SocketAddr)) {
    let server = TestServer::start(limits, stand_in());
    runtime().block_on(client(server.addr));
}

/// Logs in and opens a shell of `width` × `height`. The connection is returned with it because
/// the session lasts only as long as the caller holds on to it.
async fn open_shell(addr: SocketAddr, width: u32, height: u32) -> (Conn, Shell) {
    let conn = login_none(addr).await;
    let shell = Shell::open(&conn, width, height).await;
    (conn, shell)
}

/// [`open_shell`], returning once the stand-in has drawn its first frame (no keys yet), so
/// that what the test sends next is sure to reach a running app.
async fn ready_shell(addr: SocketAddr, width: u32, height: u32) -> (Conn, Shell) {
    let (conn, mut shell) = open_shell(addr, width, height).await;
    assert!(shell.wait_for("keys=0", WAIT).await, "the first frame");
    (conn, shell)
}

/// Presses `q` and waits for the server to close the channel.
async fn quit(shell: &mut Shell) {
    shell.send(b"q").await;
    assert!(shell.wait_closed(WAIT).await, "q ends the session");
}

/// Connects without speaking SSH and returns all the server writes before it hangs up: a
/// connection over a limit is refused in plain text, before the SSH handshake.
async fn refusal(addr: SocketAddr) -> String {
    let mut raw = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut bytes = Vec::new();
    let _ = tokio::time::timeout(WAIT, raw.read_to_end(&mut bytes)).await;
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn a_session_draws_reacts_to_keys_resizes_and_q_exits_with_status_0() {
    with_server(quick_limits(), async |addr| {
        let (_conn, mut shell) = open_shell(addr, 120, 30).await;
        assert!(
            shell.wait_for("layout=side-by-side", WAIT).await,
            "first frame at the PTY size"
        );
        assert!(shell.screen.contains("size=120x30"));
        shell.send(b"j").await;
        assert!(
            shell.wait_for("keys=1", WAIT).await,
            "a key changes the screen"
        );
        shell.channel.window_change(60, 20, 0, 0).await.unwrap();
        assert!(
            shell.wait_for("stacked", WAIT).await,
            "a resize re-lays the panes"
        );
        quit(&mut shell).await;
        assert_eq!(shell.exit_status, Some(0));
    });
}

#[test]
fn ctrl_c_also_ends_the_session_with_status_0() {
    with_server(quick_limits(), async |addr| {
        let (_conn, mut shell) = ready_shell(addr, 80, 24).await;
        shell.send(b"\x03").await;
        assert!(shell.wait_closed(WAIT).await);
        assert_eq!(shell.exit_status, Some(0));
    });
}

#[test]
fn exec_requests_are_refused_and_run_nothing() {
    with_server(quick_limits(), async |addr| {
        let conn = login_none(addr).await;
        let mut channel = conn.channel_open_session().await.unwrap();
        channel.exec(true, "touch should-not-exist").await.unwrap();
        let mut refused = false;
        while let Ok(Some(msg)) = tokio::time::timeout(WAIT, channel.wait()).await {
            match msg {
                russh::ChannelMsg::Failure => refused = true,
                russh::ChannelMsg::Success => panic!("exec must not succeed"),
                russh::ChannelMsg::Close => break,
                _ => {}
            }
        }
        assert!(refused);
        let second = conn.channel_open_session().await;
        assert!(second.is_err(), "one session channel per connection");
    });
}

#[test]
fn a_second_session_is_independent_of_the_first() {
    with_server(quick_limits(), async |addr| {
        let (_a, mut first) = ready_shell(addr, 80, 24).await;
        let (_b, mut second) = ready_shell(addr, 100, 30).await;
        first.send(b"abc").await;
        assert!(first.wait_for("keys=3", WAIT).await);
        second.send(b"x").await;
        assert!(second.wait_for("keys=1|last=x|size=100x30", WAIT).await);
        quit(&mut first).await;
        second.send(b"y").await;
        assert!(
            second.wait_for("keys=2|last=y", WAIT).await,
            "the other session lives on"
        );
    });
}

#[test]
fn the_session_cap_refuses_the_next_connection_with_a_message() {
    let limits = Limits {
        max_sessions: 2,
        ..quick_limits()
    };
    with_server(limits, async |addr| {
        let _a = login_none(addr).await;
        let _b = login_none(addr).await;
        let text = refusal(addr).await;
        assert!(text.contains("server is full (2 sessions)"), "got {text:?}");
        let line = text.lines().next().unwrap_or("");
        assert!(
            line.starts_with("crosscheck: the server is full"),
            "the reason comes first"
        );
    });
}

#[test]
fn one_address_is_capped_at_its_share() {
    let limits = Limits {
        max_per_address: 1,
        ..quick_limits()
    };
    with_server(limits, async |addr| {
        let _a = login_none(addr).await;
        let text = refusal(addr).await;
        assert!(
            text.contains("too many sessions from your address"),
            "got {text:?}"
        );
    });
}

#[test]
fn a_connection_that_never_logs_in_is_dropped_at_the_deadline() {
    let limits = Limits {
        auth_timeout: Duration::from_secs(1),
        ..quick_limits()
    };
    with_server(limits, async |addr| {
        let mut raw = tokio::net::TcpStream::connect(addr).await.unwrap();
        raw.write_all(b"SSH-2.0-silent\r\n").await.unwrap();
        let mut sink = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(6), raw.read_to_end(&mut sink)).await;
        assert!(read.is_ok(), "the server closed the connection");
    });
}

#[test]
fn the_idle_timeout_closes_the_session_with_a_goodbye() {
    let limits = Limits {
        idle_timeout: Duration::from_secs(1),
        ..quick_limits()
    };
    with_server(limits, async |addr| {
        let (_conn, mut shell) = ready_shell(addr, 80, 24).await;
        assert!(
            shell.wait_for("idle for 1 s", WAIT).await,
            "the client is told why"
        );
        assert!(shell.wait_closed(WAIT).await);
        assert_ne!(shell.exit_status, Some(0));
    });
}

#[test]
fn a_client_that_stops_reading_does_not_grow_server_memory() {
    let max_backlog = Arc::new(AtomicUsize::new(0));
    let server = TestServer::start(quick_limits(), busy_stand_in(max_backlog.clone()));
    runtime().block_on(async {
        let (_conn, mut shell) = open_shell(server.addr, 200, 60).await;
        assert!(shell.wait_for("tick=", WAIT).await);
        let (before, _) = rss_kib().unwrap_or((0, 0));
        // Stop reading: the app keeps drawing a new frame every millisecond.
        tokio::time::sleep(Duration::from_secs(4)).await;
        let (after, _) = rss_kib().unwrap_or((0, 0));
        let backlog = max_backlog.load(Ordering::Relaxed);
        assert!(
            backlog <= crosscheck::serve::session::OUTBOX_CAP + 64 * 1024,
            "backlog {backlog}"
        );
        assert!(
            after.saturating_sub(before) < 32 * 1024,
            "RSS grew from {before} to {after} KiB"
        );
        // The client is still served once it reads again: a full repaint arrives.
        assert!(shell.wait_for("tick=", WAIT).await);
        quit(&mut shell).await;
    });
}

#[test]
fn shutdown_says_goodbye_to_every_session() {
    // Not `with_server`: the server is stopped from another thread while the session waits.
    let mut server = TestServer::start(quick_limits(), stand_in());
    runtime().block_on(async {
        let (_conn, mut shell) = ready_shell(server.addr, 80, 24).await;
        let stopper = std::thread::spawn(move || server.stop());
        assert!(shell.wait_for("shutting down; goodbye", WAIT).await);
        assert!(shell.wait_closed(WAIT).await);
        stopper.join().unwrap();
    });
}

#[test]
fn the_session_lifetime_ends_even_an_active_session() {
    let limits = Limits {
        max_session_time: Duration::from_secs(2),
        ..quick_limits()
    };
    with_server(limits, async |addr| {
        let (_conn, mut shell) = ready_shell(addr, 80, 24).await;
        let started = std::time::Instant::now();
        while !shell.closed && started.elapsed() < WAIT {
            shell.send(b"j").await;
            shell.next(Duration::from_millis(200)).await;
        }
        assert!(shell.closed, "the session was ended despite the input");
        assert!(started.elapsed() < Duration::from_secs(8));
    });
}

#[test]
fn a_flooding_client_is_slowed_down_and_the_others_are_not() {
    let limits = Limits {
        input_rate: 50,
        ..quick_limits()
    };
    with_server(limits, async |addr| {
        let (_a, mut flood) = ready_shell(addr, 80, 24).await;
        let (_b, mut calm) = ready_shell(addr, 80, 24).await;
        flood.send(&[b'j'; 2000]).await;
        calm.send(b"x").await;
        assert!(
            calm.wait_for("keys=1|last=x", WAIT).await,
            "the calm session answers at once"
        );
        // A burst of 100 and 50 a second after that: nowhere near 2000 within a second.
        tokio::time::sleep(Duration::from_secs(1)).await;
        let mut latest = 0u64;
        let stop_reading = std::time::Instant::now() + Duration::from_millis(500);
        while std::time::Instant::now() < stop_reading
            && flood.next(Duration::from_millis(100)).await
        {
            for part in flood.screen.split("keys=").skip(1) {
                let digits: String = part.chars().take_while(|c| c.is_ascii_digit()).collect();
                latest = latest.max(digits.parse().unwrap_or(0));
            }
        }
        assert!(latest >= 100, "the burst got through ({latest})");
        assert!(latest < 400, "the rest was slowed down ({latest})");
        flood.send(b"\x03").await;
    });
}

#[test]
fn a_huge_terminal_request_is_clamped_to_the_limits() {
    with_server(quick_limits(), async |addr| {
        let (_conn, mut shell) = open_shell(addr, 60_000, 60_000).await;
        assert!(shell.wait_for("size=500x200", WAIT).await);
        quit(&mut shell).await;
    });
}

#[test]
fn a_client_sending_garbage_affects_only_its_own_connection() {
    with_server(quick_limits(), async |addr| {
        let (_conn, mut shell) = ready_shell(addr, 80, 24).await;
        let mut garbage = tokio::net::TcpStream::connect(addr).await.unwrap();
        let noise: Vec<u8> = (0..64 * 1024u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        let _ = garbage.write_all(b"SSH-2.0-noise\r\n").await;
        let _ = garbage.write_all(&noise).await;
        let mut sink = Vec::new();
        let closed = tokio::time::timeout(WAIT, garbage.read_to_end(&mut sink)).await;
        assert!(closed.is_ok(), "the garbage connection is closed");
        // Junk on the session channel is parsed away; the session keeps working.
        // (An unfinished sequence is given up after the Esc timeout.)
        shell.send(b"\x1b[999;999;999Z\xff\xfe\x1b[<1;2").await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        shell.send(b"x").await;
        assert!(shell.wait_for("last=x", WAIT).await);
    });
}
