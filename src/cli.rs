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
}
