//! The catalogue of findings: every finding of the invalid fixtures has a
//! code and reads in Finnish and Swedish, and the reports a partnership
//! manager reads in those languages are reviewed snapshots. The English
//! reports are the snapshots of `validation.rs`, unchanged.

use std::path::{Path, PathBuf};

use sopimus::validate::Code;
use sopimus::{Language, Report, ValidateOptions, validate};

use crate::common::{crate_path, today};

/// The `.toml` files of `tests/data/invalid`, in name order.
fn invalid_fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(crate_path("tests/data/invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() > 50, "the invalid fixtures are missing");
    files
}

/// The path as the report names it: relative to the crate.
fn relative(path: &Path) -> String {
    path.strip_prefix(crate_path(""))
        .unwrap()
        .display()
        .to_string()
}

/// The located report of a fixture, or the load error's text.
fn report(path: &Path) -> Result<Report, String> {
    let loaded = match sopimus::load(path) {
        Ok(loaded) => loaded,
        // Problems of shape are findings, worded in every language.
        Err(sopimus::LoadError::Shape { report, .. }) => return Ok(report),
        Err(e) => {
            return Err(e
                .to_string()
                .replace(&format!("{}/", env!("CARGO_MANIFEST_DIR")), ""));
        }
    };
    let mut report = match validate(loaded.agreement, &ValidateOptions::with_today(today())) {
        Ok(valid) => valid.report().clone(),
        Err(invalid) => invalid.0,
    };
    report.locate_in_toml(&loaded.source);
    Ok(report)
}

/// A placeholder left unfilled, `{name}`.
fn unfilled(text: &str) -> Option<&str> {
    let start = text.find('{')?;
    let end = start + text[start..].find('}')?;
    let name = &text[start + 1..end];
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .then_some(&text[start..=end])
}

/// The inputs kept from fuzzing and the law test (`tests/data/fuzz`), in
/// name order: some have findings no single edit of the base can give (an
/// agreement without sections).
fn fuzz_inputs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(crate_path("tests/data/fuzz"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// Every finding over the invalid fixtures and the kept fuzz inputs has a
/// known code, whose English template gives its message, and a Finnish and
/// a Swedish text of its own with every value filled in.
#[test]
fn every_finding_of_the_fixtures_has_a_code_and_reads_in_each_language() {
    let mut problems = Vec::new();
    let mut codes = std::collections::BTreeSet::new();
    let mut findings = 0;
    for path in invalid_fixtures().into_iter().chain(fuzz_inputs()) {
        let Ok(report) = report(&path) else { continue };
        let name = relative(&path);
        for f in &report.findings {
            findings += 1;
            codes.insert(f.code());
            if Code::from_name(f.code().as_str()) != Some(f.code()) {
                problems.push(format!("{name}: `{}` is not a known code", f.code()));
            }
            let json = serde_json::to_value(f).unwrap();
            if json["code"] != f.code().as_str() {
                problems.push(format!("{name}: the JSON lacks the code: {json}"));
            }
            if let Some(p) = unfilled(f.message()) {
                problems.push(format!("{name}: English leaves {p}: {}", f.message()));
            }
            for l in Language::ALL {
                let text = f.message_in(l);
                if text == f.message() {
                    problems.push(format!("{name}: the {l} text is the English: {text}"));
                }
                if let Some(p) = unfilled(&text) {
                    problems.push(format!("{name}: the {l} text leaves {p}: {text}"));
                }
                if !text.ends_with('.') || text.starts_with(char::is_lowercase) {
                    problems.push(format!("{name}: the {l} text is not a sentence: {text}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(findings > 80, "only {findings} findings");
    assert!(codes.len() > 60, "only {} codes: {codes:?}", codes.len());
}

/// The reports of all invalid fixtures in one language, as `sopimus check
/// --lang` prints them; a load error stays English.
fn reports_in(language: Language) -> String {
    let mut out = String::new();
    for path in invalid_fixtures() {
        let name = relative(&path);
        out.push_str(&format!("=== {name}\n"));
        match report(&path) {
            Ok(report) => out.push_str(&report.to_text(&name, Some(language))),
            Err(e) => out.push_str(&format!("(input error, in English) {e}\n")),
        }
        out.push('\n');
    }
    out
}

#[test]
fn reports_of_the_invalid_fixtures_in_finnish() {
    insta::assert_snapshot!("reports-fi", reports_in(Language::Fi));
}

#[test]
fn reports_of_the_invalid_fixtures_in_swedish() {
    insta::assert_snapshot!("reports-sv", reports_in(Language::Sv));
}

/// The English text report is the program's, line for line: the one
/// rendering is shared.
#[test]
fn the_english_report_is_the_findings_messages() {
    let path = crate_path("tests/data/invalid/business-id-check-digit.toml");
    let report = report(&path).unwrap();
    let text = report.to_text("x.toml", None);
    assert_eq!(
        text,
        "x.toml is not valid: 1 error, 0 warnings\n\nErrors:\n  parties[3].business_id  (x.toml:41:15)\n    the business ID `0145801-4` has check digit 4, but its digits give 3; check for a typing error\n"
    );
    let finnish = report.to_text("x.toml", Some(Language::Fi));
    assert!(
        finnish.starts_with("x.toml ei ole kelvollinen: 1 virhe, 0 varoitusta\n\nVirheet:\n"),
        "{finnish}"
    );
}
