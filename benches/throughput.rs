//! Throughput benchmark: the bundled story, and generated corpora of 1,000 and 10,000 articles.
//!
//! `cargo bench --bench throughput` prints, for the bundled story, the median time to load and
//! analyse it (and to align only); for each generated size, articles per second, wall time and
//! peak memory. Each size runs in a child process of this binary, so peak memory (VmHWM) is
//! that size's own. Pass sizes as arguments to run others: `cargo bench --bench throughput --
//! 2000`, or `-- 0` for the bundled story only.

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use crosscheck::analysis::{self, Options, align, segment};
use std::process::Command;
use std::time::{Duration, Instant};

const DEFAULT_SIZES: &[usize] = &[1_000, 10_000];
const STORY_RUNS: usize = 51;
const SEED: u64 = 2023;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(pos) = args.iter().position(|a| a == "--child") {
        let size = args
            .get(pos + 1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(1_000);
        run_size(size);
        return;
    }
    let given: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let sizes: Vec<usize> = if given.is_empty() {
        DEFAULT_SIZES.to_vec()
    } else {
        given.into_iter().filter(|&n| n > 0).collect()
    };
    bundled_story();
    let mut walls = Vec::new();
    for size in sizes {
        match child(size) {
            Ok(wall) => walls.push((size, wall)),
            Err(e) => eprintln!("size {size}: {e}"),
        }
    }
    if let [(small, ts), .., (large, tl)] = walls[..] {
        println!(
            "scaling {small} -> {large} articles: {:.1}x the time for {:.0}x the articles",
            tl / ts,
            large as f64 / small as f64
        );
    }
}

/// Median of `STORY_RUNS` runs of load + analyse, and of segment + align alone.
fn bundled_story() {
    let mut whole = Vec::new();
    let mut align_only = Vec::new();
    let cpu_before = cpu_seconds().unwrap_or(0.0);
    for _ in 0..STORY_RUNS {
        let t = Instant::now();
        let corpus = crosscheck::corpus::bundled::bundled();
        let result = analysis::analyze(corpus, &Options::default());
        whole.push(t.elapsed());
        std::hint::black_box(&result);
        let t = Instant::now();
        let docs = segment_all(&result.corpus);
        let overlaps = align::align_corpus(&result.corpus, &docs, &Default::default());
        align_only.push(t.elapsed());
        std::hint::black_box(overlaps);
    }
    let cpu_per_run = (cpu_seconds().unwrap_or(0.0) - cpu_before) * 1e3 / STORY_RUNS as f64;
    println!(
        "bundled story ({} articles): load+analyze median {:.2} ms, segment+align median {:.2} ms ({STORY_RUNS} runs; {cpu_per_run:.1} ms CPU per run of both)",
        crosscheck::corpus::bundled::bundled().articles.len(),
        ms(median(&mut whole)),
        ms(median(&mut align_only)),
    );
}

/// Runs one size in a child process; returns its analyse wall time in seconds.
fn child(size: usize) -> Result<f64, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(exe)
        .args(["--child", &size.to_string()])
        .output()
        .map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    print!("{stdout}");
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("wall_seconds "))
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| "no wall time reported".to_string())
}

/// Generates `size` articles, then times segment + align and the whole analysis.
fn run_size(size: usize) {
    let corpus = corpus_gen::generate(size, SEED);
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    let t = Instant::now();
    let docs = segment_all(&corpus);
    let after_segment = memory("VmRSS:");
    let overlaps = align::align_corpus(&corpus, &docs, &Default::default());
    let align_wall = t.elapsed();
    println!(
        "{size} articles: resident after segmenting {}, after aligning {}, peak so far {}",
        after_segment.unwrap_or_default(),
        memory("VmRSS:").unwrap_or_default(),
        memory("VmHWM:").unwrap_or_default()
    );
    let found = overlaps.len();
    drop((docs, overlaps));
    let cpu_before = cpu_seconds().unwrap_or(0.0);
    let t = Instant::now();
    let result = analysis::analyze(corpus, &Options::default());
    let wall = t.elapsed();
    let cpu = cpu_seconds().unwrap_or(0.0) - cpu_before;
    std::hint::black_box(&result);
    println!(
        "{size} articles ({:.1} MB, {} threads): segment+align {:.2} s ({:.0} articles/s, {found} overlaps); analyze {:.2} s ({:.0} articles/s, {cpu:.1} CPU s); peak memory {}",
        bytes as f64 / 1e6,
        rayon::current_num_threads(),
        align_wall.as_secs_f64(),
        size as f64 / align_wall.as_secs_f64(),
        wall.as_secs_f64(),
        size as f64 / wall.as_secs_f64(),
        memory("VmHWM:").unwrap_or_else(|| "unknown".to_string()),
    );
    println!("wall_seconds {}", wall.as_secs_f64());
}

fn segment_all(corpus: &crosscheck::corpus::Corpus) -> Vec<segment::Segmented> {
    use rayon::prelude::*;
    corpus
        .articles
        .par_iter()
        .map(|a| segment::segment(&a.text, &a.body_spans()))
        .collect()
}

/// A memory line of /proc/self/status (Linux only): `VmHWM:` is the peak resident memory,
/// `VmRSS:` the current one.
fn memory(field: &str) -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(format!("{:.0} MB", kb / 1024.0))
}

/// User + system CPU seconds this process has used so far (Linux only).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after_name = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
