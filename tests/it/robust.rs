//! Issue 20, the cases that closed it last: a statistics row written with
//! the other separator, whole numbers beyond 2^53, and U+FEFF inside a
//! word — each through the input forms it can come in.

use std::path::Path;

use sopimus::ValidateOptions;
use sopimus::follow_up::{self, ImportOptions, InvalidMeasurements, LoadedMeasurements};

use crate::common::{RENDERER, crate_path, today};
use crate::follow_up::fixture_agreement;
use crate::fuzz_inputs::workbook_with_rows;

/// The codes and texts of checking `loaded` against the follow-up
/// fixture agreement; empty when it passes without a word.
fn findings_of(loaded: LoadedMeasurements) -> Vec<(String, String)> {
    let report = match follow_up::check(&fixture_agreement(), vec![loaded]) {
        Ok(valid) => valid.report().clone(),
        Err(InvalidMeasurements(report)) => report,
    };
    report
        .findings
        .iter()
        .map(|f| (f.code().as_str().to_owned(), f.to_string()))
        .collect()
}

/// A statistics row separated with `;` under a `,` header was counted as a
/// row of another indicator, and the import said nothing of it: it is an
/// error at its line, as in a measurements CSV.
#[test]
fn a_statistics_row_with_the_other_separator_is_a_finding_at_its_line() {
    let agreement = fixture_agreement();
    for (text, line) in [
        (
            "source_id,region,year,value\n181,101,2025,3\n181;101;2026;4\n",
            3,
        ),
        (
            "source_id;region;year;value\n181,101,2025,3\n181;101;2026;4\n",
            2,
        ),
    ] {
        let (loaded, summary) = follow_up::import_statistics(
            &agreement,
            text.as_bytes(),
            Path::new("tilasto.csv"),
            &ImportOptions::default(),
        )
        .unwrap();
        assert_eq!(loaded.measurements.measurements.len(), 1, "{text}");
        assert_eq!(summary.other_indicators, 0, "not another indicator: {text}");
        assert_eq!(summary.rows, 2, "{text}");
        let found = findings_of(loaded);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "measurement-row-separator");
        assert!(
            found[0]
                .1
                .starts_with(&format!("error: tilasto.csv: line {line}: ")),
            "{found:?}"
        );
    }
}

/// One beyond 2^53 (`9007199254740993`) was accepted and shown rounded
/// (`…992`): a whole number beyond 2^53 − 1 written in digits as a
/// measurement (TOML, CSV, a workbook's number or text cell) is refused
/// naming the value and the limit; at the limit it is kept.
#[test]
fn whole_numbers_beyond_2_pow_53_less_1_are_refused_in_every_measurement_form() {
    let beyond = "9007199254740993";
    let toml = |value: &str| {
        format!("[[measurements]]\nindicator = \"asunnottomat\"\nyear = 2025\nvalue = {value}\n")
    };
    let csv = |value: &str| format!("indicator,year,value\nasunnottomat,2025,\"{value}\"\n");
    let cell = |cell: &str| {
        workbook_with_rows(&format!(
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>asunnottomat</t></is></c>\
             <c r=\"D2\"><v>2025</v></c>{cell}</row>"
        ))
    };
    let read = |form: &str, value: &str| -> LoadedMeasurements {
        match form {
            "toml" => follow_up::parse_toml(&toml(value), Path::new("m.toml")),
            "toml text" => {
                follow_up::parse_toml(&toml(&format!("\"{value}\"")), Path::new("m.toml"))
            }
            "csv" => follow_up::read_csv(csv(value).as_bytes(), Path::new("m.csv")),
            "xlsx number" => follow_up::read_workbook(
                &cell(&format!("<c r=\"E2\"><v>{value}</v></c>")),
                Path::new("m.xlsx"),
            ),
            _ => follow_up::read_workbook(
                &cell(&format!(
                    "<c r=\"E2\" t=\"inlineStr\"><is><t>{value}</t></is></c>"
                )),
                Path::new("m.xlsx"),
            ),
        }
        .unwrap_or_else(|e| panic!("{form}: {e}"))
    };
    for form in ["toml", "toml text", "csv", "xlsx number", "xlsx text"] {
        for value in [
            beyond,
            "9007199254740992",
            "-9007199254740993",
            "99999999999999999999",
        ] {
            if form == "toml" && value.len() > 19 {
                continue; // beyond i64: a TOML syntax error of its own
            }
            let found = findings_of(read(form, value));
            assert_eq!(found.len(), 1, "{form} {value}: {found:?}");
            assert_eq!(found[0].0, "measurement-number-not-exact", "{form}");
            assert!(
                found[0].1.contains(&format!(
                    "`{value}` is larger than 9007199254740991 (2^53 − 1)"
                )),
                "{form}: {found:?}"
            );
        }
        for value in ["9007199254740991", "-9007199254740991", "12,5"] {
            if form == "toml" && value.contains(',') {
                continue;
            }
            let found = findings_of(read(form, value));
            assert!(found.is_empty(), "{form} {value}: {found:?}");
        }
    }
    // Spaces between groups and a decimal part do not hide it.
    let found = findings_of(read("csv", "12 345 678 901 234 567,5"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "measurement-number-not-exact");
}

/// A target or baseline beyond 2^53 in the agreement (TOML or JSON) was
/// rounded in silence: it is a finding at its field naming the limit.
#[test]
fn targets_and_baselines_beyond_2_pow_53_less_1_are_findings_at_their_field() {
    let source =
        std::fs::read_to_string(crate_path("tests/data/follow-up/agreement.toml")).unwrap();
    let target = "target = \"enintään 50\", target_value = 50,";
    let baseline = "baseline_value = 12.0,";
    assert!(source.contains(target) && source.contains(baseline));
    for (key, toml) in [
        (
            "target_value",
            source.replace(
                target,
                "target = \"enintään 50\", target_value = 9007199254740993,",
            ),
        ),
        (
            "baseline_value",
            source.replace(baseline, "baseline_value = -1e20,"),
        ),
    ] {
        let parsed = crate::common::parse(&toml);
        let json = serde_json::to_string(&parsed).unwrap();
        for agreement in [parsed, sopimus::Agreement::from_json_str(&json).unwrap()] {
            let Err(invalid) = sopimus::validate(agreement, &ValidateOptions::with_today(today()))
            else {
                panic!("{key} beyond 2^53 passes");
            };
            let found: Vec<_> = invalid
                .0
                .findings
                .iter()
                .filter(|f| f.code().as_str() == "number-not-exact")
                .collect();
            assert_eq!(found.len(), 1, "{key}: {}", invalid.0);
            assert!(
                found[0].path().to_string().ends_with(key),
                "{}",
                found[0].path()
            );
            assert!(
                found[0].message().contains("9007199254740991 (2^53 − 1)"),
                "{}",
                found[0].message()
            );
        }
    }
}

/// `c\u{FEFF}d` (a zero-width no-break space inside a word) passed `check`
/// and failed `render` with "disallowed codepoint" (issue 20): in a
/// paragraph, a measurement's note and a workbook's note cell it renders.
#[test]
fn a_zero_width_no_break_space_inside_a_word_renders_where_it_passes() {
    let dir = crate::common::scratch_in("robust", "feff");
    // A paragraph: `check` and `render`, the program's own path.
    let source = std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap();
    let paragraph = "Sopimuksella sovitaan yhteistyöstä.";
    assert!(source.contains(paragraph));
    let agreement = dir.join("feff.toml");
    std::fs::write(
        &agreement,
        source.replace(paragraph, "Sopimuksella sovitaan yhteis\u{feff}työstä."),
    )
    .unwrap();
    let agreement = agreement.to_str().unwrap();
    let pdf = dir.join("feff.pdf");
    for args in [
        vec!["check", agreement],
        vec!["render", agreement, "-o", pdf.to_str().unwrap()],
    ] {
        let out = crate::common::sopimus(&args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A measurement's note, in TOML and in a workbook's cell.
    let toml = "[[measurements]]\nindicator = \"asunnottomat\"\nyear = 2025\nvalue = 40\n\
                note = \"c\u{feff}d\"\n";
    let xlsx = workbook_with_rows(
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>asunnottomat</t></is></c>\
         <c r=\"D2\"><v>2025</v></c><c r=\"E2\"><v>40</v></c>\
         <c r=\"J2\" t=\"inlineStr\"><is><t>c\u{feff}d</t></is></c></row>",
    );
    let agreement = fixture_agreement();
    for loaded in [
        follow_up::parse_toml(toml, Path::new("m.toml")).unwrap(),
        follow_up::read_workbook(&xlsx, Path::new("m.xlsx")).unwrap(),
    ] {
        let path = loaded.path.clone();
        let notes = loaded.measurements.measurements[0].note.clone();
        assert!(notes.is_some(), "{}: the note is read", path.display());
        let checked = follow_up::check(&agreement, vec![loaded])
            .unwrap_or_else(|e| panic!("{}: {:?}", path.display(), e.0.findings));
        let rendered = RENDERER
            .render_follow_up(&agreement, &checked, &follow_up::FollowUpOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
