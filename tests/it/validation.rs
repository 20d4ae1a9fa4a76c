//! Validation: the reference examples are valid, and every fixture under
//! `tests/data/invalid/` (one mistake each) gets a report worth reading.

use crate::common::{EXAMPLES, crate_path, report_text, valid};

/// The fixtures' directory.
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

#[test]
fn examples_validate_without_errors() {
    for (example, parties) in EXAMPLES.iter().zip([13, 13, 12]) {
        let agreement = valid(example);
        assert_eq!(agreement.agreement().parties.len(), parties, "{example}");
        assert!(
            agreement.report().findings.is_empty(),
            "{example}: {}",
            agreement.report()
        );
    }
}

#[test]
fn valid_fixtures_validate() {
    insta::glob!(DATA, "valid/*.toml", |path| {
        let text = report_text(path);
        assert!(text.starts_with("valid"), "{}:\n{text}", path.display());
        insta::assert_snapshot!(text);
    });
}

#[test]
fn each_invalid_fixture_gets_a_report() {
    insta::glob!(DATA, "invalid/*.toml", |path| {
        let source = std::fs::read_to_string(path).unwrap();
        let text = report_text(path);
        // A fixture either fails to load or fails validation, except those
        // whose single mistake is only worth a warning.
        let warning_only = source
            .lines()
            .next()
            .unwrap()
            .contains("(a warning, the agreement stays valid)");
        if warning_only {
            assert!(
                text.starts_with("valid, 1 warning"),
                "{}:\n{text}",
                path.display()
            );
        } else {
            assert!(
                text.starts_with("invalid") || text.starts_with("input error"),
                "{} should not validate:\n{text}",
                path.display()
            );
        }
        insta::assert_snapshot!(text);
    });
}

#[test]
fn fixtures_differ_from_the_base_in_one_place() {
    // Keeps the fixtures honest: each is the base with a single edit.
    let base = std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap();
    let base: Vec<&str> = base.lines().skip(3).collect();
    for entry in std::fs::read_dir(crate_path("tests/data/invalid")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().skip(1).collect();
        let prefix = base.iter().zip(&lines).take_while(|(a, b)| a == b).count();
        let suffix = base[prefix..]
            .iter()
            .rev()
            .zip(lines[prefix..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let changed = (base.len() - prefix - suffix).max(lines.len() - prefix - suffix);
        assert!(
            changed <= 10,
            "{} changes {changed} lines of the base",
            path.display()
        );
    }
}
