//! The event loop, generic over the screen (any ratatui `Backend`) and the input (any
//! [`EventSource`]): the local terminal uses crossterm and stdin; a network server can run one
//! loop per connection, each on its own backend and event channel.

use super::app::App;
use super::event::EventSource;
use super::input::action_for;
use super::update::update;
use super::view;
use ratatui::Terminal;
use ratatui::backend::Backend;

/// Draws, then waits for an event, updates, and redraws only when something happened, until the
/// app quits or the source closes. Blocks on the source: no polling, no busy loop.
pub fn run<B: Backend, E: EventSource + ?Sized>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut E,
) -> Result<(), B::Error> {
    terminal.draw(|frame| view::render(app, frame))?;
    while !app.ui.quit {
        let Some(event) = events.next_event() else {
            break;
        };
        let mut next = action_for(app, &event);
        let changed = next.is_some();
        while let Some(action) = next {
            next = update(app, action);
        }
        if changed && !app.ui.quit {
            terminal.draw(|frame| view::render(app, frame))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::event::Event;
    use crate::tui::{fixture, test_app};
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::backend::TestBackend;
    use std::collections::VecDeque;

    #[test]
    fn the_loop_stops_on_q_and_draws_the_last_state() {
        let mut app = test_app(fixture::analysis(), 100, 30);
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
        let key = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        let mut events: VecDeque<Event> = [key('2'), key('q'), key('j')].into_iter().collect();
        run(&mut terminal, &mut app, &mut events).unwrap();
        assert!(app.ui.quit);
        assert_eq!(events.len(), 1, "events after q are not read");
    }
}
