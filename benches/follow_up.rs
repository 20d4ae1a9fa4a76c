//! Follow-up report timings. Run from the repository root with
//! `cargo build --release && cargo bench -p sopimus-benches --bench follow_up`;
//! the README reports the medians (`python3 benches/medians.py`).
//!
//! The stress case's files are written to the temporary directory
//! (`sopimus-bench-follow-up/`), so that peak memory of the cold process can
//! be read with `/usr/bin/time -v sopimus follow-up report …` on them.

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

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(6));
    targets = report, stress_sizes
}
criterion_main!(benches);
