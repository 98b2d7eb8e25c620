//! The timeline: one row per source on a shared day axis, its date line (◆) and the event days
//! its text names (•, or ━ for a run of days); a `!` marks date lines that contradict the events.

use super::pictures::{block, label_width, parts};
use super::text::fit;
use crate::analysis::timeline::{ArticleDates, DateFlag, DayRange, Timeline};
use crate::corpus::date::Date;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Column of `day` on a track `width` cells wide spanning `axis`.
pub fn column(day: Date, axis: DayRange, width: usize) -> usize {
    let span = (axis.last.days_since_epoch() - axis.first.days_since_epoch()).max(1);
    let off = (day.days_since_epoch() - axis.first.days_since_epoch()).clamp(0, span);
    (off as usize * width.saturating_sub(1)) / span as usize
}

/// The glyphs of one row's track.
fn track(row: &ArticleDates, axis: DayRange, width: usize) -> Vec<char> {
    let mut cells = vec!['─'; width];
    for r in row.events.iter().filter_map(|e| e.resolved) {
        let (a, b) = (column(r.first, axis, width), column(r.last, axis, width));
        for c in cells.iter_mut().take(b + 1).skip(a) {
            *c = if a == b { '•' } else { '━' };
        }
    }
    if let Some(d) = row.dated {
        cells[column(d, axis, width).min(width.saturating_sub(1))] = '◆';
    }
    cells
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let block = block(
        app,
        "Timeline: date lines and the days the sources name",
        "T",
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(tl) = app.pictures.timeline.as_ref() else {
        return;
    };
    let (header, body, footer) = parts(inner);
    let t = &app.ui.theme;
    let label = label_width(&app.ui);
    let width = (inner.width as usize).saturating_sub(label + 3).max(1);
    let Some(axis) = tl.axis else {
        super::placeholder(app, frame, body, "no dates found");
        return;
    };
    let first = axis.first.iso();
    let last = axis.last.iso();
    let gap = width.saturating_sub(first.len() + last.len());
    let head = format!("{:label$}   {first}{}{last}", "", " ".repeat(gap));
    frame.render_widget(
        Line::styled(fit(&head, inner.width as usize), t.muted),
        header,
    );
    let cur = app.pictures.timeline_cursor;
    let articles = &app.analysis.corpus.articles;
    for (y, r) in (cur.top..tl.articles.len())
        .take(body.height as usize)
        .enumerate()
    {
        let row = &tl.articles[r];
        let name = articles.get(row.article).map_or("", |a| a.label());
        let style = if r == cur.row { t.selected } else { t.base };
        let mark = if row.flag.is_some() { "! " } else { "  " };
        let mut spans = vec![
            Span::styled(format!("{:<label$} ", fit(name, label)), style),
            Span::styled(mark, t.warning),
        ];
        spans.extend(track_spans(app, row, axis, width));
        frame.render_widget(
            Line::from(spans),
            Rect::new(body.x, body.y + y as u16, body.width, 1),
        );
    }
    footer_lines(app, frame, footer, tl);
}

/// The track as styled runs: the axis muted, events highlighted, a flagged date line warned.
fn track_spans(app: &App, row: &ArticleDates, axis: DayRange, width: usize) -> Vec<Span<'static>> {
    let t = &app.ui.theme;
    let style_of = |c: char| -> Style {
        match c {
            '◆' if row.flag.is_some() => t.warning,
            '◆' => t.title,
            '•' | '━' => t.fact,
            _ => t.muted,
        }
    };
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style = None;
    for c in track(row, axis, width) {
        let s = style_of(c);
        if run_style.is_some_and(|r| r != s) {
            out.push(Span::styled(
                std::mem::take(&mut run),
                run_style.unwrap_or_default(),
            ));
        }
        run_style = Some(s);
        run.push(c);
    }
    out.push(Span::styled(run, run_style.unwrap_or_default()));
    out
}

fn footer_lines(app: &App, frame: &mut Frame, footer: Rect, tl: &Timeline) {
    let t = &app.ui.theme;
    let legend = super::pictures::legend(
        &[
            ("◆", t.title, "date line"),
            ("•", t.fact, "day named in the text"),
            ("━", t.fact, "run of days"),
            ("!", t.warning, "date line contradicts the events"),
        ],
        t.muted,
    );
    let (first, second) = detail(app, tl);
    let w = footer.width as usize;
    let lines = [
        legend,
        Line::styled(fit(&first, w), t.base),
        Line::styled(fit(&second, w), t.muted),
    ];
    super::pictures::render_footer(frame, footer, lines);
}

/// The selected source's date line and verdict, then each mention and the day it resolves to.
fn detail(app: &App, tl: &Timeline) -> (String, String) {
    let Some(row) = tl.articles.get(app.pictures.timeline_cursor.row) else {
        return (String::new(), String::new());
    };
    let Some(article) = app.analysis.corpus.articles.get(row.article) else {
        return (String::new(), String::new());
    };
    let dated = row
        .dated
        .map_or("no date line".to_string(), |d| format!("dated {d}"));
    let verdict = match row.flag {
        Some(DateFlag::AfterEvents { days }) => format!(" · {days} days after the events"),
        Some(DateFlag::BeforeEvents { days }) => {
            format!(" · {days} days before an event it reports")
        }
        None => String::new(),
    };
    let mentions: Vec<String> = row
        .events
        .iter()
        .map(|e| {
            let words = e.span.slice(&article.text);
            match e.resolved {
                Some(r) if r.first == r.last => format!("{words} → {}", r.first),
                Some(r) => format!("{words} → {}…{}", r.first, r.last),
                None => format!("{words} → ?"),
            }
        })
        .collect();
    (
        format!("{}: {dated}{verdict}", article.label()),
        mentions.join(" · "),
    )
}
