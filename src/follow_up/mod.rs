//! Follow-up: what the indicators show each year, checked against the
//! agreement, and the annual follow-up report.
//!
//! The agreement is signed once and followed up every year. The figures of
//! a year are **measurements**: per indicator (by its stable id, see
//! [`ValidatedAgreement::items`](crate::ValidatedAgreement::items)), per year
//! and, where it applies, per municipality, a value of the kind the
//! indicator takes ([`ValueKind`](crate::model::ValueKind)): a number, a
//! percentage, yes/no, a point of a scale, or the status of an action.
//!
//! The pipeline mirrors the agreement's:
//!
//! 1. read measurements from TOML ([`load`]), from a long CSV table
//!    ([`read_csv`]), from a filled collection workbook (`read_workbook`,
//!    feature `xlsx`), or from statistics downloaded from THL's indicator
//!    bank or Statistics Finland ([`import_statistics`]);
//! 2. [`check`] them against a [`ValidatedAgreement`]: every problem at once,
//!    each with the file and the place in it (a TOML path with line and
//!    column, a CSV row and column, or a spreadsheet cell such as
//!    `Mittarit!E7`), giving [`ValidatedMeasurements`];
//! 3. assess each indicator by the documented rules of [`status`]
//!    (achieved, on track, not on track, no data);
//! 4. build the report: its view data ([`report::view_data`]), its table
//!    ([`report::rows`], CSV and XLSX), and the PDF
//!    (`Renderer::render_follow_up`, feature `render`).
//!
//! ```
//! use sopimus::follow_up::{self, FollowUpOptions};
//!
//! let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.agreement.validate()?;
//! let loaded = follow_up::load("examples/kanta-hame-2026-seuranta.toml")?;
//! let measurements = follow_up::check(&agreement, vec![loaded])?;
//! let rows = follow_up::report::rows(&agreement, &measurements, &FollowUpOptions::default())?;
//! assert_eq!(rows.len(), 13);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The measurements format
//!
//! ```toml
//! note = "Esimerkkiaineisto: luvut on keksitty."   # optional, on the title page
//!
//! [[measurements]]
//! indicator = "p2.g1.i2"     # the indicator's id in the agreement
//! year = 2026
//! value = 38.5               # number, percentage, scale point, yes/no or status
//! source = "Kuntakysely"     # optional
//! date = 2026-03-31          # optional: the date of the figure
//! note = "…"                 # optional, printed in the report
//!
//! [[measurements]]
//! indicator = "p3.g1.i2"
//! year = 2026
//! municipality = "061"       # a party id or the 3-digit municipality code
//! value = "done"
//! ```
//!
//! Values: a number (`12.5`; in CSV and spreadsheets `12,5` too), yes/no
//! (`true`/`false`, `"kyllä"`/`"ei"`, `"K"`/`"E"`, `"ja"`/`"nej"`,
//! `"yes"`/`"no"`), a scale point (a whole number within the indicator's
//! `scale`), or the status of an action (`"not_started"`/`"in_progress"`/
//! `"done"`, `"ei aloitettu"`/`"käynnissä"`/`"valmis"`, or `"inte
//! påbörjad"`/`"pågår"`/`"klar"`). For a share of municipalities (`X/N`) each
//! municipality answers yes/no (or with a status, when
//! `value_kind = "action_status"`), and a row without a municipality may
//! give the count itself.
//!
//! The same fields make the **long table** (CSV or the sheet of an XLSX
//! workbook): a header row naming the columns `indicator`, `year`,
//! `municipality`, `value`, `source`, `date` and `note` (or their Finnish
//! headings in the collection workbook: `Tunniste`, `Vuosi`, `Kuntanumero`,
//! `Arvo`, `Lähde`, `Tiedon päivämäärä`, `Huomio`), then one row per value;
//! other columns are ignored, and a row without a value is skipped.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diagnostic::{self, Location, Message, Severity, Spot};
use crate::ids::{Date, ItemId, PartyId};
use crate::language::Language;
use crate::path::FieldPath;
use crate::validate::ValidatedAgreement;

mod check;
mod input;
pub mod report;
mod stats;
pub mod status;
pub(crate) mod table;
mod words;
#[cfg(feature = "xlsx")]
mod workbook;
#[cfg(feature = "xlsx")]
pub(crate) mod xlsx_read;

pub use check::{ActionStatus, Entry, ValidatedMeasurements, Value, check};
pub use input::{load, parse_toml};
pub use stats::{ImportOptions, ImportSummary, import_statistics};
pub use table::read_csv;
#[cfg(feature = "xlsx")]
pub use workbook::{SHEET_NAME, WorkbookOptions, read_workbook, workbook};

/// Limits that keep a mistaken or hostile input from exhausting time or
/// memory; each is far above a real year's data (60 indicators × 32
/// municipalities × 4 years is under 8 000 values).
pub mod limits {
    /// Bytes of one measurements file (TOML, CSV or XLSX), as for an agreement.
    pub const INPUT_BYTES: u64 = crate::MAX_INPUT_BYTES;
    /// Bytes one part of an XLSX workbook may unpack to.
    pub const UNPACKED_BYTES: u64 = 64 * 1024 * 1024;
    /// Measurements in all files together.
    pub const MEASUREMENTS: usize = 200_000;
    /// Characters of one text field (a source or a note).
    pub const TEXT_CHARS: usize = 10_000;
    /// Columns of a table.
    pub const COLUMNS: usize = 1_000;
}

/// Measurements as written, before they are checked against an agreement.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurements {
    /// A note printed on the report's title page, e.g. that the figures are
    /// made up for an example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The values, in any order.
    #[serde(default)]
    pub measurements: Vec<Measurement>,
}

/// One value of one indicator in one year, for the whole area or one
/// municipality.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// The indicator's stable id in the agreement, e.g. `p2.g1.i2`.
    pub indicator: ItemId,
    /// The year the value is for.
    pub year: i32,
    /// The municipality, by party id or three-digit municipality code; the
    /// whole area when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// The value, read by the kind the indicator takes.
    pub value: RawValue,
    /// Where the figure comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The date of the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// A note, printed in the report beside the value: a string, or a
    /// note per language of a multilingual agreement, `{ fi = "…", sv =
    /// "…" }` (a plain string prints in every language version).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<crate::text::Text>,
    /// Where it was read: kept with the measurement itself, so that a
    /// finding about it keeps its place when the list is edited in code.
    #[serde(skip)]
    pub(crate) origin: Provenance,
}

impl Measurement {
    /// A value of `indicator` for the whole area in `year`, made in code
    /// (without a place in a file); set the other fields as needed.
    ///
    /// ```
    /// use sopimus::follow_up::{Measurement, RawValue};
    ///
    /// let mut m = Measurement::new("p2.g1.i2", 2026, RawValue::Number(38.5));
    /// m.municipality = Some("061".into());
    /// assert_eq!(m.year, 2026);
    /// ```
    pub fn new(indicator: impl Into<ItemId>, year: i32, value: RawValue) -> Measurement {
        Measurement {
            indicator: indicator.into(),
            year,
            municipality: None,
            value,
            source: None,
            date: None,
            note: None,
            origin: Provenance::default(),
        }
    }
}

/// Where a measurement was read. Not part of its value: two measurements
/// that say the same are equal wherever they were read.
#[derive(Clone, Debug, Default)]
pub(crate) struct Provenance(pub(crate) Origin);

impl PartialEq for Provenance {
    fn eq(&self, _: &Provenance) -> bool {
        true
    }
}

/// A value as written: checking reads it by the kind the indicator takes.
/// (Read from TOML by `input.rs`, which says what a value may be.)
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum RawValue {
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A word (`"kyllä"`, `"done"`) or a number written as text (`"12,5"`).
    Text(String),
}

impl fmt::Display for RawValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RawValue::Bool(b) => write!(f, "{b}"),
            RawValue::Number(n) => f.write_str(&crate::locale::fi::decimal(*n)),
            RawValue::Text(t) => f.write_str(t),
        }
    }
}

/// A field of a [`Measurement`], for naming its place in a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Field {
    /// The whole row or entry.
    Row,
    /// `indicator`.
    Indicator,
    /// `year`.
    Year,
    /// `municipality`.
    Municipality,
    /// `value`.
    Value,
    /// `source`.
    Source,
    /// `date`.
    Date,
    /// `note`.
    Note,
}

impl Field {
    /// The field's name in TOML and in the long table's header.
    pub fn key(self) -> &'static str {
        match self {
            Field::Row => "",
            Field::Indicator => "indicator",
            Field::Year => "year",
            Field::Municipality => "municipality",
            Field::Value => "value",
            Field::Source => "source",
            Field::Date => "date",
            Field::Note => "note",
        }
    }
}

/// Where a measurement came from, so that a finding can name its place:
/// found when the file is read, so that naming it costs nothing later.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) enum Origin {
    /// Entry `index` of `measurements` in a TOML file, with the line and
    /// column of the entry and of each field written in it.
    Toml {
        index: usize,
        at: Option<Location>,
        fields: Vec<(Field, Location)>,
    },
    /// A row of a CSV file (line numbers from 1, the header is line 1) and
    /// the column of each field (from 1).
    Csv {
        line: usize,
        columns: Vec<(Field, usize)>,
    },
    /// A row of a spreadsheet (from 1) and the column of each field (from 0).
    Sheet {
        sheet: String,
        row: u32,
        columns: Vec<(Field, u32)>,
    },
    /// Made in code: no place.
    #[default]
    Code,
}

impl Origin {
    /// The place of `field` of the measurement that came from here, now
    /// at `index` of its list: a field that is not written is placed at its
    /// entry, as for an agreement.
    pub(crate) fn place(&self, index: usize, field: Field) -> Place {
        match self {
            Origin::Toml { index, at, fields } => {
                let mut path = FieldPath::root().key("measurements").index(*index);
                let mut location = *at;
                if field != Field::Row {
                    path = path.key(field.key());
                    if let Some((_, l)) = fields.iter().find(|(f, _)| *f == field) {
                        location = Some(*l);
                    }
                }
                Place::Toml { path, location }
            }
            Origin::Csv { line, columns } => Place::Csv {
                line: *line,
                column: columns
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map(|(f, c)| (*c, f.key().to_owned())),
            },
            Origin::Sheet {
                sheet,
                row,
                columns,
            } => {
                let column = columns.iter().find(|(f, _)| *f == field).map(|(_, c)| *c);
                Place::Cell {
                    sheet: sheet.clone(),
                    cell: table::cell_name(*row, column),
                }
            }
            Origin::Code => Place::Code { index, field },
        }
    }
}

/// Measurements read from one file, with where each came from.
#[derive(Clone, Debug)]
pub struct LoadedMeasurements {
    /// The file, as named to the reader.
    pub path: PathBuf,
    /// The measurements.
    pub measurements: Measurements,
    /// Where the TOML file's top-level fields are; none for tables.
    source: Option<TomlSource>,
    /// Findings of reading (a row without a value but with a note): warnings.
    findings: Vec<MeasurementFinding>,
}

impl LoadedMeasurements {
    /// Measurements made in code, without places.
    pub fn from_measurements(path: impl Into<PathBuf>, measurements: Measurements) -> Self {
        LoadedMeasurements {
            path: path.into(),
            measurements,
            source: None,
            findings: Vec::new(),
        }
    }

    /// The place of `field` of measurement `index`, from where that
    /// measurement was read (made in code: its position).
    pub(crate) fn place(&self, index: usize, field: Field) -> Place {
        match self.measurements.measurements.get(index) {
            Some(m) => m.origin.0.place(index, field),
            None => Place::Code { index, field },
        }
    }

    /// The place of the file's `note`.
    pub(crate) fn note_place(&self) -> Place {
        match &self.source {
            Some(source) => Place::Toml {
                path: FieldPath::root().key("note"),
                location: source.note,
            },
            None => Place::File,
        }
    }
}

/// Where the top-level fields of a TOML measurements file are, found when
/// it is read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct TomlSource {
    /// The line and column of `note`.
    pub(crate) note: Option<Location>,
}

/// A place in a measurements file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Place {
    /// A field of a TOML file, with its line and column when the source has it.
    Toml {
        /// E.g. `measurements[3].value`.
        path: FieldPath,
        /// Line and column.
        #[serde(skip_serializing_if = "Option::is_none")]
        location: Option<Location>,
    },
    /// A line of a CSV file (the header is line 1) and a column (from 1)
    /// with its field's name.
    Csv {
        /// The line.
        line: usize,
        /// The column and its name.
        #[serde(skip_serializing_if = "Option::is_none")]
        column: Option<(usize, String)>,
    },
    /// A cell of a spreadsheet, e.g. `Mittarit` and `E7`.
    Cell {
        /// The sheet.
        sheet: String,
        /// The cell, or the row (`7:7`) when the column is not known.
        cell: String,
    },
    /// The file as a whole (no rows, a header missing).
    File,
    /// A measurement made in code, by its position.
    Code {
        /// The position among the measurements.
        index: usize,
        /// The field.
        field: Field,
    },
}

impl Place {
    /// The place as a sentence names it, its words left to the language.
    pub(crate) fn spot(&self) -> Spot {
        match self {
            Place::Toml { path, location } => Spot::Plain(match (location, path.is_root()) {
                (Some(l), true) => format!("{}:{}", l.line, l.column),
                (Some(l), false) => format!("{}:{} {path}", l.line, l.column),
                (None, _) => path.to_string(),
            }),
            Place::Csv { line, column } => Spot::Line {
                line: *line,
                column: column.clone(),
            },
            Place::Cell { sheet, cell } => {
                Spot::Plain(if sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    format!("{sheet}!{cell}")
                } else {
                    format!("'{}'!{cell}", sheet.replace('\'', "''"))
                })
            }
            Place::File => Spot::File,
            Place::Code { index, field } => Spot::Plain(match field {
                Field::Row => format!("measurements[{index}]"),
                field => format!("measurements[{index}].{}", field.key()),
            }),
        }
    }

    /// The place in `language`: "rivi 7, sarake 4 (value)"; English, as
    /// `Display` writes it, for `None`.
    pub fn text(&self, language: Option<Language>) -> String {
        self.spot().text(language)
    }
}

/// `line 7, column 4 (value)`, `9:13 measurements[1].indicator`,
/// `Mittarit!E7`, `the whole file`.
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.spot().english())
    }
}

/// Where a finding about measurements points: the file and the place in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilePlace {
    /// The file, as named to the reader.
    pub file: PathBuf,
    /// Where in the file.
    pub place: Place,
}

impl diagnostic::sealed::Sealed for FilePlace {}

/// `tiedot.csv: line 7, column 4 (value)`.
impl fmt::Display for FilePlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.place)
    }
}

impl diagnostic::Place for FilePlace {
    const SUBJECT: &'static str = "the measurements have";

    fn first_at(&self) -> String {
        format!("in `{}` at {}", self.file.display(), self.place)
    }

    fn json_lead(&self) -> Vec<(&'static str, serde_json::Value)> {
        vec![
            ("file", serde_json::json!(self.file)),
            ("place", serde_json::json!(self.place)),
        ]
    }
}

/// One problem found in measurements: a [`diagnostic::Finding`] at a
/// [`FilePlace`], serialized as `severity`, `file`, `place`, `code` and
/// `message`.
pub type MeasurementFinding = diagnostic::Finding<FilePlace>;

/// Every finding of checking measurements, in the order of the files and
/// their rows.
pub type MeasurementReport = diagnostic::Report<FilePlace>;

/// Why measurements did not pass: every finding, at least one an error.
pub type InvalidMeasurements = diagnostic::Invalid<FilePlace>;

/// A type alias is no constructor: the tuple struct's constructor comes
/// from here (a glob import, which the alias shadows in the type
/// namespace only), so that `follow_up::InvalidMeasurements(report)` matches.
mod constructor {
    pub use crate::diagnostic::Invalid as InvalidMeasurements;
}
#[doc(hidden)]
pub use constructor::*;

impl diagnostic::Finding<FilePlace> {
    /// The file it is about.
    pub fn file(&self) -> &Path {
        &self.at.file
    }

    /// Where in the file.
    pub fn place(&self) -> &Place {
        &self.at.place
    }
}

/// A finding of `detail` at `place` of `file`.
pub(crate) fn finding(
    severity: Severity,
    file: &Path,
    place: Place,
    detail: Message,
) -> MeasurementFinding {
    diagnostic::Finding::new(
        severity,
        FilePlace {
            file: file.to_owned(),
            place,
        },
        detail,
    )
}

impl diagnostic::Report<FilePlace> {
    /// The report as `sopimus follow-up check` prints it: a line with the
    /// verdict and the counts (`values` read from `files`), then the errors
    /// and the warnings, each with its file and place and its message in
    /// `language` (English for `None`, word for word as
    /// [`Finding::message`](diagnostic::Finding::message)).
    ///
    /// ```text
    /// the measurements in seuranta.csv are not valid: 12 values, 1 error, 0 warnings
    ///
    /// Errors:
    ///   seuranta.csv: line 7, column 4 (value)
    ///     a percentage is 0–100, but `101` is above 100
    /// ```
    pub fn to_text(&self, files: &[String], values: usize, language: Option<Language>) -> String {
        use crate::locale::findings::{
            counted, frame, grouped, measurement_report_words, report_words,
        };
        let words = report_words(language);
        let own = measurement_report_words(language);
        let errors = self.errors().count();
        let mut out = frame(
            if errors == 0 { own.valid } else { own.invalid },
            &[
                ("files", files.join(", ")),
                ("values", counted(values, own.values)),
                ("errors", counted(errors, words.errors)),
                ("warnings", counted(self.warnings().count(), words.warnings)),
            ],
        );
        out.push('\n');
        out.push_str(&grouped(self, language, |f| {
            format!("{}: {}", f.file().display(), f.place().text(language))
        }));
        out
    }
}

/// Why a measurements file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The file could not be read.
    #[error("cannot read `{}`", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause, the error's `source()`.
        #[source]
        cause: std::io::Error,
    },
    /// The file is larger than [`limits::INPUT_BYTES`].
    #[error("`{}` is larger than the limit of {limit} bytes for measurements; check that this is the right file", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit.
        limit: u64,
    },
    /// The content is not measurements: a syntax error, a field of the
    /// wrong type, an unknown field, a missing column.
    #[error("{}: {place}: {message}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// Where.
        place: Place,
        /// What is wrong.
        message: String,
    },
}

/// Settings of the follow-up report.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FollowUpOptions {
    /// The year reported on; the latest year with values when `None` (the
    /// agreement's year when there are none).
    pub year: Option<i32>,
    /// The date of the report, printed on its title page and used as the
    /// PDF's date; the latest date of a figure of the year when `None`, or
    /// the last day of the year when no figure is dated.
    pub date: Option<Date>,
    /// The language version: one of the agreement's languages; its first
    /// when `None`.
    pub language: Option<crate::Language>,
    /// The PDF standards (feature `render`).
    #[cfg(feature = "render")]
    pub standard: crate::standard::Standard,
}

impl FollowUpOptions {
    /// The defaults: the latest year with values, dated by its figures, in
    /// the agreement's first language, PDF/A-2b + PDF/UA-1.
    pub fn new() -> FollowUpOptions {
        FollowUpOptions::default()
    }

    /// The year reported on.
    #[must_use]
    pub fn year(mut self, year: i32) -> FollowUpOptions {
        self.year = Some(year);
        self
    }

    /// The date printed on the title page and used as the PDF's date.
    #[must_use]
    pub fn date(mut self, date: Date) -> FollowUpOptions {
        self.date = Some(date);
        self
    }

    /// The language version: one of the agreement's languages.
    #[must_use]
    pub fn language(mut self, language: crate::Language) -> FollowUpOptions {
        self.language = Some(language);
        self
    }

    /// The PDF standards.
    #[cfg(feature = "render")]
    #[must_use]
    pub fn standard(mut self, standard: crate::standard::Standard) -> FollowUpOptions {
        self.standard = standard;
        self
    }

    /// Options for a report on `year`.
    pub fn for_year(year: i32) -> Self {
        FollowUpOptions {
            year: Some(year),
            ..FollowUpOptions::default()
        }
    }

    /// Options for the language version in `language`.
    pub fn in_language(language: crate::Language) -> Self {
        FollowUpOptions {
            language: Some(language),
            ..FollowUpOptions::default()
        }
    }
}

/// The municipality of a party id or a municipality code, with its index
/// among the parties.
pub(crate) fn find_municipality(agreement: &ValidatedAgreement, key: &str) -> Option<usize> {
    let key = key.trim();
    let a = agreement.agreement();
    a.parties
        .iter()
        .position(|p| p.id.as_str() == key)
        .or_else(|| {
            agreement
                .municipality_codes()
                .iter()
                .position(|c| c.as_ref().is_some_and(|c| c.as_str() == key))
        })
}

/// The key a workbook and the statistics import write for a municipality:
/// its code, or its id when it has none.
pub(crate) fn municipality_key(agreement: &ValidatedAgreement, party: usize) -> String {
    match agreement.municipality_codes().get(party) {
        Some(Some(code)) => code.as_str().to_owned(),
        _ => agreement.agreement().parties[party].id.as_str().to_owned(),
    }
}

/// The party ids of the municipalities an indicator is followed in: those a
/// share counts among, or every municipality.
pub(crate) fn indicator_municipalities(
    agreement: &ValidatedAgreement,
    indicator: &crate::model::Indicator,
) -> Vec<usize> {
    let a = agreement.agreement();
    let among: Option<Vec<&PartyId>> = match &indicator.among {
        Some(crate::model::Among::Parties(ids)) => Some(ids.iter().collect()),
        Some(crate::model::Among::MembersOf { members_of }) => a
            .forum(members_of)
            .map(|f| a.municipal_members(f).into_iter().map(|p| &p.id).collect()),
        None => None,
    };
    a.parties
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind.is_municipality())
        .filter(|(_, p)| among.as_ref().is_none_or(|ids| ids.contains(&&p.id)))
        .map(|(i, _)| i)
        .collect()
}

/// Every indicator of the agreement with its id, in document order:
/// `(id, priority index, goal index, indicator)`.
pub(crate) fn indicators(
    agreement: &ValidatedAgreement,
) -> Vec<(ItemId, usize, usize, &crate::model::Indicator)> {
    let ids = agreement.ids();
    let mut out = Vec::new();
    for (p, priority) in agreement.agreement().priorities.iter().enumerate() {
        for (g, goal) in priority.goals.iter().enumerate() {
            for (i, indicator) in goal.indicators.iter().enumerate() {
                if let Some(id) = ids.indicator(p, g, i) {
                    out.push((id.clone(), p, g, indicator));
                }
            }
        }
    }
    out
}

/// Reads a file with the size limit.
pub(crate) fn read_limited(path: &Path) -> Result<Vec<u8>, ReadError> {
    let read_err = |cause| ReadError::Read {
        path: path.to_owned(),
        cause,
    };
    let metadata = std::fs::metadata(path).map_err(read_err)?;
    if metadata.is_dir() {
        return Err(read_err(std::io::Error::other(
            "it is a directory, not a file",
        )));
    }
    crate::limits::read_file_at_most(path, limits::INPUT_BYTES)
        .map_err(read_err)?
        .ok_or_else(|| ReadError::TooLarge {
            path: path.to_owned(),
            limit: limits::INPUT_BYTES,
        })
}

/// Reads measurements from a file by its extension: TOML, CSV (`.csv`) or
/// a workbook (`.xlsx`, feature `xlsx`).
///
/// ```
/// use sopimus::follow_up;
///
/// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let loaded = follow_up::read_file("examples/kanta-hame-2026-seuranta.toml")?;
/// let measurements = follow_up::check(&agreement, vec![loaded])?;
/// assert!(!measurements.entries().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`ReadError`] when the file cannot be read or is not measurements.
pub fn read_file(path: impl AsRef<Path>) -> Result<LoadedMeasurements, ReadError> {
    let path = path.as_ref();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("csv") => {
            let bytes = read_limited(path)?;
            read_csv(&bytes, path)
        }
        #[cfg(feature = "xlsx")]
        Some("xlsx") => {
            let bytes = read_limited(path)?;
            read_workbook(&bytes, path)
        }
        _ => load(path),
    }
}
