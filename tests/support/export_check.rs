//! Checks that an export is valid JSON and that every span in it slices its own article's text
//! exactly, on UTF-8 boundaries, with the `text` it claims.

#![allow(dead_code)] // each test binary uses a different part of this module

use crosscheck::analysis::Analysis;
use crosscheck::export::to_json;
use serde_json::Value;
use std::collections::HashMap;

/// Exports `analysis`, parses the JSON back and checks every span; returns the document.
pub fn check_export(analysis: &Analysis) -> Value {
    let json = to_json(analysis, false);
    let doc: Value = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("the export is not valid JSON ({e}): {json:.400}"));
    let texts: HashMap<&str, &str> = doc["articles"]
        .as_array()
        .map(|a| a.as_slice())
        .unwrap_or_default()
        .iter()
        .zip(&analysis.corpus.articles)
        .map(|(exported, article)| {
            let id = exported["id"].as_str().unwrap_or_default();
            assert_eq!(id, article.id, "exported articles follow the corpus order");
            (article.id.as_str(), article.text.as_str())
        })
        .collect();
    let spans = spans_of(&doc);
    for (article, span, what) in &spans {
        let text = texts
            .get(article.as_str())
            .unwrap_or_else(|| panic!("{what} names unknown article {article}"));
        check_span(text, span, &format!("{what} in {article}"));
    }
    doc
}

/// Every (article id, span object, where) in the document.
fn spans_of(doc: &Value) -> Vec<(String, Value, String)> {
    let mut out = Vec::new();
    let list = |key: &str| doc[key].as_array().cloned().unwrap_or_default();
    for a in list("articles") {
        let id = a["id"].as_str().unwrap_or_default().to_string();
        for f in a["furniture"].as_array().cloned().unwrap_or_default() {
            out.push((id.clone(), f, "furniture".to_string()));
        }
        for key in ["title_span", "date_span"] {
            if !a[key].is_null() {
                out.push((id.clone(), a[key].clone(), key.to_string()));
            }
        }
    }
    for (i, o) in list("overlaps").into_iter().enumerate() {
        let (a, b) = (article_of(&o["a"]), article_of(&o["b"]));
        out.push((a.clone(), o["a"].clone(), format!("overlap {i} a")));
        out.push((b.clone(), o["b"].clone(), format!("overlap {i} b")));
        for c in o["changes"].as_array().cloned().unwrap_or_default() {
            if !c["a"].is_null() {
                out.push((a.clone(), c["a"].clone(), format!("change in overlap {i}")));
            }
            if !c["b"].is_null() {
                out.push((b.clone(), c["b"].clone(), format!("change in overlap {i}")));
            }
        }
    }
    for e in list("entities") {
        for m in e["mentions"].as_array().cloned().unwrap_or_default() {
            out.push((article_of(&m), m, "mention".to_string()));
        }
    }
    for s in list("statements") {
        let article = article_of(&s);
        out.push((article.clone(), s["cue"].clone(), "cue".to_string()));
        out.push((article, s, "statement".to_string()));
    }
    for d in list("discrepancies") {
        for v in d["variants"].as_array().cloned().unwrap_or_default() {
            out.push((article_of(&v), v, "discrepancy variant".to_string()));
        }
    }
    out
}

fn article_of(v: &Value) -> String {
    v["article"].as_str().unwrap_or_default().to_string()
}

/// The span's offsets are in range, on character boundaries, and slice exactly its `text`.
pub fn check_span(text: &str, span: &Value, what: &str) {
    let (Some(start), Some(end)) = (span["start"].as_u64(), span["end"].as_u64()) else {
        panic!("{what}: no start/end in {span}");
    };
    let (start, end) = (start as usize, end as usize);
    assert!(
        start <= end && end <= text.len(),
        "{what}: {start}..{end} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} splits a character"
    );
    assert_eq!(
        Some(&text[start..end]),
        span["text"].as_str(),
        "{what}: the span's text is not what it slices"
    );
}
