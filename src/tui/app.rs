//! The application state: the shared, read-only analysis plus a few UI sub-states. Views read
//! it; only `update` changes it.

use super::action::Pane;
use super::keymap::Keymap;
use super::state::actor::ActorView;
use super::state::articles::ArticleList;
use super::state::cursor::Cursor;
use super::state::diff::DiffState;
use super::state::entities::EntityList;
use super::theme::Theme;
use crate::analysis::Analysis;
use std::sync::Arc;

/// What the centre pane shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Center {
    Diff,
    Actor,
}

/// A window drawn over the panes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Discrepancies,
    /// A full-screen overview picture.
    Picture(super::state::pictures::Picture),
}

/// Focus, screen size and the per-session look and keys.
#[derive(Clone, Debug)]
pub struct Ui {
    pub focus: Pane,
    pub center: Center,
    /// On narrow screens the article list and the actors share one column; this says which.
    pub left: Pane,
    /// Whether the actor sidebar is shown on wide screens.
    pub sidebar: bool,
    pub width: u16,
    pub height: u16,
    pub quit: bool,
    pub theme: Theme,
    pub keymap: Keymap,
}

#[derive(Clone, Debug, Default)]
pub struct Overlays {
    pub open: Option<Overlay>,
    pub help: Cursor,
    pub discrepancies: Cursor,
}

/// Everything one browser session shows. Several can share one `Arc<Analysis>`.
#[derive(Debug)]
pub struct App {
    pub analysis: Arc<Analysis>,
    pub ui: Ui,
    pub articles: ArticleList,
    pub diff: DiffState,
    pub entities: EntityList,
    pub actor: ActorView,
    pub overlays: Overlays,
    pub pictures: super::state::pictures::Pictures,
}

impl App {
    /// A session on `analysis` with the given look and keys, for a `width` × `height` screen.
    pub fn new(
        analysis: Arc<Analysis>,
        theme: Theme,
        keymap: Keymap,
        width: u16,
        height: u16,
    ) -> App {
        let ui = Ui {
            focus: Pane::Articles,
            center: Center::Diff,
            left: Pane::Articles,
            sidebar: true,
            width,
            height,
            quit: false,
            theme,
            keymap,
        };
        let mut app = App {
            articles: ArticleList::new(&analysis),
            diff: DiffState::new(&analysis),
            entities: EntityList::new(&analysis),
            actor: ActorView::default(),
            overlays: Overlays::default(),
            pictures: Default::default(),
            analysis,
            ui,
        };
        super::update::update(&mut app, super::action::Action::Resize(width, height));
        let lhs = app.diff.lhs;
        app.articles.select_article(lhs, usize::MAX);
        app
    }
}
