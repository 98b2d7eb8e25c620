//! The committed pictures in `screenshots/` must be what the screenshot command writes now.

use crosscheck::tui::screenshot::{self, COMMAND, FOLDER, svg};
use std::path::Path;
use std::sync::Arc;

#[test]
fn committed_screenshots_match_the_current_views() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(FOLDER);
    let analysis = Arc::new(screenshot::bundled_analysis());
    let mut stale = Vec::new();
    for scene in screenshot::scenes(&analysis) {
        let expected = svg::to_svg(&scene.render(analysis.clone()));
        let path = root.join(format!("{}.svg", scene.name));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != expected || !root.join(format!("{}.png", scene.name)).exists() {
            stale.push(scene.name);
        }
    }
    assert!(
        stale.is_empty(),
        "screenshots out of date: {stale:?}; regenerate them with `{COMMAND}`"
    );
}
