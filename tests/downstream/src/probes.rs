//! The four probes of issue 22, each a mistake a dependent project met:
//! findings lost through `?`, a measurement's place drifting after an edit
//! in code, follow-up tables filled from another agreement's measurements,
//! and a two-digit year read as the year 23. Round two: a goal renamed in
//! code unplaced the findings of the goals beside it.

use std::error::Error;
use std::path::{Path, PathBuf};

use sopimus::follow_up::{self, FollowUpOptions, Place, WorkbookOptions};
use sopimus::model::{Party, PartyKind};
use sopimus::{Date, ValidateOptions, ValidatedAgreement};

fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

fn valid(relative: &str) -> ValidatedAgreement {
    sopimus::load(repo(relative))
        .expect("the example loads")
        .validate(&ValidateOptions::new())
        .expect("the example is valid")
}

/// Two wrong business IDs: one in the file, one added in code.
fn two_findings() -> anyhow::Result<ValidatedAgreement> {
    let mut loaded = sopimus::load(repo("tests/data/invalid/business-id-check-digit.toml"))?;
    loaded.agreement.parties.push(Party::new(
        "college",
        PartyKind::Other,
        "Koulutuskeskus",
        "0000001-8",
    ));
    Ok(loaded.validate(&ValidateOptions::new())?)
}

#[test]
fn every_finding_survives_question_marks_into_anyhow_and_a_boxed_main() {
    let e = two_findings().expect_err("two wrong business IDs");
    // anyhow prints each error of the chain with `{}`: every finding must
    // be in it, with its place.
    for printed in [format!("{e}"), format!("{e:#}"), format!("{e:?}")] {
        assert!(
            printed.contains("parties[3].business_id (line 41, column 15)")
                && printed.contains("parties[5].business_id: "),
            "{printed}"
        );
    }
    // `fn main() -> Result<(), Box<dyn Error>>` prints the error's Debug:
    // the readable report, not a dump of the structs.
    let boxed: Box<dyn Error + Send + Sync> = e.into();
    let shown = format!("{boxed:?}");
    assert!(shown.contains("parties[5].business_id: "), "{shown}");
    assert!(
        !shown.contains("Report {") && !shown.contains("FieldPath("),
        "{shown}"
    );
}

#[test]
fn an_invalid_without_findings_says_no_count_of_zero() {
    let e = sopimus::Invalid::<sopimus::diagnostic::AgreementPlace>(Default::default());
    assert!(!e.to_string().contains("0 error"), "{e}");
}

#[test]
fn a_measurement_keeps_its_place_when_the_list_is_edited_in_code() -> anyhow::Result<()> {
    let agreement = valid("tests/data/follow-up/agreement.toml");
    let mut loaded = follow_up::load(repo("tests/data/follow-up/invalid/several-mistakes.toml"))?;
    // The first entry (line 3) is dropped in code; the bad value `ehkä`
    // stays on line 21 of the file.
    loaded.measurements.measurements.remove(0);
    let Err(follow_up::InvalidMeasurements(report)) = follow_up::check(&agreement, vec![loaded])
    else {
        anyhow::bail!("the measurements have mistakes");
    };
    let ehka = report
        .errors()
        .find(|f| f.message().contains("ehkä"))
        .ok_or_else(|| anyhow::anyhow!("a finding about `ehkä`"))?;
    match ehka.place() {
        Place::Toml { location, .. } => {
            assert_eq!(location.map(|l| l.line), Some(21), "{ehka}")
        }
        other => panic!("a TOML place, not {other:?}"),
    }
    Ok(())
}

#[test]
fn follow_up_tables_refuse_measurements_checked_against_another_agreement() -> anyhow::Result<()> {
    let old = valid("examples/kanta-hame-2023.toml");
    let new = valid("examples/kanta-hame-2026.toml");
    let loaded = follow_up::load(repo("examples/kanta-hame-2026-seuranta.toml"))?;
    let measurements = follow_up::check(&new, vec![loaded])?;
    let options = FollowUpOptions::new();
    assert!(follow_up::report::rows(&new, &measurements, &options).is_ok());
    let refusals = [
        follow_up::report::rows(&old, &measurements, &options)
            .err()
            .map(|e| e.to_string()),
        follow_up::report::to_csv(&old, &measurements, &options)
            .err()
            .map(|e| e.to_string()),
        follow_up::report::to_xlsx(&old, &measurements, &options)
            .err()
            .map(|e| e.to_string()),
        follow_up::report::view_data(&old, &measurements, &options)
            .err()
            .map(|e| e.to_string()),
        follow_up::workbook(&old, Some(&measurements), &WorkbookOptions::for_year(2027))
            .err()
            .map(|e| e.to_string()),
    ];
    for refusal in refusals {
        let message = refusal.ok_or_else(|| anyhow::anyhow!("a table was made"))?;
        assert!(message.contains("another agreement"), "{message}");
    }
    Ok(())
}

#[test]
fn a_two_digit_year_is_refused() {
    let e = "1.8.23".parse::<Date>().expect_err("not the year 23");
    assert!(e.to_string().contains("four digits"), "{e}");
    assert!("23-08-01".parse::<Date>().is_err());
    assert_eq!(
        "1.8.2023".parse::<Date>().map(|d| d.year()),
        Ok(2023),
        "a four-digit year still reads"
    );
}

#[test]
fn the_date_rules_stay_within_the_agreement() -> anyhow::Result<()> {
    let mut loaded = sopimus::load(repo("tests/data/valid/minimal.toml"))?;
    loaded.agreement.validity.until = Date::from_ymd(2028, 12, 31);
    let valid = loaded.validate(&ValidateOptions::new())?;
    let a = valid.agreement();
    // A notice dated before the agreement was made is refused.
    let before = Date::from_ymd(a.meta.date.year() - 1, 1, 1).expect("a real day");
    assert!(valid.termination(&"town-b".into(), before).is_err());
    // The county's notice ends the agreement for every party.
    let county = a
        .parties
        .iter()
        .find(|p| p.kind == PartyKind::WellbeingServicesCounty)
        .expect("a county");
    let delivered = Date::from_ymd(a.meta.date.year() + 1, 3, 1).expect("a real day");
    let outcome = valid.termination(&county.id, delivered)?;
    assert!(outcome.ends_the_agreement, "{outcome:?}");
    assert!(outcome.remaining.is_empty(), "{outcome:?}");
    let town = valid.termination(&"town-b".into(), delivered)?;
    assert!(!town.ends_the_agreement && !town.remaining.is_empty());
    // No follow-up round after the agreement's last day.
    let last = valid.follow_up_year(2028)?.expect("follow-up rules");
    assert_eq!(last.windows.len(), 1, "{last:?}");
    let after = valid.follow_up_year(2029)?.expect("follow-up rules");
    assert!(after.windows.is_empty(), "{after:?}");
    Ok(())
}

/// Round two: renaming one goal in code left every finding of its
/// priority without a line, though their lines did not change. The fixture
/// gets a second goal before the one with the mistake (a share "4/3").
fn two_goals() -> anyhow::Result<sopimus::Loaded> {
    let path = repo("tests/data/invalid/share-numerator-too-large.toml");
    let text = std::fs::read_to_string(&path)?.replacen(
        "[[priorities.goals]]",
        "[[priorities.goals]]\ntext = \"Osallisuus vahvistuu\"\n\
         indicators = [{ text = \"Kysely tehty\" }]\n\n[[priorities.goals]]",
        1,
    );
    Ok(sopimus::load_from_reader(
        text.as_bytes(),
        sopimus::Format::Toml,
        &path,
    )?)
}

/// The line and column of the one error, at the share of goal `goal`.
fn the_error(loaded: &sopimus::Loaded, goal: usize) -> Option<sopimus::Location> {
    let invalid = loaded
        .validate(&ValidateOptions::new())
        .expect_err("a share 4/3");
    let finding = invalid.0.errors().next().expect("one error");
    assert_eq!(
        finding.path().to_string(),
        format!("priorities[0].goals[{goal}].indicators[0].municipalities")
    );
    finding.location()
}

#[test]
fn renaming_a_goal_in_code_keeps_the_other_goals_findings_placed() -> anyhow::Result<()> {
    let mut loaded = two_goals()?;
    let written = the_error(&loaded, 1).expect("placed in the file");
    // The first goal renamed, its title and its id: the second goal's line
    // did not change.
    let goal = &mut loaded.agreement.priorities[0].goals[0];
    goal.text = "Osallisuus ja vaikuttaminen vahvistuvat".into();
    goal.id = Some("osallisuus".into());
    assert_eq!(the_error(&loaded, 1), Some(written));
    // The goals swapped, or the first removed, move it: no line rather than
    // another entry's.
    let edits: [fn(&mut Vec<sopimus::model::Goal>); 2] =
        [|goals| goals.swap(0, 1), |goals| drop(goals.remove(0))];
    for edit in edits {
        let mut loaded = two_goals()?;
        edit(&mut loaded.agreement.priorities[0].goals);
        assert_eq!(the_error(&loaded, 0), None, "moved in code: no line");
    }
    Ok(())
}

/// Round two: a finding carried no file name, so `to_text` needed the path
/// passed again. The loader's report knows its file.
#[test]
fn a_report_names_the_file_it_was_read_from() -> anyhow::Result<()> {
    let path = repo("tests/data/invalid/business-id-check-digit.toml");
    let invalid = sopimus::load(&path)?
        .validate(&ValidateOptions::new())
        .expect_err("a wrong check digit");
    assert_eq!(invalid.0.file(), Some(path.as_path()));
    let text = invalid.0.text(None);
    let place = format!("({}:41:15)", path.display());
    assert!(text.contains(&place), "{text}");
    // Made in code: no file to name.
    let agreement = sopimus::load(&path)?.agreement;
    let invalid = sopimus::validate(agreement, &ValidateOptions::new()).expect_err("the same");
    assert_eq!(invalid.0.file(), None);
    Ok(())
}
