//! What the server knows about one connection while it lasts, shared between its SSH handler
//! and its watchdog (which enforces the deadlines).

use super::session::SessionControl;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

/// One connection's state. Small and lock-light: the watchdog reads it once a second.
#[derive(Debug)]
pub struct ConnState {
    pub peer: SocketAddr,
    pub started: Instant,
    authenticated: AtomicBool,
    last_input: Mutex<Instant>,
    session: Mutex<Option<Arc<SessionControl>>>,
}

impl std::fmt::Debug for SessionControl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionControl")
            .field("finished", &self.is_finished())
            .finish()
    }
}

impl ConnState {
    pub fn new(peer: SocketAddr, now: Instant) -> Self {
        ConnState {
            peer,
            started: now,
            authenticated: AtomicBool::new(false),
            last_input: Mutex::new(now),
            session: Mutex::new(None),
        }
    }

    pub fn mark_authenticated(&self, now: Instant) {
        self.authenticated.store(true, Ordering::Relaxed);
        self.touch(now);
    }

    pub fn is_authenticated(&self) -> bool {
        self.authenticated.load(Ordering::Relaxed)
    }

    /// Records client activity (input, requests), which postpones the idle timeout.
    pub fn touch(&self, now: Instant) {
        *lock(&self.last_input) = now;
    }

    pub fn last_input(&self) -> Instant {
        *lock(&self.last_input)
    }

    pub fn set_session(&self, control: Arc<SessionControl>) {
        *lock(&self.session) = Some(control);
    }

    pub fn session(&self) -> Option<Arc<SessionControl>> {
        lock(&self.session).clone()
    }
}

/// The guarded values are plain data, consistent even after a panic elsewhere.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}
