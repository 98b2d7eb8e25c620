//! The real `crosscheck serve` binary with the real OpenSSH client, driven in tmux: the browser
//! appears, keys (including a bare Esc) work, a resize re-lays the panes, `q` exits with status 0,
//! a second session is independent, NO_COLOR is honoured per session, and commands are refused.
//! Skipped (with a reason) when `ssh` or `tmux` is missing.

mod serve_common;

use serve_common::have;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Output};
use std::time::{Duration, Instant};

/// `crosscheck serve` on a free loopback port, killed on drop.
struct Server {
    child: Child,
    addr: SocketAddr,
    _dir: tempfile::TempDir,
}

impl Server {
    fn start() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let addr = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(["serve", "--listen", &addr.to_string(), "--host-key"])
            .arg(dir.path().join("host_key"))
            .env("RUST_LOG", "warn")
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect(addr).is_err() {
            assert!(Instant::now() < deadline, "the server did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Server {
            child,
            addr,
            _dir: dir,
        }
    }

    fn ssh(&self, extra: &str) -> String {
        format!(
            "ssh -F /dev/null -p {} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
             -o LogLevel=ERROR -o BatchMode=yes -o IdentityAgent=none {extra} 127.0.0.1",
            self.addr.port()
        )
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A tmux server of our own, killed on drop.
struct Tmux(String);

impl Tmux {
    /// Each test gets its own tmux server, so one test's cleanup never ends another's sessions.
    fn new() -> Tmux {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Tmux(format!("crosscheck-browser-{}-{n}", std::process::id()))
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.0)
            .args(args)
            .output()
            .unwrap()
    }

    fn start(&self, name: &str, width: u16, height: u16, command: &str) {
        let (w, h) = (width.to_string(), height.to_string());
        let shell = format!("{command}; echo EXIT=$?; sleep 30");
        let out = self.run(&["new-session", "-d", "-s", name, "-x", &w, "-y", &h, &shell]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The pane's text; with `escapes`, including colour sequences.
    fn screen(&self, name: &str, escapes: bool) -> String {
        let args: &[&str] = if escapes {
            &["capture-pane", "-p", "-e", "-t", name]
        } else {
            &["capture-pane", "-p", "-t", name]
        };
        String::from_utf8_lossy(&self.run(args).stdout).into_owned()
    }

    fn wait(&self, name: &str, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let screen = self.screen(name, false);
            if ok(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn keys(&self, name: &str, keys: &str) {
        self.run(&["send-keys", "-t", name, keys]);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

fn tools_missing() -> bool {
    let missing: Vec<&str> = ["ssh", "tmux"].into_iter().filter(|p| !have(p)).collect();
    if !missing.is_empty() {
        eprintln!("skipped: {} not installed", missing.join(" and "));
    }
    !missing.is_empty()
}

const HELP: &str = "Keys ·";

#[test]
fn the_browser_over_openssh_takes_keys_resizes_and_quits_with_status_0() {
    if tools_missing() {
        return;
    }
    let server = Server::start();
    let tmux = Tmux::new();
    tmux.start("one", 120, 35, &server.ssh("-tt"));
    tmux.start("two", 120, 35, &server.ssh("-tt -o SetEnv=NO_COLOR=1"));
    let panes =
        |s: &str| s.contains("1 Articles") && s.contains("2 Diff") && s.contains("3 Actors");
    tmux.wait("one", "the three panes", panes);
    tmux.wait("two", "the three panes", panes);

    let colour_codes = |s: &str| s.contains("38;") || s.contains("48;");
    assert!(
        colour_codes(&tmux.screen("one", true)),
        "a colour terminal gets colours"
    );
    assert!(
        !colour_codes(&tmux.screen("two", true)),
        "NO_COLOR gets none"
    );

    tmux.keys("one", "?");
    tmux.wait("one", "the help overlay", |s| s.contains(HELP));
    assert!(
        !tmux.screen("two", false).contains(HELP),
        "the other session is untouched"
    );
    tmux.keys("one", "Escape");
    tmux.wait("one", "a bare Esc to close the help", |s| {
        !s.contains(HELP) && panes(s)
    });

    tmux.run(&["resize-window", "-t", "one", "-x", "70", "-y", "24"]);
    tmux.wait("one", "two panes at 70 columns", |s| {
        s.contains("1 Articles") && !s.contains("3 Actors")
    });
    tmux.run(&["resize-window", "-t", "one", "-x", "120", "-y", "35"]);
    tmux.wait("one", "three panes again", panes);

    tmux.keys("one", "q");
    tmux.wait("one", "exit status 0", |s| s.contains("EXIT=0"));
    tmux.keys("two", "?");
    tmux.wait("two", "the second session still answering", |s| {
        s.contains(HELP)
    });
    tmux.keys("two", "C-c");
    tmux.wait("two", "exit status 0 after Ctrl-C", |s| {
        s.contains("EXIT=0")
    });
}

#[test]
fn the_binary_refuses_to_run_a_command() {
    if tools_missing() {
        return;
    }
    let server = Server::start();
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("{} echo hello", server.ssh("")))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("hello"),
        "nothing ran"
    );
}

#[cfg(unix)]
#[test]
fn sigterm_tells_every_session_goodbye_and_restores_its_terminal() {
    if tools_missing() {
        return;
    }
    let mut server = Server::start();
    let tmux = Tmux::new();
    tmux.start("one", 100, 30, &server.ssh("-tt"));
    tmux.wait("one", "the browser", |s| s.contains("1 Articles"));
    let pid = server.child.id().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let screen = tmux.wait("one", "the goodbye", |s| {
        s.contains("shutting down; goodbye")
    });
    assert!(
        !screen.contains("1 Articles"),
        "the alternate screen was left:\n{screen}"
    );
    tmux.wait("one", "ssh to exit", |s| s.contains("EXIT="));
    let deadline = Instant::now() + Duration::from_secs(15);
    while server.child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "the server did not stop");
        std::thread::sleep(Duration::from_millis(100));
    }
}
