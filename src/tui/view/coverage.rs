//! The coverage grid: claims (rows, grouped by speaker) × sources (columns). Each cell says in
//! letters how the source carries the claim (Q quoted, P paraphrased, · absent), so it reads
//! without colour; a `!` before a row marks renderings that disagree.

use super::pictures::{block, label_width, parts};
use super::text::fit;
use crate::analysis::coverage_grid::{CoverageGrid, Form, GridRow};
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

/// Width of one cell: a letter and two gaps.
pub const CELL: usize = 3;

/// Columns of sources that fit in `width` beside labels `label` wide (plus speaker and mark).
pub fn columns(width: usize, label: usize) -> usize {
    (width.saturating_sub(label * 2 + 3) / CELL).max(1)
}

/// The letter of a cell and its style.
fn cell(app: &App, form: Option<Form>) -> (&'static str, Style) {
    let t = &app.ui.theme;
    match form {
        Some(Form::Quoted) => ("Q", t.quote),
        Some(Form::Paraphrased) => ("P", t.cue),
        None => ("·", t.muted),
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let block = block(app, "Who reported what: claims × sources", "c");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(g) = app.pictures.grid.as_ref() else {
        return;
    };
    let (header, body, footer) = parts(inner);
    let label = label_width(&app.ui);
    let cur = app.pictures.grid_cursor;
    let cols = columns(inner.width as usize, label);
    let col_range = cur.left..(cur.left + cols).min(g.sources.len());
    let t = &app.ui.theme;
    let mut head = format!("{:<label$} {:<label$}  ", "speaker", "claim");
    for c in col_range.clone() {
        head.push_str(&format!("{:>2} ", c + 1));
    }
    frame.render_widget(
        Line::styled(fit(&head, inner.width as usize), t.muted),
        header,
    );
    if g.rows.is_empty() {
        super::placeholder(app, frame, body, "no attributed statements found");
    }
    for (y, r) in (cur.top..g.rows.len())
        .take(body.height as usize)
        .enumerate()
    {
        let row = &g.rows[r];
        let first_of_speaker = r == cur.top || g.rows[r - 1].speaker != row.speaker;
        let speaker = if first_of_speaker {
            speaker_name(app, row.speaker)
        } else {
            ""
        };
        let style = if r == cur.row { t.title } else { t.base };
        let mut spans = vec![
            Span::styled(format!("{:<label$} ", fit(speaker, label)), t.row_header),
            Span::styled(
                format!("{:<label$} ", fit(&claim_text(app, row), label)),
                style,
            ),
            Span::styled(if row.disputed { "! " } else { "  " }, t.warning),
        ];
        for c in col_range.clone() {
            let (letter, st) = cell(app, row.cells.get(c).copied().flatten().map(|x| x.form));
            let st = if (r, c) == (cur.row, cur.col) {
                st.add_modifier(Modifier::REVERSED)
            } else {
                st
            };
            spans.push(Span::styled(format!(" {letter}"), st));
            spans.push(Span::styled(" ", t.base));
        }
        frame.render_widget(
            Line::from(spans),
            Rect::new(body.x, body.y + y as u16, body.width, 1),
        );
    }
    footer_lines(app, frame, footer, g);
}

fn speaker_name(app: &App, speaker: usize) -> &str {
    app.analysis
        .entities
        .get(speaker)
        .map_or("?", |e| e.name.as_str())
}

/// What statement `s` says, as its article words it ("" for an index out of range).
fn statement_words(app: &App, s: usize) -> &str {
    let a = &app.analysis;
    a.statements
        .get(s)
        .and_then(|s| Some(s.content.slice(&a.corpus.articles.get(s.article)?.text)))
        .unwrap_or("")
}

/// The words of the claim's first statement, as its row label.
fn claim_text(app: &App, row: &GridRow) -> String {
    let first = app
        .analysis
        .claims
        .get(row.claim)
        .and_then(|c| c.statements.first());
    first
        .map_or("", |&s| statement_words(app, s))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The legend and the statement under the cursor.
fn footer_lines(app: &App, frame: &mut Frame, footer: Rect, g: &CoverageGrid) {
    let t = &app.ui.theme;
    let legend = super::pictures::legend(
        &[
            ("Q", t.quote, "quoted"),
            ("P", t.cue, "paraphrased"),
            ("·", t.muted, "absent"),
            ("!", t.warning, "renderings disagree"),
        ],
        t.muted,
    );
    let lines = [
        legend,
        Line::styled(fit(&detail(app, g), footer.width as usize), t.base),
    ];
    super::pictures::render_footer(frame, footer, lines);
}

/// "Source 2: “the words” · enter shows it in the diff", or who left the claim out.
fn detail(app: &App, g: &CoverageGrid) -> String {
    let cur = app.pictures.grid_cursor;
    let (Some(row), Some(&article)) = (g.rows.get(cur.row), g.sources.get(cur.col)) else {
        return String::new();
    };
    let a = &app.analysis;
    let source = a.corpus.articles.get(article).map_or("", |x| x.label());
    match row.cells.get(cur.col).copied().flatten() {
        Some(c) => {
            let words = statement_words(app, c.statement);
            format!("{source}: “{}” · enter shows it in the diff", words.trim())
        }
        None => format!("{source}: does not carry this claim"),
    }
}
