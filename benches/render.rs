//! Render and export timings. Run from the repository root with
//! `cargo build --release && cargo bench -p sopimus-benches --bench render`;
//! the README reports the medians criterion prints.

use std::hint::black_box;
use std::process::Command;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use sopimus::{RenderOptions, Renderer, ValidateOptions, ValidatedAgreement, validate};

#[path = "../tests/it/common/synthetic.rs"]
mod synthetic;

mod program;
use program::program;

const EXAMPLE_2023: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/kanta-hame-2023.toml"
);
const EXAMPLE_2026: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/kanta-hame-2026.toml"
);

fn today() -> ValidateOptions {
    ValidateOptions::with_today(sopimus::Date::from_ymd(2026, 11, 25).unwrap())
}

fn load(path: &str) -> ValidatedAgreement {
    validate(sopimus::load(path).unwrap().agreement, &today()).unwrap()
}

/// Two versions of an agreement that differ in one signatory's name, so a
/// warm render cannot reuse the whole previous result.
fn two_versions(path: &str) -> [ValidatedAgreement; 2] {
    let a = load(path);
    let mut b = a.clone().into_inner();
    b.parties[0]
        .signatory
        .as_mut()
        .unwrap()
        .name
        .push_str(" Jr.");
    [a, validate(b, &today()).unwrap()]
}

fn warm(c: &mut Criterion) {
    let renderer = Renderer::new();
    let options = RenderOptions::default();
    for (name, path) in [("2023", EXAMPLE_2023), ("2026", EXAMPLE_2026)] {
        let versions = two_versions(path);
        let mut turn = 0usize;
        c.bench_function(&format!("warm render {name} (one field changed)"), |b| {
            b.iter(|| {
                turn += 1;
                black_box(
                    renderer
                        .render(&versions[turn % 2], &options)
                        .unwrap()
                        .pdf
                        .len(),
                )
            })
        });
    }
}

fn cold(c: &mut Criterion) {
    let options = RenderOptions::default();
    let agreement = load(EXAMPLE_2023);
    c.bench_function("cold render 2023 (fonts, templates, empty caches)", |b| {
        b.iter(|| {
            Renderer::clear_caches();
            let renderer = Renderer::new();
            black_box(renderer.render(&agreement, &options).unwrap().pdf.len())
        })
    });
    // Our own share of a cold render: reading, validating, loading fonts
    // and templates (the view data is built inside `render`).
    c.bench_function("own share: load + validate 2023", |b| {
        b.iter(|| black_box(load(EXAMPLE_2023)))
    });
    c.bench_function("own share: Renderer::new (fonts, templates)", |b| {
        b.iter(|| black_box(Renderer::new()))
    });
    let exe = program();
    let out = std::env::temp_dir().join("sopimus-bench-2023.pdf");
    c.bench_function(
        "cold `sopimus render` 2023 (process start to PDF written)",
        |b| {
            b.iter(|| {
                let status = Command::new(&exe)
                    .args(["render", EXAMPLE_2023, "-o"])
                    .arg(&out)
                    .stderr(std::process::Stdio::null())
                    .status()
                    .unwrap();
                assert!(status.success());
            })
        },
    );
}

fn synthetic_sizes(c: &mut Criterion) {
    let options = RenderOptions::default();
    for (name, size) in [
        ("32 parties", synthetic::LARGEST_COUNTY),
        ("300 parties, 200 goals, 600 indicators", synthetic::STRESS),
    ] {
        let agreement = validate(synthetic::agreement(size), &today()).unwrap();
        c.bench_function(&format!("cold render synthetic {name}"), |b| {
            b.iter(|| {
                Renderer::clear_caches();
                let renderer = Renderer::new();
                black_box(renderer.render(&agreement, &options).unwrap().pages)
            })
        });
    }
}

fn export(c: &mut Criterion) {
    let agreement = load(EXAMPLE_2026);
    c.bench_function("export CSV 2026", |b| {
        b.iter(|| black_box(sopimus::export::to_csv(&agreement).len()))
    });
    c.bench_function("export XLSX 2026", |b| {
        b.iter(|| black_box(sopimus::export::to_xlsx(&agreement).unwrap().len()))
    });
    let stress = validate(synthetic::agreement(synthetic::STRESS), &today()).unwrap();
    c.bench_function(
        "export XLSX synthetic 300 parties, 200 goals, 600 indicators",
        |b| b.iter(|| black_box(sopimus::export::to_xlsx(&stress).unwrap().len())),
    );
    c.bench_function(
        "export CSV synthetic 300 parties, 200 goals, 600 indicators",
        |b| b.iter(|| black_box(sopimus::export::to_csv(&stress).len())),
    );
}

criterion_group! {
    name = benches;
    // The machine is noisy: more samples and a longer measurement than the
    // defaults, and a warm-up so caches and CPU clocks settle.
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(6));
    targets = warm, cold, synthetic_sizes, export
}
criterion_main!(benches);
