//! Inputs found by fuzzing and by the law test (`properties.rs`), kept so
//! that their fixes stay fixed: each is loaded (a load error is a result
//! too) and held to the law: findings with paths, or a render without error
//! or warning that carries every text of the input.

use crate::common::crate_path;
use crate::properties::check_law;
use sopimus::{Format, RenderOptions};

#[test]
fn every_found_input_keeps_the_law() {
    let dir = crate_path("tests/data/fuzz");
    let mut seen = 0;
    let mut broken = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "json")
        ) {
            continue;
        }
        seen += 1;
        let loaded = match sopimus::load(&path) {
            Ok(loaded) => loaded,
            Err(sopimus::LoadError::Syntax { line, .. }) => {
                assert!(
                    line > 0,
                    "{}: a syntax error without a line",
                    path.display()
                );
                continue;
            }
            Err(_) => continue,
        };
        let source = (loaded.format == Format::Toml).then_some(loaded.source.as_str());
        if let Err(e) = check_law(loaded.agreement, source, &RenderOptions::default()) {
            broken.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(seen > 0, "no regression inputs in {}", dir.display());
    assert!(broken.is_empty(), "{}", broken.join("\n\n"));
}
