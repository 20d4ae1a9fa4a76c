//! Statistics import: figures downloaded from THL's indicator bank
//! (Sotkanet) or Statistics Finland, mapped to the agreement's indicators.
//!
//! The input is a **long CSV table** with a header row and four columns:
//!
//! | column | what |
//! |---|---|
//! | `source_id` | the indicator's id in the source, matched to an indicator's `source = { id = "…" }` |
//! | `region` | a municipality code (three digits, matched to a party's `municipality_code`), or a code given as the whole area's (`ImportOptions::area_codes`) |
//! | `year` | the year |
//! | `value` | the value; a decimal comma or point |
//!
//! Commas or semicolons separate the fields (the header tells which); the
//! Finnish headings `indikaattori`, `alue`, `vuosi` and `arvo` work too.
//! Rows of other indicators or other regions (a download for all of
//! Finland) are skipped and counted; an empty value, `..` or `-` (Sotkanet's
//! "no figure") is skipped too; a row separated otherwise than the header
//! is an error at its line. Every row used becomes a [`Measurement`]
//! with the indicator's source name as its source, and the CSV line as its
//! place, so that checking points into the statistics file.

use std::path::Path;

use serde::Serialize;

use crate::ids::ItemId;
use crate::model::Indicator;
use crate::validate::ValidatedAgreement;

use super::table::{other_separator_rows, parse_csv_separated};
use super::{
    Field, LoadedMeasurements, Measurement, Measurements, Origin, Place, RawValue, ReadError,
    limits,
};

/// Settings of [`import_statistics`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ImportOptions {
    /// Region codes that stand for the whole area of the agreement (e.g. the
    /// wellbeing services county's code in the source).
    pub area_codes: Vec<String>,
}

impl ImportOptions {
    /// Options with these codes for the whole area.
    pub fn with_area_codes(codes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        ImportOptions {
            area_codes: codes.into_iter().map(Into::into).collect(),
        }
    }
}

/// What an import used and skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ImportSummary {
    /// Data rows read.
    pub rows: usize,
    /// Measurements made (a row counts once per indicator with its source id).
    pub used: usize,
    /// Rows whose source id no indicator has.
    pub other_indicators: usize,
    /// Rows of regions that are neither a party's municipality code nor an
    /// area code.
    pub other_regions: usize,
    /// Rows without a figure (empty, `..`, `-`).
    pub no_figure: usize,
}

fn column_of(heading: &str) -> Option<usize> {
    match heading
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .as_str()
    {
        "source_id" | "indikaattori" => Some(0),
        "region" | "alue" => Some(1),
        "year" | "vuosi" => Some(2),
        "value" | "arvo" => Some(3),
        _ => None,
    }
}

/// Maps a long CSV of statistics to measurements of the agreement's
/// indicators. Check the result with [`super::check`] like any other
/// measurements.
///
/// The CSV has a header row and the columns `source_id` (matched to an
/// indicator's `source = { id = "…" }`), `region` (a municipality code, or
/// one of [`ImportOptions::area_codes`] for the whole area), `year` and
/// `value` (a decimal comma or point), separated by commas or semicolons;
/// the Finnish headings `indikaattori`, `alue`, `vuosi` and `arvo` work too.
/// Rows of other indicators or regions, and empty values (`..`, `-`), are
/// skipped and counted; a row separated with the other separator than the
/// header's is an error at its line (`measurement-row-separator`), which
/// [`super::check`] reports.
///
/// # Errors
///
/// [`ReadError`] when the text is not CSV, a column is missing, or a year is
/// not a year.
pub fn import_statistics(
    agreement: &ValidatedAgreement,
    bytes: &[u8],
    path: &Path,
    options: &ImportOptions,
) -> Result<(LoadedMeasurements, ImportSummary), ReadError> {
    let (separator, records) = parse_csv_separated(bytes, path)?;
    let mut records = records.into_iter();
    let syntax = |place: Place, message: String| ReadError::Syntax {
        path: path.to_owned(),
        place,
        message,
    };
    let Some((header_line, header)) = records.next() else {
        return Err(syntax(
            Place::File,
            "the file is empty; it needs the header `source_id,region,year,value` and a row per figure".to_owned(),
        ));
    };
    let at = header_columns(&header).map_err(|m| {
        syntax(
            Place::Csv {
                line: header_line,
                column: None,
            },
            m,
        )
    })?;
    // A row written with the other separator is an error at its line, not
    // a row of another indicator (issue 20).
    let (records, unreadable) = other_separator_rows(path, separator, header.len(), records);
    let indicators = super::indicators(agreement);
    let mut summary = ImportSummary::default();
    let mut loaded = LoadedMeasurements {
        path: path.to_owned(),
        measurements: Measurements::default(),
        source: None,
        findings: unreadable.into_iter().map(|(_, f)| f).collect(),
    };
    summary.rows = loaded.findings.len();
    for (line, fields) in records {
        summary.rows += 1;
        let get = |k: usize| fields.get(at[k]).map_or("", |s| s.trim());
        let matching = matching_indicators(&indicators, get(0));
        if matching.is_empty() {
            summary.other_indicators += 1;
            continue;
        }
        let Some(municipality) = region_municipality(agreement, options, get(1)) else {
            summary.other_regions += 1;
            continue;
        };
        let value = get(3);
        if value.is_empty() || value == ".." || value == "-" {
            summary.no_figure += 1;
            continue;
        }
        let year: i32 = get(2).parse().map_err(|_| {
            syntax(
                Place::Csv {
                    line,
                    column: Some((at[2] + 1, "year".to_owned())),
                },
                format!(
                    "`{}` is not a year; write it as four digits, e.g. `2027`",
                    get(2).escape_debug()
                ),
            )
        })?;
        if loaded.measurements.measurements.len() + matching.len() > limits::MEASUREMENTS {
            return Err(syntax(
                Place::Csv { line, column: None },
                format!(
                    "more than {} figures; check that this is the right file",
                    limits::MEASUREMENTS
                ),
            ));
        }
        for (id, indicator) in matching {
            summary.used += 1;
            loaded.measurements.measurements.push(Measurement {
                indicator: id.clone(),
                year,
                municipality: municipality.clone(),
                value: RawValue::Text(value.to_owned()),
                source: indicator.source.as_ref().map(|s| s.name.to_string()),
                date: None,
                note: None,
                origin: super::Provenance(figure_origin(line, &at)),
            });
        }
    }
    Ok((loaded, summary))
}

/// The column (from 0) of each of `source_id`, `region`, `year` and
/// `value` in the header; the message of the first one missing.
fn header_columns(header: &[String]) -> Result<[usize; 4], String> {
    let mut columns = [None; 4];
    for (c, heading) in header.iter().enumerate() {
        if let Some(k) = column_of(heading) {
            columns[k] = Some(c);
        }
    }
    let names = ["source_id", "region", "year", "value"];
    let mut at = [0usize; 4];
    for (k, column) in columns.iter().enumerate() {
        match column {
            Some(c) => at[k] = *c,
            None => {
                return Err(format!(
                    "the header has no `{}` column; statistics are read from the columns source_id, region, year and value",
                    names[k]
                ));
            }
        }
    }
    Ok(at)
}

/// The indicators whose source id is `source_id`, with their ids.
fn matching_indicators<'a>(
    indicators: &'a [(ItemId, usize, usize, &'a Indicator)],
    source_id: &str,
) -> Vec<(&'a ItemId, &'a Indicator)> {
    indicators
        .iter()
        .filter(|(_, _, _, ind)| {
            ind.source
                .as_ref()
                .and_then(|s| s.id.as_deref())
                .is_some_and(|id| id.trim() == source_id)
        })
        .map(|(id, _, _, ind)| (id, *ind))
        .collect()
}

/// The municipality a region code stands for: `Some(None)` for the whole
/// area, `Some(key)` for a party's municipality code, `None` for another
/// region.
fn region_municipality(
    agreement: &ValidatedAgreement,
    options: &ImportOptions,
    region: &str,
) -> Option<Option<String>> {
    if options.area_codes.iter().any(|c| c.trim() == region) {
        return Some(None);
    }
    agreement
        .municipality_codes()
        .iter()
        .position(|c| c.as_ref().is_some_and(|c| c.as_str() == region))
        .map(|i| Some(super::municipality_key(agreement, i)))
}

/// Where a figure is: its CSV line, with the columns of its fields.
fn figure_origin(line: usize, at: &[usize; 4]) -> Origin {
    Origin::Csv {
        line,
        columns: vec![
            (Field::Indicator, at[0] + 1),
            (Field::Municipality, at[1] + 1),
            (Field::Year, at[2] + 1),
            (Field::Value, at[3] + 1),
        ],
    }
}
