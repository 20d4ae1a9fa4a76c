//! Inputs found by fuzzing and by the law test (`properties.rs`), kept so
//! that their fixes stay fixed: each is loaded (a load error is a result
//! too) and held to the law: findings with paths, or a render without error
//! or warning that carries every text of the input.

use std::path::PathBuf;

use crate::common::crate_path;
use crate::properties::check_law;
use sopimus::{Agreement, Format, RenderOptions};

/// The inputs under `tests/data/fuzz`, TOML and JSON, in name order.
fn found_inputs() -> Vec<PathBuf> {
    let dir = crate_path("tests/data/fuzz");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|path| {
            matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("toml" | "json")
            )
        })
        .collect();
    entries.sort();
    assert!(
        !entries.is_empty(),
        "no regression inputs in {}",
        dir.display()
    );
    entries
}

#[test]
fn every_found_input_keeps_the_law() {
    let mut broken = Vec::new();
    for path in found_inputs() {
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
    assert!(broken.is_empty(), "{}", broken.join("\n\n"));
}

/// The `parse_validate` target's round trip: every found input that
/// parses reads back equal from the TOML and from the JSON the crate writes
/// of it, whatever order its texts' languages were written in.
#[test]
fn every_found_input_reads_back_equal() {
    let mut broken = Vec::new();
    for path in found_inputs() {
        let Ok(loaded) = sopimus::load(&path) else {
            continue;
        };
        let agreement = loaded.agreement;
        let toml = agreement.to_toml_string().expect("the agreement as TOML");
        if Agreement::from_toml_str(&toml).ok().as_ref() != Some(&agreement) {
            broken.push(format!("{}: differs read back from TOML", path.display()));
        }
        let json = agreement.to_json_string().expect("the agreement as JSON");
        if Agreement::from_json_str(&json).ok().as_ref() != Some(&agreement) {
            broken.push(format!("{}: differs read back from JSON", path.display()));
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}
