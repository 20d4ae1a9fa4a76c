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

// Outputs that are not one plain file (issue 20): a device or a FIFO is
// written through, a link followed, a file with other names rewritten in
// place, and none of them is ever replaced. The real `/dev/null` and
// `/dev/full` are only ever reached through a link made here, so that the
// code before the fix (which renamed over the path given) replaced the link
// and never the device, even when the tests run as root.

use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::time::Duration;

use crate::common::sopimus_within as run_within;

/// A whole render is given this long on a loaded machine (0.2 s idle).
const RENDER_LIMIT: Duration = Duration::from_secs(20);

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

fn is_fifo(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn render_to(out: &Path) -> Output {
    run_within(
        &[
            "render",
            "tests/data/valid/minimal.toml",
            "-o",
            out.to_str().unwrap(),
        ],
        RENDER_LIMIT,
    )
}

#[test]
fn a_fifo_output_is_written_through_not_replaced() {
    let dir = scratch_in("unix", "fifo-out");
    let fifo = dir.join("out.pdf");
    mkfifo(&fifo);
    // A reader, as `sopimus render … -o fifo & cat fifo` would have.
    let mut reader = Command::new("cat")
        .arg(&fifo)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // Give `cat` time to open its end (its open waits for a writer).
    std::thread::sleep(Duration::from_millis(200));
    let out = render_to(&fifo);
    let still_fifo = is_fifo(&fifo);
    if !still_fifo {
        // The reader waits for a writer that never comes.
        let _ = reader.kill();
    }
    let read = reader.wait_with_output().unwrap();
    assert!(still_fifo, "the FIFO was replaced: {out:?}");
    assert!(out.status.success(), "{out:?}");
    assert!(read.stdout.starts_with(b"%PDF-"), "the reader got the PDF");
    assert!(read.stdout.ends_with(b"%%EOF\n") || read.stdout.ends_with(b"%%EOF"));
}

#[test]
fn a_fifo_output_without_a_reader_is_refused_at_once() {
    let dir = scratch_in("unix", "fifo-no-reader");
    let fifo = dir.join("out.pdf");
    mkfifo(&fifo);
    let out = render_to(&fifo);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(is_fifo(&fifo), "the FIFO was replaced: {stderr}");
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("out.pdf") && stderr.contains("FIFO that no program reads"),
        "{stderr}"
    );
}

#[test]
fn a_link_to_dev_null_stays_a_link_and_the_device_a_device() {
    let dir = scratch_in("unix", "dev-null");
    let link = dir.join("out.pdf");
    std::os::unix::fs::symlink("/dev/null", &link).unwrap();
    let out = render_to(&link);
    assert!(is_symlink(&link), "the link was replaced: {out:?}");
    assert!(out.status.success(), "{out:?}");
    let null = std::fs::metadata("/dev/null").unwrap();
    assert!(null.file_type().is_char_device());
}

/// `/dev/full` is Linux's.
#[cfg(target_os = "linux")]
#[test]
fn a_full_device_as_output_is_an_error_not_a_success() {
    let dir = scratch_in("unix", "dev-full");
    let link = dir.join("out.pdf");
    std::os::unix::fs::symlink("/dev/full", &link).unwrap();
    for args in [
        vec!["render", "tests/data/valid/minimal.toml"],
        vec!["export", "tests/data/valid/minimal.toml", "--format", "csv"],
        vec!["schema"],
    ] {
        let mut args = args.clone();
        args.extend(["-o", link.to_str().unwrap()]);
        let out = run_within(&args, RENDER_LIMIT);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(is_symlink(&link), "{args:?} replaced the link: {stderr}");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("No space left on device"), "{stderr}");
        assert!(!stderr.contains("wrote"), "{stderr}");
    }
}

#[test]
fn a_linked_output_is_followed_and_the_link_kept() {
    let dir = scratch_in("unix", "symlink-out");
    let real = dir.join("real.pdf");
    std::fs::write(&real, b"old").unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    // A relative link, and a link to that link.
    let link = dir.join("link.pdf");
    std::os::unix::fs::symlink("real.pdf", &link).unwrap();
    let link2 = dir.join("link2.pdf");
    std::os::unix::fs::symlink(&link, &link2).unwrap();
    let out = render_to(&link2);
    assert!(out.status.success(), "{out:?}");
    assert!(
        is_symlink(&link) && is_symlink(&link2),
        "a link was replaced"
    );
    assert!(std::fs::read(&real).unwrap().starts_with(b"%PDF-"));
    assert_eq!(mode(&real), 0o640);
    // A link to a file not yet there creates the file.
    let dangling = dir.join("dangling.pdf");
    std::os::unix::fs::symlink("new.pdf", &dangling).unwrap();
    assert!(render_to(&dangling).status.success());
    assert!(is_symlink(&dangling));
    assert!(
        std::fs::read(dir.join("new.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );
    // A loop is an error, not a hang.
    let (a, b) = (dir.join("a.pdf"), dir.join("b.pdf"));
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    let out = render_to(&a);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(is_symlink(&a) && is_symlink(&b));
}

#[test]
fn a_hard_linked_output_keeps_its_names_and_mode() {
    let dir = scratch_in("unix", "hard-out");
    let first = dir.join("first.pdf");
    let second = dir.join("second.pdf");
    std::fs::write(&first, b"old").unwrap();
    std::fs::set_permissions(&first, std::fs::Permissions::from_mode(0o604)).unwrap();
    std::fs::hard_link(&first, &second).unwrap();
    let inode = std::fs::metadata(&first).unwrap().ino();
    let out = render_to(&first);
    assert!(out.status.success(), "{out:?}");
    let pdf = std::fs::read(&first).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(std::fs::read(&second).unwrap(), pdf, "the other name too");
    assert_eq!(std::fs::metadata(&first).unwrap().ino(), inode);
    assert_eq!(std::fs::metadata(&first).unwrap().nlink(), 2);
    assert_eq!(mode(&first), 0o604);
    let names: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(names.len(), 2, "no temporary file is left");
}

#[test]
fn ids_write_keeps_the_sources_link_names_and_mode() {
    let dir = scratch_in("unix", "ids-write");
    let source = dir.join("agreement.toml");
    std::fs::copy(
        crate::common::crate_path("examples/kanta-hame-2023.toml"),
        &source,
    )
    .unwrap();
    std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o664)).unwrap();
    let other_name = dir.join("hard.toml");
    std::fs::hard_link(&source, &other_name).unwrap();
    let link = dir.join("link.toml");
    std::os::unix::fs::symlink("agreement.toml", &link).unwrap();
    let out = run_within(
        &["ids", link.to_str().unwrap(), "--write"],
        Duration::from_secs(10),
    );
    assert!(out.status.success(), "{out:?}");
    assert!(is_symlink(&link), "the link became a copy");
    let written = std::fs::read_to_string(&source).unwrap();
    assert!(written.contains("id = "), "ids written");
    assert_ne!(
        written,
        std::fs::read_to_string(crate::common::crate_path("examples/kanta-hame-2023.toml"))
            .unwrap()
    );
    assert_eq!(std::fs::read_to_string(&other_name).unwrap(), written);
    assert_eq!(mode(&source), 0o664, "{:o}", mode(&source));
}

#[test]
fn an_output_that_is_the_input_by_another_name_is_refused() {
    let dir = scratch_in("unix", "same-file");
    let input = dir.join("in.toml");
    std::fs::copy(
        crate::common::crate_path("tests/data/valid/minimal.toml"),
        &input,
    )
    .unwrap();
    let before = std::fs::read(&input).unwrap();
    let hard = dir.join("hard.toml");
    std::fs::hard_link(&input, &hard).unwrap();
    let soft = dir.join("soft.toml");
    std::os::unix::fs::symlink(&input, &soft).unwrap();
    for output in [&hard, &soft] {
        for args in [
            vec![
                "render",
                input.to_str().unwrap(),
                "-o",
                output.to_str().unwrap(),
            ],
            vec![
                "export",
                input.to_str().unwrap(),
                "--format",
                "csv",
                "-o",
                output.to_str().unwrap(),
            ],
        ] {
            let out = run_within(&args, RENDER_LIMIT);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
            assert!(stderr.contains("is the input file itself"), "{stderr}");
            assert_eq!(std::fs::read(&input).unwrap(), before, "{args:?}");
        }
    }
}

#[test]
fn a_socket_output_is_refused_and_kept() {
    let dir = scratch_in("unix", "socket-out");
    let socket = dir.join("out.pdf");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let out = render_to(&socket);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        std::fs::symlink_metadata(&socket)
            .unwrap()
            .file_type()
            .is_socket(),
        "the socket was replaced: {stderr}"
    );
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("socket"), "{stderr}");
}

/// `/dev/full` is Linux's.
#[cfg(target_os = "linux")]
#[test]
fn a_standard_error_that_cannot_be_written_is_no_panic() {
    let dir = scratch_in("unix", "stderr-full");
    let pdf = dir.join("out.pdf");
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let (reader, closed) = std::io::pipe().unwrap();
    drop(reader);
    for (stderr, code) in [(Stdio::from(full), 2), (Stdio::from(closed), 141)] {
        let out = Command::new(PROGRAM)
            .args(["render", "tests/data/valid/minimal.toml", "-o"])
            .arg(&pdf)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .output()
            .unwrap();
        // Not 101, Rust's exit code for a panic.
        assert_eq!(out.status.code(), Some(code), "{out:?}");
        assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    }
}
