//! The decisions beside an agreement (issue 21): the file's rules, each
//! with a fixture, where the agreement stands (`status`) for each example
//! and for edits that make it pending, blocked or terminated, and that
//! recording decisions never changes the agreement.

use std::path::Path;

use proptest::prelude::*;
use sopimus::ValidatedAgreement;
use sopimus::dates::EntryIntoForce;
use sopimus::decisions::{self, State, ValidatedDecisions};
use sopimus::diagnostic::Code;

use crate::common::{check_property, crate_path, scratch_in, sopimus, valid};

/// The agreement and decisions of an example, checked.
pub(crate) fn example(name: &str) -> (ValidatedAgreement, ValidatedDecisions) {
    let agreement = valid(&format!("examples/{name}.toml"));
    let decisions = decisions::load(crate_path(&format!("examples/{name}.decisions.toml")))
        .unwrap()
        .validate(&agreement)
        .unwrap_or_else(|e| panic!("{name}: {e:#}"));
    (agreement, decisions)
}

/// Decisions from TOML text, checked against `agreement`.
fn from_text(
    text: &str,
    agreement: &ValidatedAgreement,
) -> Result<ValidatedDecisions, sopimus::Invalid<decisions::DecisionsPlace>> {
    decisions::parse(text, Path::new("decisions.toml"))
        .unwrap()
        .validate(agreement)
}

fn status_text(
    agreement: &ValidatedAgreement,
    decisions: &ValidatedDecisions,
    language: Option<sopimus::Language>,
) -> String {
    decisions
        .status(agreement)
        .unwrap()
        .to_text(agreement, language)
}

#[test]
fn the_signed_2023_agreement_with_its_decisions_is_in_force_since_1_8_2023() {
    let (agreement, decisions) = example("kanta-hame-2023");
    let since = sopimus::Date::from_ymd(2023, 8, 1).unwrap();
    assert_eq!(
        decisions.entry_into_force(&agreement).unwrap(),
        EntryIntoForce::InForce { since }
    );
    assert_eq!(
        decisions.status(&agreement).unwrap().state,
        State::InForce { since }
    );
    // The agreement alone records no decisions: pending, as before.
    assert!(matches!(
        agreement.entry_into_force(),
        EntryIntoForce::Pending { .. }
    ));
    assert!(matches!(
        ValidatedDecisions::none(&agreement)
            .status(&agreement)
            .unwrap()
            .state,
        State::Pending { .. }
    ));
}

#[test]
fn status_of_each_example() {
    let (a, d) = example("kanta-hame-2023");
    insta::assert_snapshot!("status-kanta-hame-2023", status_text(&a, &d, None));
    let (a, d) = example("kanta-hame-2026");
    insta::assert_snapshot!(
        "status-kanta-hame-2026-fi",
        status_text(&a, &d, Some(sopimus::Language::Fi))
    );
    insta::assert_json_snapshot!("status-kanta-hame-2026-json", d.status(&a).unwrap());
    let (a, d) = example("osterbotten-2026");
    insta::assert_snapshot!(
        "status-osterbotten-2026-sv",
        status_text(&a, &d, Some(sopimus::Language::Sv))
    );
}

/// The 2023 decisions file with `edit` made to its text.
fn edited_2023(edit: impl Fn(String) -> String) -> (ValidatedAgreement, ValidatedDecisions) {
    let agreement = valid("examples/kanta-hame-2023.toml");
    let text =
        std::fs::read_to_string(crate_path("examples/kanta-hame-2023.decisions.toml")).unwrap();
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit changes nothing");
    let decisions = from_text(&edited, &agreement).unwrap_or_else(|e| panic!("{e:#}"));
    (agreement, decisions)
}

#[test]
fn a_missing_signature_makes_it_pending_naming_the_party() {
    let (a, d) = edited_2023(|t| {
        t.replace(
            "signature = { name = \"Tatu Ujula\", date = 2023-08-01 }\n",
            "",
        )
    });
    let status = d.status(&a).unwrap();
    assert_eq!(
        status.state,
        State::Pending {
            not_decided: Vec::new(),
            not_signed: vec!["ypaja".into()],
        }
    );
    insta::assert_snapshot!("status-edit-pending", status_text(&a, &d, None));
}

#[test]
fn a_rejection_or_a_change_blocks_it_naming_the_parties() {
    let (a, d) = edited_2023(|t| {
        // Forssa's board approves with a change, Loppi's rejects; neither signs.
        t.replacen(
            "section = \"112\", outcome = \"approved\"",
            "section = \"112\", outcome = \"approved_with_changes\", changes = \"strategisen foorumin kokoonpanoon lisätään kaupunginvaltuuston varapuheenjohtaja\"",
            1,
        )
        .replacen("signature = { name = \"Jari Kesäniemi\", date = 2023-08-01 }\n", "", 1)
        .replacen(
            "section = \"122\", outcome = \"approved\"",
            "section = \"122\", outcome = \"rejected\"",
            1,
        )
        .replacen("signature = { name = \"Mikko Salmela\", date = 2023-08-01 }\n", "", 1)
    });
    let status = d.status(&a).unwrap();
    let State::Blocked { by } = &status.state else {
        panic!("not blocked: {:?}", status.state);
    };
    let by: Vec<&str> = by.iter().map(|b| b.party.as_str()).collect();
    assert_eq!(by, ["forssa", "loppi"]);
    insta::assert_snapshot!(
        "status-edit-blocked",
        status_text(&a, &d, Some(sopimus::Language::Fi))
    );
}

#[test]
fn a_termination_is_listed_with_the_day_it_takes_effect() {
    let (a, d) = edited_2023(|t| {
        t.replacen(
            "signature = { name = \"Juuso Alatalo\", date = 2023-08-01 }\n",
            "signature = { name = \"Juuso Alatalo\", date = 2023-08-01 }\ntermination = { delivered = 2025-01-31 }\n",
            1,
        )
    });
    let status = d.status(&a).unwrap();
    assert_eq!(status.terminations.len(), 1);
    assert_eq!(status.terminations[0].party.as_str(), "tammela");
    // 12 months' notice, from the last day of January to the last of January.
    assert_eq!(status.terminations[0].effective.finnish(), "31.1.2026");
    insta::assert_snapshot!("status-edit-terminated", status_text(&a, &d, None));
}

#[test]
fn the_chain_of_a_county_proposal_then_the_council_counts_the_council() {
    // Itä-Uusimaa's shape: the board proposes, the council decides later.
    let (a, d) = example("kanta-hame-2026");
    let status = d.status(&a).unwrap();
    let hml = status
        .parties
        .iter()
        .find(|p| p.party.as_str() == "hameenlinna")
        .unwrap();
    assert_eq!(hml.decision, decisions::DecisionState::Proposed);
    let humppila = status
        .parties
        .iter()
        .find(|p| p.party.as_str() == "humppila")
        .unwrap();
    assert_eq!(humppila.decision, decisions::DecisionState::SentBack);
    let State::Pending { not_decided, .. } = &status.state else {
        panic!("not pending");
    };
    assert!(not_decided.iter().any(|p| p.as_str() == "hameenlinna"));
    assert!(not_decided.iter().any(|p| p.as_str() == "humppila"));
}

#[test]
fn decisions_of_another_agreement_are_refused() {
    let (_, d) = example("kanta-hame-2023");
    let other = valid("examples/osterbotten-2026.toml");
    assert!(d.status(&other).is_err());
}

/// The code a fixture exists for, from its second line.
fn declared_code(source: &str) -> Option<&str> {
    let rest = source.lines().nth(1)?.strip_prefix("# code: ")?;
    rest.split([',', ' ']).next()
}

/// Every fixture under `tests/data/decisions/invalid/` gives the code its
/// second line names (`none`: it does not load), every `decision-*` code
/// has one, and the reports (English, places with line and column) are
/// snapshotted.
#[test]
fn each_decisions_fixture_gives_its_code_with_a_place() {
    let agreement = valid("tests/data/decisions/agreement.toml");
    let base = std::fs::read_to_string(crate_path("tests/data/decisions/base.toml")).unwrap();
    from_text(&base, &agreement).unwrap_or_else(|e| panic!("the base is invalid: {e:#}"));
    let mut files: Vec<_> = std::fs::read_dir(crate_path("tests/data/decisions/invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut covered = std::collections::BTreeSet::new();
    let mut reports = String::new();
    for path in &files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(path).unwrap();
        let declared = declared_code(&source).unwrap_or_else(|| panic!("{name}: no `# code:`"));
        let loaded = decisions::load(path);
        if declared == "none" {
            let e = loaded.err().unwrap_or_else(|| panic!("{name} loads"));
            reports.push_str(&format!(
                "== {name}\n{}\n",
                e.to_string().rsplit('/').next().unwrap()
            ));
            continue;
        }
        let code = Code::from_name(declared).unwrap_or_else(|| panic!("{name}: {declared}"));
        let report = match loaded.unwrap().validate(&agreement) {
            Ok(_) => panic!("{name} is valid"),
            Err(invalid) => invalid.0,
        };
        let codes: Vec<Code> = report.errors().map(|f| f.code()).collect();
        assert!(codes.contains(&code), "{name}: {codes:?}");
        assert!(
            report.findings.iter().all(|f| f.at().0.location.is_some()),
            "{name}: a finding without line and column"
        );
        covered.insert(code);
        reports.push_str(&format!(
            "== {name}\n{}",
            report.to_text(&format!("{name}.toml"), None)
        ));
    }
    for code in Code::ALL
        .iter()
        .filter(|c| c.as_str().starts_with("decision-"))
    {
        assert!(covered.contains(code), "no fixture gives {code}");
    }
    insta::assert_snapshot!("decisions-fixtures", reports);
}

#[test]
fn findings_are_worded_in_finnish_and_swedish() {
    let agreement = valid("tests/data/decisions/agreement.toml");
    let report = decisions::load(crate_path(
        "tests/data/decisions/invalid/seats-exceeded.toml",
    ))
    .unwrap()
    .validate(&agreement)
    .unwrap_err()
    .0;
    let f = &report.findings[0];
    assert!(
        f.message_in(sopimus::Language::Fi).contains("paikkaa"),
        "{}",
        f.message_in(sopimus::Language::Fi)
    );
    assert!(
        f.message_in(sopimus::Language::Sv).contains("plats"),
        "{}",
        f.message_in(sopimus::Language::Sv)
    );
}

/// Recording decisions never changes the agreement: its file, its `diff`
/// against itself as loaded before, and the fingerprint follow-up data is
/// checked with stay the same.
#[test]
fn recording_decisions_leaves_the_agreement_as_it_was() {
    let dir = scratch_in("decisions", "unchanged");
    let file = dir.join("kanta-hame-2023.toml");
    std::fs::copy(crate_path("examples/kanta-hame-2023.toml"), &file).unwrap();
    let before_bytes = std::fs::read(&file).unwrap();
    let before = valid(file.to_str().unwrap());
    let measurements = sopimus::follow_up::ValidatedMeasurements::empty(&before);
    // The decisions beside it, then the program reads them.
    std::fs::copy(
        crate_path("examples/kanta-hame-2023.decisions.toml"),
        dir.join("kanta-hame-2023.decisions.toml"),
    )
    .unwrap();
    let out = sopimus(&["status", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("in force since 1.8.2023"));
    assert_eq!(std::fs::read(&file).unwrap(), before_bytes);
    let after = valid(file.to_str().unwrap());
    assert!(sopimus::diff(&before, &after).is_empty());
    assert!(measurements.checked_against(&after));
    let out = sopimus(&[
        "diff",
        file.to_str().unwrap(),
        "examples/kanta-hame-2023.toml",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn the_program_reports_bad_decisions_with_places_and_exit_code_1() {
    let out = sopimus(&[
        "status",
        "tests/data/decisions/agreement.toml",
        "--decisions",
        "tests/data/decisions/invalid/seats-exceeded.toml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("decision") || stderr.contains("seat"),
        "{stderr}"
    );
    assert!(stderr.contains("seats-exceeded.toml:"), "{stderr}");
    let out = sopimus(&[
        "status",
        "tests/data/decisions/agreement.toml",
        "--decisions",
        "tests/data/decisions/invalid/outcome-unknown.toml",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = sopimus(&[
        "status",
        "examples/osterbotten-2026.toml",
        "--format",
        "json",
    ]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["state"]["state"], "pending");
}

/// Decisions drawn from known and unknown ids, dates in and out of order,
/// blank and odd texts: validation gives findings or passes, the status of
/// what passes is computed, and nothing panics.
#[test]
fn any_decisions_give_findings_or_a_status_never_a_panic() {
    let agreement = valid("tests/data/decisions/agreement.toml");
    let party = prop_oneof![
        Just("county"),
        Just("region"),
        Just("town-a"),
        Just("town-b"),
        Just("nobody"),
        Just("")
    ];
    let body = prop_oneof![
        Just("strategic"),
        Just("hyte"),
        Just("network"),
        Just("nothing")
    ];
    let outcome = prop_oneof![
        Just("approved"),
        Just("approved_with_changes"),
        Just("rejected"),
        Just("sent_back")
    ];
    let date =
        (1900i32..2100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    let chars = proptest::sample::select(vec![
        'a', 'ö', 'Å', ' ', '§', '#', '{', '}', '"', '\\', '\n',
    ]);
    let text = prop_oneof![
        Just(String::new()),
        Just(" ".to_owned()),
        proptest::collection::vec(chars, 0..12).prop_map(String::from_iter),
    ];
    let decision = (text.clone(), any::<bool>(), date.clone(), proptest::option::of(text.clone()), outcome.clone())
        .prop_map(|(organ, proposal, date, section, outcome)| {
            let step = if proposal { "proposal" } else { "decision" };
            let section = section.map(|s| format!(", section = {s:?}")).unwrap_or_default();
            let changes = if outcome == "approved_with_changes" { ", changes = \"x\"" } else { "" };
            format!("{{ organ = {organ:?}, step = \"{step}\", date = {date}{section}, outcome = \"{outcome}\"{changes} }}")
        });
    let nomination =
        (body, text.clone(), proptest::option::of(text.clone())).prop_map(|(b, n, d)| {
            let d = d.map(|d| format!(", deputy = {d:?}")).unwrap_or_default();
            format!("{{ body = \"{b}\", name = {n:?}{d} }}")
        });
    let record = (
        party,
        proptest::collection::vec(decision, 0..4),
        proptest::collection::vec(nomination, 0..4),
        proptest::option::of((text, date.clone())),
        proptest::option::of(date.clone()),
    )
        .prop_map(|(p, ds, ns, sig, term)| {
            let mut out = format!(
                "[[parties]]\nparty = \"{p}\"\ndecisions = [{}]\nrepresentatives = [{}]\n",
                ds.join(", "),
                ns.join(", ")
            );
            if let Some((name, d)) = sig {
                out.push_str(&format!("signature = {{ name = {name:?}, date = {d} }}\n"));
            }
            if let Some(d) = term {
                out.push_str(&format!("termination = {{ delivered = {d} }}\n"));
            }
            out
        });
    let file = (
        proptest::option::of(date),
        proptest::collection::vec(record, 0..6),
    )
        .prop_map(|(f, rs)| {
            let head = f.map(|f| format!("final_text = {f}\n")).unwrap_or_default();
            format!("{head}{}", rs.join("\n"))
        });
    check_property(256, file, |text| {
        let loaded = match decisions::parse(&text, Path::new("p.toml")) {
            Ok(l) => l,
            Err(_) => return Ok(()),
        };
        match loaded.validate(&agreement) {
            Ok(valid) => {
                let status = valid.status(&agreement).unwrap();
                let _ = status.to_text(&agreement, Some(sopimus::Language::Sv));
                prop_assert_eq!(status.parties.len(), 5);
            }
            Err(invalid) => {
                prop_assert!(invalid.0.has_errors());
                for f in &invalid.0.findings {
                    prop_assert!(!f.message().is_empty());
                    prop_assert!(f.at().0.location.is_some(), "{} has no line", f.at().0.path);
                }
            }
        }
        Ok(())
    });
}

/// The signature page prints each party's approving decision and its own
/// place and day of signing from the decisions (Swedish, parties signing
/// apart), and refuses decisions of another agreement.
#[test]
fn the_signature_page_prints_the_decisions_and_each_signature_apart() {
    let (agreement, decisions) = example("osterbotten-2026");
    let plain = crate::common::pdf::extract_text(&crate::common::render_pdf(
        &agreement,
        &sopimus::RenderOptions::new(),
    ));
    assert!(!plain.contains("Smedsby"));
    let options = sopimus::RenderOptions::new().decisions(decisions);
    let text = crate::common::pdf::extract_text(&crate::common::render_pdf(&agreement, &options));
    for expected in [
        "Godkänt: Välfärdsområdesfullmäktige 5.5.2026 § 31",
        "Undertecknat 20.5.2026, Vasa",
        "Undertecknat 4.6.2026, Smedsby",
        "Hanna Exempel, kommundirektör",
        // Approved, not yet signed.
        "Godkänt: Stadsstyrelsen 1.6.2026 § 89",
    ] {
        assert!(
            crate::common::pdf::squash(&text).contains(&crate::common::pdf::squash(expected)),
            "{expected} is missing"
        );
    }
    let (_, other) = example("kanta-hame-2023");
    let refused = sopimus::Renderer::new()
        .render(&agreement, &sopimus::RenderOptions::new().decisions(other));
    assert!(matches!(
        refused,
        Err(sopimus::RenderError::OtherDecisions(_))
    ));
}

/// Annex 1 lists the representatives the parties' decisions named, each
/// on its body's card with its party, in place of the agreement file's own
/// list for that party and body (issue 21: the roster per body).
#[test]
fn annex_1_lists_the_representatives_the_decisions_named() {
    let (agreement, decisions) = example("kanta-hame-2023");
    let named = decisions.representatives();
    assert!(named.len() >= 10, "the example names a roster");
    let annex = |options: sopimus::RenderOptions| {
        crate::common::pdf::squash(&crate::common::pdf::extract_text(
            &crate::common::render_pdf(
                &agreement,
                &options.document(sopimus::render::Document::Annex1),
            ),
        ))
    };
    let without = annex(sopimus::RenderOptions::new());
    let with = annex(sopimus::RenderOptions::new().decisions(decisions));
    for r in &named {
        let name = crate::common::pdf::squash(&r.name);
        assert!(
            !without.contains(&name),
            "{} is printed without the decisions",
            r.name
        );
        assert!(with.contains(&name), "{} is missing from Annex 1", r.name);
    }
}

/// `pdf` with an incremental update appended, as a signing service
/// appends one: a signature dictionary with a signer's name (UTF-16, as
/// services write names with ä) and a time, a cross-reference section for
/// it, and a trailer pointing back at the original one.
fn append_signature(pdf: &[u8], name: &str) -> Vec<u8> {
    let find_last = |needle: &[u8]| {
        pdf.windows(needle.len())
            .rposition(|w| w == needle)
            .unwrap_or_else(|| panic!("no {}", String::from_utf8_lossy(needle)))
    };
    let number_after = |at: usize| -> usize {
        let digits: String = pdf[at..]
            .iter()
            .map(|&b| b as char)
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().unwrap()
    };
    let trailer = find_last(b"trailer");
    let size = number_after(
        trailer
            + pdf[trailer..]
                .windows(5)
                .position(|w| w == b"/Size")
                .unwrap(),
    );
    let root = number_after(
        trailer
            + pdf[trailer..]
                .windows(5)
                .position(|w| w == b"/Root")
                .unwrap(),
    );
    let prev = number_after(find_last(b"startxref"));
    let hex: String = std::iter::once(0xFEFFu16)
        .chain(name.encode_utf16())
        .map(|u| format!("{u:04X}"))
        .collect();
    let mut out = pdf.to_vec();
    out.push(b'\n');
    let offset = out.len();
    out.extend(format!(
        "{size} 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /Name <{hex}> /M (D:20240420120000+03'00') /Location (Esimerkkil\\344) /ByteRange [0 0 0 0] /Contents <00> >>\nendobj\n"
    ).as_bytes());
    let xref = out.len();
    out.extend(
        format!(
            "xref\n{size} 1\n{offset:010} 00000 n \ntrailer\n<< /Size {} /Root {root} 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n",
            size + 1
        )
        .as_bytes(),
    );
    out
}

#[test]
fn verify_knows_our_rendering_a_signed_copy_and_another_agreement() {
    use sopimus::render::verify::{Match, verify};
    let agreement = valid("tests/data/decisions/agreement.toml");
    let ours = crate::common::render_pdf(&agreement, &sopimus::RenderOptions::new());
    let found = verify(&ours, &ours).unwrap();
    assert_eq!(found.matches, Match::SameBytes { appended: 0 });
    assert!(found.signatures.is_empty());

    let signed = append_signature(&ours, "Maija Meikäläinen");
    let found = verify(&signed, &ours).unwrap();
    assert_eq!(
        found.matches,
        Match::SameBytes {
            appended: signed.len() - ours.len()
        }
    );
    assert_eq!(found.signatures.len(), 1, "{found:?}");
    assert_eq!(
        found.signatures[0].name.as_deref(),
        Some("Maija Meikäläinen")
    );
    assert_eq!(
        found.signatures[0].time.as_deref(),
        Some("D:20240420120000+03'00'")
    );
    assert_eq!(found.signatures[0].location.as_deref(), Some("Esimerkkilä"));

    // Another agreement's rendering, signed: not ours.
    let other = crate::common::render_pdf(
        &valid("tests/data/valid/minimal.toml"),
        &sopimus::RenderOptions::new(),
    );
    let found = verify(&append_signature(&other, "Matti Virtanen"), &ours).unwrap();
    assert_eq!(found.matches, Match::Different);
    assert_eq!(found.signatures.len(), 1);

    assert!(verify(b"not a pdf", &ours).is_err());

    // The program: exit code 0 for the signed copy, 1 for another's.
    let dir = scratch_in("decisions", "verify");
    let (good, bad) = (dir.join("signed.pdf"), dir.join("other.pdf"));
    std::fs::write(&good, &signed).unwrap();
    std::fs::write(&bad, append_signature(&other, "Matti Virtanen")).unwrap();
    let out = sopimus(&[
        "verify",
        good.to_str().unwrap(),
        "tests/data/decisions/agreement.toml",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Maija Meikäläinen"), "{stdout}");
    let out = sopimus(&[
        "verify",
        bad.to_str().unwrap(),
        "tests/data/decisions/agreement.toml",
    ]);
    assert_eq!(out.status.code(), Some(1));
}

/// A bilingual agreement's decisions name organs, titles and places per
/// language: each language version of the signature page prints its own
/// words, where the file gave only Swedish ones the Finnish version had
/// printed "Hyväksytty: Välfärdsområdesfullmäktige".
#[test]
fn each_language_version_names_the_organs_and_places_in_its_own_words() {
    let (agreement, decisions) = example("osterbotten-2026");
    let page = |language: sopimus::Language| {
        crate::common::pdf::squash(&crate::common::pdf::extract_text(
            &crate::common::render_pdf(
                &agreement,
                &sopimus::RenderOptions::new()
                    .language(language)
                    .decisions(decisions.clone()),
            ),
        ))
    };
    let squash = crate::common::pdf::squash;
    let fi = page(sopimus::Language::Fi);
    let sv = page(sopimus::Language::Sv);
    for (fi_words, sv_words) in [
        (
            "Hyväksytty: Aluevaltuusto 5.5.2026",
            "Godkänt: Välfärdsområdesfullmäktige 5.5.2026",
        ),
        (
            "Allekirjoitettu 4.6.2026, Sepänkylä",
            "Undertecknat 4.6.2026, Smedsby",
        ),
    ] {
        assert!(
            fi.contains(&squash(fi_words)),
            "the Finnish version lacks {fi_words}"
        );
        assert!(
            sv.contains(&squash(sv_words)),
            "the Swedish version lacks {sv_words}"
        );
    }
    for swedish in [
        "Välfärdsområdesfullmäktige",
        "Smedsby",
        "Landskapsstyrelsen",
    ] {
        assert!(
            !fi.contains(&squash(swedish)),
            "the Finnish version prints {swedish}"
        );
    }
}
