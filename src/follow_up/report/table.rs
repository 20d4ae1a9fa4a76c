//! The report's table as CSV and XLSX.

use crate::language::LanguageError;
use crate::locale::Version;
#[cfg(feature = "xlsx")]
use crate::spreadsheet::XlsxResult;
use crate::validate::ValidatedAgreement;

use super::super::table;
use super::super::{FollowUpOptions, ValidatedMeasurements};
#[cfg(feature = "xlsx")]
use super::report_date;
use super::{ReportRow, report_year, rows_in, shown_years, version};

/// The column headings of the report's table for these years.
fn headings(v: Version<'_>, years: &[i32]) -> Vec<String> {
    let w = v.locale.words();
    let f = &w.follow_up;
    let mut h = vec![
        w.columns.id.to_owned(),
        format!("{} {}", w.annexes.priority_heading, w.columns.number),
        w.annexes.priority_heading.to_owned(),
        w.annexes.goal_heading.to_owned(),
        f.indicator.to_owned(),
        f.kind.to_owned(),
        w.columns.target.to_owned(),
        f.baseline.to_owned(),
    ];
    h.extend(years.iter().map(ToString::to_string));
    h.push(f.status.to_owned());
    h.push(f.reason.to_owned());
    h
}

fn cells(v: Version<'_>, row: &ReportRow) -> Vec<String> {
    let mut c = vec![
        row.id.clone(),
        row.priority_number.to_string(),
        row.priority.clone(),
        row.goal.clone(),
        row.indicator.clone(),
        row.kind.clone(),
        row.target.clone(),
        row.baseline.clone(),
    ];
    c.extend(row.values.iter().map(|(_, v)| v.clone()));
    // A value with nothing to compare it with is not assessed, not "no data".
    let valued = row.values.last().is_some_and(|(_, x)| !x.is_empty());
    c.push(v.locale.status_of_value(row.status, valued).to_owned());
    c.push(row.reason.clone());
    c
}

/// The report's table as CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting, no
/// cell that a spreadsheet would run as a formula).
///
/// ```
/// use sopimus::follow_up::{self, FollowUpOptions};
///
/// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let loaded = follow_up::load("examples/kanta-hame-2026-seuranta.toml")?;
/// let measurements = follow_up::check(&agreement, vec![loaded])?;
/// let csv = follow_up::report::to_csv(&agreement, &measurements, &FollowUpOptions::default())?;
/// assert!(csv.starts_with('\u{feff}'), "a BOM for spreadsheets");
/// assert_eq!(csv.lines().count(), 1 + 13, "a header and a row per indicator");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`TableError::Mismatch`] when the measurements were checked against
/// another agreement, [`TableError::Language`] when the agreement is not
/// written in the language asked for.
pub fn to_csv(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Result<String, TableError> {
    same_agreement(agreement, measurements)?;
    let v = version(agreement, options)?;
    let year = report_year(agreement, measurements, options);
    let mut out = "\u{feff}".as_bytes().to_vec();
    let mut csv = table::csv_writer(&mut out);
    // Writing to memory cannot fail.
    let _ = table::write_row(&mut csv, headings(v, &shown_years(measurements, year)));
    for row in rows_in(v, agreement, measurements, options) {
        let _ = table::write_row(&mut csv, cells(v, &row));
    }
    let _ = csv.flush();
    drop(csv);
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// Why the report's rows, its view data, its table or the collection
/// workbook could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TableError {
    /// The language asked for is not one of the agreement's.
    #[error(transparent)]
    Language(#[from] LanguageError),
    /// The measurements were checked against another agreement (other
    /// indicators or parties), as [`ValidatedMeasurements::checked_against`]
    /// tells: their values would fill this agreement's indicators.
    #[error("{}", MISMATCH)]
    Mismatch,
    /// The spreadsheet library could not build the workbook.
    #[cfg(feature = "xlsx")]
    #[error(transparent)]
    Xlsx(#[from] crate::spreadsheet::SpreadsheetError),
}

/// What [`TableError::Mismatch`] says, and the renderer's refusal of the
/// same measurements with it.
pub(crate) const MISMATCH: &str = "the measurements were checked against another agreement (other indicators or parties); check them against this one";

/// [`TableError::Mismatch`] unless `measurements` were checked against
/// `agreement`.
pub(crate) fn same_agreement(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
) -> Result<(), TableError> {
    if measurements.checked_against(agreement) {
        Ok(())
    } else {
        Err(TableError::Mismatch)
    }
}

/// The report's table as an XLSX workbook (feature `xlsx`).
///
/// ```
/// use sopimus::follow_up::{self, FollowUpOptions};
///
/// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let loaded = follow_up::load("examples/kanta-hame-2026-seuranta.toml")?;
/// let measurements = follow_up::check(&agreement, vec![loaded])?;
/// let xlsx = follow_up::report::to_xlsx(&agreement, &measurements, &FollowUpOptions::default())?;
/// assert!(xlsx.starts_with(b"PK"), "a zip archive");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`TableError::Mismatch`] when the measurements were checked against
/// another agreement, [`TableError::Language`] when the agreement is not
/// written in the language asked for, [`TableError::Xlsx`] when the
/// workbook cannot be built.
#[cfg(feature = "xlsx")]
pub fn to_xlsx(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Result<Vec<u8>, TableError> {
    use rust_xlsxwriter::{Format, FormatAlign, Workbook};
    same_agreement(agreement, measurements)?;
    let v = version(agreement, options)?;
    let year = report_year(agreement, measurements, options);
    let years = shown_years(measurements, year);
    let date = report_date(measurements, year, options);
    let mut book = Workbook::new();
    let title = format!(
        "{}: {}",
        v.locale.report_heading(year),
        v.t(&agreement.agreement().meta.title)
    );
    book.set_properties(&table::xlsx_properties(title, date).xlsx()?);
    let sheet = book.add_worksheet();
    sheet.set_name(v.locale.report_sheet(year)).xlsx()?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let titles = headings(v, &years);
    for (c, title) in titles.iter().enumerate() {
        let c = c as u16;
        let width = match c {
            2..=4 => 40.0,
            _ => 14.0,
        };
        sheet.set_column_width(c, width).xlsx()?;
        sheet
            .write_string_with_format(0, c, title, &header)
            .xlsx()?;
    }
    let all = rows_in(v, agreement, measurements, options);
    for (r, row) in all.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, value) in cells(v, row).iter().enumerate() {
            let c = c as u16;
            if c == 1 {
                sheet
                    .write_number_with_format(r, c, f64::from(row.priority_number), &cell)
                    .xlsx()?;
            } else {
                // Strings are written as strings, never as formulas.
                sheet.write_string_with_format(r, c, value, &cell).xlsx()?;
            }
        }
    }
    sheet.set_freeze_panes(1, 1).xlsx()?;
    sheet
        .autofilter(0, 0, all.len() as u32, titles.len() as u16 - 1)
        .xlsx()?;
    Ok(book.save_to_buffer().xlsx()?)
}
