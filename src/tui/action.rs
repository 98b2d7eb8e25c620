//! Everything the user (or the app itself) can ask for: keys, clicks and resizes become an
//! [`Action`], and `update` is the only place that changes state in response.

use crate::analysis::span::Span;
pub use crate::tui::state::pictures::{Picture, PictureAction};

/// The three panes that can hold the keyboard focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Articles,
    Diff,
    Entities,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    Focus(Pane),
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    /// Enter: choose the selected item (left side, actor, statement, discrepancy).
    Confirm,
    /// Esc: close the innermost thing (overlay, actor view, filter, actor selection).
    Back,
    StartFilter,
    /// Make the selected article the right side of the diff.
    SetRight,
    SwapSides,
    ToggleAlignedOnly,
    NextOverlap,
    PrevOverlap,
    /// Next match: the next fact-relevant change in the diff, the next filtered item in lists.
    NextMatch,
    PrevMatch,
    ToggleHelp,
    ToggleDiscrepancies,
    ToggleActorView,
    ToggleSidebar,
    FilterChar(char),
    FilterBackspace,
    FilterAccept,
    FilterCancel,
    Resize(u16, u16),
    Click {
        column: u16,
        row: u16,
    },
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    /// Select (or clear) the actor whose statements are lit up.
    SelectActor(Option<usize>),
    /// Show `span` of `article` in the diff (as the left side), optionally marking a statement.
    JumpTo {
        article: usize,
        span: Span,
        statement: Option<usize>,
        /// The article to show beside it (another source of the same claim or discrepancy).
        other: Option<usize>,
    },
    /// Open, close or move in an overview picture (matrix, coverage grid, timeline).
    Picture(PictureAction),
}
