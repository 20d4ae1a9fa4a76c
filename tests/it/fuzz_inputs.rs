//! The logic of the fuzz targets `measurements` and `diff_redline`
//! (`fuzz/fuzz_targets/`, issue 20), here so that `cargo test --release`
//! compiles it and runs it on fixed bytes where there is no nightly
//! toolchain or cargo-fuzz (`the_fuzz_targets_logic_holds_on_fixed_bytes`).
//! Each function returns what broke, and panics only where the crate does.

use std::path::Path;
use std::sync::LazyLock;

use sopimus::follow_up::{self, InvalidMeasurements, WorkbookOptions};
use sopimus::{RenderOptions, ValidateOptions, ValidatedAgreement};

/// The agreement of the follow-up fixtures: an indicator of every kind.
static AGREEMENT: LazyLock<ValidatedAgreement> = LazyLock::new(|| {
    let source = std::fs::read_to_string(crate::common::crate_path(
        "tests/data/follow-up/agreement.toml",
    ))
    .expect("the fixture agreement");
    sopimus::validate(
        crate::common::parse(&source),
        &ValidateOptions::with_today(crate::common::today()),
    )
    .unwrap_or_else(|e| panic!("{}", e.0))
});

/// Its collection workbook for 2025, whose sheet the XLSX mode fills.
static WORKBOOK: LazyLock<Vec<u8>> = LazyLock::new(|| {
    follow_up::workbook(&AGREEMENT, None, &WorkbookOptions::for_year(2025))
        .expect("the workbook is made")
});

/// Words of the program's insides that no message may show (unless the
/// input has them, and the message quotes it).
const INTERNALS: &[&str] = &["untagged enum", "RawValue", ".tmp\"", "/.cargo/"];

fn no_internals(message: &str, input: &[u8]) -> Result<(), String> {
    if message.trim().is_empty() {
        return Err("an empty message".to_owned());
    }
    let input = String::from_utf8_lossy(input);
    match INTERNALS
        .iter()
        .find(|w| message.contains(*w) && !input.contains(*w))
    {
        Some(w) => Err(format!("the message shows `{w}`: {message}")),
        None => Ok(()),
    }
}

/// The collection workbook with the rows of its sheet replaced by `xml`.
fn workbook_with_rows(xml: &str) -> Vec<u8> {
    use std::io::{Read as _, Write as _};
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(WORKBOOK.as_slice())).expect("a package");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for k in 0..archive.len() {
        let name = archive
            .by_index(k)
            .expect("a part")
            .name()
            .expect("a name")
            .into_owned();
        if name == "xl/worksheets/sheet1.xml" {
            let mut sheet = String::new();
            archive
                .by_index(k)
                .expect("the sheet")
                .read_to_string(&mut sheet)
                .expect("the sheet reads");
            let (start, end) = (
                sheet.find("<sheetData>").expect("rows") + "<sheetData>".len(),
                sheet.find("</sheetData>").expect("rows' end"),
            );
            // The header row stays, so the rows after it are read.
            let header_end = sheet[start..end]
                .find("</row>")
                .map_or(start, |i| start + i + "</row>".len());
            let sheet = format!("{}{xml}{}", &sheet[..header_end], &sheet[end..]);
            out.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
                .expect("a part starts");
            out.write_all(sheet.as_bytes()).expect("the sheet writes");
        } else {
            out.raw_copy_file(archive.by_index_raw(k).expect("a part"))
                .expect("a part copies");
        }
    }
    out.finish().expect("the package").into_inner()
}

/// Measurements from bytes: the first picks the form (TOML, CSV, or rows of
/// the collection workbook's sheet as XML), the rest is the input. Reading
/// and checking never panic; a refusal and every finding say something,
/// without the program's insides; a check's report can be worded.
pub fn measurements_from_bytes(data: &[u8]) -> Result<(), String> {
    let Some((&form, input)) = data.split_first() else {
        return Ok(());
    };
    let read = match form % 3 {
        0 => match std::str::from_utf8(input) {
            Ok(text) => follow_up::parse_toml(text, Path::new("m.toml")),
            Err(_) => return Ok(()),
        },
        1 => follow_up::read_csv(input, Path::new("m.csv")),
        _ => follow_up::read_workbook(
            &workbook_with_rows(&String::from_utf8_lossy(input)),
            Path::new("m.xlsx"),
        ),
    };
    let loaded = match read {
        Ok(loaded) => loaded,
        Err(e) => return no_internals(&e.to_string(), input),
    };
    let report = match follow_up::check(&AGREEMENT, vec![loaded]) {
        Ok(valid) => valid.report().clone(),
        Err(InvalidMeasurements(report)) => {
            if !report.has_errors() {
                return Err("refused without an error".to_owned());
            }
            report
        }
    };
    for finding in &report.findings {
        no_internals(finding.message(), input)?;
    }
    let text = report.to_text(&["m".to_owned()], 0, None);
    if text.is_empty() {
        return Err("the report has no text".to_owned());
    }
    Ok(())
}

/// The old and the new text: the bytes as text (invalid UTF-8 replaced),
/// split at the first `|`.
fn two_texts(data: &[u8]) -> (String, String) {
    let text = String::from_utf8_lossy(data);
    match text.split_once('|') {
        Some((old, new)) => (old.to_owned(), new.to_owned()),
        None => (text.into_owned(), String::new()),
    }
}

/// `tests/data/diff/base.toml` with a paragraph of `text` after its first.
fn with_paragraph(text: &str) -> Option<ValidatedAgreement> {
    let base = std::fs::read_to_string(crate::common::crate_path("tests/data/diff/base.toml"))
        .expect("the diff fixture");
    let first = "{ paragraph = \"Sopimuksella sovitaan yhteistyöstä.[^1]\" },";
    let quoted = toml::Value::String(text.to_owned()).to_string();
    let source = base.replacen(first, &format!("{first}\n  {{ paragraph = {quoted} }},"), 1);
    let agreement = sopimus::Agreement::from_toml_str(&source).ok()?;
    sopimus::validate(
        agreement,
        &ValidateOptions::with_today(crate::common::today()),
    )
    .ok()
}

/// The diff and the redline of two texts from bytes: the word diff's kept
/// and deleted runs spell the old text and its kept and inserted runs the
/// new one; when both make a valid agreement (as a paragraph), their diff
/// is worded as text and JSON, and the redline renders without an error
/// or a warning.
pub fn diff_redline_from_bytes(data: &[u8]) -> Result<(), String> {
    use sopimus::diff::{WordOpKind, word_diff};
    let (old, new) = two_texts(data);
    let ops = word_diff(&old, &new);
    let spell = |skip: WordOpKind| {
        ops.iter()
            .filter(|o| o.op != skip)
            .map(|o| o.text.as_str())
            .collect::<String>()
    };
    if spell(WordOpKind::Inserted) != old || spell(WordOpKind::Deleted) != new {
        return Err(format!("the word diff does not spell the texts: {ops:?}"));
    }
    let (Some(old), Some(new)) = (with_paragraph(&old), with_paragraph(&new)) else {
        return Ok(());
    };
    let changes = sopimus::diff(&old, &new);
    let _ = changes.to_string();
    let _ = changes.to_json();
    match crate::common::RENDERER.render_redline(&old, &new, &RenderOptions::default()) {
        Ok(rendered) if rendered.warnings.is_empty() => Ok(()),
        Ok(rendered) => Err(format!("the redline warns: {:?}", rendered.warnings)),
        Err(e) => Err(format!("the redline fails: {e}")),
    }
}

#[test]
fn the_fuzz_targets_logic_holds_on_fixed_bytes() {
    let measurements: &[&[u8]] = &[
        b"",
        b"\0[[measurements]]\nindicator = \"asunnottomat\"\nyear = 2025\nvalue = [1]\n",
        b"\0[[measurements]]\nindicator = \"tyytyvaisyys\"\nyear = 2025\nvalue = 9223372036854775807\n",
        b"\0note = \"\"\n[[measurements]]\nindicator = \"x\"\nyear = -1\nvalue = \"kyll\xc3\xa4\"\n",
        b"\x01indicator,year,value\rasunnottomat,2025,40\rtyottomyys;2025;11,5\r",
        b"\x01indicator,year,value,note\r\nasunnottomat,2025,40,\"a\r\nb\"\r\n",
        b"\x01\"unclosed",
        b"\x02<row r=\"5\"><c r=\"A5\" t=\"s\"><v>99999</v></c></row>",
        b"\x02<row r=\"5\"><c r=\"E5\"><f>1+1</f></c></row><row",
        b"\x02\xff\xfe not XML at all",
    ];
    let redlines: &[&[u8]] = &[
        b"",
        b"Kunnat sopivat yhteisesti.|Kunnat ja alue sopivat yhdessa.",
        b"#read(\"/etc/passwd\") $x$ <l> @r|]\\ **lihava** [^1] *",
        b"a b c d e f g h i j k l m n o p q r s t u v w x y z|a B c D e F g H i J k L m N o P q R s T u V w X y Z",
        b"\xff\xfe|\xc3\xa4\xc3\xb6",
    ];
    type Target = fn(&[u8]) -> Result<(), String>;
    let targets: [(&[&[u8]], Target); 2] = [
        (measurements, measurements_from_bytes),
        (redlines, diff_redline_from_bytes),
    ];
    for (inputs, target) in targets {
        for data in inputs {
            target(data).unwrap_or_else(|e| panic!("{}: {e}", String::from_utf8_lossy(data)));
        }
    }
}
