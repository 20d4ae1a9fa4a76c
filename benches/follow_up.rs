//! Follow-up report timings. Run from the repository root with
//! `cargo build --release && cargo bench -p sopimus-benches --bench follow_up`;
//! the README reports the medians (`python3 benches/medians.py`).
//!
//! The stress case's files are written to the temporary directory
//! (`sopimus-bench-follow-up/`), so that peak memory of the cold process can
//! be read with `/usr/bin/time -v sopimus follow-up report …` on them.
//!
//! `-- "all wrong"` runs only the check of 16 000 rows that are all wrong
//! (each an unknown indicator), as TOML and as CSV: every finding is placed
//! in its file, which must not cost a pass over the file each.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use sopimus::follow_up::{
    self, FollowUpOptions, LoadedMeasurements, Measurements, RawValue, ValidatedMeasurements,
};
use sopimus::{Renderer, ValidateOptions, ValidatedAgreement, validate};

#[path = "../tests/it/common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

mod program;
use program::program;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/kanta-hame-2026.toml"
);
const EXAMPLE_DATA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/kanta-hame-2026-seuranta.toml"
);

fn today() -> ValidateOptions {
    ValidateOptions::with_today(sopimus::Date::from_ymd(2026, 11, 25).unwrap())
}

fn example() -> (ValidatedAgreement, Measurements) {
    let agreement = validate(sopimus::load(EXAMPLE).unwrap().agreement, &today()).unwrap();
    let data = follow_up::load(EXAMPLE_DATA).unwrap().measurements;
    (agreement, data)
}

fn checked(agreement: &ValidatedAgreement, data: Measurements) -> ValidatedMeasurements {
    follow_up::check(
        agreement,
        vec![LoadedMeasurements::from_measurements("bench", data)],
    )
    .unwrap()
}

fn stress(priorities: usize, years: i32) -> (ValidatedAgreement, ValidatedMeasurements) {
    let (agreement, data) = synthetic::follow_up_stress(priorities, years);
    let agreement = validate(agreement, &today()).unwrap();
    let data = checked(&agreement, data);
    (agreement, data)
}

fn report(c: &mut Criterion) {
    let (agreement, data) = example();
    // Two versions that differ in one value, so a warm render cannot reuse
    // the whole previous result.
    let mut changed = data.clone();
    changed.measurements[0].value = RawValue::Number(199.0);
    let versions = [
        checked(&agreement, data.clone()),
        checked(&agreement, changed),
    ];
    let options = FollowUpOptions::default();
    let renderer = Renderer::new();
    let mut turn = 0usize;
    c.bench_function(
        "follow-up report 2026, two years: warm (one value changed)",
        |b| {
            b.iter(|| {
                turn += 1;
                black_box(
                    renderer
                        .render_follow_up(&agreement, &versions[turn % 2], &options)
                        .unwrap()
                        .pdf
                        .len(),
                )
            })
        },
    );
    cold(
        c,
        "follow-up report 2026, two years: cold in-process (new renderer, empty caches)",
        &agreement,
        &versions[0],
    );
    c.bench_function("follow-up own share: read + check 2026 measurements", |b| {
        b.iter(|| {
            let loaded = follow_up::load(EXAMPLE_DATA).unwrap();
            black_box(
                follow_up::check(&agreement, vec![loaded])
                    .unwrap()
                    .entries()
                    .len(),
            )
        })
    });
    process(
        c,
        "cold `sopimus follow-up report` 2026, two years (process start to PDF written)",
        (Path::new(EXAMPLE), Path::new(EXAMPLE_DATA)),
        "sopimus-bench-follow-up.pdf",
    );
}

/// A report with a new renderer and typst's caches emptied each time.
fn cold(
    c: &mut Criterion,
    name: &str,
    agreement: &ValidatedAgreement,
    data: &ValidatedMeasurements,
) {
    let options = FollowUpOptions::default();
    c.bench_function(name, |b| {
        b.iter(|| {
            Renderer::clear_caches();
            let renderer = Renderer::new();
            black_box(
                renderer
                    .render_follow_up(agreement, data, &options)
                    .unwrap()
                    .pages,
            )
        })
    });
}

/// `sopimus follow-up report AGREEMENT MEASUREMENTS -o OUT` as a process,
/// from its start to the PDF written (in the temporary directory).
fn process(c: &mut Criterion, name: &str, (agreement, data): (&Path, &Path), out: &str) {
    let exe = program();
    let out = std::env::temp_dir().join(out);
    c.bench_function(name, |b| {
        b.iter(|| {
            let status = Command::new(&exe)
                .args(["follow-up", "report"])
                .args([agreement, data])
                .arg("-o")
                .arg(&out)
                .stderr(std::process::Stdio::null())
                .status()
                .unwrap();
            assert!(status.success());
        })
    });
}

/// The stress files on disk, for the process benchmark and for measuring
/// peak memory by hand.
fn stress_files() -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join("sopimus-bench-follow-up");
    std::fs::create_dir_all(&dir).unwrap();
    let (agreement, data) = synthetic::follow_up_stress(10, 4);
    let a = dir.join("stress.toml");
    let m = dir.join("stress-seuranta.toml");
    std::fs::write(&a, agreement.to_toml_string().unwrap()).unwrap();
    std::fs::write(&m, toml::to_string(&data).unwrap()).unwrap();
    (a, m)
}

fn stress_sizes(c: &mut Criterion) {
    for (name, priorities, years) in [
        ("60 indicators × 4 years", 10, 4),
        ("30 indicators × 4 years", 5, 4),
        ("60 indicators × 2 years", 10, 2),
        ("120 indicators × 4 years", 20, 4),
    ] {
        let (agreement, data) = stress(priorities, years);
        cold(
            c,
            &format!("follow-up stress, 32 parties, {name}, per municipality: cold in-process"),
            &agreement,
            &data,
        );
    }
    let (a, m) = stress_files();
    process(
        c,
        "cold `sopimus follow-up report` stress, 60 indicators × 4 years (process)",
        (&a, &m),
        "sopimus-bench-follow-up-stress.pdf",
    );
}

/// Rows that are all wrong: each names an indicator the agreement lacks.
const WRONG_ROWS: usize = 16_000;

/// `WRONG_ROWS` measurements with unknown indicators, as TOML and as CSV.
fn wrong_rows() -> (String, String) {
    let mut toml = String::new();
    let mut csv = String::from("indicator,year,value\n");
    for i in 0..WRONG_ROWS {
        toml.push_str(&format!(
            "[[measurements]]\nindicator = \"tuntematon{i}\"\nyear = 2026\nvalue = 1\n\n"
        ));
        csv.push_str(&format!("tuntematon{i},2026,1\n"));
    }
    (toml, csv)
}

/// Reads, checks and words the report of measurements that are all wrong,
/// as `sopimus follow-up check` does after loading the agreement.
fn check_all_wrong(agreement: &ValidatedAgreement, loaded: LoadedMeasurements) -> usize {
    let Err(invalid) = follow_up::check(agreement, vec![loaded]) else {
        panic!("unknown indicators pass");
    };
    let report = invalid.0;
    assert_eq!(report.findings.len(), WRONG_ROWS);
    report
        .to_text(&["bench".to_owned()], WRONG_ROWS, None)
        .len()
}

fn all_wrong(c: &mut Criterion) {
    let (agreement, _) = example();
    let (toml, csv) = wrong_rows();
    c.bench_function(
        "follow-up check, 16 000 TOML rows all wrong (unknown indicator): read + check + report text",
        |b| {
            b.iter(|| {
                let loaded = follow_up::parse_toml(&toml, Path::new("bench.toml")).unwrap();
                black_box(check_all_wrong(&agreement, loaded))
            })
        },
    );
    c.bench_function(
        "follow-up check, the same 16 000 rows all wrong as CSV: read + check + report text",
        |b| {
            b.iter(|| {
                let loaded = follow_up::read_csv(csv.as_bytes(), Path::new("bench.csv")).unwrap();
                black_box(check_all_wrong(&agreement, loaded))
            })
        },
    );
    let dir = std::env::temp_dir().join("sopimus-bench-follow-up");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("all-wrong.toml");
    std::fs::write(&file, &toml).unwrap();
    let exe = program();
    c.bench_function(
        "cold `sopimus follow-up check` of the 16 000 TOML rows all wrong (process, report to a pipe)",
        |b| {
            b.iter(|| {
                let out = Command::new(&exe)
                    .args(["follow-up", "check"])
                    .arg(EXAMPLE)
                    .arg(&file)
                    .output()
                    .unwrap();
                assert_eq!(out.status.code(), Some(1));
                black_box(out.stdout.len())
            })
        },
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(6));
    targets = report, stress_sizes, all_wrong
}
criterion_main!(benches);
