//! Enter, and the jumps it triggers: choosing the diff's sides, an actor, a statement or a
//! discrepancy.

use super::relayout;
use crate::analysis::span::Span;
use crate::tui::action::{Action, Pane};
use crate::tui::app::{App, Center, Overlay};
use crate::tui::state::diff::{Target, best_partner};
use crate::tui::view::layout::list_heights;

pub fn confirm(app: &mut App) -> Option<Action> {
    match app.overlays.open {
        Some(Overlay::Help) => {
            app.overlays.open = None;
            return None;
        }
        Some(Overlay::Discrepancies) => return discrepancy_jump(app),
        Some(Overlay::Picture(_)) => return super::pictures::confirm(app),
        None => {}
    }
    match (app.ui.focus, app.ui.center) {
        (Pane::Articles, _) => {
            if let Some(a) = app.articles.selected() {
                set_side(app, a, false);
            }
            None
        }
        (Pane::Entities, _) => app
            .entities
            .selected()
            .map(|e| Action::SelectActor(Some(e))),
        (Pane::Diff, Center::Actor) => statement_jump(app),
        (Pane::Diff, Center::Diff) => None,
    }
}

/// `r` in the article list: the selected article becomes the right side.
pub fn set_right(app: &mut App) {
    if app.ui.focus == Pane::Articles
        && let Some(a) = app.articles.selected()
    {
        set_side(app, a, true);
    }
}

/// Shows `article` on one side; choosing the article already on the other side swaps them.
fn set_side(app: &mut App, article: usize, right: bool) {
    let (this, other) = if right {
        (app.diff.rhs, app.diff.lhs)
    } else {
        (app.diff.lhs, app.diff.rhs)
    };
    let (this, other) = if article == other {
        (article, this)
    } else {
        (article, other)
    };
    (app.diff.lhs, app.diff.rhs) = if right { (other, this) } else { (this, other) };
    app.diff.scroll = 0;
    app.diff.target = None;
    app.diff.current_change = None;
    relayout(app);
}

fn discrepancy_jump(app: &App) -> Option<Action> {
    let d = app
        .analysis
        .discrepancies
        .get(app.overlays.discrepancies.selected)?;
    let first = d.variants.first()?;
    let other = d
        .variants
        .iter()
        .map(|v| v.article)
        .find(|&a| a != first.article);
    Some(Action::JumpTo {
        article: first.article,
        span: first.span,
        statement: None,
        other,
    })
}

fn statement_jump(app: &App) -> Option<Action> {
    let &(row, article, statement) = app.actor.cells.get(app.actor.cursor.selected)?;
    let s = app.analysis.statements.get(statement)?;
    let cells = &app.actor.rows.get(row)?.cells;
    let carries = |a: usize| a != article && cells.get(a).is_some_and(Option::is_some);
    let other = [app.diff.rhs, app.diff.lhs]
        .into_iter()
        .find(|&a| carries(a))
        .or_else(|| (0..cells.len()).find(|&a| carries(a)));
    Some(Action::JumpTo {
        article,
        span: s.content,
        statement: Some(statement),
        other,
    })
}

/// Shows `span` of `article` on the left of the diff, scrolled into view and marked.
pub fn jump_to(
    app: &mut App,
    article: usize,
    span: Span,
    statement: Option<usize>,
    other: Option<usize>,
) {
    let n = app.analysis.corpus.articles.len();
    if article >= n {
        return;
    }
    let keep = if app.diff.lhs == article {
        app.diff.rhs
    } else {
        app.diff.lhs
    };
    let mut rhs = other.filter(|&o| o < n && o != article).unwrap_or(keep);
    if rhs == article {
        rhs = best_partner(&app.analysis, article);
    }
    app.diff.lhs = article;
    app.diff.rhs = rhs;
    app.overlays.open = None;
    app.ui.center = Center::Diff;
    app.ui.focus = Pane::Diff;
    relayout(app);
    if app.diff.layout.line_of(false, span.start).is_none() && app.diff.aligned_only {
        app.diff.aligned_only = false;
        relayout(app);
    }
    let height = list_heights(&app.ui).diff;
    if let Some(line) = app.diff.layout.line_of(false, span.start) {
        app.diff.reveal(line, height);
    }
    app.diff.target = Some(Target {
        article,
        span,
        statement,
    });
    app.diff.current_change = None;
    app.articles
        .select_article(article, list_heights(&app.ui).articles);
}
