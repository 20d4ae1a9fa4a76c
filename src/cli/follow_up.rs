//! `sopimus follow-up`: the collection workbook, checking measurements,
//! importing statistics, the follow-up report and its table.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use sopimus::diagnostic::Code;
use sopimus::export::write_atomic;
use sopimus::follow_up::{
    self, FollowUpOptions, ImportOptions, LoadedMeasurements, ReadError, ValidatedMeasurements,
};
use sopimus::{Date, Renderer, ValidatedAgreement};

use super::{
    INVALID, ReportFormat, ReportLanguage, StandardArg, TableFormat, UNREADABLE, load_and_validate,
    parse_language, plural, refuse_output_over_input,
};

/// The follow-up commands.
#[derive(Subcommand)]
pub enum Command {
    /// Write the collection workbook (XLSX) for a year: a row per indicator
    /// and municipality, each value cell taking only the indicator's kind of
    /// value, the indicator's text, its target and the latest earlier value
    /// beside it.
    Template {
        /// The agreement file.
        agreement: PathBuf,
        /// The year to collect values for.
        #[arg(long)]
        year: i32,
        /// The workbook to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Measurements of earlier years, for the "latest earlier value"
        /// column (TOML, CSV or XLSX; several allowed).
        #[arg(long = "previous", value_name = "MEASUREMENTS")]
        previous: Vec<PathBuf>,
        /// The language of the workbook's headings, help and texts (`fi`,
        /// `sv`): one of the agreement's languages; its first by default.
        #[arg(long, value_parser = parse_language)]
        language: Option<sopimus::Language>,
    },
    /// Check measurements (TOML, CSV or a filled workbook) against the
    /// agreement and print every finding with its file and place.
    Check {
        /// The agreement file.
        agreement: PathBuf,
        /// The measurements files (TOML, CSV or XLSX).
        #[arg(required = true)]
        measurements: Vec<PathBuf>,
        /// Output format of the report.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// The language of the report's text: English (`en`, the default,
        /// stable for scripts), Finnish (`fi`) or Swedish (`sv`). With
        /// `--format json` each finding keeps its English `message` and gets
        /// a `translation` too.
        #[arg(long, value_enum, default_value_t = ReportLanguage::En)]
        lang: ReportLanguage,
    },
    /// Check measurements, then render the follow-up report to PDF.
    Report {
        /// The agreement file.
        agreement: PathBuf,
        /// The measurements files (TOML, CSV or XLSX).
        #[arg(required = true)]
        measurements: Vec<PathBuf>,
        /// The PDF to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The year reported on (by default the latest with values).
        #[arg(long)]
        year: Option<i32>,
        /// The report's date, e.g. 2027-05-15 or 15.5.2027 (by default the
        /// latest date of a figure of the year).
        #[arg(long)]
        date: Option<String>,
        /// The PDF standards.
        #[arg(long, value_enum, default_value_t = StandardArg::A2bUa1)]
        standard: StandardArg,
        /// A directory of your own typst templates (its `follow_up.typ`,
        /// else the built-in one).
        #[arg(long)]
        templates: Option<PathBuf>,
        /// The language version (`fi`, `sv`): one of the agreement's
        /// languages; its first by default.
        #[arg(long, value_parser = parse_language)]
        language: Option<sopimus::Language>,
    },
    /// Check measurements, then write the report's table (one row per
    /// indicator: values by year, status and its reason) as CSV or XLSX.
    Export {
        /// The agreement file.
        agreement: PathBuf,
        /// The measurements files (TOML, CSV or XLSX).
        #[arg(required = true)]
        measurements: Vec<PathBuf>,
        /// The file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The table format.
        #[arg(long, value_enum)]
        format: TableFormat,
        /// The year reported on (by default the latest with values).
        #[arg(long)]
        year: Option<i32>,
        /// The language version (`fi`, `sv`): one of the agreement's
        /// languages; its first by default.
        #[arg(long, value_parser = parse_language)]
        language: Option<sopimus::Language>,
    },
    /// Map downloaded statistics (a long CSV: source_id, region, year,
    /// value) to the agreement's indicators, check them, and write them as
    /// a measurements TOML file.
    Import {
        /// The agreement file.
        agreement: PathBuf,
        /// The statistics (CSV).
        statistics: PathBuf,
        /// The measurements file to write (TOML).
        #[arg(short, long)]
        output: PathBuf,
        /// A region code that stands for the whole area (several allowed).
        #[arg(long = "area-code", value_name = "CODE")]
        area_codes: Vec<String>,
    },
}

pub fn run(command: Command) -> Result<(), u8> {
    match command {
        Command::Template {
            agreement,
            year,
            output,
            previous,
            language,
        } => template(&agreement, year, &output, &previous, language),
        Command::Check {
            agreement,
            measurements,
            format,
            lang,
        } => {
            let language = lang.translation();
            let valid = load_and_validate(&agreement, ReportFormat::Text, false, language)?;
            checked(&valid, &measurements, (format, language), true).map(|_| ())
        }
        Command::Report {
            agreement,
            measurements,
            output,
            year,
            date,
            standard,
            templates,
            language,
        } => report(
            &agreement,
            &measurements,
            &output,
            options(year, date.as_deref(), language)?,
            standard,
            templates.as_deref(),
        ),
        Command::Export {
            agreement,
            measurements,
            output,
            format,
            year,
            language,
        } => export(
            &agreement,
            &measurements,
            &output,
            format,
            options(year, None, language)?,
        ),
        Command::Import {
            agreement,
            statistics,
            output,
            area_codes,
        } => import(&agreement, &statistics, &output, area_codes),
    }
}

/// [`fail`] with an error and its causes.
fn failed(e: impl std::error::Error) -> u8 {
    fail(crate::cli::error_chain(&e))
}

fn fail(message: impl std::fmt::Display) -> u8 {
    eprintln!("error: {message}");
    UNREADABLE
}

fn refuse_outputs(inputs: &[&Path], output: &Path) -> Result<(), u8> {
    for input in inputs {
        refuse_output_over_input(input, output)?;
    }
    Ok(())
}

fn read_all(files: &[PathBuf]) -> Result<Vec<LoadedMeasurements>, u8> {
    files
        .iter()
        .map(|f| follow_up::read_file(f).map_err(|e: ReadError| failed(e)))
        .collect()
}

/// How a report is printed: its format and the language of its text
/// (English for `None`).
type Printing = (ReportFormat, Option<sopimus::Language>);

/// English text, as the commands other than `check` print their report.
const TEXT: Printing = (ReportFormat::Text, None);

/// Reads and checks measurements, printing the report; the exit code on failure.
fn checked(
    agreement: &ValidatedAgreement,
    files: &[PathBuf],
    format: Printing,
    print_success: bool,
) -> Result<ValidatedMeasurements, u8> {
    let loaded = read_all(files)?;
    let count: usize = loaded
        .iter()
        .map(|l| l.measurements.measurements.len())
        .sum();
    match follow_up::check(agreement, loaded) {
        Ok(valid) => {
            if print_success || !valid.report().findings.is_empty() {
                print(files, valid.report(), format, count);
            }
            Ok(valid)
        }
        Err(follow_up::InvalidMeasurements(report)) => {
            print(files, &report, format, count);
            Err(INVALID)
        }
    }
}

fn print(
    files: &[PathBuf],
    report: &follow_up::MeasurementReport,
    (format, language): Printing,
    count: usize,
) {
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    match format {
        ReportFormat::Json => {
            let findings: Vec<serde_json::Value> = report
                .findings
                .iter()
                .map(|f| {
                    let mut value = serde_json::to_value(f).unwrap_or_default();
                    if let (Some(l), Some(object)) = (language, value.as_object_mut()) {
                        object.insert("translation".into(), f.message_in(l).into());
                    }
                    value
                })
                .collect();
            let mut value = serde_json::json!({
                "files": names,
                "valid": errors == 0,
                "values": count,
                "errors": errors,
                "warnings": warnings,
                "findings": findings,
            });
            if let (Some(l), Some(object)) = (language, value.as_object_mut()) {
                object.insert("language".into(), l.code().into());
            }
            outln!(
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            );
        }
        ReportFormat::Text => {
            out!("{}", report.to_text(&names, count, language));
            // The findings give the known ids; the program says which of
            // its commands lists them all.
            let unknown_id = report.findings.iter().any(|f| {
                matches!(
                    f.code(),
                    Code::MeasurementUnknownIndicator | Code::MeasurementNotAnIndicator
                )
            });
            if unknown_id {
                outln!("→ sopimus ids AGREEMENT lists every id");
            }
        }
    }
}

fn template(
    agreement: &Path,
    year: i32,
    output: &Path,
    previous: &[PathBuf],
    language: Option<sopimus::Language>,
) -> Result<(), u8> {
    let mut inputs: Vec<&Path> = vec![agreement];
    inputs.extend(previous.iter().map(PathBuf::as_path));
    refuse_outputs(&inputs, output)?;
    let valid = load_and_validate(agreement, ReportFormat::Text, false, None)?;
    within_agreement(&valid, Some(year))?;
    let previous = if previous.is_empty() {
        None
    } else {
        Some(checked(&valid, previous, TEXT, false)?)
    };
    #[cfg(feature = "xlsx")]
    {
        let mut options = follow_up::WorkbookOptions::for_year(year);
        options.language = language;
        let bytes = follow_up::workbook(&valid, previous.as_ref(), &options).map_err(failed)?;
        write_atomic(output, &bytes).map_err(failed)?;
        let written_in = valid
            .agreement()
            .meta
            .languages
            .version(language)
            .unwrap_or_default();
        eprintln!(
            "wrote {}: fill in the sheet `{}`, then run `sopimus follow-up check {} {}`",
            output.display(),
            sopimus::__program::Locale::new(written_in)
                .workbook_words()
                .sheet,
            agreement.display(),
            output.display()
        );
        Ok(())
    }
    #[cfg(not(feature = "xlsx"))]
    {
        let _ = (previous, output);
        Err(fail(
            "this build has no XLSX support; rebuild with the `xlsx` feature",
        ))
    }
}

/// The years a follow-up of `valid` can be for: from the year of the
/// agreement's date to the year it ends (`validity.until`), or to 9999 when
/// it is in force until further notice or until a new agreement replaces
/// it.
fn follow_up_years(valid: &ValidatedAgreement) -> std::ops::RangeInclusive<i32> {
    let a = valid.agreement();
    let first = a.meta.date.year();
    let last = match a.validity.until {
        Some(until) if !a.validity.until_new_agreement => until.year(),
        _ => 9999,
    };
    first..=last
}

/// Refuses a `--year` outside the agreement's years, naming them.
fn within_agreement(valid: &ValidatedAgreement, year: Option<i32>) -> Result<(), u8> {
    let years = follow_up_years(valid);
    match year {
        Some(year) if !years.contains(&year) => Err(fail(format!(
            "--year {year} is outside the agreement's years {}–{}{}; give a year within them",
            years.start(),
            years.end(),
            if *years.end() == 9999 {
                String::new()
            } else {
                " (it ends with `validity.until`)".to_owned()
            }
        ))),
        _ => Ok(()),
    }
}

fn options(
    year: Option<i32>,
    date: Option<&str>,
    language: Option<sopimus::Language>,
) -> Result<FollowUpOptions, u8> {
    let mut options = FollowUpOptions::default();
    options.year = year;
    options.language = language;
    if let Some(date) = date {
        let parsed: Date = date.parse().map_err(|e| fail(format!("--date: {e}")))?;
        if !(1900..=9999).contains(&parsed.year()) {
            return Err(fail(format!("--date: {date} is not within 1900–9999")));
        }
        options.date = Some(parsed);
    }
    Ok(options)
}

fn report(
    agreement: &Path,
    files: &[PathBuf],
    output: &Path,
    mut options: FollowUpOptions,
    standard: StandardArg,
    templates: Option<&Path>,
) -> Result<(), u8> {
    let mut inputs: Vec<&Path> = vec![agreement];
    inputs.extend(files.iter().map(PathBuf::as_path));
    refuse_outputs(&inputs, output)?;
    options.standard = standard.into();
    let valid = load_and_validate(agreement, ReportFormat::Text, false, None)?;
    within_agreement(&valid, options.year)?;
    let measurements = checked(&valid, files, TEXT, false)?;
    let renderer = match templates {
        Some(dir) => Renderer::with_template_dir(dir).map_err(failed)?,
        None => Renderer::new(),
    };
    let rendered = renderer
        .render_follow_up(&valid, &measurements, &options)
        .map_err(failed)?;
    for warning in &rendered.warnings {
        eprintln!("{warning}");
    }
    write_atomic(output, &rendered.pdf).map_err(failed)?;
    eprintln!(
        "wrote {} ({} pages, {} bytes)",
        output.display(),
        rendered.pages,
        rendered.pdf.len()
    );
    Ok(())
}

fn export(
    agreement: &Path,
    files: &[PathBuf],
    output: &Path,
    format: TableFormat,
    options: FollowUpOptions,
) -> Result<(), u8> {
    let mut inputs: Vec<&Path> = vec![agreement];
    inputs.extend(files.iter().map(PathBuf::as_path));
    refuse_outputs(&inputs, output)?;
    let valid = load_and_validate(agreement, ReportFormat::Text, false, None)?;
    within_agreement(&valid, options.year)?;
    let measurements = checked(&valid, files, TEXT, false)?;
    let bytes = match format {
        TableFormat::Csv => follow_up::report::to_csv(&valid, &measurements, &options)
            .map_err(failed)?
            .into_bytes(),
        #[cfg(feature = "xlsx")]
        TableFormat::Xlsx => {
            follow_up::report::to_xlsx(&valid, &measurements, &options).map_err(failed)?
        }
        #[cfg(not(feature = "xlsx"))]
        TableFormat::Xlsx => {
            return Err(fail(
                "this build has no XLSX support; rebuild with the `xlsx` feature",
            ));
        }
    };
    write_atomic(output, &bytes).map_err(failed)?;
    eprintln!("wrote {}", output.display());
    Ok(())
}

fn import(
    agreement: &Path,
    statistics: &Path,
    output: &Path,
    area_codes: Vec<String>,
) -> Result<(), u8> {
    refuse_outputs(&[agreement, statistics], output)?;
    let valid = load_and_validate(agreement, ReportFormat::Text, false, None)?;
    // Without waiting on a FIFO that nothing writes to.
    let read = sopimus::limits::read_file_at_most(statistics, follow_up::limits::INPUT_BYTES)
        .map_err(|e| fail(format!("cannot read `{}`: {e}", statistics.display())))?;
    let Some(bytes) = read else {
        return Err(fail(format!(
            "`{}` is larger than the limit of {} bytes",
            statistics.display(),
            follow_up::limits::INPUT_BYTES
        )));
    };
    let (loaded, summary) = follow_up::import_statistics(
        &valid,
        &bytes,
        statistics,
        &ImportOptions::with_area_codes(area_codes),
    )
    .map_err(failed)?;
    let measurements = loaded.measurements.clone();
    let count = measurements.measurements.len();
    match follow_up::check(&valid, vec![loaded]) {
        Ok(checked) => {
            if !checked.report().findings.is_empty() {
                print(&[statistics.to_owned()], checked.report(), TEXT, count);
            }
        }
        Err(follow_up::InvalidMeasurements(report)) => {
            print(&[statistics.to_owned()], &report, TEXT, count);
            return Err(INVALID);
        }
    }
    let mut text = format!(
        "# Imported by `sopimus follow-up import` from {}.\n",
        statistics.display().to_string().escape_debug()
    );
    text.push_str(&toml::to_string_pretty(&measurements).map_err(failed)?);
    write_atomic(output, text.as_bytes()).map_err(failed)?;
    eprintln!(
        "wrote {}: {} of {} rows used ({} of other indicators, {} of other regions, {} without a figure)",
        output.display(),
        plural(summary.used, "value"),
        summary.rows,
        summary.other_indicators,
        summary.other_regions,
        summary.no_figure
    );
    Ok(())
}
