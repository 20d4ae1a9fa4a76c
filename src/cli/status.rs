//! `sopimus status AGREEMENT [--decisions FILE]`: per party what is
//! decided, named and signed, and whether the agreement is in force.

use std::path::{Path, PathBuf};

use sopimus::ValidatedAgreement;
use sopimus::decisions::{self, ValidatedDecisions};

use super::{INVALID, ReportFormat, ReportLanguage, UNREADABLE, load_and_validate};

/// The decisions file beside `agreement`: `x.toml` → `x.decisions.toml`.
pub(super) fn beside(agreement: &Path) -> PathBuf {
    let stem = agreement
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    agreement.with_file_name(format!("{stem}.decisions.toml"))
}

/// Loads and checks the decisions against `agreement`, printing their
/// report when it has findings; the file given, or the one beside the
/// agreement when it exists, or none.
pub(super) fn load_decisions(
    file: &Path,
    agreement: &ValidatedAgreement,
    decisions: Option<&Path>,
    language: Option<sopimus::Language>,
) -> Result<ValidatedDecisions, u8> {
    let path = match decisions {
        Some(p) => p.to_owned(),
        None => {
            let p = beside(file);
            if !p.is_file() {
                return Ok(ValidatedDecisions::none(agreement));
            }
            p
        }
    };
    let loaded = decisions::load(&path).map_err(|e| {
        eprintln!("error: {}", super::error_chain(&e));
        UNREADABLE
    })?;
    let name = path.display().to_string();
    match loaded.validate(agreement) {
        Ok(valid) => {
            if !valid.report().findings.is_empty() {
                eprint!("{}", valid.report().to_text(&name, language));
            }
            Ok(valid)
        }
        Err(sopimus::Invalid(report)) => {
            eprint!("{}", report.to_text(&name, language));
            Err(INVALID)
        }
    }
}

pub(super) fn run(
    file: &Path,
    decisions: Option<&Path>,
    format: ReportFormat,
    lang: ReportLanguage,
    output: Option<&Path>,
) -> Result<(), u8> {
    let language = lang.translation();
    let agreement = load_and_validate(file, ReportFormat::Text, false, language)?;
    let decisions = load_decisions(file, &agreement, decisions, language)?;
    let status = decisions.status(&agreement).map_err(|e| {
        eprintln!("error: {e}");
        UNREADABLE
    })?;
    if let Some(path) = output {
        super::refuse_output_over_input(file, path)?;
        let table = status.table(&agreement, language);
        let fail = |e: &dyn std::error::Error| {
            eprintln!("error: {}", super::error_chain(e));
            UNREADABLE
        };
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let bytes = match extension.as_str() {
            "pdf" => {
                sopimus::Renderer::new()
                    .render_status(&table, sopimus::Standard::default())
                    .map_err(|e| fail(&e))?
                    .pdf
            }
            "xlsx" => table.to_xlsx().map_err(|e| fail(&e))?,
            _ => {
                eprintln!(
                    "error: `{}`: name the output `.pdf` or `.xlsx`",
                    path.display()
                );
                return Err(UNREADABLE);
            }
        };
        sopimus::export::write_atomic(path, &bytes).map_err(|e| fail(&e))?;
        eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
    }
    match format {
        ReportFormat::Text => {
            out!("{}", status.to_text(&agreement, language));
        }
        ReportFormat::Json => outln!(
            "{}",
            serde_json::to_string_pretty(&status).unwrap_or_default()
        ),
    }
    Ok(())
}
