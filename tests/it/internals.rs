//! Messages say what the reader wrote and where, never the program's own
//! insides (issue 20): no serde type names, no temporary files, no number
//! other than the one written. (typst's internal errors lose the build
//! machine's paths: a unit test in `src/render/mod.rs`, as no input is
//! known to cause one.)

use crate::common::{crate_path, scratch_in, sopimus};

/// `follow-up check` of one TOML measurement whose value is `value`, for
/// the indicator `indicator` of the fixture agreement: exit code, standard
/// output and standard error.
fn check_value(indicator: &str, value: &str) -> (Option<i32>, String, String) {
    let dir = scratch_in("internals", &format!("value-{indicator}"));
    let file = dir.join("m.toml");
    std::fs::write(
        &file,
        format!("[[measurements]]\nindicator = \"{indicator}\"\nyear = 2025\nvalue = {value}\n"),
    )
    .unwrap();
    let out = sopimus(&[
        "follow-up",
        "check",
        "tests/data/follow-up/agreement.toml",
        file.to_str().unwrap(),
    ]);
    let _ = std::fs::remove_dir_all(dir);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_value_of_no_kind_is_told_in_the_readers_words() {
    let (code, _, stderr) = check_value("asunnottomat", "[1]");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("m.toml: 4:9") && stderr.contains("expected a value: a number"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("untagged") && !stderr.contains("RawValue"),
        "{stderr}"
    );
}

#[test]
fn the_largest_whole_number_is_quoted_as_written() {
    // A point of the scale 1–5: the finding quotes the value.
    let (code, stdout, stderr) = check_value("tyytyvaisyys", "9223372036854775807");
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stdout.contains("`9223372036854775807`"), "{stdout}");
    assert!(!stdout.contains("9223372036854775808"), "{stdout}");
    let (_, stdout, _) = check_value("tyytyvaisyys", "-9223372036854775808");
    assert!(stdout.contains("`-9223372036854775808`"), "{stdout}");
}

#[test]
fn an_output_that_cannot_be_created_is_named_without_the_temporary_file() {
    // `/proc` takes no new files, not even as root.
    let out = sopimus(&[
        "render",
        crate_path("tests/data/valid/minimal.toml")
            .to_str()
            .unwrap(),
        "-o",
        "/proc/sopimus-internals.pdf",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("could not write `/proc/sopimus-internals.pdf`"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(".tmp") && !stderr.contains("at path"),
        "{stderr}"
    );
}
