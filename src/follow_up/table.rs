//! The long table: measurements as rows of a CSV file or a sheet.

use std::path::Path;

use crate::diagnostic::{Message, Word};
use crate::ids::{Date, ItemId};
use crate::validate::Severity;

use super::{
    Field, LoadedMeasurements, Measurement, Measurements, Origin, Place, RawValue, ReadError,
    limits,
};

/// One cell of a table as read. A CSV has text only; the typed cells come
/// from a workbook (feature `xlsx`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(feature = "xlsx"), allow(dead_code))]
pub(crate) enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A spreadsheet cell formatted as a date.
    Date(Date),
}

impl Cell {
    fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    fn text(&self) -> Option<String> {
        match self {
            Cell::Empty => None,
            Cell::Text(t) => Some(t.trim().to_owned()).filter(|t| !t.is_empty()),
            Cell::Number(n) => Some(crate::finnish::decimal(*n).replace(',', ".")),
            Cell::Bool(b) => Some(b.to_string()),
            Cell::Date(d) => Some(d.to_string()),
        }
    }
}

/// The field a column heading names, in English (the TOML keys) or in the
/// Finnish of the collection workbook.
pub(crate) fn field_of_heading(heading: &str) -> Option<Field> {
    let h = heading.trim().to_lowercase();
    let h = h.trim_start_matches('\u{feff}');
    Some(match h {
        "indicator" | "tunniste" | "mittarin tunniste" => Field::Indicator,
        "year" | "vuosi" => Field::Year,
        "municipality" | "kuntanumero" | "kunta-tunniste" => Field::Municipality,
        "value" | "arvo" => Field::Value,
        "source" | "lähde" => Field::Source,
        "date" | "päivämäärä" | "tiedon päivämäärä" => Field::Date,
        "note" | "huomio" => Field::Note,
        _ => return None,
    })
}

/// Where a table's rows are: a CSV file or a sheet (feature `xlsx`).
#[cfg_attr(not(feature = "xlsx"), allow(dead_code))]
pub(crate) enum TableKind<'a> {
    Csv,
    Sheet(&'a str),
}

/// Turns a header and rows into measurements. `rows` are `(line or row
/// number, cells)`; `header_at` is the header's line or row number.
pub(crate) fn measurements_from_rows(
    path: &Path,
    kind: TableKind<'_>,
    header_at: usize,
    header: &[Cell],
    rows: Vec<(usize, Vec<Cell>)>,
) -> Result<LoadedMeasurements, ReadError> {
    let header_place = |column: Option<usize>| match &kind {
        TableKind::Csv => Place::Csv {
            line: header_at,
            column: column.map(|c| (c + 1, String::new())),
        },
        TableKind::Sheet(sheet) => Place::Cell {
            sheet: (*sheet).to_owned(),
            cell: match column {
                Some(c) => format!(
                    "{}{header_at}",
                    super::column_letters(u32::try_from(c).unwrap_or(u32::MAX))
                ),
                None => format!("{header_at}:{header_at}"),
            },
        },
    };
    let mut columns: Vec<(Field, usize)> = Vec::new();
    for (c, cell) in header.iter().enumerate() {
        let Some(text) = cell.text() else { continue };
        if let Some(field) = field_of_heading(&text) {
            if columns.iter().any(|(f, _)| *f == field) {
                return Err(ReadError::Syntax {
                    path: path.to_owned(),
                    place: header_place(Some(c)),
                    message: format!(
                        "the column `{text}` is given twice; keep one column for the {}",
                        field.key()
                    ),
                });
            }
            columns.push((field, c));
        }
    }
    for required in [Field::Indicator, Field::Year, Field::Value] {
        if !columns.iter().any(|(f, _)| *f == required) {
            return Err(ReadError::Syntax {
                path: path.to_owned(),
                place: header_place(None),
                message: format!(
                    "the header has no `{}` column; the columns are indicator, year, municipality, value, source, date and note",
                    required.key()
                ),
            });
        }
    }
    let origin_of = |line: usize| match &kind {
        TableKind::Csv => Origin::Csv {
            line,
            columns: columns.iter().map(|(f, c)| (*f, c + 1)).collect(),
        },
        TableKind::Sheet(sheet) => Origin::Sheet {
            sheet: (*sheet).to_owned(),
            row: u32::try_from(line).unwrap_or(u32::MAX),
            columns: columns
                .iter()
                .map(|(f, c)| (*f, u32::try_from(*c).unwrap_or(u32::MAX)))
                .collect(),
        },
    };
    let mut loaded = LoadedMeasurements {
        path: path.to_owned(),
        measurements: Measurements::default(),
        source: None,
        origins: Vec::new(),
        findings: Vec::new(),
    };
    let empty = Cell::Empty;
    for (line, cells) in rows {
        let get = |field: Field| -> &Cell {
            columns
                .iter()
                .find(|(f, _)| *f == field)
                .and_then(|(_, c)| cells.get(*c))
                .unwrap_or(&empty)
        };
        let origin = origin_of(line);
        // The place of a field of this row, before it is a measurement.
        let place = |field: Field| {
            let probe = LoadedMeasurements {
                path: path.to_owned(),
                measurements: Measurements::default(),
                source: None,
                origins: vec![origin.clone()],
                findings: Vec::new(),
            };
            probe.place(0, field)
        };
        let mut finding = |severity, field: Field, detail: Message| {
            loaded
                .findings
                .push(super::finding(severity, path, place(field), detail));
        };
        if get(Field::Value).is_empty() {
            let filled: Vec<Word> = [
                (Field::Source, Word::ASource),
                (Field::Date, Word::ADate),
                (Field::Note, Word::ANote),
            ]
            .into_iter()
            .filter(|(f, _)| !get(*f).is_empty())
            .map(|(_, w)| w)
            .collect();
            if !filled.is_empty() {
                finding(
                    Severity::Warning,
                    Field::Value,
                    Message::MeasurementRowWithoutValue { filled },
                );
            }
            continue;
        }
        if loaded.measurements.measurements.len() >= limits::MEASUREMENTS {
            return Err(ReadError::Syntax {
                path: path.to_owned(),
                place: place(Field::Row),
                message: format!(
                    "more than {} values; check that this is the right file",
                    limits::MEASUREMENTS
                ),
            });
        }
        let Some(indicator) = get(Field::Indicator).text() else {
            finding(
                Severity::Error,
                Field::Indicator,
                Message::MeasurementRowWithoutIndicator {},
            );
            continue;
        };
        let year = match get(Field::Year) {
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e6 => Some(*n as i32),
            Cell::Text(t) => t.trim().parse::<i32>().ok(),
            _ => None,
        };
        let Some(year) = year else {
            let shown = get(Field::Year).text().unwrap_or_default();
            finding(
                Severity::Error,
                Field::Year,
                if shown.is_empty() {
                    Message::MeasurementRowWithoutYear {}
                } else {
                    Message::MeasurementYearUnreadable { text: shown }
                },
            );
            continue;
        };
        let value = match get(Field::Value) {
            Cell::Number(n) => RawValue::Number(*n),
            Cell::Bool(b) => RawValue::Bool(*b),
            other => RawValue::Text(other.text().unwrap_or_default()),
        };
        let date = match get(Field::Date) {
            Cell::Date(d) => Some(*d),
            Cell::Empty => None,
            other => {
                let text = other.text().unwrap_or_default();
                match text.parse::<Date>() {
                    Ok(d) => Some(d),
                    Err(_) if text.is_empty() => None,
                    Err(_) => {
                        finding(
                            Severity::Error,
                            Field::Date,
                            Message::MeasurementDateUnreadable { text },
                        );
                        None
                    }
                }
            }
        };
        loaded.measurements.measurements.push(Measurement {
            indicator: ItemId::from(indicator),
            year,
            municipality: get(Field::Municipality).text(),
            value,
            source: get(Field::Source).text(),
            date,
            note: get(Field::Note).text(),
        });
        loaded.origins.push(origin);
    }
    Ok(loaded)
}

/// Reads measurements from a long CSV table: a header row, then a row per
/// value (see the [module docs](super)). Commas or semicolons separate the
/// fields (the header tells which), fields may be quoted as in RFC 4180, a
/// byte-order mark is skipped, and so are lines that begin with `#` before
/// the header (comments). `path` names the file in messages.
///
/// # Errors
///
/// [`ReadError`] when the text is not UTF-8, a quote is not closed, or the
/// header lacks a required column.
pub fn read_csv(bytes: &[u8], path: &Path) -> Result<LoadedMeasurements, ReadError> {
    let records = parse_csv(bytes, path)?;
    let mut records = records.into_iter();
    let Some((header_at, header)) = records.next() else {
        return Err(ReadError::Syntax {
            path: path.to_owned(),
            place: Place::File,
            message: "the file is empty; it needs a header row and a row per value".to_owned(),
        });
    };
    let header: Vec<Cell> = header.into_iter().map(Cell::Text).collect();
    let rows = records
        .map(|(line, fields)| (line, fields.into_iter().map(Cell::Text).collect()))
        .collect();
    measurements_from_rows(path, TableKind::Csv, header_at, &header, rows)
}

/// The records of a CSV text with the line each starts on, blank lines left
/// out. The separator is `;` when the first line has more of them than
/// commas.
pub(crate) fn parse_csv(bytes: &[u8], path: &Path) -> Result<Vec<(usize, Vec<String>)>, ReadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
        ReadError::Syntax {
            path: path.to_owned(),
            place: Place::Csv {
                line: valid.matches('\n').count() + 1,
                column: None,
            },
            message: "the file is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)"
                .to_owned(),
        }
    })?;
    let mut text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Lines that begin with `#` before the header are comments.
    let mut line = 1usize;
    while text.starts_with('#') {
        match text.find('\n') {
            Some(end) => {
                text = &text[end + 1..];
                line += 1;
            }
            None => text = "",
        }
    }
    let first = text.lines().next().unwrap_or("");
    let separator = if first.matches(';').count() > first.matches(',').count() {
        ';'
    } else {
        ','
    };
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut start = line;
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            c if c == separator => {
                fields.push(std::mem::take(&mut field));
                at_field_start = true;
                if fields.len() > limits::COLUMNS {
                    return Err(ReadError::Syntax {
                        path: path.to_owned(),
                        place: Place::Csv { line, column: None },
                        message: format!("more than {} columns", limits::COLUMNS),
                    });
                }
            }
            '\r' => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                if fields.iter().any(|f| !f.trim().is_empty()) {
                    records.push((start, std::mem::take(&mut fields)));
                } else {
                    fields.clear();
                }
                line += 1;
                start = line;
                at_field_start = true;
            }
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if quoted {
        return Err(ReadError::Syntax {
            path: path.to_owned(),
            place: Place::Csv {
                line: start,
                column: Some((fields.len() + 1, String::new())),
            },
            message: "a quoted field is not closed; add the closing `\"`".to_owned(),
        });
    }
    fields.push(field);
    if fields.iter().any(|f| !f.trim().is_empty()) {
        records.push((start, fields));
    }
    Ok(records)
}

/// A CSV field, quoted when needed, with a formula-looking start defused.
pub(crate) fn csv_line(cells: &[String]) -> String {
    let mut line = cells
        .iter()
        .map(|c| crate::export::csv_field(c))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}
