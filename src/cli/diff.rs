//! `sopimus diff OLD NEW`: what changed between two versions of an
//! agreement, as text or JSON, and as a change report PDF with `-o`.

use std::path::Path;

use sopimus::export::write_atomic;
use sopimus::{
    ChangeReportOptions, Format, Invalid, Loaded, Renderer, Severity, ValidateOptions,
    ValidatedAgreement,
};

use super::{ReportFormat, StandardArg, UNREADABLE, refuse_output_over_input};

/// Exit code: the two versions differ.
const DIFFERENT: u8 = 1;

/// Compares, prints, writes the report; `Err(1)` when the versions differ,
/// `Err(2)` when an input is unreadable or invalid or the report cannot be
/// written.
pub fn run(
    old: &Path,
    new: &Path,
    format: ReportFormat,
    output: Option<&Path>,
    standard: StandardArg,
    language: Option<sopimus::Language>,
) -> Result<(), u8> {
    if let Some(output) = output {
        refuse_output_over_input(old, output)?;
        refuse_output_over_input(new, output)?;
    }
    let old_valid = load(old)?;
    let new_valid = load(new)?;
    let changes = match language {
        None => sopimus::diff(&old_valid, &new_valid),
        Some(l) => sopimus::diff::diff_in(&old_valid, &new_valid, l).map_err(|e| {
            eprintln!("error: {e}");
            UNREADABLE
        })?,
    };
    match format {
        ReportFormat::Text => {
            out!("{changes}");
            // The text names where shortened lines stand whole; the program
            // adds the options that give them.
            if !changes.is_empty() {
                outln!("→ -o changes.pdf, --format json");
            }
        }
        ReportFormat::Json => outln!("{}", changes.to_json()),
    }
    if let Some(output) = output {
        let options = ChangeReportOptions::with_standard(standard.into());
        let report = Renderer::new()
            .render_changes(&changes, &options)
            .map_err(|e| {
                eprintln!("error: {}", crate::cli::error_chain(&e));
                UNREADABLE
            })?;
        write_atomic(output, &report.pdf).map_err(|e| {
            eprintln!("error: {}", crate::cli::error_chain(&e));
            UNREADABLE
        })?;
        eprintln!(
            "wrote {} ({} pages, {} bytes)",
            output.display(),
            report.pages,
            report.pdf.len()
        );
    }
    if changes.is_empty() {
        Ok(())
    } else {
        Err(DIFFERENT)
    }
}

/// Loads and validates one version; its errors go to standard error, since
/// standard output carries the changes.
fn load(file: &Path) -> Result<ValidatedAgreement, u8> {
    let Loaded {
        agreement, source, ..
    } = sopimus::load(file).map_err(|e| {
        eprintln!("error: {}", crate::cli::error_chain(&e));
        UNREADABLE
    })?;
    sopimus::validate(agreement, &ValidateOptions::default()).map_err(|Invalid(mut report)| {
        if Format::from_path(file) == Format::Toml {
            report.locate_in_toml(&source);
        }
        let errors = report.errors().count();
        eprintln!(
            "error: {} is not valid ({errors} error{}), so it cannot be compared; `sopimus check {}` says more",
            file.display(),
            if errors == 1 { "" } else { "s" },
            file.display()
        );
        for f in report.findings.iter().filter(|f| f.severity() == Severity::Error) {
            match f.location() {
                Some(l) => eprintln!(
                    "  {}  ({}:{}:{})\n    {}",
                    f.path(),
                    file.display(),
                    l.line,
                    l.column,
                    f.message()
                ),
                None => eprintln!("  {}\n    {}", f.path(), f.message()),
            }
        }
        UNREADABLE
    })
}
