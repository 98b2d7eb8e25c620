//! The segmenter on arbitrary text, over the whole text and over the loader's body spans.

#![no_main]

use crosscheck::analysis::segment::segment;
use crosscheck::analysis::span::Span;
use crosscheck_fuzz::{article, check_segmented};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let whole = segment(&text, &[Span::new(0, text.len())]);
    check_segmented(&text, &whole);
    let a = article("fuzz.txt", &text);
    let body = segment(&a.text, &a.body_spans());
    check_segmented(&a.text, &body);
});
