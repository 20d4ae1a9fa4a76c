//! Size limits: input that would exhaust time or memory gets a clear error
//! naming the limit, never a crash or a stalled render.

use crate::common::synthetic::{Size, agreement, toml_text};
use crate::common::{crate_path, today};
use sopimus::validate::limits;
use sopimus::{LoadError, MAX_INPUT_BYTES, ValidateOptions, validate};

fn scratch_file(name: &str, content: &[u8]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("sopimus-limits-{}-{name}", std::process::id()));
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let mut big = toml_text(crate::common::synthetic::LARGEST_COUNTY).into_bytes();
    big.resize(MAX_INPUT_BYTES as usize + 1, b' ');
    let path = scratch_file("big.toml", &big);
    match sopimus::load(&path) {
        Err(e @ LoadError::TooLarge { .. }) => {
            let message = e.to_string();
            assert!(message.contains(&MAX_INPUT_BYTES.to_string()), "{message}");
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    std::fs::remove_file(path).unwrap();
}

#[test]
fn deep_nesting_is_a_syntax_error_with_a_place() {
    let depth = 50_000;
    let toml = format!(
        "{}\n[[sections]]\nheading = \"x\"\nblocks = {}{}\n",
        std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap(),
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let path = scratch_file("deep.toml", toml.as_bytes());
    match sopimus::load(&path) {
        Err(LoadError::Syntax { line, message, .. }) => {
            assert!(line > 100, "{line}");
            assert!(
                message.contains("recursion") || message.contains("depth"),
                "{message}"
            );
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let json = format!("{{\"meta\": {}{}}}", "[".repeat(depth), "]".repeat(depth));
    let path = scratch_file("deep.json", json.as_bytes());
    assert!(matches!(
        sopimus::load(&path),
        Err(LoadError::Syntax { .. })
    ));
}

#[test]
fn enormous_lists_and_texts_get_findings_naming_the_limit() {
    let size = Size {
        parties: limits::PARTIES + 1,
        priorities: 2,
        goals: 1,
        indicators: 1,
    };
    let mut a = agreement(size);
    a.meta.title = "x".repeat(limits::TEXT_CHARS + 1);
    let report = validate(a, &ValidateOptions::with_today(today()))
        .unwrap_err()
        .0;
    let find = |path: &str| {
        report
            .errors()
            .find(|f| f.path.to_string() == path)
            .unwrap_or_else(|| panic!("no error at {path}:\n{report}"))
            .message
            .clone()
    };
    assert!(find("parties").contains("1001 parties is more than the limit of 1000"));
    assert!(find("meta.title").contains("more than the limit of 200000"));
}
