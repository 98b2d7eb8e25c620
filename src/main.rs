//! The `crosscheck` binary: parse the command line, load, analyse, then browse or export.
//! Exit codes live here only: 0 success, 2 when no article could be loaded or on bad usage.

// Input-dependent code must not panic: every unwrap or expect outside tests is either
// removed or carries a comment saying why it cannot fail.
#![cfg_attr(not(test), warn(clippy::unwrap_used, clippy::expect_used))]

use anyhow::Result;
use clap::Parser;
use crosscheck::analysis;
use crosscheck::cli::{Cli, Command};
use crosscheck::corpus::{Corpus, bundled, load};
use crosscheck::{export, serve, tui};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("crosscheck: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Export(args)) => {
            let Some(corpus) = load_corpus(&args.paths, &args.load.options()) else {
                return Ok(ExitCode::from(2));
            };
            let analysis = export::progress_bar::analyze(corpus, &analysis::Options::default());
            println!("{}", export::to_json(&analysis, args.pretty));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Serve(args)) => {
            let Some(corpus) = load_corpus(&args.paths, &args.load.options()) else {
                return Ok(ExitCode::from(2));
            };
            serve::logging::init();
            let analysis = analysis::analyze(corpus, &analysis::Options::default());
            let analysis = Arc::new(analysis);
            serve::run(args.config(), analysis, serve::browser::app())?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let args = cli.browse;
            let no_color =
                args.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let (paths, options) = (args.paths.clone(), args.load.options());
            let outcome =
                tui::start::run_local_loading(move || read_corpus(&paths, &options), no_color)?;
            for w in &outcome.warnings {
                eprintln!("crosscheck: {w}");
            }
            if outcome.empty {
                nothing_loaded(&args.paths);
                return Ok(ExitCode::from(2));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The bundled story when no path is given, else the files under `paths`. Prints every load
/// warning to stderr; returns None (after saying why) when nothing could be loaded.
fn load_corpus(paths: &[PathBuf], options: &load::LoadOptions) -> Option<Corpus> {
    let corpus = read_corpus(paths, options);
    for w in &corpus.warnings {
        eprintln!("crosscheck: {w}");
    }
    if corpus.articles.is_empty() {
        nothing_loaded(paths);
        return None;
    }
    Some(corpus)
}

/// The bundled story when no path is given, else the files under `paths`; prints nothing.
fn read_corpus(paths: &[PathBuf], options: &load::LoadOptions) -> Corpus {
    if paths.is_empty() {
        bundled::bundled()
    } else {
        load::load_paths(paths, options)
    }
}

fn nothing_loaded(paths: &[PathBuf]) {
    let what: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    eprintln!(
        "crosscheck: no articles could be loaded from {}",
        what.join(", ")
    );
}
