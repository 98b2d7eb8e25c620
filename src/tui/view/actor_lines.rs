//! The lines of the actor view for a given width (pure), shared by the view and by tests.

use super::text::fit;
use super::text::wrap_text;
use crate::analysis::statements::StatementKind;
use crate::tui::app::App;
use ratatui::text::{Line, Span};

/// One screen line of the actor view and the cell (index into `ActorView::cells`) it shows.
pub struct ActorLine {
    pub line: Line<'static>,
    pub cell: Option<usize>,
}

/// Above this many sources a claim lists only the sources that carry it.
const MAX_LISTED_SOURCES: usize = 8;

pub fn actor_lines(app: &App, width: usize) -> Vec<ActorLine> {
    let t = &app.ui.theme;
    let a = &app.analysis;
    let label_width = a
        .corpus
        .articles
        .iter()
        .map(|x| x.label().chars().count())
        .max()
        .unwrap_or(0)
        .clamp(4, 18);
    let mut out = Vec::new();
    let mut cell_index = 0;
    for (ri, row) in app.actor.rows.iter().enumerate() {
        let carried = row.cells.iter().flatten().count();
        let id = row
            .claim
            .and_then(|c| a.claims.get(c))
            .map_or(String::from("statement"), |c| format!("claim {}", c.id));
        let mut head = vec![Span::styled(
            fit(
                &format!("▸ {id} · in {carried} of {} sources", row.cells.len()),
                width,
            ),
            t.title,
        )];
        for &d in &row.discrepancies {
            if let Some(d) = a.discrepancies.get(d) {
                head.push(Span::styled(format!("  ⚠ {}", d.topic), t.warning));
            }
        }
        if ri > 0 {
            out.push(ActorLine {
                line: Line::raw(""),
                cell: None,
            });
        }
        out.push(ActorLine {
            line: Line::from(head),
            cell: None,
        });
        let listed: Vec<usize> = if row.cells.len() > MAX_LISTED_SOURCES {
            (0..row.cells.len())
                .filter(|&x| row.cells[x].is_some())
                .collect()
        } else {
            (0..row.cells.len()).collect()
        };
        for article in listed {
            let label = format!(
                "{:<w$} ",
                fit(a.corpus.articles[article].label(), label_width),
                w = label_width
            );
            let Some(si) = row.cells[article] else {
                out.push(ActorLine {
                    line: Line::from(vec![
                        Span::styled(label, t.muted),
                        Span::styled("— not reported", t.muted),
                    ]),
                    cell: None,
                });
                continue;
            };
            let selected = app.actor.cursor.selected == cell_index;
            let base = if selected {
                t.base.patch(t.selected)
            } else {
                t.base
            };
            let s = &a.statements[si];
            let text = &a.corpus.articles[article].text;
            let content = s.content.slice(text).trim();
            let shown = match s.kind {
                StatementKind::Direct => format!("“{content}”"),
                StatementKind::Reported => content.to_string(),
            };
            let body_width = width.saturating_sub(label_width + 1).max(8);
            let mut wrapped = wrap_text(&shown, body_width);
            let cue = cue_label(s.cue.slice(text));
            if !cue.is_empty() {
                wrapped.extend(
                    wrap_text(&format!("— {cue}"), body_width)
                        .into_iter()
                        .map(|l| format!("\u{1}{l}")),
                );
            }
            for (i, l) in wrapped.into_iter().enumerate() {
                let lead = if i == 0 {
                    Span::styled(label.clone(), base.patch(t.title))
                } else {
                    Span::styled(" ".repeat(label_width + 1), base)
                };
                let (l, style) = match l.strip_prefix('\u{1}') {
                    Some(cue) => (cue.to_string(), base.patch(t.cue)),
                    None => (l, base.patch(t.quote)),
                };
                let pad =
                    body_width.saturating_sub(unicode_width::UnicodeWidthStr::width(l.as_str()));
                out.push(ActorLine {
                    line: Line::from(vec![
                        lead,
                        Span::styled(l, style),
                        Span::styled(" ".repeat(pad), base),
                    ]),
                    cell: (i == 0).then_some(cell_index),
                });
            }
            cell_index += 1;
        }
    }
    out
}

/// The attribution words as shown under a statement. A quote that continues the previous
/// paragraph's speaker has only its opening quotation mark for a cue; it reads as what it is.
fn cue_label(cue: &str) -> &str {
    let cue = cue.trim();
    if cue.is_empty() || cue.chars().any(char::is_alphanumeric) {
        cue
    } else {
        "(the quote goes on)"
    }
}

#[cfg(test)]
mod tests {
    use super::cue_label;

    #[test]
    fn a_continued_quote_says_so_instead_of_showing_a_bare_quotation_mark() {
        assert_eq!(cue_label("“"), "(the quote goes on)");
        assert_eq!(cue_label("\""), "(the quote goes on)");
        assert_eq!(cue_label(" she said "), "she said");
        assert_eq!(cue_label(""), "");
    }
}
