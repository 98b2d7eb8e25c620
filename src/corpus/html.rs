//! HTML articles: text and metadata via a real HTML parser (`scraper`, on html5ever).
//!
//! The article text is the block elements (paragraphs, headings, list items, quotes, captions)
//! of `<article>` (else `<main>`, else `<body>`), one block per paragraph, joined by blank
//! lines; figure captions become Caption furniture. Metadata comes from `og:*`,
//! `article:published_time`, `<time datetime>`, `meta name=date` and the canonical link. The
//! tree is walked with an explicit iterator, never by recursion, so deeply nested markup cannot
//! overflow the stack.

use super::dateline::parse_date;
use super::text::{Flavour, article_from_capture, comparable};
use super::{Article, Furniture, FurnitureKind};
use crate::analysis::span::Span;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

/// Why an HTML file gave no article.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HtmlError {
    #[error("no article text found in the HTML (no text in <article>, <main> or <body>)")]
    NoText,
}

/// What the page says about itself in its `<head>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    /// The `<title>` element, often "Headline | Site".
    pub document_title: Option<String>,
}

/// Builds the article of an HTML page; `text_is_file` is false (the text is extracted).
pub fn article_from_html(id: String, path: String, html: &str) -> Result<Article, HtmlError> {
    let doc = Html::parse_document(html);
    let meta = page_meta(&doc);
    let root = article_root(&doc);
    let blocks = blocks(root);
    let (text, captions, first_h1) = join_blocks(&blocks);
    if text.trim().is_empty() {
        return Err(HtmlError::NoText);
    }
    let site_free_title = meta
        .document_title
        .as_deref()
        .map(|t| strip_site_name(t, meta.outlet.as_deref()));
    let candidates = [meta.title.clone(), first_h1, site_free_title];
    let in_text = candidates.iter().flatten().find(|c| {
        let want = comparable(c);
        text.lines().any(|l| comparable(l) == want)
    });
    let fallback = candidates.iter().flatten().next();
    let mut article = article_from_capture(
        id,
        path,
        text,
        false,
        Flavour::Plain,
        in_text.or(fallback).map(String::as_str),
    );
    if let Some(t) = &meta.title {
        article.title = Some(t.clone());
    }
    add_captions(&mut article, &captions);
    if let Some(d) = meta.published.as_deref().and_then(parse_date) {
        article.date = Some(d.iso());
    }
    article.outlet = meta.outlet.or(article.outlet);
    article.url = meta.url.or(article.url);
    Ok(article)
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// The first non-empty value of `attr` on an element matching one of `selectors`.
fn first_attr(doc: &Html, selectors: &[&str], attr: &str) -> Option<String> {
    selectors.iter().find_map(|css| {
        let sel = selector(css)?;
        doc.select(&sel)
            .filter_map(|e| e.value().attr(attr))
            .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
            .find(|v| !v.is_empty())
    })
}

/// Reads the `<head>` metadata (and the first `<time datetime>` as a last resort for the date).
pub fn page_meta(doc: &Html) -> PageMeta {
    let title = first_attr(
        doc,
        &[
            r#"meta[property="og:title"]"#,
            r#"meta[name="twitter:title"]"#,
        ],
        "content",
    );
    let outlet = first_attr(
        doc,
        &[
            r#"meta[property="og:site_name"]"#,
            r#"meta[name="application-name"]"#,
        ],
        "content",
    );
    let published = first_attr(
        doc,
        &[
            r#"meta[property="article:published_time"]"#,
            r#"meta[name="article:published_time"]"#,
            r#"meta[itemprop="datePublished"]"#,
            r#"meta[name="date"]"#,
            r#"meta[name="pubdate"]"#,
            r#"meta[name="publishdate"]"#,
            r#"meta[name="publish-date"]"#,
            r#"meta[name="dc.date"]"#,
            r#"meta[name="DC.date.issued"]"#,
        ],
        "content",
    )
    .or_else(|| {
        first_attr(
            doc,
            &["article time[datetime]", "time[datetime]"],
            "datetime",
        )
    });
    let url = first_attr(doc, &[r#"link[rel="canonical"]"#], "href")
        .or_else(|| first_attr(doc, &[r#"meta[property="og:url"]"#], "content"));
    let document_title = selector("title").and_then(|sel| {
        let t = doc.select(&sel).next()?.text().collect::<String>();
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        (!t.is_empty()).then_some(t)
    });
    PageMeta {
        title,
        outlet,
        published,
        url,
        document_title,
    }
}

/// "Headline | Site" → "Headline" (also " - " and " — "), when the site is named or the
/// remaining headline is long enough to be one.
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let named = site.is_some_and(|s| comparable(s) == comparable(tail));
            if named
                || (head.split_whitespace().count() >= 3 && tail.split_whitespace().count() <= 4)
            {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The element holding the article: the `<article>` with the most text, else `<main>`, else
/// `<body>`, else the whole document.
fn article_root(doc: &Html) -> ElementRef<'_> {
    let text_len = |e: &ElementRef<'_>| e.text().map(str::len).sum::<usize>();
    if let Some(sel) = selector("article") {
        let best = doc.select(&sel).max_by_key(text_len);
        if let Some(a) = best.filter(|a| text_len(a) > 0) {
            return a;
        }
    }
    for css in ["main", "body"] {
        if let Some(e) = selector(css).and_then(|sel| doc.select(&sel).next()) {
            return e;
        }
    }
    doc.root_element()
}

/// One block of text and what it is.
struct Block {
    text: String,
    caption: bool,
    h1: bool,
}

const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form", "button",
    "select", "iframe", "object", "canvas", "head",
];

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "figcaption",
    "figure",
    "section",
    "article",
    "main",
    "header",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "dl",
    "br",
    "hr",
    "address",
    "body",
    "details",
    "summary",
];

/// Walks `root` iteratively, collecting the text of block elements.
fn blocks(root: ElementRef<'_>) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut skip_depth = 0usize;
    let mut caption_depth = 0usize;
    let mut h1_depth = 0usize;
    let flush = |current: &mut String, caption: bool, h1: bool, out: &mut Vec<Block>| {
        let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
        current.clear();
        if !text.is_empty() {
            out.push(Block { text, caption, h1 });
        }
    };
    for edge in root.traverse() {
        let (node, open) = match edge {
            Edge::Open(n) => (n, true),
            Edge::Close(n) => (n, false),
        };
        match node.value() {
            Node::Element(el) => {
                let name = el.name();
                if SKIPPED.contains(&name) {
                    skip_depth = if open {
                        skip_depth + 1
                    } else {
                        skip_depth.saturating_sub(1)
                    };
                    continue;
                }
                if skip_depth > 0 {
                    continue;
                }
                if BLOCKS.contains(&name) {
                    flush(&mut current, caption_depth > 0, h1_depth > 0, &mut out);
                }
                let depth = match name {
                    "figcaption" => &mut caption_depth,
                    "h1" => &mut h1_depth,
                    _ => continue,
                };
                *depth = if open {
                    *depth + 1
                } else {
                    depth.saturating_sub(1)
                };
            }
            Node::Text(t) if open && skip_depth == 0 => {
                current.push_str(t);
            }
            _ => {}
        }
    }
    flush(&mut current, caption_depth > 0, h1_depth > 0, &mut out);
    out
}

/// Joins blocks with blank lines; returns the text, the caption spans and the first h1.
fn join_blocks(blocks: &[Block]) -> (String, Vec<Span>, Option<String>) {
    let mut text = String::new();
    let mut captions = Vec::new();
    let mut h1 = None;
    for b in blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&b.text);
        if b.caption {
            captions.push(Span::new(start, text.len()));
        }
        if b.h1 && h1.is_none() {
            h1 = Some(b.text.clone());
        }
    }
    if !text.is_empty() {
        text.push('\n');
    }
    (text, captions, h1)
}

/// Figure captions replace whatever the line rules found inside them.
fn add_captions(article: &mut Article, captions: &[Span]) {
    article
        .furniture
        .retain(|f| !captions.iter().any(|c| c.overlaps(&f.span)));
    article
        .furniture
        .extend(captions.iter().map(|&span| Furniture {
            kind: FurnitureKind::Caption,
            span,
        }));
    article
        .furniture
        .sort_by_key(|f| (f.span.start, f.span.end));
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
        <title>Harbour reopens after storm | Coast Daily</title>
        <meta property="og:title" content="Harbour reopens after storm">
        <meta property="og:site_name" content="Coast Daily">
        <meta property="article:published_time" content="2021-03-12T09:15:00+01:00">
        <link rel="canonical" href="https://coast.example/harbour">
        <script>var x = "<p>not text</p>";</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article>
          <h1>Harbour reopens after storm</h1>
          <p>By Ann Lee</p>
          <figure><img src="a.jpg"><figcaption>Boats return to the quay. (Photo: Coast Daily)</figcaption></figure>
          <p>The harbour   reopened on <b>Friday</b>, the port authority said.</p>
          <ul><li>Ferries resume on Monday.</li></ul>
          <p>Read more: Storm damage in numbers</p>
        </article>
        <footer>Copyright</footer></body></html>"#;

    fn page() -> Article {
        article_from_html("a".into(), "a.html".into(), PAGE).unwrap()
    }

    #[test]
    fn metadata_comes_from_open_graph_and_the_canonical_link() {
        let a = page();
        assert_eq!(a.title.as_deref(), Some("Harbour reopens after storm"));
        assert_eq!(a.outlet.as_deref(), Some("Coast Daily"));
        assert_eq!(a.date.as_deref(), Some("2021-03-12"));
        assert_eq!(a.url.as_deref(), Some("https://coast.example/harbour"));
        assert!(!a.text_is_file);
    }

    #[test]
    fn article_blocks_are_joined_by_blank_lines_without_navigation_or_scripts() {
        let a = page();
        assert_eq!(
            a.text,
            "Harbour reopens after storm\n\nBy Ann Lee\n\nBoats return to the quay. (Photo: Coast Daily)\n\n\
             The harbour reopened on Friday, the port authority said.\n\nFerries resume on Monday.\n\n\
             Read more: Storm damage in numbers\n"
        );
        assert_eq!(
            a.title_span.unwrap().slice(&a.text),
            "Harbour reopens after storm"
        );
    }

    #[test]
    fn captions_bylines_and_related_links_are_furniture() {
        let a = page();
        let got: Vec<(FurnitureKind, &str)> = a
            .furniture
            .iter()
            .map(|f| (f.kind, f.span.slice(&a.text)))
            .collect();
        assert_eq!(
            got,
            vec![
                (FurnitureKind::Byline, "By Ann Lee"),
                (
                    FurnitureKind::Caption,
                    "Boats return to the quay. (Photo: Coast Daily)"
                ),
                (FurnitureKind::Related, "Read more: Storm damage in numbers"),
            ]
        );
    }

    #[test]
    fn without_an_article_element_main_then_body_is_used() {
        let html = "<html><head><title>Quiet day at the harbour - Coast Daily</title></head>\
                    <body><div>Nothing happened at the harbour today.</div></body></html>";
        let a = article_from_html("b".into(), "b.html".into(), html).unwrap();
        assert_eq!(a.text, "Nothing happened at the harbour today.\n");
        assert_eq!(a.title.as_deref(), Some("Quiet day at the harbour"));
        assert_eq!(a.title_span, None);
    }

    #[test]
    fn time_and_meta_date_are_fallbacks_for_the_date() {
        let html = r#"<meta name="date" content="March 12, 2021"><p>Text.</p>"#;
        let a = article_from_html("c".into(), "c.html".into(), html).unwrap();
        assert_eq!(a.date.as_deref(), Some("2021-03-12"));
        let html =
            r#"<article><time datetime="2020-01-02T10:00Z">2 Jan</time><p>Text.</p></article>"#;
        let a = article_from_html("c".into(), "c.html".into(), html).unwrap();
        assert_eq!(a.date.as_deref(), Some("2020-01-02"));
    }

    #[test]
    fn a_page_without_text_is_an_error_not_a_crash() {
        for html in [
            "",
            "<html><head><title>x</title></head></html>",
            "<script>1</script>",
        ] {
            assert_eq!(
                article_from_html("d".into(), "d.html".into(), html).unwrap_err(),
                HtmlError::NoText
            );
        }
    }

    #[test]
    fn ten_thousand_nested_divs_do_not_overflow_the_stack() {
        let depth = 10_000;
        let html = format!(
            "{}deep text{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let a = article_from_html("e".into(), "e.html".into(), &html).unwrap();
        assert_eq!(a.text, "deep text\n");
    }
}
