//! A ratatui backend that draws into an SSH channel instead of a local terminal.
//!
//! It encodes with crossterm's escape sequences (so the output is what a local run would
//! produce), reports the size the client announced (not the server's own terminal), and keeps a
//! copy of what the client should be seeing. That copy is what makes "latest frame wins"
//! possible: ratatui sends only the cells that changed, so frames cannot simply be dropped; when
//! the [`Outbox`] is full, the backlog is replaced by a repaint of the whole current screen.

use super::outbox::Outbox;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};
use std::io::{self, Write};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

/// The client's terminal size, updated by the connection on window-change requests and read by
/// the app's thread.
#[derive(Clone, Debug)]
pub struct SharedSize(Arc<AtomicU32>);

impl SharedSize {
    pub fn new(width: u16, height: u16) -> Self {
        SharedSize(Arc::new(AtomicU32::new(pack(width, height))))
    }

    pub fn set(&self, width: u16, height: u16) {
        self.0.store(pack(width, height), Ordering::Relaxed);
    }

    pub fn get(&self) -> Size {
        let packed = self.0.load(Ordering::Relaxed);
        Size::new((packed >> 16) as u16, packed as u16)
    }
}

fn pack(width: u16, height: u16) -> u32 {
    (u32::from(width) << 16) | u32::from(height)
}

/// Bytes written by the encoder and not yet handed to the outbox. Only the app's thread touches
/// it; the lock exists because crossterm's backend owns its writer.
#[derive(Clone, Debug, Default)]
struct Pending(Arc<Mutex<Vec<u8>>>);

impl Pending {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

impl Write for Pending {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The terminal of one SSH session, as ratatui sees it.
pub struct SshBackend {
    encoder: CrosstermBackend<Pending>,
    pending: Pending,
    /// What the client shows once everything sent so far has arrived.
    screen: Buffer,
    cursor: Position,
    cursor_visible: bool,
    size: SharedSize,
    outbox: Arc<Outbox>,
}

impl SshBackend {
    pub fn new(size: SharedSize, outbox: Arc<Outbox>) -> Self {
        let area = Rect::from((Position::ORIGIN, size.get()));
        let pending = Pending::default();
        SshBackend {
            encoder: CrosstermBackend::new(pending.clone()),
            pending,
            screen: Buffer::empty(area),
            cursor: Position::ORIGIN,
            cursor_visible: true,
            size,
            outbox,
        }
    }

    /// The whole current screen as one self-contained byte string: clear, every non-blank cell,
    /// then the cursor.
    fn repaint(&self) -> io::Result<Vec<u8>> {
        let bytes = Pending::default();
        let mut encoder = CrosstermBackend::new(bytes.clone());
        encoder.clear()?;
        let blank = Buffer::empty(self.screen.area);
        encoder.draw(blank.diff(&self.screen).into_iter())?;
        encoder.set_cursor_position(self.cursor)?;
        if self.cursor_visible {
            encoder.show_cursor()?;
        } else {
            encoder.hide_cursor()?;
        }
        Ok(bytes.take())
    }

    /// Bytes waiting for this client (diagnostics: stays near the outbox cap for a stalled
    /// client).
    pub fn backlog(&self) -> usize {
        self.outbox.backlog()
    }

    /// Brings the copy of the screen to the client's current size, blank.
    fn reset_screen(&mut self) {
        let area = Rect::from((Position::ORIGIN, self.size.get()));
        self.screen.resize(area);
        self.screen.reset();
    }
}

impl Write for SshBackend {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(self)
    }
}

impl Backend for SshBackend {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        for &(x, y, cell) in &cells {
            if let Some(slot) = self.screen.cell_mut((x, y)) {
                *slot = cell.clone();
            }
        }
        self.encoder.draw(cells.into_iter())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.cursor_visible = false;
        self.encoder.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.cursor_visible = true;
        self.encoder.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.cursor = position.into();
        self.encoder.set_cursor_position(self.cursor)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.reset_screen();
        self.encoder.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        if clear_type == ClearType::All {
            self.reset_screen();
        } else {
            // Partial clears are rare (inline viewports); keep the copy exact by repainting next.
            self.reset_screen();
            self.encoder.clear()?;
            return Ok(());
        }
        self.encoder.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size.get())
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size.get(),
            pixels: Size::default(),
        })
    }

    /// Hands the frame to the outbox; if the client is too far behind, the backlog is replaced
    /// by a repaint of the whole screen.
    fn flush(&mut self) -> io::Result<()> {
        let frame = self.pending.take();
        if frame.is_empty() || self.outbox.push(&frame) {
            return Ok(());
        }
        let repaint = self.repaint()?;
        self.outbox.replace(repaint);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::widgets::Paragraph;

    fn draw_text(terminal: &mut Terminal<SshBackend>, text: &str) {
        terminal
            .draw(|f| f.render_widget(Paragraph::new(text.to_string()), f.area()))
            .unwrap();
    }

    #[test]
    fn frames_reach_the_outbox_and_size_follows_the_client() {
        let outbox = Arc::new(Outbox::new(1 << 20));
        let size = SharedSize::new(20, 4);
        let mut terminal = Terminal::new(SshBackend::new(size.clone(), outbox.clone())).unwrap();
        draw_text(&mut terminal, "hello");
        assert!(outbox.backlog() > 0);
        size.set(30, 6);
        draw_text(&mut terminal, "wider");
        assert_eq!(terminal.get_frame().area(), Rect::new(0, 0, 30, 6));
    }

    #[test]
    fn a_stalled_client_gets_a_full_repaint_instead_of_a_growing_backlog() {
        let outbox = Arc::new(Outbox::new(4096));
        let size = SharedSize::new(40, 10);
        let mut terminal = Terminal::new(SshBackend::new(size, outbox.clone())).unwrap();
        for i in 0..500 {
            draw_text(&mut terminal, &format!("frame number {i}"));
        }
        assert!(outbox.replaced() > 0);
        assert!(
            outbox.backlog() <= 4096 + 2048,
            "backlog {}",
            outbox.backlog()
        );
        let text = String::from_utf8_lossy(&tokio_free_take(&outbox)).into_owned();
        assert!(
            text.contains("number"),
            "the repaint shows a recent frame: {text:?}"
        );
        assert!(
            text.contains("\u{1b}[2J"),
            "the repaint starts from a clear screen"
        );
    }

    fn tokio_free_take(outbox: &Outbox) -> Vec<u8> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(outbox.take()).unwrap_or_default()
    }
}
