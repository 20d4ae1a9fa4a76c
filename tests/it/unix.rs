//! The program as a Unix tool: a reader that stops reading (`| head`)
//! ends it quietly, a standard output that cannot be written to is an
//! error, and the files it writes have the mode the umask gives (a file it
//! replaces keeps its mode).

use std::os::unix::fs::PermissionsExt;
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

/// `/dev/full` is Linux's.
#[cfg(target_os = "linux")]
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

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// Runs the program under `umask` (a shell sets it, then becomes the
/// program).
fn under_umask(umask: &str, args: &[&str]) -> Output {
    let out = Command::new("sh")
        .args(["-c", &format!(r#"umask {umask}; exec "$0" "$@""#), PROGRAM])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn new_files_get_the_mode_the_umask_gives() {
    let dir = scratch_in("unix", "umask");
    let at = |name: &str| dir.join(name).to_str().unwrap().to_owned();
    for (umask, expected) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let (pdf, csv, xlsx, toml, schema) = (
            at(&format!("{umask}.pdf")),
            at(&format!("{umask}.csv")),
            at(&format!("{umask}.xlsx")),
            at(&format!("{umask}.toml")),
            at(&format!("{umask}.schema.json")),
        );
        let minimal = "tests/data/valid/minimal.toml";
        under_umask(umask, &["render", minimal, "-o", &pdf]);
        under_umask(umask, &["export", minimal, "-o", &csv, "--format", "csv"]);
        under_umask(umask, &["export", minimal, "-o", &xlsx, "--format", "xlsx"]);
        under_umask(
            umask,
            &[
                "new",
                "--county",
                "Esimerkki",
                "--municipalities",
                "2",
                "-o",
                &toml,
            ],
        );
        under_umask(umask, &["schema", "-o", &schema]);
        for file in [pdf, csv, xlsx, toml, schema] {
            let got = mode(Path::new(&file));
            assert_eq!(got, expected, "umask {umask}: {file} is {got:o}");
        }
    }
}

#[test]
fn a_replaced_file_keeps_its_mode() {
    let dir = scratch_in("unix", "replaced");
    let pdf = dir.join("agreement.pdf");
    for kept in [0o640, 0o600, 0o664] {
        std::fs::write(&pdf, b"old").unwrap();
        std::fs::set_permissions(&pdf, std::fs::Permissions::from_mode(kept)).unwrap();
        // Under a umask that would give another mode to a new file.
        under_umask(
            "022",
            &[
                "render",
                "tests/data/valid/minimal.toml",
                "-o",
                pdf.to_str().unwrap(),
            ],
        );
        assert_ne!(std::fs::read(&pdf).unwrap(), b"old", "replaced");
        assert_eq!(mode(&pdf), kept, "{kept:o} became {:o}", mode(&pdf));
    }
}
