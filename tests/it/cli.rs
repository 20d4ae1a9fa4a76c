//! The `sopimus` program: exit codes, reports, atomic outputs, export and
//! extraction, run as a user would run it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::sopimus;

use crate::common::crate_path;

/// A fresh, empty directory for one test's outputs.
fn scratch(name: &str) -> PathBuf {
    crate::common::scratch_in("cli", name)
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_exit_codes() {
    let valid = sopimus(&["check", "examples/kanta-hame-2023.toml"]);
    assert_eq!(valid.status.code(), Some(0), "{}", text(&valid.stdout));
    assert!(text(&valid.stdout).contains("is valid: 0 errors, 0 warnings"));

    let invalid = sopimus(&["check", "tests/data/invalid/duplicate-party-id.toml"]);
    assert_eq!(invalid.status.code(), Some(1));
    let report = text(&invalid.stdout);
    assert!(report.contains("Errors:"), "{report}");
    assert!(report.contains("parties[4].id"), "{report}");
    assert!(report.contains("duplicate-party-id.toml:45:6"), "{report}");

    let missing = sopimus(&["check", "tests/data/no-such-file.toml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("no-such-file.toml"));

    let syntax = sopimus(&["check", "tests/data/invalid/syntax-missing-quote.toml"]);
    assert_eq!(syntax.status.code(), Some(2));
    assert!(
        text(&syntax.stderr).contains("syntax-missing-quote.toml:32:18"),
        "{}",
        text(&syntax.stderr)
    );

    let unknown = sopimus(&["check", "tests/data/invalid/unknown-field.toml"]);
    assert_eq!(unknown.status.code(), Some(2));
    let printed = format!("{}{}", text(&unknown.stdout), text(&unknown.stderr));
    assert!(
        printed.contains("`adress` is not a field here"),
        "{printed}"
    );
}

#[test]
fn check_json_output_is_machine_readable() {
    let out = sopimus(&[
        "check",
        "--format",
        "json",
        "tests/data/invalid/tier-gap.toml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(value["valid"], false);
    assert_eq!(value["errors"], 2);
    let first = &value["findings"][0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["path"], "tiers[1].level");
    assert!(first["location"]["line"].as_u64().unwrap() > 0);

    let unreadable = sopimus(&[
        "check",
        "--format",
        "json",
        "tests/data/invalid/impossible-date.toml",
    ]);
    assert_eq!(unreadable.status.code(), Some(2));
    let value: serde_json::Value = serde_json::from_slice(&unreadable.stdout).unwrap();
    assert_eq!(value["readable"], false);
    assert_eq!(value["error"]["line"], 9);
}

#[test]
fn check_speaks_swedish_when_asked_and_english_by_default() {
    let fixture = "tests/data/invalid/business-id-check-digit.toml";
    let english = sopimus(&["check", fixture]);
    assert_eq!(english, sopimus(&["check", "--lang", "en", fixture]));
    let swedish = sopimus(&["check", "--lang", "sv", fixture]);
    assert_eq!(swedish.status.code(), Some(1));
    assert_eq!(
        text(&swedish.stdout),
        format!(
            "{fixture} är inte giltig: 1 fel, 0 varningar\n\nFel:\n  parties[3].business_id  ({fixture}:41:15)\n    FO-numret `0145801-4` har kontrollsiffran 4, men enligt siffrorna ska den vara 3; kontrollera om numret har ett skrivfel.\n"
        )
    );
    assert!(text(&english.stdout).contains("Errors:\n"));

    // JSON keeps the English message and the code, and adds the translation.
    let json = sopimus(&["check", "--format", "json", "--lang", "sv", fixture]);
    assert_eq!(json.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["language"], "sv");
    let finding = &value["findings"][0];
    assert_eq!(finding["code"], "business-id-check-digit");
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .starts_with("the business ID")
    );
    assert!(
        finding["translation"]
            .as_str()
            .unwrap()
            .starts_with("FO-numret")
    );
    let plain = sopimus(&["check", "--format", "json", fixture]);
    let value: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert_eq!(value["findings"][0]["code"], "business-id-check-digit");
    assert!(value.get("language").is_none());
    assert!(value["findings"][0].get("translation").is_none());

    // The closing note of a valid agreement, in Finnish.
    let note = sopimus(&["check", "--lang", "fi", "examples/kanta-hame-2023.toml"]);
    assert_eq!(note.status.code(), Some(0));
    let report = text(&note.stdout);
    assert!(
        report.starts_with(
            "examples/kanta-hame-2023.toml on kelvollinen: 0 virhettä, 0 varoitusta\n"
        ),
        "{report}"
    );
    // The library's note says what to do; the program adds its command.
    assert!(
        report.contains("anna kohdille omat tunnisteet")
            && report.contains("→ sopimus ids examples/kanta-hame-2023.toml --write"),
        "{report}"
    );

    let unknown = sopimus(&["check", "--lang", "de", fixture]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn help_documents_exit_codes() {
    let out = sopimus(&["--help"]);
    let help = text(&out.stdout);
    for needle in [
        "Exit codes",
        "0  valid",
        "1  the agreement has validation errors",
        "2  the input could not be read",
    ] {
        assert!(help.contains(needle), "{needle}:\n{help}");
    }
}

#[test]
fn render_writes_the_pdf_and_nothing_else() {
    let dir = scratch("render");
    let out = dir.join("agreement.pdf");
    let run = sopimus(&[
        "render",
        "examples/kanta-hame-2023.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    assert_eq!(
        files_in(&dir),
        ["agreement.pdf"],
        "no temporary file is left"
    );

    let annex = dir.join("annex2.pdf");
    let run = sopimus(&[
        "render",
        "examples/kanta-hame-2026.toml",
        "--annex",
        "2",
        "-o",
        annex.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(
        text(&run.stderr).contains("2 pages"),
        "{}",
        text(&run.stderr)
    );
}

#[test]
fn render_stops_on_validation_errors_and_keeps_the_old_output() {
    let dir = scratch("invalid");
    let out = dir.join("agreement.pdf");
    std::fs::write(&out, b"the previous version").unwrap();
    let run = sopimus(&[
        "render",
        "tests/data/invalid/unknown-convener.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stdout).contains("forums[0].convener.party"));
    assert_eq!(std::fs::read(&out).unwrap(), b"the previous version");
    assert_eq!(files_in(&dir), ["agreement.pdf"]);
}

#[test]
fn render_to_a_missing_directory_fails_cleanly() {
    let dir = scratch("missing");
    let out = dir.join("no/such/dir/agreement.pdf");
    let run = sopimus(&[
        "render",
        "examples/kanta-hame-2023.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = text(&run.stderr);
    assert!(
        stderr.contains("could not write") && stderr.contains("agreement.pdf"),
        "{stderr}"
    );
    assert!(files_in(&dir).is_empty());
}

#[test]
fn export_csv_and_xlsx() {
    let dir = scratch("export");
    let csv = dir.join("mittarit.csv");
    let run = sopimus(&[
        "export",
        "examples/kanta-hame-2023.toml",
        "--format",
        "csv",
        "-o",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let content = std::fs::read_to_string(&csv).unwrap();
    // Header plus the 2023 annex's twelve indicators.
    assert_eq!(content.lines().count(), 13, "{content}");
    let xlsx = dir.join("mittarit.xlsx");
    let run = sopimus(&[
        "export",
        "examples/kanta-hame-2023.toml",
        "--format",
        "xlsx",
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
}

#[test]
fn extract_reads_the_attached_data_back() {
    let dir = scratch("extract");
    let pdf = dir.join("a3.pdf");
    let run = sopimus(&[
        "render",
        "examples/kanta-hame-2023.toml",
        "--standard",
        "a-3b-ua-1",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let out = sopimus(&["extract", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let back = sopimus::Agreement::from_json_str(&text(&out.stdout)).unwrap();
    let original = sopimus::load(crate_path("examples/kanta-hame-2023.toml"))
        .unwrap()
        .agreement;
    assert_eq!(back, original);

    // A PDF/A-2b file has no attachment: a clear error, exit code 2.
    let plain = dir.join("a2.pdf");
    sopimus(&[
        "render",
        "examples/kanta-hame-2023.toml",
        "-o",
        plain.to_str().unwrap(),
    ]);
    let out = sopimus(&["extract", plain.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("a-3b-ua-1"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn schema_prints_or_writes_the_schema() {
    let printed = sopimus(&["schema"]);
    assert_eq!(printed.status.code(), Some(0), "{}", text(&printed.stderr));
    assert_eq!(text(&printed.stdout), sopimus::schema::agreement_schema());

    let dir = scratch("schema");
    let out = dir.join("agreement.schema.json");
    let run = sopimus(&["schema", "-o", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        sopimus::schema::agreement_schema()
    );
    assert_eq!(files_in(&dir), ["agreement.schema.json"]);

    let run = sopimus(&[
        "schema",
        "-o",
        dir.join("no/such/dir/s.json").to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("s.json"),
        "{}",
        text(&run.stderr)
    );
}

#[test]
fn check_tells_when_ids_are_generated() {
    let out = sopimus(&["check", "examples/kanta-hame-2023.toml"]);
    assert_eq!(out.status.code(), Some(0));
    let report = text(&out.stdout);
    let last = report.lines().last().unwrap_or_default();
    assert!(
        last.contains("have generated ids")
            && last.contains("sopimus ids examples/kanta-hame-2023.toml"),
        "{report}"
    );
    // Nothing about ids in the JSON report or for an invalid agreement.
    let json = sopimus(&["check", "--format", "json", "examples/kanta-hame-2023.toml"]);
    assert!(!text(&json.stdout).contains("generated ids"));
    let invalid = sopimus(&["check", "tests/data/invalid/tier-gap.toml"]);
    assert!(!text(&invalid.stdout).contains("generated ids"));
}

#[test]
fn render_refuses_to_overwrite_its_input() {
    let dir = scratch("self");
    let input = dir.join("agreement.toml");
    std::fs::copy(crate_path("tests/data/valid/minimal.toml"), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let run = sopimus(&[
        "render",
        input.to_str().unwrap(),
        "-o",
        input.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(text(&run.stderr).contains("the input file itself"));
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

/// The 2026 example with its ids taken out, as `ids --write` found it: the
/// example has them written in (follow-up data refers to them), and these
/// tests need items whose ids are generated.
fn example_without_ids(dir: &Path) -> PathBuf {
    let example = "examples/kanta-hame-2026.toml";
    let ids: Vec<String> = crate::common::valid(example)
        .items()
        .iter()
        .map(|item| item.id.to_string())
        .collect();
    let text = std::fs::read_to_string(crate_path(example)).unwrap();
    let file = dir.join("kanta-hame-2026.toml");
    std::fs::write(&file, without_written_ids(&text, &ids)).unwrap();
    file
}

#[test]
fn ids_lists_every_item_with_its_id() {
    let dir = scratch("ids-list");
    let file = example_without_ids(&dir);
    let file = file.to_str().unwrap();
    let out = sopimus(&["ids", file]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let list = text(&out.stdout);
    let lines: Vec<&str> = list.lines().collect();
    assert!(lines[0].starts_with("path") && lines[0].ends_with("generated  text"));
    let valid = crate::common::valid("examples/kanta-hame-2026.toml");
    assert_eq!(lines.len(), valid.items().len() + 1, "{list}");
    let first: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(&first[..4], ["priorities[0]", "p1", "yes", "Hyvinvointia"]);
    let action = lines
        .iter()
        .find(|l| l.starts_with("priorities[3].goals[1].actions[1] "))
        .unwrap_or_else(|| panic!("{list}"));
    assert_eq!(action.split_whitespace().nth(1), Some("p4.g2.a2"), "{list}");
    // Excerpts are cut at 60 characters.
    let title_line = lines[1];
    let excerpt = &title_line[title_line.find("Hyvinvointia").unwrap()..];
    assert!(excerpt.chars().count() <= 60, "{excerpt}");
    assert!(excerpt.ends_with('…'));
    assert!(text(&out.stderr).contains("--write"));

    let json = sopimus(&["ids", "--format", "json", file]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let items = value["items"].as_array().unwrap();
    assert_eq!(items.len(), valid.items().len());
    assert_eq!(items[1]["kind"], "goal");
    assert_eq!(items[1]["path"], "priorities[0].goals[0]");
    assert_eq!(items[1]["id"], "p1.g1");
    assert_eq!(items[1]["generated"], true);
    assert_eq!(
        items[1]["text"],
        "Esteetön, monimuotoinen ja yhteisöllinen asuminen alueen väestölle."
    );

    let invalid = sopimus(&["ids", "tests/data/invalid/tier-gap.toml"]);
    assert_eq!(invalid.status.code(), Some(1));
    let missing = sopimus(&["ids", "tests/data/no-such-file.toml"]);
    assert_eq!(missing.status.code(), Some(2));
}

/// The text with the ids that `ids --write` added taken out again: lines
/// `id = "…"` and the first key `id = "…", ` of inline tables.
fn without_written_ids(text: &str, ids: &[String]) -> String {
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        if ids.iter().any(|id| line == format!("id = \"{id}\"\n")) {
            continue;
        }
        let inline = ids
            .iter()
            .map(|id| format!("{{ id = \"{id}\", "))
            .find_map(|key| line.find(&key).map(|at| (at, key.len())));
        match inline {
            Some((at, len)) => {
                out.push_str(&line[..at + 2]);
                out.push_str(&line[at + len..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

#[test]
fn ids_write_adds_the_generated_ids_and_keeps_the_rest() {
    let dir = scratch("ids");
    let file = example_without_ids(&dir);
    let original = std::fs::read_to_string(&file).unwrap();
    let listed = |path: &Path| -> serde_json::Value {
        let out = sopimus(&["ids", "--format", "json", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let before = listed(&file);
    let generated = before["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["generated"] == true)
        .count();
    assert!(generated > 30, "{generated}");

    let run = sopimus(&["ids", "--write", file.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(text(&run.stderr).contains(&format!("wrote {generated} ids")));
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(files_in(&dir), ["kanta-hame-2026.toml"]);

    // Every comment is still there, in place: taking the ids out again
    // gives the original byte for byte.
    for comment in [
        "# Kanta-Hämeen strateginen yhteistyösopimus – LUONNOS, versio 10.4.2026\n",
        "# The last indicator ends in a comma in the source (perhaps cut short); kept.\n",
        "[[priorities.goals]]\nid = \"p4.g1\"\n# Bold as in the priorities figure (the table cell has no bold).\n",
        "# The numbering continues from the first goal, as in the table.\n",
    ] {
        assert!(written.contains(comment), "lost: {comment}");
    }
    assert!(
        original
            .lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .count()
            > 100
    );
    let written_ids: Vec<String> = before["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["generated"] == true)
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(without_written_ids(&written, &written_ids), original);
    // The shipped example is what `ids --write` made of it.
    assert_eq!(
        written,
        std::fs::read_to_string(crate_path("examples/kanta-hame-2026.toml")).unwrap()
    );
    // Ids go first in their table, inline ones too.
    assert!(
        written.contains("[[priorities]]\nid = \"p1\"\nnumber = 1\n"),
        "{written}"
    );
    assert!(written.contains("  { id = \"p1.g1.i1\", text = \"Asunnottomien määrä"));
    assert!(written.contains("  { id = \"p3.g1.a1\", number = 1, text = "));

    // The same ids, none generated now.
    let after = listed(&file);
    for (b, a) in before["items"]
        .as_array()
        .unwrap()
        .iter()
        .zip(after["items"].as_array().unwrap())
    {
        assert_eq!((&b["path"], &b["id"]), (&a["path"], &a["id"]));
        assert_eq!(a["generated"], false, "{a}");
    }
    let check = sopimus(&["check", file.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0));
    assert!(
        !text(&check.stdout).contains("generated ids"),
        "{}",
        text(&check.stdout)
    );

    // A second run has nothing to do and leaves the file alone.
    let again = sopimus(&["ids", "--write", file.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(0));
    assert!(text(&again.stderr).contains("nothing to write"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);
}

#[test]
fn ids_write_handles_both_table_forms_and_refuses_what_it_cannot_edit() {
    let dir = scratch("ids-forms");
    // Indicators as `[[priorities.goals.indicators]]` tables, and a
    // priority whose goals and indicators are inline.
    let minimal = std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap();
    let (head, rest) = minimal.split_at(minimal.find("[[priorities]]").unwrap());
    let tail = &rest[rest.find("[follow_up]").unwrap()..];
    let priorities = r#"[[priorities]]
number = 1
title = "Hyvinvointi"
lead = { forums = ["strategic"], partners = ["hyte"] }

[[priorities.goals]]
text = "Hyvinvointi paranee"
actions = [{ text = "Yhteinen suunnitelma" }]

[[priorities.goals.indicators]]
# the first indicator
text = "Hyvinvointikertomus laadittu"
municipalities = "2/3"

[[priorities.goals.indicators]]
text = "Tyytyväisyys"

[[priorities]]
title = "Toinen"
lead = { responsible = ["hyte"] }
goals = [{ text = "Tavoite", indicators = [{ text = "Mittari" }] }]

"#;
    let source = format!("{head}{priorities}{tail}");
    let file = dir.join("forms.toml");
    std::fs::write(&file, &source).unwrap();
    let check = sopimus(&["check", file.to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}\n{source}",
        text(&check.stdout)
    );

    let run = sopimus(&["ids", "--write", file.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(
        written.contains(
            "[[priorities.goals.indicators]]\nid = \"p1.g1.i1\"\n# the first indicator\ntext"
        ),
        "{written}"
    );
    assert!(
        written.contains("goals = [{ id = \"p2.g1\", text = \"Tavoite\", indicators = [{ id = \"p2.g1.i1\", text = \"Mittari\" }] }]"),
        "{written}"
    );
    let listed = sopimus(&["ids", file.to_str().unwrap()]);
    assert!(
        !text(&listed.stdout).contains(" yes "),
        "{}",
        text(&listed.stdout)
    );

    // JSON is not edited; an invalid file is not touched.
    let json = dir.join("agreement.json");
    let agreement = sopimus::Agreement::from_toml_str(&source).unwrap();
    std::fs::write(&json, serde_json::to_string(&agreement).unwrap()).unwrap();
    let run = sopimus(&["ids", "--write", json.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    assert!(text(&run.stderr).contains("TOML files only"));
    let invalid = dir.join("invalid.toml");
    std::fs::copy(crate_path("tests/data/invalid/tier-gap.toml"), &invalid).unwrap();
    let before = std::fs::read(&invalid).unwrap();
    let run = sopimus(&["ids", "--write", invalid.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(std::fs::read(&invalid).unwrap(), before);
}

/// A running `sopimus watch`, killed when dropped, with its output lines.
struct Watch {
    child: std::process::Child,
    lines: std::sync::mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Watch {
    fn start(args: &[&str]) -> Watch {
        use std::io::BufRead;
        use std::process::Stdio;
        let mut child = Command::new(env!("CARGO_BIN_EXE_sopimus"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the program starts");
        let (send, lines) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        let stderr = child.stderr.take().unwrap();
        for (name, stream) in [
            ("out", Box::new(stdout) as Box<dyn std::io::Read + Send>),
            ("err", Box::new(stderr)),
        ] {
            let send = send.clone();
            std::thread::spawn(move || {
                for line in std::io::BufReader::new(stream).lines() {
                    let Ok(line) = line else { break };
                    if send.send(format!("{name}: {line}")).is_err() {
                        break;
                    }
                }
            });
        }
        Watch {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits (at most 30 s) for the `count`th line containing `needle`.
    fn wait_for(&mut self, needle: &str, count: usize) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            if self.seen.iter().filter(|l| l.contains(needle)).count() >= count {
                return;
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => self.seen.push(line),
                Err(_) => panic!(
                    "no line #{count} with `{needle}` within 30 s; the output so far:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    fn count(&self, needle: &str) -> usize {
        self.seen.iter().filter(|l| l.contains(needle)).count()
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn watch_renders_each_change_and_keeps_the_last_good_pdf() {
    let dir = scratch("watch");
    let input = dir.join("agreement.toml");
    let pdf = dir.join("agreement.pdf");
    let valid = std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap();
    std::fs::write(&input, &valid).unwrap();
    let mut watch = Watch::start(&[
        "watch",
        input.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);

    // The first render, with the same report as `check`.
    watch.wait_for("] wrote ", 1);
    assert_eq!(watch.count("is valid: 0 errors, 0 warnings"), 1);
    let first = std::fs::read(&pdf).unwrap();
    assert!(first.starts_with(b"%PDF-"));

    // Invalid: the report, no PDF.
    std::fs::write(&input, valid.replace("3221307-8", "3221307-9")).unwrap();
    watch.wait_for("not rendered", 1);
    watch.wait_for("parties[0].business_id", 1);
    assert_eq!(watch.count("is not valid: 1 error"), 1);
    assert_eq!(std::fs::read(&pdf).unwrap(), first);

    // Unreadable: a TOML syntax error with its place, no PDF.
    std::fs::write(&input, "[meta\n").unwrap();
    watch.wait_for("not rendered", 2);
    watch.wait_for("agreement.toml:1:", 1);
    assert_eq!(std::fs::read(&pdf).unwrap(), first);

    // Gone for a while, as when an editor saves by renaming.
    std::fs::remove_file(&input).unwrap();
    watch.wait_for("waiting for it", 1);

    // Valid again: a new PDF.
    std::fs::write(&input, valid.replace("Versio 1.0", "Versio 2.0")).unwrap();
    watch.wait_for("] wrote ", 2);
    let second = std::fs::read(&pdf).unwrap();
    assert!(second.starts_with(b"%PDF-"));
    assert_ne!(second, first);
    assert_eq!(watch.count("] wrote "), 2, "{}", watch.seen.join("\n"));
    assert_eq!(files_in(&dir), ["agreement.pdf", "agreement.toml"]);
}

#[test]
fn watch_refuses_a_missing_file_at_once() {
    let dir = scratch("watch-missing");
    let run = sopimus(&[
        "watch",
        dir.join("nothing.toml").to_str().unwrap(),
        "-o",
        dir.join("out.pdf").to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(text(&run.stderr).contains("nothing.toml"));
}

#[test]
fn language_versions_are_asked_for_by_code_and_refused_when_missing() {
    let dir = scratch("languages");
    let out = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let bilingual = "tests/data/valid/bilingual.toml";
    let finnish_only = "examples/kanta-hame-2026.toml";

    for (language, name) in [("sv", "sv.pdf"), ("fi", "fi.pdf")] {
        let run = sopimus(&[
            "render",
            bilingual,
            "--language",
            language,
            "-o",
            &out(name),
        ]);
        assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    }
    let run = sopimus(&["render", bilingual, "--parallel", "-o", &out("both.pdf")]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let run = sopimus(&[
        "export",
        bilingual,
        "--format",
        "csv",
        "--language",
        "fi",
        "-o",
        &out("fi.csv"),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(text(&std::fs::read(dir.join("fi.csv")).unwrap()).contains("Hyvinvointi paranee"));

    // What cannot be given is refused with the way out, and nothing is written.
    for (args, says) in [
        (
            vec![
                "render",
                finnish_only,
                "--language",
                "sv",
                "-o",
                &out("no.pdf"),
            ],
            "the agreement is written in `fi`, not in `sv`",
        ),
        (
            vec!["render", finnish_only, "--parallel", "-o", &out("no.pdf")],
            "a parallel layout needs two languages",
        ),
        (
            vec![
                "export",
                finnish_only,
                "--format",
                "csv",
                "--language",
                "sv",
                "-o",
                &out("no.csv"),
            ],
            "the agreement is written in `fi`, not in `sv`",
        ),
        (
            vec![
                "render",
                bilingual,
                "--language",
                "en",
                "-o",
                &out("no.pdf"),
            ],
            "`en` is not a language sopimus writes; use `fi` or `sv`",
        ),
    ] {
        let run = sopimus(&args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(
            text(&run.stderr).contains(says),
            "{args:?}: {}",
            text(&run.stderr)
        );
    }
    assert_eq!(files_in(&dir), ["both.pdf", "fi.csv", "fi.pdf", "sv.pdf"]);
    std::fs::remove_dir_all(&dir).unwrap();
}
