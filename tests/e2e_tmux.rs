//! End-to-end runs of the real binary in a tmux pseudo-terminal: start, filter the actors,
//! select one, jump to a statement, resize, quit, and check the screen at each step. Skipped
//! (with a message) when tmux is not installed.

use crosscheck::analysis::Analysis;
use crosscheck::tui::screenshot::{bundled_analysis, most_quoted_person};
use std::process::Command;
use std::time::{Duration, Instant};

struct Session {
    name: String,
}

impl Session {
    /// Starts the binary in a detached tmux window of `w` × `h`; after it exits, the shell
    /// prints "EXITED <code>" on the normal screen.
    fn start(tag: &str, w: u16, h: u16) -> Option<Session> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("skipping end-to-end test: tmux is not installed");
            return None;
        }
        let name = format!("crosscheck-e2e-{tag}-{}", std::process::id());
        let bin = env!("CARGO_BIN_EXE_crosscheck");
        let script = format!("TERM=xterm-256color '{bin}'; echo EXITED $?; sleep 30");
        let ok = Command::new("tmux")
            .args([
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                &w.to_string(),
                "-y",
                &h.to_string(),
                "sh",
                "-c",
                &script,
            ])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "tmux could not start a session");
        Some(Session { name })
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.name])
            .output();
        out.map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default()
    }

    /// Waits until the screen satisfies `check`, failing with the last screen after 10 s.
    fn wait_for(&self, what: &str, check: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if check(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", self.name.as_str()];
        args.extend_from_slice(keys);
        let _ = Command::new("tmux").args(&args).status();
    }

    fn literal(&self, text: &str) {
        let _ = Command::new("tmux")
            .args(["send-keys", "-l", "-t", &self.name, text])
            .status();
    }

    fn resize(&self, w: u16, h: u16) {
        let _ = Command::new("tmux")
            .args([
                "resize-window",
                "-t",
                &self.name,
                "-x",
                &w.to_string(),
                "-y",
                &h.to_string(),
            ])
            .status();
    }

    fn pane_pid(&self) -> Option<u32> {
        let out = Command::new("tmux")
            .args(["display-message", "-p", "-t", &self.name, "#{pane_pid}"])
            .output()
            .ok()?;
        String::from_utf8_lossy(&out.stdout).trim().parse().ok()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .status();
    }
}

/// The diff and a list pane (on narrow screens the article list and the actors share a column).
fn panes_shown(s: &str) -> bool {
    s.contains("2 Diff") && (s.contains("1 Articles") || s.contains("3 Actors"))
}

/// A few letters of `name` that the fuzzy filter will match.
fn filter_text(name: &str) -> String {
    name.split_whitespace()
        .last()
        .unwrap_or(name)
        .chars()
        .take(5)
        .collect()
}

fn actor_steps(s: &Session, analysis: &Analysis, actor: usize) {
    let name = &analysis.entities[actor].name;
    s.keys(&["3", "/"]);
    s.literal(&filter_text(name));
    s.wait_for("the filtered actor", |t| {
        t.contains(name.as_str()) && t.contains('/')
    });
    s.keys(&["Enter", "Enter"]);
    let screen = s.wait_for("the actor view", |t| {
        t.contains("Actor ·") && t.contains(name.as_str())
    });
    assert!(
        screen.contains("claim") || screen.contains("statement"),
        "{screen}"
    );
    s.keys(&["Enter"]);
    let screen = s.wait_for("the statement in the diff", |t| {
        t.contains("2 Diff") && t.contains(&format!("actor: {name}"))
    });
    assert!(!screen.contains("Actor ·"), "{screen}");
}

#[test]
fn a_session_browses_filters_selects_jumps_resizes_and_quits() {
    let Some(s) = Session::start("browse", 120, 36) else {
        return;
    };
    let screen = s.wait_for("the three panes", panes_shown);
    assert!(
        screen.contains("3 Actors"),
        "the sidebar is shown at 120 columns:\n{screen}"
    );
    let analysis = bundled_analysis();
    match most_quoted_person(&analysis) {
        Some(actor) => actor_steps(&s, &analysis, actor),
        None => eprintln!("no actors in the analysis yet: actor steps skipped"),
    }
    s.resize(80, 24);
    s.wait_for("the narrow layout", |t| {
        t.contains("2 Diff") && t.lines().count() <= 24
    });
    s.resize(40, 10);
    s.wait_for("the too-small message", |t| t.contains("too small"));
    s.resize(100, 30);
    s.wait_for("the panes again", panes_shown);
    s.keys(&["?"]);
    s.wait_for("the help overlay", |t| {
        t.contains("Keys") && t.contains("quit")
    });
    s.keys(&["q"]);
    let screen = s.wait_for("the shell after quitting", |t| t.contains("EXITED"));
    assert!(screen.contains("EXITED 0"), "{screen}");
    assert!(
        !panes_shown(&screen),
        "the alternate screen was left:\n{screen}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    let Some(s) = Session::start("term", 100, 30) else {
        return;
    };
    s.wait_for("the three panes", panes_shown);
    let shell = s.pane_pid().expect("tmux reports the pane's process");
    let child = Command::new("pgrep")
        .args(["-P", &shell.to_string()])
        .output()
        .expect("pgrep runs");
    let pid = String::from_utf8_lossy(&child.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    assert!(!pid.is_empty(), "the app runs under the pane's shell");
    let _ = Command::new("kill").args(["-TERM", &pid]).status();
    let screen = s.wait_for("the shell after SIGTERM", |t| t.contains("EXITED"));
    assert!(
        !panes_shown(&screen),
        "the alternate screen was left:\n{screen}"
    );
}
