//! Follow-up measurements: every invalid fixture gets a report worth
//! reading, the status rules hold at their edges and are monotone in the
//! value, and statistics import maps a long CSV to the indicators.

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use sopimus::follow_up::status::{AreaValue, IndicatorStatus, Reason, Rule};
use sopimus::follow_up::{self, ActionStatus, ImportOptions, InvalidMeasurements, Value};
use sopimus::model::{Direction, Indicator, ValueKind};
use sopimus::{Language, MunicipalityShare, ValidatedAgreement};

use crate::common::{check_property, crate_path, sopimus, valid};

/// The agreement the fixtures are checked against: an indicator of every kind.
pub fn fixture_agreement() -> ValidatedAgreement {
    valid("tests/data/follow-up/agreement.toml")
}

/// Removes the machine's directory from a text.
fn relative(text: &str) -> String {
    text.replace(&format!("{}/", env!("CARGO_MANIFEST_DIR")), "")
}

/// What `sopimus follow-up check` says about a measurements file: the read
/// error, or every finding with its place.
pub fn report_text(agreement: &ValidatedAgreement, path: &Path) -> String {
    let loaded = match follow_up::read_file(path) {
        Ok(loaded) => loaded,
        Err(e) => return format!("input error:\n{}\n", relative(&e.to_string())),
    };
    let lines = |report: &follow_up::MeasurementReport| {
        report
            .findings
            .iter()
            .map(|f| format!("{:?} at {}: {}\n", f.severity(), f.place(), f.message()))
            .collect::<String>()
    };
    match follow_up::check(agreement, vec![loaded]) {
        Ok(v) => format!(
            "valid, {} value(s), {} warning(s):\n{}",
            v.entries().len(),
            v.report().findings.len(),
            lines(v.report())
        ),
        Err(InvalidMeasurements(report)) => format!(
            "invalid, {} error(s):\n{}",
            report.errors().count(),
            lines(&report)
        ),
    }
}

/// Runs `check` on each fixture of `tests/data/follow-up/<dir>` (TOML and
/// CSV), in name order, each with a snapshot named after the file.
fn each_fixture(dir: &str, check: impl Fn(&Path)) {
    let root = crate_path("tests/data/follow-up").join(dir);
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml" || e == "csv"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 20 || dir != "invalid",
        "fewer than 20 fixtures"
    );
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_suffix(name);
        settings.set_input_file(path.strip_prefix(crate_path("")).unwrap());
        settings.set_prepend_module_to_snapshot(true);
        settings.bind(|| check(&path));
    }
}

#[test]
fn each_invalid_measurements_fixture_gets_a_report() {
    let agreement = fixture_agreement();
    each_fixture("invalid", |path| {
        let text = report_text(&agreement, path);
        let warning_only = path.file_name().unwrap() == "csv-row-without-year.csv";
        assert!(
            text.starts_with("invalid") || text.starts_with("input error"),
            "{} should not pass:\n{text}",
            path.display()
        );
        if warning_only {
            assert!(text.contains("Warning at"), "{text}");
        }
        insta::assert_snapshot!(text);
    });
}

/// The codes of the findings each invalid fixture exists for, in the order
/// of the report; `None` for a file that is not measurements at all (a
/// syntax error or a missing column: a read error, exit code 2, which has
/// no code).
const FIXTURE_CODES: &[(&str, Option<&[&str]>)] = &[
    (
        "csv-bad-value.csv",
        Some(&["measurement-percentage-above-100"]),
    ),
    (
        "csv-cr-line-endings.csv",
        Some(&[
            "measurement-year-unreadable",
            "measurement-percentage-above-100",
        ]),
    ),
    ("csv-missing-column.csv", None),
    (
        "csv-number-not-exact.csv",
        Some(&[
            "measurement-number-not-exact",
            "measurement-number-not-exact",
        ]),
    ),
    (
        "csv-row-without-indicator.csv",
        Some(&["measurement-row-without-indicator"]),
    ),
    (
        "csv-row-without-year.csv",
        Some(&[
            "measurement-row-without-year",
            "measurement-row-without-value",
        ]),
    ),
    (
        "csv-semicolon-row-under-comma-header.csv",
        Some(&["measurement-row-separator"]),
    ),
    (
        "csv-semicolons-bad-date.csv",
        Some(&["measurement-date-unreadable"]),
    ),
    ("csv-unclosed-quote.csv", None),
    (
        "csv-year-unreadable.csv",
        Some(&["measurement-year-unreadable"]),
    ),
    (
        "date-out-of-range.toml",
        Some(&["measurement-date-out-of-range"]),
    ),
    (
        "duplicate-by-code.toml",
        Some(&["measurement-duplicate-municipality"]),
    ),
    ("duplicate.toml", Some(&["measurement-duplicate"])),
    ("file-note-empty.toml", Some(&["measurement-text-empty"])),
    (
        "goal-not-indicator.toml",
        Some(&["measurement-not-an-indicator"]),
    ),
    (
        "municipality-not-a-municipality.toml",
        Some(&["measurement-not-a-municipality"]),
    ),
    (
        "municipality-not-among.toml",
        Some(&["measurement-municipality-not-among"]),
    ),
    (
        "note-control-character.toml",
        Some(&["measurement-text-control-character"]),
    ),
    (
        "note-direction-override.toml",
        Some(&["measurement-text-direction-control"]),
    ),
    ("note-too-long.toml", Some(&["measurement-text-too-long"])),
    (
        "note-unprintable.toml",
        Some(&["measurement-text-glyph-missing"]),
    ),
    (
        "number-as-boolean.toml",
        Some(&["measurement-not-a-number"]),
    ),
    (
        "number-not-exact.toml",
        Some(&["measurement-number-not-exact"]),
    ),
    (
        "percentage-above-100.toml",
        Some(&["measurement-percentage-above-100"]),
    ),
    (
        "percentage-below-0.toml",
        Some(&["measurement-percentage-below-0"]),
    ),
    (
        "percentage-words.toml",
        Some(&["measurement-not-a-percentage"]),
    ),
    ("scale-fraction.toml", Some(&["measurement-scale-point"])),
    ("scale-outside.toml", Some(&["measurement-scale-point"])),
    ("scale-words.toml", Some(&["measurement-not-a-scale-point"])),
    (
        "several-mistakes.toml",
        Some(&[
            "measurement-unknown-indicator",
            "measurement-year-after-validity",
            "measurement-percentage-above-100",
            "measurement-not-yes-no",
        ]),
    ),
    (
        "share-count-disagrees.toml",
        Some(&["measurement-count-differs"]),
    ),
    (
        "share-count-impossible.toml",
        Some(&["measurement-count-impossible"]),
    ),
    (
        "share-count-too-large.toml",
        Some(&["measurement-share-count"]),
    ),
    ("source-empty.toml", Some(&["measurement-text-empty"])),
    ("status-unknown.toml", Some(&["measurement-not-a-status"])),
    ("syntax-missing-value.toml", None),
    ("syntax-unknown-field.toml", None),
    (
        "unknown-indicator.toml",
        Some(&["measurement-unknown-indicator"]),
    ),
    (
        "unknown-municipality.toml",
        Some(&["measurement-unknown-municipality"]),
    ),
    (
        "year-after-validity.toml",
        Some(&["measurement-year-after-validity"]),
    ),
    (
        "year-before-agreement.toml",
        Some(&["measurement-year-before-agreement"]),
    ),
    (
        "year-not-a-year.toml",
        Some(&["measurement-year-out-of-range"]),
    ),
    ("yes-no-number.toml", Some(&["measurement-not-yes-no"])),
];

/// Codes no fixture can show, each asserted by a test of its own.
const CODES_TESTED_ELSEWHERE: &[&str] = &[
    // 200 001 values: `too_many_values_in_all_is_one_finding`.
    "measurement-limit-exceeded",
];

/// The codes of the findings of checking one file; `None` when it cannot
/// be read.
fn codes_of(agreement: &ValidatedAgreement, path: &Path) -> Option<Vec<String>> {
    let loaded = follow_up::read_file(path).ok()?;
    let report = match follow_up::check(agreement, vec![loaded]) {
        Ok(v) => v.report().clone(),
        Err(e) => e.0,
    };
    Some(
        report
            .findings
            .iter()
            .map(|f| f.code().as_str().to_owned())
            .collect(),
    )
}

#[test]
fn each_invalid_measurements_fixture_gets_the_codes_it_exists_for() {
    let agreement = fixture_agreement();
    let dir = crate_path("tests/data/follow-up/invalid");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let listed: Vec<&str> = FIXTURE_CODES.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        files, listed,
        "every fixture, and only those, has its codes here"
    );
    for (file, expected) in FIXTURE_CODES {
        let found = codes_of(&agreement, &dir.join(file));
        let expected = expected.map(|codes| codes.iter().map(|c| (*c).to_owned()).collect());
        assert_eq!(found, expected, "{file}");
    }
}

#[test]
fn every_measurement_code_is_shown_by_a_fixture_or_a_test() {
    let shown: std::collections::BTreeSet<&str> = FIXTURE_CODES
        .iter()
        .filter_map(|(_, codes)| *codes)
        .flatten()
        .copied()
        .chain(CODES_TESTED_ELSEWHERE.iter().copied())
        .collect();
    let measurement: Vec<&str> = sopimus::diagnostic::Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| c.starts_with("measurement-"))
        .collect();
    assert!(measurement.len() >= 30, "{measurement:?}");
    for code in &measurement {
        assert!(shown.contains(code), "no fixture or test shows `{code}`");
    }
    for code in &shown {
        assert!(measurement.contains(code), "`{code}` is not a code");
    }
}

#[test]
fn too_many_values_in_all_is_one_finding() {
    let agreement = fixture_agreement();
    let one = follow_up::Measurement::new("tyottomyys", 2025, follow_up::RawValue::Number(1.0));
    let measurements = follow_up::Measurements {
        note: None,
        measurements: vec![one; follow_up::limits::MEASUREMENTS + 1],
    };
    let loaded = follow_up::LoadedMeasurements::from_measurements("many.toml", measurements);
    let Err(InvalidMeasurements(report)) = follow_up::check(&agreement, vec![loaded]) else {
        panic!("too many values pass");
    };
    let codes: Vec<&str> = report.findings.iter().map(|f| f.code().as_str()).collect();
    assert_eq!(codes, ["measurement-limit-exceeded"]);
}

/// Each finding keeps its place however many rows come before it: the
/// places are found once per file, and found right far down it.
#[test]
fn a_finding_keeps_its_place_after_thousands_of_rows() {
    let agreement = fixture_agreement();
    let rows = 1_500;
    let mut text = String::from("# Many rows, one year wrong far down.\n\n");
    for i in 0..rows {
        let year = if i == 1_234 { 2099 } else { 2025 };
        text.push_str(&format!(
            "[[measurements]]\nindicator = \"asunnottomat\"\nyear = {year}\nmunicipality = \"{}\"\nvalue = {i}\n\n",
            ["town-a", "town-b", "town-c"][i % 3]
        ));
    }
    let line_of = |needle: &str| text.lines().position(|l| l == needle).unwrap() + 1;
    let loaded = follow_up::parse_toml(&text, Path::new("many.toml")).unwrap();
    let Err(InvalidMeasurements(report)) = follow_up::check(&agreement, vec![loaded]) else {
        panic!("a year outside the validity passes");
    };
    let found: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    // Three municipalities, so from the fourth row on each is a duplicate.
    assert_eq!(found.len(), rows - 3, "{:#?}", &found[..5]);
    let year = report
        .findings
        .iter()
        .find(|f| f.code().as_str() == "measurement-year-after-validity")
        .unwrap();
    assert_eq!(
        year.place().to_string(),
        format!("{}:8 measurements[1234].year", line_of("year = 2099"))
    );
    let last = report.findings.last().unwrap();
    assert_eq!(last.code().as_str(), "measurement-duplicate-municipality");
    let last_row = text.rfind("[[measurements]]").unwrap();
    let last_line = text[..last_row].lines().count() + 1;
    assert_eq!(
        last.to_string(),
        format!(
            "error: many.toml: {last_line}:1 measurements[{}]: `asunnottomat` already has a value for 2025 for {} (at {}:1 measurements[{}]); give each value once",
            rows - 1,
            ["Akaupunki", "Bkunta", "Ckunta"][(rows - 1) % 3],
            4 + 6 * ((rows - 1) % 3) - 1,
            (rows - 1) % 3
        )
    );
}

/// `follow-up check --lang fi|sv` words the report's frame, the places and
/// every finding in that language; without `--lang` it is the English of
/// `--lang en`.
#[test]
fn the_check_report_comes_in_finnish_and_swedish() {
    let files = [
        "tests/data/follow-up/agreement.toml",
        "tests/data/follow-up/invalid/several-mistakes.toml",
        "tests/data/follow-up/invalid/csv-row-without-year.csv",
    ];
    let run = |extra: &[&str]| {
        let mut args = vec!["follow-up", "check"];
        args.extend(extra);
        args.extend(files);
        let out = sopimus(&args);
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let english = run(&[]);
    assert_eq!(run(&["--lang", "en"]), english);
    assert!(english.starts_with("the measurements in "), "{english}");
    for lang in ["fi", "sv"] {
        let text = run(&["--lang", lang]);
        for english_word in ["line", "column", "error", "warning", "Errors:", " the "] {
            assert!(
                !text.contains(english_word),
                "{lang}: `{english_word}` in\n{text}"
            );
        }
        insta::assert_snapshot!(format!("check-{lang}"), text);
    }
}

#[test]
fn the_json_of_check_has_a_code_and_a_translation_on_every_finding() {
    let out = sopimus(&[
        "follow-up",
        "check",
        "--format",
        "json",
        "--lang",
        "sv",
        "tests/data/follow-up/agreement.toml",
        "tests/data/follow-up/invalid/several-mistakes.toml",
        "tests/data/follow-up/invalid/csv-row-without-year.csv",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["language"], "sv");
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 6);
    for f in findings {
        let code = f["code"].as_str().unwrap();
        assert!(code.starts_with("measurement-"), "{f}");
        assert!(f["file"].is_string() && f["place"].is_object(), "{f}");
        assert!(f["message"].is_string(), "{f}");
        assert!(
            f["translation"].as_str().is_some_and(|t| t != f["message"]),
            "{f}"
        );
    }
    assert_eq!(findings[0]["place"]["kind"], "toml");
    assert_eq!(findings[5]["code"], "measurement-row-without-value");
    assert_eq!(findings[5]["severity"], "warning");
    let english = sopimus(&[
        "follow-up",
        "check",
        "--format",
        "json",
        "tests/data/follow-up/agreement.toml",
        "tests/data/follow-up/invalid/several-mistakes.toml",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&english.stdout).unwrap();
    assert!(json.get("language").is_none());
    assert!(json["findings"][0].get("translation").is_none());
    assert_eq!(json["findings"][0]["code"], "measurement-unknown-indicator");
}

#[test]
fn valid_measurements_fixtures_pass() {
    let agreement = fixture_agreement();
    each_fixture("valid", |path| {
        let text = report_text(&agreement, path);
        assert!(text.starts_with("valid"), "{}:\n{text}", path.display());
        insta::assert_snapshot!(text);
    });
}

/// A quoted note over two lines written with CR LF (issue 20: refused
/// for its "control character U+000D") keeps its line break as `\n`.
#[test]
fn a_csv_note_over_two_lines_keeps_its_line_break() {
    let agreement = fixture_agreement();
    let loaded = follow_up::read_file(crate_path(
        "tests/data/follow-up/valid/csv-note-with-crlf.csv",
    ))
    .unwrap();
    let checked = follow_up::check(&agreement, vec![loaded]).unwrap();
    let notes: Vec<String> = checked
        .entries()
        .iter()
        .filter_map(|e| e.note.as_ref().map(|n| n.as_str().to_owned()))
        .collect();
    assert_eq!(
        notes,
        ["Laskettu uudella tavalla.\nLuku ei ole vertailukelpoinen."]
    );
}

#[test]
fn every_kind_of_value_is_read_by_its_indicator() {
    let agreement = fixture_agreement();
    let loaded =
        follow_up::read_file(crate_path("tests/data/follow-up/valid/every-kind.toml")).unwrap();
    let checked = follow_up::check(&agreement, vec![loaded]).unwrap();
    let value = |id: &str, municipality: Option<&str>| {
        checked
            .entries()
            .iter()
            .find(|e| {
                e.indicator.as_str() == id
                    && e.municipality.as_ref().map(|m| m.as_str()) == municipality
            })
            .map(|e| e.value)
    };
    assert_eq!(value("kertomus", Some("town-a")), Some(Value::YesNo(true)));
    // A municipality named by its code is the party.
    assert_eq!(value("kertomus", Some("town-b")), Some(Value::YesNo(false)));
    assert_eq!(value("tyytyvaisyys", None), Some(Value::Scale(4)));
    assert_eq!(value("tyottomyys", None), Some(Value::Number(11.5)));
    assert_eq!(value("datapohja", None), Some(Value::YesNo(true)));
    assert_eq!(
        value("suunnitelma", None),
        Some(Value::Action(ActionStatus::InProgress))
    );
    assert_eq!(
        value("verkosto", Some("town-b")),
        Some(Value::Action(ActionStatus::Done))
    );
    // Text with a decimal comma is a number.
    assert_eq!(value("liikunta", None), Some(Value::Number(38.5)));
    assert_eq!(checked.notes(), ["Testiaineisto."]);
}

#[test]
fn answers_and_statuses_read_in_finnish_swedish_and_english() {
    use sopimus::follow_up::{LoadedMeasurements, Measurement, Measurements, RawValue};
    let agreement = fixture_agreement();
    let done = Value::Action(ActionStatus::Done);
    let in_progress = Value::Action(ActionStatus::InProgress);
    let not_started = Value::Action(ActionStatus::NotStarted);
    for (word, indicator, expected) in [
        ("kyllä", "datapohja", Value::YesNo(true)),
        ("Ja", "datapohja", Value::YesNo(true)),
        ("yes", "datapohja", Value::YesNo(true)),
        ("ei", "datapohja", Value::YesNo(false)),
        ("nej", "datapohja", Value::YesNo(false)),
        ("valmis", "suunnitelma", done),
        ("klar", "suunnitelma", done),
        ("genomförd", "suunnitelma", done),
        ("käynnissä", "suunnitelma", in_progress),
        ("pågår", "suunnitelma", in_progress),
        ("ei aloitettu", "suunnitelma", not_started),
        ("inte påbörjad", "suunnitelma", not_started),
    ] {
        let loaded = LoadedMeasurements::from_measurements(
            "words",
            Measurements {
                note: None,
                measurements: vec![Measurement::new(
                    indicator,
                    2026,
                    RawValue::Text(word.into()),
                )],
            },
        );
        let checked =
            follow_up::check(&agreement, vec![loaded]).unwrap_or_else(|e| panic!("{word}: {e:#}"));
        assert_eq!(checked.entries()[0].value, expected, "{word}");
    }
}

#[test]
fn a_duplicate_across_files_names_both_files() {
    let agreement = fixture_agreement();
    let one = follow_up::parse_toml(
        "[[measurements]]\nindicator = \"asunnottomat\"\nyear = 2025\nvalue = 60\n",
        Path::new("first.toml"),
    )
    .unwrap();
    let two = follow_up::read_csv(
        b"indicator,year,value\nasunnottomat,2025,61\n",
        Path::new("second.csv"),
    )
    .unwrap();
    let Err(InvalidMeasurements(report)) = follow_up::check(&agreement, vec![one, two]) else {
        panic!("a value given twice passes");
    };
    let finding = report.errors().next().unwrap().to_string();
    assert!(finding.contains("second.csv: line 2"), "{finding}");
    assert!(finding.contains("in `first.toml`"), "{finding}");
}

// ---------------------------------------------------------------------
// The status rules.

fn indicator(f: impl FnOnce(&mut Indicator)) -> Indicator {
    let mut i = Indicator::new("Mittari");
    f(&mut i);
    i
}

fn numbers(values: &[(i32, f64)]) -> BTreeMap<i32, AreaValue> {
    values
        .iter()
        .map(|(y, v)| {
            (
                *y,
                AreaValue::Number {
                    value: *v,
                    from: None,
                },
            )
        })
        .collect()
}

fn status(rule: &Rule, values: &[(i32, f64)], year: i32) -> IndicatorStatus {
    rule.assess(&numbers(values), year).status
}

/// A reason as the Finnish report words it, with the indicator's unit.
fn finnish(reason: &Reason, unit: Option<&str>) -> String {
    reason.text_in(Language::Fi, unit)
}

#[test]
fn no_value_for_the_year_is_no_data() {
    let rule = Rule::of(
        &indicator(|i| i.direction = Some(Direction::HigherIsBetter)),
        3,
    );
    let a = rule.assess(&numbers(&[(2025, 3.0)]), 2026);
    assert_eq!(a.status, IndicatorStatus::NoData);
    assert_eq!(a.reason, Reason::NoValue { year: 2026 });
}

#[test]
fn a_numeric_target_is_reached_at_its_value() {
    let higher = Rule::of(
        &indicator(|i| {
            i.target = Some("vähintään 92 %".into());
            i.target_value = Some(92.0);
            i.unit = Some("%".into());
        }),
        3,
    );
    // Higher is better when only a numeric target is given.
    assert_eq!(
        status(&higher, &[(2026, 92.0)], 2026),
        IndicatorStatus::Achieved
    );
    // Not reached and nothing earlier to show progress: not on track.
    assert_eq!(
        status(&higher, &[(2026, 91.9)], 2026),
        IndicatorStatus::NotOnTrack
    );
    assert_eq!(
        status(&higher, &[(2025, 80.0), (2026, 85.0)], 2026),
        IndicatorStatus::OnTrack
    );
    // Unchanged is not progress.
    assert_eq!(
        status(&higher, &[(2025, 85.0), (2026, 85.0)], 2026),
        IndicatorStatus::NotOnTrack
    );
    let a = higher.assess(&numbers(&[(2025, 80.0), (2026, 85.0)]), 2026);
    assert_eq!(
        finnish(&a.reason, Some("%")),
        "85 %, parempi kuin 80 % (2025); tavoite vähintään 92 %"
    );
    let lower = Rule::of(
        &indicator(|i| {
            i.direction = Some(Direction::LowerIsBetter);
            i.target = Some("enintään 50".into());
            i.target_value = Some(50.0);
        }),
        3,
    );
    assert_eq!(
        status(&lower, &[(2026, 50.0)], 2026),
        IndicatorStatus::Achieved
    );
    assert_eq!(
        status(&lower, &[(2025, 70.0), (2026, 60.0)], 2026),
        IndicatorStatus::OnTrack
    );
    assert_eq!(
        status(&lower, &[(2025, 55.0), (2026, 60.0)], 2026),
        IndicatorStatus::NotOnTrack
    );
}

#[test]
fn without_a_baseline_the_latest_earlier_value_is_the_reference() {
    let rule = Rule::of(
        &indicator(|i| i.direction = Some(Direction::HigherIsBetter)),
        3,
    );
    // No baseline, no earlier value: nothing to compare with.
    let first = rule.assess(&numbers(&[(2026, 10.0)]), 2026);
    assert_eq!(first.status, IndicatorStatus::NoData);
    assert_eq!(first.reason, Reason::NoReference { value: 10.0 });
    // The latest earlier year counts, not the first.
    assert_eq!(
        status(&rule, &[(2024, 20.0), (2025, 5.0), (2026, 10.0)], 2026),
        IndicatorStatus::OnTrack
    );
    // With a baseline and no earlier value, the baseline is the reference.
    let with_baseline = Rule::of(
        &indicator(|i| {
            i.direction = Some(Direction::HigherIsBetter);
            i.baseline_year = Some(2024);
            i.baseline_value = Some(12.0);
        }),
        3,
    );
    assert_eq!(
        status(&with_baseline, &[(2026, 10.0)], 2026),
        IndicatorStatus::NotOnTrack
    );
    assert_eq!(
        status(&with_baseline, &[(2026, 13.0)], 2026),
        IndicatorStatus::OnTrack
    );
    // A baseline of the same year as the value is not earlier.
    let same_year = Rule::of(
        &indicator(|i| {
            i.direction = Some(Direction::HigherIsBetter);
            i.baseline_year = Some(2026);
            i.baseline_value = Some(1.0);
        }),
        3,
    );
    assert_eq!(
        status(&same_year, &[(2026, 10.0)], 2026),
        IndicatorStatus::NoData
    );
}

#[test]
fn a_target_in_words_reads_as_better_than_before() {
    let rule = Rule::of(
        &indicator(|i| {
            i.target = Some("korkeampi kuin edellisenä vuonna".into());
            i.direction = Some(Direction::HigherIsBetter);
        }),
        3,
    );
    assert_eq!(
        status(&rule, &[(2025, 10.0), (2026, 11.0)], 2026),
        IndicatorStatus::Achieved
    );
    assert_eq!(
        status(&rule, &[(2025, 10.0), (2026, 10.0)], 2026),
        IndicatorStatus::NotOnTrack
    );
    // A sentence without a direction cannot be judged.
    let no_direction = Rule::of(
        &indicator(|i| i.target = Some("kehittyy myönteisesti".into())),
        3,
    );
    let a = no_direction.assess(&numbers(&[(2025, 10.0), (2026, 11.0)]), 2026);
    assert_eq!(a.status, IndicatorStatus::NoData);
    assert_eq!(a.reason, Reason::NoDirection { value: 11.0 });
    // A sentence naming the baseline year compares with the baseline, as
    // in the 2023 agreement ("suurempi kuin vuonna 2022").
    let baseline = Rule::of(
        &indicator(|i| {
            i.target = Some("suurempi kuin vuonna 2022".into());
            i.direction = Some(Direction::HigherIsBetter);
            i.baseline_year = Some(2022);
            i.baseline_value = Some(50.0);
        }),
        3,
    );
    assert_eq!(
        status(&baseline, &[(2025, 40.0), (2026, 45.0)], 2026),
        IndicatorStatus::NotOnTrack,
        "better than last year, but not than the baseline"
    );
    assert_eq!(
        status(&baseline, &[(2025, 60.0), (2026, 55.0)], 2026),
        IndicatorStatus::Achieved
    );
}

#[test]
fn no_target_and_no_direction_is_no_data() {
    let rule = Rule::of(&indicator(|_| {}), 3);
    let a = rule.assess(&numbers(&[(2025, 1.0), (2026, 2.0)]), 2026);
    assert_eq!(a.status, IndicatorStatus::NoData);
    assert_eq!(
        finnish(&a.reason, None),
        "2; mittarilla ei ole suuntaa eikä numeerista tavoitetta, joihin verrata"
    );
}

#[test]
fn a_scale_counts_higher_as_better() {
    let rule = Rule::of(&indicator(|i| i.scale = Some([1, 5])), 3);
    assert_eq!(rule.kind, ValueKind::Scale);
    assert_eq!(
        status(&rule, &[(2025, 2.0), (2026, 3.0)], 2026),
        IndicatorStatus::OnTrack
    );
    assert_eq!(
        status(&rule, &[(2025, 3.0), (2026, 2.0)], 2026),
        IndicatorStatus::NotOnTrack
    );
}

fn share(yes: u32, answered: u32, of: u32) -> AreaValue {
    AreaValue::Share { yes, answered, of }
}

#[test]
fn a_share_of_municipalities_counts_the_answers() {
    let x_of_11 = indicator(|i| i.municipalities = Some("X/11".parse().unwrap()));
    let rule = Rule::of(&x_of_11, 11);
    let at =
        |values: &[(i32, AreaValue)], year| rule.assess(&values.iter().copied().collect(), year);
    // All municipalities is the target of `X/N`.
    assert_eq!(
        at(&[(2026, share(11, 11, 11))], 2026).status,
        IndicatorStatus::Achieved
    );
    assert_eq!(
        at(&[(2025, share(5, 11, 11)), (2026, share(7, 11, 11))], 2026).status,
        IndicatorStatus::OnTrack
    );
    assert_eq!(
        at(&[(2026, share(7, 11, 11))], 2026).status,
        IndicatorStatus::NotOnTrack
    );
    // Missing municipalities do not count as yes, and the reason says so.
    let missing = at(&[(2025, share(5, 11, 11)), (2026, share(6, 8, 11))], 2026);
    assert_eq!(missing.status, IndicatorStatus::OnTrack);
    assert_eq!(
        finnish(&missing.reason, None),
        "6/11, enemmän kuin 5 (2025); tavoite 11/11; 3 kunnalta ei tietoa"
    );
    // No municipality has answered: no data.
    assert_eq!(
        at(&[(2026, share(0, 0, 11))], 2026).status,
        IndicatorStatus::NoData
    );
    // A share's own count is its target ("8/11").
    let eight = Rule::of(
        &indicator(|i| i.municipalities = Some(MunicipalityShare::new(Some(8), 11))),
        11,
    );
    assert_eq!(
        eight
            .assess(&[(2026, share(8, 9, 11))].into_iter().collect(), 2026)
            .status,
        IndicatorStatus::Achieved
    );
    // The earlier year's count is the reference; a baseline value is one
    // when there is no earlier year.
    let with_baseline = Rule::of(
        &indicator(|i| {
            i.municipalities = Some("X/5".parse().unwrap());
            i.baseline_year = Some(2025);
            i.baseline_value = Some(3.0);
        }),
        5,
    );
    assert_eq!(
        with_baseline
            .assess(&[(2026, share(3, 5, 5))].into_iter().collect(), 2026)
            .status,
        IndicatorStatus::NotOnTrack
    );
    assert_eq!(
        with_baseline
            .assess(&[(2026, share(4, 5, 5))].into_iter().collect(), 2026)
            .status,
        IndicatorStatus::OnTrack
    );
}

#[test]
fn yes_no_and_action_statuses() {
    let rule = Rule::of(&indicator(|i| i.value_kind = Some(ValueKind::YesNo)), 3);
    let one = |v| rule.assess(&[(2026, v)].into_iter().collect(), 2026).status;
    assert_eq!(
        one(AreaValue::YesNo { yes: true }),
        IndicatorStatus::Achieved
    );
    assert_eq!(
        one(AreaValue::YesNo { yes: false }),
        IndicatorStatus::NotOnTrack
    );
    for (status, expected) in [
        (ActionStatus::Done, IndicatorStatus::Achieved),
        (ActionStatus::InProgress, IndicatorStatus::OnTrack),
        (ActionStatus::NotStarted, IndicatorStatus::NotOnTrack),
    ] {
        assert_eq!(one(AreaValue::Action { status }), expected);
    }
}

#[test]
fn a_goal_is_as_good_as_its_worst_indicator_with_data() {
    use sopimus::follow_up::status::goal_status;
    assert_eq!(
        goal_status([
            IndicatorStatus::Achieved,
            IndicatorStatus::NoData,
            IndicatorStatus::OnTrack
        ]),
        IndicatorStatus::OnTrack
    );
    assert_eq!(
        goal_status([IndicatorStatus::NoData, IndicatorStatus::NoData]),
        IndicatorStatus::NoData
    );
    assert_eq!(goal_status([]), IndicatorStatus::NoData);
}

/// Any rule an indicator can have: a direction or none, a numeric target or
/// none, a target in words, a baseline.
fn any_rule() -> impl Strategy<Value = Rule> {
    (
        prop::option::of(prop_oneof![
            Just(Direction::HigherIsBetter),
            Just(Direction::LowerIsBetter)
        ]),
        prop::option::of(-100.0..100.0f64),
        any::<bool>(),
        prop::option::of(-100.0..100.0f64),
        prop_oneof![
            Just(ValueKind::Number),
            Just(ValueKind::Percentage),
            Just(ValueKind::Scale)
        ],
    )
        .prop_map(|(direction, target, words, baseline, kind)| {
            let i = indicator(|i| {
                i.direction = direction;
                i.value_kind = Some(kind);
                if kind == ValueKind::Scale {
                    i.scale = Some([1, 5]);
                }
                if words || target.is_some() {
                    i.target = Some("tavoite".into());
                }
                i.target_value = target;
                i.baseline_year = baseline.map(|_| 2020);
                i.baseline_value = baseline;
            });
            Rule::of(&i, 10)
        })
}

/// A better value never gives a worse status: for two values of the same
/// year with the same history, the status of the better one is at least as
/// good (no data only where the value does not matter).
#[test]
fn a_number_rule_is_monotone_in_the_value() {
    let values = (
        any_rule(),
        prop::option::of(-100.0..100.0f64),
        -150.0..150.0f64,
        -150.0..150.0f64,
    );
    check_property(512, values, |(rule, earlier, a, b)| {
        let (worse, better) = match rule.direction {
            Some(Direction::LowerIsBetter) => (a.max(b), a.min(b)),
            _ => (a.min(b), a.max(b)),
        };
        let history = |v: f64| {
            let mut s = numbers(&[(2026, v)]);
            if let Some(e) = earlier {
                s.insert(
                    2025,
                    AreaValue::Number {
                        value: e,
                        from: None,
                    },
                );
            }
            s
        };
        let s_worse = rule.assess(&history(worse), 2026).status;
        let s_better = rule.assess(&history(better), 2026).status;
        if s_worse == IndicatorStatus::NoData || s_better == IndicatorStatus::NoData {
            prop_assert_eq!(s_worse, s_better, "no data depends on the value");
        } else {
            prop_assert!(
                s_better >= s_worse,
                "{:?} for the better value, {:?} for the worse",
                s_better,
                s_worse
            );
        }
        Ok(())
    });
}

/// More municipalities answering yes never gives a worse status.
#[test]
fn a_share_rule_is_monotone_in_the_count() {
    let values = (
        1u32..40,
        prop::option::of(0u32..40),
        prop::option::of(0u32..40),
        0u32..40,
        0u32..40,
    );
    check_property(512, values, |(of, count_target, earlier, a, b)| {
        let (lo, hi) = (a.min(b).min(of), a.max(b).min(of));
        let rule = Rule::of(
            &indicator(|i| {
                i.municipalities = Some(MunicipalityShare::new(count_target.map(|c| c.min(of)), of))
            }),
            of,
        );
        let at = |yes: u32| {
            let mut s: BTreeMap<i32, AreaValue> =
                [(2026, share(yes, of, of))].into_iter().collect();
            if let Some(e) = earlier {
                s.insert(2025, share(e.min(of), of, of));
            }
            rule.assess(&s, 2026).status
        };
        prop_assert!(at(hi) >= at(lo));
        Ok(())
    });
}

// ---------------------------------------------------------------------
// Statistics import.

const STATISTICS: &str = "\
# Downloaded from the indicator bank (made up for this test).
source_id;region;year;value
181;101;2025;12,5
181;102;2025;11,0
181;HVA99;2025;11,8
181;999;2025;10,0
999;101;2025;5
181;103;2025;..
asu-1;HVA99;2026;48
";

#[test]
fn statistics_are_mapped_by_source_id_and_municipality_code() {
    let agreement = fixture_agreement();
    let (loaded, summary) = follow_up::import_statistics(
        &agreement,
        STATISTICS.as_bytes(),
        Path::new("sotkanet.csv"),
        &ImportOptions::with_area_codes(["HVA99"]),
    )
    .unwrap();
    assert_eq!(summary.rows, 7);
    assert_eq!(summary.used, 4);
    assert_eq!(summary.other_indicators, 1);
    assert_eq!(summary.other_regions, 1);
    assert_eq!(summary.no_figure, 1);
    let checked = follow_up::check(&agreement, vec![loaded]).unwrap();
    type Row = (String, i32, Option<String>, Value, Option<String>);
    let got: Vec<Row> = checked
        .entries()
        .iter()
        .map(|e| {
            (
                e.indicator.to_string(),
                e.year,
                e.municipality.as_ref().map(ToString::to_string),
                e.value,
                e.source.clone(),
            )
        })
        .collect();
    let sotkanet = Some("THL Sotkanet".to_owned());
    assert_eq!(
        got,
        vec![
            (
                "tyottomyys".into(),
                2025,
                None,
                Value::Number(11.8),
                sotkanet.clone()
            ),
            (
                "tyottomyys".into(),
                2025,
                Some("town-a".into()),
                Value::Number(12.5),
                sotkanet.clone()
            ),
            (
                "tyottomyys".into(),
                2025,
                Some("town-b".into()),
                Value::Number(11.0),
                sotkanet
            ),
            (
                "asunnottomat".into(),
                2026,
                None,
                Value::Number(48.0),
                Some("ARA".into())
            ),
        ]
        .into_iter()
        // The entries come in the agreement's order of indicators.
        .collect::<Vec<_>>()
    );
}

#[test]
fn a_bad_figure_in_statistics_points_into_the_statistics_file() {
    let agreement = fixture_agreement();
    let text = "source_id,region,year,value\n181,101,2025,paljon\n181,101,2023,4\n";
    let (loaded, _) = follow_up::import_statistics(
        &agreement,
        text.as_bytes(),
        Path::new("tilasto.csv"),
        &ImportOptions::default(),
    )
    .unwrap();
    let Err(InvalidMeasurements(report)) = follow_up::check(&agreement, vec![loaded]) else {
        panic!("a word where a number belongs passes");
    };
    let found: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].starts_with("error: tilasto.csv: line 2, column 4 (value): `paljon`"),
        "{found:#?}"
    );
    assert!(
        found[1]
            .starts_with("error: tilasto.csv: line 3, column 3 (year): the agreement is from 2024"),
        "{found:#?}"
    );
}

#[test]
fn statistics_without_a_needed_column_are_refused() {
    let agreement = fixture_agreement();
    let e = follow_up::import_statistics(
        &agreement,
        b"source_id,region,value\n181,101,3\n",
        Path::new("s.csv"),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "s.csv: line 1: the header has no `year` column; statistics are read from the columns source_id, region, year and value"
    );
}
