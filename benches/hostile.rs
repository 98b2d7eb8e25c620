//! Time budgets for the hostile inputs too big for the test suite: a 50 MB text file, a 20 MB
//! article dense with names and quotes, an article of 10,000 sentences without punctuation
//! aligned against an edited copy of itself, and two 20 MB articles that share nearly every
//! sentence (tens of thousands of matches between one pair of articles).
//!
//! `cargo bench --bench hostile` loads and analyses each case once, prints the wall time per
//! stage and fails (exit status 1) when a case goes over its budget. The budgets are generous
//! for a shared machine; they exist to catch work that grows quadratically, which would take
//! minutes or hours rather than seconds.

#[path = "../tests/support/hostile.rs"]
mod hostile;

use crosscheck::analysis::{Options, analyze};
use crosscheck::corpus::load::{LoadOptions, load_paths};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

struct Case {
    name: &'static str,
    budget: Duration,
    paths: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("cannot make a temporary folder: {e}");
            return ExitCode::FAILURE;
        }
    };
    let big = dir.path().join("fifty-megabytes.txt");
    let quoted = dir.path().join("twenty-megabytes-of-quotes.txt");
    let lhs = dir.path().join("no-punctuation.txt");
    let rhs = dir.path().join("no-punctuation-edited.txt");
    let twin = dir.path().join("twenty-megabytes.txt");
    let twin_edited = dir.path().join("twenty-megabytes-edited.txt");
    let text = hostile::no_punctuation_article(7);
    let written = hostile::write_big_text(&big, 50 << 20)
        .and_then(|()| hostile::write_big_text(&twin, 20 << 20))
        .and_then(|()| {
            let copy = std::fs::read_to_string(&twin)?;
            std::fs::write(&twin_edited, copy.replace(" harbour ", " lighthouse "))
        })
        .and_then(|()| hostile::write_big_reporting(&quoted, 20 << 20))
        .and_then(|()| std::fs::write(&lhs, &text))
        .and_then(|()| std::fs::write(&rhs, text.replacen("harbour", "lighthouse", 500)));
    if let Err(e) = written {
        eprintln!("cannot write the inputs: {e}");
        return ExitCode::FAILURE;
    }
    let cases = [
        Case {
            name: "50 MB text file",
            budget: Duration::from_secs(120),
            paths: vec![big],
        },
        Case {
            name: "20 MB of names and quotes",
            budget: Duration::from_secs(120),
            paths: vec![quoted],
        },
        Case {
            name: "10,000 unpunctuated sentences, twice",
            budget: Duration::from_secs(20),
            paths: vec![lhs, rhs],
        },
        Case {
            name: "20 MB article and an edited copy",
            budget: Duration::from_secs(120),
            paths: vec![twin, twin_edited],
        },
    ];
    let mut over = 0;
    for case in &cases {
        let start = Instant::now();
        let corpus = load_paths(&case.paths, &LoadOptions::default());
        let loaded = start.elapsed();
        let articles = corpus.articles.len();
        let analysis = analyze(corpus, &Options::default());
        let total = start.elapsed();
        let verdict = if total <= case.budget {
            "ok"
        } else {
            over += 1;
            "OVER BUDGET"
        };
        println!(
            "{:<40} {articles} articles, load {:>7.2?}, analyse {:>7.2?}, total {:>7.2?} \
             (budget {:?}): {verdict}; {} sentences, {} statements, {} overlaps",
            case.name,
            loaded,
            total - loaded,
            total,
            case.budget,
            analysis
                .docs
                .iter()
                .map(|d| d.sentences.len())
                .sum::<usize>(),
            analysis.statements.len(),
            analysis.overlaps.len(),
        );
    }
    if over > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
