//! Property tests on hostile text for the segmenter, the aligner and statement extraction (the
//! loader's own properties live next to it in `src/corpus/parse.rs`): whatever the text, every
//! span stays inside its own article on character boundaries.
//!
//! The text is built from the pieces that broke or could break these: quote marks of every
//! kind, unbalanced; line ends of every kind; zero-width and bidi controls; combining marks;
//! Cyrillic and CJK; attribution cues; capitalised names.

use crosscheck::analysis::align::{AlignOptions, align_corpus};
use crosscheck::analysis::entities::find_entities;
use crosscheck::analysis::segment::{Segmented, segment};
use crosscheck::analysis::span::Span;
use crosscheck::analysis::statements::find_statements;
use crosscheck::corpus::Corpus;
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Z][a-z]{1,8}",
        4 => "[a-z]{1,9}",
        1 => "[0-9]{1,5}",
        1 => "\\PC{1,6}",
        1 => prop::sample::select(vec![
            "\"", "“", "”", "‘", "’", "«", "»", "'", "„", "‹", "›", "「", "」",
            ".", "!", "?", "…", ",", ";", ":", " — ", "(", ")",
            "\n", "\r\n", "\r", "\n\n", "\t", "\u{200b}", "\u{200d}", "\u{202e}", "\u{2066}",
            "\u{feff}", "\u{301}", "\u{308}\u{301}", "\u{2028}", "\u{0}",
            "said", "told reporters", "according to", "Mr.", "U.S.", "No. 10",
            "Пётр Соколов", "Zoë Müller", "東京", "said Ana Petrova.",
        ]).prop_map(str::to_string),
    ]
}

fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::sample::select(vec!["", " ", "  "])), 0..80).prop_map(
        |parts| {
            parts
                .into_iter()
                .map(|(p, sep)| format!("{p}{sep}"))
                .collect()
        },
    )
}

fn segment_all(c: &Corpus) -> Vec<Segmented> {
    c.articles
        .iter()
        .map(|a| segment(&a.text, &[Span::new(0, a.text.len())]))
        .collect()
}

fn valid(text: &str, s: Span) -> Result<(), TestCaseError> {
    prop_assert!(
        s.start <= s.end && s.end <= text.len(),
        "{s:?} outside {}",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{s:?} splits a character"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn segments_of_hostile_text_are_ordered_spans_with_tokens_inside(text in hostile_text()) {
        let seg = segment(&text, &[Span::new(0, text.len())]);
        let mut last = 0;
        for s in &seg.sentences {
            valid(&text, s.span)?;
            prop_assert!(s.span.start >= last, "sentences overlap at {:?}", s.span);
            last = s.span.end;
            prop_assert!(s.paragraph < seg.paragraphs.len());
            for t in seg.sentence_tokens(s) {
                valid(&text, t.span)?;
                prop_assert!(s.span.start <= t.span.start && t.span.end <= s.span.end);
                prop_assert!(!t.span.slice(&text).is_empty());
            }
        }
        for p in &seg.paragraphs {
            valid(&text, *p)?;
        }
    }

    #[test]
    fn aligning_two_hostile_texts_gives_spans_of_their_own_articles(
        lhs in hostile_text(),
        rhs in hostile_text(),
        copy in any::<bool>(),
    ) {
        // Half the time the right side contains the left, so there is something to align.
        let rhs = if copy { format!("{rhs} {lhs}") } else { rhs };
        let c = Corpus::from_texts(&[&lhs, &rhs]);
        let docs = segment_all(&c);
        for o in align_corpus(&c, &docs, &AlignOptions::default()) {
            let (l, r) = (&c.articles[o.lhs.article].text, &c.articles[o.rhs.article].text);
            prop_assert!(o.lhs.article < o.rhs.article);
            valid(l, o.lhs.span)?;
            valid(r, o.rhs.span)?;
            for ch in &o.changes {
                if let Some(s) = ch.lhs { valid(l, s)?; }
                if let Some(s) = ch.rhs { valid(r, s)?; }
            }
        }
    }

    #[test]
    fn statements_in_hostile_text_are_spans_of_their_article_with_known_speakers(
        lhs in hostile_text(),
        rhs in hostile_text(),
    ) {
        let c = Corpus::from_texts(&[&lhs, &rhs]);
        let docs = segment_all(&c);
        let entities = find_entities(&c, &docs);
        for e in &entities {
            for m in &e.mentions {
                valid(&c.articles[m.article].text, m.span)?;
            }
        }
        for s in find_statements(&c, &docs, &entities) {
            let text = &c.articles[s.article].text;
            valid(text, s.content)?;
            valid(text, s.cue)?;
            prop_assert!(s.speaker < entities.len());
        }
    }
}
