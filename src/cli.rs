//! Argument parsing and output of the `sopimus` program.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use sopimus::{Invalid, LoadError, Loaded, Report, Severity, ValidateOptions, ValidatedAgreement};

/// Exit code: the input is valid (warnings allowed), or the command succeeded.
const OK: u8 = 0;
/// Exit code: the agreement has validation errors.
const INVALID: u8 = 1;
/// Exit code: the input could not be read or parsed, or output failed.
const UNREADABLE: u8 = 2;

#[derive(Parser)]
#[command(
    name = "sopimus",
    version,
    about = "Check cooperation agreements of Finnish wellbeing services counties and render them to PDF",
    after_help = "Exit codes:\n  0  valid (warnings allowed) / done\n  1  the agreement has validation errors (the report says where)\n  2  the input could not be read or parsed (missing file, TOML syntax error,\n     a field of the wrong type or unknown), or the output could not be written"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate an agreement and print every finding with its place.
    Check {
        /// The agreement file (TOML; JSON when it ends in `.json`).
        file: PathBuf,
        /// Output format of the report.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// Readable text, grouped by errors and warnings.
    Text,
    /// JSON for programs.
    Json,
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { file, format } => check(&file, format),
    }
}

/// Loads and validates, printing the report; the exit code on failure.
fn load_and_validate(
    file: &Path,
    format: ReportFormat,
    print_success: bool,
) -> Result<ValidatedAgreement, u8> {
    let loaded = match sopimus::load(file) {
        Ok(l) => l,
        Err(e) => {
            print_load_error(file, &e, format);
            return Err(UNREADABLE);
        }
    };
    let Loaded {
        agreement, source, ..
    } = loaded;
    let is_toml = sopimus::Format::from_path(file) == sopimus::Format::Toml;
    match sopimus::validate(agreement, &ValidateOptions::default()) {
        Ok(valid) => {
            let mut report = valid.report().clone();
            if is_toml {
                report.locate_in_toml(&source);
            }
            if print_success || !report.findings.is_empty() {
                print_report(file, &report, format);
            }
            Ok(valid)
        }
        Err(Invalid(mut report)) => {
            if is_toml {
                report.locate_in_toml(&source);
            }
            print_report(file, &report, format);
            Err(INVALID)
        }
    }
}

fn check(file: &Path, format: ReportFormat) -> ExitCode {
    match load_and_validate(file, format, true) {
        Ok(_) => ExitCode::from(OK),
        Err(code) => ExitCode::from(code),
    }
}

fn print_load_error(file: &Path, error: &LoadError, format: ReportFormat) {
    match format {
        ReportFormat::Text => eprintln!("error: {error}"),
        ReportFormat::Json => {
            let (line, column, message) = match error {
                LoadError::Syntax {
                    line,
                    column,
                    message,
                    ..
                } => (Some(*line), Some(*column), message.clone()),
                other => (None, None, other.to_string()),
            };
            let value = serde_json::json!({
                "file": file.display().to_string(),
                "valid": false,
                "readable": false,
                "error": { "line": line, "column": column, "message": message },
            });
            println!(
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            );
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn print_report(file: &Path, report: &Report, format: ReportFormat) {
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    match format {
        ReportFormat::Json => {
            let value = serde_json::json!({
                "file": file.display().to_string(),
                "valid": errors == 0,
                "readable": true,
                "errors": errors,
                "warnings": warnings,
                "findings": report.findings,
            });
            println!(
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            );
        }
        ReportFormat::Text => {
            let verdict = if errors == 0 {
                "is valid"
            } else {
                "is not valid"
            };
            println!(
                "{} {verdict}: {}, {}",
                file.display(),
                plural(errors, "error"),
                plural(warnings, "warning")
            );
            for (severity, title) in [(Severity::Error, "Errors"), (Severity::Warning, "Warnings")]
            {
                let group: Vec<_> = report
                    .findings
                    .iter()
                    .filter(|f| f.severity == severity)
                    .collect();
                if group.is_empty() {
                    continue;
                }
                println!("\n{title}:");
                for f in group {
                    match f.location {
                        Some(l) => {
                            println!("  {}  ({}:{}:{})", f.path, file.display(), l.line, l.column)
                        }
                        None => println!("  {}", f.path),
                    }
                    println!("    {}", f.message);
                }
            }
        }
    }
}
