//! The actor sidebar: actors grouped by kind, with mention and statement counts in labelled
//! columns, a details box with per-source counts for the actor under the cursor, and the `/`
//! filter.

use super::articles::filter_line;
use super::layout::entity_body;
use super::text::{fit, highlighted, spans_width};
use super::{pane_block, title};
use crate::analysis::entities::EntityKind;
use crate::tui::action::Pane;
use crate::tui::app::App;
use crate::tui::state::entities::EntityRow;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let list = &app.entities;
    let name = format!("Actors ({})", app.analysis.entities.len());
    let mut block = pane_block(
        &app.ui.theme,
        title(app, "3", name, Pane::Entities),
        super::focused(app, Pane::Entities),
    );
    if list.filter.editing || !list.filter.query.is_empty() {
        block = block.title_bottom(filter_line(app, &list.filter.query, list.filter.editing));
    }
    frame.render_widget(block, area);
    let (body, details) = entity_body(area);
    if list.rows.is_empty() {
        let msg = if app.analysis.entities.is_empty() {
            "no actors found"
        } else {
            "no match"
        };
        super::placeholder(app, frame, body, msg);
        return;
    }
    let visible = list
        .rows
        .iter()
        .enumerate()
        .skip(list.cursor.offset)
        .take(body.height as usize);
    for (slot, (i, row)) in visible.enumerate() {
        let line = match row {
            EntityRow::Header(kind) => group_header(app, *kind, body.width as usize),
            EntityRow::Entity(e) => entity_line(app, *e, i, body.width as usize),
        };
        frame.render_widget(
            line,
            Rect {
                y: body.y + slot as u16,
                height: 1,
                ..body
            },
        );
    }
    if let (Some(r), Some(e)) = (details, list.selected()) {
        render_details(app, frame, r, e);
    }
}

fn group_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PEOPLE",
        EntityKind::Organization => "ORGANISATIONS",
        EntityKind::Place => "PLACES",
        EntityKind::Group => "GROUPS",
    }
}

/// The two count columns: how often an actor is named ("seen") and how many statements it
/// makes ("said"). Labelled in each group header, so "13 20" never reads as a duration.
const COUNT_LABELS: &str = "seen said";

fn counts_text(mentions: usize, said: usize) -> String {
    let said = if said > 0 {
        said.to_string()
    } else {
        "·".to_string()
    };
    format!("{mentions:>4} {said:>4}")
}

/// "PEOPLE      seen said": the group's name with the count columns' labels at the right.
fn group_header(app: &App, kind: EntityKind, width: usize) -> Line<'static> {
    labelled(app, group_name(kind), ' ', app.ui.theme.title, width)
}

/// `left`, then `fill` up to the count columns' labels at the right edge; just `left` (cut to
/// `width`) when there is no room for at least one `fill` between them.
fn labelled(
    app: &App,
    left: &str,
    fill: char,
    style: ratatui::style::Style,
    width: usize,
) -> Line<'static> {
    let labels = COUNT_LABELS.chars().count();
    let used = left.chars().count() + labels;
    if width <= used {
        let pad = width.saturating_sub(left.chars().count());
        let filled = format!("{left}{}", fill.to_string().repeat(pad));
        return Line::styled(fit(&filled, width), style);
    }
    let filled = format!("{left}{}", fill.to_string().repeat(width - used));
    Line::from(vec![
        Span::styled(filled, style),
        Span::styled(COUNT_LABELS, app.ui.theme.muted),
    ])
}

/// "● Name ...   12    4": chosen marker, name with filter hits, mentions and statements.
fn entity_line(app: &App, e: usize, row: usize, width: usize) -> Line<'static> {
    let t = &app.ui.theme;
    let list = &app.entities;
    let entity = &app.analysis.entities[e];
    let selected = row == list.cursor.selected;
    let base = if selected {
        t.base.patch(t.selected)
    } else {
        t.base
    };
    let said: usize = list.statement_counts.get(e).map_or(0, |v| v.iter().sum());
    let counts = counts_text(entity.mentions.len(), said);
    let marker = if list.chosen == Some(e) { "● " } else { "  " };
    let pos = list
        .order
        .iter()
        .position(|&x| x == e)
        .unwrap_or(usize::MAX);
    let hits = list.filter.matched_chars(pos);
    let room = width.saturating_sub(2 + counts.chars().count());
    let name_style = if list.chosen == Some(e) {
        base.patch(t.quote)
    } else {
        base
    };
    let mut spans = vec![Span::styled(marker, base.patch(t.quote))];
    spans.extend(highlighted(
        &entity.name,
        &hits,
        room,
        name_style,
        t.matched,
    ));
    let pad = width.saturating_sub(spans_width(&spans) + counts.chars().count());
    spans.push(Span::styled(" ".repeat(pad), base));
    spans.push(Span::styled(counts, base.patch(t.muted)));
    Line::from(spans)
}

/// Name, roles and per-source mention / statement counts of the actor under the cursor.
fn render_details(app: &App, frame: &mut Frame, area: Rect, e: usize) {
    let t = &app.ui.theme;
    let w = area.width as usize;
    let entity = &app.analysis.entities[e];
    // The rule above the box carries the column labels of the per-source counts.
    let mut lines = vec![labelled(app, "", '─', t.border, w)];
    let roles = if entity.roles.is_empty() {
        String::new()
    } else {
        format!(" · {}", entity.roles.join(", "))
    };
    lines.push(Line::styled(
        fit(&format!("{}{roles}", entity.name), w),
        t.title,
    ));
    let counts = app.entities.statement_counts.get(e);
    let rows = area.height.saturating_sub(2) as usize;
    let articles = &app.analysis.corpus.articles;
    let mut listed: Vec<usize> = (0..articles.len())
        .filter(|&a| entity.mentions_in(a) > 0 || counts.is_some_and(|c| c[a] > 0))
        .collect();
    let more = listed.len().saturating_sub(rows);
    listed.truncate(if more > 0 {
        rows.saturating_sub(1)
    } else {
        rows
    });
    for a in listed {
        let said = counts.map_or(0, |c| c[a]);
        let right = counts_text(entity.mentions_in(a), said);
        let label = fit(articles[a].label(), w.saturating_sub(right.len()));
        let pad = w.saturating_sub(label.chars().count() + right.len());
        lines.push(Line::from(vec![
            Span::styled(format!("{label}{}", " ".repeat(pad)), t.base),
            Span::styled(right, t.muted),
        ]));
    }
    if more > 0 {
        lines.push(Line::styled(
            format!("… {} more sources", more + 1),
            t.muted,
        ));
    }
    for (i, line) in lines.into_iter().take(area.height as usize).enumerate() {
        frame.render_widget(
            line,
            Rect {
                y: area.y + i as u16,
                height: 1,
                ..area
            },
        );
    }
}
