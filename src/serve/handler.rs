//! The SSH protocol decisions for one connection: who may log in, which requests are served,
//! and everything else refused (and logged).
//!
//! Exactly one session channel per connection, and only a shell with a PTY starts the app. Exec,
//! subsystems, X11, agent and port forwarding are refused: nothing here ever runs a command or
//! touches a file on a client's behalf.

use super::admission::Admission;
use super::app::{SessionApp, wants_color};
use super::auth::Gate;
use super::config::Limits;
use super::connection::ConnState;
use super::session::{self, SessionRequest};
use crate::analysis::Analysis;
use russh::keys::PublicKey;
use russh::server::{Auth, ChannelOpenHandle, Msg, PublicKeyOffer, Session, VerifiedPublicKey};
use russh::{Channel, ChannelId, ChannelOpenFailure, ChannelWriteHalf, MethodKind, MethodSet, Pty};
use std::sync::Arc;
use std::time::Instant;
use tracing::{info, warn};

/// What every connection shares: the app, the analysis, the access rule and the limits.
pub struct Shared {
    pub app: Arc<dyn SessionApp>,
    pub analysis: Arc<Analysis>,
    pub gate: Gate,
    pub admission: Admission,
    pub limits: Limits,
}

/// The terminal asked for in a `pty-req`.
#[derive(Clone, Debug)]
struct PtyInfo {
    term: String,
    width: u16,
    height: u16,
}

/// The handler russh calls for one connection.
pub struct ConnectionHandler {
    shared: Arc<Shared>,
    conn: Arc<ConnState>,
    /// The one session channel, until its shell starts.
    channel: Option<ChannelWriteHalf<Msg>>,
    channel_id: Option<ChannelId>,
    pty: Option<PtyInfo>,
    no_color_env: Option<String>,
    colorterm_env: Option<String>,
    user: String,
}

impl ConnectionHandler {
    pub fn new(shared: Arc<Shared>, conn: Arc<ConnState>) -> Self {
        ConnectionHandler {
            shared,
            conn,
            channel: None,
            channel_id: None,
            pty: None,
            no_color_env: None,
            colorterm_env: None,
            user: String::new(),
        }
    }

    fn clamp_size(&self, columns: u32, rows: u32) -> (u16, u16) {
        let limits = &self.shared.limits;
        let clamp = |n: u32, max: u16| u16::try_from(n).unwrap_or(max).clamp(1, max);
        let width = if columns == 0 {
            80
        } else {
            clamp(columns, limits.max_columns)
        };
        let height = if rows == 0 {
            24
        } else {
            clamp(rows, limits.max_rows)
        };
        (width, height)
    }

    /// Counts a failed login; logs when the address is banned as a result.
    fn failed(&self, user: &str, method: &str) -> Auth {
        warn!(user, method, "authentication failed");
        let ip = self.conn.peer.ip();
        if self
            .shared
            .admission
            .record_auth_failure(ip, Instant::now())
        {
            warn!(%ip, "too many failed logins; address refused for a while");
        }
        Auth::reject()
    }

    fn accepted(&mut self, user: &str, method: &str) -> Auth {
        info!(user, method, "authenticated");
        self.user = user.to_string();
        Auth::Accept
    }

    fn publickey_only() -> Auth {
        let mut methods = MethodSet::empty();
        methods.push(MethodKind::PublicKey);
        Auth::Reject {
            proceed_with_methods: Some(methods),
            partial_success: false,
        }
    }

    fn is_our_channel(&self, channel: ChannelId) -> bool {
        self.channel_id == Some(channel)
    }

    /// Starts the app on the session channel (shell request with a PTY).
    fn start_app(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), anyhow::Error> {
        let (Some(writer), Some(pty)) = (self.channel.take(), self.pty.clone()) else {
            warn!("shell request without a terminal refused; connect with ssh -t");
            session.channel_failure(channel)?;
            let _ = session.extended_data(
                channel,
                1,
                &b"crosscheck serve needs a terminal: connect with ssh -t\r\n"[..],
            );
            session.exit_status_request(channel, 1)?;
            session.close(channel)?;
            return Ok(());
        };
        session.channel_success(channel)?;
        let request = SessionRequest {
            no_color: !wants_color(&pty.term, self.no_color_env.as_deref()),
            term: pty.term,
            colorterm: self.colorterm_env.clone(),
            width: pty.width,
            height: pty.height,
            input_rate: self.shared.limits.input_rate,
        };
        info!(user = %self.user, term = %request.term, width = request.width, height = request.height, no_color = request.no_color, "session started");
        let control = session::start(
            self.shared.app.clone(),
            self.shared.analysis.clone(),
            request,
            writer,
            session.handle(),
        );
        self.conn.set_session(Arc::new(control));
        Ok(())
    }

    fn refuse_request(
        &self,
        channel: ChannelId,
        what: &str,
        session: &mut Session,
    ) -> Result<(), anyhow::Error> {
        warn!(request = what, "request refused");
        session.channel_failure(channel)?;
        Ok(())
    }
}

impl russh::server::Handler for ConnectionHandler {
    type Error = anyhow::Error;

    async fn auth_none(&mut self, user: &str) -> Result<Auth, Self::Error> {
        if self.shared.gate.allows_anyone() {
            return Ok(self.accepted(user, "none"));
        }
        Ok(Self::publickey_only())
    }

    async fn auth_password(&mut self, user: &str, _password: &str) -> Result<Auth, Self::Error> {
        Ok(self.failed(user, "password"))
    }

    async fn auth_publickey_offered(
        &mut self,
        user: &str,
        offer: PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        if self.shared.gate.allows_key(offer.public_key) {
            return Ok(Auth::Accept);
        }
        Ok(self.failed(user, "publickey"))
    }

    async fn auth_publickey(
        &mut self,
        user: &str,
        key: VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        let allowed: &PublicKey = key.public_key;
        if self.shared.gate.allows_key(allowed) {
            return Ok(self.accepted(user, "publickey"));
        }
        Ok(self.failed(user, "publickey"))
    }

    async fn auth_succeeded(&mut self, _session: &mut Session) -> Result<(), Self::Error> {
        self.conn.mark_authenticated(Instant::now());
        Ok(())
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.channel_id.is_some() {
            warn!("second session channel refused");
            reply
                .reject(ChannelOpenFailure::AdministrativelyProhibited)
                .await;
            return Ok(());
        }
        let (_read_half, write_half) = channel.split();
        self.channel_id = Some(write_half.id());
        self.channel = Some(write_half);
        reply.accept().await;
        Ok(())
    }

    async fn channel_open_direct_tcpip(
        &mut self,
        _c: Channel<Msg>,
        _host: &str,
        _port: u32,
        _oa: &str,
        _op: u32,
        reply: ChannelOpenHandle,
        _s: &mut Session,
    ) -> Result<(), Self::Error> {
        warn!(request = "direct-tcpip", "port forwarding refused");
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
        Ok(())
    }

    async fn channel_open_direct_streamlocal(
        &mut self,
        _c: Channel<Msg>,
        _path: &str,
        reply: ChannelOpenHandle,
        _s: &mut Session,
    ) -> Result<(), Self::Error> {
        warn!(request = "direct-streamlocal", "socket forwarding refused");
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
        Ok(())
    }

    async fn channel_open_x11(
        &mut self,
        _c: Channel<Msg>,
        _a: &str,
        _p: u32,
        reply: ChannelOpenHandle,
        _s: &mut Session,
    ) -> Result<(), Self::Error> {
        warn!(request = "x11", "X11 channel refused");
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
        Ok(())
    }

    #[allow(clippy::too_many_arguments, reason = "the signature is russh's")]
    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        columns: u32,
        rows: u32,
        _pw: u32,
        _ph: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.is_our_channel(channel) || self.conn.session().is_some() {
            return self.refuse_request(channel, "pty-req", session);
        }
        let (width, height) = self.clamp_size(columns, rows);
        let term: String = term
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(64)
            .collect();
        self.pty = Some(PtyInfo {
            term,
            width,
            height,
        });
        session.channel_success(channel)?;
        Ok(())
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.is_our_channel(channel) {
            return Ok(session.channel_failure(channel)?);
        }
        let value: String = value.chars().take(64).collect();
        let slot = match name {
            "NO_COLOR" => &mut self.no_color_env,
            "COLORTERM" => &mut self.colorterm_env,
            _ => return Ok(session.channel_failure(channel)?),
        };
        *slot = Some(value);
        session.channel_success(channel)?;
        Ok(())
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.conn.touch(Instant::now());
        if !self.is_our_channel(channel) || self.conn.session().is_some() {
            return self.refuse_request(channel, "shell", session);
        }
        self.start_app(channel, session)
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let shown: String = String::from_utf8_lossy(&data[..data.len().min(80)])
            .escape_debug()
            .collect();
        warn!(command = %shown, "exec request refused");
        let _ = session.extended_data(
            channel,
            1,
            &b"crosscheck serve runs no commands; connect with: ssh -t\r\n"[..],
        );
        session.channel_failure(channel)?;
        session.close(channel)?;
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let shown: String = name.chars().take(40).collect();
        warn!(subsystem = %shown.escape_debug(), "subsystem request refused");
        session.channel_failure(channel)?;
        session.close(channel)?;
        Ok(())
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single: bool,
        _proto: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse_request(channel, "x11-req", session)
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        warn!(request = "auth-agent-req", "agent forwarding refused");
        Ok(false)
    }

    async fn tcpip_forward(
        &mut self,
        address: &str,
        port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        let shown: String = address.chars().take(64).collect();
        warn!(address = %shown.escape_debug(), port = *port, "remote port forwarding refused");
        Ok(false)
    }

    async fn streamlocal_forward(
        &mut self,
        _path: &str,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        warn!(request = "streamlocal-forward", "socket forwarding refused");
        Ok(false)
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        columns: u32,
        rows: u32,
        _pw: u32,
        _ph: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        let (width, height) = self.clamp_size(columns, rows);
        if let (true, Some(control)) = (self.is_our_channel(channel), self.conn.session()) {
            control.resize(width, height);
        }
        Ok(())
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.conn.touch(Instant::now());
        if let (true, Some(control)) = (self.is_our_channel(channel), self.conn.session()) {
            control.input(data).await;
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let (true, Some(control)) = (self.is_our_channel(channel), self.conn.session()) {
            control.end(None);
        }
        Ok(())
    }
}

/// The handler for a refused connection: it only lives long enough to send the reason as an SSH
/// disconnect message, and rejects anything the client tries meanwhile (russh's defaults).
pub struct RefusingHandler;

impl russh::server::Handler for RefusingHandler {
    type Error = anyhow::Error;
}
