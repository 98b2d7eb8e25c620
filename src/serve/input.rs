//! Turns the bytes a remote terminal sends into key, mouse and paste events.
//!
//! SSH delivers input in arbitrary packets, so an escape sequence or a UTF-8 character can be
//! split across two of them: the parser keeps the unfinished tail and waits for more. A bare Esc
//! is indistinguishable from the start of a sequence, so the caller calls
//! [`InputParser::flush_pending`] when no byte followed within a short time
//! ([`ESC_TIMEOUT`]). Input is untrusted: every buffer is capped.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use std::time::Duration;

/// How long a lone Esc waits for the rest of a sequence before it counts as the Esc key.
pub const ESC_TIMEOUT: Duration = Duration::from_millis(50);
/// Longest escape sequence kept while waiting for its end; longer ones are dropped.
const MAX_SEQUENCE: usize = 64;
/// Largest bracketed paste kept; the rest of a longer paste is dropped.
const MAX_PASTE: usize = 64 * 1024;
const PASTE_END: &[u8] = b"\x1b[201~";

/// One step of parsing at the front of the buffer.
enum Step {
    /// An event and the number of bytes it used.
    Event(Event, usize),
    /// Bytes that mean nothing to us (or are malformed), skipped.
    Skip(usize),
    /// Bracketed paste begins after these bytes.
    PasteStart(usize),
    /// More bytes are needed.
    Incomplete,
}

/// The parser state of one session's input stream.
#[derive(Debug, Default)]
pub struct InputParser {
    pending: Vec<u8>,
    paste: Option<Vec<u8>>,
}

impl InputParser {
    pub fn new() -> Self {
        Self::default()
    }

    /// Parses `bytes` (following whatever was pending) and appends the complete events to `out`.
    pub fn feed(&mut self, bytes: &[u8], out: &mut Vec<Event>) {
        self.pending.extend_from_slice(bytes);
        let mut start = 0;
        while start < self.pending.len() {
            if self.paste.is_some() {
                match self.take_paste(start, out) {
                    0 => break,
                    used => start += used,
                }
                continue;
            }
            match parse_one(&self.pending[start..]) {
                Step::Event(event, used) => {
                    out.push(event);
                    start += used;
                }
                Step::Skip(used) => start += used,
                Step::PasteStart(used) => {
                    self.paste = Some(Vec::new());
                    start += used;
                }
                Step::Incomplete => break,
            }
        }
        self.pending.drain(..start);
        if self.pending.len() > MAX_SEQUENCE && self.paste.is_none() {
            self.pending.clear();
        }
    }

    /// Whether unfinished bytes are waiting (outside a paste): the caller should call
    /// [`InputParser::flush_pending`] if nothing more arrives within [`ESC_TIMEOUT`].
    pub fn has_pending(&self) -> bool {
        self.paste.is_none() && !self.pending.is_empty()
    }

    /// Gives up waiting: a leading Esc becomes the Esc key and the rest is parsed as plain keys;
    /// an unfinished UTF-8 character is dropped.
    pub fn flush_pending(&mut self, out: &mut Vec<Event>) {
        if !self.has_pending() {
            return;
        }
        let mut rest = std::mem::take(&mut self.pending);
        if rest.first() == Some(&0x1b) {
            out.push(key(KeyCode::Esc, KeyModifiers::NONE));
            rest.remove(0);
        }
        self.feed(&rest, out);
        if self.has_pending() && self.pending.first() != Some(&0x1b) {
            self.pending.clear();
        }
    }

    /// Consumes paste bytes from `start`; emits the paste when its end marker is seen.
    /// Returns how many bytes were used (0: only a possible partial end marker is left).
    fn take_paste(&mut self, start: usize, out: &mut Vec<Event>) -> usize {
        let available = &self.pending[start..];
        let Some(paste) = self.paste.as_mut() else {
            return available.len();
        };
        match find(available, PASTE_END) {
            Some(end) => {
                append_capped(paste, &available[..end]);
                let text = String::from_utf8_lossy(paste).into_owned();
                out.push(Event::Paste(text));
                self.paste = None;
                end + PASTE_END.len()
            }
            None => {
                // Keep a possible partial end marker for the next packet.
                let keep = (PASTE_END.len() - 1).min(available.len());
                let used = available.len() - keep;
                append_capped(paste, &available[..used]);
                used
            }
        }
    }
}

fn append_capped(paste: &mut Vec<u8>, bytes: &[u8]) {
    let room = MAX_PASTE.saturating_sub(paste.len());
    paste.extend_from_slice(&bytes[..bytes.len().min(room)]);
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// Parses the event at the front of `b` (never empty).
fn parse_one(b: &[u8]) -> Step {
    match b[0] {
        0x1b => parse_escape(b),
        0x0d | 0x0a => Step::Event(key(KeyCode::Enter, KeyModifiers::NONE), 1),
        0x09 => Step::Event(key(KeyCode::Tab, KeyModifiers::NONE), 1),
        0x7f | 0x08 => Step::Event(key(KeyCode::Backspace, KeyModifiers::NONE), 1),
        0x00 => Step::Event(key(KeyCode::Char(' '), KeyModifiers::CONTROL), 1),
        c @ 0x01..=0x1a => {
            let letter = char::from(c - 0x01 + b'a');
            Step::Event(key(KeyCode::Char(letter), KeyModifiers::CONTROL), 1)
        }
        c @ 0x1c..=0x1f => {
            let digit = char::from(c - 0x1c + b'4');
            Step::Event(key(KeyCode::Char(digit), KeyModifiers::CONTROL), 1)
        }
        _ => parse_utf8(b),
    }
}

/// A printable character; upper-case letters carry SHIFT as a local terminal reports them.
fn parse_utf8(b: &[u8]) -> Step {
    let width = match b[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Step::Skip(1),
    };
    if b.len() < width {
        let continuation_so_far = b[1..].iter().all(|&c| c & 0xc0 == 0x80);
        return if continuation_so_far {
            Step::Incomplete
        } else {
            Step::Skip(1)
        };
    }
    match std::str::from_utf8(&b[..width])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => {
            let modifiers = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            Step::Event(key(KeyCode::Char(c), modifiers), width)
        }
        None => Step::Skip(1),
    }
}

fn parse_escape(b: &[u8]) -> Step {
    match b.get(1) {
        None => Step::Incomplete,
        Some(b'[') => parse_csi(b),
        Some(b'O') => parse_ss3(b),
        Some(0x1b) => Step::Event(key(KeyCode::Esc, KeyModifiers::NONE), 1),
        Some(_) => match parse_one(&b[1..]) {
            Step::Event(Event::Key(mut k), used) => {
                k.modifiers |= KeyModifiers::ALT;
                Step::Event(Event::Key(k), used + 1)
            }
            Step::Event(_, used) | Step::Skip(used) | Step::PasteStart(used) => {
                Step::Skip(used + 1)
            }
            Step::Incomplete => Step::Incomplete,
        },
    }
}

/// `ESC O x`: function keys and arrows in application cursor mode.
fn parse_ss3(b: &[u8]) -> Step {
    let Some(&last) = b.get(2) else {
        return Step::Incomplete;
    };
    match final_key(last) {
        Some(code) => Step::Event(key(code, KeyModifiers::NONE), 3),
        None => Step::Skip(3),
    }
}

/// Keys named by the final byte of `CSI … x` or `ESC O x`.
fn final_key(last: u8) -> Option<KeyCode> {
    Some(match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

/// `ESC [ params final`.
fn parse_csi(b: &[u8]) -> Step {
    let mut end = 2;
    loop {
        let Some(&c) = b.get(end) else {
            return if b.len() > MAX_SEQUENCE {
                Step::Skip(b.len())
            } else {
                Step::Incomplete
            };
        };
        match c {
            0x20..=0x3f => end += 1,
            0x40..=0x7e => break,
            _ => return Step::Skip(end),
        }
        if end > MAX_SEQUENCE {
            return Step::Skip(end);
        }
    }
    let used = end + 1;
    let params = std::str::from_utf8(&b[2..end]).unwrap_or("");
    match interpret_csi(params, b[end]) {
        Some(Csi::Event(event)) => Step::Event(event, used),
        Some(Csi::PasteStart) => Step::PasteStart(used),
        None => Step::Skip(used),
    }
}

enum Csi {
    Event(Event),
    PasteStart,
}

fn interpret_csi(params: &str, last: u8) -> Option<Csi> {
    if let Some(mouse) = params.strip_prefix('<') {
        return sgr_mouse(mouse, last).map(Csi::Event);
    }
    let numbers: Vec<u16> = params.split(';').map(|p| p.parse().unwrap_or(0)).collect();
    let modifiers = modifiers_from(numbers.get(1).copied().unwrap_or(1));
    let event = match last {
        b'~' => match numbers.first().copied().unwrap_or(0) {
            200 => return Some(Csi::PasteStart),
            n => key(tilde_key(n)?, modifiers),
        },
        b'Z' => key(KeyCode::BackTab, KeyModifiers::SHIFT),
        b'I' => Event::FocusGained,
        b'O' => Event::FocusLost,
        other => key(final_key(other)?, modifiers),
    };
    Some(Csi::Event(event))
}

fn tilde_key(n: u16) -> Option<KeyCode> {
    Some(match n {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        11..=15 => KeyCode::F((n - 10) as u8),
        17..=21 => KeyCode::F((n - 11) as u8),
        23 | 24 => KeyCode::F((n - 12) as u8),
        _ => return None,
    })
}

/// The xterm modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4).
fn modifiers_from(param: u16) -> KeyModifiers {
    let bits = param.saturating_sub(1);
    let mut m = KeyModifiers::NONE;
    if bits & 1 != 0 {
        m |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        m |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        m |= KeyModifiers::CONTROL;
    }
    m
}

/// `CSI < button ; column ; row (M|m)`, coordinates 1-based on the wire.
fn sgr_mouse(params: &str, last: u8) -> Option<Event> {
    let mut parts = params.split(';').map(|p| p.parse::<u16>().ok());
    let (code, column, row) = (parts.next()??, parts.next()??, parts.next()??);
    let button = match code & 0b11 {
        0 => MouseButton::Left,
        1 => MouseButton::Middle,
        _ => MouseButton::Right,
    };
    let kind = if code & 64 != 0 {
        match code & 0b11 {
            0 => MouseEventKind::ScrollUp,
            1 => MouseEventKind::ScrollDown,
            2 => MouseEventKind::ScrollLeft,
            _ => MouseEventKind::ScrollRight,
        }
    } else if code & 32 != 0 {
        if code & 0b11 == 3 {
            MouseEventKind::Moved
        } else {
            MouseEventKind::Drag(button)
        }
    } else if last == b'm' {
        MouseEventKind::Up(button)
    } else {
        MouseEventKind::Down(button)
    };
    let mut modifiers = KeyModifiers::NONE;
    if code & 4 != 0 {
        modifiers |= KeyModifiers::SHIFT;
    }
    if code & 8 != 0 {
        modifiers |= KeyModifiers::ALT;
    }
    if code & 16 != 0 {
        modifiers |= KeyModifiers::CONTROL;
    }
    Some(Event::Mouse(MouseEvent {
        kind,
        column: column.saturating_sub(1),
        row: row.saturating_sub(1),
        modifiers,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(chunks: &[&[u8]]) -> (Vec<Event>, InputParser) {
        let mut parser = InputParser::new();
        let mut out = Vec::new();
        for chunk in chunks {
            parser.feed(chunk, &mut out);
        }
        (out, parser)
    }

    fn k(code: KeyCode, m: KeyModifiers) -> Event {
        key(code, m)
    }

    #[test]
    fn plain_keys_and_control_keys_are_recognised() {
        let (events, _) = parse(&[b"q\r\t\x7f\x03J"]);
        assert_eq!(
            events,
            vec![
                k(KeyCode::Char('q'), KeyModifiers::NONE),
                k(KeyCode::Enter, KeyModifiers::NONE),
                k(KeyCode::Tab, KeyModifiers::NONE),
                k(KeyCode::Backspace, KeyModifiers::NONE),
                k(KeyCode::Char('c'), KeyModifiers::CONTROL),
                k(KeyCode::Char('J'), KeyModifiers::SHIFT),
            ]
        );
    }

    #[test]
    fn an_escape_sequence_split_across_packets_is_one_key() {
        let (events, parser) = parse(&[b"\x1b", b"[", b"1;5", b"A"]);
        assert_eq!(events, vec![k(KeyCode::Up, KeyModifiers::CONTROL)]);
        assert!(!parser.has_pending());
    }

    #[test]
    fn a_bare_esc_waits_and_becomes_esc_on_timeout() {
        let (events, mut parser) = parse(&[b"\x1b"]);
        assert!(events.is_empty(), "must not guess before the timeout");
        assert!(parser.has_pending());
        let mut out = Vec::new();
        parser.flush_pending(&mut out);
        assert_eq!(out, vec![k(KeyCode::Esc, KeyModifiers::NONE)]);
        assert!(!parser.has_pending());
    }

    #[test]
    fn a_utf8_character_split_across_packets_is_one_key() {
        let bytes = "é".as_bytes();
        let (events, _) = parse(&[&bytes[..1], &bytes[1..]]);
        assert_eq!(events, vec![k(KeyCode::Char('é'), KeyModifiers::NONE)]);
    }

    #[test]
    fn navigation_and_function_keys_are_decoded() {
        let (events, _) = parse(&[b"\x1b[5~\x1b[6~\x1bOP\x1b[15~\x1b[Z\x1b[H\x1bOB"]);
        assert_eq!(
            events,
            vec![
                k(KeyCode::PageUp, KeyModifiers::NONE),
                k(KeyCode::PageDown, KeyModifiers::NONE),
                k(KeyCode::F(1), KeyModifiers::NONE),
                k(KeyCode::F(5), KeyModifiers::NONE),
                k(KeyCode::BackTab, KeyModifiers::SHIFT),
                k(KeyCode::Home, KeyModifiers::NONE),
                k(KeyCode::Down, KeyModifiers::NONE),
            ]
        );
    }

    #[test]
    fn esc_followed_by_a_key_is_alt_of_that_key() {
        let (events, _) = parse(&[b"\x1bx"]);
        assert_eq!(events, vec![k(KeyCode::Char('x'), KeyModifiers::ALT)]);
    }

    #[test]
    fn a_bracketed_paste_split_anywhere_arrives_whole() {
        let (events, _) = parse(&[b"\x1b[200~hel", b"lo\x1b[2", b"01~j"]);
        assert_eq!(
            events,
            vec![
                Event::Paste("hello".into()),
                k(KeyCode::Char('j'), KeyModifiers::NONE),
            ]
        );
    }

    #[test]
    fn an_sgr_mouse_click_is_decoded_zero_based() {
        let (events, _) = parse(&[b"\x1b[<0;10;5M"]);
        let Event::Mouse(m) = &events[0] else {
            panic!("not a mouse event: {events:?}")
        };
        assert_eq!(m.kind, MouseEventKind::Down(MouseButton::Left));
        assert_eq!((m.column, m.row), (9, 4));
    }

    #[test]
    fn an_endless_sequence_is_dropped_not_buffered() {
        let mut parser = InputParser::new();
        let mut out = Vec::new();
        parser.feed(b"\x1b[", &mut out);
        for _ in 0..1000 {
            parser.feed(b"1;1;1;1;", &mut out);
        }
        assert!(parser.pending.len() <= MAX_SEQUENCE + 8);
        parser.feed(b"q", &mut out);
        assert!(out.contains(&k(KeyCode::Char('q'), KeyModifiers::NONE)));
    }

    #[test]
    fn invalid_bytes_are_skipped_without_losing_what_follows() {
        let (events, _) = parse(&[b"\xff\xfeq"]);
        assert_eq!(events, vec![k(KeyCode::Char('q'), KeyModifiers::NONE)]);
    }
}
