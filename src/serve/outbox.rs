//! The bytes waiting to go to one client, bounded: "latest frame wins".
//!
//! The app (on its own thread) pushes each drawn frame; the channel writer (a task) takes
//! everything pending and sends it as fast as the client's SSH window allows. When the client
//! falls behind and the backlog would pass the cap, the backlog is thrown away and replaced by
//! one full repaint of the current screen, so a slow or stalled client costs at most the cap plus
//! one frame, never an unbounded queue.

use std::sync::{Mutex, MutexGuard};
use tokio::sync::Notify;

#[derive(Debug, Default)]
struct State {
    pending: Vec<u8>,
    closed: bool,
    /// Backlogs replaced by a repaint so far (for logs and tests).
    replaced: u64,
}

/// One session's outgoing bytes.
#[derive(Debug)]
pub struct Outbox {
    state: Mutex<State>,
    ready: Notify,
    cap: usize,
}

impl Outbox {
    /// An outbox whose backlog of frames never exceeds `cap` bytes (a single repaint may).
    pub fn new(cap: usize) -> Self {
        Outbox {
            state: Mutex::default(),
            ready: Notify::new(),
            cap,
        }
    }

    /// Queues `bytes` behind what is pending. Returns false, queuing nothing, when that would
    /// pass the cap: the caller then sends a full repaint with [`Outbox::replace`].
    pub fn push(&self, bytes: &[u8]) -> bool {
        let mut state = self.lock();
        if state.closed {
            return true;
        }
        if !state.pending.is_empty() && state.pending.len() + bytes.len() > self.cap {
            return false;
        }
        state.pending.extend_from_slice(bytes);
        drop(state);
        self.ready.notify_one();
        true
    }

    /// Drops the backlog in favour of `bytes`, which must stand on their own (a full repaint).
    pub fn replace(&self, bytes: Vec<u8>) {
        let mut state = self.lock();
        if state.closed {
            return;
        }
        state.pending = bytes;
        state.replaced += 1;
        drop(state);
        self.ready.notify_one();
    }

    /// Waits for pending bytes and takes them all; `None` once closed and drained.
    pub async fn take(&self) -> Option<Vec<u8>> {
        loop {
            {
                let mut state = self.lock();
                if !state.pending.is_empty() {
                    return Some(std::mem::take(&mut state.pending));
                }
                if state.closed {
                    return None;
                }
            }
            self.ready.notified().await;
        }
    }

    /// Queues `bytes` (the goodbye) whatever the cap, then refuses anything further.
    pub fn close_with(&self, bytes: &[u8]) {
        let mut state = self.lock();
        if !state.closed {
            state.pending.extend_from_slice(bytes);
            state.closed = true;
        }
        drop(state);
        self.ready.notify_one();
    }

    /// Bytes currently waiting.
    pub fn backlog(&self) -> usize {
        self.lock().pending.len()
    }

    /// How many times a backlog was replaced by a repaint.
    pub fn replaced(&self) -> u64 {
        self.lock().replaced
    }

    /// Only plain data is mutated under the lock, so a poisoned lock is still consistent.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_queue_behind_each_other_until_the_cap() {
        let outbox = Outbox::new(10);
        assert!(outbox.push(b"12345"));
        assert!(outbox.push(b"6789"));
        assert!(!outbox.push(b"abc"), "would pass the cap");
        assert_eq!(outbox.backlog(), 9);
    }

    #[test]
    fn a_single_frame_larger_than_the_cap_is_still_sent() {
        let outbox = Outbox::new(4);
        assert!(outbox.push(b"a frame bigger than the cap"));
    }

    #[test]
    fn a_repaint_replaces_the_backlog_so_memory_stays_bounded() {
        let outbox = Outbox::new(8);
        for _ in 0..1000 {
            if !outbox.push(b"diff") {
                outbox.replace(b"full".to_vec());
            }
        }
        assert!(outbox.backlog() <= 8);
        assert!(outbox.replaced() > 0);
    }

    #[tokio::test]
    async fn take_drains_then_reports_closed() {
        let outbox = Outbox::new(100);
        outbox.push(b"frame");
        outbox.close_with(b"bye");
        assert_eq!(outbox.take().await.as_deref(), Some(&b"framebye"[..]));
        assert_eq!(outbox.take().await, None);
        assert!(outbox.push(b"late"));
        assert_eq!(outbox.backlog(), 0, "nothing is queued after close");
    }
}
