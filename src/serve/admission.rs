//! Who may connect right now: the session cap, the per-address cap and the ban on addresses
//! that failed authentication too often.
//!
//! russh accepts every connection it is given, so the server asks [`Admission`] before handing
//! a socket over. A [`Ticket`] holds the connection's place and gives it back when dropped,
//! whatever way the connection ends.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Why a connection was turned away; the text is sent to the client and logged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the server is full ({limit} sessions); try again later")]
    ServerFull { limit: usize },
    #[error("too many sessions from your address ({limit}); close one first")]
    AddressFull { limit: usize },
    #[error("too many failed logins from your address; try again in {seconds} s")]
    Banned { seconds: u64 },
}

#[derive(Debug, Default)]
struct Failures {
    count: u32,
    banned_until: Option<Instant>,
}

#[derive(Debug, Default)]
struct State {
    active: usize,
    per_address: HashMap<IpAddr, usize>,
    failures: HashMap<IpAddr, Failures>,
}

/// Shared by the accept loop and every connection (cheap to clone).
#[derive(Clone, Debug)]
pub struct Admission {
    state: Arc<Mutex<State>>,
    max_sessions: usize,
    max_per_address: usize,
    max_failures: u32,
    ban: Duration,
}

impl Admission {
    pub fn new(
        max_sessions: usize,
        max_per_address: usize,
        max_failures: u32,
        ban: Duration,
    ) -> Self {
        Admission {
            state: Arc::default(),
            max_sessions,
            max_per_address,
            max_failures: max_failures.max(1),
            ban,
        }
    }

    /// Reserves a place for a connection from `ip`, or says why not.
    pub fn admit(&self, ip: IpAddr, now: Instant) -> Result<Ticket, Refusal> {
        let mut state = self.lock();
        if let Some(until) = state.failures.get(&ip).and_then(|f| f.banned_until) {
            if until > now {
                let seconds = until.duration_since(now).as_secs().max(1);
                return Err(Refusal::Banned { seconds });
            }
            state.failures.remove(&ip);
        }
        if state.active >= self.max_sessions {
            return Err(Refusal::ServerFull {
                limit: self.max_sessions,
            });
        }
        let from_ip = state.per_address.entry(ip).or_insert(0);
        if *from_ip >= self.max_per_address {
            return Err(Refusal::AddressFull {
                limit: self.max_per_address,
            });
        }
        *from_ip += 1;
        state.active += 1;
        Ok(Ticket {
            admission: self.clone(),
            ip,
        })
    }

    /// Counts a failed login from `ip`; at the cap the address is banned for a while.
    /// Returns true when this failure started a ban.
    pub fn record_auth_failure(&self, ip: IpAddr, now: Instant) -> bool {
        let mut state = self.lock();
        if state.failures.len() > 10_000 {
            // Bounded memory under a flood of addresses: forget bans that have ended.
            state
                .failures
                .retain(|_, f| f.banned_until.is_some_and(|u| u > now));
        }
        let record = state.failures.entry(ip).or_default();
        record.count += 1;
        if record.count >= self.max_failures && record.banned_until.is_none() {
            record.banned_until = Some(now + self.ban);
            return true;
        }
        false
    }

    /// Connections currently admitted.
    pub fn active(&self) -> usize {
        self.lock().active
    }

    /// The lock is never held across an await or a panic-prone call, so a poisoned lock
    /// still holds consistent counts.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// One admitted connection's place; dropping it frees the place.
#[derive(Debug)]
pub struct Ticket {
    admission: Admission,
    ip: IpAddr,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let mut state = self.admission.lock();
        state.active = state.active.saturating_sub(1);
        if let Some(n) = state.per_address.get_mut(&self.ip) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                state.per_address.remove(&self.ip);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([127, 0, 0, last])
    }

    #[test]
    fn the_session_cap_refuses_the_next_connection_and_frees_on_drop() {
        let a = Admission::new(2, 5, 3, Duration::from_secs(60));
        let now = Instant::now();
        let t1 = a.admit(ip(1), now).unwrap();
        let _t2 = a.admit(ip(2), now).unwrap();
        assert_eq!(
            a.admit(ip(3), now).unwrap_err(),
            Refusal::ServerFull { limit: 2 }
        );
        drop(t1);
        assert_eq!(a.active(), 1);
        assert!(a.admit(ip(3), now).is_ok());
    }

    #[test]
    fn one_address_cannot_take_more_than_its_share() {
        let a = Admission::new(10, 2, 3, Duration::from_secs(60));
        let now = Instant::now();
        let _t1 = a.admit(ip(1), now).unwrap();
        let _t2 = a.admit(ip(1), now).unwrap();
        assert_eq!(
            a.admit(ip(1), now).unwrap_err(),
            Refusal::AddressFull { limit: 2 }
        );
        assert!(
            a.admit(ip(2), now).is_ok(),
            "other addresses are unaffected"
        );
    }

    #[test]
    fn repeated_failures_ban_an_address_for_a_while_only() {
        let a = Admission::new(10, 10, 3, Duration::from_secs(60));
        let now = Instant::now();
        assert!(!a.record_auth_failure(ip(1), now));
        assert!(!a.record_auth_failure(ip(1), now));
        assert!(a.record_auth_failure(ip(1), now));
        assert!(matches!(a.admit(ip(1), now), Err(Refusal::Banned { .. })));
        assert!(a.admit(ip(2), now).is_ok());
        assert!(a.admit(ip(1), now + Duration::from_secs(61)).is_ok());
    }
}
