//! The collection workbook: an XLSX file to fill in for one year, and
//! reading it back.

use std::collections::HashMap;
use std::path::Path;

use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

use crate::ids::ItemId;
use crate::language::Language;
use crate::locale::follow_up::WorkbookWords;
use crate::locale::{Locale, Version, fi};
use crate::model::{Indicator, ValueKind};
use crate::spreadsheet::XlsxResult;
use crate::validate::ValidatedAgreement;

use super::check::Value;
use super::report::TableError;
use super::table::{Cell, TableKind, measurements_from_rows, xlsx_properties};
use super::{LoadedMeasurements, Place, ReadError, ValidatedMeasurements};

/// The name of the sheet the workbook collects values on, in a Finnish
/// workbook (the locale's `WorkbookWords::sheet` in each language).
pub const SHEET_NAME: &str = fi::WORKBOOK.sheet;

/// Settings of [`workbook`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct WorkbookOptions {
    /// The year to collect values for.
    pub year: i32,
    /// The language of the workbook's words (and of the agreement's texts
    /// it shows); the agreement's first language when `None`. Must be one
    /// of the agreement's languages.
    pub language: Option<Language>,
}

impl WorkbookOptions {
    /// A workbook for `year`.
    pub fn for_year(year: i32) -> Self {
        WorkbookOptions {
            year,
            language: None,
        }
    }

    /// The language of the workbook.
    #[must_use]
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(language);
        self
    }
}

/// The widths of the sheet's columns, in the order of the locale's
/// `WorkbookWords::columns`.
const WIDTHS: [f64; 12] = [
    11.0, 16.0, 11.0, 7.0, 12.0, 22.0, 14.0, 18.0, 12.0, 30.0, 60.0, 24.0,
];

/// The column of the value, from 0.
pub(crate) const VALUE_COLUMN: u16 = 4;
/// The column of the date, from 0.
pub(crate) const DATE_COLUMN: u16 = 8;

/// A value as the workbook shows it (the words its lists offer).
fn shown(l: Locale, value: &Value) -> String {
    match value {
        Value::Number(n) => l.decimal(*n),
        Value::YesNo(yes) => l.answer_word(*yes).to_owned(),
        Value::Scale(n) | Value::Count(n) => n.to_string(),
        Value::Action(status) => l.action_word(*status).to_owned(),
    }
}

/// The collection workbook for a year: one sheet, [`SHEET_NAME`], with a row
/// per indicator and municipality (and one for the whole area, except for a
/// share of municipalities, which each municipality answers), the id, the
/// municipality and the year filled in, and an empty value cell (yellow)
/// that takes only the indicator's kind of value (Excel data validation:
/// lists for yes/no and statuses, whole numbers within a scale, 0–100 for a
/// percentage, a number otherwise), with the indicator's text, its target
/// and the latest earlier value from `previous` beside it. A second sheet,
/// `Ohje`, says how to fill it in. [`read_workbook`] reads the filled file.
/// The words are the locale's, in the language `options` ask for (the
/// sheets' names too: `Mätare` and `Anvisning` in Swedish).
///
/// ```
/// use sopimus::follow_up::{self, WorkbookOptions};
///
/// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let xlsx = follow_up::workbook(&agreement, None, &WorkbookOptions::for_year(2026))?;
/// // Read back as it is, before anyone fills it in: no value yet.
/// let read = follow_up::read_workbook(&xlsx, "mittarit-2026.xlsx".as_ref())?;
/// assert!(read.measurements.measurements.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`TableError::Mismatch`] when `previous` were checked against another
/// agreement, [`TableError::Language`] when the agreement is not written
/// in the language asked for, [`TableError::Xlsx`] when the workbook
/// cannot be built.
pub fn workbook(
    agreement: &ValidatedAgreement,
    previous: Option<&ValidatedMeasurements>,
    options: &WorkbookOptions,
) -> Result<Vec<u8>, TableError> {
    if let Some(previous) = previous {
        super::report::same_agreement(agreement, previous)?;
    }
    let a = agreement.agreement();
    let v = Version::new(a, a.meta.languages.version(options.language)?);
    let l = v.locale;
    let w = l.workbook_words();
    let year = options.year;
    let title = format!("{}: {}", l.report_sheet(year), v.t(&a.meta.title));
    let mut book = Workbook::new();
    book.set_properties(&xlsx_properties(&title, a.meta.date).xlsx()?);
    let earlier = earlier_values(previous, year);
    let formats = Formats::new();
    let sheet = book.add_worksheet();
    sheet.set_name(w.sheet).xlsx()?;
    for (col, (title, width)) in w.columns.iter().zip(WIDTHS).enumerate() {
        let col = col as u16;
        sheet.set_column_width(col, width).xlsx()?;
        sheet
            .write_string_with_format(0, col, *title, &formats.header)
            .xlsx()?;
    }
    let mut row: u32 = 1;
    for (id, _, _, indicator) in super::indicators(agreement) {
        let rows = IndicatorRows {
            agreement,
            v,
            id: &id,
            indicator,
            year,
            earlier: &earlier,
            formats: &formats,
        };
        row = rows.write(sheet, row)?;
    }
    if row > 1 {
        sheet
            .add_data_validation(
                1,
                DATE_COLUMN,
                row - 1,
                DATE_COLUMN,
                &DataValidation::new()
                    .allow_date(DataValidationRule::Between(
                        rust_xlsxwriter::ExcelDateTime::from_ymd(1900, 1, 1).xlsx()?,
                        rust_xlsxwriter::ExcelDateTime::from_ymd(9999, 12, 31).xlsx()?,
                    ))
                    .set_error_message(w.invalid_date)
                    .xlsx()?,
            )
            .xlsx()?;
    }
    sheet.set_freeze_panes(1, 1).xlsx()?;
    sheet
        .autofilter(0, 0, row.saturating_sub(1).max(1), WIDTHS.len() as u16 - 1)
        .xlsx()?;
    write_help(&mut book, w, title, &formats.wrapped)?;
    Ok(book.save_to_buffer().xlsx()?)
}

/// The latest earlier value of each indicator and municipality: the
/// latest value of `previous` before `year`, with its year.
fn earlier_values(
    previous: Option<&ValidatedMeasurements>,
    year: i32,
) -> HashMap<(&str, Option<&str>), (i32, &Value)> {
    let mut earlier: HashMap<(&str, Option<&str>), (i32, &Value)> = HashMap::new();
    if let Some(previous) = previous {
        for e in previous.entries() {
            if e.year < year {
                let key = (
                    e.indicator.as_str(),
                    e.municipality.as_ref().map(|m| m.as_str()),
                );
                if earlier.get(&key).is_none_or(|(y, _)| *y < e.year) {
                    earlier.insert(key, (e.year, &e.value));
                }
            }
        }
    }
    earlier
}

/// The cell formats of the collection sheet.
struct Formats {
    header: Format,
    info: Format,
    wrapped: Format,
    input: Format,
    input_text: Format,
    input_date: Format,
}

impl Formats {
    /// The formats: bold headings, the filled-in cells plain, the cells to
    /// fill in yellow and unlocked.
    fn new() -> Self {
        let input = Format::new()
            .set_align(FormatAlign::Top)
            .set_background_color(0xFFF2CC)
            .set_border(FormatBorder::Thin)
            .set_unlocked();
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_border_bottom(FormatBorder::Thin),
            info: Format::new().set_align(FormatAlign::Top),
            wrapped: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            input_text: input.clone().set_text_wrap(),
            input_date: input.clone().set_num_format("d.m.yyyy"),
            input,
        }
    }
}

/// The rows of one indicator on the collection sheet, and what they show.
struct IndicatorRows<'a> {
    agreement: &'a ValidatedAgreement,
    v: Version<'a>,
    id: &'a ItemId,
    indicator: &'a Indicator,
    year: i32,
    earlier: &'a HashMap<(&'a str, Option<&'a str>), (i32, &'a Value)>,
    formats: &'a Formats,
}

impl IndicatorRows<'_> {
    /// Writes a row for the whole area (unless the indicator is a share of
    /// municipalities) and one per municipality from `row` on, with the
    /// value cells' validation; returns the next free row.
    fn write(&self, sheet: &mut Worksheet, mut row: u32) -> Result<u32, TableError> {
        let (agreement, indicator, f) = (self.agreement, self.indicator, self.formats);
        let (v, l, w) = (self.v, self.v.locale, self.v.locale.workbook_words());
        let a = agreement.agreement();
        let id = self.id.as_str();
        let kind = indicator.effective_value_kind();
        let mut places: Vec<Option<usize>> = Vec::new();
        if indicator.municipalities.is_none() {
            places.push(None);
        }
        places.extend(
            super::indicator_municipalities(agreement, indicator)
                .into_iter()
                .map(Some),
        );
        let what = l.workbook_kind(
            kind,
            indicator.scale.unwrap_or([1, 5]),
            v.opt(indicator.unit.as_ref()),
        );
        let validation = value_validation(l, indicator, &what)?;
        let first = row;
        for place in places {
            let (name, key) = match place {
                Some(i) => (
                    v.t(a.parties[i].label()).to_owned(),
                    super::municipality_key(agreement, i),
                ),
                None => (w.whole_area.to_owned(), String::new()),
            };
            sheet.write_string_with_format(row, 0, id, &f.info).xlsx()?;
            sheet
                .write_string_with_format(row, 1, &name, &f.info)
                .xlsx()?;
            sheet
                .write_string_with_format(row, 2, &key, &f.info)
                .xlsx()?;
            sheet
                .write_number_with_format(row, 3, f64::from(self.year), &f.info)
                .xlsx()?;
            sheet.write_blank(row, VALUE_COLUMN, &f.input).xlsx()?;
            sheet
                .write_string_with_format(row, 5, &what, &f.info)
                .xlsx()?;
            let party = place.map(|i| a.parties[i].id.as_str());
            if let Some((y, value)) = self.earlier.get(&(id, party)) {
                sheet
                    .write_string_with_format(row, 6, format!("{} ({y})", shown(l, value)), &f.info)
                    .xlsx()?;
            }
            sheet.write_blank(row, 7, &f.input_text).xlsx()?;
            sheet.write_blank(row, DATE_COLUMN, &f.input_date).xlsx()?;
            sheet.write_blank(row, 9, &f.input_text).xlsx()?;
            sheet
                .write_string_with_format(row, 10, v.plain(&indicator.text), &f.wrapped)
                .xlsx()?;
            if let Some(target) = v.opt(indicator.target.as_ref()) {
                sheet
                    .write_string_with_format(row, 11, target, &f.wrapped)
                    .xlsx()?;
            }
            row += 1;
        }
        if row > first {
            sheet
                .add_data_validation(first, VALUE_COLUMN, row - 1, VALUE_COLUMN, &validation)
                .xlsx()?;
        }
        Ok(row)
    }
}

/// The data validation of an indicator's value cells: the values its kind
/// takes, and the message shown for others.
fn value_validation(
    l: Locale,
    indicator: &Indicator,
    what: &str,
) -> Result<DataValidation, TableError> {
    let w = l.workbook_words();
    let validation = match indicator.effective_value_kind() {
        ValueKind::YesNo => DataValidation::new()
            .allow_list_strings(&[l.answer_word(true), l.answer_word(false)])
            .xlsx()?,
        ValueKind::ActionStatus => DataValidation::new()
            .allow_list_strings(&l.workbook_statuses())
            .xlsx()?,
        ValueKind::Scale => {
            let [lo, hi] = indicator.scale.unwrap_or([1, 5]);
            let lo = i32::try_from(lo).unwrap_or(i32::MAX);
            let hi = i32::try_from(hi).unwrap_or(i32::MAX);
            DataValidation::new().allow_whole_number(DataValidationRule::Between(lo, hi))
        }
        ValueKind::Percentage => {
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(0.0, 100.0))
        }
        _ => DataValidation::new().allow_decimal_number(DataValidationRule::Between(-1e15, 1e15)),
    };
    Ok(validation
        .set_error_title(w.invalid_value)
        .xlsx()?
        .set_error_message(w.takes.replace("{kind}", what))
        .xlsx()?)
}

/// Adds the sheet that says how to fill in the workbook, under `title`.
fn write_help(
    book: &mut Workbook,
    w: &WorkbookWords,
    title: String,
    wrapped: &Format,
) -> Result<(), TableError> {
    let help = book.add_worksheet();
    help.set_name(w.help_sheet).xlsx()?;
    help.set_column_width(0, 100).xlsx()?;
    let mut lines = vec![title, String::new()];
    lines.extend(w.help.iter().map(|line| line.replace("{sheet}", w.sheet)));
    lines.push(format!(
        "{}: sopimus follow-up check {}.toml {}.xlsx",
        w.check, w.agreement_file, w.this_file
    ));
    for (r, line) in lines.iter().enumerate() {
        help.write_string_with_format(r as u32, 0, line, wrapped)
            .xlsx()?;
    }
    Ok(())
}

/// Reads measurements back from a filled collection workbook, or from any
/// XLSX workbook whose sheet [`SHEET_NAME`] (else its first sheet) is a long
/// table with a header row (see the [module docs](super)). Every value keeps
/// its cell (`Mittarit!E7`) for findings.
///
/// ```
/// use sopimus::follow_up::{self, WorkbookOptions};
///
/// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let xlsx = follow_up::workbook(&agreement, None, &WorkbookOptions::for_year(2026))?;
/// let read = follow_up::read_workbook(&xlsx, "mittarit-2026.xlsx".as_ref())?;
/// // Not a workbook: an error naming the file.
/// let e = follow_up::read_workbook(b"not a zip", "x.xlsx".as_ref()).unwrap_err();
/// assert!(e.to_string().contains("x.xlsx"), "{e}");
/// # let _ = read;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`ReadError`] when the file is not an XLSX workbook (or a damaged one),
/// or no header row is found.
pub fn read_workbook(bytes: &[u8], path: &Path) -> Result<LoadedMeasurements, ReadError> {
    let syntax = |place: Place, message: String| ReadError::Syntax {
        path: path.to_owned(),
        place,
        message,
    };
    let sheets = super::xlsx_read::read(bytes).map_err(|m| syntax(Place::File, m))?;
    let sheet = sheets
        .iter()
        .find(|s| {
            [fi::WORKBOOK.sheet, crate::locale::sv::WORKBOOK.sheet].contains(&s.name.as_str())
        })
        .or_else(|| sheets.first())
        .ok_or_else(|| syntax(Place::File, "the workbook has no sheets".to_owned()))?;
    // The header is the first row (of the first 20) that names an
    // indicator and a value column.
    let mut rows: std::collections::BTreeMap<u32, Vec<Cell>> = std::collections::BTreeMap::new();
    for ((r, c), cell) in &sheet.cells {
        if *c as usize >= super::limits::COLUMNS {
            continue;
        }
        let row = rows.entry(*r).or_default();
        if row.len() <= *c as usize {
            row.resize(*c as usize + 1, Cell::Empty);
        }
        row[*c as usize] = cell.clone();
    }
    let names = |cells: &[Cell]| -> Vec<super::Field> {
        cells
            .iter()
            .filter_map(|c| match c {
                Cell::Text(t) => super::table::field_of_heading(t),
                _ => None,
            })
            .collect()
    };
    let header_row = rows
        .iter()
        .take(20)
        .find(|(_, cells)| {
            let n = names(cells);
            n.contains(&super::Field::Indicator) && n.contains(&super::Field::Value)
        })
        .map(|(r, _)| *r)
        .ok_or_else(|| {
            syntax(
                Place::Cell {
                    sheet: sheet.name.clone(),
                    cell: "A1".to_owned(),
                },
                format!(
                    "no header row names the columns `{}` (indicator) and `{}` (value); the sheet needs a header row as in the collection workbook",
                    fi::WORKBOOK.columns[0],
                    fi::WORKBOOK.columns[4]
                ),
            )
        })?;
    let header = rows.remove(&header_row).unwrap_or_default();
    let body: Vec<(usize, Vec<Cell>)> = rows
        .into_iter()
        .filter(|(r, _)| *r > header_row)
        .map(|(r, cells)| (r as usize + 1, cells))
        .collect();
    measurements_from_rows(
        path,
        TableKind::Sheet(&sheet.name),
        header_row as usize + 1,
        &header,
        body,
    )
}
