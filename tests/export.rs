//! The JSON export: valid `crosscheck/1`, deterministic, and every span slices its own text.

use crosscheck::analysis::{Options, analyze};
use crosscheck::corpus::bundled::bundled;
use crosscheck::export::to_json;
use serde_json::Value;
use std::collections::HashMap;

fn bundled_export() -> Value {
    let analysis = analyze(bundled(), &Options::default());
    serde_json::from_str(&to_json(&analysis, false)).expect("export is valid JSON")
}

/// Article id → the text its offsets refer to (the file for the bundled story).
fn texts(doc: &Value) -> HashMap<String, String> {
    let corpus = bundled();
    doc["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| {
            let id = a["id"].as_str().expect("id").to_string();
            let path = a["path"].as_str().expect("path");
            let text = corpus
                .articles
                .iter()
                .find(|x| x.path == path)
                .expect("known path")
                .text
                .clone();
            (id, text)
        })
        .collect()
}

fn check(texts: &HashMap<String, String>, article: &str, span: &Value, what: &str) {
    let (start, end) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    let text = &texts[article];
    let got = text
        .get(start..end)
        .unwrap_or_else(|| panic!("{what}: {start}..{end} is not a slice of {article}"));
    assert_eq!(got, span["text"].as_str().unwrap(), "{what} in {article}");
}

#[test]
fn the_export_names_its_schema_and_every_section() {
    let doc = bundled_export();
    assert_eq!(doc["schema"], "crosscheck/1");
    for key in [
        "articles",
        "overlaps",
        "entities",
        "statements",
        "claims",
        "discrepancies",
        "warnings",
    ] {
        assert!(doc[key].is_array(), "{key} is an array");
    }
    assert_eq!(doc["articles"].as_array().unwrap().len(), 5);
}

#[test]
fn every_exported_span_slices_its_own_article_text() {
    let doc = bundled_export();
    let texts = texts(&doc);
    for a in doc["articles"].as_array().unwrap() {
        let id = a["id"].as_str().unwrap();
        for f in a["furniture"].as_array().unwrap() {
            check(&texts, id, f, "furniture");
        }
        for key in ["title_span", "date_span"] {
            if !a[key].is_null() {
                check(&texts, id, &a[key], key);
            }
        }
    }
    for o in doc["overlaps"].as_array().unwrap() {
        let (la, rb) = (
            o["a"]["article"].as_str().unwrap(),
            o["b"]["article"].as_str().unwrap(),
        );
        check(&texts, la, &o["a"], "overlap a");
        check(&texts, rb, &o["b"], "overlap b");
        for c in o["changes"].as_array().unwrap() {
            if !c["a"].is_null() {
                check(&texts, la, &c["a"], "change a");
            }
            if !c["b"].is_null() {
                check(&texts, rb, &c["b"], "change b");
            }
        }
    }
    for e in doc["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            check(&texts, m["article"].as_str().unwrap(), m, "mention");
        }
    }
    for s in doc["statements"].as_array().unwrap() {
        let art = s["article"].as_str().unwrap();
        check(&texts, art, s, "statement");
        check(&texts, art, &s["cue"], "cue");
    }
    for d in doc["discrepancies"].as_array().unwrap() {
        for v in d["variants"].as_array().unwrap() {
            check(
                &texts,
                v["article"].as_str().unwrap(),
                v,
                "discrepancy variant",
            );
        }
    }
}

#[test]
fn titles_and_date_lines_read_from_the_text_carry_their_spans() {
    let doc = bundled_export();
    let articles = doc["articles"].as_array().unwrap();
    let titled = articles
        .iter()
        .filter(|a| {
            a["title_span"]["text"].as_str() == a["title"].as_str() && !a["title"].is_null()
        })
        .count();
    let dated = articles
        .iter()
        .filter(|a| !a["date_span"].is_null())
        .count();
    // Every bundled article opens with its headline or a date line in the text itself.
    assert!(titled >= 3, "{titled} title spans");
    assert!(dated >= 2, "{dated} date spans");
}

#[test]
fn references_between_sections_resolve() {
    let doc = bundled_export();
    let ids = |key: &str| -> Vec<String> {
        doc[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap().to_string())
            .collect()
    };
    let (entities, statements, claims) = (ids("entities"), ids("statements"), ids("claims"));
    for s in doc["statements"].as_array().unwrap() {
        assert!(entities.contains(&s["speaker"].as_str().unwrap().to_string()));
        if let Some(c) = s["claim"].as_str() {
            assert!(claims.contains(&c.to_string()));
        }
    }
    for c in doc["claims"].as_array().unwrap() {
        for s in c["statements"].as_array().unwrap() {
            assert!(statements.contains(&s.as_str().unwrap().to_string()));
        }
    }
}

#[test]
fn the_export_is_byte_for_byte_deterministic() {
    let a = to_json(&analyze(bundled(), &Options::default()), true);
    let b = to_json(&analyze(bundled(), &Options::default()), true);
    assert_eq!(a, b);
}
