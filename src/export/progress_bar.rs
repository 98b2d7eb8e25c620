//! The export's progress bar: drawn on stderr while the analysis runs, and only when stderr is
//! a terminal, so a redirected or piped export prints nothing but the JSON (and warnings).

use crate::analysis::progress::Progress;
use crate::analysis::{self, Analysis, Options};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

/// Runs the analysis, with a bar on stderr when stderr is a terminal.
pub fn analyze(corpus: crate::corpus::Corpus, options: &Options) -> Analysis {
    if !std::io::stderr().is_terminal() {
        return analysis::analyze(corpus, options);
    }
    let bar = ProgressBar::with_draw_target(Some(100), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} [{bar:30}] {percent:>3}% {msg}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.enable_steady_tick(Duration::from_millis(120));
    let report = |p: &Progress| {
        bar.set_position((p.fraction() * 100.0).round() as u64);
        bar.set_message(format!("{} · {}", p.stage.label(), p.summary()));
    };
    let result = analysis::analyze_with_progress(corpus, options, &report);
    bar.finish_and_clear();
    result
}
