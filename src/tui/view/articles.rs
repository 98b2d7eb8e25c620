//! The article list: outlet, date, title, share of text found elsewhere, diff side markers,
//! statement counts of the chosen actor, and the fuzzy filter with matched letters lit.

use super::layout::{ARTICLE_HEIGHT, inner};
use super::text::{highlighted, spans_width};
use super::{pane_block, title};
use crate::tui::action::Pane;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let list = &app.articles;
    let total = list.filter.len();
    let name = if list.filter.visible.len() == total {
        format!("Articles ({total})")
    } else {
        format!("Articles ({}/{total})", list.filter.visible.len())
    };
    let mut block = pane_block(
        &app.ui.theme,
        title(app, "1", name, Pane::Articles),
        super::focused(app, Pane::Articles),
    );
    if list.filter.editing || !list.filter.query.is_empty() {
        block = block.title_bottom(filter_line(app, &list.filter.query, list.filter.editing));
    }
    frame.render_widget(block, area);
    let body = inner(area);
    if list.filter.visible.is_empty() {
        super::placeholder(
            app,
            frame,
            body,
            if total == 0 {
                "no articles"
            } else {
                "no match"
            },
        );
        return;
    }
    let rows = body.height as usize / ARTICLE_HEIGHT;
    for (slot, pos) in (list.cursor.offset..list.filter.visible.len())
        .take(rows)
        .enumerate()
    {
        let article = list.filter.visible[pos];
        let y = body.y + (slot * ARTICLE_HEIGHT) as u16;
        let selected = pos == list.cursor.selected;
        let lines = item(app, article, body.width as usize, selected);
        for (i, line) in lines.into_iter().enumerate() {
            frame.render_widget(
                line,
                Rect {
                    y: y + i as u16,
                    height: 1,
                    ..body
                },
            );
        }
    }
}

/// The filter prompt shown in the bottom border: "/query▏".
pub fn filter_line(app: &App, query: &str, editing: bool) -> Line<'static> {
    let t = &app.ui.theme;
    let cursor = if editing { "▏" } else { "" };
    Line::from(vec![
        Span::styled(" /", t.title),
        Span::styled(format!("{query}{cursor} "), t.base),
    ])
}

/// Two lines: side marker, outlet and share; then date and title.
fn item(app: &App, article: usize, width: usize, selected: bool) -> [Line<'static>; 2] {
    let t = &app.ui.theme;
    let a = &app.analysis.corpus.articles[article];
    let base = if selected {
        t.base.patch(t.selected)
    } else {
        t.base
    };
    let matched = app.articles.filter.matched_chars(article);
    let title_at = app
        .articles
        .title_offsets
        .get(article)
        .copied()
        .unwrap_or(0);
    let (outlet_hits, title_hits): (Vec<usize>, Vec<usize>) =
        matched.iter().partition(|&&i| i < title_at);
    let title_hits: Vec<usize> = title_hits.iter().map(|i| i - title_at).collect();

    let marker = if article == app.diff.lhs {
        "L "
    } else if article == app.diff.rhs {
        "R "
    } else {
        "  "
    };
    let share = app.analysis.shared.get(article).copied().unwrap_or(0.0);
    let mut right = format!(" {:>3.0}%", share * 100.0);
    let said = app.entities.chosen_statements_in(article);
    if app.entities.chosen.is_some() {
        right = format!(" {said}s{right}");
    }
    let room = width.saturating_sub(2 + right.chars().count());
    let mut first = vec![Span::styled(marker, base.patch(t.title))];
    first.extend(highlighted(
        a.label(),
        &outlet_hits,
        room,
        base.patch(t.title),
        t.matched,
    ));
    let pad = width.saturating_sub(spans_width(&first) + right.chars().count());
    first.push(Span::styled(" ".repeat(pad), base));
    let right_style = if said > 0 {
        base.patch(t.quote)
    } else {
        base.patch(t.muted)
    };
    first.push(Span::styled(right, right_style));

    let furniture_only = app
        .analysis
        .docs
        .get(article)
        .is_some_and(|d| d.sentences.is_empty());
    let (date, date_style) = match (&a.date, furniture_only) {
        (_, true) => ("furniture only".to_string(), base.patch(t.warning)),
        (Some(d), _) => (d.clone(), base.patch(t.muted)),
        (None, _) => ("undated".to_string(), base.patch(t.warning)),
    };
    let mut second = vec![Span::styled(format!("  {date} "), date_style)];
    let room = width.saturating_sub(spans_width(&second));
    second.extend(highlighted(
        a.title.as_deref().unwrap_or(""),
        &title_hits,
        room,
        base,
        t.matched,
    ));
    let pad = width.saturating_sub(spans_width(&second));
    second.push(Span::styled(" ".repeat(pad), base));
    [Line::from(first), Line::from(second)]
}
