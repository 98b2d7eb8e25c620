//! Regenerates `screenshots/*.svg` and `screenshots/*.png` from the real views on the bundled
//! story:
//!
//! ```text
//! cargo run --example screenshots
//! ```
//!
//! Each scene drives a fresh app with actions, renders it into a ratatui `TestBackend`, writes
//! the buffer as SVG, and rasterises the SVG with resvg using the DejaVu Sans Mono files kept in
//! `screenshots/font/`, so the pictures come out the same on every machine.

use crosscheck::tui::screenshot::{self, FOLDER, svg};
use resvg::{tiny_skia, usvg};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(FOLDER);
    let options = svg_options(&root.join("font"))?;
    let analysis = Arc::new(screenshot::bundled_analysis());
    for scene in screenshot::scenes(&analysis) {
        let buffer = scene.render(analysis.clone());
        let text = svg::to_svg(&buffer);
        let svg_path = root.join(format!("{}.svg", scene.name));
        std::fs::write(&svg_path, &text)?;
        let png_path = root.join(format!("{}.png", scene.name));
        rasterise(&text, &options, &png_path)?;
        println!("wrote {} and {}", svg_path.display(), png_path.display());
    }
    Ok(())
}

/// usvg options that know only the fonts in `font_dir`.
fn svg_options(font_dir: &Path) -> anyhow::Result<usvg::Options<'static>> {
    let mut db = usvg::fontdb::Database::new();
    let mut found = 0;
    for entry in std::fs::read_dir(font_dir)? {
        let path: PathBuf = entry?.path();
        if path.extension().is_some_and(|e| e == "ttf") {
            db.load_font_data(std::fs::read(&path)?);
            found += 1;
        }
    }
    anyhow::ensure!(found > 0, "no .ttf font in {}", font_dir.display());
    Ok(usvg::Options {
        fontdb: Arc::new(db),
        font_family: svg::FONT_FAMILY.to_string(),
        ..usvg::Options::default()
    })
}

fn rasterise(text: &str, options: &usvg::Options, path: &Path) -> anyhow::Result<()> {
    let tree = usvg::Tree::from_str(text, options)?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| anyhow::anyhow!("empty picture"))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.save_png(path)?;
    Ok(())
}
