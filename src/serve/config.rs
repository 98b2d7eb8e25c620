//! Ready-to-use server settings: where to listen, who may log in, and every limit.
//!
//! The command line turns into one [`ServeConfig`]; [`ServeConfig::validate`] refuses the one
//! dangerous combination (an open demo on a public address) unless it was asked for explicitly.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Who may open a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Access {
    /// Any user name, no password: a public demo.
    Open,
    /// Only holders of a key listed in this `authorized_keys` file.
    AuthorizedKeys(PathBuf),
}

/// Every limit that keeps one client from hurting the others. All are per server except where
/// the name says otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// Connections open at once, all addresses together.
    pub max_sessions: usize,
    /// Connections open at once from one IP address.
    pub max_per_address: usize,
    /// Time a connection has to authenticate before it is dropped.
    pub auth_timeout: Duration,
    /// Time without any input before a session is ended.
    pub idle_timeout: Duration,
    /// Absolute lifetime of a session, however active.
    pub max_session_time: Duration,
    /// Input events accepted per second per session (a burst of twice this is allowed).
    pub input_rate: u32,
    /// Failed authentication attempts one connection may make.
    pub max_auth_attempts: usize,
    /// Failed attempts from one address (over all its connections) before it is refused for
    /// [`Limits::auth_ban`].
    pub max_auth_failures_per_address: u32,
    /// How long an address that failed too often is refused.
    pub auth_ban: Duration,
    /// Largest terminal accepted; bigger requests are clamped so a frame stays bounded.
    pub max_columns: u16,
    pub max_rows: u16,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_sessions: 64,
            max_per_address: 4,
            auth_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(15 * 60),
            max_session_time: Duration::from_secs(2 * 60 * 60),
            input_rate: 200,
            max_auth_attempts: 6,
            max_auth_failures_per_address: 20,
            auth_ban: Duration::from_secs(60),
            max_columns: 500,
            max_rows: 200,
        }
    }
}

/// Everything `crosscheck serve` needs besides the analysis.
#[derive(Clone, Debug)]
pub struct ServeConfig {
    pub listen: SocketAddr,
    /// Where the host key lives; `None`: the platform data directory.
    pub host_key: Option<PathBuf>,
    pub access: Access,
    /// Allows [`Access::Open`] on a non-loopback address.
    pub allow_open_public: bool,
    pub limits: Limits,
}

/// Why a configuration cannot be served.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error(
        "refusing to serve an open demo (no authentication) on the non-loopback address {0}; \
         pass --authorized-keys FILE, or --allow-open to mean it"
    )]
    OpenOnPublicAddress(SocketAddr),
    #[error("{0} must be at least 1")]
    ZeroLimit(&'static str),
}

impl ServeConfig {
    /// Checks the settings before anything is bound or generated.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let open = self.access == Access::Open;
        if open && !self.listen.ip().is_loopback() && !self.allow_open_public {
            return Err(ConfigError::OpenOnPublicAddress(self.listen));
        }
        let l = &self.limits;
        let counts = [
            ("--max-sessions", l.max_sessions),
            ("--max-per-address", l.max_per_address),
            ("--input-rate", l.input_rate as usize),
        ];
        match counts.iter().find(|(_, n)| *n == 0) {
            Some((name, _)) => Err(ConfigError::ZeroLimit(name)),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(listen: &str, access: Access) -> ServeConfig {
        ServeConfig {
            listen: listen.parse().unwrap(),
            host_key: None,
            access,
            allow_open_public: false,
            limits: Limits::default(),
        }
    }

    #[test]
    fn an_open_demo_on_loopback_is_accepted() {
        assert_eq!(config("127.0.0.1:2222", Access::Open).validate(), Ok(()));
        assert_eq!(config("[::1]:2222", Access::Open).validate(), Ok(()));
    }

    #[test]
    fn an_open_demo_on_a_public_address_is_refused_unless_asked_for() {
        let mut c = config("0.0.0.0:2222", Access::Open);
        assert!(matches!(
            c.validate(),
            Err(ConfigError::OpenOnPublicAddress(_))
        ));
        c.allow_open_public = true;
        assert_eq!(c.validate(), Ok(()));
    }

    #[test]
    fn a_key_protected_server_may_listen_anywhere() {
        let c = config("0.0.0.0:2222", Access::AuthorizedKeys("keys".into()));
        assert_eq!(c.validate(), Ok(()));
    }

    #[test]
    fn a_zero_session_cap_is_refused() {
        let mut c = config("127.0.0.1:2222", Access::Open);
        c.limits.max_sessions = 0;
        assert_eq!(c.validate(), Err(ConfigError::ZeroLimit("--max-sessions")));
    }
}
