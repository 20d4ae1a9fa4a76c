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

/// Issue 22: one run of `check` on a file with three unknown keys, a wrong
/// type and a missing field reports all five, each with its place, in the
/// order of the file (serde alone stops at the first).
/// A value of the wrong kind is said in Finnish and Swedish too, not in the
/// parser's English (issue 22): serde's standard forms (wrong type, unknown
/// word, field twice) are read apart and worded in each language.
#[test]
fn a_wrong_value_is_worded_in_finnish_and_swedish() {
    use sopimus::Language::{Fi, Sv};
    let path = crate::common::crate_path("tests/data/invalid/shape-five-problems.toml");
    let Err(sopimus::LoadError::Shape { report, .. }) = sopimus::load(&path) else {
        panic!("a file that does not fit the input format");
    };
    let wrong = report
        .findings
        .iter()
        .find(|f| f.code().as_str() == "wrong-value")
        .expect("the date written as a number");
    assert_eq!(
        wrong.message_in(Fi),
        "Arvo on kokonaisluku 2024, mutta tähän kuuluu päivämäärä, esimerkiksi 2023-08-01."
    );
    assert_eq!(
        wrong.message_in(Sv),
        "Värdet är heltalet 2024, men här hör ett datum, till exempel 2023-08-01 hemma."
    );
    // The other forms: a word the field does not take, a field twice.
    let source =
        std::fs::read_to_string(crate::common::crate_path("tests/data/valid/minimal.toml"))
            .unwrap();
    for (edit, fi, sv) in [
        (
            source.replacen("kind = \"municipality\"", "kind = \"town\"", 1),
            "`town` ei ole tämän kentän arvo; arvot ovat `wellbeing_services_county`",
            "`town` är inte ett värde för det här fältet; värdena är `wellbeing_services_county`",
        ),
        (
            source.replacen(
                "[meta]\n",
                "[meta]\nlanguages = [\"fi\"]\nlanguage = \"fi\"\n",
                1,
            ),
            "Kenttä `languages` on kirjoitettu kahdesti; poista toinen.",
            "Fältet `languages` står två gånger; ta bort det ena.",
        ),
    ] {
        assert_ne!(edit, source, "the fixture has the text edited");
        let Err(sopimus::LoadError::Shape { report, .. }) =
            sopimus::parse(&edit, sopimus::Format::Toml, std::path::Path::new("x.toml"))
        else {
            panic!("{edit}");
        };
        let wrong = report
            .findings
            .iter()
            .find(|f| f.code().as_str() == "wrong-value")
            .expect("a wrong value");
        assert!(
            wrong.message_in(Fi).starts_with(fi),
            "{}",
            wrong.message_in(Fi)
        );
        assert!(
            wrong.message_in(Sv).starts_with(sv),
            "{}",
            wrong.message_in(Sv)
        );
    }
}

#[test]
fn every_problem_of_shape_is_reported_at_once_with_its_place() {
    let path = crate::common::crate_path("tests/data/invalid/shape-five-problems.toml");
    let Err(sopimus::LoadError::Shape { report, .. }) = sopimus::load(&path) else {
        panic!("a file that does not fit the input format");
    };
    let found: Vec<(String, &str, Option<usize>)> = report
        .findings
        .iter()
        .map(|f| {
            (
                f.path().to_string(),
                f.code().as_str(),
                f.location().map(|l| l.line),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("parties[3].name".to_owned(), "missing-field", Some(38)),
            ("parties[3].nmae".to_owned(), "unknown-field", Some(41)),
            ("parties[3].adress".to_owned(), "unknown-field", Some(43)),
            (
                "parties[3].signatory.phone".to_owned(),
                "unknown-field",
                Some(44)
            ),
            ("parties[3].signed_on".to_owned(), "wrong-value", Some(45)),
        ]
    );
    // The program prints them all in one run, and says the file does not load.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sopimus"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let printed = String::from_utf8_lossy(&out.stdout);
    for (path, _, line) in &found {
        assert!(
            printed.contains(&format!("{path}  ("))
                && printed.contains(&format!(":{}:", line.unwrap())),
            "{path}: {printed}"
        );
    }
}
