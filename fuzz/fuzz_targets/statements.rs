//! Entity and statement extraction on two texts: every statement and cue is a span of its own
//! article, and every speaker is a known entity.

#![no_main]

use crosscheck::analysis::entities::find_entities;
use crosscheck::analysis::statements::find_statements;
use crosscheck_fuzz::{check_span, corpus, segment_all, two_texts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (lhs, rhs) = two_texts(data);
    let corpus = corpus(&[&lhs, &rhs]);
    let docs = segment_all(&corpus);
    let entities = find_entities(&corpus, &docs);
    for e in &entities {
        for m in &e.mentions {
            check_span(&corpus.articles[m.article].text, m.span, "mention");
        }
    }
    for s in find_statements(&corpus, &docs, &entities) {
        let text = &corpus.articles[s.article].text;
        check_span(text, s.content, "statement");
        check_span(text, s.cue, "cue");
        assert!(
            s.speaker < entities.len(),
            "speaker {} of {}",
            s.speaker,
            entities.len()
        );
    }
});
