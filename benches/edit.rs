//! What `sopimus edit` does on the server after each pause in typing:
//! check the editor's text and, when it is valid, lay out its pages and
//! draw the pages that changed as PNG images at 1.25 pixels a point, as
//! the page asks for them in a window 1 400 pixels wide
//! (`Renderer::render_preview_png`; SVG, `Renderer::render_preview`, for
//! comparison). Run from the
//! repository root with
//! `cargo bench -p sopimus-benches --bench edit`; the README reports the
//! medians criterion prints. The browser's share (reading the answer,
//! decoding and painting the new pages) is measured in Chromium by
//! `edit::browser::latency_in_chromium` (tests/it/edit/browser.rs).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use sopimus::{Format, RenderOptions, Renderer, ValidateOptions, load_from_reader, validate};

const EXAMPLE_2026: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/kanta-hame-2026.toml"
);

/// The scale the page asks for in a window 1 400 pixels wide.
const SCALE: f64 = 1.25;

/// The server's work on one text: check, then the preview's pages (only
/// the number of pages is kept), as PNG or as SVG.
fn update(renderer: &Renderer, text: &str, png: bool) -> usize {
    let loaded = load_from_reader(text.as_bytes(), Format::Toml, EXAMPLE_2026.as_ref()).unwrap();
    let today = ValidateOptions::with_today(sopimus::Date::from_ymd(2026, 11, 25).unwrap());
    match validate(loaded.agreement, &today) {
        Ok(valid) => if png {
            renderer.render_preview_png(&valid, &RenderOptions::default(), SCALE)
        } else {
            renderer.render_preview(&valid, &RenderOptions::default())
        }
        .unwrap()
        .len(),
        Err(_) => 0,
    }
}

fn edit(c: &mut Criterion) {
    let source = std::fs::read_to_string(EXAMPLE_2026).unwrap();
    let renderer = Renderer::new();
    // A new word typed each time, so that typst's caches cannot answer
    // the whole layout from an earlier one.
    for (name, at, png) in [
        (
            "a word typed into a paragraph",
            "paragraph = \"Foorumien, ",
            true,
        ),
        (
            "a word typed into a paragraph, SVG",
            "paragraph = \"Foorumien, ",
            false,
        ),
        ("a word typed into the title", "title = \"", true),
    ] {
        assert!(source.contains(at));
        let mut turn = 0usize;
        c.bench_function(&format!("edit 2026: check + preview, {name}"), |b| {
            b.iter(|| {
                turn += 1;
                let text = source.replacen(at, &format!("{at}sana{turn} "), 1);
                black_box(update(&renderer, &text, png))
            })
        });
    }
    // The same text again: typst's caches answer the layout and no page is
    // drawn; what is left is the check, the view data and the cache
    // look-ups.
    c.bench_function("edit 2026: check + preview, the same text again", |b| {
        b.iter(|| black_box(update(&renderer, &source, true)))
    });
    // A wrong business ID: the check alone, findings only.
    let wrong = source.replacen("business_id = \"", "business_id = \"9", 1);
    c.bench_function("edit 2026: check of a text with an error", |b| {
        b.iter(|| black_box(update(&renderer, &wrong, true)))
    });
}

criterion_group! {
    name = benches;
    // The machine is noisy: a warm-up so caches and CPU clocks settle.
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8));
    targets = edit
}
criterion_main!(benches);
