//! Argument parsing and output of the `sopimus` program.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use sopimus::export::{self, write_atomic};
use sopimus::{
    Document, Invalid, LoadError, Loaded, RenderOptions, Renderer, Report, Severity, Standard,
    ValidateOptions, ValidatedAgreement,
};

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
    /// Validate, then render the agreement (or one annex) to PDF.
    ///
    /// Validation errors stop the render with the same report as `check`.
    /// The output is written atomically: a failure never leaves a partial file.
    Render {
        /// The agreement file (TOML; JSON when it ends in `.json`).
        file: PathBuf,
        /// The PDF to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Render one annex alone instead of the full agreement.
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=2))]
        annex: Option<u8>,
        /// Mark every page "LUONNOS" (by default only when `status = "draft"`).
        #[arg(long, conflicts_with = "final")]
        draft: bool,
        /// Never mark pages as a draft, whatever the status.
        #[arg(long = "final")]
        r#final: bool,
        /// The PDF standards: PDF/A-2b with PDF/UA-1 by default; the PDF/A-3
        /// ones also attach the agreement's data (`sopimus extract`).
        #[arg(long, value_enum, default_value_t = StandardArg::A2bUa1)]
        standard: StandardArg,
        /// A directory of your own typst templates (must hold `main.typ`).
        #[arg(long)]
        templates: Option<PathBuf>,
    },
    /// Validate, then write the goals-and-indicators table as CSV or XLSX.
    Export {
        /// The agreement file.
        file: PathBuf,
        /// The file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The table format.
        #[arg(long, value_enum)]
        format: TableFormat,
    },
    /// Read the agreement's data back from a PDF rendered with a PDF/A-3
    /// standard, and print it as JSON (or write it with `-o`).
    Extract {
        /// The PDF file.
        pdf: PathBuf,
        /// Write the JSON here instead of printing it.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum StandardArg {
    /// PDF/A-2b and PDF/UA-1 (archival and accessible).
    #[value(name = "a-2b-ua-1")]
    A2bUa1,
    /// PDF/A-3b and PDF/UA-1, with the agreement's data attached.
    #[value(name = "a-3b-ua-1")]
    A3bUa1,
    /// PDF/A-2b only.
    #[value(name = "a-2b")]
    A2b,
    /// PDF/A-3b only, with the agreement's data attached.
    #[value(name = "a-3b")]
    A3b,
    /// PDF/UA-1 only.
    #[value(name = "ua-1")]
    Ua1,
    /// No standard enforced.
    #[value(name = "none")]
    None,
}

impl From<StandardArg> for Standard {
    fn from(s: StandardArg) -> Standard {
        match s {
            StandardArg::A2bUa1 => Standard::A2bUa1,
            StandardArg::A3bUa1 => Standard::A3bUa1,
            StandardArg::A2b => Standard::A2b,
            StandardArg::A3b => Standard::A3b,
            StandardArg::Ua1 => Standard::Ua1,
            StandardArg::None => Standard::None,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum TableFormat {
    /// Comma-separated values (UTF-8 with BOM).
    Csv,
    /// An Excel workbook.
    Xlsx,
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
        Command::Render {
            file,
            output,
            annex,
            draft,
            r#final,
            standard,
            templates,
        } => {
            let options = RenderOptions {
                document: match annex {
                    Some(1) => Document::Annex1,
                    Some(_) => Document::Annex2,
                    None => Document::Agreement,
                },
                standard: standard.into(),
                draft: match (draft, r#final) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                },
            };
            code(render(&file, &output, &options, templates.as_deref()))
        }
        Command::Export {
            file,
            output,
            format,
        } => code(export_table(&file, &output, format)),
        Command::Extract { pdf, output } => code(extract(&pdf, output.as_deref())),
    }
}

fn code(result: Result<(), u8>) -> ExitCode {
    ExitCode::from(result.err().unwrap_or(OK))
}

fn render(
    file: &Path,
    output: &Path,
    options: &RenderOptions,
    templates: Option<&Path>,
) -> Result<(), u8> {
    let valid = load_and_validate(file, ReportFormat::Text, false)?;
    let renderer = match templates {
        Some(dir) => Renderer::with_template_dir(dir).map_err(|e| {
            eprintln!("error: {e}");
            UNREADABLE
        })?,
        None => Renderer::new(),
    };
    let rendered = renderer.render(&valid, options).map_err(|e| {
        eprintln!("error: {e}");
        UNREADABLE
    })?;
    for warning in &rendered.warnings {
        eprintln!("{warning}");
    }
    write_atomic(output, &rendered.pdf).map_err(|e| {
        eprintln!("error: {e}");
        UNREADABLE
    })?;
    eprintln!(
        "wrote {} ({} pages, {} bytes)",
        output.display(),
        rendered.pages,
        rendered.pdf.len()
    );
    Ok(())
}

fn export_table(file: &Path, output: &Path, format: TableFormat) -> Result<(), u8> {
    let valid = load_and_validate(file, ReportFormat::Text, false)?;
    let bytes = match format {
        TableFormat::Csv => export::to_csv(&valid).into_bytes(),
        #[cfg(feature = "xlsx")]
        TableFormat::Xlsx => export::to_xlsx(&valid).map_err(|e| {
            eprintln!("error: {e}");
            UNREADABLE
        })?,
        #[cfg(not(feature = "xlsx"))]
        TableFormat::Xlsx => {
            eprintln!("error: this build has no XLSX support; rebuild with the `xlsx` feature");
            return Err(UNREADABLE);
        }
    };
    write_atomic(output, &bytes).map_err(|e| {
        eprintln!("error: {e}");
        UNREADABLE
    })?;
    eprintln!("wrote {}", output.display());
    Ok(())
}

fn extract(pdf: &Path, output: Option<&Path>) -> Result<(), u8> {
    let fail = |message: String| {
        eprintln!("error: {message}");
        UNREADABLE
    };
    let bytes =
        std::fs::read(pdf).map_err(|e| fail(format!("could not read `{}`: {e}", pdf.display())))?;
    let agreement =
        export::read_attachment(&bytes).map_err(|e| fail(format!("`{}`: {e}", pdf.display())))?;
    let json = serde_json::to_string_pretty(&agreement).map_err(|e| fail(e.to_string()))? + "\n";
    match output {
        Some(path) => write_atomic(path, json.as_bytes()).map_err(|e| fail(e.to_string()))?,
        None => print!("{json}"),
    }
    Ok(())
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
