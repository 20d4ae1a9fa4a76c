//! The inputs of issue 9 that crashed or hung the program, and others of
//! their kind, run through the release binary as a user would: `check` and
//! `render` each end within a second with exit 1 (findings, each with its
//! path) or 2 (unreadable input, with its place and, where there is one, its
//! field), never a panic or an abort. Standard input (`-`) is read with the
//! same cap as a file.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::crate_path;

/// A refused input is answered within a second (issue 9); each such run
/// takes some tens of milliseconds here, also on a loaded machine.
const BOUND: Duration = Duration::from_secs(1);
/// An input that renders is given more on a loaded machine (about 0.2 s
/// here when idle).
const RENDER_BOUND: Duration = Duration::from_secs(5);

fn minimal() -> String {
    std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap()
}

/// `minimal.toml` with one replacement, which must change it.
fn with(from: &str, to: &str) -> String {
    let base = minimal();
    let changed = base.replacen(from, to, 1);
    assert_ne!(changed, base, "`{from}` is not in minimal.toml");
    changed
}

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sopimus-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the program with `stdin` as its standard input; the output and how
/// long it took.
fn run(args: &[&str], stdin: Stdio) -> (Output, Duration) {
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_sopimus"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(stdin)
        .output()
        .expect("the program runs");
    (output, started.elapsed())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// What one run must be: its exit code and the places its report names.
struct Expect<'a> {
    code: i32,
    places: &'a [&'a str],
}

/// Runs `check` and `render` on `input` and holds each to `expect`; the
/// slowest run's time.
fn both(name: &str, input: &Path, expect: &Expect<'_>) -> Duration {
    let out = scratch().join(format!("{name}.pdf"));
    let mut slowest = Duration::ZERO;
    for args in [
        vec!["check", input.to_str().unwrap()],
        vec![
            "render",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    ] {
        let (output, took) = run(&args, Stdio::null());
        slowest = slowest.max(took);
        let report = format!("{}{}", text(&output.stdout), text(&output.stderr));
        let what = format!("{name}: `sopimus {}`", args[0]);
        assert_eq!(
            output.status.code(),
            Some(expect.code),
            "{what} (a signal or 101 is a crash):\n{report}"
        );
        assert!(!report.contains("panicked"), "{what} panicked:\n{report}");
        for place in expect.places {
            assert!(
                report.contains(place),
                "{what} does not name `{place}`:\n{report}"
            );
        }
        let bound = if expect.code == 0 {
            RENDER_BOUND
        } else {
            BOUND
        };
        assert!(took < bound, "{what} took {took:?}");
    }
    if expect.code != 0 {
        assert!(!out.exists(), "{name}: a PDF was written");
    }
    slowest
}

fn file(name: &str, content: &str) -> PathBuf {
    let path = scratch().join(name);
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn the_inputs_of_issue_9_end_in_findings_within_a_second() {
    let mut slowest = Duration::ZERO;
    let mut note = |d: Duration| slowest = slowest.max(d);

    // 1. An insert of the follow-up inside the follow-up's own text (the
    //    follow-up also inserted in a section): `render` recursed until the
    //    stack overflowed. Prose cannot hold an insert: refused when read,
    //    with the place and the field.
    let input = file(
        "insert-in-follow-up.toml",
        &with(
            "[follow_up]\n",
            "[follow_up]\ntext = [{ insert = \"follow_up\" }]\n",
        ),
    );
    note(both(
        "insert-in-follow-up",
        &input,
        &Expect {
            code: 2,
            places: &["insert-in-follow-up.toml:128:8", "follow_up.text", "insert"],
        },
    ));

    // 2. A date after 9999 (and a review deadline after it): `render`
    //    panicked converting the date for typst.
    let input = file(
        "year-10000.toml",
        &with("date = 2024-03-01", "date = \"+10000-01-01\"").replacen(
            "deadline = 2025-05-31",
            "deadline = \"+10000-06-01\"",
            1,
        ),
    );
    note(both(
        "year-10000",
        &input,
        &Expect {
            code: 1,
            places: &["meta.date", "validity.review.deadline", "1900–9999"],
        },
    ));

    // 3. A year before 1, and year 0 (a TOML date): `render` failed with a
    //    template error.
    for (name, date) in [
        ("year-minus-1", "\"-0001-01-01\""),
        ("year-0", "0000-06-01"),
    ] {
        let input = file(
            &format!("{name}.toml"),
            &with("date = 2024-03-01", &format!("date = {date}")),
        );
        note(both(
            name,
            &input,
            &Expect {
                code: 1,
                places: &["meta.date", "1900–9999"],
            },
        ));
    }

    // 4. A device that says its size is 0 and never ends: `check` never
    //    returned. Read with a cap and refused with the limit named.
    let limit = sopimus::MAX_INPUT_BYTES.to_string();
    note(both(
        "dev-zero",
        Path::new("/dev/zero"),
        &Expect {
            code: 2,
            places: &["/dev/zero", &limit],
        },
    ));

    // 5. Meeting counts that overflowed the term's arithmetic (4 × count):
    //    refused as more than one a day.
    let input = file(
        "per-year-max.toml",
        &with(
            "frequency = { per_year = [1, 2] }",
            "frequency = { per_year = [1, 4294967295] }",
        ),
    );
    note(both(
        "per-year-max",
        &input,
        &Expect {
            code: 1,
            places: &["forums[0].frequency", "more than one a day"],
        },
    ));

    eprintln!("issue 9 inputs: the slowest run took {slowest:?}");
}

#[test]
fn others_of_their_kind_end_in_findings_too() {
    let mut slowest = Duration::ZERO;
    let mut note = |d: Duration| slowest = slowest.max(d);
    let span = format!(
        "tier = [{}]\n",
        (1..=101)
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let cases: [(&str, &str, &str, Expect<'_>); 9] = [
        // A count one past what TOML's reader gives a u32: refused when
        // read, naming the field.
        (
            "per-year-past-u32",
            "frequency = { per_year = [1, 2] }",
            "frequency = { per_year = [1, 4294967296] }",
            Expect {
                code: 2,
                places: &["forums[0].frequency"],
            },
        ),
        (
            "joint-meetings-max",
            "[[priorities]]",
            "[[joint_meetings]]\nforums = [\"strategic\", \"hyte\"]\nat_least_per_year = 4294967295\n\n[[priorities]]",
            Expect {
                code: 1,
                places: &["joint_meetings[0].at_least_per_year"],
            },
        ),
        (
            "notice-max",
            "notice_months = 12",
            "notice_months = 4294967295",
            Expect {
                code: 1,
                places: &["termination.notice_months"],
            },
        ),
        (
            "seats-max",
            "convener = { party = \"county\" }",
            "convener = { party = \"county\" }\nmembers = [{ id = \"county\", seats = 4294967295 }]",
            Expect {
                code: 1,
                places: &["forums[0].members[0].seats"],
            },
        ),
        // The first and last days chrono has, and one past them.
        (
            "chrono-first-day",
            "date = 2024-03-01",
            "date = \"-262143-01-01\"",
            Expect {
                code: 1,
                places: &["meta.date"],
            },
        ),
        (
            "chrono-last-day",
            "[validity]\n",
            "[validity]\nuntil = \"+262142-12-31\"\n",
            Expect {
                code: 1,
                places: &["validity.until"],
            },
        ),
        (
            "past-chrono",
            "date = 2024-03-01",
            "date = \"+262144-01-01\"",
            Expect {
                code: 2,
                places: &["meta.date", "is not a date"],
            },
        ),
        (
            "approval-after-9999",
            "date = 2024-01-15",
            "date = \"+10000-01-15\"",
            Expect {
                code: 1,
                places: &["parties[0].approval.date"],
            },
        ),
        // A body spanning more tiers than an agreement may have: its
        // levels would be written out one by one.
        (
            "span-past-the-limit",
            "tier = 1\n",
            &span,
            Expect {
                code: 2,
                places: &["forums[0].tier", "at most 100 tiers"],
            },
        ),
    ];
    for (name, from, to, expect) in &cases {
        let input = file(&format!("{name}.toml"), &with(from, to));
        note(both(name, &input, expect));
    }
    // Valid extremes render: every number the model takes, at its end.
    let input = file(
        "valid-extremes.toml",
        &with(
            "mode = \"electronic\"",
            "mode = \"paper\"\ncounterparts = 4294967295",
        )
        .replacen("baseline_year = 2023", "baseline_year = -2147483648", 1)
        .replacen("scale = [1, 5]", "scale = [0, 4294967295]", 1),
    );
    note(both(
        "valid-extremes",
        &input,
        &Expect {
            code: 0,
            places: &["baseline_year"],
        },
    ));
    eprintln!("others of their kind: the slowest run took {slowest:?}");
}

#[test]
fn standard_input_is_read_with_the_same_cap() {
    // A valid agreement on standard input, as TOML and as JSON.
    let toml = minimal();
    let agreement = sopimus::Agreement::from_toml_str(&toml).unwrap();
    let json = serde_json::to_string(&agreement).unwrap();
    let out = scratch().join("stdin.pdf");
    for (what, input) in [("TOML", toml.as_str()), ("JSON", json.as_str())] {
        for args in [
            vec!["check", "-"],
            vec!["render", "-", "-o", out.to_str().unwrap()],
        ] {
            let mut child = Command::new(env!("CARGO_BIN_EXE_sopimus"))
                .args(&args)
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
            let output = child.wait_with_output().unwrap();
            let report = format!("{}{}", text(&output.stdout), text(&output.stderr));
            assert_eq!(output.status.code(), Some(0), "{what} {args:?}:\n{report}");
            if args[0] == "check" {
                assert!(report.contains("<stdin> is valid"), "{report}");
            }
        }
        assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
        std::fs::remove_file(&out).unwrap();
    }

    // A mistake is reported with its path and line, as for a file.
    let (output, _) = run(
        &["check", "-"],
        Stdio::from(
            std::fs::File::open(crate_path("tests/data/invalid/duplicate-party-id.toml")).unwrap(),
        ),
    );
    assert_eq!(output.status.code(), Some(1));
    let report = text(&output.stdout);
    assert!(report.contains("parties[4].id  (<stdin>:45:6)"), "{report}");

    // An endless standard input (`sopimus check - < /dev/zero`) is refused
    // at the limit, not read until memory runs out.
    let limit = sopimus::MAX_INPUT_BYTES.to_string();
    let mut slowest = Duration::ZERO;
    for args in [
        vec!["check", "-"],
        vec!["render", "-", "-o", out.to_str().unwrap()],
    ] {
        let (output, took) = run(
            &args,
            Stdio::from(std::fs::File::open("/dev/zero").unwrap()),
        );
        slowest = slowest.max(took);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("<stdin>") && stderr.contains(&limit),
            "{stderr}"
        );
        assert!(took < BOUND, "{args:?} took {took:?}");
        assert!(!out.exists());
    }
    eprintln!("standard input at the limit: the slowest run took {slowest:?}");

    // `watch` needs a file to look at, and `ids --write` a file to write.
    let (watch, _) = run(&["watch", "-", "-o", out.to_str().unwrap()], Stdio::null());
    assert_eq!(watch.status.code(), Some(2));
    assert!(text(&watch.stderr).contains("not `-`"));
    let (ids, _) = run(&["ids", "-", "--write"], Stdio::null());
    assert_eq!(ids.status.code(), Some(2));
    assert!(text(&ids.stderr).contains("standard input"));
}

// Issue 20: inputs that are not regular files never make the program wait
// for ever, and `watch` outlives whatever its file becomes.

/// A FIFO at `path` (no program has it open).
#[cfg(unix)]
fn mkfifo(path: &Path) {
    let _ = std::fs::remove_file(path);
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn a_fifo_with_no_writer_is_refused_not_waited_on() {
    use crate::common::sopimus_within;
    let dir = crate::common::scratch_in("hostile", "fifo-in");
    let (toml, csv, pdf) = (
        dir.join("agreement.toml"),
        dir.join("measurements.csv"),
        dir.join("agreement.pdf"),
    );
    for fifo in [&toml, &csv, &pdf] {
        mkfifo(fifo);
    }
    let agreement = "examples/kanta-hame-2026.toml";
    let out = dir.join("out.toml");
    let (toml, csv, pdf, out) = (
        toml.to_str().unwrap(),
        csv.to_str().unwrap(),
        pdf.to_str().unwrap(),
        out.to_str().unwrap(),
    );
    for args in [
        vec!["check", toml],
        vec!["ids", toml],
        vec!["follow-up", "check", agreement, toml],
        vec!["follow-up", "check", agreement, csv],
        vec!["follow-up", "import", agreement, csv, "-o", out],
        vec!["extract", pdf],
    ] {
        let output = sopimus_within(&args, Duration::from_secs(10));
        let stderr = text(&output.stderr);
        let said = format!("{}{stderr}", text(&output.stdout));
        assert_eq!(output.status.code(), Some(2), "{args:?}: {said}");
        assert!(
            said.contains("FIFO that no program writes to"),
            "{args:?}: {said}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_with_a_writer_is_read() {
    let dir = crate::common::scratch_in("hostile", "fifo-writer");
    let fifo = dir.join("agreement.toml");
    mkfifo(&fifo);
    // `sh` opens the FIFO for writing (waiting for the reader) and copies
    // the agreement into it, as `check <(cat agreement.toml)` would.
    let mut writer = Command::new("sh")
        .args(["-c", r#"cat "$0" > "$1""#])
        .arg(crate_path("tests/data/valid/minimal.toml"))
        .arg(&fifo)
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let out =
        crate::common::sopimus_within(&["check", fifo.to_str().unwrap()], Duration::from_secs(10));
    let _ = writer.kill();
    let _ = writer.wait();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

/// `watch` of a file that becomes a FIFO, a directory and a file again:
/// it says what it cannot read, goes on, and renders the file when it is
/// back.
#[cfg(unix)]
#[test]
fn watch_recovers_from_whatever_its_file_becomes() {
    let dir = crate::common::scratch_in("hostile", "watch");
    let file = dir.join("agreement.toml");
    let pdf = dir.join("agreement.pdf");
    let log = dir.join("watch.log");
    std::fs::copy(crate_path("tests/data/valid/minimal.toml"), &file).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sopimus"))
        .arg("watch")
        .arg(&file)
        .arg("-o")
        .arg(&pdf)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let wait_for = |what: &str, count: usize| -> bool {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(20) {
            let said = std::fs::read_to_string(&log).unwrap_or_default();
            if said.matches(what).count() >= count {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    };
    let mut steps = Vec::new();
    steps.push(wait_for("] wrote", 1));
    std::fs::remove_file(&file).unwrap();
    mkfifo(&file);
    steps.push(wait_for("FIFO that no program writes to", 1));
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    steps.push(wait_for("directory", 1));
    std::fs::remove_dir(&file).unwrap();
    let back = dir.join("agreement.new");
    std::fs::copy(crate_path("tests/data/valid/minimal.toml"), &back).unwrap();
    std::fs::rename(&back, &file).unwrap();
    steps.push(wait_for("] wrote", 2));
    let _ = child.kill();
    let _ = child.wait();
    let said = std::fs::read_to_string(&log).unwrap_or_default();
    assert_eq!(steps, [true; 4], "{said}");
    assert!(!said.contains("panicked"), "{said}");
}

/// Measurements of ±1e308 (each a valid number) overflowed the chart's
/// span to infinity: "cannot multiply none with length".
#[test]
fn extreme_measurements_render_in_the_report() {
    let dir = crate::common::scratch_in("hostile", "extreme-values");
    for (first, second) in [
        ("1e308", "-1e308"),
        ("1.7976931348623157e308", "-1.7976931348623157e308"),
        ("5e-324", "-1e308"),
    ] {
        let measurements = dir.join("extreme.toml");
        std::fs::write(
            &measurements,
            format!(
                "[[measurements]]\nindicator = \"asunnottomat\"\nyear = 2025\nvalue = {first}\n\n\
                 [[measurements]]\nindicator = \"asunnottomat\"\nyear = 2026\nvalue = {second}\n"
            ),
        )
        .unwrap();
        let pdf = dir.join("report.pdf");
        let out = crate::common::sopimus_within(
            &[
                "follow-up",
                "report",
                "tests/data/follow-up/agreement.toml",
                measurements.to_str().unwrap(),
                "-o",
                pdf.to_str().unwrap(),
            ],
            RENDER_BOUND * 4,
        );
        assert!(
            out.status.success(),
            "{first}, {second}: {}",
            text(&out.stderr)
        );
    }
}

/// `follow-up report --year=-1` printed "Seurantavuosi -1 … Tilanne
/// 31.12.1900" and `template --year 2029` wrote a workbook for a year after
/// the agreement's end (2028): the years follow from the agreement.
#[test]
fn follow_up_years_outside_the_agreement_are_refused() {
    let dir = crate::common::scratch_in("hostile", "years");
    let out = dir.join("out");
    let out = out.to_str().unwrap();
    let agreement = "tests/data/follow-up/agreement.toml";
    let measurements = "tests/data/follow-up/valid/every-kind.toml";
    for year in ["-1", "0", "2147483647", "2029", "1999"] {
        let year_arg = format!("--year={year}");
        for args in [
            vec!["follow-up", "report", agreement, measurements, "-o", out],
            vec![
                "follow-up",
                "export",
                agreement,
                measurements,
                "-o",
                out,
                "--format",
                "csv",
            ],
            vec!["follow-up", "template", agreement, "-o", out],
        ] {
            let mut args = args.clone();
            args.push(&year_arg);
            let run = crate::common::sopimus_within(&args, RENDER_BOUND);
            let stderr = text(&run.stderr);
            assert_eq!(run.status.code(), Some(2), "{args:?}: {stderr}");
            assert!(
                stderr.contains(year) && (stderr.contains("2028") || stderr.contains("9999")),
                "{args:?}: {stderr}"
            );
            assert!(!Path::new(out).exists(), "{args:?} wrote");
        }
    }
}

/// `render --changes-since` with an earlier version that does not validate
/// exits 2, as `diff` does with it; 1 would say the new one is invalid.
#[test]
fn an_invalid_earlier_version_is_exit_2_as_in_diff() {
    let dir = crate::common::scratch_in("hostile", "changes-since");
    let pdf = dir.join("redline.pdf");
    let invalid = "tests/data/invalid/tier-gap.toml";
    let valid = "tests/data/valid/minimal.toml";
    let render = crate::common::sopimus_within(
        &[
            "render",
            valid,
            "--changes-since",
            invalid,
            "-o",
            pdf.to_str().unwrap(),
        ],
        RENDER_BOUND,
    );
    let diff = crate::common::sopimus_within(&["diff", invalid, valid], RENDER_BOUND);
    assert_eq!(diff.status.code(), Some(2));
    assert_eq!(render.status.code(), Some(2), "{}", text(&render.stderr));
    assert!(text(&render.stderr).contains("tier-gap.toml"));
    assert!(!pdf.exists());
}

/// A PDF carrying `json` as its `agreement.json`, unfiltered.
fn pdf_carrying(json: &str) -> Vec<u8> {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [] /Count 0 >>".to_owned(),
        "<< /Type /Filespec /F (agreement.json) /UF (agreement.json) /EF << /F 4 0 R >> >>"
            .to_owned(),
        format!(
            "<< /Type /EmbeddedFile /Length {} >>\nstream\n{json}\nendstream",
            json.len()
        ),
    ];
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
    for at in offsets {
        pdf.extend_from_slice(format!("{at:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    pdf
}

/// `extract` exited 0 for an attached agreement that does not validate:
/// the data is still written (for repair), and the exit code is 1.
#[test]
fn extract_of_an_invalid_attached_agreement_is_not_a_success() {
    let dir = crate::common::scratch_in("hostile", "extract-invalid");
    for (fixture, code) in [
        ("tests/data/invalid/tier-gap.toml", 1),
        ("tests/data/valid/minimal.toml", 0),
    ] {
        let agreement =
            crate::common::parse(&std::fs::read_to_string(crate_path(fixture)).unwrap());
        let pdf = dir.join("carrying.pdf");
        std::fs::write(
            &pdf,
            pdf_carrying(&serde_json::to_string(&agreement).unwrap()),
        )
        .unwrap();
        let out = crate::common::sopimus_within(&["extract", pdf.to_str().unwrap()], BOUND * 5);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{fixture}: {stderr}");
        assert!(
            text(&out.stdout).contains("\"meta\""),
            "{fixture}: the data is written"
        );
        if code == 1 {
            assert!(stderr.contains("is not valid (2 errors)"), "{stderr}");
        }
    }
}
