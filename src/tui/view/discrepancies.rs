//! The discrepancy list (an overlay): each point where sources disagree, with every source's
//! variant; Enter shows it in the diff.

use super::layout::inner;
use super::text::fit;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The lines of the list and the discrepancy each belongs to.
pub fn lines(app: &App, width: usize) -> Vec<(Line<'static>, usize)> {
    let t = &app.ui.theme;
    let a = &app.analysis;
    let mut out = Vec::new();
    for (i, d) in a.discrepancies.iter().enumerate() {
        let selected = i == app.overlays.discrepancies.selected;
        let base = if selected {
            t.base.patch(t.selected)
        } else {
            t.base
        };
        // A source can give several variants ("6.0 magnitude" and "5.1 magnitude"): count
        // the sources, not the variants.
        let mut sources: Vec<usize> = d.variants.iter().map(|v| v.article).collect();
        sources.sort_unstable();
        sources.dedup();
        let head = fit(&format!("⚠ {} · {} sources", d.topic, sources.len()), width);
        let pad = width.saturating_sub(unicode_width::UnicodeWidthStr::width(head.as_str()));
        out.push((
            Line::from(vec![
                Span::styled(head, base.patch(t.warning)),
                Span::styled(" ".repeat(pad), base),
            ]),
            i,
        ));
        let label_width = d
            .variants
            .iter()
            .filter_map(|v| a.corpus.articles.get(v.article))
            .map(|x| x.label().chars().count())
            .max()
            .unwrap_or(4)
            .min(18);
        for v in &d.variants {
            let Some(article) = a.corpus.articles.get(v.article) else {
                continue;
            };
            let label = format!(
                "  {:<w$}  ",
                fit(article.label(), label_width),
                w = label_width
            );
            let text = fit(
                v.span.slice(&article.text).trim(),
                width.saturating_sub(label.chars().count()),
            );
            let pad = width.saturating_sub(
                label.chars().count() + unicode_width::UnicodeWidthStr::width(text.as_str()),
            );
            out.push((
                Line::from(vec![
                    Span::styled(label, base.patch(t.muted)),
                    Span::styled(text, base.patch(t.fact)),
                    Span::styled(" ".repeat(pad), base),
                ]),
                i,
            ));
        }
    }
    out
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.ui.theme;
    let n = app.analysis.discrepancies.len();
    let title = Line::styled(
        format!(" Discrepancies ({n}) · Enter show in diff · Esc close "),
        t.title,
    );
    // An overlay always has the focus.
    frame.render_widget(super::pane_block(t, title, true), area);
    let body = inner(area);
    if n == 0 {
        super::placeholder(app, frame, body, "no discrepancies found");
        return;
    }
    let all = lines(app, body.width as usize);
    let offset = first_line(app, &all, body.height as usize);
    for (i, (line, _)) in all
        .into_iter()
        .skip(offset)
        .take(body.height as usize)
        .enumerate()
    {
        frame.render_widget(
            line,
            Rect {
                y: body.y + i as u16,
                height: 1,
                ..body
            },
        );
    }
}

/// The first line shown: the selected discrepancy's block in view, a little below the top.
pub fn first_line(app: &App, lines: &[(Line, usize)], height: usize) -> usize {
    let selected = app.overlays.discrepancies.selected;
    let start = lines.iter().position(|(_, d)| *d == selected).unwrap_or(0);
    let end = lines.iter().rposition(|(_, d)| *d == selected).unwrap_or(0);
    let offset = if end + 1 > height {
        (end + 1 - height).max(start.saturating_sub(height / 3))
    } else {
        0
    };
    offset.min(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::discrepancies::Variant;
    use crate::tui::{fixture, test_app};

    #[test]
    fn the_header_counts_sources_not_variants() {
        let mut analysis = fixture::analysis();
        let d = &mut analysis.discrepancies[0];
        let extra = Variant {
            article: d.variants[0].article,
            span: d.variants[0].span,
        };
        d.variants.push(extra);
        let app = test_app(analysis, 120, 40);
        let head: String = lines(&app, 80)[0]
            .0
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        assert!(head.contains("· 2 sources"), "{head}");
    }
}
