//! Validation: the reference examples are valid, and every fixture under
//! `tests/data/invalid/` (one mistake each) gets a report worth reading.

use crate::common::{EXAMPLES, crate_path, report_text, valid};

/// Runs `check` on each `.toml` file of `tests/data/<dir>`, in name order,
/// under insta settings that name the snapshot after the file, as
/// `insta::glob!` would (without its glob feature, whose dependencies would
/// make `cargo test` rebuild typst's crates after `cargo run`).
fn each_fixture(dir: &str, check: impl Fn(&std::path::Path)) {
    let root = crate_path("tests/data");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(root.join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in tests/data/{dir}");
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let relative = path.strip_prefix(crate_path("")).unwrap().to_owned();
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_suffix(name);
        settings.set_input_file(relative);
        settings.set_prepend_module_to_snapshot(true);
        settings.bind(|| check(&path));
    }
}

#[test]
fn examples_validate_without_errors() {
    for (example, parties) in EXAMPLES.iter().zip([13, 13, 12, 16]) {
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
    each_fixture("valid", |path| {
        let text = report_text(path);
        assert!(text.starts_with("valid"), "{}:\n{text}", path.display());
        insta::assert_snapshot!(text);
    });
}

#[test]
fn each_invalid_fixture_gets_a_report() {
    each_fixture("invalid", |path| {
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
    // Keeps the fixtures honest: each is its base with a single edit. The
    // `bilingual-` ones change the bilingual agreement, the rest the minimal one.
    let read_base = |name: &str| {
        let text =
            std::fs::read_to_string(crate_path(&format!("tests/data/valid/{name}"))).unwrap();
        text.lines()
            .skip(3)
            .skip_while(|line| line.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let (minimal, bilingual) = (read_base("minimal.toml"), read_base("bilingual.toml"));
    for entry in std::fs::read_dir(crate_path("tests/data/invalid")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        let base = if name.starts_with("bilingual-") {
            &bilingual
        } else {
            &minimal
        };
        let lines: Vec<&str> = text.lines().skip(1).skip_while(|l| l.is_empty()).collect();
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

/// The codes of a report's errors with their paths, in order.
fn errors_of(agreement: sopimus::Agreement) -> Vec<(String, sopimus::validate::Code)> {
    let options = sopimus::ValidateOptions::with_today(crate::common::today());
    let invalid = sopimus::validate(agreement, &options).expect_err("not valid");
    invalid
        .0
        .errors()
        .map(|f| (f.path().to_string(), f.code))
        .collect()
}

/// Findings that no edit of a file in one place gives: a follow-up built in
/// code without months, and content given in an agreement without sections,
/// which the PDF would not show (`render` printed none of it).
#[test]
fn what_only_code_or_a_bare_file_can_say_is_a_finding_too() {
    use sopimus::validate::Code;
    let base = sopimus::load(crate_path("tests/data/valid/minimal.toml"))
        .unwrap()
        .agreement;

    let mut a = base.clone();
    a.follow_up.as_mut().unwrap().rounds.clear();
    assert_eq!(
        errors_of(a),
        [("follow_up.rounds".to_owned(), Code::FollowUpRoundsNone)]
    );

    let mut a = base;
    a.sections.clear();
    let errors = errors_of(a);
    for (path, code) in [
        ("legal_basis", Code::ContentWithoutSections),
        ("tiers", Code::ContentWithoutSections),
        ("follow_up", Code::ContentWithoutSections),
        ("validity.review", Code::ReviewWithoutSections),
    ] {
        assert!(
            errors.contains(&(path.to_owned(), code)),
            "no {code} at {path}: {errors:?}"
        );
    }
}
