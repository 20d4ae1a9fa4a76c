//! The JSON Schema of the input format: the shipped file is what the code
//! generates, and it accepts what the loader accepts and refuses what it
//! refuses for its shape (unknown fields, wrong types), and every skeleton
//! `sopimus new` writes fits it.
//!
//! A package of its own, without typst: see its `Cargo.toml`.

use std::path::{Path, PathBuf};

use boon::{Compiler, Draft, Schemas};
use serde_json::Value;

/// `sopimus new`'s generator, compiled here from the program's source.
#[path = "../../../src/cli/skeleton.rs"]
#[allow(dead_code)]
mod skeleton;

/// The path of a file relative to the repository root.
fn crate_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

/// The shipped schema file, relative to the crate.
const SHIPPED: &str = "schema/agreement.schema.json";

#[test]
fn shipped_schema_is_what_the_code_generates() {
    let generated = sopimus::schema::agreement_schema();
    let shipped = std::fs::read_to_string(crate_path(SHIPPED)).unwrap_or_default();
    if shipped != generated {
        let line = shipped
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || shipped.lines().count().min(generated.lines().count()) + 1,
                |i| i + 1,
            );
        panic!(
            "{SHIPPED} differs from the schema the code generates (first at line {line}); \
             regenerate it with `cargo run --release -- schema -o {SHIPPED}` and commit it"
        );
    }
}

/// A TOML value as a TOML-aware schema checker (taplo) sees it: the same
/// tree in JSON, dates as strings.
fn toml_to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(table) => Value::Object(
            table
                .into_iter()
                .map(|(k, v)| (k, toml_to_json(v)))
                .collect(),
        ),
    }
}

/// A TOML text as JSON, as a schema checker sees it.
fn toml_text_to_json(text: &str) -> Value {
    toml_to_json(toml::from_str(text).unwrap_or_else(|e| panic!("not TOML: {e}")))
}

/// The shipped schema, compiled. With `draft`, as a checker that knows only
/// that draft reads it (taplo's validator defaults to draft 7 and does not
/// know 2020-12).
struct Checker {
    schemas: Schemas,
    index: boon::SchemaIndex,
}

impl Checker {
    fn new(draft: Option<Draft>) -> Checker {
        let text = std::fs::read_to_string(crate_path(SHIPPED)).expect("the shipped schema");
        let mut schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
        let mut compiler = Compiler::new();
        if let Some(draft) = draft {
            schema.as_object_mut().unwrap().remove("$schema");
            compiler.set_default_draft(draft);
        }
        let url = "urn:sopimus:agreement.schema.json";
        compiler.add_resource(url, schema).unwrap();
        let mut schemas = Schemas::new();
        let index = compiler
            .compile(url, &mut schemas)
            .unwrap_or_else(|e| panic!("the schema does not compile: {e:#}"));
        Checker { schemas, index }
    }

    fn check(&self, instance: &Value) -> Result<(), String> {
        self.schemas
            .validate(instance, self.index)
            .map_err(|e| format!("{e}"))
    }
}

fn toml_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(crate_path(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn schema_accepts_every_example_and_valid_fixture() {
    // The follow-up data beside the examples is measurements, and
    // `*.decisions.toml` the parties' decisions, not agreements; each has
    // its own reader and checks (`follow_up`, `decisions`).
    let mut files: Vec<PathBuf> = toml_files("examples")
        .into_iter()
        .filter(|f| sopimus::follow_up::load(f).is_err())
        .filter(|f| !f.to_string_lossy().ends_with(".decisions.toml"))
        .collect();
    assert!(files.len() >= 3, "{files:?}");
    files.extend(toml_files("tests/data/valid"));
    assert!(files.len() >= 4, "{files:?}");
    for draft in [None, Some(Draft::V7)] {
        let checker = Checker::new(draft);
        for file in &files {
            let source = read(file);
            let json = toml_text_to_json(&source);
            checker
                .check(&json)
                .unwrap_or_else(|e| panic!("{} ({draft:?}): {e}", file.display()));
            // The agreement as sopimus writes it (JSON input, `extract`) too.
            let agreement = sopimus::Agreement::from_toml_str(&source).unwrap();
            let written = serde_json::to_value(&agreement).unwrap();
            checker
                .check(&written)
                .unwrap_or_else(|e| panic!("{} as written ({draft:?}): {e}", file.display()));
        }
    }
}

#[test]
fn schema_refuses_what_the_loader_refuses_for_its_shape() {
    let checker = Checker::new(None);
    let minimal = read(&crate_path("tests/data/valid/minimal.toml"));
    let cases = [
        (
            "an unknown top-level table",
            format!("{minimal}\n[extra]\nx = 1\n"),
        ),
        (
            "an unknown field of a party",
            minimal.replacen("kind = \"city\"", "kind = \"city\"\nadress = \"x\"", 1),
        ),
        (
            "a number as text",
            minimal.replacen("notice_months = 12", "notice_months = \"12\"", 1),
        ),
        (
            "an unknown kind of party",
            minimal.replacen("kind = \"city\"", "kind = \"town\"", 1),
        ),
        (
            "an unknown insert",
            minimal.replacen("insert = \"tiers\"", "insert = \"tier\"", 1),
        ),
        (
            "a missing title",
            minimal.replacen("title = \"Esimerkkialueen yhteistyösopimus\"\n", "", 1),
        ),
    ];
    for (what, text) in cases {
        assert_ne!(text, minimal, "{what}: the case changed nothing");
        let loader = sopimus::Agreement::from_toml_str(&text);
        assert!(loader.is_err(), "{what}: the loader accepts it");
        assert!(
            checker.check(&toml_text_to_json(&text)).is_err(),
            "{what}: the schema accepts it"
        );
    }
}

/// Each fixture with one mistake: a mistake of shape is refused by both the
/// loader and the schema; a mistake of the rules (a wrong check digit, an
/// unknown reference) passes both, and validation finds it.
#[test]
fn schema_and_loader_agree_on_every_invalid_fixture() {
    let checker = Checker::new(None);
    // Shape the schema cannot express: a date's pattern allows 30.2., and
    // tiers are consecutive or not by their values.
    let schema_cannot_tell = ["impossible-date.toml", "tier-span-gap.toml"];
    // The schema checks the form of ids, which the loader leaves to
    // validation (so that a wrong id is a finding with its path).
    let schema_is_stricter = [
        "forum-id-malformed.toml",
        "item-id-malformed.toml",
        "party-id-malformed.toml",
        "forum-id-empty.toml",
        "area-id-malformed.toml",
    ];
    let mut compared = 0;
    for file in toml_files("tests/data/invalid") {
        let source = read(&file);
        let Ok(value) = toml::from_str::<toml::Value>(&source) else {
            continue; // a TOML syntax error: no JSON to check
        };
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let loads = sopimus::Agreement::from_toml_str(&source).is_ok();
        let fits = checker.check(&toml_to_json(value));
        if schema_is_stricter.contains(&name.as_str()) {
            assert!(
                loads && fits.is_err(),
                "{name}: expected only the schema to refuse it"
            );
            continue;
        }
        if schema_cannot_tell.contains(&name.as_str()) {
            assert!(
                !loads && fits.is_ok(),
                "{name}: expected only the loader to refuse it"
            );
            continue;
        }
        assert_eq!(
            loads,
            fits.is_ok(),
            "{name}: the loader {} it but the schema {}",
            if loads { "accepts" } else { "refuses" },
            match &fits {
                Ok(()) => "accepts it".to_owned(),
                Err(e) => format!("refuses it: {e}"),
            }
        );
        compared += 1;
    }
    assert!(compared >= 40, "only {compared} fixtures compared");
}

#[test]
fn skeletons_fit_the_schema_for_any_number_of_municipalities() {
    let checker = Checker::new(None);
    use sopimus::Language::{Fi, Sv};
    for (n, kind, languages) in [
        (1, skeleton::Kind::Strategic, &[Fi][..]),
        (2, skeleton::Kind::Framework, &[Sv]),
        (11, skeleton::Kind::Strategic, &[Fi, Sv]),
        (300, skeleton::Kind::Strategic, &[Sv, Fi]),
        (
            skeleton::MAX_MUNICIPALITIES,
            skeleton::Kind::Framework,
            &[Fi],
        ),
    ] {
        let source = skeleton::Skeleton {
            county: "Esimerkin hyvinvointialue",
            municipalities: n,
            kind,
            schema: "./agreement.schema.json",
            date: sopimus::Date::from_ymd(2026, 11, 25).unwrap(),
            languages,
        }
        .to_toml();
        sopimus::Agreement::from_toml_str(&source)
            .unwrap_or_else(|e| panic!("n = {n}: the loader refuses the skeleton: {e}"));
        checker
            .check(&toml_text_to_json(&source))
            .unwrap_or_else(|e| panic!("n = {n}: the schema refuses the skeleton: {e}"));
    }
}
