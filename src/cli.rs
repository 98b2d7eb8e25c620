//! Command-line arguments (plain data, parsed by clap) and their conversion to ready options.

use crate::corpus::load::LoadOptions;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Cross-check news sources: shared passages, word-level changes, who said what.
#[derive(Debug, Parser)]
#[command(
    name = "crosscheck",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub browse: BrowseArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the analysis as one JSON document (schema crosscheck/1) on standard output.
    Export(ExportArgs),
    /// Serve the browser over SSH: every client gets its own live copy.
    Serve(ServeArgs),
}

/// Open the browser (the default command).
#[derive(Debug, Args)]
pub struct BrowseArgs {
    /// Article files and folders (searched recursively); none: the bundled story.
    pub paths: Vec<PathBuf>,
    /// Render with bold, underline and reverse only (also when NO_COLOR is set).
    #[arg(long)]
    pub no_color: bool,
    #[command(flatten)]
    pub load: LoadArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Article files and folders (searched recursively); none: the bundled story.
    pub paths: Vec<PathBuf>,
    /// Indent the JSON for reading.
    #[arg(long)]
    pub pretty: bool,
    #[command(flatten)]
    pub load: LoadArgs,
}

/// `crosscheck serve`: the browser over SSH (see docs/serve.md).
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Article files and folders (searched recursively); none: the bundled story.
    pub paths: Vec<PathBuf>,
    /// Address to listen on; anything but loopback needs --authorized-keys (or --allow-open).
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:2222")]
    pub listen: std::net::SocketAddr,
    /// Host key file (created with mode 0600 if missing); default: the platform data directory.
    #[arg(long, value_name = "PATH")]
    pub host_key: Option<PathBuf>,
    /// Only let in the public keys listed in this OpenSSH authorized_keys file.
    #[arg(long, value_name = "FILE")]
    pub authorized_keys: Option<PathBuf>,
    /// Allow the open demo (no authentication) on a non-loopback address.
    #[arg(long)]
    pub allow_open: bool,
    /// Most sessions at once.
    #[arg(long, default_value_t = 64)]
    pub max_sessions: usize,
    /// Most sessions at once from one IP address.
    #[arg(long, default_value_t = 4)]
    pub max_per_address: usize,
    /// Seconds a connection has to log in.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub auth_timeout: u64,
    /// Seconds without input before a session is ended.
    #[arg(long, value_name = "SECONDS", default_value_t = 900)]
    pub idle_timeout: u64,
    /// Seconds a session may last at most.
    #[arg(long, value_name = "SECONDS", default_value_t = 7200)]
    pub max_session_time: u64,
    /// Input events per second per session (bursts of twice as many are allowed).
    #[arg(long, value_name = "EVENTS", default_value_t = 200)]
    pub input_rate: u32,
    #[command(flatten)]
    pub load: LoadArgs,
}

impl ServeArgs {
    /// The ready server configuration.
    pub fn config(&self) -> crate::serve::ServeConfig {
        use crate::serve::{Access, Limits, ServeConfig};
        use std::time::Duration;
        ServeConfig {
            listen: self.listen,
            host_key: self.host_key.clone(),
            access: match &self.authorized_keys {
                Some(path) => Access::AuthorizedKeys(path.clone()),
                None => Access::Open,
            },
            allow_open_public: self.allow_open,
            limits: Limits {
                max_sessions: self.max_sessions,
                max_per_address: self.max_per_address,
                auth_timeout: Duration::from_secs(self.auth_timeout),
                idle_timeout: Duration::from_secs(self.idle_timeout),
                max_session_time: Duration::from_secs(self.max_session_time),
                input_rate: self.input_rate,
                ..Limits::default()
            },
        }
    }
}

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// Skip files larger than this (bytes, or with a K/M/G suffix), with a warning.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_file_size: u64,
}

impl LoadArgs {
    pub fn options(&self) -> LoadOptions {
        LoadOptions {
            max_file_size: self.max_file_size,
            ..LoadOptions::default()
        }
    }
}

/// Parses "2048", "64K", "64M", "1G" (binary multiples) into bytes.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let m = match c.to_ascii_uppercase() {
                'K' => 1u64 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                'B' => 1,
                _ => return Err(format!("unknown size suffix '{c}' (use K, M or G)")),
            };
            (&s[..i], m)
        }
        _ => (s, 1),
    };
    let n: u64 = num
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a size"))?;
    n.checked_mul(mult)
        .ok_or_else(|| format!("'{s}' is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_and_without_suffix() {
        assert_eq!(parse_size("2048"), Ok(2048));
        assert_eq!(parse_size("64K"), Ok(64 * 1024));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert!(parse_size("12X").is_err());
        assert!(parse_size("many").is_err());
    }

    #[test]
    fn export_is_a_subcommand_and_paths_are_positional() {
        let cli = Cli::try_parse_from(["crosscheck", "export", "a.txt", "--pretty"]).unwrap();
        assert!(
            matches!(cli.command, Some(Command::Export(ref e)) if e.pretty && e.paths.len() == 1)
        );
        let cli = Cli::try_parse_from(["crosscheck", "x.txt", "y"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.browse.paths.len(), 2);
    }

    #[test]
    fn serve_defaults_to_an_open_demo_on_loopback_port_2222() {
        let cli = Cli::try_parse_from(["crosscheck", "serve"]).unwrap();
        let Some(Command::Serve(args)) = cli.command else {
            panic!("not the serve command")
        };
        let config = args.config();
        assert_eq!(config.listen.to_string(), "127.0.0.1:2222");
        assert_eq!(config.access, crate::serve::Access::Open);
        assert_eq!(config.limits.max_sessions, 64);
        assert_eq!(config.limits.max_per_address, 4);
    }

    #[test]
    fn serve_with_authorized_keys_and_limits_parses() {
        let cli = Cli::try_parse_from([
            "crosscheck",
            "serve",
            "news",
            "--listen",
            "0.0.0.0:22",
            "--authorized-keys",
            "keys",
            "--idle-timeout",
            "60",
            "--max-sessions",
            "8",
        ])
        .unwrap();
        let Some(Command::Serve(args)) = cli.command else {
            panic!("not the serve command")
        };
        let config = args.config();
        assert!(matches!(
            config.access,
            crate::serve::Access::AuthorizedKeys(_)
        ));
        assert_eq!(config.limits.idle_timeout.as_secs(), 60);
        assert_eq!(config.limits.max_sessions, 8);
        assert_eq!(args.paths.len(), 1);
    }
}
