//! Output validity: every example PDF passes `qpdf --check`, and carries the
//! identification of the standards asked for (PDF/A part in the XMP
//! metadata; for PDF/UA the document language, the structure tree and the
//! title shown as the window title). Needs `qpdf` on the PATH; `.ci/run`
//! installs it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{EXAMPLES, valid};
use sopimus::{Document, RenderOptions, Renderer, Standard};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sopimus-output-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn qpdf(args: &[&str], file: &Path) -> std::process::Output {
    Command::new("qpdf")
        .args(args)
        .arg(file)
        .output()
        .expect("qpdf is installed (apt-get install qpdf; .ci/run does it)")
}

#[test]
fn every_example_passes_qpdf_check_and_is_identified() {
    let renderer = Renderer::new();
    for example in EXAMPLES {
        let agreement = valid(example);
        for (standard, part) in [(Standard::A2bUa1, "2"), (Standard::A3bUa1, "3")] {
            for document in [Document::Agreement, Document::Annex1, Document::Annex2] {
                let options = RenderOptions::new().document(document).standard(standard);
                let pdf = renderer.render(&agreement, &options).unwrap().pdf;
                let file = scratch("check.pdf");
                std::fs::write(&file, &pdf).unwrap();
                let what = format!("{example} {standard:?} {document:?}");

                let check = qpdf(&["--check"], &file);
                let report = String::from_utf8_lossy(&check.stdout);
                assert!(
                    check.status.success(),
                    "{what}: qpdf --check failed:\n{report}"
                );
                assert!(
                    report.contains("No syntax or stream encoding errors found"),
                    "{what}:\n{report}"
                );

                // Uncompressed, the document's own dictionaries can be read.
                let plain = scratch("plain.pdf");
                let out = Command::new("qpdf")
                    .args(["--qdf", "--object-streams=disable"])
                    .arg(&file)
                    .arg(&plain)
                    .output()
                    .unwrap();
                assert!(out.status.success(), "{what}");
                let body = String::from_utf8_lossy(&std::fs::read(&plain).unwrap()).into_owned();
                assert!(
                    body.contains(&format!("<pdfaid:part>{part}</pdfaid:part>")),
                    "{what}: PDF/A part"
                );
                assert!(
                    body.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
                    "{what}: conformance"
                );
                assert!(
                    body.contains("<pdfuaid:part>1</pdfuaid:part>"),
                    "{what}: PDF/UA"
                );
                let lang = agreement.agreement().meta.languages.primary().code();
                assert!(
                    body.contains(&format!("/Lang ({lang})")),
                    "{what}: document language"
                );
                assert!(body.contains("/StructTreeRoot"), "{what}: tagged");
                assert!(body.contains("/Marked true"), "{what}: marked content");
                assert!(
                    body.contains("/DisplayDocTitle true"),
                    "{what}: title shown"
                );
                assert!(body.contains("<dc:title>"), "{what}: title in the metadata");
                if part == "3" {
                    assert!(
                        body.contains("/AFRelationship /Source"),
                        "{what}: the data is attached as the source"
                    );
                }
            }
        }
    }
}
