//! Output validity: every example PDF is a sound PDF file (its
//! cross-reference table, objects and streams, read with hayro-syntax by
//! [`check`]) and carries the identification of the standards asked for
//! (PDF/A part in the XMP metadata; for PDF/UA the document language, the
//! structure tree, marked content and the title shown as the window title).
//!
//! `qpdf --check`, a reader independent of typst's, checks every kind of
//! output too, in [`qpdf_checks_every_kind_of_output`], when
//! `SOPIMUS_EXTERNAL_TOOLS=1` says that qpdf is installed (`.ci/run` installs
//! it and sets it, after the README's commands).

use std::io::Write;
use std::process::Command;

use crate::common::pdf::check;
use crate::common::{EXAMPLES, RENDERER, crate_path, render_pdf, valid};
use sopimus::follow_up::{self, FollowUpOptions};
use sopimus::{ChangeReportOptions, Document, RenderOptions, Standard};

/// The full agreement and each annex alone, in both standards' pairs.
fn documents() -> impl Iterator<Item = (Standard, &'static str, Document)> {
    [(Standard::A2bUa1, "2"), (Standard::A3bUa1, "3")]
        .into_iter()
        .flat_map(|(standard, part)| {
            [Document::Agreement, Document::Annex1, Document::Annex2]
                .map(|document| (standard, part, document))
        })
}

#[test]
fn every_example_is_sound_and_identified() {
    for example in EXAMPLES {
        let agreement = valid(example);
        let lang = agreement.agreement().meta.languages.primary().code();
        for (standard, part, document) in documents() {
            let options = RenderOptions::new().document(document).standard(standard);
            let pdf = RENDERER.render(&agreement, &options).unwrap().pdf;
            let what = format!("{example} {standard:?} {document:?}");
            let checked = check(&pdf);
            let xmp = &checked.xmp;
            assert!(
                xmp.contains(&format!("<pdfaid:part>{part}</pdfaid:part>")),
                "{what}: PDF/A part:\n{xmp}"
            );
            assert!(
                xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
                "{what}: conformance"
            );
            assert!(
                xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
                "{what}: PDF/UA"
            );
            assert!(xmp.contains("<dc:title>"), "{what}: title in the metadata");
            assert_eq!(
                checked.lang.as_deref(),
                Some(lang),
                "{what}: document language"
            );
            assert!(
                checked.structure.as_ref().is_some_and(|s| !s.is_empty()),
                "{what}: tagged"
            );
            assert!(checked.marked, "{what}: marked content");
            assert!(checked.display_doc_title, "{what}: title shown");
            let sources: Vec<&str> = checked
                .attachments
                .iter()
                .filter(|a| a.relationship.as_deref() == Some("Source"))
                .map(|a| a.name.as_str())
                .collect();
            assert_eq!(
                sources,
                if part == "3" {
                    vec!["agreement.json"]
                } else {
                    vec![]
                },
                "{what}: the data is attached as the source for PDF/A-3 only"
            );
        }
    }
}

/// The check fails on a broken file: each defect put into a sound file,
/// of the same length so that everything else stays in its place, makes it
/// fail.
#[test]
fn the_check_finds_broken_files() {
    let pdf = render_pdf(
        &valid("tests/data/valid/minimal.toml"),
        &RenderOptions::default(),
    );
    check(&pdf);
    let find = |from: usize, needle: &[u8]| {
        pdf[from..]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|at| from + at)
            .expect("found")
    };
    let mut broken: Vec<(&str, Vec<u8>)> = Vec::new();

    // The table puts the last object one byte after where it is.
    let mut moved = pdf.clone();
    let trailer = pdf.windows(7).rposition(|w| w == b"trailer").unwrap();
    let entry = &pdf[trailer - 20..trailer - 10];
    let offset: usize = std::str::from_utf8(entry).unwrap().parse().unwrap();
    moved[trailer - 20..trailer - 10].copy_from_slice(format!("{:010}", offset + 1).as_bytes());
    broken.push(("an object not at its offset", moved));

    // A compressed stream's /Length ten bytes short of its data.
    let mut short = pdf.clone();
    let mut at = 0;
    let digits = loop {
        at = find(at + 1, b"/Length ") + b"/Length ".len();
        let end = at + pdf[at..].iter().position(|b| !b.is_ascii_digit()).unwrap();
        if end - at >= 3 && pdf[end - 2] != b'0' {
            break at..end;
        }
    };
    short[digits.end - 2] -= 1;
    broken.push(("a stream's /Length", short));

    // A compressed stream whose data is not deflate data.
    let mut garbled = pdf.clone();
    let filter = find(0, b"/FlateDecode");
    let data = find(filter, b"stream\n") + b"stream\n".len();
    garbled[data..data + 8].fill(0xFF);
    broken.push(("a stream that does not decode", garbled));

    // The end-of-file marker gone.
    let mut unended = pdf.clone();
    let eof = pdf.windows(5).rposition(|w| w == b"%%EOF").unwrap();
    unended[eof + 4] = b'X';
    broken.push(("no %%EOF", unended));

    for (what, file) in broken {
        assert_eq!(file.len(), pdf.len());
        let result = std::panic::catch_unwind(|| check(&file));
        assert!(result.is_err(), "{what}: the check passed it");
    }
}

/// Whether the checks that need a program the Rust toolchain does not
/// bring run: when `SOPIMUS_EXTERNAL_TOOLS=1`, which `.ci/run` sets after
/// installing them. Otherwise says on standard error (past the test
/// harness's capture) that `test` is skipped.
fn external_tools(test: &str, needs: &str) -> bool {
    if std::env::var_os("SOPIMUS_EXTERNAL_TOOLS").is_some_and(|v| v == "1") {
        return true;
    }
    let _ = writeln!(
        std::io::stderr(),
        "{test}: skipped: needs {needs}, run by .ci/run (SOPIMUS_EXTERNAL_TOOLS=1)"
    );
    false
}

/// `qpdf --check` passes `pdf` (named `what` in a failure).
fn assert_qpdf_passes(pdf: &[u8], what: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("check.pdf");
    std::fs::write(&file, pdf).unwrap();
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&file)
        .output()
        .expect("qpdf runs (apt-get install qpdf; .ci/run does it)");
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success(),
        "{what}: qpdf --check failed:\n{report}{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(
        report.contains("No syntax or stream encoding errors found"),
        "{what}:\n{report}"
    );
}

#[test]
fn qpdf_checks_every_kind_of_output() {
    if !external_tools("output::qpdf_checks_every_kind_of_output", "qpdf") {
        return;
    }
    for example in EXAMPLES {
        let agreement = valid(example);
        for (standard, _, document) in documents() {
            let options = RenderOptions::new().document(document).standard(standard);
            let pdf = RENDERER.render(&agreement, &options).unwrap().pdf;
            assert_qpdf_passes(&pdf, &format!("{example} {standard:?} {document:?}"));
        }
    }
    let (old, new) = (
        valid("tests/data/diff/base.toml"),
        valid("tests/data/diff/goal-moved.toml"),
    );
    let changes = sopimus::diff(&old, &new);
    for standard in [Standard::A2bUa1, Standard::A3bUa1] {
        let report = RENDERER
            .render_changes(&changes, &ChangeReportOptions::with_standard(standard))
            .unwrap();
        assert_qpdf_passes(&report.pdf, &format!("change report {standard:?}"));
        let options = RenderOptions::new().standard(standard);
        let redline = RENDERER.render_redline(&old, &new, &options).unwrap();
        assert_qpdf_passes(&redline.pdf, &format!("redline {standard:?}"));
    }
    let agreement = valid("examples/kanta-hame-2026.toml");
    let loaded =
        follow_up::read_file(crate_path("examples/kanta-hame-2026-seuranta.toml")).unwrap();
    let measurements = follow_up::check(&agreement, vec![loaded]).unwrap();
    let report = RENDERER
        .render_follow_up(&agreement, &measurements, &FollowUpOptions::default())
        .unwrap();
    assert_qpdf_passes(&report.pdf, "follow-up report");
    let parallel = valid("tests/data/valid/bilingual.toml");
    let pdf = RENDERER
        .render(&parallel, &RenderOptions::new().parallel(true))
        .unwrap()
        .pdf;
    assert_qpdf_passes(&pdf, "bilingual, side by side");
}
