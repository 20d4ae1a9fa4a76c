//! Decisions timings (issue 21's targets: the status of a 300-party
//! agreement ≤ 50 ms; 16 decision items, drafted and written as PDF and
//! DOCX, ≤ 1 s). Run with `cargo bench -p sopimus-benches --bench
//! decisions`; the README reports the medians (`python3 benches/medians.py`).
//!
//! The files are read and validated before; only the status, the drafting
//! and the writing are timed.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use sopimus::decisions::{self, ValidatedDecisions};
use sopimus::{Renderer, Standard, ValidateOptions, ValidatedAgreement, validate};

#[path = "../tests/it/common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

const OSTERBOTTEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/osterbotten-2026.toml"
);
const OSTERBOTTEN_DECISIONS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/osterbotten-2026.decisions.toml"
);

fn today() -> ValidateOptions {
    ValidateOptions::with_today(sopimus::Date::from_ymd(2026, 11, 25).unwrap())
}

/// Every party of `agreement` approved by its board and signed, two days
/// apart: the decisions file of a finished round.
fn all_signed(agreement: &ValidatedAgreement) -> ValidatedDecisions {
    let mut text = String::from("final_text = 2024-01-02\n");
    for (i, p) in agreement.agreement().parties.iter().enumerate() {
        let day = 1 + i % 28;
        text.push_str(&format!(
            "[[parties]]\nparty = \"{}\"\n\
             decisions = [{{ organ = \"Kunnanhallitus\", date = 2024-03-{day:02}, section = \"{i}\", outcome = \"approved\" }}]\n\
             signature = {{ name = \"Allekirjoittaja {i}\", date = 2024-05-{day:02}, place = \"Kuntala\" }}\n\n",
            p.id
        ));
    }
    decisions::parse(&text, Path::new("synthetic.decisions.toml"))
        .unwrap()
        .validate(agreement)
        .unwrap()
}

fn status(c: &mut Criterion) {
    let agreement = validate(synthetic::agreement(synthetic::STRESS), &today()).unwrap();
    assert_eq!(agreement.agreement().parties.len(), 300);
    let decisions = all_signed(&agreement);
    c.bench_function("status of 300 parties, all approved and signed", |b| {
        b.iter(|| black_box(decisions.status(&agreement).unwrap().parties.len()))
    });
    let status = decisions.status(&agreement).unwrap();
    c.bench_function("status of 300 parties: text form", |b| {
        b.iter(|| black_box(status.to_text(&agreement, None).len()))
    });
}

fn items(c: &mut Criterion) {
    let agreement = validate(sopimus::load(OSTERBOTTEN).unwrap().agreement, &today()).unwrap();
    let decisions = decisions::load(OSTERBOTTEN_DECISIONS)
        .unwrap()
        .validate(&agreement)
        .unwrap();
    let renderer = Renderer::new();
    let mut group = c.benchmark_group("decision items");
    group.sample_size(10);
    group.bench_function("16 Österbotten items drafted, as PDF and DOCX", |b| {
        b.iter(|| {
            let items = decisions.draft_all(&agreement).unwrap();
            let mut bytes = 0;
            for item in items.iter().take(16) {
                bytes += renderer
                    .render_decision_item(item, Standard::default())
                    .unwrap()
                    .pdf
                    .len();
                bytes += item.to_docx().unwrap().len();
            }
            black_box(bytes)
        })
    });
    group.finish();
}

criterion_group!(benches, status, items);
criterion_main!(benches);
