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
            Cell::Number(n) => Some(crate::locale::fi::decimal(*n).replace(',', ".")),
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
        _ => return workbook_field(h),
    })
}

/// The field a heading of the collection workbook names, in any of its
/// languages.
fn workbook_field(heading: &str) -> Option<Field> {
    // The columns of the locale's `WorkbookWords::columns` that are fields.
    const FIELDS: [(usize, Field); 7] = [
        (0, Field::Indicator),
        (2, Field::Municipality),
        (3, Field::Year),
        (4, Field::Value),
        (7, Field::Source),
        (8, Field::Date),
        (9, Field::Note),
    ];
    [&crate::locale::fi::WORKBOOK, &crate::locale::sv::WORKBOOK]
        .into_iter()
        .flat_map(|w| FIELDS.iter().map(move |(i, f)| (w.columns[*i], *f)))
        .find(|(column, _)| column.to_lowercase() == heading)
        .map(|(_, f)| f)
}

/// A cell of a sheet by its row (from 1) and column (from 0), as
/// spreadsheets name it (`E7`); without a column, the whole row (`7:7`).
pub(crate) fn cell_name(row: u32, column: Option<u32>) -> String {
    // Sheets are read only with the `xlsx` feature, whose writer names
    // columns.
    #[cfg(feature = "xlsx")]
    if let Some(c) = column {
        // Excel's last column is XFD (16 383 from 0).
        let c = u16::try_from(c).map_or(16_383, |c| c.min(16_383));
        return rust_xlsxwriter::utility::row_col_to_cell(row.saturating_sub(1), c);
    }
    #[cfg(not(feature = "xlsx"))]
    let _ = column;
    format!("{row}:{row}")
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
    let columns = header_columns(path, &kind, header_at, header)?;
    let mut loaded = LoadedMeasurements {
        path: path.to_owned(),
        measurements: Measurements::default(),
        source: None,
        findings: Vec::new(),
    };
    for (line, cells) in rows {
        let row = Row {
            columns: &columns,
            cells: &cells,
        };
        read_row(&mut loaded, path, row, origin_of(&kind, &columns, line))?;
    }
    Ok(loaded)
}

/// The place of the header's cell in `column`, or of the whole header.
fn header_place(kind: &TableKind<'_>, header_at: usize, column: Option<usize>) -> Place {
    match kind {
        TableKind::Csv => Place::Csv {
            line: header_at,
            column: column.map(|c| (c + 1, String::new())),
        },
        TableKind::Sheet(sheet) => Place::Cell {
            sheet: (*sheet).to_owned(),
            cell: cell_name(
                u32::try_from(header_at).unwrap_or(u32::MAX),
                column.map(|c| u32::try_from(c).unwrap_or(u32::MAX)),
            ),
        },
    }
}

/// The field of each column the header names, with the column (from 0);
/// an error when a field is named twice or a required one is missing.
fn header_columns(
    path: &Path,
    kind: &TableKind<'_>,
    header_at: usize,
    header: &[Cell],
) -> Result<Vec<(Field, usize)>, ReadError> {
    let mut columns: Vec<(Field, usize)> = Vec::new();
    for (c, cell) in header.iter().enumerate() {
        let Some(text) = cell.text() else { continue };
        if let Some(field) = field_of_heading(&text) {
            if columns.iter().any(|(f, _)| *f == field) {
                return Err(ReadError::Syntax {
                    path: path.to_owned(),
                    place: header_place(kind, header_at, Some(c)),
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
                place: header_place(kind, header_at, None),
                message: format!(
                    "the header has no `{}` column; the columns are indicator, year, municipality, value, source, date and note",
                    required.key()
                ),
            });
        }
    }
    Ok(columns)
}

/// Where the row at `line` (a CSV line or a sheet's row) is, with its
/// fields' columns.
fn origin_of(kind: &TableKind<'_>, columns: &[(Field, usize)], line: usize) -> Origin {
    match kind {
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
    }
}

/// The cell a missing column or a short row gives.
static EMPTY_CELL: Cell = Cell::Empty;

/// One row of a table, with the header's columns.
#[derive(Clone, Copy)]
struct Row<'r> {
    columns: &'r [(Field, usize)],
    cells: &'r [Cell],
}

impl<'r> Row<'r> {
    /// The cell of `field`; empty when there is no such column or cell.
    fn get(self, field: Field) -> &'r Cell {
        self.columns
            .iter()
            .find(|(f, _)| *f == field)
            .and_then(|(_, c)| self.cells.get(*c))
            .unwrap_or(&EMPTY_CELL)
    }

    /// For a row without a value, the warning that it has a source, a date
    /// or a note all the same.
    fn without_value(self) -> Option<Message> {
        let filled: Vec<Word> = [
            (Field::Source, Word::ASource),
            (Field::Date, Word::ADate),
            (Field::Note, Word::ANote),
        ]
        .into_iter()
        .filter(|(f, _)| !self.get(*f).is_empty())
        .map(|(_, w)| w)
        .collect();
        (!filled.is_empty()).then_some(Message::MeasurementRowWithoutValue { filled })
    }

    /// The row's year, or the finding that it has none or an unreadable one.
    fn year(self) -> Result<i32, Message> {
        let year = match self.get(Field::Year) {
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e6 => Some(*n as i32),
            Cell::Text(t) => t.trim().parse::<i32>().ok(),
            _ => None,
        };
        year.ok_or_else(|| {
            let shown = self.get(Field::Year).text().unwrap_or_default();
            if shown.is_empty() {
                Message::MeasurementRowWithoutYear {}
            } else {
                Message::MeasurementYearUnreadable { text: shown }
            }
        })
    }

    /// The row's value as read.
    fn value(self) -> RawValue {
        match self.get(Field::Value) {
            Cell::Number(n) => RawValue::Number(*n),
            Cell::Bool(b) => RawValue::Bool(*b),
            other => RawValue::Text(other.text().unwrap_or_default()),
        }
    }

    /// The row's date, if any, or the finding that it cannot be read.
    fn date(self) -> Result<Option<Date>, Message> {
        match self.get(Field::Date) {
            Cell::Date(d) => Ok(Some(*d)),
            Cell::Empty => Ok(None),
            other => {
                let text = other.text().unwrap_or_default();
                match text.parse::<Date>() {
                    Ok(d) => Ok(Some(d)),
                    Err(_) if text.is_empty() => Ok(None),
                    Err(_) => Err(Message::MeasurementDateUnreadable { text }),
                }
            }
        }
    }
}

/// Reads one row into `loaded`: a measurement, or findings, or nothing
/// for a row without a value; an error past the limit of values.
fn read_row(
    loaded: &mut LoadedMeasurements,
    path: &Path,
    row: Row<'_>,
    origin: Origin,
) -> Result<(), ReadError> {
    let place = |field: Field| origin.place(0, field);
    let mut finding = |severity, field: Field, detail: Message| {
        loaded
            .findings
            .push(super::finding(severity, path, place(field), detail));
    };
    if row.get(Field::Value).is_empty() {
        if let Some(detail) = row.without_value() {
            finding(Severity::Warning, Field::Value, detail);
        }
        return Ok(());
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
    let Some(indicator) = row.get(Field::Indicator).text() else {
        finding(
            Severity::Error,
            Field::Indicator,
            Message::MeasurementRowWithoutIndicator {},
        );
        return Ok(());
    };
    let year = match row.year() {
        Ok(year) => year,
        Err(detail) => {
            finding(Severity::Error, Field::Year, detail);
            return Ok(());
        }
    };
    let value = row.value();
    let date = row.date().unwrap_or_else(|detail| {
        finding(Severity::Error, Field::Date, detail);
        None
    });
    loaded.measurements.measurements.push(Measurement {
        indicator: ItemId::from(indicator),
        year,
        municipality: row.get(Field::Municipality).text(),
        value,
        source: row.get(Field::Source).text(),
        date,
        note: row.get(Field::Note).text().map(crate::text::Text::from),
        origin: super::Provenance(origin),
    });
    Ok(())
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
    let (separator, records) = parse_csv_separated(bytes, path)?;
    let mut records = records.into_iter();
    let Some((header_at, header)) = records.next() else {
        return Err(ReadError::Syntax {
            path: path.to_owned(),
            place: Place::File,
            message: "the file is empty; it needs a header row and a row per value".to_owned(),
        });
    };
    let (rows, found) = other_separator_rows(path, separator, header.len(), records);
    let header: Vec<Cell> = header.into_iter().map(Cell::Text).collect();
    let rows = rows
        .into_iter()
        .map(|(line, fields)| (line, fields.into_iter().map(Cell::Text).collect()))
        .collect();
    let mut loaded = measurements_from_rows(path, TableKind::Csv, header_at, &header, rows)?;
    // In the order of the lines, with the rows' own findings.
    let mut all: Vec<(usize, _)> = loaded
        .findings
        .drain(..)
        .map(|f| match f.at.place {
            Place::Csv { line, .. } => (line, f),
            _ => (0, f),
        })
        .chain(found)
        .collect();
    all.sort_by_key(|(line, _)| *line);
    loaded.findings = all.into_iter().map(|(_, f)| f).collect();
    Ok(loaded)
}

/// The rows written with the other separator than the header's, each a
/// `measurement-row-separator` finding with its line, and the other rows.
/// Such a row is one long first field: it would read as a row without a
/// value (or of no indicator) and be skipped without a word (issue 20).
pub(crate) fn other_separator_rows(
    path: &Path,
    separator: u8,
    header_len: usize,
    records: impl IntoIterator<Item = (usize, Vec<String>)>,
) -> (Records, Vec<(usize, super::MeasurementFinding)>) {
    let other = if separator == b';' { ',' } else { ';' };
    let (unreadable, rows): (Vec<_>, Vec<_>) = records.into_iter().partition(|(_, fields)| {
        fields.len() < header_len && fields.iter().any(|f| f.contains(other))
    });
    let found = unreadable
        .into_iter()
        .map(|(line, _)| {
            let place = Place::Csv { line, column: None };
            let detail = Message::MeasurementRowSeparator {
                found: other.to_string(),
                header: char::from(separator).to_string(),
            };
            (line, super::finding(Severity::Error, path, place, detail))
        })
        .collect();
    (rows, found)
}

/// Line breaks as `\n` alone: a line may end in `\r\n` (Windows), `\r`
/// (old Macs, some exports) or `\n`, and a quoted field may hold any of
/// them, which a note keeps as `\n`.
fn unix_lines(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        text.into()
    }
}

/// The records of a CSV text, each with the line it starts on.
type Records = Vec<(usize, Vec<String>)>;

/// The records of a CSV text with the line each starts on, blank lines left
/// out, and the separator: `;` when the first line has more of them than
/// commas.
pub(crate) fn parse_csv_separated(bytes: &[u8], path: &Path) -> Result<(u8, Records), ReadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
        ReadError::Syntax {
            path: path.to_owned(),
            place: Place::Csv {
                line: unix_lines(valid).matches('\n').count() + 1,
                column: None,
            },
            message: "the file is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)"
                .to_owned(),
        }
    })?;
    let text = unix_lines(text);
    let mut text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // Lines that begin with `#` before the header are comments.
    let mut skipped = 0usize;
    while text.starts_with('#') {
        match text.find('\n') {
            Some(end) => {
                text = &text[end + 1..];
                skipped += 1;
            }
            None => text = "",
        }
    }
    let first = text.lines().next().unwrap_or("");
    let separator = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    // A quote left open runs to the end of the input: a line of its own
    // after the text is read as a record of its own only when every quote
    // is closed.
    const END: &str = "end";
    let input = std::io::Read::chain(text.as_bytes(), &b"\nend"[..]);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(input);
    let syntax = |line: usize, column: Option<usize>, message: String| ReadError::Syntax {
        path: path.to_owned(),
        place: Place::Csv {
            line,
            column: column.map(|c| (c, String::new())),
        },
        message,
    };
    let mut read: Vec<(usize, csv::StringRecord)> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(1, |p| p.line() as usize);
            syntax(
                skipped + line,
                None,
                format!("the file cannot be read as CSV ({e})"),
            )
        })?;
        // The reader's position is where it began to look for the record:
        // the blank lines it skipped first are not yet counted.
        let position = record
            .position()
            .cloned()
            .unwrap_or_else(csv::Position::new);
        let from = usize::try_from(position.byte()).map_or(text.len(), |b| b.min(text.len()));
        let blank = text[from..]
            .bytes()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .filter(|b| *b == b'\n')
            .count();
        let line = skipped + usize::try_from(position.line()).unwrap_or(usize::MAX) + blank;
        if record.len() > limits::COLUMNS {
            return Err(syntax(
                line,
                None,
                format!("more than {} columns", limits::COLUMNS),
            ));
        }
        read.push((line, record));
    }
    match read.pop() {
        Some((_, end)) if end.len() == 1 && &end[0] == END => {}
        open => {
            let (line, column) = open.map_or((skipped + 1, 1), |(l, r)| (l, r.len()));
            return Err(syntax(
                line,
                Some(column),
                "a quoted field is not closed; add the closing `\"`".to_owned(),
            ));
        }
    }
    let records = read
        .into_iter()
        .filter(|(_, record)| record.iter().any(|f| !f.trim().is_empty()))
        .map(|(line, record)| (line, record.iter().map(str::to_owned).collect()))
        .collect();
    Ok((separator, records))
}

/// A cell as written to a CSV file: one that a spreadsheet would run as a
/// formula (`=`, `+`, `-` or `@` first) gets an apostrophe before it.
pub(crate) fn defuse_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A CSV writer of the tables this crate writes: comma-separated, CRLF line
/// ends, fields quoted where needed (RFC 4180). Write each record with
/// [`write_row`].
pub(crate) fn csv_writer<W: std::io::Write>(writer: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(writer)
}

/// Writes one row of cells, each with a formula-looking start defused.
pub(crate) fn write_row<W: std::io::Write, S: AsRef<str>>(
    writer: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = S>,
) -> std::io::Result<()> {
    writer.write_record(
        cells
            .into_iter()
            .map(|c| defuse_formula(c.as_ref()).into_owned()),
    )?;
    Ok(())
}

/// The properties of a spreadsheet this crate writes: its title, and a
/// creation date from the data (never the clock), so that the same input
/// gives the same file.
#[cfg(feature = "xlsx")]
pub(crate) fn xlsx_properties(
    title: impl Into<String>,
    created: Date,
) -> Result<rust_xlsxwriter::DocProperties, rust_xlsxwriter::XlsxError> {
    let created = rust_xlsxwriter::ExcelDateTime::from_ymd(
        u16::try_from(created.year()).unwrap_or(2000),
        u8::try_from(created.month()).unwrap_or(1),
        u8::try_from(created.day()).unwrap_or(1),
    )?;
    Ok(rust_xlsxwriter::DocProperties::new()
        .set_title(title)
        .set_creation_datetime(&created))
}
