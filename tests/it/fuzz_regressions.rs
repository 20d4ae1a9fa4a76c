//! Inputs found by fuzzing and by the property tests, kept so that their
//! fixes stay fixed: each goes through load, validation and, when valid,
//! rendering, and must end in a result, never a panic.

use crate::common::today;
use sopimus::{RenderOptions, Renderer, ValidateOptions, validate};

#[test]
fn every_found_input_ends_in_a_result() {
    let renderer = Renderer::new();
    let dir = crate::common::crate_path("tests/data/fuzz");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "json")
        ) {
            continue;
        }
        seen += 1;
        let Ok(loaded) = sopimus::load(&path) else {
            continue;
        };
        match validate(loaded.agreement, &ValidateOptions::with_today(today())) {
            Err(invalid) => {
                for finding in &invalid.0.findings {
                    assert!(!finding.path.is_root(), "{}: {finding}", path.display());
                }
            }
            Ok(valid) => match renderer.render(&valid, &RenderOptions::default()) {
                Ok(rendered) => assert!(rendered.pdf.starts_with(b"%PDF-")),
                Err(other) => panic!(
                    "{}: a valid agreement failed to render: {other}",
                    path.display()
                ),
            },
        }
    }
    assert!(seen > 0, "no regression inputs in {}", dir.display());
}
