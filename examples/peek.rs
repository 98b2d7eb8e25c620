use crosscheck::tui::{action::Action, fixture, test_app, update::update, view};
use ratatui::{Terminal, backend::TestBackend};
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let w: u16 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(120);
    let h: u16 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(35);
    let mut app = test_app(fixture::analysis(), w, h);
    for a in args.iter().skip(3) {
        let act = match a.as_str() {
            "tab" => Action::FocusNext,
            "j" => Action::Down,
            "enter" => Action::Confirm,
            "help" => Action::ToggleHelp,
            "disc" => Action::ToggleDiscrepancies,
            "3" => Action::Focus(crosscheck::tui::action::Pane::Entities),
            "n" => Action::NextMatch,
            "esc" => Action::Back,
            "t" => Action::ToggleAlignedOnly,
            _ => continue,
        };
        let mut next = Some(act);
        while let Some(x) = next {
            next = update(&mut app, x);
        }
    }
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::render(&app, f)).unwrap();
    let buf = t.backend().buffer();
    for y in 0..h {
        let mut s = String::new();
        for x in 0..w {
            s.push_str(buf[(x, y)].symbol());
        }
        println!("{s}");
    }
}
