//! Linear time in the input (issue 20): `check` of an agreement and
//! `follow-up check` of measurements at 1×, 10× and 100× the size of the
//! 2026 example, each valid and each with a finding in every entry (where
//! placing every finding by scanning the text before it made `check`
//! quadratic). Run from the repository root with
//! `cargo bench -p sopimus-benches --bench linear && python3 benches/medians.py`;
//! the README's Performance section has the medians.
//!
//! The agreements are synthetic (`tests/it/common/synthetic.rs`), sized as
//! the example times the factor: 13 parties, 4 priorities with a goal of
//! 4 indicators each at 1× (the example: 13, 4, 5 goals, 15 indicators) (100×: 1 300 parties, past the limit of 1 000, which
//! is one finding more). The measurements are the example's 50, repeated:
//! from 10× on every repeat is a duplicate, a finding each.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use sopimus::ValidatedAgreement;
use sopimus::follow_up;

#[path = "../tests/it/common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/kanta-hame-2026.toml"
);
const MEASUREMENTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/kanta-hame-2026-seuranta.toml"
);

const FACTORS: [usize; 3] = [1, 10, 100];

fn dir() -> PathBuf {
    let dir = std::env::temp_dir().join("sopimus-bench-linear");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The synthetic agreement at `factor` times the example, as TOML: valid,
/// or with a wrong business ID in every party.
fn agreement_text(factor: usize, wrong: bool) -> String {
    let text = synthetic::toml_text(synthetic::Size {
        parties: 13 * factor,
        priorities: 4 * factor,
        goals: 1,
        indicators: 4,
    });
    if wrong {
        text.replace("business_id = \"", "business_id = \"x")
    } else {
        text
    }
}

/// What `sopimus check` does: read, validate, place every finding.
fn check(path: &Path) -> usize {
    let loaded = sopimus::load(path).unwrap();
    let today = sopimus::Date::from_ymd(2026, 11, 25).unwrap();
    match loaded.validate(&sopimus::ValidateOptions::with_today(today)) {
        Ok(valid) => valid.report().findings.len(),
        Err(invalid) => invalid.0.findings.len(),
    }
}

fn agreements(c: &mut Criterion) {
    let dir = dir();
    for factor in FACTORS {
        for wrong in [false, true] {
            let path = dir.join(format!("agreement-{factor}-{wrong}.toml"));
            std::fs::write(&path, agreement_text(factor, wrong)).unwrap();
            let findings = check(&path);
            let what = if wrong {
                format!("a wrong business ID in every party ({findings} findings)")
            } else {
                format!("{findings} findings")
            };
            c.bench_function(
                &format!("check {factor}× the 2026 example: load + validate + place, {what}"),
                |b| b.iter(|| black_box(check(&path))),
            );
        }
    }
}

/// What `sopimus follow-up check` does after loading the agreement: read,
/// check, word the report.
fn follow_up_check(agreement: &ValidatedAgreement, text: &str) -> usize {
    let loaded = follow_up::parse_toml(text, Path::new("bench.toml")).unwrap();
    let report = match follow_up::check(agreement, vec![loaded]) {
        Ok(valid) => valid.report().clone(),
        Err(invalid) => invalid.0,
    };
    report.to_text(&["bench".to_owned()], 0, None).len()
}

fn measurements(c: &mut Criterion) {
    let agreement = sopimus::load(EXAMPLE)
        .unwrap()
        .agreement
        .validate()
        .unwrap();
    let example = std::fs::read_to_string(MEASUREMENTS).unwrap();
    for factor in FACTORS {
        // The file's own `note` once, then its measurements `factor` times.
        let note_end = example.find("\nnote = ").unwrap() + 1;
        let note_end = note_end + example[note_end..].find('\n').unwrap() + 1;
        let text = format!(
            "{}{}",
            &example[..note_end],
            example[note_end..].repeat(factor)
        );
        let rows = text
            .lines()
            .filter(|l| l.trim() == "[[measurements]]")
            .count();
        c.bench_function(
            &format!("follow-up check {factor}× the 2026 example's measurements ({rows} rows): read + check + report text"),
            |b| b.iter(|| black_box(follow_up_check(&agreement, &text))),
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = agreements, measurements
}
criterion_main!(benches);
