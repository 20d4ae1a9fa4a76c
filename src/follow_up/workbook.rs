//! The collection workbook: an XLSX file to fill in for one year, and
//! reading it back.

use std::collections::HashMap;
use std::path::Path;

use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, Workbook,
};

use crate::export::ExportError;
use crate::model::ValueKind;
use crate::validate::ValidatedAgreement;

use super::check::{ActionStatus, Value};
use super::table::{Cell, TableKind, measurements_from_rows};
use super::{LoadedMeasurements, Place, ReadError, ValidatedMeasurements};

/// The name of the sheet the workbook collects values on.
pub const SHEET_NAME: &str = "Mittarit";

/// Settings of [`workbook`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct WorkbookOptions {
    /// The year to collect values for.
    pub year: i32,
}

impl WorkbookOptions {
    /// A workbook for `year`.
    pub fn for_year(year: i32) -> Self {
        WorkbookOptions { year }
    }
}

/// The columns of the sheet, in order: the heading, the width, and whether
/// it is filled in (the rest tell what to fill in).
const COLUMNS: [(&str, f64, bool); 12] = [
    ("Tunniste", 11.0, false),
    ("Kunta", 16.0, false),
    ("Kuntanumero", 11.0, false),
    ("Vuosi", 7.0, false),
    ("Arvo", 12.0, true),
    ("Arvon tyyppi", 22.0, false),
    ("Edellinen arvo", 14.0, false),
    ("Lähde", 18.0, true),
    ("Tiedon päivämäärä", 12.0, true),
    ("Huomio", 30.0, true),
    ("Mittari", 60.0, false),
    ("Tavoitetaso", 24.0, false),
];

/// The column of the value, from 0.
pub(crate) const VALUE_COLUMN: u16 = 4;
/// The column of the date, from 0.
pub(crate) const DATE_COLUMN: u16 = 8;

/// A value as the workbook shows it (the words its lists offer).
fn shown(value: &Value) -> String {
    match value {
        Value::Number(n) => crate::finnish::decimal(*n),
        Value::YesNo(true) => "kyllä".to_owned(),
        Value::YesNo(false) => "ei".to_owned(),
        Value::Scale(n) | Value::Count(n) => n.to_string(),
        Value::Action(ActionStatus::NotStarted) => "ei aloitettu".to_owned(),
        Value::Action(ActionStatus::InProgress) => "käynnissä".to_owned(),
        Value::Action(ActionStatus::Done) => "valmis".to_owned(),
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
///
/// # Errors
///
/// [`ExportError::Xlsx`] when the workbook cannot be built.
pub fn workbook(
    agreement: &ValidatedAgreement,
    previous: Option<&ValidatedMeasurements>,
    options: &WorkbookOptions,
) -> Result<Vec<u8>, ExportError> {
    let a = agreement.agreement();
    let year = options.year;
    let mut book = Workbook::new();
    let date = a.meta.date;
    let created = rust_xlsxwriter::ExcelDateTime::from_ymd(
        u16::try_from(date.year()).unwrap_or(2000),
        u8::try_from(date.month()).unwrap_or(1),
        u8::try_from(date.day()).unwrap_or(1),
    )?;
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_title(format!("Seuranta {year}: {}", a.meta.title))
            .set_creation_datetime(&created),
    );
    // The latest earlier value of each indicator and municipality.
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
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border_bottom(FormatBorder::Thin);
    let info = Format::new().set_align(FormatAlign::Top);
    let wrapped = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let input = Format::new()
        .set_align(FormatAlign::Top)
        .set_background_color(0xFFF2CC)
        .set_border(FormatBorder::Thin)
        .set_unlocked();
    let input_text = input.clone().set_text_wrap();
    let input_date = input.clone().set_num_format("d.m.yyyy");
    let sheet = book.add_worksheet();
    sheet.set_name(SHEET_NAME)?;
    for (col, (title, width, _)) in COLUMNS.iter().enumerate() {
        let col = col as u16;
        sheet.set_column_width(col, *width)?;
        let title = if col == 6 {
            format!("{title} (vuosi)")
        } else {
            (*title).to_owned()
        };
        sheet.write_string_with_format(0, col, &title, &header)?;
    }
    let mut row: u32 = 1;
    for (id, _, _, indicator) in super::indicators(agreement) {
        let kind = indicator.effective_value_kind();
        let share = indicator.municipalities;
        let mut places: Vec<Option<usize>> = Vec::new();
        if share.is_none() {
            places.push(None);
        }
        places.extend(
            super::indicator_municipalities(agreement, indicator)
                .into_iter()
                .map(Some),
        );
        let (what, validation) = match kind {
            ValueKind::YesNo => (
                "kyllä / ei".to_owned(),
                DataValidation::new().allow_list_strings(&["kyllä", "ei"])?,
            ),
            ValueKind::ActionStatus => (
                "ei aloitettu / käynnissä / valmis".to_owned(),
                DataValidation::new().allow_list_strings(&[
                    "ei aloitettu",
                    "käynnissä",
                    "valmis",
                ])?,
            ),
            ValueKind::Scale => {
                let [lo, hi] = indicator.scale.unwrap_or([1, 5]);
                let lo = i32::try_from(lo).unwrap_or(i32::MAX);
                let hi = i32::try_from(hi).unwrap_or(i32::MAX);
                (
                    format!("asteikko {lo}–{hi}"),
                    DataValidation::new().allow_whole_number(DataValidationRule::Between(lo, hi)),
                )
            }
            ValueKind::Percentage => (
                "prosentti 0–100".to_owned(),
                DataValidation::new().allow_decimal_number(DataValidationRule::Between(0.0, 100.0)),
            ),
            _ => (
                match indicator.unit.as_ref().map(|u| u.as_str()) {
                    Some(unit) => format!("luku ({unit})"),
                    None => "luku".to_owned(),
                },
                DataValidation::new()
                    .allow_decimal_number(DataValidationRule::Between(-1e15, 1e15)),
            ),
        };
        let validation = validation
            .set_error_title("Arvo ei kelpaa")?
            .set_error_message(format!("Tämä mittari ottaa arvon: {what}."))?;
        let first = row;
        for place in places {
            let (name, key) = match place {
                Some(i) => (
                    a.parties[i].label().as_str().to_owned(),
                    super::municipality_key(agreement, i),
                ),
                None => ("Koko alue".to_owned(), String::new()),
            };
            sheet.write_string_with_format(row, 0, id.as_str(), &info)?;
            sheet.write_string_with_format(row, 1, &name, &info)?;
            sheet.write_string_with_format(row, 2, &key, &info)?;
            sheet.write_number_with_format(row, 3, f64::from(year), &info)?;
            sheet.write_blank(row, VALUE_COLUMN, &input)?;
            sheet.write_string_with_format(row, 5, &what, &info)?;
            let party = place.map(|i| a.parties[i].id.as_str());
            if let Some((y, value)) = earlier.get(&(id.as_str(), party)) {
                sheet.write_string_with_format(row, 6, format!("{} ({y})", shown(value)), &info)?;
            }
            sheet.write_blank(row, 7, &input_text)?;
            sheet.write_blank(row, DATE_COLUMN, &input_date)?;
            sheet.write_blank(row, 9, &input_text)?;
            sheet.write_string_with_format(row, 10, indicator.text.plain(), &wrapped)?;
            if let Some(target) = &indicator.target {
                sheet.write_string_with_format(row, 11, target.as_str(), &wrapped)?;
            }
            row += 1;
        }
        if row > first {
            sheet.add_data_validation(first, VALUE_COLUMN, row - 1, VALUE_COLUMN, &validation)?;
        }
    }
    if row > 1 {
        sheet.add_data_validation(
            1,
            DATE_COLUMN,
            row - 1,
            DATE_COLUMN,
            &DataValidation::new()
                .allow_date(DataValidationRule::Between(
                    rust_xlsxwriter::ExcelDateTime::from_ymd(1900, 1, 1)?,
                    rust_xlsxwriter::ExcelDateTime::from_ymd(9999, 12, 31)?,
                ))
                .set_error_message("Kirjoita päivämäärä, esim. 31.3.2027.")?,
        )?;
    }
    sheet.set_freeze_panes(1, 1)?;
    sheet.autofilter(0, 0, row.saturating_sub(1).max(1), COLUMNS.len() as u16 - 1)?;
    let help = book.add_worksheet();
    help.set_name("Ohje")?;
    help.set_column_width(0, 100)?;
    let lines = [
        format!("Seuranta {year}: {}", a.meta.title),
        String::new(),
        format!(
            "Täytä välilehden {SHEET_NAME} keltaiset solut: Arvo ja, jos tiedossa, Lähde, Tiedon päivämäärä ja Huomio."
        ),
        "Rivi, jonka Arvo on tyhjä, jätetään pois. Älä muuta sarakkeita Tunniste, Kuntanumero ja Vuosi: niillä arvo yhdistetään sopimuksen mittariin.".to_owned(),
        "Arvon tyyppi kertoo, millaisen arvon mittari ottaa: luku (desimaalipilkku käy), prosentti 0–100, asteikon kokonaisluku, kyllä / ei tai toimenpiteen tila (ei aloitettu / käynnissä / valmis).".to_owned(),
        "Rivi Koko alue on koko sopimusalueen arvo; kuntakohtaiset rivit ovat kunkin kunnan arvoja. Kuntaosuuksissa (X/N) kukin kunta vastaa omalla rivillään.".to_owned(),
        "Tarkista täytetty tiedosto: sopimus follow-up check SOPIMUS.toml TÄMÄ.xlsx".to_owned(),
    ];
    for (r, line) in lines.iter().enumerate() {
        help.write_string_with_format(r as u32, 0, line, &wrapped)?;
    }
    Ok(book.save_to_buffer()?)
}

/// Reads measurements back from a filled collection workbook, or from any
/// XLSX workbook whose sheet [`SHEET_NAME`] (else its first sheet) is a long
/// table with a header row (see the [module docs](super)). Every value keeps
/// its cell (`Mittarit!E7`) for findings.
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
        .find(|s| s.name == SHEET_NAME)
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
                "no header row names the columns `Tunniste` (indicator) and `Arvo` (value); the sheet needs a header row as in the collection workbook".to_owned(),
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
