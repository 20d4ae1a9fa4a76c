//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod pages;
pub mod pdf;
pub mod synthetic;

use std::path::{Path, PathBuf};

use sopimus::{Agreement, Date, LoadError, ValidateOptions, ValidatedAgreement, validate};

/// The seed of a property test: the number in the environment variable
/// `var`, to repeat a run, or else a new one each run, so that runs add up.
/// (Proptest runs without its `std` feature, see Cargo.toml, and would
/// otherwise draw the same cases every run.)
pub fn seed(var: &str) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64)
        })
}

/// A proptest runner of `cases` cases drawn from `seed`.
pub fn runner(cases: u32, seed: u64) -> proptest::test_runner::TestRunner {
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
}

/// Holds `test` for `cases` values of `strategy` on a new seed (or the one
/// in `SOPIMUS_PROPTEST_SEED`), which a failure names with the smallest
/// failing value.
pub fn check_property<S: proptest::strategy::Strategy>(
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), proptest::test_runner::TestCaseError>,
) {
    let seed = seed("SOPIMUS_PROPTEST_SEED");
    if let Err(e) = runner(cases, seed).run(&strategy, test) {
        panic!("SOPIMUS_PROPTEST_SEED={seed}: {e}");
    }
}

/// A fixed "today", so that reports do not change with the calendar.
pub fn today() -> Date {
    Date::from_ymd(2026, 11, 25).expect("valid date")
}

/// The crate root: the manifest's directory, or its parent where these
/// helpers are compiled into a fuzz target (cargo-fuzz builds `fuzz/` with
/// `--cfg fuzzing`), so that fixtures resolve the same in both.
pub fn crate_root() -> &'static Path {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    if cfg!(fuzzing) {
        manifest.parent().expect("fuzz/ is inside the crate")
    } else {
        manifest
    }
}

/// The path of a file relative to the crate root.
pub fn crate_path(relative: &str) -> PathBuf {
    crate_root().join(relative)
}

/// Loads and validates a file, panicking with the full report on failure.
pub fn valid(relative: &str) -> ValidatedAgreement {
    let loaded = sopimus::load(crate_path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"));
    validate(loaded.agreement, &ValidateOptions::with_today(today()))
        .unwrap_or_else(|e| panic!("{relative} does not validate:\n{}", e.0))
}

/// The two reference agreements of Kanta-Häme, the Päijät-Häme example
/// (another county's shape: columns, interface areas, members) and the
/// Österbotten example (Swedish first, Finnish second).
pub const EXAMPLES: [&str; 4] = [
    "examples/kanta-hame-2023.toml",
    "examples/kanta-hame-2026.toml",
    "examples/paijat-hame-2026.toml",
    "examples/osterbotten-2026.toml",
];

/// The sentences and words an example's document in its primary language
/// must carry, written out here rather than taken from the locale, so that
/// a change of the generated wording shows: the counterparts sentence (one
/// counterpart per party), the signing statement, the annex labels and the
/// signatures heading.
pub struct Generated {
    pub counterparts: &'static str,
    pub signing: &'static str,
    pub annex1: &'static str,
    pub annex2: &'static str,
    pub signatures: &'static str,
}

/// [`Generated`] of each example in [`EXAMPLES`], by its path; an example
/// not listed here fails rather than borrowing another's sentences.
pub fn generated(example: &str) -> Generated {
    let finnish = |counterparts| Generated {
        counterparts,
        signing: "Allekirjoitukset sähköisenä allekirjoituksena.",
        annex1: "Liite 1.",
        annex2: "Liite 2.",
        signatures: "Allekirjoitukset",
    };
    match example {
        "examples/kanta-hame-2023.toml" => finnish(
            "Tätä sopimusta on tehty kolmetoista (13) samansanaista kappaletta, yksi kullekin sopijaosapuolelle.",
        ),
        "examples/kanta-hame-2026.toml" => finnish(
            "Tätä sopimusta on tehty kolmetoista (13) samansanaista kappaletta, yksi kullekin sopimusosapuolelle.",
        ),
        "examples/paijat-hame-2026.toml" => finnish(
            "Tätä sopimusta on tehty kaksitoista (12) samansanaista kappaletta, yksi kullekin sopimusosapuolelle.",
        ),
        "examples/osterbotten-2026.toml" => Generated {
            counterparts: "Detta avtal har upprättats i sexton (16) likalydande exemplar, ett för varje avtalspart.",
            signing: "Avtalet undertecknas elektroniskt.",
            annex1: "Bilaga 1.",
            annex2: "Bilaga 2.",
            signatures: "Underskrifter",
        },
        other => panic!("{other}: write the sentences it must carry in `generated`"),
    }
}

/// What `sopimus check` would say about a file, as text: either the load
/// error, or every finding with its line, column and path.
pub fn report_text(path: &Path) -> String {
    let loaded = match sopimus::load(path) {
        Ok(loaded) => loaded,
        Err(e) => return format!("input error (exit code 2):\n{}", relative_error(&e)),
    };
    match validate(loaded.agreement, &ValidateOptions::with_today(today())) {
        Ok(valid) => {
            let mut report = valid.report().clone();
            report.locate_in_toml(&loaded.source);
            format!(
                "valid, {} warning(s):\n{}",
                report.findings.len(),
                findings(&report)
            )
        }
        Err(invalid) => {
            let mut report = invalid.0;
            report.locate_in_toml(&loaded.source);
            format!(
                "invalid, {} error(s):\n{}",
                report.errors().count(),
                findings(&report)
            )
        }
    }
}

fn findings(report: &sopimus::Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let at = f
            .location()
            .map(|l| format!("{}:{}", l.line, l.column))
            .unwrap_or_else(|| "-".into());
        // The place leads the line, so the finding is written without it.
        out.push_str(&format!(
            "{at} {}: {}: {}\n",
            f.severity().as_str(),
            f.path(),
            f.message()
        ));
    }
    out
}

/// The load error with the machine-specific directory removed.
fn relative_error(e: &LoadError) -> String {
    e.to_string()
        .replace(&format!("{}/", crate_root().display()), "")
}

/// Parses TOML text, panicking with the error.
pub fn parse(source: &str) -> Agreement {
    Agreement::from_toml_str(source).unwrap_or_else(|e| panic!("{e}"))
}

/// One renderer for the whole test binary, as a real service would keep it.
pub static RENDERER: std::sync::LazyLock<sopimus::Renderer> =
    std::sync::LazyLock::new(sopimus::Renderer::new);

/// Renders with the shared renderer; typst's warnings (an unknown font, a
/// missing glyph) count as failures.
pub fn render_pdf(agreement: &ValidatedAgreement, options: &sopimus::RenderOptions) -> Vec<u8> {
    let rendered = RENDERER
        .render(agreement, options)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
    assert!(rendered.pages > 0);
    rendered.pdf
}

/// Runs the `sopimus` program built for these tests from the crate root.
// Not in the fuzz targets, which compile these helpers without the program.
#[cfg(not(fuzzing))]
pub fn sopimus(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_sopimus"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the program runs")
}

/// A fresh, empty directory for one test's outputs, named by the test
/// module (`area`) and the test (`name`).
pub fn scratch_in(area: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sopimus-{area}-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// [`sopimus`] that gives up after `limit`, killing the program: a test of
/// something that could hang fails instead of hanging. Standard input is
/// empty; both outputs are read as they come, so a long output cannot
/// block the program.
#[cfg(not(fuzzing))]
pub fn sopimus_within(args: &[&str], limit: std::time::Duration) -> std::process::Output {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sopimus"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the program runs");
    let drain = |mut stream: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = stream.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`sopimus {}` still ran after {limit:?}", args.join(" "));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    std::process::Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}
