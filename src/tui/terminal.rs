//! The local terminal: raw mode, alternate screen and mouse capture, always restored (on quit,
//! on error through `Drop`, on panic through a hook), and synchronized output so a frame appears
//! at once even over slow links.

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use std::io::{self, Write};

/// Restores the terminal when dropped.
pub struct TerminalGuard {
    _private: (),
}

/// Switches the terminal into full-screen mode and installs a panic hook that switches it back
/// before the panic message is printed.
pub fn enter() -> io::Result<TerminalGuard> {
    install_panic_hook(|| {
        let _ = restore();
    });
    enable_raw_mode()?;
    let guard = TerminalGuard { _private: () };
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )?;
    Ok(guard)
}

/// Leaves full-screen mode; safe to call more than once.
pub fn restore() -> io::Result<()> {
    restore_to(&mut io::stdout())
}

/// Leaves full-screen mode, writing the escape sequences to `out`: taking the writer lets a
/// test check what a restore sends.
pub fn restore_to<W: Write>(out: &mut W) -> io::Result<()> {
    let screen = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let raw = disable_raw_mode();
    out.flush()?;
    screen.and(raw)
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = restore();
    }
}

/// Runs `restore` before the previous panic hook prints the message, so the message lands on a
/// normal screen. Public so a test can pass a restore that records instead of touching stdout.
pub fn install_panic_hook(restore: impl Fn() + Send + Sync + 'static) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Wraps the terminal's output so each frame is bracketed by "begin / end synchronized update"
/// (DEC mode 2026): terminals that support it show the frame at once, others ignore it.
pub struct SyncWriter<W: Write> {
    inner: W,
    in_frame: bool,
}

const BEGIN_SYNC: &[u8] = b"\x1b[?2026h";
const END_SYNC: &[u8] = b"\x1b[?2026l";

impl<W: Write> SyncWriter<W> {
    pub fn new(inner: W) -> Self {
        SyncWriter {
            inner,
            in_frame: false,
        }
    }
}

impl<W: Write> Write for SyncWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.in_frame {
            self.inner.write_all(BEGIN_SYNC)?;
            self.in_frame = true;
        }
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.in_frame {
            self.inner.write_all(END_SYNC)?;
            self.in_frame = false;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_is_bracketed_by_synchronized_update_markers() {
        let mut w = SyncWriter::new(Vec::new());
        w.write_all(b"abc").unwrap();
        w.write_all(b"def").unwrap();
        w.flush().unwrap();
        w.flush().unwrap();
        assert_eq!(w.inner, b"\x1b[?2026habcdef\x1b[?2026l");
    }
}
