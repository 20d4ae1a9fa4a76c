//! The collection workbook: its rows are the indicators and municipalities,
//! and a filled workbook reads back exactly as filled, places included.

use std::io::{Read, Write};
use std::path::Path;

use sopimus::follow_up::{self, Measurement, Measurements, RawValue, SHEET_NAME, WorkbookOptions};
use sopimus::model::{Among, ValueKind};
use sopimus::{Date, ValidatedAgreement};

use crate::common::valid;
use crate::follow_up::fixture_agreement;

/// One row of the sheet as it should be: the indicator, the municipality
/// key (none for the whole area), its kind of value and scale.
struct Row {
    id: String,
    municipality: Option<String>,
    kind: ValueKind,
    scale: [u32; 2],
}

/// The rows the workbook should have, worked out here from the agreement:
/// every indicator in order, a row for the whole area unless it is a share,
/// then one per municipality it is followed in.
fn expected_rows(agreement: &ValidatedAgreement) -> Vec<Row> {
    let a = agreement.agreement();
    let mut rows = Vec::new();
    for (p, priority) in a.priorities.iter().enumerate() {
        for (g, goal) in priority.goals.iter().enumerate() {
            for (i, ind) in goal.indicators.iter().enumerate() {
                let id = agreement.ids().indicator(p, g, i).unwrap().to_string();
                let row = |municipality| Row {
                    id: id.clone(),
                    municipality,
                    kind: ind.effective_value_kind(),
                    scale: ind.scale.unwrap_or([1, 5]),
                };
                if ind.municipalities.is_none() {
                    rows.push(row(None));
                }
                for (k, party) in a.parties.iter().enumerate() {
                    let counted = match &ind.among {
                        Some(Among::Parties(ids)) => ids.contains(&party.id),
                        Some(Among::MembersOf { members_of }) => a
                            .municipal_members(a.forum(members_of).unwrap())
                            .iter()
                            .any(|m| m.id == party.id),
                        _ => true,
                    };
                    if party.kind.is_municipality() && counted {
                        let key = agreement.municipality_codes()[k]
                            .as_ref()
                            .map_or_else(|| party.id.to_string(), |c| c.to_string());
                        rows.push(row(Some(key)));
                    }
                }
            }
        }
    }
    rows
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The package with its sheet's XML replaced.
fn with_sheet(xlsx: &[u8], edit: impl FnOnce(String) -> String) -> Vec<u8> {
    let mut edit = Some(edit);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for k in 0..archive.len() {
        let name = archive.by_index(k).unwrap().name().unwrap().into_owned();
        if name == "xl/worksheets/sheet1.xml" {
            let mut xml = String::new();
            archive
                .by_index(k)
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            let edit = edit.take().expect("one sheet1.xml");
            out.write_all(edit(xml).as_bytes()).unwrap();
        } else {
            out.raw_copy_file(archive.by_index_raw(k).unwrap()).unwrap();
        }
    }
    out.finish().unwrap().into_inner()
}

/// Puts a value into a blank, formatted cell (`<c r="E5" s="3"/>`), as a
/// spreadsheet program saves a typed value: a number, or an inline string.
fn fill(xml: &str, cell: &str, value: &RawValue) -> String {
    let start = format!("<c r=\"{cell}\" s=\"");
    let at = xml
        .find(&start)
        .unwrap_or_else(|| panic!("no blank cell {cell}"));
    let end = at + xml[at..].find("/>").unwrap();
    let style = &xml[at + start.len()..end - 1];
    let filled = match value {
        RawValue::Number(n) => format!("<c r=\"{cell}\" s=\"{style}\"><v>{n}</v></c>"),
        RawValue::Text(t) => format!(
            "<c r=\"{cell}\" s=\"{style}\" t=\"inlineStr\"><is><t>{}</t></is></c>",
            xml_escape(t)
        ),
        RawValue::Bool(b) => {
            format!(
                "<c r=\"{cell}\" s=\"{style}\" t=\"b\"><v>{}</v></c>",
                u8::from(*b)
            )
        }
    };
    format!("{}{filled}{}", &xml[..at], &xml[end + 2..])
}

/// Days since 30.12.1899: Excel's serial number of a date.
fn serial(date: Date) -> f64 {
    let base = sopimus::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
    (date.to_naive() - base).num_days() as f64
}

/// A value of the row's kind, different from row to row; none for every
/// fourth row, which is left blank.
fn value_for(row: &Row, k: usize) -> Option<RawValue> {
    if k % 4 == 3 {
        return None;
    }
    let t = |s: &str| Some(RawValue::Text(s.to_owned()));
    match row.kind {
        ValueKind::YesNo => t(["kyllä", "ei"][k % 2]),
        ValueKind::ActionStatus => t(["valmis", "käynnissä", "ei aloitettu"][k % 3]),
        ValueKind::Scale => {
            let [lo, hi] = row.scale;
            Some(RawValue::Number(f64::from(lo + (k as u32) % (hi - lo + 1))))
        }
        ValueKind::Percentage => Some(RawValue::Number((k * 7 % 100) as f64 + 0.25)),
        _ => Some(RawValue::Number(k as f64 * 1.5 - 3.0)),
    }
}

#[test]
fn a_filled_workbook_reads_back_as_filled() {
    let agreement = fixture_agreement();
    let year = 2027;
    let template = follow_up::workbook(&agreement, None, &WorkbookOptions::for_year(year)).unwrap();
    // Blank, it holds no values.
    let blank = follow_up::read_workbook(&template, Path::new("blank.xlsx")).unwrap();
    assert!(blank.measurements.measurements.is_empty());
    let rows = expected_rows(&agreement);
    assert_eq!(rows.len(), 6 * 4 + 3 + 2, "rows of the fixture");
    let mut expected = Vec::new();
    let filled = with_sheet(&template, |mut xml| {
        for (k, row) in rows.iter().enumerate() {
            let r = k + 2;
            let Some(value) = value_for(row, k) else {
                continue;
            };
            xml = fill(&xml, &format!("E{r}"), &value);
            let mut m = Measurement::new(row.id.as_str(), year, value);
            m.municipality = row.municipality.clone();
            if k % 3 == 0 {
                let source = format!("Lähde <{k}> & \"tilasto\"");
                xml = fill(&xml, &format!("H{r}"), &RawValue::Text(source.clone()));
                m.source = Some(source);
            }
            if k % 5 == 0 {
                let date = Date::from_ymd(year, 1 + (k % 12) as u32, 1 + (k % 28) as u32).unwrap();
                xml = fill(&xml, &format!("I{r}"), &RawValue::Number(serial(date)));
                m.date = Some(date);
            }
            if k % 7 == 0 {
                let note = format!("Huomio {k}: rivi\nkaksi");
                xml = fill(&xml, &format!("J{r}"), &RawValue::Text(note.clone()));
                m.note = Some(note.into());
            }
            expected.push(m);
        }
        xml
    });
    let read = follow_up::read_workbook(&filled, Path::new("seuranta.xlsx")).unwrap();
    assert_eq!(
        read.measurements,
        Measurements {
            note: None,
            measurements: expected.clone()
        }
    );
    // Checked, it is the same as the same values written in TOML.
    let from_workbook = follow_up::check(&agreement, vec![read]).unwrap();
    let toml = toml::to_string(&Measurements {
        note: None,
        measurements: expected,
    })
    .unwrap();
    let from_toml = follow_up::check(
        &agreement,
        vec![follow_up::parse_toml(&toml, Path::new("same.toml")).unwrap()],
    )
    .unwrap();
    assert_eq!(from_workbook.entries(), from_toml.entries());
    assert!(!from_workbook.entries().is_empty());
}

#[test]
fn a_mistake_in_a_workbook_names_its_cell() {
    let agreement = fixture_agreement();
    let template = follow_up::workbook(&agreement, None, &WorkbookOptions::for_year(2027)).unwrap();
    let rows = expected_rows(&agreement);
    let liikunta = rows.iter().position(|r| r.id == "liikunta").unwrap() + 2;
    let scale = rows.iter().position(|r| r.id == "tyytyvaisyys").unwrap() + 2;
    let filled = with_sheet(&template, |xml| {
        let xml = fill(&xml, &format!("E{liikunta}"), &RawValue::Number(140.0));
        fill(&xml, &format!("E{scale}"), &RawValue::Text("hyvä".into()))
    });
    let read = follow_up::read_workbook(&filled, Path::new("seuranta.xlsx")).unwrap();
    let Err(follow_up::InvalidMeasurements(report)) = follow_up::check(&agreement, vec![read])
    else {
        panic!("mistakes pass");
    };
    let found: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            format!(
                "error: seuranta.xlsx: {SHEET_NAME}!E{scale}: `hyvä` is not a value of this indicator, which takes a whole number of the scale 1–5"
            ),
            format!(
                "error: seuranta.xlsx: {SHEET_NAME}!E{liikunta}: a percentage is 0–100, but `140` is above 100"
            ),
        ]
    );
}

#[test]
fn the_workbook_shows_the_latest_earlier_value_and_limits_each_value_cell() {
    let agreement = valid("examples/kanta-hame-2026.toml");
    let loaded = follow_up::read_file(crate::common::crate_path(
        "examples/kanta-hame-2026-seuranta.toml",
    ))
    .unwrap();
    let previous = follow_up::check(&agreement, vec![loaded]).unwrap();
    let xlsx = follow_up::workbook(
        &agreement,
        Some(&previous),
        &WorkbookOptions::for_year(2028),
    )
    .unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx.as_slice())).unwrap();
    let mut xml = String::new();
    archive
        .by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut strings = String::new();
    archive
        .by_name("xl/sharedStrings.xml")
        .unwrap()
        .read_to_string(&mut strings)
        .unwrap();
    // Lists for yes/no and statuses, whole numbers for nothing here (no
    // scale), 0–100 for percentages, numbers otherwise.
    assert!(xml.contains("kyllä,ei"), "yes/no list");
    assert!(xml.contains("ei aloitettu,käynnissä,valmis"), "status list");
    assert!(xml.contains("type=\"decimal\""), "number ranges");
    // The latest earlier value with its year, e.g. Hämeenlinna's status.
    assert!(strings.contains("198 (2027)"), "the last value of p1.g1.i1");
    assert!(strings.contains("valmis (2027)"));
    // A row per indicator and municipality: 13 indicators, 11 municipalities,
    // a row for the whole area each.
    assert!(
        xml.contains("<dimension ref=\"A1:L157\"/>"),
        "13 × 12 rows and the header"
    );
}

/// Spreadsheets are read with limits (ARCHITECTURE.md): a part of the
/// package that unpacks to more than `follow_up::limits::UNPACKED_BYTES` is
/// refused with the limit named, though the file itself is small.
#[test]
fn a_part_that_unpacks_past_the_limit_is_refused_naming_it() {
    let agreement = fixture_agreement();
    let template = follow_up::workbook(&agreement, None, &WorkbookOptions::for_year(2027)).unwrap();
    let limit = follow_up::limits::UNPACKED_BYTES;
    let bomb = with_sheet(&template, |xml| {
        // The sheet's XML followed by a comment that takes it past the limit.
        let padding = usize::try_from(limit).unwrap() + 1 - xml.len();
        format!("{xml}<!--{}-->", " ".repeat(padding))
    });
    assert!(
        (bomb.len() as u64) < follow_up::limits::INPUT_BYTES,
        "the file itself is within the input limit ({} bytes)",
        bomb.len()
    );
    let error = follow_up::read_workbook(&bomb, Path::new("pommi.xlsx"))
        .expect_err("a part past the limit is refused")
        .to_string();
    assert!(
        error.contains(&limit.to_string()),
        "the error names the limit: {error}"
    );
}

/// The package with each XML part passed through `edit` (name, text).
fn with_parts(xlsx: &[u8], mut edit: impl FnMut(&str, String) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for k in 0..archive.len() {
        let name = archive.by_index(k).unwrap().name().unwrap().into_owned();
        if name.ends_with(".xml") {
            let mut xml = String::new();
            archive
                .by_index(k)
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            out.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(edit(&name, xml).as_bytes()).unwrap();
        } else {
            out.raw_copy_file(archive.by_index_raw(k).unwrap()).unwrap();
        }
    }
    out.finish().unwrap().into_inner()
}

fn template_2027() -> Vec<u8> {
    follow_up::workbook(&fixture_agreement(), None, &WorkbookOptions::for_year(2027)).unwrap()
}

fn refusal(xlsx: &[u8]) -> String {
    follow_up::read_workbook(xlsx, Path::new("pommi.xlsx"))
        .expect_err("the workbook is refused")
        .to_string()
}

/// A short sheet of references to one long shared string would expand to
/// far more text than the file holds: the text taken from shared strings is
/// counted as it is read and refused past its limit, which the error names.
#[test]
fn references_to_one_long_shared_string_are_refused_at_the_text_limit() {
    let limit = sopimus::limits::XLSX_SHARED_TEXT_CHARS;
    let long = "x".repeat(9_000);
    let rows = limit / 9_000 + 1;
    let bomb = with_parts(&template_2027(), |name, xml| match name {
        "xl/sharedStrings.xml" => {
            // The long string first, so it is index 0.
            let at = xml.find("<sst").unwrap();
            let at = at + xml[at..].find('>').unwrap() + 1;
            format!("{}<si><t>{long}</t></si>{}", &xml[..at], &xml[at..])
        }
        "xl/worksheets/sheet1.xml" => {
            let cells: String = (0..rows)
                .map(|k| {
                    let r = 10_000 + k;
                    format!("<row r=\"{r}\"><c r=\"A{r}\" t=\"s\"><v>0</v></c></row>")
                })
                .collect();
            xml.replace("</sheetData>", &format!("{cells}</sheetData>"))
        }
        _ => xml,
    });
    assert!(bomb.len() < 1_000_000, "a small file: {}", bomb.len());
    let error = refusal(&bomb);
    assert!(
        error.contains(&format!(
            "more than {limit} characters of text from shared strings"
        )),
        "{error}"
    );
}

/// Sheets that point at one part would each unpack it again: a part is
/// read at most once.
#[test]
fn sheets_that_share_one_part_are_refused() {
    let bomb = with_parts(&template_2027(), |name, xml| {
        if name != "xl/workbook.xml" {
            return xml;
        }
        let at = xml.find("<sheet ").unwrap();
        let end = at + xml[at..].find("/>").unwrap() + 2;
        let sheet = &xml[at..end];
        let copies: String = (0..20)
            .map(|k| sheet.replace("name=\"", &format!("name=\"kopio{k} ")))
            .collect();
        format!("{}{copies}{}", &xml[..end], &xml[end..])
    });
    let error = refusal(&bomb);
    assert!(
        error.contains("`xl/worksheets/sheet1.xml` is used more than once"),
        "{error}"
    );
}

/// The template with its blank cell E5 written as `<c …{attrs}>{inner}</c>`,
/// its style kept.
fn with_e5(attrs: &str, inner: &str) -> Vec<u8> {
    with_sheet(&template_2027(), |xml| {
        let start = "<c r=\"E5\" s=\"";
        let at = xml.find(start).unwrap();
        let end = at + xml[at..].find("/>").unwrap();
        let style = &xml[at + start.len()..end - 1];
        format!(
            "{}<c r=\"E5\" s=\"{style}\"{attrs}>{inner}</c>{}",
            &xml[..at],
            &xml[end + 2..]
        )
    })
}

/// A formula whose result was never saved has a value that cannot be read:
/// an error at its cell, not a blank.
#[test]
fn a_formula_without_a_saved_result_is_an_error_at_its_cell() {
    let error = refusal(&with_e5("", "<f>1+1</f>"));
    assert!(
        error.contains(&format!(
            "`{SHEET_NAME}!E5` has a formula but no saved result"
        )),
        "{error}"
    );
}

/// A reference to a shared string the workbook does not have is an error
/// at its cell, not a blank.
#[test]
fn a_shared_string_out_of_range_is_an_error_at_its_cell() {
    let error = refusal(&with_e5(" t=\"s\"", "<v>99999</v>"));
    assert!(
        error.contains(&format!(
            "`{SHEET_NAME}!E5` points at shared string `99999`"
        )),
        "{error}"
    );
}
