//! The loader, bytes → articles, in every format: never panics, and every span it records
//! slices the article text on character boundaries.

#![no_main]

use crosscheck::corpus::load::{Format, articles_from_bytes};
use crosscheck_fuzz::check_span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let format = Format::ALL[usize::from(selector) % Format::ALL.len()];
    let Ok(parsed) = articles_from_bytes("fuzz/input", format, bytes) else {
        return;
    };
    for a in &parsed.articles {
        let spans = a.title_span.iter().chain(a.date_span.iter());
        for s in spans.chain(a.furniture.iter().map(|f| &f.span)) {
            check_span(&a.text, *s, "loader span");
        }
        if a.text_is_file && format == Format::Text {
            assert_eq!(
                a.text.as_bytes(),
                bytes,
                "text_is_file but the text differs"
            );
        }
        for s in a.body_spans() {
            check_span(&a.text, s, "body span");
        }
    }
});
