//! Argument parsing and output of the `sopimus` program.
//!
//! Everything the program prints to standard output goes through [`out!`]
//! and [`outln!`], never `print!` (clippy's `print_stdout` says so): a
//! reader that stops reading ends the program quietly, see [`stdout`].
#![warn(clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use sopimus::export::{self, write_atomic};
use sopimus::{
    Document, Invalid, LoadError, RenderOptions, Renderer, Report, Standard, ValidateOptions,
    ValidatedAgreement,
};

/// `print!` of the program: writes to standard output with [`stdout`].
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::stdout(format_args!($($arg)*), false)
    };
}

/// `println!` of the program: writes a line to standard output with
/// [`stdout`].
macro_rules! outln {
    () => {
        $crate::cli::stdout(format_args!(""), true)
    };
    ($($arg:tt)*) => {
        $crate::cli::stdout(format_args!($($arg)*), true)
    };
}

/// `eprintln!` of the program, in every module below: a standard error
/// that cannot be written to (`2>/dev/full`, closed) ends the program with
/// exit code 2 ([`CLOSED`] for a closed pipe) instead of a panic. Where the
/// error stream itself fails there is nowhere left to say why.
macro_rules! eprintln {
    ($($arg:tt)*) => {
        $crate::cli::stderr(format_args!($($arg)*))
    };
}

mod args;
mod decision;
mod diff;
#[cfg(feature = "edit")]
mod edit;
mod follow_up;
mod ids;
mod skeleton;
mod status;
mod verify;
mod watch;

use args::*;
use skeleton::{MAX_MUNICIPALITIES, Skeleton};

/// Exit code: the input is valid (warnings allowed), or the command succeeded.
const OK: u8 = 0;
/// Exit code: the agreement has validation errors.
const INVALID: u8 = 1;
/// Exit code: the input could not be read or parsed, or output failed.
const UNREADABLE: u8 = 2;
/// Exit status when standard output was closed before everything was
/// printed (`sopimus schema | head -1`): 128 + SIGPIPE (13), what a shell
/// reports for `cat` or `git` ended by a closed pipe. Not 0: the reader did
/// not get the whole answer, so `check` must not claim a valid agreement,
/// nor `diff` equal versions.
const CLOSED: u8 = 141;

/// Writes `text` (and a line break, if `line`) to standard output, flushed.
///
/// When the reader has gone (the pipe is closed: `head` has read what it
/// wanted), the program ends at once and quietly, with exit status
/// [`CLOSED`], as programs killed by SIGPIPE do. Rust ignores SIGPIPE, so a
/// write to a closed pipe fails with `BrokenPipe` instead of killing the
/// process, and `print!` would panic on it. Any other failure (a full disk:
/// `> /dev/full`) is reported on standard error, exit code 2.
fn stdout(text: std::fmt::Arguments<'_>, line: bool) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let written = out
        .write_fmt(text)
        .and_then(|()| if line { out.write_all(b"\n") } else { Ok(()) })
        .and_then(|()| out.flush());
    if let Err(e) = written {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(CLOSED.into());
        }
        let _ = writeln!(
            std::io::stderr(),
            "error: could not write to standard output: {e}"
        );
        std::process::exit(UNREADABLE.into());
    }
}

/// Writes a line to standard error; see [`eprintln!`].
fn stderr(text: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let written = err
        .write_fmt(text)
        .and_then(|()| err.write_all(b"\n"))
        .and_then(|()| err.flush());
    if let Err(e) = written {
        std::process::exit(if e.kind() == std::io::ErrorKind::BrokenPipe {
            CLOSED.into()
        } else {
            UNREADABLE.into()
        });
    }
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { file, format, lang } => check(&file, format, lang.translation()),
        Command::Render { file, render } => code(render_once(&file, &render)),
        Command::Watch { file, render } => code(watch::run(&file, &render)),
        #[cfg(feature = "edit")]
        Command::Edit { file, edit } => code(edit::run(&file, &edit)),
        Command::Export {
            file,
            output,
            format,
            language,
        } => code(export_table(&file, &output, format, language)),
        Command::Extract { pdf, output } => code(extract(&pdf, output.as_deref())),
        Command::Schema { output } => code(schema(output.as_deref())),
        Command::New {
            county,
            municipalities,
            kind,
            output,
            force,
            schema,
            languages,
        } => code(new_skeleton(
            &county,
            municipalities,
            kind,
            &output,
            force,
            &schema,
            &languages,
        )),
        Command::Ids {
            file,
            write,
            format,
        } => code(ids::run(&file, write, format)),
        Command::FollowUp(command) => code(follow_up::run(command)),
        Command::Decision(command) => code(decision::run(command)),
        Command::Diff {
            old,
            new,
            format,
            output,
            standard,
            language,
        } => code(diff::run(
            &old,
            &new,
            format,
            output.as_deref(),
            standard,
            language,
        )),
        Command::Status {
            file,
            decisions,
            format,
            lang,
            output,
        } => code(status::run(
            &file,
            decisions.as_deref(),
            format,
            lang,
            output.as_deref(),
        )),
        Command::Verify {
            signed,
            agreement,
            language,
            standard,
            format,
        } => code(verify::run(&signed, &agreement, language, standard, format)),
    }
}

fn code(result: Result<(), u8>) -> ExitCode {
    ExitCode::from(result.err().unwrap_or(OK))
}

fn render_once(file: &Path, args: &RenderArgs) -> Result<(), u8> {
    refuse_output_over_input(file, &args.output)?;
    let valid = load_and_validate(file, ReportFormat::Text, false, None)?;
    let earlier = args.earlier()?;
    let renderer = args.renderer()?;
    let rendered = render_and_write(&renderer, file, &valid, earlier.as_ref(), args)?;
    eprintln!("{rendered}");
    Ok(())
}

/// Refuses an output that is the input file itself, which the output would
/// replace: the same file by its identity (device and inode on Unix), so
/// that a hard link or a symbolic link to the input is refused too, not
/// only the same path.
fn refuse_output_over_input(input: &Path, output: &Path) -> Result<(), u8> {
    let same = same_file(input, output);
    if same {
        eprintln!(
            "error: the output `{}` is the input file itself; write to another file",
            output.display()
        );
        return Err(UNREADABLE);
    }
    Ok(())
}

/// Whether `a` and `b` (links followed) are one file: the same device and
/// inode on Unix, the same canonical path elsewhere. A path that does not
/// exist is no file.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            // Devices (`-o /dev/stdout` with the input from `/dev/stdin`)
            // are written through, never replaced.
            (Ok(a), Ok(b)) => a.is_file() && a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Renders (a redline, with the changes since `earlier` marked; the
/// signatures from the decisions beside `file`) and writes the PDF
/// atomically; the line to print on success.
fn render_and_write(
    renderer: &Renderer,
    file: &Path,
    valid: &ValidatedAgreement,
    earlier: Option<&ValidatedAgreement>,
    args: &RenderArgs,
) -> Result<String, u8> {
    let mut options = args.options();
    // Only when asked for: the examples' decisions are partly invented,
    // and the documents stay reproducible from the agreement alone.
    if let Some(path) = args.decisions.as_deref() {
        let decisions = status::load_decisions(file, valid, Some(path), None)?;
        options = options.decisions(decisions);
    }
    let rendered = match earlier {
        Some(old) => renderer.render_redline(old, valid, &options),
        None => renderer.render(valid, &options),
    }
    .map_err(|e| {
        eprintln!("error: {}", crate::cli::error_chain(&e));
        UNREADABLE
    })?;
    for warning in &rendered.warnings {
        eprintln!("{warning}");
    }
    write_atomic(&args.output, &rendered.pdf).map_err(|e| {
        eprintln!("error: {}", crate::cli::error_chain(&e));
        UNREADABLE
    })?;
    Ok(format!(
        "wrote {} ({} pages, {} bytes)",
        args.output.display(),
        rendered.pages,
        rendered.pdf.len()
    ))
}

fn schema(output: Option<&Path>) -> Result<(), u8> {
    let schema = sopimus::schema::agreement_schema();
    match output {
        Some(path) => {
            write_atomic(path, schema.as_bytes()).map_err(|e| {
                eprintln!("error: {}", crate::cli::error_chain(&e));
                UNREADABLE
            })?;
            eprintln!("wrote {}", path.display());
        }
        None => out!("{schema}"),
    }
    Ok(())
}

fn new_skeleton(
    county: &str,
    municipalities: u32,
    kind: KindArg,
    output: &Path,
    force: bool,
    schema: &str,
    languages: &sopimus::Languages,
) -> Result<(), u8> {
    let fail = |message: String| {
        eprintln!("error: {message}");
        UNREADABLE
    };
    if county.trim().is_empty() {
        return Err(fail(
            "the county's name is empty; give it with `--county \"Kanta-Hämeen hyvinvointialue\"`"
                .to_owned(),
        ));
    }
    if schema.chars().any(char::is_control) {
        return Err(fail(
            "the `--schema` path or URL contains a control character".to_owned(),
        ));
    }
    // `symlink_metadata`: a dangling link is an existing name too.
    if !force && std::fs::symlink_metadata(output).is_ok() {
        return Err(fail(format!(
            "`{}` already exists; choose another file, or add `--force` to replace it",
            output.display()
        )));
    }
    let skeleton = Skeleton {
        county,
        municipalities,
        kind: match kind {
            KindArg::Framework => skeleton::Kind::Framework,
            KindArg::Strategic => skeleton::Kind::Strategic,
        },
        schema,
        date: sopimus::Date::today(),
        languages: languages.all(),
    };
    let text = skeleton.to_toml();
    // Never write a skeleton that does not validate: the county's name is
    // the user's, and a name the rules refuse (a control character, the
    // regional council's placeholder name) is reported here.
    let checked = sopimus::parse(&text, sopimus::Format::Toml, output)
        .map_err(|e| {
            fail(format!(
                "the skeleton does not parse ({e}); this is a bug in sopimus"
            ))
        })
        .and_then(|agreement| {
            sopimus::validate(agreement, &ValidateOptions::default()).map_err(|Invalid(report)| {
                let first = report
                    .errors()
                    .next()
                    .map(|f| format!("{}: {}", f.path(), f.message()))
                    .unwrap_or_default();
                fail(format!(
                    "with the county name `{}` the skeleton would not validate: {first}",
                    county.escape_debug()
                ))
            })
        });
    checked?;
    write_atomic(output, text.as_bytes()).map_err(|e| fail(e.to_string()))?;
    eprintln!(
        "wrote {} ({} municipalities); replace the placeholders, then run `sopimus check {}`",
        output.display(),
        municipalities,
        output.display()
    );
    Ok(())
}

fn export_table(
    file: &Path,
    output: &Path,
    format: TableFormat,
    language: Option<sopimus::Language>,
) -> Result<(), u8> {
    refuse_output_over_input(file, output)?;
    let valid = load_and_validate(file, ReportFormat::Text, false, None)?;
    let mut options = export::ExportOptions::new();
    options.language = language;
    let bytes = match format {
        TableFormat::Csv => {
            let mut bytes = Vec::new();
            export::write_csv(&valid, &mut bytes, &options).map_err(|e| {
                eprintln!("error: {}", crate::cli::error_chain(&e));
                UNREADABLE
            })?;
            bytes
        }
        #[cfg(feature = "xlsx")]
        TableFormat::Xlsx => export::to_xlsx_with(&valid, &options).map_err(|e| {
            eprintln!("error: {}", crate::cli::error_chain(&e));
            UNREADABLE
        })?,
        #[cfg(not(feature = "xlsx"))]
        TableFormat::Xlsx => {
            eprintln!("error: this build has no XLSX support; rebuild with the `xlsx` feature");
            return Err(UNREADABLE);
        }
    };
    write_atomic(output, &bytes).map_err(|e| {
        eprintln!("error: {}", crate::cli::error_chain(&e));
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
    if let Some(output) = output {
        refuse_output_over_input(pdf, output)?;
    }
    let limit = sopimus::limits::PDF_BYTES;
    let bytes = sopimus::limits::read_file_at_most(pdf, limit)
        .map_err(|e| fail(format!("could not read `{}`: {e}", pdf.display())))?
        .ok_or_else(|| {
            fail(format!(
                "`{}` is larger than the limit of {limit} bytes for a PDF",
                pdf.display()
            ))
        })?;
    let agreement = export::read_attachment(&bytes).map_err(|e| {
        // The library names the standard; the program names its option.
        let hint = match e {
            export::AttachmentError::Missing => " (`--standard a-3b-ua-1`)",
            _ => "",
        };
        fail(format!("`{}`: {}{hint}", pdf.display(), error_chain(&e)))
    })?;
    let json = serde_json::to_string_pretty(&agreement).map_err(|e| fail(e.to_string()))? + "\n";
    // A PDF may carry data that does not validate (edited, or from another
    // version's rules): written out all the same, for repair, but the exit
    // code says it is not a valid agreement.
    let errors = match sopimus::validate(agreement, &ValidateOptions::default()) {
        Ok(_) => 0,
        Err(Invalid(report)) => report.errors().count(),
    };
    match output {
        Some(path) => write_atomic(path, json.as_bytes()).map_err(|e| fail(error_chain(&e)))?,
        None => out!("{json}"),
    }
    if errors > 0 {
        eprintln!(
            "error: the agreement attached to `{}` is not valid ({}); `sopimus check` on the extracted file lists them",
            pdf.display(),
            plural(errors, "error")
        );
        return Err(INVALID);
    }
    Ok(())
}

/// An error with its causes, joined by `: `: the library says each cause
/// once, as the error's `source()`, and leaves the printing to the program.
pub(crate) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut next = e.source();
    while let Some(cause) = next {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        next = cause.source();
    }
    text
}

/// The name that stands for standard input on the command line.
const STDIN: &str = "-";

/// Whether `file` is `-`, standard input.
fn is_stdin(file: &Path) -> bool {
    file.as_os_str() == STDIN
}

/// How messages name the input: the file, or `<stdin>`.
fn input_name(file: &Path) -> &Path {
    if is_stdin(file) {
        Path::new("<stdin>")
    } else {
        file
    }
}

/// Reads the agreement from `file`, or from standard input for `-`: at most
/// [`sopimus::MAX_INPUT_BYTES`] either way, so that a device or an endless
/// pipe is refused with the limit named instead of filling memory. Standard
/// input is TOML, or JSON when its first character (after white space) is
/// `{`, which no TOML document starts with.
fn read_input(file: &Path) -> Result<sopimus::Loaded, LoadError> {
    if !is_stdin(file) {
        return sopimus::load(file);
    }
    use std::io::BufRead;
    let mut stdin = std::io::BufReader::new(std::io::stdin().lock());
    let format = match stdin.fill_buf() {
        Ok(start) if start.trim_ascii_start().starts_with(b"{") => sopimus::Format::Json,
        _ => sopimus::Format::Toml,
    };
    sopimus::load_from_reader(stdin, format, input_name(file))
}

/// Loads and validates, printing the report; the exit code on failure.
fn load_and_validate(
    file: &Path,
    format: ReportFormat,
    print_success: bool,
    language: Option<sopimus::Language>,
) -> Result<ValidatedAgreement, u8> {
    let name = input_name(file);
    let loaded = match read_input(file) {
        Ok(l) => l,
        Err(LoadError::Shape { report, .. }) if matches!(format, ReportFormat::Text) => {
            // Every problem of shape, placed and worded as findings are.
            print_report(name, &report, format, language);
            return Err(UNREADABLE);
        }
        Err(e) => {
            print_load_error(name, &e, format);
            return Err(UNREADABLE);
        }
    };
    // Placed in the source by its format, which for standard input is
    // told by its first character, not by a file name.
    let file = name;
    match loaded.validate(&ValidateOptions::default()) {
        Ok(valid) => {
            if print_success || !valid.report().findings.is_empty() {
                print_report(file, valid.report(), format, language);
            }
            Ok(valid)
        }
        Err(Invalid(report)) => {
            print_report(file, &report, format, language);
            Err(INVALID)
        }
    }
}

fn check(file: &Path, format: ReportFormat, language: Option<sopimus::Language>) -> ExitCode {
    match load_and_validate(file, format, true, language) {
        Ok(valid) => {
            if let ReportFormat::Text = format {
                print_generated_ids_note(input_name(file), &valid, language);
            }
            ExitCode::from(OK)
        }
        Err(code) => ExitCode::from(code),
    }
}

/// The last line of `check` when some items have no id of their own.
fn print_generated_ids_note(
    file: &Path,
    valid: &ValidatedAgreement,
    language: Option<sopimus::Language>,
) {
    let Some(note) = valid.generated_ids_note(language) else {
        return;
    };
    if !valid.report().findings.is_empty() {
        outln!();
    }
    // The library says what to do; the program, with which command.
    outln!("{note} → sopimus ids {} --write", file.display());
}

fn print_load_error(file: &Path, error: &LoadError, format: ReportFormat) {
    match format {
        ReportFormat::Text => eprintln!("error: {}", error_chain(error)),
        ReportFormat::Json => {
            let (line, column, message, field) = match error {
                LoadError::Syntax {
                    line,
                    column,
                    message,
                    field,
                    ..
                } => (
                    Some(*line),
                    Some(*column),
                    message.clone(),
                    field.as_ref().map(ToString::to_string),
                ),
                other => (None, None, error_chain(other), None),
            };
            let mut value = serde_json::json!({
                "file": file.display().to_string(),
                "valid": false,
                "readable": false,
                "error": { "line": line, "column": column, "path": field, "message": message },
            });
            // Every problem of shape, as `findings` of a readable file are.
            if let (LoadError::Shape { report, .. }, Some(object)) = (error, value.as_object_mut())
            {
                object.insert(
                    "findings".into(),
                    serde_json::to_value(&report.findings).unwrap_or_default(),
                );
            }
            outln!(
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            );
        }
    }
}

/// "1 error", "2 errors": an English count for the program's own messages.
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn print_report(
    file: &Path,
    report: &Report,
    format: ReportFormat,
    language: Option<sopimus::Language>,
) {
    let errors = report.errors().count();
    let warnings = report.warnings().count();
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
                "file": file.display().to_string(),
                "valid": errors == 0,
                "readable": true,
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
        ReportFormat::Text => out!("{}", report.to_text(&file.display().to_string(), language)),
    }
}
