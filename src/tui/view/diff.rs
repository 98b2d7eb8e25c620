//! The side-by-side diff: two columns of wrapped text, level row by row, with row headers
//! (alignment kind and similarity), word changes, fact-relevant changes, the chosen actor's
//! statements (quote and cue styled apart) and the jump target.

use super::layout::{DiffBody, diff_body};
use super::text::{clean, fit};
use super::{legend, pane_block, title};
use crate::analysis::align::OverlapKind;
use crate::tui::action::Pane;
use crate::tui::app::App;
use crate::tui::state::diff_layout::{DiffLine, Piece, RowHeader};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The pane's title: how many passages the pair shares, and how many of them are shown.
/// Whole-article mode keeps reading order, so passages a rewrite moved are left out there; the
/// title says so rather than undercount what the pair shares.
fn pane_name(shown: usize, shared: usize) -> String {
    let plural = if shared == 1 { "" } else { "s" };
    if shown < shared {
        format!("Diff · {shown} of {shared} shared passage{plural} in order")
    } else {
        format!("Diff · {shared} shared passage{plural}")
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let d = &app.diff;
    let name = pane_name(d.layout.row_starts.len(), d.layout.passages);
    let block = pane_block(
        &app.ui.theme,
        title(app, "2", name, Pane::Diff),
        super::focused(app, Pane::Diff),
    );
    frame.render_widget(block, area);
    let body = diff_body(area);
    heads(app, frame, &body);
    legend::render(app, frame, body.legend);
    if app.analysis.corpus.articles.is_empty() {
        super::placeholder(app, frame, body.lhs, "no articles");
        return;
    }
    if d.layout.row_starts.is_empty() && d.lhs != d.rhs && d.aligned_only {
        super::placeholder(app, frame, body.lhs, "these two share no passage");
    }
    let visible = d
        .layout
        .lines
        .iter()
        .skip(d.scroll)
        .take(body.lhs.height as usize);
    for (i, line) in visible.enumerate() {
        let y = body.lhs.y + i as u16;
        draw_line(app, frame, &body, y, line);
    }
    if d.lhs == d.rhs {
        let msg = "choose a second article: r in the list";
        super::placeholder(app, frame, body.rhs, msg);
    }
}

/// The outlet and date above each column.
fn heads(app: &App, frame: &mut Frame, body: &DiffBody) {
    let t = &app.ui.theme;
    let articles = &app.analysis.corpus.articles;
    for (article, rect, side) in [(app.diff.lhs, body.lhs, "L"), (app.diff.rhs, body.rhs, "R")] {
        let Some(a) = articles.get(article) else {
            continue;
        };
        if side == "R" && app.diff.lhs == app.diff.rhs {
            continue;
        }
        let date = a.date.as_deref().unwrap_or("undated");
        let text = fit(
            &format!("{side} {} · {date}", a.label()),
            rect.width as usize,
        );
        frame.render_widget(
            Line::styled(text, t.title),
            Rect {
                y: body.heads.y,
                height: 1,
                ..rect
            },
        );
    }
}

fn draw_line(app: &App, frame: &mut Frame, body: &DiffBody, y: u16, line: &DiffLine) {
    let t = &app.ui.theme;
    let at = |r: Rect| Rect { y, height: 1, ..r };
    if let Some(h) = &line.header {
        let label = header_label(h);
        let w = body.lhs.width as usize;
        let text = format!(
            "{}{}",
            fit(&label, w),
            "─".repeat(w.saturating_sub(label.chars().count()))
        );
        frame.render_widget(Line::styled(text, t.row_header), at(body.lhs));
        frame.render_widget(Line::styled("─┼─", t.row_header), at(body.separator));
        frame.render_widget(
            Line::styled("─".repeat(body.rhs.width as usize), t.row_header),
            at(body.rhs),
        );
        return;
    }
    frame.render_widget(
        Line::from(pieces(app, app.diff.lhs, &line.lhs)),
        at(body.lhs),
    );
    frame.render_widget(Line::styled(" │ ", t.border), at(body.separator));
    if app.diff.lhs != app.diff.rhs {
        frame.render_widget(
            Line::from(pieces(app, app.diff.rhs, &line.rhs)),
            at(body.rhs),
        );
    }
}

fn header_label(h: &RowHeader) -> String {
    let kind = match h.kind {
        OverlapKind::Verbatim => "verbatim",
        OverlapKind::Near => "near",
        OverlapKind::Paraphrase => "paraphrase",
    };
    format!("─ {kind} · {:.2} ", h.similarity)
}

fn pieces(app: &App, article: usize, pieces: &[Piece]) -> Vec<Span<'static>> {
    let Some(a) = app.analysis.corpus.articles.get(article) else {
        return Vec::new();
    };
    pieces
        .iter()
        .map(|p| Span::styled(clean(p.span.slice(&a.text)), style(app, article, p)))
        .collect()
}

/// The style of one piece: base by alignment, then change, then actor statement, then marks.
pub fn style(app: &App, article: usize, p: &Piece) -> Style {
    let t = &app.ui.theme;
    let mut s = if p.furniture {
        t.furniture
    } else if p.aligned {
        t.base
    } else {
        t.unaligned
    };
    if let Some(c) = p.change {
        s = s.patch(t.change(c.kind));
        if app
            .diff
            .current_change
            .is_some_and(|cur| cur.overlap == c.overlap && cur.index == c.index)
        {
            s = s.patch(t.current);
        }
    }
    if let Some(r) = p.statement {
        let speaker = app.analysis.statements.get(r.statement).map(|s| s.speaker);
        if speaker.is_some() && speaker == app.entities.chosen {
            s = s.patch(if r.cue { t.cue } else { t.quote });
        }
    }
    if let Some(target) = app.diff.target {
        let hit = match (target.statement, p.statement) {
            (Some(ts), Some(r)) => ts == r.statement,
            _ => target.article == article && target.span.overlaps(&p.span),
        };
        if hit && target.article == article {
            s = s.patch(t.target);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::pane_name;

    #[test]
    fn the_title_says_when_moved_passages_are_left_out() {
        assert_eq!(pane_name(4, 4), "Diff · 4 shared passages");
        assert_eq!(pane_name(1, 1), "Diff · 1 shared passage");
        assert_eq!(pane_name(4, 10), "Diff · 4 of 10 shared passages in order");
        assert_eq!(pane_name(0, 0), "Diff · 0 shared passages");
    }
}
