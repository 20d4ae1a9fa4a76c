//! Load: one renderer shared by many threads gives the same bytes as serial
//! renders, without deadlock.

use std::sync::Arc;

use crate::common::{EXAMPLES, today, valid};
use sopimus::{Document, RenderOptions, Renderer, ValidateOptions, ValidatedAgreement, validate};

/// 200 jobs: the examples and the minimal fixture, each with its title
/// numbered so that no two outputs are alike, in all three documents.
fn jobs() -> Vec<(ValidatedAgreement, RenderOptions)> {
    let bases = [
        valid(EXAMPLES[0]).into_inner(),
        valid(EXAMPLES[1]).into_inner(),
        valid("tests/data/valid/minimal.toml").into_inner(),
    ];
    (0..200)
        .map(|i| {
            let mut a = bases[i % bases.len()].clone();
            a.meta.title = format!("{} ({i})", a.meta.title).into();
            let options = RenderOptions::new()
                .document([Document::Agreement, Document::Annex1, Document::Annex2][i % 3]);
            (
                validate(a, &ValidateOptions::with_today(today())).unwrap(),
                options,
            )
        })
        .collect()
}

#[test]
fn eight_threads_render_200_agreements_like_one_thread() {
    let jobs = Arc::new(jobs());
    let renderer = Renderer::new();
    let serial: Vec<Vec<u8>> = jobs
        .iter()
        .map(|(a, o)| renderer.render(a, o).unwrap().pdf)
        .collect();

    let threads = 8;
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let renderer = renderer.clone();
            let jobs = Arc::clone(&jobs);
            std::thread::spawn(move || {
                (t..jobs.len())
                    .step_by(threads)
                    .map(|i| (i, renderer.render(&jobs[i].0, &jobs[i].1).unwrap().pdf))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut parallel: Vec<Option<Vec<u8>>> = vec![None; jobs.len()];
    for handle in handles {
        for (i, pdf) in handle.join().expect("no render thread panicked") {
            parallel[i] = Some(pdf);
        }
    }
    for (i, (serial, parallel)) in serial.iter().zip(parallel).enumerate() {
        let parallel = parallel.unwrap_or_else(|| panic!("job {i} was not rendered"));
        assert!(
            *serial == parallel,
            "job {i} differs between serial and parallel renders"
        );
    }
    // All outputs differ from each other: the renders did not mix data.
    let distinct: std::collections::HashSet<&Vec<u8>> = serial.iter().collect();
    assert_eq!(distinct.len(), serial.len());
}
