//! A small reader of XLSX workbooks: the cells of each sheet, as values.
//!
//! Enough of Office Open XML for a filled-in table: the sheet names, shared
//! and inline strings, numbers, booleans, formula results and which cells
//! are formatted as dates. Every part is unpacked with a size limit, so a
//! zip bomb fails with a message instead of filling memory.

use std::collections::{BTreeMap, HashMap, HashSet};

use quick_xml::events::{BytesStart, Event};

use super::limits;
use super::table::Cell;

/// A sheet: its name and its cells by (row, column), both from 0.
pub(crate) struct Sheet {
    pub(crate) name: String,
    pub(crate) cells: BTreeMap<(u32, u32), Cell>,
}

/// The package being read, with what has been unpacked from it so far:
/// each part is read at most once and all of them together within
/// [`crate::limits::XLSX_UNPACKED_TOTAL_BYTES`].
struct Zip<'a> {
    archive: zip::ZipArchive<std::io::Cursor<&'a [u8]>>,
    read: HashSet<String>,
    unpacked: u64,
}

/// A part of the package, unpacked with the size limits; `None` when the
/// package has no such part.
fn part(zip: &mut Zip<'_>, name: &str) -> Result<Option<Vec<u8>>, String> {
    let file = match zip.archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("the part `{name}` cannot be read ({e})")),
    };
    if !zip.read.insert(name.to_owned()) {
        return Err(format!(
            "the part `{name}` is used more than once (a workbook reads each part at most once); check that this is the right file"
        ));
    }
    let total = crate::limits::XLSX_UNPACKED_TOTAL_BYTES;
    let left = total.saturating_sub(zip.unpacked);
    let bytes = crate::limits::read_at_most(file, limits::UNPACKED_BYTES.min(left))
        .map_err(|e| format!("the part `{name}` cannot be unpacked ({e})"))?
        .ok_or_else(|| {
            if left < limits::UNPACKED_BYTES {
                format!(
                    "the parts of the workbook unpack to more than {total} bytes together; check that this is the right file"
                )
            } else {
                format!(
                    "the part `{name}` unpacks to more than {} bytes; check that this is the right file",
                    limits::UNPACKED_BYTES
                )
            }
        })?;
    zip.unpacked += bytes.len() as u64;
    Ok(Some(bytes))
}

fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Explicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The text of an entity reference: `&amp;`, `&#228;`.
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let code = name.strip_prefix('#')?;
            let n = match code.strip_prefix('x').or_else(|| code.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => code.parse().ok()?,
            };
            char::from_u32(n)
        }
    }
}

/// Walks an XML part, calling `on` for every event with the text of text
/// events already joined with their entity references.
fn walk(bytes: &[u8], mut on: impl FnMut(XmlEvent<'_>)) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => on(XmlEvent::Start(&e, false)),
            Ok(Event::Empty(e)) => on(XmlEvent::Start(&e, true)),
            Ok(Event::End(e)) => on(XmlEvent::End(e.local_name().as_ref())),
            Ok(Event::Text(t)) => on(XmlEvent::Text(&t.xml10_content())),
            Ok(Event::CData(t)) => on(XmlEvent::Text(&t)),
            Ok(Event::GeneralRef(r)) => {
                if let Some(c) = entity(&r) {
                    on(XmlEvent::Text(c.encode_utf8(&mut [0; 4])));
                }
            }
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(e) => {
                return Err(format!(
                    "its XML is malformed at byte {} ({e})",
                    reader.buffer_position()
                ));
            }
        }
        buf.clear();
    }
}

enum XmlEvent<'e> {
    /// An element's start; `true` when it is empty (`<c/>`).
    Start(&'e BytesStart<'e>, bool),
    End(&'e str),
    Text(&'e str),
}

/// The row and column (from 0) of a reference such as `E7`.
fn cell_ref(r: &str) -> Option<(u32, u32)> {
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let mut col: u32 = 0;
    for c in letters.chars() {
        if !c.is_ascii_uppercase() {
            return None;
        }
        col = col * 26 + (c as u32 - 'A' as u32 + 1);
    }
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, col - 1))
}

/// Whether an Excel number format shows a date.
fn is_date_format(id: u32, custom: &HashMap<u32, String>) -> bool {
    if (14..=22).contains(&id) || (45..=47).contains(&id) {
        return true;
    }
    let Some(code) = custom.get(&id) else {
        return false;
    };
    // Ignore quoted text and bracketed colours or conditions.
    let mut plain = String::new();
    let mut quoted = false;
    let mut bracket = false;
    for c in code.chars() {
        match c {
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            c if !quoted && !bracket => plain.push(c.to_ascii_lowercase()),
            _ => {}
        }
    }
    plain.contains('d') || plain.contains('y') || (plain.contains('m') && !plain.contains('0'))
}

/// The date of an Excel serial number (the 1900 date system).
fn excel_date(serial: f64) -> Option<crate::Date> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let date = base.checked_add_days(chrono::Days::new(serial.floor() as u64))?;
    Some(crate::Date::from(date))
}

/// Reads every sheet of a workbook.
pub(crate) fn read(bytes: &[u8]) -> Result<Vec<Sheet>, String> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| "it is not an XLSX workbook (not a zip package)".to_owned())?;
    let mut zip = Zip {
        archive,
        read: HashSet::new(),
        unpacked: 0,
    };
    // Characters of cell text taken from shared strings so far, in all sheets.
    let mut expanded: u64 = 0;
    let sheets = sheet_ids(&mut zip)?;
    let targets = sheet_targets(&mut zip)?;
    let shared = shared_strings(&mut zip)?;
    let date_styles = date_styles(&mut zip)?;
    let mut out = Vec::new();
    for (name, id) in sheets {
        let Some(target) = targets.get(&id) else {
            continue;
        };
        let Some(xml) = part(&mut zip, target)? else {
            continue;
        };
        let cells = sheet_cells(&xml, &name, &shared, &date_styles, &mut expanded)?;
        out.push(Sheet { name, cells });
    }
    Ok(out)
}

/// The name and relationship id of each sheet, from `xl/workbook.xml`.
fn sheet_ids(zip: &mut Zip<'_>) -> Result<Vec<(String, String)>, String> {
    let workbook = part(zip, "xl/workbook.xml")?
        .ok_or_else(|| "it is not an XLSX workbook (no `xl/workbook.xml`)".to_owned())?;
    let mut sheets: Vec<(String, String)> = Vec::new();
    walk(&workbook, |e| {
        if let XmlEvent::Start(e, _) = e
            && e.local_name().as_ref() == "sheet"
            && let (Some(name), Some(id)) = (attr(e, "name"), attr(e, "id"))
        {
            sheets.push((name, id));
        }
    })
    .map_err(|m| format!("`xl/workbook.xml`: {m}"))?;
    Ok(sheets)
}

/// The part each relationship id of the workbook points to.
fn sheet_targets(zip: &mut Zip<'_>) -> Result<HashMap<String, String>, String> {
    let mut targets: HashMap<String, String> = HashMap::new();
    if let Some(rels) = part(zip, "xl/_rels/workbook.xml.rels")? {
        walk(&rels, |e| {
            if let XmlEvent::Start(e, _) = e
                && e.local_name().as_ref() == "Relationship"
                && let (Some(id), Some(target)) = (attr(e, "Id"), attr(e, "Target"))
            {
                let target = match target.strip_prefix('/') {
                    Some(absolute) => absolute.to_owned(),
                    None => format!("xl/{target}"),
                };
                targets.insert(id, target);
            }
        })
        .map_err(|m| format!("`xl/_rels/workbook.xml.rels`: {m}"))?;
    }
    Ok(targets)
}

/// The shared strings, phonetic guides left out.
fn shared_strings(zip: &mut Zip<'_>) -> Result<Vec<String>, String> {
    let mut shared: Vec<String> = Vec::new();
    if let Some(strings) = part(zip, "xl/sharedStrings.xml")? {
        let mut current: Option<String> = None;
        let mut in_t = false;
        let mut in_phonetic = false;
        walk(&strings, |e| match e {
            XmlEvent::Start(e, empty) => match e.local_name().as_ref() {
                "si" if empty => shared.push(String::new()),
                "si" => current = Some(String::new()),
                "t" if !empty => in_t = true,
                "rPh" if !empty => in_phonetic = true,
                _ => {}
            },
            XmlEvent::End(name) => match name {
                "si" => shared.push(current.take().unwrap_or_default()),
                "t" => in_t = false,
                "rPh" => in_phonetic = false,
                _ => {}
            },
            XmlEvent::Text(t) => {
                if in_t
                    && !in_phonetic
                    && let Some(s) = current.as_mut()
                {
                    s.push_str(t);
                }
            }
        })
        .map_err(|m| format!("`xl/sharedStrings.xml`: {m}"))?;
    }
    Ok(shared)
}

/// For each cell style, whether its number format shows a date.
fn date_styles(zip: &mut Zip<'_>) -> Result<Vec<bool>, String> {
    let mut date_styles: Vec<bool> = Vec::new();
    if let Some(styles) = part(zip, "xl/styles.xml")? {
        let mut custom: HashMap<u32, String> = HashMap::new();
        let mut formats: Vec<u32> = Vec::new();
        let mut in_xfs = false;
        walk(&styles, |e| match e {
            XmlEvent::Start(e, empty) => match e.local_name().as_ref() {
                "numFmt" => {
                    if let (Some(id), Some(code)) = (
                        attr(e, "numFmtId").and_then(|i| i.parse().ok()),
                        attr(e, "formatCode"),
                    ) {
                        custom.insert(id, code);
                    }
                }
                "cellXfs" if !empty => in_xfs = true,
                "xf" if in_xfs => formats.push(
                    attr(e, "numFmtId")
                        .and_then(|i| i.parse().ok())
                        .unwrap_or(0),
                ),
                _ => {}
            },
            XmlEvent::End("cellXfs") => in_xfs = false,
            _ => {}
        })
        .map_err(|m| format!("`xl/styles.xml`: {m}"))?;
        date_styles = formats
            .iter()
            .map(|id| is_date_format(*id, &custom))
            .collect();
    }
    Ok(date_styles)
}

/// The cells of the sheet `name` that have something in them; an error
/// when there are more than a measurements table can have.
fn sheet_cells(
    xml: &[u8],
    name: &str,
    shared: &[String],
    date_styles: &[bool],
    expanded: &mut u64,
) -> Result<BTreeMap<(u32, u32), Cell>, String> {
    let mut cells = BTreeMap::new();
    let mut at: Option<(u32, u32)> = None;
    let mut kind = String::new();
    let mut style = 0usize;
    let mut text = String::new();
    let mut in_value = false;
    let mut in_inline = false;
    let mut next_row: u32 = 0;
    let mut next_col: u32 = 0;
    let mut too_many = false;
    let mut has_formula = false;
    let mut has_value = false;
    // The first cell that cannot be read, and why; reading stops there.
    let mut unreadable: Option<String> = None;
    let sheet = name;
    walk(xml, |e| match e {
        XmlEvent::Start(e, empty) => match e.local_name().as_ref() {
            "row" => {
                next_row = attr(e, "r")
                    .and_then(|r| r.parse::<u32>().ok())
                    .and_then(|r| r.checked_sub(1))
                    .unwrap_or(next_row);
                next_col = 0;
                if empty {
                    next_row = next_row.saturating_add(1);
                }
            }
            "c" => {
                let place = attr(e, "r")
                    .and_then(|r| cell_ref(&r))
                    .unwrap_or((next_row, next_col));
                next_col = place.1.saturating_add(1);
                kind = attr(e, "t").unwrap_or_default();
                style = attr(e, "s").and_then(|s| s.parse().ok()).unwrap_or(0);
                text.clear();
                has_formula = false;
                has_value = false;
                at = if empty { None } else { Some(place) };
            }
            "f" => has_formula = true,
            "v" if !empty => {
                in_value = true;
                has_value = true;
            }
            "is" if !empty => in_inline = true,
            _ => {}
        },
        XmlEvent::End(name) => match name {
            "v" => in_value = false,
            "is" => in_inline = false,
            "row" => next_row = next_row.saturating_add(1),
            "c" => {
                let Some(place) = at.take() else { return };
                if too_many || unreadable.is_some() {
                    return;
                }
                if cells.len() >= limits::MEASUREMENTS * 16 {
                    too_many = true;
                    return;
                }
                let cell_name = || super::table::cell_name(place.0 + 1, Some(place.1));
                if has_formula && !has_value {
                    unreadable = Some(format!(
                        "the cell `{sheet}!{}` has a formula but no saved result; open the workbook in a spreadsheet program, let it calculate and save it",
                        cell_name()
                    ));
                    return;
                }
                if kind == "s" {
                    let index = text.trim().parse::<usize>().ok();
                    match index.and_then(|i| shared.get(i)) {
                        None => {
                            unreadable = Some(format!(
                                "the cell `{sheet}!{}` points at shared string `{}`, but the workbook has {} shared strings; check that this is the right file",
                                cell_name(),
                                text.trim(),
                                shared.len()
                            ));
                            return;
                        }
                        Some(s) => {
                            *expanded += s.chars().count() as u64;
                            if *expanded > crate::limits::XLSX_SHARED_TEXT_CHARS {
                                unreadable = Some(format!(
                                    "the cells take more than {} characters of text from shared strings (at `{sheet}!{}`); check that this is the right file",
                                    crate::limits::XLSX_SHARED_TEXT_CHARS,
                                    cell_name()
                                ));
                                return;
                            }
                        }
                    }
                }
                let cell = cell_value(&kind, &text, style, shared, date_styles);
                if cell != Cell::Empty {
                    cells.insert(place, cell);
                }
            }
            _ => {}
        },
        XmlEvent::Text(t) => {
            if in_value || in_inline {
                text.push_str(t);
            }
        }
    })
    .map_err(|m| format!("the sheet `{name}`: {m}"))?;
    if let Some(m) = unreadable {
        return Err(m);
    }
    if too_many {
        return Err(format!(
            "the sheet `{name}` has more cells than a measurements table can; check that this is the right file"
        ));
    }
    Ok(cells)
}

/// A cell's value from its type (`t`), its text, and its style (`s`).
fn cell_value(
    kind: &str,
    text: &str,
    style: usize,
    shared: &[String],
    date_styles: &[bool],
) -> Cell {
    match kind {
        "s" => text
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(|i| shared.get(i))
            .map_or(Cell::Empty, |s| Cell::Text(s.clone())),
        "inlineStr" | "str" => Cell::Text(text.to_owned()),
        "b" => Cell::Bool(text.trim() == "1"),
        "e" => Cell::Text(text.to_owned()),
        "d" => text
            .trim()
            .get(..10)
            .and_then(|d| d.parse::<crate::Date>().ok())
            .map_or_else(|| Cell::Text(text.to_owned()), Cell::Date),
        _ => match text.trim().parse::<f64>() {
            Ok(n) if date_styles.get(style).copied().unwrap_or(false) => {
                excel_date(n).map_or(Cell::Number(n), Cell::Date)
            }
            // Digits a double cannot hold stay as written, for checking to
            // refuse rather than round (issue 20).
            Ok(_) if crate::limits::whole_part_beyond_exact(text) => {
                Cell::Text(text.trim().to_owned())
            }
            Ok(n) => Cell::Number(n),
            Err(_) if text.trim().is_empty() => Cell::Empty,
            Err(_) => Cell::Text(text.to_owned()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references() {
        assert_eq!(cell_ref("A1"), Some((0, 0)));
        assert_eq!(cell_ref("E7"), Some((6, 4)));
        assert_eq!(cell_ref("AA10"), Some((9, 26)));
        assert_eq!(cell_ref("A0"), None);
        assert_eq!(cell_ref("7"), None);
        assert_eq!(super::super::table::cell_name(10, Some(26)), "AA10");
        assert_eq!(super::super::table::cell_name(7, Some(4)), "E7");
        assert_eq!(super::super::table::cell_name(7, None), "7:7");
    }

    #[test]
    fn date_formats() {
        let mut custom = HashMap::new();
        custom.insert(164, "d.m.yyyy".to_owned());
        custom.insert(165, "0.0 \"days\"".to_owned());
        custom.insert(166, "[Red]0.00".to_owned());
        assert!(is_date_format(14, &custom));
        assert!(is_date_format(164, &custom));
        assert!(!is_date_format(165, &custom));
        assert!(!is_date_format(166, &custom));
        assert!(!is_date_format(0, &custom));
        assert_eq!(excel_date(46112.0).unwrap().to_string(), "2026-03-31");
    }
}
