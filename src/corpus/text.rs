//! Plain-text and Markdown articles: headline, date line and furniture recognised in place.
//!
//! The text is never changed: every recognised thing is a span of it. The headline is the first
//! title-like line at the top of the page; when the page repeats it, the first occurrence stays
//! article text (headlines often carry statements) and later repeats become furniture.

use super::dateline::{Date, parse_date, recognise_date_line};
use super::furniture::{Place, classify_line, is_breadcrumb_before};
use super::repeats::repeated_paragraphs;
use super::{Article, Furniture, FurnitureKind};
use crate::analysis::span::Span;

/// How to read the capture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    Plain,
    /// `# Headline` headings, `---` front matter and `![image](…)` lines are understood.
    Markdown,
}

/// What was recognised in a capture; all spans are byte ranges of the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recognised {
    pub title: Option<String>,
    pub title_span: Option<Span>,
    pub date: Option<Date>,
    pub date_span: Option<Span>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub furniture: Vec<Furniture>,
}

/// Builds an article from a text capture, recognising its headline, date line and furniture.
/// `text` is kept byte for byte.
pub fn article_from_text(id: String, path: String, text: String, text_is_file: bool) -> Article {
    article_from_capture(id, path, text, text_is_file, Flavour::Plain, None)
}

/// Like [`article_from_text`], also reading Markdown headings and front matter.
pub fn article_from_markdown(
    id: String,
    path: String,
    text: String,
    text_is_file: bool,
) -> Article {
    article_from_capture(id, path, text, text_is_file, Flavour::Markdown, None)
}

/// The common builder: `known_title` (from metadata) is looked for among the lines instead of
/// guessing the headline.
pub fn article_from_capture(
    id: String,
    path: String,
    text: String,
    text_is_file: bool,
    flavour: Flavour,
    known_title: Option<&str>,
) -> Article {
    let r = recognise(&text, flavour, known_title);
    Article {
        id,
        path,
        outlet: r.outlet,
        title: r.title,
        title_span: r.title_span,
        date: r.date.map(|d| d.iso()),
        date_span: r.date_span,
        url: r.url,
        text,
        text_is_file,
        furniture: r.furniture,
    }
}

/// The lines of `text` without their terminators (`\n`, `\r\n` or a lone `\r`), a leading BOM
/// skipped.
pub fn line_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut start = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let mut out = Vec::new();
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(Span::new(start, i));
                start = i + 1;
            }
            b'\r' => {
                out.push(Span::new(start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push(Span::new(start, bytes.len()));
    }
    out
}

/// The first line of `text` that reads as `wanted` (case and spacing aside), trimmed.
pub fn find_line(text: &str, wanted: &str) -> Option<Span> {
    let want = comparable(wanted);
    line_spans(text)
        .into_iter()
        .map(|l| l.trim(text))
        .find(|l| !l.is_empty() && comparable(l.slice(text)) == want)
}

/// One non-blank line and what is left of it for the article once furniture is taken out.
struct LineInfo {
    span: Span,
    /// The trimmed part that is article text, if any.
    content: Option<Span>,
}

const TOP_LINES: usize = 8;
const BOTTOM_LINES: usize = 3;

/// Recognises headline, date line, furniture and (Markdown) front matter in `text`.
pub fn recognise(text: &str, flavour: Flavour, known_title: Option<&str>) -> Recognised {
    let mut r = Recognised::default();
    let mut lines = line_spans(text);
    if flavour == Flavour::Markdown {
        if let Some(end) = front_matter(text, &lines, &mut r) {
            lines.retain(|l| l.start >= end);
        }
    }
    let non_blank: Vec<Span> = lines
        .into_iter()
        .map(|l| l.trim(text))
        .filter(|l| !l.is_empty())
        .collect();
    let mut infos = Vec::with_capacity(non_blank.len());
    let mut dates: Vec<(Date, Span, bool)> = Vec::new();
    for (rank, span) in non_blank.iter().enumerate() {
        let place = Place {
            near_top: rank < TOP_LINES,
            near_bottom: rank + BOTTOM_LINES >= non_blank.len(),
        };
        infos.push(classify(text, *span, place, &mut r.furniture, &mut dates));
    }
    if let Some(&(date, span, _)) = dates.iter().find(|d| !d.2).or(dates.first()) {
        r.date = r.date.or(Some(date));
        r.date_span = Some(span);
    }
    mark_caption_copies(text, &mut infos, &mut r.furniture);
    find_headline(text, flavour, known_title, &mut infos, &mut r);
    mark_repeats(text, r.title_span, &mut infos, &mut r.furniture);
    r.furniture.sort_by_key(|f| (f.span.start, f.span.end));
    r
}

/// Classifies one trimmed non-blank line, pushing its furniture and any date found.
fn classify(
    text: &str,
    span: Span,
    place: Place,
    furniture: &mut Vec<Furniture>,
    dates: &mut Vec<(Date, Span, bool)>,
) -> LineInfo {
    let line = span.slice(text);
    if let Some(d) = recognise_date_line(line) {
        let shift = |s: Span| Span::new(s.start + span.start, s.end + span.start);
        let f = shift(d.furniture_span);
        furniture.push(Furniture {
            kind: FurnitureKind::Dateline,
            span: f,
        });
        dates.push((d.date, shift(d.date_span), d.is_update));
        let rest = Span::new(f.end, span.end).trim(text);
        // What follows a date on its line can itself be furniture: a menu, a byline.
        let content = (d.runs_into_body && !rest.is_empty())
            .then(|| content_of(text, rest, place, furniture))
            .flatten();
        return LineInfo { span, content };
    }
    LineInfo {
        span,
        content: content_of(text, span, place, furniture),
    }
}

/// Pushes the furniture of `part` (a line or what is left of it); returns `part` when it is
/// article text instead.
fn content_of(
    text: &str,
    part: Span,
    place: Place,
    furniture: &mut Vec<Furniture>,
) -> Option<Span> {
    let pieces = classify_line(part.slice(text), place);
    if pieces.is_empty() {
        return Some(part);
    }
    furniture.extend(pieces.into_iter().map(|(kind, s)| Furniture {
        kind,
        span: Span::new(s.start + part.start, s.end + part.start),
    }));
    None
}

/// Pages often give a photo's caption twice (alt text and caption); a content line that reads
/// as a caption found elsewhere on the page (case aside) is that caption again.
fn mark_caption_copies(text: &str, infos: &mut [LineInfo], furniture: &mut Vec<Furniture>) {
    let captions: std::collections::HashSet<String> = furniture
        .iter()
        .filter(|f| f.kind == FurnitureKind::Caption)
        .map(|f| comparable(f.span.slice(text)))
        .filter(|c| c.split(' ').count() >= 4)
        .collect();
    if captions.is_empty() {
        return;
    }
    for info in infos.iter_mut() {
        let Some(c) = info.content else { continue };
        if captions.contains(&comparable(c.slice(text))) {
            furniture.push(Furniture {
                kind: FurnitureKind::Caption,
                span: c,
            });
            info.content = None;
        }
    }
}

/// Paragraphs the page repeats from the article (standfirsts, pull quotes) become Repeat
/// furniture; the headline stays, as it carries the story's own wording.
fn mark_repeats(
    text: &str,
    title: Option<Span>,
    infos: &mut [LineInfo],
    furniture: &mut Vec<Furniture>,
) {
    let is_title = |c: Span| title.is_some_and(|t| c.start <= t.start && t.end <= c.end);
    let lines: Vec<usize> = (0..infos.len())
        .filter(|&i| infos[i].content.is_some_and(|c| !is_title(c)))
        .collect();
    let paragraphs: Vec<Span> = lines.iter().filter_map(|&i| infos[i].content).collect();
    for k in repeated_paragraphs(text, &paragraphs) {
        furniture.push(Furniture {
            kind: FurnitureKind::Repeat,
            span: paragraphs[k],
        });
        infos[lines[k]].content = None;
    }
}

/// Lower case with white space collapsed, Markdown heading marks dropped: for comparing lines.
pub fn comparable(s: &str) -> String {
    let s = s.trim().trim_start_matches('#').trim_end_matches('#');
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Sets the title (first title-like line at the top, or the `known_title`), marks later
/// repeats of it as Headline furniture and navigation glued to it as Breadcrumb.
fn find_headline(
    text: &str,
    flavour: Flavour,
    known_title: Option<&str>,
    infos: &mut [LineInfo],
    r: &mut Recognised,
) {
    let known = known_title.or(r.title.as_deref()).map(str::to_string);
    let content: Vec<usize> = (0..infos.len())
        .filter(|&i| infos[i].content.is_some())
        .collect();
    let title_line = match &known {
        Some(k) => {
            let want = comparable(k);
            content.iter().copied().find(|&i| {
                infos[i]
                    .content
                    .is_some_and(|c| comparable(c.slice(text)) == want)
            })
        }
        None => guess_headline(text, flavour, infos, &content).map(|(ti, sections)| {
            for i in sections {
                if let Some(span) = infos[i].content.take() {
                    r.furniture.push(Furniture {
                        kind: FurnitureKind::Breadcrumb,
                        span,
                    });
                }
            }
            ti
        }),
    };
    let Some(ti) = title_line else {
        r.title = known;
        return;
    };
    let Some(line) = infos[ti].content else {
        return;
    };
    let span = heading_text(text, line, flavour);
    r.title = Some(known.unwrap_or_else(|| span.slice(text).to_string()));
    r.title_span = Some(span);
    let title_text = span.slice(text).to_string();
    let want = comparable(&title_text);
    // A repeat is about as long as the headline; longer lines are never compared in full.
    let could_repeat = |c: Span| c.len() <= title_text.len() * 2 + 8;
    for (i, info) in infos.iter_mut().enumerate() {
        let Some(c) = info.content else { continue };
        let kind = if i > ti && could_repeat(c) && comparable(c.slice(text)) == want {
            FurnitureKind::Headline
        } else if i != ti && is_breadcrumb_before(c.slice(text), &title_text) {
            FurnitureKind::Breadcrumb
        } else {
            continue;
        };
        r.furniture.push(Furniture { kind, span: c });
        info.content = None;
    }
}

/// The headline: the first content line at the top of the page when it is title-like, and the
/// navigation lines above it. Skipped on the way: navigation glued to a following line (the
/// real headline), and up to three section names ("World", "Middle East") standing alone.
fn guess_headline(
    text: &str,
    flavour: Flavour,
    infos: &[LineInfo],
    content: &[usize],
) -> Option<(usize, Vec<usize>)> {
    let mut sections = Vec::new();
    for (k, &i) in content.iter().enumerate().take(6) {
        if i >= TOP_LINES {
            return None;
        }
        let line = infos[i].content?.slice(text);
        let glued = content
            .iter()
            .skip(k + 1)
            .take(4)
            .filter_map(|&j| infos[j].content)
            .any(|h| is_breadcrumb_before(line, h.slice(text)));
        if glued {
            continue;
        }
        if sections.len() < 3 && is_section_name(line) {
            sections.push(i);
            continue;
        }
        let is_heading = flavour == Flavour::Markdown && line.starts_with("# ");
        // The headline fills its line, or the rest of it after a date (" date 2019-06-18 …").
        let ends_line = infos[i].content.is_some_and(|c| c.end == infos[i].span.end);
        // A page repeating a short line at its top is repeating its headline, even one that
        // ends in an abbreviation's stop ("… with Israel War Min.").
        let repeated = content.iter().skip(k + 1).take(4).any(|&j| {
            infos[j]
                .content
                .is_some_and(|c| comparable(c.slice(text)) == comparable(line))
        }) && is_title_like(line.trim_end_matches('.'));
        let ok = is_heading || (ends_line && (is_title_like(line) || repeated));
        return ok.then_some((i, sections));
    }
    None
}

/// A site section standing alone above a headline: one or two capitalised words ("World",
/// "Middle East", "Business & Economy").
fn is_section_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().filter(|w| *w != "&").collect();
    (1..=2).contains(&words.len())
        && line.len() <= 30
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// For a Markdown heading, the span of its text without the `#` marks.
fn heading_text(text: &str, line: Span, flavour: Flavour) -> Span {
    let s = line.slice(text);
    if flavour != Flavour::Markdown || !s.starts_with('#') {
        return line;
    }
    let lead = s.len() - s.trim_start_matches('#').len();
    let trail = s.len() - s.trim_end_matches('#').len();
    if lead + trail >= s.len() {
        return line;
    }
    Span::new(line.start + lead, line.end - trail).trim(text)
}

/// A headline: a few words to a couple of dozen, starting with a capital, digit or quote, and
/// not ending like a sentence or a clause (a final abbreviation such as "U.S." is fine).
pub fn is_title_like(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    if !(3..=30).contains(&words) || t.len() > 250 {
        return false;
    }
    let starts_well =
        t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "\"'“‘".contains(c));
    let last = t.split_whitespace().last().unwrap_or("");
    let abbreviation = last.trim_end_matches('.').contains('.');
    let ends_badly =
        t.ends_with([',', ';', ':']) || (t.ends_with('.') && !abbreviation && !t.ends_with("..."));
    starts_well && !ends_badly
}

/// Markdown front matter (`---` … `---` at the very top): its keys fill `r`, and the block
/// becomes Metadata furniture. Returns where the block ends.
fn front_matter(text: &str, lines: &[Span], r: &mut Recognised) -> Option<usize> {
    let first = lines.first()?;
    if first.slice(text).trim_end() != "---" {
        return None;
    }
    let close = lines
        .iter()
        .skip(1)
        .take(80)
        .position(|l| matches!(l.slice(text).trim_end(), "---" | "..."))?
        + 1;
    for l in &lines[1..close] {
        let Some((key, value)) = l.slice(text).split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        if value.is_empty() {
            continue;
        }
        let is_url = value.starts_with("http://") || value.starts_with("https://");
        match key.trim().to_ascii_lowercase().as_str() {
            "title" | "headline" => r.title = Some(value.to_string()),
            "date" | "published" | "pubdate" | "published_at" | "publish_date" => {
                r.date = r.date.or(parse_date(value));
            }
            "url" | "link" | "canonical" | "source" if is_url => r.url = Some(value.to_string()),
            "outlet" | "site" | "site_name" | "publisher" | "publication" | "source" => {
                r.outlet = Some(value.to_string());
            }
            _ => {}
        }
    }
    let end = lines[close].end;
    r.furniture.push(Furniture {
        kind: FurnitureKind::Metadata,
        span: Span::new(first.start, end),
    });
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use FurnitureKind::*;

    fn rec(text: &str) -> Recognised {
        recognise(text, Flavour::Plain, None)
    }

    fn furniture_of(text: &str) -> Vec<(FurnitureKind, &str)> {
        rec(text)
            .furniture
            .into_iter()
            .map(|f| (f.kind, f.span.slice(text)))
            .collect()
    }

    #[test]
    fn lines_split_at_lf_crlf_and_lone_cr() {
        let t = "a\r\nb\rc\nd";
        let got: Vec<&str> = line_spans(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
        let bom = "\u{FEFF}Title\n";
        assert_eq!(line_spans(bom)[0].slice(bom), "Title");
    }

    #[test]
    fn the_first_title_like_line_is_the_headline() {
        let text = "Council shuts the old bridge after storm\n\nThe council voted on Monday.\n";
        let r = rec(text);
        assert_eq!(
            r.title.as_deref(),
            Some("Council shuts the old bridge after storm")
        );
        assert_eq!(
            r.title_span.unwrap().slice(text),
            "Council shuts the old bridge after storm"
        );
    }

    #[test]
    fn a_standfirst_repeating_the_body_is_furniture_and_the_headline_stays() {
        let text = "Council shuts the old bridge after storm\n\n\
                    The bridge will stay shut until the spring, the council said.\n\n\
                    By Staff Reporter\n\n\
                    Council shuts the old bridge after storm, its clerk announced. The bridge \
                    will stay shut until the spring, the council said.\n";
        let r = rec(text);
        assert_eq!(
            r.title.as_deref(),
            Some("Council shuts the old bridge after storm")
        );
        assert!(furniture_of(text).contains(&(
            Repeat,
            "The bridge will stay shut until the spring, the council said."
        )));
        assert!(
            !furniture_of(text)
                .iter()
                .any(|f| f.1.starts_with("Council shuts"))
        );
    }

    #[test]
    fn a_body_paragraph_at_the_top_is_not_a_headline() {
        let text = "PORTSMOUTH: The council voted on Monday to shut the old bridge, officials said.\nShort subhead here\n";
        let r = rec(text);
        assert_eq!(r.title, None);
        assert!(r.furniture.is_empty(), "{:?}", r.furniture);
    }

    #[test]
    fn a_repeated_headline_keeps_its_first_occurrence_as_text() {
        let text = "Mayor says bridge will reopen\n\nMayor says bridge will reopen\n3 min read\n12 March, 2021\nThe mayor said so.\n";
        let r = rec(text);
        assert_eq!(r.title_span.unwrap(), Span::new(0, 29));
        assert_eq!(
            furniture_of(text),
            vec![
                (Headline, "Mayor says bridge will reopen"),
                (ReadingTime, "3 min read"),
                (Dateline, "12 March, 2021")
            ]
        );
        assert_eq!(r.date, Date::new(2021, 3, 12));
        assert_eq!(r.date_span.unwrap().slice(text), "12 March, 2021");
    }

    #[test]
    fn navigation_glued_to_the_headline_is_a_breadcrumb() {
        let text = "Tuesday, March 9, 2021\nHomeCityMayor says bridge will reopen\n\nMayor says bridge will reopen\n\nThe mayor said so.\n";
        let r = rec(text);
        assert_eq!(r.title.as_deref(), Some("Mayor says bridge will reopen"));
        assert_eq!(
            furniture_of(text),
            vec![
                (Dateline, "Tuesday, March 9, 2021"),
                (Breadcrumb, "HomeCityMayor says bridge will reopen")
            ]
        );
        let text = "LocalNewsMayor says bridge will reopen\nMayor says bridge will reopen\nThe mayor said so.\n";
        assert_eq!(
            rec(text).title_span.unwrap().slice(text),
            "Mayor says bridge will reopen"
        );
        assert_eq!(furniture_of(text)[0].0, Breadcrumb);
    }

    #[test]
    fn a_date_running_into_the_first_paragraph_is_cut_out_of_it() {
        let text = " date 2020-07-04 The council voted on Tuesday to close the bridge for good.\n\nMore text.\n";
        let r = rec(text);
        assert_eq!(furniture_of(text), vec![(Dateline, "date 2020-07-04")]);
        assert_eq!(r.date_span.unwrap().slice(text), "2020-07-04");
        assert_eq!(r.title, None);
    }

    #[test]
    fn a_piped_date_line_gives_the_date_and_the_headline_follows() {
        let text = "| 3 February 2022, Thursday |\n\nMayor says bridge will reopen, council agrees\n\nBody.\n";
        let r = rec(text);
        assert_eq!(
            r.date_span.unwrap().slice(text),
            "3 February 2022, Thursday"
        );
        assert_eq!(
            r.title.as_deref(),
            Some("Mayor says bridge will reopen, council agrees")
        );
    }

    #[test]
    fn captions_related_links_and_bylines_in_a_page_are_furniture() {
        let text = "Mayor says bridge will reopen\nThe old bridge at dusk. (Photo by Ann Lee/AFP via Getty Images)\n\nThe mayor said so on Monday.\n\nAlso read: Storm closes harbour\n\nRepairs will take a year.\n\n  • Zentas\n";
        assert_eq!(
            furniture_of(text),
            vec![
                (Caption, "The old bridge at dusk."),
                (Credit, "(Photo by Ann Lee/AFP via Getty Images)"),
                (Related, "Also read: Storm closes harbour"),
                (Byline, "• Zentas")
            ]
        );
    }

    #[test]
    fn crlf_text_gets_the_same_recognition_with_file_offsets() {
        let lf = "Mayor says bridge will reopen\n3 min read\nBody text here.\n";
        let crlf = lf.replace('\n', "\r\n");
        let r = rec(&crlf);
        assert_eq!(
            r.title_span.unwrap().slice(&crlf),
            "Mayor says bridge will reopen"
        );
        assert_eq!(r.furniture[0].span.slice(&crlf), "3 min read");
        assert_eq!(r.furniture[0].span.start, 31);
    }

    #[test]
    fn a_bom_is_kept_but_skipped_when_recognising() {
        let text = "\u{FEFF}Mayor says bridge will reopen\nBody text.\n";
        let r = rec(text);
        assert_eq!(r.title_span.unwrap().start, 3);
    }

    #[test]
    fn markdown_headings_and_front_matter_are_understood() {
        let text = "---\ntitle: \"Bridge to reopen\"\ndate: 2021-03-12\nsource: https://example.org/bridge\n---\n# Bridge to reopen\n\nThe mayor said so.\n";
        let r = recognise(text, Flavour::Markdown, None);
        assert_eq!(r.title.as_deref(), Some("Bridge to reopen"));
        assert_eq!(r.title_span.unwrap().slice(text), "Bridge to reopen");
        assert_eq!(r.date, Date::new(2021, 3, 12));
        assert_eq!(r.url.as_deref(), Some("https://example.org/bridge"));
        assert_eq!(r.furniture[0].kind, Metadata);
        let plain = "# Bridge to reopen\n\nBody.\n";
        assert_eq!(
            recognise(plain, Flavour::Markdown, None)
                .title_span
                .unwrap()
                .slice(plain),
            "Bridge to reopen"
        );
    }

    #[test]
    fn a_known_title_is_found_among_the_lines() {
        let text = "Breaking News\nBridge to reopen\nBody.\nBridge to reopen\n";
        let r = recognise(text, Flavour::Plain, Some("Bridge to reopen"));
        assert_eq!(r.title_span.unwrap().slice(text), "Bridge to reopen");
        assert_eq!(r.title_span.unwrap().start, 14);
        let kinds: Vec<FurnitureKind> = r.furniture.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [Label, Headline]);
    }

    #[test]
    fn captures_in_other_house_styles_are_recognised() {
        let wire = "Harbour reopens after storm\nBy ANN LEE\nUpdated 2:03 PM UTC, March 9, 2021\n\
                    PORTSMOUTH, England (AP) — The harbour reopened on Tuesday.\n\nShare\nEmail\n";
        assert_eq!(
            furniture_of(wire),
            vec![
                (Byline, "By ANN LEE"),
                (Dateline, "Updated 2:03 PM UTC, March 9, 2021"),
                (Share, "Share"),
                (Share, "Email")
            ]
        );
        assert_eq!(rec(wire).date, Date::new(2021, 3, 9));
        let broadcaster = "Harbour reopens after storm\n\n9 March 2021\n\nImage source, Getty Images\n\
                           Image caption, Boats return to the quay\n\nThe harbour reopened.\n\nRelated Topics\n";
        assert_eq!(
            furniture_of(broadcaster),
            vec![
                (Dateline, "9 March 2021"),
                (Credit, "Image source, Getty Images"),
                (Caption, "Image caption, Boats return to the quay"),
                (Related, "Related Topics")
            ]
        );
        let paper = "Harbour reopens after storm\nPort says boats can return, but warns of gales\n\
                     Tue 9 Mar 2021 14.03 GMT\nThe harbour reopened on Tuesday.\n";
        let r = rec(paper);
        assert_eq!(r.title.as_deref(), Some("Harbour reopens after storm"));
        assert_eq!(
            r.date_span.unwrap().slice(paper),
            "Tue 9 Mar 2021 14.03 GMT"
        );
    }

    #[test]
    fn section_names_above_the_headline_are_breadcrumbs() {
        let text = "Skip to main content\nWorld\nMiddle East\nFlood waters rise across the valley\n\
                    By Mia Novak\nThe river burst its banks on Sunday.\n";
        let r = rec(text);
        assert_eq!(
            r.title.as_deref(),
            Some("Flood waters rise across the valley")
        );
        assert_eq!(
            furniture_of(text),
            vec![
                (Label, "Skip to main content"),
                (Breadcrumb, "World"),
                (Breadcrumb, "Middle East"),
                (Byline, "By Mia Novak")
            ]
        );
        let no_headline = "World\nThe river burst its banks on Sunday, officials said.\n";
        assert_eq!(rec(no_headline).title, None);
        assert!(furniture_of(no_headline).is_empty());
    }

    #[test]
    fn what_follows_a_crawl_date_on_its_line_is_a_menu_or_the_headline() {
        let text = " date 2021-03-04 News World News\n\nFerry service resumes after storm damage\n\nThe ferry ran again on Thursday.\n";
        let r = rec(text);
        assert_eq!(
            r.title.as_deref(),
            Some("Ferry service resumes after storm damage")
        );
        assert!(furniture_of(text).contains(&(Breadcrumb, "News World News")));
        let glued = " date 2021-03-04 Ferry service resumes after storm damage\nThe ferry ran again on Thursday.\n";
        let r = rec(glued);
        assert_eq!(
            r.title.as_deref(),
            Some("Ferry service resumes after storm damage")
        );
        assert_eq!(r.title_span.unwrap().slice(glued), r.title.unwrap());
        let body =
            " date 2021-03-04 The ferry ran again on Thursday after two weeks.\nIt was full.\n";
        assert_eq!(rec(body).title, None);
    }

    #[test]
    fn a_line_repeated_at_the_top_is_the_headline_even_with_a_stop() {
        let text = "Sunday 11 August 2024 - 02:36\n\nMinister Meets Port Union Reps.\n\nStory Code : 1153231\nMinister Meets Port Union Reps.\nThe minister met the union on Sunday.\n";
        let r = rec(text);
        assert_eq!(r.title.as_deref(), Some("Minister Meets Port Union Reps."));
        let f = furniture_of(text);
        assert!(f.contains(&(Headline, "Minister Meets Port Union Reps.")));
        assert!(f.contains(&(Label, "Story Code : 1153231")));
        // Without the repeat, a line ending in a stop is a sentence.
        let once = "Minister Meets Port Union Reps.\n\nThe minister met the union on Sunday.\n";
        assert_eq!(rec(once).title, None);
    }

    #[test]
    fn a_caption_given_twice_is_furniture_both_times() {
        let text = "Ferry service resumes after storm damage\n\nworkers repair the pier at the harbour on Monday.\nWorkers repair the pier at the harbour on Monday. (Photo | AP)\n\nThe ferry ran again on Thursday.\n";
        let f = furniture_of(text);
        assert!(f.contains(&(Caption, "workers repair the pier at the harbour on Monday.")));
        assert!(f.contains(&(Caption, "Workers repair the pier at the harbour on Monday.")));
        assert!(!f.iter().any(|(_, t)| t.contains("ferry ran")));
    }

    #[test]
    fn title_like_lines_look_like_headlines() {
        assert!(is_title_like("Mayor says bridge will reopen"));
        assert!(is_title_like("Talks stall in the U.S."));
        assert!(is_title_like("Will the bridge reopen?"));
        assert!(!is_title_like("The mayor said the bridge will reopen."));
        assert!(!is_title_like("Bridge"));
        assert!(!is_title_like("the bridge will reopen soon"));
    }
}
