//! Reading agreements from TOML or JSON, with errors that name the place.

use std::path::{Path, PathBuf};

use crate::diagnostic::{AgreementPlace, Finding, Message, Report, Severity};
use crate::model::Agreement;

mod shape;

/// The largest input accepted, in bytes. A real agreement is a few tens of
/// kilobytes; the limit keeps a wrong file from exhausting memory.
pub const MAX_INPUT_BYTES: u64 = 8 * 1024 * 1024;

/// The input format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// TOML, the authoring format.
    Toml,
    /// JSON, for programs.
    Json,
}

impl Format {
    /// The format a file name suggests: JSON for `.json`, TOML otherwise.
    ///
    /// ```
    /// use std::path::Path;
    /// use sopimus::Format;
    ///
    /// assert_eq!(Format::from_path(Path::new("sopimus.JSON")), Format::Json);
    /// assert_eq!(Format::from_path(Path::new("sopimus.toml")), Format::Toml);
    /// ```
    pub fn from_path(path: &Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("json") => Format::Json,
            _ => Format::Toml,
        }
    }
}

/// Why an agreement could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read `{}`", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause, the error's `source()`.
        #[source]
        cause: std::io::Error,
    },
    /// The input is larger than [`MAX_INPUT_BYTES`]. For an input that is
    /// not a regular file, `size` is how much was read before stopping.
    #[error("`{}` is larger than the limit of {limit} bytes for an agreement; check that this is the right file", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The text is not a well-formed agreement: a syntax error, a value of
    /// the wrong type, a missing or an unknown field.
    #[error("{}:{line}:{column}: {message}{}", path.display(), .field.as_ref().map(|f| format!(" (at `{f}`)")).unwrap_or_default())]
    Syntax {
        /// The file, or `<input>` for a string.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What is wrong, as the parser says it.
        message: String,
        /// The field of the agreement the error is in, e.g.
        /// `follow_up.text[0]`, when the text parses as TOML and the place
        /// is in a field; `None` for a TOML syntax error, and for JSON.
        field: Option<crate::FieldPath>,
    },
    /// Well-formed TOML that does not fit the input format: every unknown
    /// field (`unknown-field`), value of the wrong type or form
    /// (`wrong-value`) and missing field (`missing-field`) at once, each a
    /// finding with its path, line and column, as validation reports them.
    /// (JSON input stops at its first problem, a [`LoadError::Syntax`].)
    #[error("{}", shape_message(path, report))]
    Shape {
        /// The file, or `<input>` for a string.
        path: PathBuf,
        /// Every problem, in the order they were met.
        report: Report,
    },
}

/// `draft.toml` does not fit the input format, then each finding, one a
/// line: the message carries them all, as [`Invalid`](crate::Invalid)'s does.
fn shape_message(path: &Path, report: &Report) -> String {
    let mut out = format!(
        "`{}` does not fit the input format: {} problem(s)",
        path.display(),
        report.findings.len()
    );
    for finding in &report.findings {
        out.push_str("\n  ");
        out.push_str(&finding.to_string());
    }
    out
}

/// The findings of [`shape::problems`] in `source`, placed.
fn shape_report(source: &str, problems: Vec<shape::Problem>) -> Report {
    let locator = crate::locate::Locator::new(source);
    let findings = problems
        .into_iter()
        .map(|p| {
            let at = crate::locate::line_column(source, p.span.start);
            let path_at = |offset| {
                locator
                    .as_ref()
                    .map_or_else(crate::FieldPath::root, |l| l.path_at(offset))
            };
            let (path, detail) = match p.kind {
                shape::Kind::Unknown { key, expected } => (
                    path_at(p.span.start),
                    Message::UnknownField {
                        key,
                        expected: expected
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    },
                ),
                shape::Kind::Missing { key } => (
                    path_at(p.span.start).key(key.clone()),
                    Message::MissingField { key },
                ),
                shape::Kind::Wrong { message } => (
                    path_at(p.span.start),
                    Message::WrongValue { detail: message },
                ),
            };
            Finding::new(
                Severity::Error,
                AgreementPlace {
                    path,
                    location: Some(at),
                },
                detail,
            )
        })
        .collect();
    Report {
        findings,
        file: None,
    }
}

/// An agreement read from a file, with the source text kept for locating
/// findings.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The agreement.
    pub agreement: Agreement,
    /// The file it came from.
    pub path: PathBuf,
    /// The text it was parsed from.
    pub source: String,
    /// Its format.
    pub format: Format,
}

/// Parses an agreement from text.
///
/// ```
/// use sopimus::{Format, LoadError};
///
/// // Not TOML at all: the first place it stops.
/// let e = sopimus::parse("[meta\n", Format::Toml, "draft.toml".as_ref()).unwrap_err();
/// assert!(matches!(e, LoadError::Syntax { line: 1, .. }), "{e}");
///
/// // TOML of the wrong shape: every problem at once, each with its place.
/// let e = sopimus::parse("[meta]\ntitle = 1\n", Format::Toml, "draft.toml".as_ref()).unwrap_err();
/// let LoadError::Shape { report, .. } = &e else { panic!("{e}") };
/// assert!(report.errors().count() > 1, "{e}");
/// ```
///
/// # Errors
///
/// [`LoadError::Syntax`] with line and column for malformed input; `path` is
/// only used in the message.
pub fn parse(source: &str, format: Format, path: &Path) -> Result<Agreement, LoadError> {
    if source.len() as u64 > MAX_INPUT_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: source.len() as u64,
            limit: MAX_INPUT_BYTES,
        });
    }
    match format {
        Format::Toml => toml::from_str(source).map_err(|e| {
            // Well-formed TOML: every problem of shape at once.
            if let Some(problems) = shape::problems(source) {
                let mut report = shape_report(source, problems);
                report.file = Some(path.to_owned());
                return LoadError::Shape {
                    path: path.to_owned(),
                    report,
                };
            }
            let offset = e.span().map_or(0, |s| s.start);
            let at = crate::locate::line_column(source, offset);
            // A value of the wrong shape in well-formed TOML: name its field,
            // as validation's findings do.
            let field = e.span().and_then(|_| {
                crate::locate::Locator::new(source)
                    .map(|l| l.path_at(offset))
                    .filter(|f| !f.is_root())
            });
            LoadError::Syntax {
                path: path.to_owned(),
                line: at.line,
                column: at.column,
                message: e.message().trim().to_owned(),
                field,
            }
        }),
        Format::Json => serde_json::from_str(source).map_err(|e| {
            // serde_json appends " at line L column C"; we report those separately.
            let message = e.to_string();
            let message = message
                .rsplit_once(" at line ")
                .map_or(message.as_str(), |(m, _)| m)
                .to_owned();
            LoadError::Syntax {
                path: path.to_owned(),
                line: e.line(),
                column: e.column(),
                message,
                field: None,
            }
        }),
    }
}

/// Reads and parses an agreement file (TOML, or JSON for `.json`).
///
/// Any readable file works, also one that is not a regular file (a device,
/// a pipe): at most [`MAX_INPUT_BYTES`] are read, whatever the file claims
/// its size is, and more is refused. A named pipe (FIFO) waits for its
/// writer, as `cat` would.
///
/// ```
/// let loaded = sopimus::load("examples/kanta-hame-2026.toml")?;
/// assert_eq!(loaded.format, sopimus::Format::Toml);
/// assert!(loaded.source.contains("[[parties]]"));
/// # Ok::<(), sopimus::LoadError>(())
/// ```
///
/// # Errors
///
/// [`LoadError::Read`] when the file cannot be read, [`LoadError::TooLarge`]
/// over [`MAX_INPUT_BYTES`], [`LoadError::Syntax`] for malformed content.
pub fn load(path: impl AsRef<Path>) -> Result<Loaded, LoadError> {
    let path = path.as_ref();
    let read_err = |cause| LoadError::Read {
        path: path.to_owned(),
        cause,
    };
    // A regular file's size is known before reading; refuse early.
    let metadata = std::fs::metadata(path).map_err(read_err)?;
    if metadata.is_dir() {
        return Err(read_err(std::io::Error::other(
            "it is a directory, not a file",
        )));
    }
    if metadata.is_file() && metadata.len() > MAX_INPUT_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: metadata.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    // Opened without waiting on a FIFO that nothing writes to.
    let Some(bytes) = crate::limits::read_file_at_most(path, MAX_INPUT_BYTES).map_err(read_err)?
    else {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: MAX_INPUT_BYTES + 1,
            limit: MAX_INPUT_BYTES,
        });
    };
    load_from_reader(bytes.as_slice(), Format::from_path(path), path)
}

/// Reads and parses an agreement from any reader, e.g. standard input,
/// reading at most [`MAX_INPUT_BYTES`]; `path` names the input in messages.
///
/// ```
/// use sopimus::Format;
///
/// let file = std::fs::File::open("tests/data/valid/minimal.toml")?;
/// let loaded = sopimus::load_from_reader(file, Format::Toml, "<stdin>".as_ref())?;
/// assert_eq!(loaded.agreement.parties.len(), 5);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`load`].
pub fn load_from_reader(
    reader: impl std::io::Read,
    format: Format,
    path: &Path,
) -> Result<Loaded, LoadError> {
    let read_err = |cause| LoadError::Read {
        path: path.to_owned(),
        cause,
    };
    let Some(bytes) = crate::limits::read_at_most(reader, MAX_INPUT_BYTES).map_err(read_err)?
    else {
        // The size is known only to be over the limit.
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: MAX_INPUT_BYTES + 1,
            limit: MAX_INPUT_BYTES,
        });
    };
    let source = String::from_utf8(bytes).map_err(|e| {
        let at = crate::locate::line_column(
            std::str::from_utf8(&e.as_bytes()[..e.utf8_error().valid_up_to()]).unwrap_or(""),
            usize::MAX,
        );
        LoadError::Syntax {
            path: path.to_owned(),
            line: at.line,
            column: at.column,
            message: "the file is not UTF-8 text; save it as UTF-8".to_owned(),
            field: None,
        }
    })?;
    let agreement = parse(&source, format, path)?;
    Ok(Loaded {
        agreement,
        path: path.to_owned(),
        source,
        format,
    })
}

impl Agreement {
    /// Parses an agreement from TOML.
    ///
    /// ```
    /// let source = std::fs::read_to_string("tests/data/valid/minimal.toml")?;
    /// let agreement = sopimus::Agreement::from_toml_str(&source)?;
    /// assert_eq!(agreement.parties[0].id.as_str(), "county");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`LoadError::Shape`] with every problem of shape, each placed;
    /// [`LoadError::Syntax`] with line and column for malformed TOML.
    pub fn from_toml_str(source: &str) -> Result<Agreement, LoadError> {
        parse(source, Format::Toml, Path::new("<input>"))
    }

    /// Parses an agreement from JSON, e.g. the form
    /// [`export::read_attachment`](crate::export::read_attachment) reads back.
    ///
    /// ```
    /// let agreement = sopimus::load("tests/data/valid/minimal.toml")?.agreement;
    /// let json = serde_json::to_string(&agreement)?;
    /// assert_eq!(sopimus::Agreement::from_json_str(&json)?, agreement);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`LoadError::Syntax`] with line and column.
    pub fn from_json_str(source: &str) -> Result<Agreement, LoadError> {
        parse(source, Format::Json, Path::new("<input>"))
    }

    /// The agreement as TOML, the authoring format.
    ///
    /// ```
    /// let agreement = sopimus::load("tests/data/valid/minimal.toml")?.agreement;
    /// let toml = agreement.to_toml_string()?;
    /// assert_eq!(sopimus::Agreement::from_toml_str(&toml)?, agreement);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`WriteError`] only if the agreement holds a value TOML cannot
    /// express.
    pub fn to_toml_string(&self) -> Result<String, WriteError> {
        toml::to_string_pretty(self).map_err(|e| WriteError {
            format: Format::Toml,
            cause: Box::new(e),
        })
    }

    /// The agreement as JSON, for programs (the form
    /// [`Agreement::from_json_str`] reads back), indented.
    ///
    /// ```
    /// let agreement = sopimus::load("tests/data/valid/minimal.toml")?.agreement;
    /// let json = agreement.to_json_string()?;
    /// assert_eq!(sopimus::Agreement::from_json_str(&json)?, agreement);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`WriteError`] only if the agreement holds a value JSON cannot
    /// express.
    pub fn to_json_string(&self) -> Result<String, WriteError> {
        serde_json::to_string_pretty(self).map_err(|e| WriteError {
            format: Format::Json,
            cause: Box::new(e),
        })
    }
}

/// Why an agreement could not be written as text
/// ([`Agreement::to_toml_string`], [`Agreement::to_json_string`]): the
/// serializer's error is the `source()`, of a type of that serializer's
/// crate (not part of this API).
#[derive(Debug, thiserror::Error)]
#[error("the agreement cannot be written as {}", match .format { Format::Toml => "TOML", Format::Json => "JSON" })]
pub struct WriteError {
    format: Format,
    #[source]
    cause: Box<dyn std::error::Error + Send + Sync>,
}
