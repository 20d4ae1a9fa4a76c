//! Diff timings (issue 12's targets: the two Kanta-Häme versions ≤ 5 ms; the
//! 300-party synthetic agreement against a copy with 10 % of its texts
//! reworded ≤ 200 ms). Run with `cargo bench --bench diff`; the README
//! reports the medians (`python3 benches/medians.py`).
//!
//! Only `sopimus::diff` is timed: the files are read and validated before.
//! The text form and the JSON are timed apart, as what `sopimus diff` adds.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use sopimus::{ValidateOptions, ValidatedAgreement, validate};

#[path = "../tests/it/common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

const EXAMPLE_2023: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/kanta-hame-2023.toml");
const EXAMPLE_2026: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/kanta-hame-2026.toml");

fn today() -> ValidateOptions {
    ValidateOptions::with_today(sopimus::Date::from_ymd(2026, 11, 25).unwrap())
}

fn load(path: &str) -> ValidatedAgreement {
    validate(sopimus::load(path).unwrap().agreement, &today()).unwrap()
}

fn kanta_hame(c: &mut Criterion) {
    let (old, new) = (load(EXAMPLE_2023), load(EXAMPLE_2026));
    c.bench_function("diff Kanta-Häme 2023 → 2026", |b| {
        b.iter(|| black_box(sopimus::diff(&old, &new).items.len()))
    });
    let changes = sopimus::diff(&old, &new);
    c.bench_function("diff Kanta-Häme 2023 → 2026: text form", |b| {
        b.iter(|| black_box(changes.to_string().len()))
    });
    c.bench_function("diff Kanta-Häme 2023 → 2026: JSON", |b| {
        b.iter(|| black_box(changes.to_json().len()))
    });
}

fn stress(c: &mut Criterion) {
    // The same pair as the test
    // `the_stress_agreement_with_every_tenth_text_reworded_gives_exactly_those_changes`,
    // which checks that the diff finds exactly the reworded texts.
    let old = synthetic::agreement(synthetic::STRESS);
    let (new, _, _) = synthetic::with_texts_changed(&old, 10);
    let (old, new) = (
        validate(old, &today()).unwrap(),
        validate(new, &today()).unwrap(),
    );
    c.bench_function(
        "diff synthetic 300 parties, 200 goals, 600 indicators: every tenth text reworded",
        |b| b.iter(|| black_box(sopimus::diff(&old, &new).items.len())),
    );
    c.bench_function(
        "diff synthetic 300 parties, 200 goals, 600 indicators: against itself",
        |b| b.iter(|| black_box(sopimus::diff(&old, &old).items.len())),
    );
    // Every text reworded: nothing pairs by identical text, so similarity
    // compares every remaining old item of a kind with every new one (600 ×
    // 600 indicators), the quadratic worst case below `PAIR_BUDGET`.
    let (all, _, _) = synthetic::with_texts_changed(old.agreement(), 1);
    let all = validate(all, &today()).unwrap();
    c.bench_function(
        "diff synthetic 300 parties, 200 goals, 600 indicators: every text reworded",
        |b| b.iter(|| black_box(sopimus::diff(&old, &all).items.len())),
    );
}

criterion_group! {
    name = benches;
    // The machine is noisy: more samples than the defaults, and a warm-up
    // so caches and CPU clocks settle (as in benches/render.rs).
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(6));
    targets = kanta_hame, stress
}
criterion_main!(benches);
