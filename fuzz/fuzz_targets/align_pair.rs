//! The aligner on two texts: overlaps and their word-level changes stay inside their own
//! article, on character boundaries.

#![no_main]

use crosscheck::analysis::align::{AlignOptions, align_corpus};
use crosscheck_fuzz::{check_span, corpus, segment_all, two_texts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (lhs, rhs) = two_texts(data);
    let corpus = corpus(&[&lhs, &rhs]);
    let docs = segment_all(&corpus);
    let overlaps = align_corpus(&corpus, &docs, &AlignOptions::default());
    for o in &overlaps {
        assert!(o.lhs.article < o.rhs.article, "sides out of order");
        assert!(
            (0.0..=1.0).contains(&o.similarity),
            "similarity {}",
            o.similarity
        );
        let (l, r) = (
            &corpus.articles[o.lhs.article].text,
            &corpus.articles[o.rhs.article].text,
        );
        check_span(l, o.lhs.span, "overlap lhs");
        check_span(r, o.rhs.span, "overlap rhs");
        for c in &o.changes {
            if let Some(s) = c.lhs {
                check_span(l, s, "change lhs");
            }
            if let Some(s) = c.rhs {
                check_span(r, s, "change rhs");
            }
        }
    }
});
