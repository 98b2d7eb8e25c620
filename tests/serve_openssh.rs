//! End to end with the real OpenSSH client, driven in tmux: the screen appears, keys work, a
//! resize re-lays the panes, `q` exits with status 0, commands are refused, and two sessions
//! are independent. Skipped (with a reason) when `ssh` or `tmux` is missing.

mod serve_common;

use serve_common::*;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A tmux server of our own (its own socket), killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn new(tag: &str) -> Tmux {
        Tmux {
            socket: format!("crosscheck-test-{}-{tag}", std::process::id()),
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    /// Starts `command` in a new detached session `name` of `width` × `height`.
    fn start(&self, name: &str, width: u16, height: u16, command: &str) {
        let (w, h) = (width.to_string(), height.to_string());
        let out = self.run(&["new-session", "-d", "-s", name, "-x", &w, "-y", &h, command]);
        assert!(
            out.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn screen(&self, name: &str) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", name]).stdout).into_owned()
    }

    fn keys(&self, name: &str, keys: &str) {
        self.run(&["send-keys", "-t", name, keys]);
    }

    fn resize(&self, name: &str, width: u16, height: u16) {
        let (w, h) = (width.to_string(), height.to_string());
        self.run(&["resize-window", "-t", name, "-x", &w, "-y", &h]);
    }

    /// Waits until the pane shows `needle`; panics with the screen otherwise.
    fn wait_for(&self, name: &str, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = self.screen(name);
            if screen.contains(needle) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {needle:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

/// The client command line: no user config, no agent, no known-hosts file.
fn ssh_args(port: u16) -> Vec<String> {
    [
        "-F",
        "/dev/null",
        "-p",
        &port.to_string(),
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "LogLevel=ERROR",
        "-o",
        "BatchMode=yes",
        "-o",
        "IdentityAgent=none",
        "-o",
        "ConnectTimeout=10",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn tools_missing() -> bool {
    let missing: Vec<&str> = ["ssh", "tmux"].into_iter().filter(|p| !have(p)).collect();
    if !missing.is_empty() {
        eprintln!("skipped: {} not installed", missing.join(" and "));
    }
    !missing.is_empty()
}

#[test]
fn openssh_sessions_show_the_app_take_keys_resize_and_exit_with_status_0() {
    if tools_missing() {
        return;
    }
    let server = TestServer::start(quick_limits(), stand_in());
    let ssh = format!(
        "ssh -tt {} 127.0.0.1",
        ssh_args(server.addr.port()).join(" ")
    );
    let tmux = Tmux::new("main");
    tmux.start("one", 120, 30, &format!("{ssh}; echo EXIT=$?; sleep 30"));
    tmux.start("two", 90, 25, &format!("{ssh}; echo EXIT=$?; sleep 30"));

    let first = tmux.wait_for("one", "layout=side-by-side");
    assert!(first.contains("size=120x30") && first.contains("LEFT") && first.contains("RIGHT"));
    tmux.wait_for("two", "size=90x25");

    tmux.keys("one", "j");
    tmux.wait_for("one", "keys=1|last=j");
    tmux.keys("one", "Down");
    tmux.wait_for("one", "keys=2|last=Down");
    assert!(
        tmux.screen("two").contains("keys=0"),
        "the other session is untouched"
    );

    tmux.resize("one", 70, 24);
    tmux.wait_for("one", "layout=stacked");
    tmux.wait_for("one", "size=70x24");

    tmux.keys("one", "q");
    tmux.wait_for("one", "EXIT=0");
    tmux.keys("two", "x");
    tmux.wait_for("two", "keys=1|last=x");
    tmux.keys("two", "C-c");
    tmux.wait_for("two", "EXIT=0");
}

#[test]
fn openssh_commands_are_refused() {
    if tools_missing() {
        return;
    }
    let server = TestServer::start(quick_limits(), stand_in());
    let marker = std::env::temp_dir().join(format!("crosscheck-exec-{}", std::process::id()));
    let out = Command::new("ssh")
        .args(ssh_args(server.addr.port()))
        .arg("127.0.0.1")
        .arg(format!("touch {}", marker.display()))
        .output()
        .unwrap();
    assert!(!out.status.success(), "ssh host command must fail");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("runs no commands") || stderr.contains("exec request failed"),
        "{stderr}"
    );
    assert!(!marker.exists(), "nothing ran");
}
