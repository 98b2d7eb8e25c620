//! Statement extraction on small stories of our own.

use super::*;
use crate::analysis::entities::find_entities;
use crate::corpus::Article;

/// Runs entity and statement extraction over `texts`; returns (speaker name, kind, content).
fn run(texts: &[&str]) -> Vec<(String, StatementKind, String)> {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article {
            id: format!("a{i}"),
            path: format!("a{i}.txt"),
            text: (*t).to_string(),
            text_is_file: true,
            ..Article::default()
        })
        .collect();
    let docs: Vec<Segmented> = articles
        .iter()
        .map(|a| crate::analysis::segment::segment(&a.text, &a.body_spans()))
        .collect();
    let corpus = Corpus {
        articles,
        warnings: Vec::new(),
    };
    let entities = find_entities(&corpus, &docs);
    find_statements(&corpus, &docs, &entities)
        .into_iter()
        .map(|s| {
            let text = &corpus.articles[s.article].text;
            (
                entities[s.speaker].name.clone(),
                s.kind,
                s.content.slice(text).to_string(),
            )
        })
        .collect()
}

fn has(got: &[(String, StatementKind, String)], speaker: &str, content: &str) -> bool {
    got.iter()
        .any(|(s, _, c)| s == speaker && c.contains(content))
}

#[test]
fn split_quote_with_two_verbs_gives_two_statements() {
    let got = run(&[
        "“We will not sign this deal, because it is wrong,” Dana Whitfield said, adding, “our members agree.”",
    ]);
    assert!(
        has(&got, "Dana Whitfield", "We will not sign this deal"),
        "{got:?}"
    );
    assert!(has(&got, "Dana Whitfield", "our members agree"), "{got:?}");
}
