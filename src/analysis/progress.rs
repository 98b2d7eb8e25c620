//! Progress of a long analysis: which stage runs and what has been counted so far (files read,
//! pairs aligned, statements found), reported to a callback the caller chooses.
//!
//! A callback rather than a global counter, so that several analyses (one per connection) can
//! report to their own gauges at once; the browser sends snapshots over a channel, the export
//! draws a bar on stderr.

/// The stages of loading and analysis, in the order they run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    #[default]
    Loading,
    Segmenting,
    Aligning,
    Entities,
    Statements,
    Claims,
    Discrepancies,
    Done,
}

impl Stage {
    /// What the stage does, for a gauge label ("aligning passages").
    pub fn label(self) -> &'static str {
        match self {
            Stage::Loading => "reading files",
            Stage::Segmenting => "splitting sentences",
            Stage::Aligning => "aligning passages",
            Stage::Entities => "finding names",
            Stage::Statements => "finding statements",
            Stage::Claims => "grouping claims",
            Stage::Discrepancies => "finding discrepancies",
            Stage::Done => "done",
        }
    }

    /// The share of the total work done when this stage starts; aligning is most of it.
    pub fn start_fraction(self) -> f64 {
        match self {
            Stage::Loading => 0.0,
            Stage::Segmenting => 0.1,
            Stage::Aligning => 0.2,
            Stage::Entities => 0.7,
            Stage::Statements => 0.8,
            Stage::Claims => 0.9,
            Stage::Discrepancies => 0.97,
            Stage::Done => 1.0,
        }
    }
}

/// A snapshot of the counts so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub stage: Stage,
    pub files_read: usize,
    /// Article pairs found to share passages.
    pub pairs_aligned: usize,
    pub statements_found: usize,
}

impl Progress {
    /// Done share (0..=1), by stage.
    pub fn fraction(&self) -> f64 {
        self.stage.start_fraction()
    }

    /// "1,204 files read · 3,411 pairs aligned · 812 statements found".
    pub fn summary(&self) -> String {
        format!(
            "{} files read · {} pairs aligned · {} statements found",
            thousands(self.files_read),
            thousands(self.pairs_aligned),
            thousands(self.statements_found)
        )
    }
}

/// Receives progress snapshots; called from the analysing thread.
pub type Report<'a> = &'a (dyn Fn(&Progress) + Sync);

/// A reporter that ignores everything, for callers without a gauge.
pub fn silent(_: &Progress) {}

/// Distinct article pairs among `overlaps` (sorted by pair, as the aligner returns them).
pub fn article_pairs(overlaps: &[super::align::Overlap]) -> usize {
    let mut pairs: Vec<(usize, usize)> = overlaps
        .iter()
        .map(|o| (o.lhs.article, o.rhs.article))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs.len()
}

/// `12345` as "12,345".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_print_with_thousands_separators() {
        let p = Progress {
            files_read: 12_345,
            pairs_aligned: 7,
            statements_found: 1_000,
            ..Progress::default()
        };
        assert_eq!(
            p.summary(),
            "12,345 files read · 7 pairs aligned · 1,000 statements found"
        );
    }

    #[test]
    fn the_fraction_grows_with_the_stage_and_ends_at_one() {
        let stages = [
            Stage::Loading,
            Stage::Segmenting,
            Stage::Aligning,
            Stage::Entities,
            Stage::Statements,
            Stage::Claims,
            Stage::Discrepancies,
            Stage::Done,
        ];
        for w in stages.windows(2) {
            assert!(w[0].start_fraction() < w[1].start_fraction());
        }
        assert_eq!(Stage::Done.start_fraction(), 1.0);
    }
}
