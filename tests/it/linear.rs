//! Large inputs with a finding in every entry (issue 20): the program
//! reports every finding, each at its line, and does not slow down with
//! the square of the entries. Placing each finding once scanned the text
//! before it: 4 000 parties with five findings each took 11 s, so the
//! 20 000 here would take minutes and run into the limit, which is only a
//! guard against that (they take about a second; the timings are in
//! `benches/linear.rs` and README's Performance section).

use std::time::Duration;

use crate::common::{crate_path, scratch_in, sopimus_within};

/// Far above the second these take, far below what a scan per finding
/// takes.
const GUARD: Duration = Duration::from_secs(60);

/// Entries in each generated file.
const N: usize = 20_000;

/// The findings of the program run with `args` and then a file holding
/// `text`, which it must reject (exit 1) within the guard.
fn run_rejected(name: &str, text: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let dir = scratch_in("linear", name);
    let file = dir.join(format!("{name}.toml"));
    std::fs::write(&file, text).unwrap();
    let mut args = args.to_vec();
    args.push(file.to_str().unwrap());
    let out = sopimus_within(&args, GUARD);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    report["findings"].as_array().expect("findings").clone()
}

#[test]
fn an_agreement_with_many_wrong_parties_has_every_finding_at_its_line() {
    let base = std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap();
    let parties_before = base.matches("[[parties]]").count();
    let mut text = base.clone();
    let mut lines = base.matches('\n').count();
    let mut name_lines = Vec::with_capacity(N);
    for k in 0..N {
        // A blank line, the header, `id` and `kind`, then `name` (empty:
        // a finding) on the line after them.
        text.push_str(&format!(
            "\n[[parties]]\nid = \"p{k}\"\nkind = \"municipality\"\n\
             name = \"\"\nbusiness_id = \"0145801-3\"\nsignatory = {{ name = \"N {k}\", title = \"t\" }}\n"
        ));
        name_lines.push(lines + 5);
        lines += 7;
    }
    let found = run_rejected("parties", &text, &["check", "--format", "json"]);
    let empty_names: Vec<_> = found
        .iter()
        .filter(|f| f["code"] == "field-empty" && f["path"].as_str().unwrap().ends_with(".name"))
        .collect();
    assert_eq!(empty_names.len(), N);
    for (k, finding) in empty_names.iter().enumerate() {
        assert_eq!(
            finding["path"],
            format!("parties[{}].name", parties_before + k)
        );
        assert_eq!(finding["location"]["line"], name_lines[k], "{finding}");
        assert_eq!(finding["location"]["column"], 8, "{finding}");
    }
}

#[test]
fn many_wrong_measurement_rows_each_have_their_finding_at_their_line() {
    let mut text = String::new();
    for k in 0..N {
        // Line 2 + 5k holds the indicator: the header is on 1 + 5k.
        text.push_str(&format!(
            "[[measurements]]\nindicator = \"not-an-indicator-{k}\"\nyear = 2025\nvalue = {k}\n\n"
        ));
    }
    let found = run_rejected(
        "measurements",
        &text,
        &[
            "follow-up",
            "check",
            "--format",
            "json",
            "tests/data/follow-up/agreement.toml",
        ],
    );
    let unknown: Vec<_> = found
        .iter()
        .filter(|f| f["code"] == "measurement-unknown-indicator")
        .collect();
    assert_eq!(unknown.len(), N);
    for (k, finding) in unknown.iter().enumerate() {
        assert_eq!(
            finding["place"]["path"],
            format!("measurements[{k}].indicator")
        );
        assert_eq!(finding["place"]["location"]["line"], 2 + 5 * k, "{finding}");
    }
}
