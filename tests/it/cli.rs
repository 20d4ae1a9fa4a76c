//! The `sopimus` program: exit codes, reports, atomic outputs, export and
//! extraction, run as a user would run it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::crate_path;

fn sopimus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sopimus"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the program runs")
}

/// A fresh, empty directory for one test's outputs.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sopimus-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_exit_codes() {
    let valid = sopimus(&["check", "examples/kanta-hame-2023.toml"]);
    assert_eq!(valid.status.code(), Some(0), "{}", text(&valid.stdout));
    assert!(text(&valid.stdout).contains("is valid: 0 errors, 0 warnings"));

    let invalid = sopimus(&["check", "tests/data/invalid/duplicate-party-id.toml"]);
    assert_eq!(invalid.status.code(), Some(1));
    let report = text(&invalid.stdout);
    assert!(report.contains("Errors:"), "{report}");
    assert!(report.contains("parties[4].id"), "{report}");
    assert!(report.contains("duplicate-party-id.toml:45:6"), "{report}");

    let missing = sopimus(&["check", "tests/data/no-such-file.toml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("no-such-file.toml"));

    let syntax = sopimus(&["check", "tests/data/invalid/syntax-missing-quote.toml"]);
    assert_eq!(syntax.status.code(), Some(2));
    assert!(
        text(&syntax.stderr).contains("syntax-missing-quote.toml:32:18"),
        "{}",
        text(&syntax.stderr)
    );

    let unknown = sopimus(&["check", "tests/data/invalid/unknown-field.toml"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("unknown field `adress`"));
}

#[test]
fn check_json_output_is_machine_readable() {
    let out = sopimus(&[
        "check",
        "--format",
        "json",
        "tests/data/invalid/tier-gap.toml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(value["valid"], false);
    assert_eq!(value["errors"], 2);
    let first = &value["findings"][0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["path"], "tiers[1].level");
    assert!(first["location"]["line"].as_u64().unwrap() > 0);

    let unreadable = sopimus(&[
        "check",
        "--format",
        "json",
        "tests/data/invalid/impossible-date.toml",
    ]);
    assert_eq!(unreadable.status.code(), Some(2));
    let value: serde_json::Value = serde_json::from_slice(&unreadable.stdout).unwrap();
    assert_eq!(value["readable"], false);
    assert_eq!(value["error"]["line"], 9);
}

#[test]
fn help_documents_exit_codes() {
    let out = sopimus(&["--help"]);
    let help = text(&out.stdout);
    for needle in [
        "Exit codes",
        "0  valid",
        "1  the agreement has validation errors",
        "2  the input could not be read",
    ] {
        assert!(help.contains(needle), "{needle}:\n{help}");
    }
}

#[test]
fn render_writes_the_pdf_and_nothing_else() {
    let dir = scratch("render");
    let out = dir.join("agreement.pdf");
    let run = sopimus(&[
        "render",
        "examples/kanta-hame-2023.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    assert_eq!(
        files_in(&dir),
        ["agreement.pdf"],
        "no temporary file is left"
    );

    let annex = dir.join("annex2.pdf");
    let run = sopimus(&[
        "render",
        "examples/kanta-hame-2026.toml",
        "--annex",
        "2",
        "-o",
        annex.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(
        text(&run.stderr).contains("2 pages"),
        "{}",
        text(&run.stderr)
    );
}

#[test]
fn render_stops_on_validation_errors_and_keeps_the_old_output() {
    let dir = scratch("invalid");
    let out = dir.join("agreement.pdf");
    std::fs::write(&out, b"the previous version").unwrap();
    let run = sopimus(&[
        "render",
        "tests/data/invalid/unknown-convener.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stdout).contains("forums[0].convener.party"));
    assert_eq!(std::fs::read(&out).unwrap(), b"the previous version");
    assert_eq!(files_in(&dir), ["agreement.pdf"]);
}

#[test]
fn render_to_a_missing_directory_fails_cleanly() {
    let dir = scratch("missing");
    let out = dir.join("no/such/dir/agreement.pdf");
    let run = sopimus(&[
        "render",
        "examples/kanta-hame-2023.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = text(&run.stderr);
    assert!(
        stderr.contains("could not write") && stderr.contains("agreement.pdf"),
        "{stderr}"
    );
    assert!(files_in(&dir).is_empty());
}

#[test]
fn export_csv_and_xlsx() {
    let dir = scratch("export");
    let csv = dir.join("mittarit.csv");
    let run = sopimus(&[
        "export",
        "examples/kanta-hame-2023.toml",
        "--format",
        "csv",
        "-o",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let content = std::fs::read_to_string(&csv).unwrap();
    // Header plus the 2023 annex's twelve indicators.
    assert_eq!(content.lines().count(), 13, "{content}");
    let xlsx = dir.join("mittarit.xlsx");
    let run = sopimus(&[
        "export",
        "examples/kanta-hame-2023.toml",
        "--format",
        "xlsx",
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
}

#[test]
fn extract_reads_the_attached_data_back() {
    let dir = scratch("extract");
    let pdf = dir.join("a3.pdf");
    let run = sopimus(&[
        "render",
        "examples/kanta-hame-2023.toml",
        "--standard",
        "a-3b-ua-1",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let out = sopimus(&["extract", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let back = sopimus::Agreement::from_json_str(&text(&out.stdout)).unwrap();
    let original = sopimus::load(crate_path("examples/kanta-hame-2023.toml"))
        .unwrap()
        .agreement;
    assert_eq!(back, original);

    // A PDF/A-2b file has no attachment: a clear error, exit code 2.
    let plain = dir.join("a2.pdf");
    sopimus(&[
        "render",
        "examples/kanta-hame-2023.toml",
        "-o",
        plain.to_str().unwrap(),
    ]);
    let out = sopimus(&["extract", plain.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("a-3b-ua-1"),
        "{}",
        text(&out.stderr)
    );
}
