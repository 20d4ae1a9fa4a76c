//! Parsing and validation of arbitrary input: never a panic; every finding
//! has a path and a message; locating findings in the source never fails.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sopimus::{Agreement, Date, ValidateOptions, validate};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    // A text that opens with `{` is JSON, the rest TOML, so both front ends
    // are fuzzed and the seed corpus (TOML files, which open with a `#`
    // comment) reaches TOML; a byte's parity, as before, sent every seed to
    // JSON.
    let parsed = if source.trim_start().starts_with('{') {
        Agreement::from_json_str(source)
    } else {
        Agreement::from_toml_str(source)
    };
    let Ok(agreement) = parsed else { return };
    let options = ValidateOptions::with_today(Date::from_ymd(2026, 11, 25).unwrap());
    let mut report = match validate(agreement.clone(), &options) {
        Ok(valid) => {
            // A valid agreement serialises and parses back to the same value.
            let toml = valid
                .agreement()
                .to_toml_string()
                .expect("a valid agreement serialises");
            let back = Agreement::from_toml_str(&toml).expect("serialised TOML parses");
            assert_eq!(&back, valid.agreement());
            let _ = valid.entry_into_force();
            let _ = valid.follow_up_year(2030);
            let _ = valid.expected_meetings_in_term();
            valid.report().clone()
        }
        Err(invalid) => {
            assert!(invalid.0.has_errors());
            invalid.0
        }
    };
    report.locate_in_toml(source);
    for finding in &report.findings {
        assert!(!finding.path().is_root(), "{finding}");
        assert!(!finding.message().is_empty(), "{finding}");
    }
});
