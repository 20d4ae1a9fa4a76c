//! Loads an agreement, validates it, renders the full agreement and Annex 2
//! alone, and writes both files.
//!
//! ```sh
//! cargo run --release --example render -- examples/kanta-hame-2026.toml out/
//! ```

use std::path::PathBuf;

use sopimus::{Document, RenderOptions, Renderer, ValidateOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let input = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "examples/kanta-hame-2023.toml".into()),
    );
    let out_dir = PathBuf::from(args.next().unwrap_or_else(|| "out".into()));

    // 1. Load: TOML (or JSON), with line and column on syntax errors.
    let loaded = sopimus::load(&input)?;

    // 2. Validate: every finding at once, each with its line and column in
    //    the file; only a valid agreement renders.
    let valid = match loaded.validate(&ValidateOptions::new()) {
        Ok(valid) => valid,
        Err(sopimus::Invalid(report)) => {
            eprint!("{report}");
            std::process::exit(1);
        }
    };
    for warning in valid.report().warnings() {
        eprintln!("{warning}");
    }

    // 3. Render: one renderer for any number of documents.
    let renderer = Renderer::new();
    std::fs::create_dir_all(&out_dir)?;
    let stem = input
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    for (document, suffix) in [(Document::Agreement, ""), (Document::Annex2, "-liite-2")] {
        let options = RenderOptions::new().document(document);
        let rendered = renderer.render(&valid, &options)?;
        let path = out_dir.join(format!("{stem}{suffix}.pdf"));
        // Written atomically: a failure leaves no partial file.
        sopimus::export::write_atomic(&path, &rendered.pdf)?;
        println!("{} ({} pages)", path.display(), rendered.pages);
    }
    Ok(())
}
