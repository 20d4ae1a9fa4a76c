//! Diagnostics: what is wrong with an input and where, one system for the
//! agreement and for the measurements of its follow-up.
//!
//! A [`Finding`] is a [`Severity`], a place of some kind `P` (a field of the
//! agreement, [`AgreementPlace`]; a row or cell of a measurements file,
//! `follow_up::FilePlace`), a stable [`Code`] and the values its sentence
//! names, worded in English here and in Finnish or Swedish by the locale
//! ([`Finding::message_in`]). A check collects every finding into one
//! [`Report`]; an input that has errors is [`Invalid`], an error type that
//! carries that report.
//!
//! This is the bottom layer: it knows the input's paths and the codes, not
//! the model, and the locale words it from above.

use std::fmt;

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::path::FieldPath;

mod catalogue;
mod word;

pub use catalogue::Code;
pub(crate) use catalogue::Spot;
#[cfg(test)]
pub(crate) use catalogue::placeholders;
pub(crate) use catalogue::{Arg, Count, English, Message, Noun, Tongue, capitalized, fill};
pub use word::Word;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The input cannot be used until this is fixed.
    Error,
    /// Worth a look; the input is still valid.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as reports print it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A line and column in a source file, both counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// Seals [`Place`]: only the crate's places implement it.
pub(crate) mod sealed {
    pub trait Sealed {}
}

/// Where a finding points: implemented by [`AgreementPlace`] and
/// `follow_up::FilePlace` (sealed: the JSON shape of each is public API).
///
/// Its `Display` is what a finding's one-line form shows between the
/// severity and the message.
pub trait Place: Clone + fmt::Debug + PartialEq + Eq + fmt::Display + sealed::Sealed {
    /// What is checked, as the subject of [`Invalid`]'s sentence: "the
    /// agreement has", "the measurements have".
    #[doc(hidden)]
    const SUBJECT: &'static str;

    /// "at `parties[3].business_id`": where the first error is, in
    /// [`Invalid`]'s one-line form.
    #[doc(hidden)]
    fn first_at(&self) -> String;

    /// The JSON fields that come before the code and the message.
    #[doc(hidden)]
    fn json_lead(&self) -> Vec<(&'static str, serde_json::Value)>;

    /// The JSON fields that come after the message.
    #[doc(hidden)]
    fn json_tail(&self) -> Vec<(&'static str, serde_json::Value)> {
        Vec::new()
    }
}

/// A field of the agreement: its [`FieldPath`] and, when the agreement was
/// read from a TOML file that still holds it, its line and column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgreementPlace {
    /// Where in the input, e.g. `parties[4].business_id`.
    pub path: FieldPath,
    /// Line and column of the place in the source file, when known.
    pub location: Option<Location>,
}

impl AgreementPlace {
    /// A place without line and column.
    pub fn new(path: FieldPath) -> AgreementPlace {
        AgreementPlace {
            path,
            location: None,
        }
    }
}

impl sealed::Sealed for AgreementPlace {}

/// `parties[3].business_id (line 41, column 15)`; the part in parentheses
/// only when the place is located.
impl fmt::Display for AgreementPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(location) = self.location {
            write!(f, " ({location})")?;
        }
        Ok(())
    }
}

impl Place for AgreementPlace {
    const SUBJECT: &'static str = "the agreement has";

    fn first_at(&self) -> String {
        format!("at `{}`", self.path)
    }

    fn json_lead(&self) -> Vec<(&'static str, serde_json::Value)> {
        vec![("path", serde_json::Value::String(self.path.to_string()))]
    }

    fn json_tail(&self) -> Vec<(&'static str, serde_json::Value)> {
        match self.location {
            Some(l) => vec![("location", serde_json::json!(l))],
            None => Vec::new(),
        }
    }
}

/// One problem found in an input, at a place of kind `P`.
///
/// Only the crate makes findings; their parts are read through the
/// accessors ([`Finding::severity`], [`Finding::at`], [`Finding::code`],
/// [`Finding::message`], [`Finding::message_in`]).
///
/// ```
/// use sopimus::{Severity, ValidateOptions};
///
/// let loaded = sopimus::load("tests/data/invalid/business-id-check-digit.toml")?;
/// let invalid = loaded.validate(&ValidateOptions::new()).unwrap_err();
/// let finding = &invalid.0.findings[0];
/// assert_eq!(finding.severity(), Severity::Error);
/// assert_eq!(finding.code().as_str(), "business-id-check-digit");
/// assert_eq!(finding.path().to_string(), "parties[3].business_id");
/// assert_eq!(finding.location().map(|l| l.line), Some(41));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Serialized (in `sopimus check --format json`) as `severity`, the place's
/// fields (an agreement's `path`), `code`, `message` and, for the
/// agreement when known, `location`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding<P: Place = AgreementPlace> {
    /// Error or warning.
    pub(crate) severity: Severity,
    /// Where.
    pub(crate) at: P,
    /// What kind of problem it is.
    pub(crate) code: Code,
    /// The English wording.
    pub(crate) message: String,
    /// The code with the values its sentence names.
    detail: Message,
}

impl<P: Place> Finding<P> {
    /// A finding of `detail` at `at`.
    pub(crate) fn new(severity: Severity, at: P, detail: Message) -> Finding<P> {
        Finding {
            severity,
            at,
            code: detail.code(),
            message: detail.english(),
            detail,
        }
    }

    /// Error or warning.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// Where it is: for an agreement, its field path and, from a file, its
    /// line and column ([`Finding::path`], [`Finding::location`]).
    pub fn at(&self) -> &P {
        &self.at
    }

    /// What kind of problem it is, stable across versions, e.g.
    /// `business-id-check-digit`: what a program matches on.
    pub fn code(&self) -> Code {
        self.code
    }

    /// What is wrong and how to fix it, in plain English words. The
    /// wording is kept stable for scripts; [`Finding::message_in`] gives it
    /// in Finnish or Swedish.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The code with its values, for the locale to word.
    pub(crate) fn detail(&self) -> &Message {
        &self.detail
    }
}

impl Finding<AgreementPlace> {
    /// The path of the field it points at.
    pub fn path(&self) -> &FieldPath {
        &self.at.path
    }

    /// Its line and column in the source file, when known.
    pub fn location(&self) -> Option<Location> {
        self.at.location
    }
}

impl<P: Place> Serialize for Finding<P> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let lead = self.at.json_lead();
        let tail = self.at.json_tail();
        let mut map = serializer.serialize_map(Some(lead.len() + tail.len() + 3))?;
        map.serialize_entry("severity", &self.severity)?;
        for (k, v) in &lead {
            map.serialize_entry(k, v)?;
        }
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        for (k, v) in &tail {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// `error: parties[3].business_id (line 41, column 15): the business ID …`.
impl<P: Place> fmt::Display for Finding<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}",
            self.severity.as_str(),
            self.at,
            self.message
        )
    }
}

/// All findings of one check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(bound = "")]
pub struct Report<P: Place = AgreementPlace> {
    /// The findings in the order of the input.
    pub findings: Vec<Finding<P>>,
    /// The file the input was read from, when it was read from one.
    #[serde(skip)]
    pub(crate) file: Option<std::path::PathBuf>,
}

impl<P: Place> Default for Report<P> {
    fn default() -> Self {
        Report {
            findings: Vec::new(),
            file: None,
        }
    }
}

impl<P: Place> Report<P> {
    /// The file the input was read from: set by the loader
    /// ([`Loaded::validate`](crate::Loaded::validate), and the report of a
    /// [`LoadError::Shape`](crate::LoadError::Shape)), so that a report
    /// names its file without being told again ([`Report::text`]); `None`
    /// for an agreement made or checked in code.
    ///
    /// ```
    /// use std::path::Path;
    ///
    /// let loaded = sopimus::load("tests/data/invalid/business-id-check-digit.toml")?;
    /// let invalid = loaded.validate(&sopimus::ValidateOptions::new()).unwrap_err();
    /// assert_eq!(
    ///     invalid.0.file(),
    ///     Some(Path::new("tests/data/invalid/business-id-check-digit.toml"))
    /// );
    /// # Ok::<(), sopimus::LoadError>(())
    /// ```
    pub fn file(&self) -> Option<&std::path::Path> {
        self.file.as_deref()
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Finding<P>> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Finding<P>> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
    }
}

/// Every finding, one a line.
impl<P: Place> fmt::Display for Report<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        Ok(())
    }
}

/// Why an input did not pass: its report, with at least one error.
///
/// Its `Display` and its `Debug` both list every finding with its place,
/// one a line, after a line with the counts, so that every finding reaches
/// the reader however the error travels: through `?` into `anyhow` (which
/// prints each error of a chain with `{}`), or out of
/// `main() -> Result<(), Box<dyn Error>>` (which prints `{:?}`).
///
/// ```
/// use sopimus::ValidateOptions;
///
/// let loaded = sopimus::load("tests/data/invalid/business-id-check-digit.toml")?;
/// let invalid = loaded.validate(&ValidateOptions::new()).unwrap_err();
/// assert_eq!(
///     invalid.to_string(),
///     "the agreement has 1 error(s) and 0 warning(s):\n  \
///      error: parties[3].business_id (line 41, column 15): the business ID `0145801-4` has \
///      check digit 4, but its digits give 3; check for a typing error"
/// );
/// assert_eq!(format!("{invalid:?}"), invalid.to_string());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Invalid<P: Place = AgreementPlace>(pub Report<P>);

impl<P: Place> fmt::Display for Invalid<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.0.errors().count();
        let warnings = self.0.warnings().count();
        if errors == 0 {
            // A report made in code without an error: no count of zero.
            write!(f, "{} no error recorded", P::SUBJECT)?;
            if warnings > 0 {
                write!(f, ", {warnings} warning(s):")?;
            }
        } else {
            write!(
                f,
                "{} {errors} error(s) and {warnings} warning(s):",
                P::SUBJECT
            )?;
        }
        for finding in &self.0.findings {
            write!(f, "\n  {finding}")?;
        }
        Ok(())
    }
}

/// The same readable list as `Display`: what `main` prints when it returns
/// the error, rather than a dump of the structures.
impl<P: Place> fmt::Debug for Invalid<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl<P: Place> std::error::Error for Invalid<P> {}
