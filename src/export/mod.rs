//! Export: the goals-and-indicators table as CSV and XLSX, files written
//! atomically, and the agreement read back from a PDF it was attached to.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use crate::follow_up::table;
use crate::language::{Language, LanguageError};
use crate::locale::Version;
#[cfg(feature = "xlsx")]
use crate::spreadsheet::XlsxResult;
use crate::validate::ValidatedAgreement;

#[cfg(feature = "render")]
mod attachment;
mod write;

#[cfg(feature = "render")]
pub use attachment::{AttachmentError, read_attachment};
pub use write::write_atomic;

#[cfg(feature = "xlsx")]
pub use crate::spreadsheet::SpreadsheetError;

/// One row of the goals-and-indicators table: one indicator of one goal.
///
/// A goal without actions or lead still has its indicators; columns that
/// do not apply are empty strings, so every row has the same columns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct IndicatorRow {
    /// The indicator's stable id (written, or generated from its place).
    pub id: String,
    /// The priority's number, or its position from 1 when it has none.
    pub priority_number: u32,
    /// The priority's title.
    pub priority: String,
    /// The goal's position within its priority, from 1.
    pub goal_number: usize,
    /// The goal.
    pub goal: String,
    /// The indicator's position within its goal, from 1.
    pub indicator_number: usize,
    /// The indicator.
    pub indicator: String,
    /// The target in words, e.g. `korkeampi kuin edellisenä vuonna`.
    pub target: String,
    /// The count out of the municipalities, e.g. `X/11`.
    pub municipalities: String,
    /// The scale of a self-assessment, e.g. `1–5`.
    pub scale: String,
    /// The baseline year, when given.
    pub baseline_year: String,
    /// The baseline value, when given, with a decimal comma.
    pub baseline_value: String,
    /// The unit, when given.
    pub unit: String,
    /// Which way is better, in words.
    pub direction: String,
    /// The data source and its indicator id.
    pub source: String,
    /// The goal's actions, one per line, each with its responsibility.
    pub actions: String,
    /// The responsibility in words: the goal's own, or the priority's.
    pub lead: String,
}

/// The number of columns of [`IndicatorRow`].
const WIDTH: usize = 17;

/// Settings of an export.
///
/// `#[non_exhaustive]` like the other option structs: start from
/// [`ExportOptions::new`] (the same as `default()`: the first language, a
/// byte-order mark) and change what differs.
///
/// ```
/// use sopimus::Language;
/// use sopimus::export::ExportOptions;
///
/// let options = ExportOptions::new().language(Language::Sv).byte_order_mark(false);
/// assert_eq!(options.language, Some(Language::Sv));
/// ```
///
/// ```compile_fail,E0639
/// let options = sopimus::export::ExportOptions { byte_order_mark: false, ..Default::default() };
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ExportOptions {
    /// The language version to export; the agreement's first language when
    /// `None`. Must be one of the agreement's languages.
    pub language: Option<Language>,
    /// Begin CSV output with a UTF-8 byte-order mark, so that spreadsheet
    /// programs read the letters right (the default).
    pub byte_order_mark: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            language: None,
            byte_order_mark: true,
        }
    }
}

impl ExportOptions {
    /// The defaults: the agreement's first language, with a byte-order mark.
    pub fn new() -> ExportOptions {
        ExportOptions::default()
    }

    /// Options for the version in `language`.
    pub fn in_language(language: Language) -> ExportOptions {
        ExportOptions::new().language(language)
    }

    /// The language version to export.
    #[must_use]
    pub fn language(mut self, language: Language) -> ExportOptions {
        self.language = Some(language);
        self
    }

    /// Whether CSV output begins with a UTF-8 byte-order mark.
    #[must_use]
    pub fn byte_order_mark(mut self, byte_order_mark: bool) -> ExportOptions {
        self.byte_order_mark = byte_order_mark;
        self
    }
}

/// The language version `options` ask for.
fn version<'a>(
    agreement: &'a ValidatedAgreement,
    options: &ExportOptions,
) -> Result<Version<'a>, LanguageError> {
    let a = agreement.agreement();
    let language = a.meta.languages.version(options.language)?;
    Ok(Version::new(a, language))
}

/// The version in the agreement's first language, which it always has.
fn primary(agreement: &ValidatedAgreement) -> Version<'_> {
    let a = agreement.agreement();
    Version::new(a, a.meta.languages.primary())
}

/// The column headings of the table, in the order of [`IndicatorRow`]'s
/// fields, in the agreement's first language. The agreement's own headings
/// of Annex 2 (`annexes.goal_heading` and the others) head the columns they
/// name.
///
/// ```
/// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let columns = sopimus::export::columns(&valid);
/// assert_eq!(columns[0], "Tunniste");
/// assert_eq!(columns[4], "Tavoite");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn columns(agreement: &ValidatedAgreement) -> Vec<String> {
    columns_in(primary(agreement))
}

fn columns_in(v: Version<'_>) -> Vec<String> {
    let x = &v.agreement.annexes;
    let w = v.locale.words();
    let d = &w.annexes;
    let c = &w.columns;
    let priority = v.heading(x.priority_heading.as_ref(), d.priority_heading);
    vec![
        c.id.to_owned(),
        format!("{priority} {}", c.number),
        priority,
        c.goal_number.to_owned(),
        v.heading(x.goal_heading.as_ref(), d.goal_heading),
        c.indicator_number.to_owned(),
        v.heading(x.indicator_heading.as_ref(), d.indicator_heading),
        c.target.to_owned(),
        c.share.to_owned(),
        c.scale.to_owned(),
        c.baseline_year.to_owned(),
        c.baseline_value.to_owned(),
        c.unit.to_owned(),
        c.direction.to_owned(),
        c.source.to_owned(),
        v.heading(x.action_heading.as_ref(), d.action_heading),
        v.heading(x.lead_heading.as_ref(), d.lead_heading),
    ]
}

impl IndicatorRow {
    fn cells(&self) -> [String; WIDTH] {
        [
            self.id.clone(),
            self.priority_number.to_string(),
            self.priority.clone(),
            self.goal_number.to_string(),
            self.goal.clone(),
            self.indicator_number.to_string(),
            self.indicator.clone(),
            self.target.clone(),
            self.municipalities.clone(),
            self.scale.clone(),
            self.baseline_year.clone(),
            self.baseline_value.clone(),
            self.unit.clone(),
            self.direction.clone(),
            self.source.clone(),
            self.actions.clone(),
            self.lead.clone(),
        ]
    }
}

/// The rows of the goals-and-indicators table, in the agreement's order and
/// first language. Emphasis marks and footnote references are removed.
///
/// ```
/// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let rows = sopimus::export::indicator_rows(&valid);
/// assert_eq!(rows[0].id, "p1.g1.i1");
/// assert_eq!(rows[0].indicator, "Hyvinvointikertomus laadittu");
/// assert_eq!(rows[0].municipalities, "2/3");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn indicator_rows(agreement: &ValidatedAgreement) -> Vec<IndicatorRow> {
    rows_in(agreement, primary(agreement))
}

/// [`indicator_rows`] of the language version `options` ask for.
///
/// ```
/// use sopimus::Language;
/// use sopimus::export::{ExportOptions, indicator_rows_with};
///
/// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// assert!(indicator_rows_with(&valid, &ExportOptions::new()).is_ok());
/// // The agreement is in Finnish only.
/// assert!(indicator_rows_with(&valid, &ExportOptions::in_language(Language::Sv)).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`LanguageError`] when the agreement is not written in that language.
pub fn indicator_rows_with(
    agreement: &ValidatedAgreement,
    options: &ExportOptions,
) -> Result<Vec<IndicatorRow>, LanguageError> {
    Ok(rows_in(agreement, version(agreement, options)?))
}

fn rows_in(agreement: &ValidatedAgreement, v: Version<'_>) -> Vec<IndicatorRow> {
    let a = agreement.agreement();
    let ids = agreement.ids();
    let mut rows = Vec::new();
    for (p_index, priority) in a.priorities.iter().enumerate() {
        let priority_lead = priority
            .lead
            .as_ref()
            .map(|l| v.responsibility(l))
            .unwrap_or_default();
        for (g_index, goal) in priority.goals.iter().enumerate() {
            let lead = goal
                .lead
                .as_ref()
                .map(|l| v.responsibility(l))
                .unwrap_or_else(|| priority_lead.clone());
            let actions = goal
                .actions
                .iter()
                .map(|act| {
                    let mut line = match act.number {
                        Some(n) => format!("{n}. {}", v.plain(&act.text)),
                        None => v.plain(&act.text),
                    };
                    if let Some(l) = &act.lead {
                        line.push(' ');
                        line.push_str(&v.locale.action_lead(&v.responsibility(l)));
                    }
                    line
                })
                .collect::<Vec<_>>()
                .join("\n");
            for (i_index, indicator) in goal.indicators.iter().enumerate() {
                rows.push(IndicatorRow {
                    id: ids
                        .indicator(p_index, g_index, i_index)
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    priority_number: priority
                        .number
                        .unwrap_or(u32::try_from(p_index + 1).unwrap_or(u32::MAX)),
                    priority: v.t(&priority.title).to_owned(),
                    goal_number: g_index + 1,
                    goal: v.plain(&goal.text),
                    indicator_number: i_index + 1,
                    indicator: v.plain(&indicator.text),
                    target: v
                        .opt(indicator.target.as_ref())
                        .unwrap_or_default()
                        .to_owned(),
                    municipalities: indicator
                        .municipalities
                        .map(|s| s.to_string())
                        .unwrap_or_default(),
                    scale: indicator
                        .scale
                        .map(|[lo, hi]| format!("{lo}–{hi}"))
                        .unwrap_or_default(),
                    baseline_year: indicator
                        .baseline_year
                        .map(|y| y.to_string())
                        .unwrap_or_default(),
                    baseline_value: indicator
                        .baseline_value
                        .map(|x| v.locale.decimal(x))
                        .unwrap_or_default(),
                    unit: v
                        .opt(indicator.unit.as_ref())
                        .unwrap_or_default()
                        .to_owned(),
                    direction: indicator
                        .direction
                        .map(|d| v.locale.direction(d).to_owned())
                        .unwrap_or_default(),
                    source: indicator
                        .source
                        .as_ref()
                        .map(|s| match &s.id {
                            Some(id) => format!("{} ({id})", v.t(&s.name)),
                            None => v.t(&s.name).to_owned(),
                        })
                        .unwrap_or_default(),
                    actions: actions.clone(),
                    lead: lead.clone(),
                });
            }
        }
    }
    rows
}

/// The goals-and-indicators table as CSV (RFC 4180: comma-separated, CRLF
/// line ends, fields quoted where needed), with a UTF-8 byte-order mark so
/// that spreadsheet programs read Finnish letters right.
///
/// A cell that begins with `=`, `+`, `-` or `@` is prefixed with an
/// apostrophe, so that a spreadsheet never runs input text as a formula.
/// [`write_csv`] writes the same into any writer.
///
/// ```
/// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let csv = sopimus::export::to_csv(&valid);
/// assert!(csv.starts_with("\u{feff}Tunniste,"));
/// assert_eq!(csv.lines().count(), 3, "the headings and two indicators");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_csv(agreement: &ValidatedAgreement) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail, and the first language is always there.
    let _ = write_csv(agreement, &mut out, &ExportOptions::default());
    String::from_utf8(out).unwrap_or_default()
}

/// The goals-and-indicators table as CSV into `writer`, row by row, in the
/// language version and with the byte-order mark `options` ask for; see
/// [`to_csv`]. Rows are written as they are made, so a file, a socket or an
/// HTTP response body takes a large table without holding it twice; wrap an
/// unbuffered writer in a [`std::io::BufWriter`].
///
/// ```
/// use sopimus::export::{ExportOptions, write_csv};
///
/// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let mut out = Vec::new(); // or a `BufWriter<File>`, a socket …
/// write_csv(&valid, &mut out, &ExportOptions::new().byte_order_mark(false))?;
/// assert!(out.starts_with(b"Tunniste,"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`ExportError::Language`] when the agreement is not written in the
/// language asked for (before anything is written), [`ExportError::Output`]
/// with whatever error `writer` returns.
pub fn write_csv(
    agreement: &ValidatedAgreement,
    writer: impl Write,
    options: &ExportOptions,
) -> Result<(), ExportError> {
    let v = version(agreement, options)?;
    write_csv_rows(agreement, v, writer, options).map_err(ExportError::Output)
}

fn write_csv_rows(
    agreement: &ValidatedAgreement,
    v: Version<'_>,
    mut writer: impl Write,
    options: &ExportOptions,
) -> std::io::Result<()> {
    if options.byte_order_mark {
        writer.write_all("\u{feff}".as_bytes())?;
    }
    let mut csv = table::csv_writer(writer);
    table::write_row(&mut csv, columns_in(v))?;
    for row in rows_in(agreement, v) {
        table::write_row(&mut csv, row.cells())?;
    }
    csv.flush()
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// Writing the output file failed; nothing was left behind.
    #[error("could not write `{}`", path.display())]
    Write {
        /// The output file.
        path: PathBuf,
        /// The cause, the error's `source()`.
        #[source]
        cause: std::io::Error,
    },
    /// The language asked for is not one of the agreement's.
    #[error(transparent)]
    Language(#[from] LanguageError),
    /// Writing to the output stream failed.
    #[error("could not write the output")]
    Output(#[source] std::io::Error),
    /// A follow-up table failed (for callers that gather the agreement's
    /// and the follow-up's tables into one error); the table's error is
    /// the cause, said once.
    #[error(transparent)]
    Table(#[from] crate::follow_up::report::TableError),
    /// The spreadsheet library could not build the workbook.
    #[cfg(feature = "xlsx")]
    #[error(transparent)]
    Xlsx(#[from] SpreadsheetError),
}

/// The goals-and-indicators table as an XLSX workbook: one sheet, a bold
/// header row that stays in view, wrapped text and an autofilter.
///
/// ```
/// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let xlsx = sopimus::export::to_xlsx(&valid)?;
/// assert!(xlsx.starts_with(b"PK"), "a zip archive");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`ExportError::Xlsx`] when the workbook cannot be built.
#[cfg(feature = "xlsx")]
pub fn to_xlsx(agreement: &ValidatedAgreement) -> Result<Vec<u8>, ExportError> {
    to_xlsx_with(agreement, &ExportOptions::default())
}

/// [`to_xlsx`] of the language version `options` ask for.
///
/// ```
/// use sopimus::Language;
/// use sopimus::export::{ExportOptions, to_xlsx_with};
///
/// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// assert!(to_xlsx_with(&valid, &ExportOptions::in_language(Language::Fi)).is_ok());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`ExportError::Language`] when the agreement is not written in that
/// language, [`ExportError::Xlsx`] when the workbook cannot be built.
#[cfg(feature = "xlsx")]
pub fn to_xlsx_with(
    agreement: &ValidatedAgreement,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    use rust_xlsxwriter::{Format, FormatAlign, Workbook};

    let v = version(agreement, options)?;
    let rows = rows_in(agreement, v);
    let mut workbook = Workbook::new();
    let meta = &agreement.agreement().meta;
    workbook.set_properties(&table::xlsx_properties(v.t(&meta.title), meta.date).xlsx()?);
    let sheet = workbook.add_worksheet();
    sheet
        .set_name(v.locale.words().annexes.goals_title)
        .xlsx()?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let widths = [
        10.0, 8.0, 28.0, 8.0, 40.0, 8.0, 48.0, 16.0, 10.0, 8.0, 10.0, 10.0, 8.0, 14.0, 16.0, 40.0,
        30.0,
    ];
    let cut = v.locale.words().columns.cut;
    let titles = columns_in(v);
    for (col, (title, width)) in titles.iter().zip(widths).enumerate() {
        let col = col as u16;
        sheet.set_column_width(col, width).xlsx()?;
        sheet
            .write_string_with_format(0, col, fit_cell(title, cut), &header)
            .xlsx()?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (col, value) in row.cells().iter().enumerate() {
            let col = col as u16;
            match col {
                1 | 3 | 5 => sheet
                    .write_number_with_format(r, col, value.parse::<f64>().unwrap_or(0.0), &cell)
                    .xlsx()?,
                // Strings are written as strings, never as formulas.
                _ => sheet
                    .write_string_with_format(r, col, fit_cell(value, cut), &cell)
                    .xlsx()?,
            };
        }
    }
    sheet.set_freeze_panes(1, 0).xlsx()?;
    sheet
        .autofilter(0, 0, rows.len() as u32, WIDTH as u16 - 1)
        .xlsx()?;
    Ok(workbook.save_to_buffer().xlsx()?)
}

/// Excel's limit on the text of one cell, in UTF-16 code units.
#[cfg(feature = "xlsx")]
const XLSX_CELL_UNITS: usize = 32_767;

/// `text` as one spreadsheet cell holds it: whole, or cut where it would
/// pass Excel's limit and ended with `note`, which says so. A valid
/// agreement may have longer texts (a goal of 100 000 characters prints in
/// the PDF), and a cell's limit must not make its export fail.
#[cfg(feature = "xlsx")]
fn fit_cell<'t>(text: &'t str, note: &str) -> std::borrow::Cow<'t, str> {
    if text.encode_utf16().count() <= XLSX_CELL_UNITS {
        return std::borrow::Cow::Borrowed(text);
    }
    let room = XLSX_CELL_UNITS.saturating_sub(note.encode_utf16().count());
    let mut used = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        used += c.len_utf16();
        if used > room {
            break;
        }
        end = i + c.len_utf8();
    }
    std::borrow::Cow::Owned(format!("{}{note}", &text[..end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "xlsx")]
    #[test]
    fn a_cell_is_cut_to_excels_limit_and_says_so() {
        let note = " [cut]";
        assert_eq!(fit_cell("short", note), "short");
        let exact = "a".repeat(XLSX_CELL_UNITS);
        assert_eq!(fit_cell(&exact, note), exact.as_str());
        // Each `𝄞` is two UTF-16 units, as Excel counts.
        for long in ["a".repeat(XLSX_CELL_UNITS + 1), "𝄞".repeat(20_000)] {
            let cut = fit_cell(&long, note);
            assert!(cut.ends_with(note), "{}", &cut[cut.len() - 20..]);
            assert!(cut.encode_utf16().count() <= XLSX_CELL_UNITS);
            assert!(cut.encode_utf16().count() > XLSX_CELL_UNITS - 2);
            assert!(long.starts_with(cut.trim_end_matches(note)));
        }
    }

    #[cfg(feature = "xlsx")]
    #[test]
    fn a_spreadsheet_error_says_its_cause_once() {
        use std::error::Error;
        let cause = rust_xlsxwriter::XlsxError::IoError(std::io::Error::other("disk quota"));
        let e = ExportError::from(SpreadsheetError::new(cause));
        // The library's error is the source, not part of the message.
        assert!(!e.to_string().contains("disk quota"), "{e}");
        let cause = e.source().expect("the library's error");
        assert_eq!(
            cause.to_string().matches("disk quota").count(),
            1,
            "{cause}"
        );
    }
}
