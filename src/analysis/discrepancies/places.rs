//! Locations: one place given different parts by different sources ("northern Chile" against
//! "the south-eastern region of Chile").

use super::words::words_in;
use super::{Finding, Variant};
use crate::analysis::fold::fold;
use crate::analysis::segment::Segmented;
use crate::corpus::Corpus;
use std::collections::BTreeMap;

/// The compass part a word names ("northeastern" → "northeast"), if any.
fn direction(w: &str) -> Option<String> {
    let f = fold(w).replace('-', "");
    let base = f
        .strip_suffix("ern")
        .or_else(|| f.strip_suffix("erly"))
        .unwrap_or(&f);
    let parts = [
        "north", "south", "east", "west", "central", "centre", "center",
    ];
    let mut rest = base;
    let mut seen = String::new();
    while !rest.is_empty() {
        let p = parts.iter().find(|p| rest.starts_with(**p))?;
        seen.push_str(p);
        rest = &rest[p.len()..];
    }
    (!seen.is_empty()).then_some(seen)
}

/// Per article: (place key, direction, span) for "northern X", "the north of X",
/// "the northeastern region of X".
fn article_locations(
    text: &str,
    doc: &Segmented,
) -> Vec<(String, String, crate::analysis::span::Span)> {
    let mut out = Vec::new();
    for para in &doc.paragraphs {
        let ws = words_in(text, *para);
        for i in 0..ws.len() {
            let Some(dir) = direction(ws[i].text) else {
                continue;
            };
            if ws[i].text.starts_with(char::is_uppercase) && i > 0 {
                continue;
            }
            // "northern Chile" or "northern region/part of Chile" / "north of Chile".
            let mut k = i + 1;
            if ws.get(k).is_some_and(|w| {
                matches!(
                    fold(w.text).as_str(),
                    "region" | "part" | "area" | "province"
                )
            }) {
                k += 1;
            }
            if ws.get(k).is_some_and(|w| fold(w.text) == "of") {
                k += 1;
            }
            let Some(place) = ws.get(k).filter(|w| w.text.starts_with(char::is_uppercase)) else {
                continue;
            };
            let mut start = i;
            if i > 0 && fold(ws[i - 1].text) == "the" {
                start = i - 1;
            }
            let key = fold(place.text).trim_end_matches("'s").to_string();
            out.push((key, dir, ws[start].span.cover(&place.span)));
        }
    }
    out
}

/// Places that sources locate in different parts.
pub fn locations(corpus: &Corpus, docs: &[Segmented], story: &[usize]) -> Vec<Finding> {
    let mut groups: BTreeMap<(usize, String), Vec<(String, Variant)>> = BTreeMap::new();
    for (a, d) in docs.iter().enumerate() {
        for (place, dir, span) in article_locations(&corpus.articles[a].text, d) {
            let v = Variant { article: a, span };
            groups.entry((story[a], place)).or_default().push((dir, v));
        }
    }
    let mut out = Vec::new();
    for ((_, place), vs) in groups {
        let differ = vs.iter().any(|(d1, v1)| {
            vs.iter()
                .any(|(d2, v2)| v1.article != v2.article && d1 != d2)
        });
        if differ {
            out.push(Finding {
                topic: format!("location: {place}"),
                variants: vs.into_iter().map(|(_, v)| v).collect(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compass_words_are_read_with_their_parts() {
        assert_eq!(direction("northeastern").as_deref(), Some("northeast"));
        assert_eq!(direction("South-Western").as_deref(), Some("southwest"));
        assert_eq!(direction("northerly").as_deref(), Some("north"));
        assert_eq!(direction("norther"), None);
        assert_eq!(direction("eastward"), None);
    }
}
