//! `sopimus new`: the skeleton validates for any number of municipalities,
//! renders, and never replaces a file unasked. (That it fits the JSON Schema
//! is checked in `schema/check/`, which needs no typst.)

use std::path::{Path, PathBuf};

use crate::common::sopimus;

use sopimus::{BusinessId, RenderOptions, Renderer, ValidateOptions, ValidatedAgreement};

fn scratch(name: &str) -> PathBuf {
    crate::common::scratch_in("new", name)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `sopimus new` for `n` municipalities into `dir`; the file written.
fn new(dir: &Path, n: u32, kind: &str) -> PathBuf {
    let out = dir.join(format!("{kind}-{n}.toml"));
    let run = sopimus(&[
        "new",
        "--county",
        "Esimerkin hyvinvointialue",
        "--municipalities",
        &n.to_string(),
        "--kind",
        kind,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "n = {n}: {}", text(&run.stderr));
    out
}

fn validate(path: &Path) -> ValidatedAgreement {
    let loaded = sopimus::load(path).unwrap_or_else(|e| panic!("{e}"));
    sopimus::validate(loaded.agreement, &ValidateOptions::default())
        .unwrap_or_else(|e| panic!("{} does not validate: {e:#}", path.display()))
}

#[test]
fn skeletons_validate_without_warnings_for_any_number_of_municipalities() {
    let dir = scratch("sizes");
    for (n, kind) in [
        (1, "strategic"),
        (2, "framework"),
        (11, "strategic"),
        (30, "framework"),
        (300, "strategic"),
        (998, "framework"),
    ] {
        let path = new(&dir, n, kind);
        let source = std::fs::read_to_string(&path).unwrap();
        let valid = validate(&path);
        let a = valid.agreement();
        assert!(
            valid.report().findings.is_empty(),
            "n = {n}: {:?}",
            valid.report().findings
        );
        assert_eq!(a.municipality_count(), n as usize);
        assert_eq!(a.parties.len(), n as usize + 2);
        assert!(valid.items().iter().all(|i| !i.generated), "n = {n}");
        assert!(
            source.starts_with("#:schema ./agreement.schema.json\n\n"),
            "n = {n}"
        );
        assert!(source.contains(&format!("municipalities = \"X/{n}\"")));
        assert!(source.contains(&format!("name = \"Kunta {n}\" # PLACEHOLDER")));
        let expected_kind = if kind == "framework" {
            "framework_agreement"
        } else {
            "strategic_cooperation_agreement"
        };
        assert!(source.contains(&format!("kind = \"{expected_kind}\"")));
    }
    // The program says the same.
    let path = dir.join("strategic-11.toml");
    let check = sopimus(&["check", path.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    let report = text(&check.stdout);
    assert!(
        report.contains("is valid: 0 errors, 0 warnings"),
        "{report}"
    );
    assert!(!report.contains("generated ids"), "{report}");
}

#[test]
fn a_skeleton_renders() {
    let dir = scratch("render");
    let path = new(&dir, 12, "strategic");
    let valid = validate(&path);
    let rendered = Renderer::new()
        .render(&valid, &RenderOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(rendered.pdf.starts_with(b"%PDF-"));
    assert!(rendered.pages >= 4, "{} pages", rendered.pages);
}

#[test]
fn the_number_of_municipalities_is_checked() {
    let dir = scratch("limits");
    for bad in ["0", "999", "1000", "1001", "-1", "many"] {
        let out = dir.join(format!("{bad}.toml"));
        let run = sopimus(&[
            "new",
            "--county",
            "Esimerkin hyvinvointialue",
            &format!("--municipalities={bad}"),
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.status.code(), Some(2), "{bad}");
        let stderr = text(&run.stderr);
        assert!(
            stderr.contains("give 1 to 998 municipalities"),
            "{bad}: {stderr}"
        );
        assert!(!out.exists(), "{bad}");
    }
}

#[test]
fn an_existing_file_is_kept_unless_forced() {
    let dir = scratch("force");
    let out = dir.join("agreement.toml");
    std::fs::write(&out, "my own work\n").unwrap();
    let args = |force: bool| {
        let mut args = vec![
            "new",
            "--county",
            "Esimerkin hyvinvointialue",
            "--municipalities",
            "3",
            "-o",
            out.to_str().unwrap(),
        ];
        if force {
            args.push("--force");
        }
        sopimus(&args)
    };
    let run = args(false);
    assert_eq!(run.status.code(), Some(2));
    let stderr = text(&run.stderr);
    assert!(
        stderr.contains("already exists")
            && stderr.contains("--force")
            && stderr.contains("agreement.toml"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "my own work\n");

    let run = args(true);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert_eq!(validate(&out).agreement().municipality_count(), 3);
}

#[test]
fn a_county_name_the_rules_refuse_writes_nothing() {
    let dir = scratch("name");
    for (name, why) in [
        ("", "empty"),
        (
            "Maakunnan liitto",
            "the regional council's placeholder name",
        ),
        ("Alue\u{202E}", "a direction override"),
    ] {
        let out = dir.join("agreement.toml");
        let run = sopimus(&[
            "new",
            "--county",
            name,
            "--municipalities",
            "2",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.status.code(), Some(2), "{why}: {}", text(&run.stderr));
        assert!(!out.exists(), "{why}");
    }
    // Quotes and backslashes are the name, not TOML.
    let out = dir.join("quoted.toml");
    let run = sopimus(&[
        "new",
        "--county",
        r#"Alue "Esimerkki" \ 1"#,
        "--municipalities",
        "2",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert_eq!(
        validate(&out).agreement().parties[0].name,
        r#"Alue "Esimerkki" \ 1"#
    );
}

#[test]
fn business_ids_from_numbers_pass_the_check() {
    let mut made = 0;
    for n in (0..10_000_000).step_by(9_973).chain([0, 1, 9_999_999]) {
        match BusinessId::from_number(n) {
            Some(id) => {
                made += 1;
                assert!(id.as_str().starts_with(&format!("{n:07}-")), "{id}");
                assert_eq!(id.as_str().parse::<BusinessId>().as_ref(), Ok(&id));
            }
            // Remainder 1: no check digit exists, and parsing any check
            // digit after these digits fails.
            None => {
                for c in 0..=9 {
                    assert!(format!("{n:07}-{c}").parse::<BusinessId>().is_err());
                }
            }
        }
    }
    assert!(made > 900, "{made}");
    assert!(BusinessId::from_number(10_000_000).is_none());
}

/// Runs `sopimus new --languages <codes>` for three municipalities.
fn new_in(dir: &Path, codes: &str) -> PathBuf {
    let out = dir.join(format!("{}.toml", codes.replace(',', "-")));
    let run = sopimus(&[
        "new",
        "--county",
        "Itä-Uudenmaan hyvinvointialue",
        "--municipalities",
        "3",
        "--languages",
        codes,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{codes}: {}", text(&run.stderr));
    out
}

#[test]
fn a_skeleton_in_each_language_validates_and_renders_in_each_as_it_is() {
    use crate::common::pdf::extract_text;
    use sopimus::Language;
    let dir = scratch("languages");
    for (codes, languages) in [
        ("fi", &[Language::Fi][..]),
        ("sv", &[Language::Sv]),
        ("fi,sv", &[Language::Fi, Language::Sv]),
        ("sv,fi", &[Language::Sv, Language::Fi]),
    ] {
        let path = new_in(&dir, codes);
        let source = std::fs::read_to_string(&path).unwrap();
        let valid = validate(&path);
        assert!(
            valid.report().findings.is_empty(),
            "{codes}: {:?}",
            valid.report().findings
        );
        assert_eq!(valid.agreement().meta.languages.all(), languages, "{codes}");
        // Every text of a bilingual skeleton is written in both languages:
        // as many Swedish versions as Finnish ones, none a plain string.
        if languages.len() == 2 {
            let fi = source.matches("fi = \"").count();
            let sv = source.matches("sv = \"").count();
            assert_eq!(fi, sv, "{codes}");
            assert!(fi > 40, "{codes}: only {fi} texts");
            assert!(source.contains("LANGUAGES: every text is written in each language"));
        }
        for &l in languages {
            let pdf = Renderer::new()
                .render(&valid, &RenderOptions::new().language(l))
                .unwrap_or_else(|e| panic!("{codes} in {l}: {e}"));
            assert!(
                pdf.warnings.is_empty(),
                "{codes} in {l}: {:?}",
                pdf.warnings
            );
            let words = extract_text(&pdf.pdf);
            let (own, other) = match l {
                Language::Sv => ("Kommun 3", "Kunta 3"),
                _ => ("Kunta 3", "Kommun 3"),
            };
            assert!(words.contains(own), "{codes} in {l}");
            assert!(!words.contains(other), "{codes} in {l}");
        }
        if languages.len() == 2 {
            let both = Renderer::new()
                .render(&valid, &RenderOptions::new().parallel(true))
                .unwrap_or_else(|e| panic!("{codes} side by side: {e}"));
            let words = extract_text(&both.pdf);
            assert!(
                words.contains("Kunta 3") && words.contains("Kommun 3"),
                "{codes}"
            );
        }
    }
}

#[test]
fn the_skeleton_explains_what_each_switch_of_a_generated_sentence_prints() {
    let dir = scratch("explained");
    let source = std::fs::read_to_string(new_in(&dir, "fi,sv")).unwrap();
    for line in [
        "#   convener = { party = \"kunta-1\", chair = true }  (first by the party, then the chair)",
        "#     fi: ensimmäisellä kerralla Kunta 1, jatkossa puheenjohtaja",
        "#     sv: första gången Kommun 1, därefter ordföranden",
        "#     fi: 3–4 kertaa vuodessa",
        "#     sv: 14 § (…)",
        "#     fi: § 14 (…)",
        "#   own_part_subject = \"organisation\"",
        "#     fi: Seurantakokous pidetään touko-kesäkuussa.",
    ] {
        assert!(source.lines().any(|l| l == line), "missing: {line}");
    }
}

#[test]
fn a_language_list_is_checked() {
    let dir = scratch("bad-languages");
    for (bad, why) in [
        ("en", "`en` is not a language"),
        ("fi,fi", "given twice"),
        ("fi,", "is not a language"),
    ] {
        let out = dir.join("agreement.toml");
        let run = sopimus(&[
            "new",
            "--county",
            "Esimerkin hyvinvointialue",
            "--municipalities",
            "2",
            "--languages",
            bad,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(run.status.code(), Some(2), "{bad}");
        assert!(
            text(&run.stderr).contains(why),
            "{bad}: {}",
            text(&run.stderr)
        );
        assert!(!out.exists(), "{bad}");
    }
}
