//! The goals-and-indicators table as CSV and XLSX.

use crate::common::{EXAMPLES, parse, today, valid};
use sopimus::export::{columns, indicator_rows, to_csv};
use sopimus::{ValidateOptions, validate};

#[test]
fn one_row_per_indicator_in_order() {
    for example in EXAMPLES {
        let a = valid(example);
        let rows = indicator_rows(&a);
        let indicators: usize = a
            .agreement()
            .priorities
            .iter()
            .flat_map(|p| &p.goals)
            .map(|g| g.indicators.len())
            .sum();
        assert_eq!(rows.len(), indicators, "{example}");
        let csv = to_csv(&a);
        assert!(
            csv.starts_with('\u{feff}'),
            "a BOM so spreadsheets read UTF-8"
        );
        let name = std::path::Path::new(example)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        insta::assert_snapshot!(format!("csv-{name}"), csv.replace("\r\n", "\n"));
    }
}

#[test]
fn csv_quotes_and_defuses_formulas() {
    let source =
        std::fs::read_to_string(crate::common::crate_path("tests/data/valid/minimal.toml"))
            .unwrap();
    let mut a = parse(&source);
    a.priorities[0].title = "=HYPERLINK(\"http://example.com\")".into();
    a.priorities[0].goals[0].text =
        sopimus::text::RichText::from("Rivi, \"lainaus\"\nja toinen rivi");
    let a = validate(a, &ValidateOptions::with_today(today())).unwrap();
    let csv = to_csv(&a);
    let data_line = csv.split("\r\n").nth(1).unwrap();
    assert!(data_line.starts_with("p1.g1.i1,1,\"'=HYPERLINK(\"\"http://example.com\"\")\",1,\"Rivi, \"\"lainaus\"\"\nja toinen rivi\""), "{data_line}");
    assert_eq!(
        csv.split("\r\n")
            .next()
            .unwrap()
            .trim_start_matches('\u{feff}')
            .split(',')
            .count(),
        columns(&a).len()
    );
}

#[cfg(feature = "xlsx")]
#[test]
fn xlsx_is_a_workbook_and_deterministic() {
    let a = valid(EXAMPLES[1]);
    let first = sopimus::export::to_xlsx(&a).unwrap();
    let second = sopimus::export::to_xlsx(&a).unwrap();
    assert!(
        first.starts_with(b"PK\x03\x04"),
        "an XLSX file is a zip archive"
    );
    assert!(
        first == second,
        "the same agreement gives the same workbook"
    );
}

/// A valid agreement may have texts longer than a spreadsheet cell holds (a
/// goal of 42 000 characters, a goal with 3 000 actions): the workbook is
/// still written, the cell cut to Excel's limit and saying so, and the CSV
/// carries the whole text. (The law test found the XLSX export failing.)
#[cfg(feature = "xlsx")]
#[test]
fn xlsx_cuts_a_text_longer_than_a_cell_and_says_so() {
    use std::io::Read as _;
    let source =
        std::fs::read_to_string(crate::common::crate_path("tests/data/valid/minimal.toml"))
            .unwrap();
    let mut a = parse(&source);
    let long = "Hyvinvointi paranee kaikissa kunnissa. ".repeat(1_100);
    a.priorities[0].goals[0].text = sopimus::text::RichText::from(long.trim_end());
    let action = a.priorities[0].goals[0].actions[0].clone();
    a.priorities[0].goals[0].actions = vec![action; 3_000];
    let a = validate(a, &ValidateOptions::with_today(today())).unwrap();
    let xlsx = sopimus::export::to_xlsx(&a).expect("the workbook is written");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut strings = String::new();
    archive
        .by_name("xl/sharedStrings.xml")
        .unwrap()
        .read_to_string(&mut strings)
        .unwrap();
    let note = "… [katkaistu, koska soluun ei mahdu enempää; koko teksti on CSV-viennissä]";
    assert_eq!(strings.matches(note).count(), 2, "the goal and the actions");
    assert!(strings.contains("Hyvinvointi paranee kaikissa kunnissa. Hyvinvointi"));
    let csv = to_csv(&a);
    assert!(csv.contains(long.trim_end()), "the CSV has the whole goal");
    assert!(!csv.contains("katkaistu"));
}
