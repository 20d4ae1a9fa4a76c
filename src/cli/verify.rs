//! `sopimus verify SIGNED.pdf AGREEMENT`: whether a signed document is this
//! agreement's rendering, and the signatures found in it.

use std::path::Path;

use sopimus::RenderOptions;
use sopimus::render::verify::{Match, verify};

use super::{ReportFormat, StandardArg, UNREADABLE, load_and_validate};

/// Exit code: the signed document is not this agreement's rendering.
const DIFFERENT: u8 = 1;

pub(super) fn run(
    signed: &Path,
    agreement: &Path,
    language: Option<sopimus::Language>,
    standard: StandardArg,
    format: ReportFormat,
) -> Result<(), u8> {
    let bytes = std::fs::read(signed).map_err(|e| {
        eprintln!("error: cannot read `{}`: {e}", signed.display());
        UNREADABLE
    })?;
    let valid = load_and_validate(agreement, ReportFormat::Text, false, None)?;
    let mut options = RenderOptions::new().standard(standard.into());
    options.language = language;
    let rendered = sopimus::Renderer::new()
        .render(&valid, &options)
        .map_err(|e| {
            eprintln!("error: {e}");
            UNREADABLE
        })?;
    let found = verify(&bytes, &rendered.pdf).map_err(|e| {
        eprintln!("error: `{}`: {e}", signed.display());
        UNREADABLE
    })?;
    match format {
        ReportFormat::Json => outln!(
            "{}",
            serde_json::to_string_pretty(&found).unwrap_or_default()
        ),
        ReportFormat::Text => {
            let verdict = match found.matches {
                Match::SameBytes { appended: 0 } => {
                    "the same bytes as the agreement's rendering".to_owned()
                }
                Match::SameBytes { appended } => format!(
                    "the agreement's rendering, unchanged, with {appended} bytes of later revisions appended (signatures)"
                ),
                Match::SamePages => {
                    "rewritten, but every page's content is the agreement's rendering".to_owned()
                }
                _ => format!(
                    "NOT this agreement's rendering ({} pages; the rendering has {})",
                    found.pages, found.rendered_pages
                ),
            };
            outln!("{}: {verdict}", signed.display());
            outln!(
                "{} signature(s) found (names and times as written; no cryptographic check):",
                found.signatures.len()
            );
            for s in &found.signatures {
                outln!(
                    "  {}  {}{}",
                    s.name.as_deref().unwrap_or("(no name)"),
                    s.time.as_deref().unwrap_or("(no time)"),
                    s.location
                        .as_deref()
                        .map(|l| format!("  {l}"))
                        .unwrap_or_default()
                );
            }
        }
    }
    if matches!(found.matches, Match::Different) {
        Err(DIFFERENT)
    } else {
        Ok(())
    }
}
