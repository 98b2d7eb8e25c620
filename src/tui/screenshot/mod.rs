//! Pictures of the real UI: an app driven by a list of actions, rendered by the real views into
//! a `TestBackend` buffer, written as text (for tests) or SVG (for the `screenshots/` folder).
//!
//! `cargo run --example screenshots` regenerates every picture; a test fails when the committed
//! SVGs differ from what that command would write.

pub mod palette;
pub mod svg;

use super::action::{Action, Picture, PictureAction};
use super::app::App;
use super::keymap::Keymap;
use super::theme::{ColorDepth, Theme, ThemeName};
use super::update::update;
use super::view;
use crate::analysis::Analysis;
use crate::analysis::entities::EntityKind;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use std::sync::Arc;

/// The bundled story, analysed with the default options: what the pictures show.
pub fn bundled_analysis() -> Analysis {
    crate::analysis::analyze(
        crate::corpus::bundled::bundled(),
        &crate::analysis::Options::default(),
    )
}

/// Where the pictures live, relative to the crate root.
pub const FOLDER: &str = "screenshots";

/// The command that regenerates the pictures (quoted by the staleness test).
pub const COMMAND: &str = "cargo run --example screenshots";

/// Applies `actions` (and their follow-ups) in order.
pub fn drive(app: &mut App, actions: &[Action]) {
    for action in actions {
        let mut next = Some(action.clone());
        while let Some(a) = next {
            next = update(app, a);
        }
    }
}

/// Draws `app` once on a `width` × `height` test screen and returns the cells.
pub fn render(app: &App, width: u16, height: u16) -> Buffer {
    let backend = TestBackend::new(width, height);
    let mut terminal = match Terminal::new(backend) {
        Ok(t) => t,
        Err(never) => match never {},
    };
    if let Err(never) = terminal.draw(|frame| view::render(app, frame)) {
        match never {}
    }
    terminal.backend().buffer().clone()
}

/// The symbols of a buffer, one line per row (what a snapshot test compares).
pub fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut skip = 0;
        for x in area.left()..area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}

/// One picture: a name, a screen size, a theme and the actions that lead to the state shown.
pub struct Scene {
    pub name: &'static str,
    pub width: u16,
    pub height: u16,
    pub theme: ThemeName,
    pub actions: Vec<Action>,
}

impl Scene {
    /// The app in this scene's state.
    pub fn app(&self, analysis: Arc<Analysis>) -> App {
        let theme = Theme::new(self.theme, ColorDepth::TrueColor);
        let mut app = App::new(analysis, theme, Keymap::default(), self.width, self.height);
        drive(&mut app, &self.actions);
        app
    }

    pub fn render(&self, analysis: Arc<Analysis>) -> Buffer {
        render(&self.app(analysis), self.width, self.height)
    }
}

/// The person with the most statements (ties: most mentions), if any.
pub fn most_quoted_person(analysis: &Analysis) -> Option<usize> {
    let said = |e: usize| {
        analysis
            .statements
            .iter()
            .filter(|s| s.speaker == e)
            .count()
    };
    (0..analysis.entities.len())
        .filter(|&e| analysis.entities[e].kind == EntityKind::Person)
        .max_by_key(|&e| {
            (
                said(e),
                analysis.entities[e].mentions.len(),
                std::cmp::Reverse(e),
            )
        })
}

/// The actions that light up `actor`'s statements in both diff columns: the two articles where
/// they say most side by side, scrolled to the first statement.
fn actor_in_diff(analysis: &Analysis, actor: usize) -> Vec<Action> {
    let mut per_article = vec![0usize; analysis.corpus.articles.len()];
    for s in analysis.statements.iter().filter(|s| s.speaker == actor) {
        per_article[s.article] += 1;
    }
    let mut ranked: Vec<usize> = (0..per_article.len())
        .filter(|&a| per_article[a] > 0)
        .collect();
    ranked.sort_by_key(|&a| (std::cmp::Reverse(per_article[a]), a));
    let mut actions = vec![Action::SelectActor(Some(actor))];
    if let Some(&first) = ranked.first() {
        let span = analysis
            .statements
            .iter()
            .find(|s| s.speaker == actor && s.article == first)
            .map(|s| s.content);
        if let Some(span) = span {
            actions.push(Action::JumpTo {
                article: first,
                span,
                statement: None,
                other: ranked.get(1).copied(),
            });
            actions.push(Action::Back);
        }
    }
    actions
}

fn picture(which: Picture) -> Action {
    Action::Picture(PictureAction::Toggle(which))
}

/// The pictures in `screenshots/`, for any analysed story.
pub fn scenes(analysis: &Analysis) -> Vec<Scene> {
    let actor = most_quoted_person(analysis);
    let scene = |name, actions| Scene {
        name,
        width: 160,
        height: 45,
        theme: ThemeName::Dark,
        actions,
    };
    vec![
        scene(
            "overview",
            vec![Action::Focus(super::action::Pane::Diff), Action::NextMatch],
        ),
        scene(
            "actor-selected",
            actor.map_or(Vec::new(), |a| actor_in_diff(analysis, a)),
        ),
        scene(
            "actor-view",
            actor.map_or(Vec::new(), |a| vec![Action::SelectActor(Some(a))]),
        ),
        scene("discrepancies", vec![Action::ToggleDiscrepancies]),
        scene("help", vec![Action::ToggleHelp]),
        scene("matrix", vec![picture(Picture::Matrix)]),
        scene("coverage", vec![picture(Picture::Coverage)]),
        scene("timeline", vec![picture(Picture::Timeline)]),
        Scene {
            name: "no-color-80x24",
            width: 80,
            height: 24,
            theme: ThemeName::NoColor,
            actions: vec![Action::Focus(super::action::Pane::Diff), Action::NextMatch],
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture;

    #[test]
    fn the_most_quoted_person_is_found_without_naming_anyone() {
        let a = fixture::analysis();
        let e = most_quoted_person(&a).unwrap();
        assert_eq!(a.entities[e].kind, EntityKind::Person);
        let said = |e: usize| a.statements.iter().filter(|s| s.speaker == e).count();
        assert!((0..a.entities.len()).all(|x| said(x) <= said(e)));
    }

    #[test]
    fn text_skips_the_filler_cell_after_a_wide_character() {
        let a = Arc::new(fixture::analysis());
        let scene = Scene {
            name: "t",
            width: 120,
            height: 40,
            theme: ThemeName::Dark,
            actions: vec![
                Action::Focus(crate::tui::action::Pane::Entities),
                Action::Down,
                Action::Down,
                Action::Down,
            ],
        };
        let t = text(&scene.render(a));
        for line in t.lines() {
            assert_eq!(unicode_width::UnicodeWidthStr::width(line), 120, "{line}");
        }
    }
}
