//! Validation: the reference examples are valid, and every fixture under
//! `tests/data/invalid/` (one mistake each) gets a report worth reading and
//! the finding it exists for; each code of the catalogue has a fixture, or
//! a reason why a file of one mistake cannot give it.

use std::collections::{BTreeMap, BTreeSet};

use sopimus::validate::Code;

use crate::common::{EXAMPLES, crate_path, report_text, today, valid};

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
                text.starts_with("valid, ") && !text.starts_with("valid, 0 "),
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
        // The first line says what the mistake is, the second its code.
        let lines: Vec<&str> = text
            .lines()
            .skip(1)
            .skip_while(|l| l.is_empty() || l.starts_with("# code: "))
            .collect();
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
        .map(|f| (f.path().to_string(), f.code()))
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

/// The code a fixture exists for, from its second line, `# code:
/// business-id-check-digit`; `none` for a file that does not load
/// (`# code: none, the file does not load …`). `None` without that line.
fn declared_code(source: &str) -> Option<&str> {
    let rest = source.lines().nth(1)?.strip_prefix("# code: ")?;
    rest.split([',', ' ']).next()
}

/// Codes of the agreement's catalogue that no fixture gives, each with the
/// reason no file of one mistake (a copy of `tests/data/valid/minimal.toml`
/// changed in one place, see `make_fixtures.py`) can give it. A code that
/// gets a fixture must leave this list.
const WITHOUT_FIXTURE: &[(&str, &str)] = &[
    (
        "content-without-sections",
        "needs an agreement without sections, 26 lines fewer than the base; \
         what_only_code_or_a_bare_file_can_say_is_a_finding_too builds one",
    ),
    (
        "review-without-sections",
        "needs an agreement without sections, 26 lines fewer than the base; \
         what_only_code_or_a_bare_file_can_say_is_a_finding_too builds one",
    ),
    (
        "follow-up-rounds-none",
        "only reachable from code: a file's `follow_up` needs `window` or \
         `rounds` with at least one round (`rounds = []` does not load); \
         what_only_code_or_a_bare_file_can_say_is_a_finding_too builds one",
    ),
    (
        "figure-without-structure",
        "needs an agreement without bodies and tiers, 25 lines fewer than \
         the base",
    ),
    (
        "parties-none",
        "needs an agreement without parties, 39 lines fewer than the base",
    ),
    (
        "per-municipality-no-municipalities",
        "needs an agreement without municipalities: three of the base's \
         parties changed, 17 lines apart",
    ),
    (
        "priorities-inserted-none",
        "needs an agreement without priorities, 12 lines fewer than the base",
    ),
    (
        "text-too-long",
        "a text of over 200 000 characters would make a 200 kB fixture; \
         limits::enormous_lists_and_texts_get_findings_naming_the_limit builds one",
    ),
    (
        "unknown-forum-none-defined",
        "needs an agreement without bodies, 17 lines fewer than the base, \
         and a reference to one",
    ),
    (
        "unknown-reference-nothing-defined",
        "needs an agreement without parties and bodies, 56 lines fewer \
         than the base",
    ),
];

/// Every invalid fixture names the code it exists for, and gives it: among
/// its errors, or among its warnings when its first line says the mistake
/// is only worth a warning; a fixture that does not load says so. Every code
/// of the agreement's catalogue has a fixture or a reason in
/// [`WITHOUT_FIXTURE`] (the follow-up's `measurement-*` codes have fixtures
/// of their own, under `tests/data/follow-up/`). Prints the codes without a
/// fixture.
#[test]
fn each_invalid_fixture_gives_the_code_it_exists_for() {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(crate_path("tests/data/invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut problems = Vec::new();
    let mut covered: BTreeMap<Code, Vec<String>> = BTreeMap::new();
    let mut unloadable = 0;
    for path in &files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(path).unwrap();
        let Some(declared) = declared_code(&source) else {
            problems.push(format!("{name}: no second line `# code: …`"));
            continue;
        };
        let loaded = sopimus::load(path);
        if declared == "none" {
            unloadable += 1;
            match &loaded {
                Ok(_) => problems.push(format!("{name}: says it does not load, but it loads")),
                // The problems of shape are findings with codes too.
                Err(sopimus::LoadError::Shape { report, .. }) => {
                    for f in report.errors() {
                        let names = covered.entry(f.code()).or_default();
                        if !names.contains(&name) {
                            names.push(name.clone());
                        }
                    }
                }
                Err(_) => {}
            }
            continue;
        }
        let Some(code) = Code::from_name(declared) else {
            problems.push(format!(
                "{name}: `{declared}` is not a code of the catalogue"
            ));
            continue;
        };
        let loaded = match loaded {
            Ok(loaded) => loaded,
            Err(e) => {
                problems.push(format!("{name}: exists for {code}, but does not load: {e}"));
                continue;
            }
        };
        let options = sopimus::ValidateOptions::with_today(today());
        let report = match sopimus::validate(loaded.agreement, &options) {
            Ok(valid) => valid.report().clone(),
            Err(invalid) => invalid.0,
        };
        let warning_only = source
            .lines()
            .next()
            .unwrap()
            .contains("(a warning, the agreement stays valid)");
        let (found, kind): (Vec<Code>, _) = if warning_only {
            (report.warnings().map(|f| f.code()).collect(), "warnings")
        } else {
            (report.errors().map(|f| f.code()).collect(), "errors")
        };
        if !found.contains(&code) {
            problems.push(format!(
                "{name}: exists for {code}, but its {kind} are {found:?}"
            ));
        }
        covered.entry(code).or_default().push(name);
    }

    let reasons: BTreeMap<&str, &str> = WITHOUT_FIXTURE.iter().copied().collect();
    for (name, reason) in WITHOUT_FIXTURE {
        match Code::from_name(name) {
            None => problems.push(format!("WITHOUT_FIXTURE names `{name}`, no code")),
            Some(code) if covered.contains_key(&code) => problems.push(format!(
                "{name} has a fixture ({}): remove it from WITHOUT_FIXTURE",
                covered[&code].join(", ")
            )),
            Some(_) if reason.trim().is_empty() => {
                problems.push(format!("WITHOUT_FIXTURE gives `{name}` no reason"));
            }
            Some(_) => {}
        }
    }
    let agreement: BTreeSet<Code> = Code::ALL
        .iter()
        .copied()
        .filter(|c| !c.as_str().starts_with("measurement"))
        // The decisions file's codes have fixtures of their own, under
        // `tests/data/decisions/invalid/` (tests/it/decisions.rs).
        .filter(|c| !c.as_str().starts_with("decision-"))
        .collect();
    let uncovered: Vec<Code> = agreement
        .iter()
        .copied()
        .filter(|c| !covered.contains_key(c))
        .collect();
    println!(
        "{} invalid fixtures ({unloadable} do not load); {} of the {} codes of the agreement \
         have one, {} have none:",
        files.len(),
        agreement.len() - uncovered.len(),
        agreement.len(),
        uncovered.len()
    );
    for code in &uncovered {
        match reasons.get(code.as_str()) {
            Some(reason) => println!("  {code}: {reason}"),
            None => {
                println!("  {code}: NO FIXTURE AND NO REASON");
                problems.push(format!(
                    "{code} has no fixture: add one (make_fixtures.py), or its reason to \
                     WITHOUT_FIXTURE"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
