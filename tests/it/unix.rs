//! The program as a Unix tool: a reader that stops reading (`| head`)
//! ends it quietly, and a standard output that cannot be written to is an
//! error.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::scratch_in;

const PROGRAM: &str = env!("CARGO_BIN_EXE_sopimus");

/// Runs the program from the crate root with `stdout` as its standard
/// output.
fn run_with_stdout(args: &[&str], stdout: impl Into<Stdio>) -> Output {
    Command::new(PROGRAM)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("the program runs")
}

/// Runs the program with standard output a pipe whose reader has already
/// gone, so that its first write fails as it does once `head` has exited:
/// always, whatever the timing.
fn with_closed_stdout(args: &[&str]) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    run_with_stdout(args, writer)
}

/// Every command that prints to standard output, each printing something.
fn printing_commands(dir: &Path) -> Vec<Vec<String>> {
    // `extract` needs a PDF with the data attached.
    let pdf = dir.join("a3.pdf");
    let rendered = crate::common::sopimus(&[
        "render",
        "tests/data/valid/minimal.toml",
        "--standard",
        "a-3b-ua-1",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert!(rendered.status.success(), "{rendered:?}");
    [
        vec!["schema"],
        vec!["check", "examples/kanta-hame-2023.toml"],
        vec!["check", "examples/kanta-hame-2023.toml", "--format", "json"],
        // Invalid: the report says so, exit code 1 when it is read.
        vec!["check", "tests/data/invalid/tier-gap.toml"],
        vec!["check", "tests/data/invalid/tier-gap.toml", "--lang", "fi"],
        vec!["ids", "examples/kanta-hame-2023.toml"],
        vec![
            "diff",
            "tests/data/diff/base.toml",
            "tests/data/diff/notice-period-changed.toml",
        ],
        vec![
            "diff",
            "tests/data/diff/base.toml",
            "tests/data/diff/notice-period-changed.toml",
            "--format",
            "json",
        ],
        vec![
            "follow-up",
            "check",
            "examples/kanta-hame-2026.toml",
            "examples/kanta-hame-2026-seuranta.toml",
        ],
        vec!["extract", pdf.to_str().unwrap()],
    ]
    .into_iter()
    .map(|args| args.into_iter().map(str::to_owned).collect())
    .collect()
}

#[test]
fn a_closed_pipe_ends_every_printing_command_quietly() {
    let dir = scratch_in("unix", "closed-pipe");
    for args in printing_commands(&dir) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        // Each prints when its output is read.
        let read = crate::common::sopimus(&args);
        assert!(!read.stdout.is_empty(), "{args:?} prints nothing");
        let out = with_closed_stdout(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        // 128 + SIGPIPE, as a shell reports `cat` ended by a closed pipe:
        // neither a success nor any of the program's own answers.
        assert_eq!(out.status.code(), Some(141), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?} said: {stderr}");
    }
}

#[test]
fn schema_into_head_is_quiet() {
    // The issue's own words: `sopimus schema | head -2` panicked. The
    // schema (some 69 kB) is more than a pipe holds, so the program is
    // still writing when `head` has gone.
    let out = Command::new("sh")
        .args(["-c", r#""$0" schema | head -2"#, PROGRAM])
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

#[test]
fn a_full_standard_output_is_an_error() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full")
    };
    for args in [
        vec!["schema"],
        vec!["check", "examples/kanta-hame-2023.toml"],
    ] {
        let out = run_with_stdout(&args, full());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(
            stderr.trim_end(),
            "error: could not write to standard output: No space left on device (os error 28)",
            "{args:?}"
        );
    }
}
