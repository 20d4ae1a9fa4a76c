//! `sopimus::diff` and `sopimus diff`: each fixture of `tests/data/diff/`
//! differs from its base in one known way and gives exactly that change; the
//! Kanta-Häme versions and another county's pair as snapshots; properties
//! over generated edits; the change report PDF; the program's exit codes.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::common::sopimus;

use proptest::prelude::*;
use sopimus::diff::{Change, ChangeStatus, Changes, FieldChange, WordOpKind};
use sopimus::{
    ChangeReportOptions, Language, Standard, ValidateOptions, ValidatedAgreement, validate,
};

use crate::common::pdf::{check, extract_text, squash};

/// Rows with fewer bytes of text than this stay on one page (`changes.typ`).
const SHORT_ROW: usize = 1200;

/// The report's text without its running header and the table headings a
/// table repeats on a new page (a cell may break across pages), squashed,
/// word joiners dropped.
fn report_text(pdf: &[u8]) -> String {
    let text = extract_text(pdf);
    let body: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("Muutokset sopimukseen ·"))
        .filter(|l| !matches!(l.trim(), "Mikä" | "Aiemmin" | "Nyt"))
        .filter(|l| {
            let t = l.trim();
            !(t.ends_with(')')
                && t.split(' ').count() == 2
                && t.starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    squash(&body.join("\n"))
        .replace('\u{2060}', "")
        .replace("MikäAiemminNyt", "")
}
use crate::common::{RENDERER, crate_path, parse, today, valid};

fn compare(old: &str, new: &str) -> Changes {
    sopimus::diff(&valid(old), &valid(new))
}

fn value(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "–".into())
}

fn field_fact(prefix: &str, f: &FieldChange) -> String {
    let language = f.language.map(|l| format!(" ({l})")).unwrap_or_default();
    format!(
        "{prefix}{}{language}: {} → {}",
        f.field,
        value(&f.old),
        value(&f.new)
    )
}

fn status(s: ChangeStatus) -> &'static str {
    match s {
        ChangeStatus::Kept => "changed",
        ChangeStatus::Added => "added",
        ChangeStatus::Removed => "removed",
        ChangeStatus::Moved => "moved",
    }
}

fn entity_facts(out: &mut Vec<String>, area: &str, list: &[Change]) {
    for c in list {
        let name = c
            .new
            .as_ref()
            .or(c.old.as_ref())
            .map(|s| s.name.clone())
            .unwrap_or_default();
        out.push(format!("{area} {} {name}", status(c.status)));
        for f in &c.fields {
            out.push(field_fact(&format!("{area} {name} "), f));
        }
    }
}

/// Every change, one fact a line: what the tests compare.
fn facts(c: &Changes) -> Vec<String> {
    let mut out = Vec::new();
    for f in &c.meta {
        out.push(field_fact("meta ", f));
    }
    entity_facts(&mut out, "party", &c.parties);
    entity_facts(&mut out, "body", &c.bodies);
    entity_facts(&mut out, "tier", &c.tiers);
    for item in &c.items {
        if item.status == ChangeStatus::Kept && item.fields.is_empty() {
            continue;
        }
        let id = match (&item.old, &item.new) {
            (Some(o), Some(n)) if o.id != n.id => format!("{}→{}", o.id, n.id),
            (_, Some(n)) => n.id.clone(),
            (Some(o), None) => o.id.clone(),
            (None, None) => String::new(),
        };
        let kind = format!("{:?}", item.kind).to_lowercase();
        out.push(format!("{kind} {} {id}", status(item.status)));
        for f in &item.fields {
            out.push(field_fact(&format!("{kind} {id} "), f));
        }
    }
    for f in &c.rules {
        out.push(field_fact("rule ", f));
    }
    entity_facts(&mut out, "section", &c.sections);
    for f in &c.other {
        out.push(field_fact("other ", f));
    }
    out
}

/// The changes from a fixture's base to the fixture.
fn fixture(name: &str) -> Changes {
    let base = if name.starts_with("no-ids-") {
        "tests/data/diff/base-no-ids.toml"
    } else {
        "tests/data/diff/base.toml"
    };
    compare(base, &format!("tests/data/diff/{name}.toml"))
}

fn assert_facts(name: &str, expected: &[&str]) {
    let changes = fixture(name);
    assert_eq!(facts(&changes), expected, "{name}:\n{changes}");
}

#[test]
fn every_fixture_has_a_test_and_is_valid() {
    let dir = crate_path("tests/data/diff");
    let this = std::fs::read_to_string(crate_path("tests/it/diff.rs")).unwrap();
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let stem = name.trim_end_matches(".toml");
        valid(&format!("tests/data/diff/{name}"));
        if !stem.starts_with("base") {
            assert!(
                this.contains(&format!("\"{stem}\"")) || this.contains(&format!("/{stem}.toml\"")),
                "no test compares tests/data/diff/{name}"
            );
        }
    }
}

#[test]
fn a_version_compared_with_itself_has_no_changes() {
    for file in [
        "tests/data/diff/base.toml",
        "tests/data/diff/base-no-ids.toml",
    ]
    .into_iter()
    .chain(crate::common::EXAMPLES)
    {
        let changes = compare(file, file);
        assert!(changes.is_empty(), "{file}:\n{changes}");
        assert_eq!(facts(&changes), Vec::<String>::new());
        // Said in the report's language (the Österbotten example's is Swedish).
        let equal = match changes.language {
            sopimus::Language::Sv => "Versionerna har inga innehållsliga skillnader.",
            _ => "Versioissa ei ole sisällöllisiä eroja.",
        };
        assert!(changes.to_string().contains(equal), "{file}");
    }
}

#[test]
fn party_added() {
    // The counterparts sentence counts the parties: one more party, one
    // more counterpart.
    assert_facts(
        "party-added",
        &[
            "party added Esimerkin yhteisö",
            "rule signing.counterparts: viisi (5) → kuusi (6)",
        ],
    );
}

#[test]
fn party_removed() {
    assert_facts(
        "party-removed",
        &[
            "party removed Esimerkin liitto",
            "rule signing.counterparts: viisi (5) → neljä (4)",
        ],
    );
}

#[test]
fn party_renamed_is_the_same_party_by_business_id() {
    assert_facts(
        "party-renamed",
        &[
            "party changed Cekunta",
            "party Cekunta name: Ckunta → Cekunta",
        ],
    );
}

#[test]
fn party_with_a_new_id_and_name_is_the_same_party_by_business_id() {
    assert_facts(
        "party-id-and-name-changed",
        &[
            "party changed Beekunta",
            "party Beekunta name: Bkunta → Beekunta",
        ],
    );
}

#[test]
fn business_id_changed_is_the_same_party_by_id() {
    assert_facts(
        "business-id-changed",
        &[
            "party changed Ckunta",
            "party Ckunta business_id: 0145997-2 → 0146456-0",
        ],
    );
}

#[test]
fn signatory_changed() {
    assert_facts(
        "signatory-changed",
        &[
            "party changed Bkunta",
            "party Bkunta signatory: Bertta Berg, kunnanjohtaja → Bertta Björk, kunnanjohtaja",
        ],
    );
}

#[test]
fn body_added() {
    assert_facts("body-added", &["body added Kotoutumisen työryhmä"]);
}

#[test]
fn body_removed() {
    assert_facts("body-removed", &["body removed Avoin hyvinvointiverkosto"]);
}

#[test]
fn body_moved_between_tiers() {
    assert_facts(
        "body-moved",
        &[
            "body moved Avoin hyvinvointiverkosto",
            "body Avoin hyvinvointiverkosto tier: 2) Työryhmät → 1) Strategiset foorumit",
        ],
    );
}

#[test]
fn body_convener_changed() {
    assert_facts(
        "body-convener-changed",
        &[
            "body changed Strateginen foorumi",
            "body Strateginen foorumi convener: Esimerkin hyvinvointialue → puheenjohtaja",
        ],
    );
}

#[test]
fn body_frequency_changed() {
    assert_facts(
        "body-frequency-changed",
        &[
            "body changed Strateginen foorumi",
            "body Strateginen foorumi frequency: 1–2 kertaa vuodessa → 4 kertaa vuodessa",
        ],
    );
}

#[test]
fn a_body_whose_id_alone_changed_is_the_same_body() {
    // The document prints the same: bodies pair by name across ids.
    let changes = fixture("body-id-renamed");
    assert!(changes.is_empty(), "{changes}");
}

#[test]
fn priority_added_with_what_it_holds() {
    assert_facts(
        "priority-added",
        &[
            "priority added osallisuus",
            "goal added vaikuttaminen",
            "indicator added raadit",
            "indicator raadit target: – → vähintään yksi jokaisessa kunnassa",
            "indicator raadit source: – → Kuntien pöytäkirjat",
        ],
    );
    let text = fixture("priority-added").to_string();
    assert!(
        text.contains("+ Painopiste 3 (1 tavoite, 1 mittari): Osallisuus"),
        "{text}"
    );
    // What it holds is counted on its line, not listed line by line.
    assert!(!text.contains("Painopiste 3, tavoite 1"), "{text}");
}

#[test]
fn priority_removed_with_what_it_held() {
    assert_facts(
        "priority-removed",
        &[
            "priority removed turvallisuus",
            "goal removed varautuminen",
            "indicator removed tilannekuva",
            "indicator removed harjoitukset",
            "action removed harjoitus",
        ],
    );
}

#[test]
fn goal_moved_to_another_priority() {
    // Its indicator moves with it: the same goal, so it stays in place.
    assert_facts(
        "goal-moved",
        &[
            "goal moved liikunta",
            "goal liikunta place: painopiste 1, tavoite 2 → painopiste 2, tavoite 2",
        ],
    );
}

#[test]
fn indicator_reworded_shows_the_words_deleted_and_inserted() {
    assert_facts(
        "indicator-reworded",
        &[
            "indicator changed tyytyvaisyys",
            "indicator tyytyvaisyys text: Asukkaiden tyytyväisyys palveluihin → Asukkaiden tyytyväisyys sosiaali- ja terveyspalveluihin",
        ],
    );
    let changes = fixture("indicator-reworded");
    let item = changes.items.iter().find(|i| !i.fields.is_empty()).unwrap();
    let words: Vec<(WordOpKind, &str)> = item.fields[0]
        .words
        .iter()
        .map(|w| (w.op, w.text.as_str()))
        .collect();
    assert_eq!(
        words,
        [
            (WordOpKind::Same, "Asukkaiden tyytyväisyys "),
            (WordOpKind::Deleted, "palveluihin"),
            (WordOpKind::Inserted, "sosiaali- ja terveyspalveluihin"),
        ]
    );
    assert!(
        changes.to_string().contains(
            "teksti: Asukkaiden tyytyväisyys [-palveluihin-]{+sosiaali- ja terveyspalveluihin+}"
        ),
        "{changes}"
    );
}

#[test]
fn indicator_target_added() {
    assert_facts(
        "indicator-target-added",
        &[
            "indicator changed tyytyvaisyys",
            "indicator tyytyvaisyys target: – → vähintään 4",
        ],
    );
}

#[test]
fn action_added() {
    assert_facts("action-added", &["action added viestinta"]);
}

#[test]
fn actions_reordered_one_moved() {
    // Of two swapped actions, one is out of the order kept by the other.
    assert_facts(
        "actions-reordered",
        &[
            "action moved suunnitelma",
            "action suunnitelma place: painopiste 1, tavoite 1, toimenpide 1 → painopiste 1, tavoite 1, toimenpide 2",
        ],
    );
}

#[test]
fn notice_period_in_words() {
    assert_facts(
        "notice-period-changed",
        &["rule termination.notice_months: 12 kuukautta → 6 kuukautta"],
    );
}

#[test]
fn validity_in_words() {
    assert_facts(
        "validity-changed",
        &["rule validity.until: toistaiseksi → 31.12.2030 asti"],
    );
}

#[test]
fn follow_up_rounds_in_words() {
    assert_facts(
        "follow-up-changed",
        &["rule follow_up.rounds: touko-kesäkuussa → maalis-huhtikuussa ja syys-lokakuussa"],
    );
}

#[test]
fn signing_in_words() {
    assert_facts(
        "signing-changed",
        &["rule signing.mode: sähköisesti → paperilla"],
    );
}

#[test]
fn version_label_changed() {
    assert_facts(
        "version-changed",
        &["meta version: Versio 1.0 → Versio 1.1"],
    );
}

#[test]
fn section_reworded() {
    assert_facts(
        "section-reworded",
        &[
            "section changed Sopimuksen tausta ja tarkoitus",
            "section Sopimuksen tausta ja tarkoitus blocks: Sopimuksella sovitaan yhteistyöstä.\n• Yhteiset tavoitteet\n• Yhteiset rakenteet → Sopimuksella sovitaan kuntien ja hyvinvointialueen yhteistyöstä.\n• Yhteiset tavoitteet\n• Yhteiset rakenteet",
        ],
    );
}

#[test]
fn the_same_agreement_written_differently_has_no_changes() {
    let changes = fixture("reformatted");
    assert!(changes.is_empty(), "{changes}");
}

#[test]
fn without_ids_an_inserted_indicator_is_the_only_change() {
    // Every later generated id of the goal shifts (i1 → i2, i2 → i3), but
    // the indicators pair by their text: one added, the others kept.
    assert_facts("no-ids-indicator-inserted", &["indicator added p1.g1.i1"]);
    let changes = fixture("no-ids-indicator-inserted");
    let shifted: Vec<(String, String)> = changes
        .items
        .iter()
        .filter(|i| i.status == ChangeStatus::Kept)
        .filter_map(|i| Some((i.old.as_ref()?.id.clone(), i.new.as_ref()?.id.clone())))
        .filter(|(o, n)| o != n)
        .collect();
    assert_eq!(
        shifted,
        [
            ("p1.g1.i1".to_owned(), "p1.g1.i2".to_owned()),
            ("p1.g1.i2".to_owned(), "p1.g1.i3".to_owned()),
        ]
    );
}

#[test]
fn without_ids_a_reworded_goal_pairs_by_similarity() {
    assert_facts(
        "no-ids-goal-reworded",
        &[
            "goal changed p1.g2",
            "goal p1.g2 text: Liikkumisen olosuhteet paranevat kaikissa kunnissa → Liikkumisen ja ulkoilun olosuhteet paranevat kaikissa kunnissa",
        ],
    );
    let changes = fixture("no-ids-goal-reworded");
    let goal = changes.items.iter().find(|i| !i.fields.is_empty()).unwrap();
    assert_eq!(goal.matched_by, Some(sopimus::diff::MatchedBy::Similarity));
}

#[test]
fn without_ids_swapped_priorities_pair_by_title() {
    // The generated ids swap with the places (p1 ↔ p2); the titles pair
    // them, and one of the two is out of the old order.
    assert_facts(
        "no-ids-priorities-swapped",
        &[
            // The other keeps its place, but its number is now 1.
            "priority changed p2→p1",
            "priority p2→p1 number: 2 → 1",
            "priority moved p1→p2",
            "priority p1→p2 place: painopiste 1 → painopiste 2",
        ],
    );
}

// ---------------------------------------------------------------------------
// Languages: every language version both agreements have is compared.

const BILINGUAL: &str = "tests/data/valid/bilingual.toml";

#[test]
fn a_changed_version_in_the_second_language_is_a_change_in_that_language() {
    // Swedish first: a comparison of the first language alone misses it.
    let changes = compare(BILINGUAL, "tests/data/diff/bilingual-fi-reworded.toml");
    assert_eq!(changes.languages, [Language::Sv, Language::Fi]);
    assert_eq!(changes.language, Language::Sv);
    assert_eq!(
        facts(&changes),
        [
            "goal changed valmaende.mal",
            "goal valmaende.mal text (fi): Hyvinvointi paranee → Asukkaiden hyvinvointi paranee",
        ],
        "{changes}"
    );
    // The report's words are Swedish, the item named in Swedish, the
    // change's language said.
    let text = changes.to_string();
    assert!(text.starts_with("Ändringar i avtalet\n"), "{text}");
    assert!(
        text.contains("~ Prioritering 1, mål 1: Välmåendet ökar"),
        "{text}"
    );
    assert!(
        text.contains("text (fi): Hyvinvointi paranee → Asukkaiden hyvinvointi paranee"),
        "{text}"
    );
}

#[test]
fn a_changed_version_in_the_first_language_is_a_change_in_that_language() {
    assert_facts_against(
        BILINGUAL,
        "bilingual-sv-reworded",
        &[
            "section changed Bakgrund och syfte",
            "section Bakgrund och syfte blocks (sv): Avtalet gäller samarbetet.\n• Gemensamma mål → Avtalet gäller samarbetet mellan parterna.\n• Gemensamma mål",
        ],
    );
}

#[test]
fn a_rule_changed_in_every_language_is_one_change_in_the_reports_language() {
    assert_facts_against(
        BILINGUAL,
        "bilingual-notice-changed",
        &["rule termination.notice_months: 12 månader → 6 månader"],
    );
}

#[test]
fn a_language_added_is_one_change_and_the_common_language_is_compared() {
    let changes = compare("tests/data/diff/bilingual-swedish-only.toml", BILINGUAL);
    assert_eq!(changes.languages, [Language::Sv]);
    assert_eq!(
        facts(&changes),
        ["meta languages: sv → sv, fi"],
        "{changes}"
    );
}

fn assert_facts_against(base: &str, name: &str, expected: &[&str]) {
    let changes = compare(base, &format!("tests/data/diff/{name}.toml"));
    assert_eq!(facts(&changes), expected, "{name}:\n{changes}");
}

#[test]
fn kanta_hame_2023_to_2026_in_one_page() {
    let changes = compare(
        "examples/kanta-hame-2023.toml",
        "examples/kanta-hame-2026.toml",
    );
    let text = changes.to_string();
    insta::assert_snapshot!("diff-kanta-hame-2023-2026", text);
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // A page of 100-column text at 8 pt holds some 85 lines (82 here since
    // the 2026 example gained municipality codes, grouped on one line).
    let lines = text.lines().count();
    assert!(lines <= 85, "{lines} lines: more than a page");
    assert!(text.lines().all(|l| l.chars().count() <= 130), "{text}");
    // What the 2026 draft changes: the priorities, the structure, the new bodies.
    for new_body in [
        "Hyvinvointialueen nuorisovaltuusto",
        "Alueellinen perhekeskus- ja opiskeluhuoltotyöryhmä",
        "KH asumisen kehittämisen verkostot",
    ] {
        assert!(one_line.contains(new_body), "{new_body}");
    }
    assert!(text.contains(
        "+ Painopiste 1 (1 tavoite, 4 mittaria, 1 toimenpide): Hyvinvointia tukeva asuminen"
    ));
    assert!(text.contains("- Painopiste 1 (3 tavoitetta, 4 mittaria): Työllisyys ja elinvoima"));
    assert!(text.contains("nimi Kuntakokous → Hyte-kuntakokous"));
    // Eleven parties given a municipality code: one line, not eleven.
    assert!(text.contains("~ kuntanumero: Forssan kaupunki – → 061; Hattulan kunta – → 082;"));
    assert_eq!(text.matches("kuntanumero").count(), 1);
    assert_eq!(changes.summary.priorities.added, 4);
    assert_eq!(changes.summary.priorities.removed, 4);
}

#[test]
fn another_county_edited_in_six_ways() {
    let changes = compare(
        "examples/paijat-hame-2026.toml",
        "tests/data/diff/paijat-hame-2026-edited.toml",
    );
    assert_eq!(
        facts(&changes),
        [
            "meta version: Luonnos 2.2.2026 (esimerkki) → Luonnos 16.3.2026 (esimerkki)",
            "body changed Kuntajohtajien työvaliokunta",
            "body Kuntajohtajien työvaliokunta members: kaikki kunnat (1 edustaja kustakin, kunnan- tai kaupunginjohtaja)\nPäijät-Hämeen hyvinvointialue (hyvinvointialueen johto) → kaikki kunnat (1 edustaja kustakin, kunnan- tai kaupunginjohtaja)\nPäijät-Hämeen hyvinvointialue (2 edustajaa, hyvinvointialueen johto)",
            "indicator changed osallisuus.kokemus.yksinaisyys",
            "indicator osallisuus.kokemus.yksinaisyys text: Itsensä yksinäiseksi tuntevat 20 vuotta täyttäneet → Itsensä usein yksinäiseksi tuntevat 20 vuotta täyttäneet",
            "indicator changed mieli.elintavat.nuuska",
            "indicator mieli.elintavat.nuuska baseline: 5 % (2025) → 4,5 % (2025)",
            "action removed osallisuus.jarjestot.kulttuuri",
            "action osallisuus.jarjestot.kulttuuri lead: Kauno ry; yhteistyössä: Hyvinvointikoordinaattoreiden verkosto → –",
            "rule termination.notice_months: 12 kuukautta → 6 kuukautta",
        ]
    );
    insta::assert_snapshot!("diff-paijat-hame-edited", changes.to_string());
}

#[test]
fn the_json_shape_is_versioned_and_complete() {
    let changes = compare(
        "examples/kanta-hame-2023.toml",
        "examples/kanta-hame-2026.toml",
    );
    let json: serde_json::Value = serde_json::from_str(&changes.to_json()).unwrap();
    assert_eq!(json["schema_version"], 1);
    for key in [
        "old", "new", "summary", "meta", "parties", "bodies", "tiers", "items", "rules",
        "sections", "other",
    ] {
        assert!(json.get(key).is_some(), "{key}");
    }
    let item = &json["items"][0];
    for key in ["kind", "status", "old", "new", "matched_by", "fields"] {
        assert!(item.get(key).is_some(), "items[].{key}");
    }
    assert_eq!(json["old"]["date"], "2023-08-01");
    assert_eq!(json["summary"]["priorities"]["added"], 4);
}

// ---------------------------------------------------------------------------
// Properties: generated edits of the base, with and without ids.

/// One edit of the priorities tree, by seeds that pick the places.
#[derive(Clone, Debug)]
enum Edit {
    RemoveIndicator(usize),
    InsertIndicator(usize, String),
    RewordIndicator(usize, String),
    SwapActions(usize),
    MoveGoal(usize),
    InsertGoal(usize, String),
    SwapPriorities,
}

/// Text from these characters (proptest runs without `std`, so without
/// its regex strategies).
fn text_of(
    chars: &'static str,
    len: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = String> {
    let chars: Vec<char> = chars.chars().collect();
    prop::collection::vec(prop::sample::select(chars), len).prop_map(String::from_iter)
}

fn words() -> impl Strategy<Value = String> {
    const LOWER: &str = "abcdefghijklmnopqrstuvwxyzåäö";
    prop_oneof![
        4 => prop::collection::vec(text_of(LOWER, 2..=9), 1..=7).prop_map(|w| w.join(" ")),
        1 => text_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ,.()–äöÅ", 1..=30),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0usize..20).prop_map(Edit::RemoveIndicator),
        (0usize..20, words()).prop_map(|(k, t)| Edit::InsertIndicator(k, t)),
        (0usize..20, words()).prop_map(|(k, t)| Edit::RewordIndicator(k, t)),
        (0usize..20).prop_map(Edit::SwapActions),
        (0usize..20).prop_map(Edit::MoveGoal),
        (0usize..20, words()).prop_map(|(k, t)| Edit::InsertGoal(k, t)),
        Just(Edit::SwapPriorities),
    ]
}

static BASES: std::sync::LazyLock<[sopimus::Agreement; 2]> = std::sync::LazyLock::new(|| {
    [
        "tests/data/diff/base.toml",
        "tests/data/diff/base-no-ids.toml",
    ]
    .map(|f| parse(&std::fs::read_to_string(crate_path(f)).unwrap()))
});

fn apply(base: &sopimus::Agreement, edits: &[Edit]) -> sopimus::Agreement {
    let mut a = base.clone();
    let goals = |a: &sopimus::Agreement| -> Vec<(usize, usize)> {
        a.priorities
            .iter()
            .enumerate()
            .flat_map(|(p, pr)| (0..pr.goals.len()).map(move |g| (p, g)))
            .collect()
    };
    let mut fresh = 0;
    for e in edits {
        let places = goals(&a);
        if places.is_empty() {
            break;
        }
        let pick = |k: usize| places[k % places.len()];
        match e {
            Edit::RemoveIndicator(k) => {
                let (p, g) = pick(*k);
                let goal = &mut a.priorities[p].goals[g];
                if goal.indicators.len() > 1 {
                    goal.indicators.remove(k % goal.indicators.len());
                }
            }
            Edit::InsertIndicator(k, text) => {
                let (p, g) = pick(*k);
                let goal = &mut a.priorities[p].goals[g];
                fresh += 1;
                let with_id = goal.indicators.iter().any(|i| i.id.is_some());
                goal.indicators.insert(k % (goal.indicators.len() + 1), {
                    let mut i = sopimus::model::Indicator::new(text.clone());
                    i.id = with_id.then(|| format!("uusi-{fresh}").as_str().into());
                    i
                });
            }
            Edit::RewordIndicator(k, text) => {
                let (p, g) = pick(*k);
                let goal = &mut a.priorities[p].goals[g];
                let n = goal.indicators.len();
                let i = &mut goal.indicators[k % n];
                i.text = format!("{} {text}", i.text).into();
            }
            Edit::SwapActions(k) => {
                let (p, g) = pick(*k);
                let actions = &mut a.priorities[p].goals[g].actions;
                let n = actions.len();
                if n > 1 {
                    actions.swap(0, n - 1);
                }
            }
            Edit::MoveGoal(k) => {
                let (p, g) = pick(*k);
                if a.priorities[p].goals.len() > 1 && a.priorities.len() > 1 {
                    let goal = a.priorities[p].goals.remove(g);
                    let to = (p + 1) % a.priorities.len();
                    a.priorities[to].goals.push(goal);
                }
            }
            Edit::InsertGoal(k, text) => {
                let (p, _) = pick(*k);
                fresh += 1;
                let with_id = a.priorities[p].id.is_some();
                let id = |s: &str| with_id.then(|| format!("{s}-{fresh}").as_str().into());
                a.priorities[p].goals.insert(0, {
                    let mut i = sopimus::model::Indicator::new(format!("{text} mittari"));
                    i.id = id("mittari");
                    let mut g = sopimus::model::Goal::new(text.clone(), [i]);
                    g.id = id("tavoite");
                    g
                });
            }
            Edit::SwapPriorities => {
                let n = a.priorities.len();
                a.priorities.swap(0, n - 1);
            }
        }
    }
    a
}

fn checked(a: sopimus::Agreement) -> Option<ValidatedAgreement> {
    validate(a, &ValidateOptions::with_today(today())).ok()
}

/// Every id of either version appears exactly once: as kept, added,
/// removed or moved.
fn accounts_for_every_id(
    old: &ValidatedAgreement,
    new: &ValidatedAgreement,
    changes: &Changes,
) -> Result<(), TestCaseError> {
    let mut seen_old: HashMap<String, usize> = HashMap::new();
    let mut seen_new: HashMap<String, usize> = HashMap::new();
    for item in &changes.items {
        match (item.status, &item.old, &item.new) {
            (ChangeStatus::Kept | ChangeStatus::Moved, Some(o), Some(n)) => {
                *seen_old.entry(o.id.clone()).or_default() += 1;
                *seen_new.entry(n.id.clone()).or_default() += 1;
            }
            (ChangeStatus::Added, None, Some(n)) => *seen_new.entry(n.id.clone()).or_default() += 1,
            (ChangeStatus::Removed, Some(o), None) => {
                *seen_old.entry(o.id.clone()).or_default() += 1
            }
            other => prop_assert!(false, "an item with status and sides {other:?}"),
        }
    }
    for (version, seen) in [(old, &seen_old), (new, &seen_new)] {
        prop_assert_eq!(seen.len(), version.items().len());
        for item in version.items() {
            prop_assert_eq!(seen.get(item.id.as_str()), Some(&1), "{}", item.id);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn diff_of_generated_edits_is_empty_against_itself_and_accounts_for_every_id(
        with_ids in any::<bool>(),
        edits in prop::collection::vec(edit(), 0..6),
    ) {
        let base = &BASES[usize::from(!with_ids)];
        let old = checked(base.clone()).expect("the base validates");
        let edited = apply(base, &edits);
        let Some(new) = checked(edited) else {
            return Ok(());
        };
        prop_assert!(sopimus::diff(&new, &new).is_empty());
        let changes = sopimus::diff(&old, &new);
        accounts_for_every_id(&old, &new, &changes)?;
        let back = sopimus::diff(&new, &old);
        accounts_for_every_id(&new, &old, &back)?;
        // As many added one way as removed the other.
        prop_assert_eq!(changes.summary.indicators.added, back.summary.indicators.removed);
        prop_assert_eq!(changes.summary.goals.removed, back.summary.goals.added);
        if edits.is_empty() {
            prop_assert!(changes.is_empty());
        }
        // The text form and the JSON never fail.
        prop_assert!(!changes.to_string().is_empty());
        prop_assert!(changes.to_json().contains("\"schema_version\": 1"));
    }
}

#[test]
fn unrelated_agreements_compare_without_panicking() {
    let all = [
        "tests/data/diff/base.toml",
        "tests/data/valid/minimal.toml",
        "tests/data/valid/columns.toml",
        "tests/data/valid/bilingual.toml",
        "tests/data/valid/swedish.toml",
        "examples/kanta-hame-2023.toml",
        "examples/paijat-hame-2026.toml",
    ];
    for old in all {
        for new in all {
            let (a, b) = (valid(old), valid(new));
            let changes = sopimus::diff(&a, &b);
            assert_eq!(changes.is_empty(), old == new, "{old} → {new}");
            accounts_for_every_id(&a, &b, &changes).unwrap();
        }
    }
}

/// The benchmark's large case (`benches/diff.rs`): the 300-party synthetic
/// agreement against a copy with every tenth text reworded gives exactly
/// those changes, each paired with its old text, so the benchmark measures
/// a correct diff and not an error.
#[test]
fn the_stress_agreement_with_every_tenth_text_reworded_gives_exactly_those_changes() {
    use crate::common::synthetic;
    let old = synthetic::agreement(synthetic::STRESS);
    let (new, names, items) = synthetic::with_texts_changed(&old, 10);
    let options = ValidateOptions::with_today(today());
    let (old, new) = (
        validate(old, &options).unwrap(),
        validate(new, &options).unwrap(),
    );
    let changes = sopimus::diff(&old, &new);
    let total = 300 + 100 + 200 + 600 + 200;
    assert_eq!((names, items), (30, total / 10 - 30));
    assert_eq!(changes.parties.len(), names);
    assert!(changes.parties.iter().all(|p| {
        p.status == ChangeStatus::Kept
            && p.fields
                .iter()
                .map(|f| f.field.as_str())
                .collect::<Vec<_>>()
                == ["name"]
    }));
    let changed: Vec<_> = changes
        .items
        .iter()
        .filter(|i| i.status != ChangeStatus::Kept || !i.fields.is_empty())
        .collect();
    assert_eq!(changed.len(), items);
    for item in changed {
        assert_eq!(item.status, ChangeStatus::Kept, "{item:?}");
        assert_eq!(item.matched_by, Some(sopimus::diff::MatchedBy::Similarity));
        assert_eq!(item.old.as_ref().unwrap().id, item.new.as_ref().unwrap().id);
        assert!(item.new.as_ref().unwrap().text.contains(" uudistettu "));
    }
    accounts_for_every_id(&old, &new, &changes).unwrap();
    assert!(sopimus::diff(&new, &new).is_empty());
}

// ---------------------------------------------------------------------------
// The change report PDF.

#[test]
fn the_change_report_shows_each_change_with_its_old_and_new_wording() {
    let changes = compare(
        "tests/data/diff/base.toml",
        "tests/data/diff/indicator-reworded.toml",
    );
    let rendered = RENDERER
        .render_changes(&changes, &ChangeReportOptions::default())
        .unwrap();
    assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
    let text = report_text(&rendered.pdf);
    for expected in [
        "Muutoksetsopimukseen",
        "Yhteenveto",
        "Mittarit1muutettu",
        "Muutettumittari",
        // The old wording whole, then the new wording whole.
        "AsukkaidentyytyväisyyspalveluihinAsukkaidentyytyväisyyssosiaalijaterveyspalveluihin",
    ] {
        assert!(text.contains(&squash(expected)), "{expected} not in {text}");
    }
}

#[test]
fn the_change_report_of_kanta_hame_is_deterministic_and_complete() {
    let changes = compare(
        "examples/kanta-hame-2023.toml",
        "examples/kanta-hame-2026.toml",
    );
    let one = RENDERER
        .render_changes(&changes, &ChangeReportOptions::default())
        .unwrap();
    let two = RENDERER
        .render_changes(&changes, &ChangeReportOptions::default())
        .unwrap();
    assert_eq!(one.pdf, two.pdf, "the same changes give the same bytes");
    assert!(one.warnings.is_empty(), "{:?}", one.warnings);
    let text = report_text(&one.pdf);
    // Every changed entry's name, every field's label, and both values of
    // the short fields stand in the report.
    let mut expected: Vec<String> = Vec::new();
    // A row short enough to keep to one page is compared whole (a long
    // row may break across pages, and the other column's text then stands
    // between its two parts). The template measures a row in bytes.
    let short = |f: &FieldChange| {
        f.old.as_ref().map_or(0, String::len) + f.new.as_ref().map_or(0, String::len) < SHORT_ROW
    };
    for list in [
        &changes.parties,
        &changes.bodies,
        &changes.tiers,
        &changes.sections,
    ] {
        for c in list {
            let side = c.new.as_ref().or(c.old.as_ref()).unwrap();
            expected.push(side.name.clone());
            for f in c.fields.iter().filter(|f| short(f)) {
                expected.extend(f.old.iter().chain(&f.new).cloned());
            }
        }
    }
    for f in changes
        .meta
        .iter()
        .chain(&changes.rules)
        .chain(&changes.other)
        .filter(|f| short(f))
    {
        expected.extend(f.old.iter().chain(&f.new).cloned());
    }
    for item in &changes.items {
        if item.status != ChangeStatus::Kept || !item.fields.is_empty() {
            let side = item.new.as_ref().or(item.old.as_ref()).unwrap();
            expected.push(side.text.clone());
        }
    }
    for e in &expected {
        let e = squash(e);
        assert!(text.contains(&e), "missing from the report: {e}");
    }
}

#[test]
fn the_change_report_of_equal_versions_says_so() {
    let changes = compare(
        "tests/data/diff/base.toml",
        "tests/data/diff/reformatted.toml",
    );
    let rendered = RENDERER
        .render_changes(&changes, &ChangeReportOptions::default())
        .unwrap();
    let text = report_text(&rendered.pdf);
    assert!(text.contains(&squash("Versioissa ei ole sisällöllisiä eroja.")));
}

#[test]
fn the_change_report_meets_pdf_a_and_ua_and_attaches_the_changes_for_pdf_a3() {
    let changes = compare(
        "tests/data/diff/base.toml",
        "tests/data/diff/goal-moved.toml",
    );
    for (standard, part) in [(Standard::A2bUa1, "2"), (Standard::A3bUa1, "3")] {
        let pdf = RENDERER
            .render_changes(&changes, &ChangeReportOptions::with_standard(standard))
            .unwrap()
            .pdf;
        let checked = check(&pdf);
        assert!(
            checked
                .xmp
                .contains(&format!("<pdfaid:part>{part}</pdfaid:part>"))
        );
        assert!(checked.xmp.contains("<pdfuaid:part>1</pdfuaid:part>"));
        assert_eq!(checked.lang.as_deref(), Some("fi"));
        assert!(checked.structure.is_some_and(|s| !s.is_empty()));
        assert!(checked.display_doc_title);
        let attached: Vec<&str> = checked
            .attachments
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        let expected: &[&str] = if part == "3" { &["changes.json"] } else { &[] };
        assert_eq!(attached, expected);
    }
}

// ---------------------------------------------------------------------------
// The program.

fn scratch(name: &str) -> PathBuf {
    crate::common::scratch_in("diff", name)
}

#[test]
fn exit_codes_equal_different_bad_input() {
    let base = "tests/data/diff/base.toml";
    let equal = sopimus(&["diff", base, "tests/data/diff/reformatted.toml"]);
    assert_eq!(equal.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&equal.stdout).contains("Versioissa ei ole"));

    let different = sopimus(&["diff", base, "tests/data/diff/notice-period-changed.toml"]);
    assert_eq!(different.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&different.stdout)
            .contains("irtisanomisaika: 12 kuukautta → 6 kuukautta")
    );

    let missing = sopimus(&["diff", base, "tests/data/diff/no-such-file.toml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(missing.stdout.is_empty());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-file.toml"));

    let invalid = sopimus(&["diff", "tests/data/invalid/tier-gap.toml", base]);
    assert_eq!(invalid.status.code(), Some(2));
    assert!(invalid.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&invalid.stderr);
    assert!(stderr.contains("tier-gap.toml is not valid"), "{stderr}");
    assert!(
        stderr.contains("tier-gap.toml:"),
        "with line and column: {stderr}"
    );
}

#[test]
fn json_output_and_the_report_file() {
    let dir = scratch("cli");
    let out = dir.join("changes.pdf");
    let run = sopimus(&[
        "diff",
        "examples/kanta-hame-2023.toml",
        "examples/kanta-hame-2026.toml",
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).expect("JSON on stdout");
    assert_eq!(json["schema_version"], 1);
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    assert!(String::from_utf8_lossy(&run.stderr).contains("wrote"));

    // The report never replaces an input.
    let input = dir.join("old.toml");
    std::fs::copy(crate_path("tests/data/diff/base.toml"), &input).unwrap();
    let refused = sopimus(&[
        "diff",
        input.to_str().unwrap(),
        "tests/data/diff/base.toml",
        "-o",
        input.to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(2));
    assert_eq!(
        std::fs::read(&input).unwrap(),
        std::fs::read(crate_path("tests/data/diff/base.toml")).unwrap()
    );
}

/// A change of spacing only (a no-break space for a space) prints no
/// empty mark "{++}" or "[--]" in the text of the changes.
#[test]
fn a_change_of_spacing_only_prints_no_empty_mark() {
    let base = std::fs::read_to_string(crate_path("tests/data/diff/base.toml")).unwrap();
    let spaced = base.replacen(
        "text = \"Asukkaiden hyvinvointi",
        "text = \"Asukkaiden\u{a0}hyvinvointi",
        1,
    );
    assert_ne!(base, spaced, "the fixture's text is where the test expects");
    let valid = |source: &str| {
        sopimus::validate(
            parse(source),
            &sopimus::ValidateOptions::with_today(crate::common::today()),
        )
        .unwrap_or_else(|e| panic!("{}", e.0))
    };
    let text = sopimus::diff::diff(&valid(&base), &valid(&spaced)).to_string();
    assert!(
        !text.contains("{++}") && !text.contains("[--]"),
        "an empty mark:\n{text}"
    );
}

/// The 2026 example with its last party and last body moved to the front,
/// written back as TOML.
fn kanta_hame_2026_reordered() -> ValidatedAgreement {
    let text = std::fs::read_to_string(crate_path("examples/kanta-hame-2026.toml")).unwrap();
    let mut table: toml::Table = text.parse().unwrap();
    for key in ["parties", "forums"] {
        let list = table[key].as_array_mut().unwrap();
        let last = list.pop().unwrap();
        list.insert(0, last);
    }
    let agreement = parse(&toml::to_string(&table).unwrap());
    validate(agreement, &ValidateOptions::with_today(today())).unwrap()
}

#[test]
fn parties_and_bodies_in_another_order_are_moved() {
    // The documents print parties, signatures and bodies in the written
    // order: a new order is a change, of the one entry that left it.
    let old = valid("examples/kanta-hame-2026.toml");
    let new = kanta_hame_2026_reordered();
    let changes = sopimus::diff(&old, &new);
    let (parties, bodies) = (old.agreement().parties.len(), old.agreement().forums.len());
    let old_last = |list: &[Change]| {
        let first = list.first().and_then(|c| c.old.as_ref());
        first.map(|s| s.name.clone()).unwrap_or_default()
    };
    assert_eq!(
        facts(&changes),
        vec![
            format!("party moved {}", old_last(&changes.parties)),
            format!("party {} place: {parties} → 1", old_last(&changes.parties)),
            format!("body moved {}", old_last(&changes.bodies)),
            format!("body {} place: {bodies} → 1", old_last(&changes.bodies)),
        ]
    );
    assert_eq!(changes.summary.parties.moved, 1);
    assert_eq!(changes.summary.bodies.moved, 1);
    // The text form and the JSON say it; the change report too.
    let text = changes.to_string();
    assert!(
        text.contains(&format!(
            "→ {}: sijainti {parties} → 1",
            old_last(&changes.parties)
        )),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&changes.to_json()).unwrap();
    assert_eq!(json["parties"][0]["status"], "moved");
    assert_eq!(json["bodies"][0]["fields"][0]["field"], "place");
    let rendered = RENDERER
        .render_changes(&changes, &ChangeReportOptions::default())
        .unwrap();
    let report = report_text(&rendered.pdf);
    assert!(
        report.contains(&squash("Sopimusosapuolet1siirretty")),
        "{report}"
    );
    // And back: the same two entries moved the other way.
    let back = sopimus::diff(&new, &old);
    assert_eq!(
        back.summary.parties.moved + back.summary.bodies.moved,
        2,
        "{back}"
    );
}

// ---------------------------------------------------------------------------
// Settings that change only the wording or the order (issue 23), and what an
// added item holds (issue 19).

/// The facts of `settings-changed.toml` against the base, `old → new`.
const SETTINGS: [(&str, &str, &str); 5] = [
    (
        "meta section_sign",
        "numeron jälkeen (14 §)",
        "ennen numeroa (§ 14)",
    ),
    (
        "meta party_order",
        "kirjoitusjärjestyksessä",
        "aakkosjärjestyksessä kielittäin (hyvinvointialue ja maakunnan liitto ensin)",
    ),
    (
        "rule termination.own_part_subject",
        "sopimusosapuoli",
        "organisaatio",
    ),
    (
        "rule signing.party_term",
        "sopimusosapuoli",
        "sopijaosapuoli",
    ),
    // What the section sign changes in the text.
    (
        "other legal_basis",
        "Laki hyvinvointialueesta (611/2021): 14 § (Hyvinvointialueen ja kuntien yhteistyö)",
        "Laki hyvinvointialueesta (611/2021): § 14 (Hyvinvointialueen ja kuntien yhteistyö)",
    ),
];

/// The changes from a fixture back to its base: each change the other way.
fn backwards(name: &str) -> Changes {
    compare(
        &format!("tests/data/diff/{name}.toml"),
        "tests/data/diff/base.toml",
    )
}

#[test]
fn settings_that_change_the_wording_or_order_are_changes_either_way() {
    let there: Vec<String> = SETTINGS
        .iter()
        .map(|(what, old, new)| format!("{what}: {old} → {new}"))
        .collect();
    let there: Vec<&str> = there.iter().map(String::as_str).collect();
    assert_facts("settings-changed", &there);
    let back = backwards("settings-changed");
    let expected: Vec<String> = SETTINGS
        .iter()
        .map(|(what, old, new)| format!("{what}: {new} → {old}"))
        .collect();
    assert_eq!(facts(&back), expected, "{back}");
    insta::assert_snapshot!(
        "diff-settings-changed",
        compare(
            "tests/data/diff/base.toml",
            "tests/data/diff/settings-changed.toml"
        )
        .to_string()
    );
}

#[test]
fn the_section_sign_is_a_change_of_the_finnish_version_only() {
    // Swedish always writes "14 §": in a bilingual agreement the setting
    // changes the Finnish version alone, and says so.
    let old = sopimus::load(BILINGUAL).unwrap().agreement;
    let mut new = old.clone();
    new.meta.section_sign = sopimus::model::SectionSign::Before;
    let changes = sopimus::diff(&old.validate().unwrap(), &new.validate().unwrap());
    assert_eq!(
        facts(&changes),
        ["meta section_sign (fi): numeron jälkeen (14 §) → ennen numeroa (§ 14)"],
        "{changes}"
    );
}

#[test]
fn the_follow_up_values_and_written_numbers_are_changes() {
    assert_facts(
        "follow-up-values-and-number-set",
        &[
            "indicator changed tyytyvaisyys",
            "indicator tyytyvaisyys target: – → vähintään 4",
            "indicator tyytyvaisyys value_kind: – → itsearvio 1–5",
            "indicator tyytyvaisyys target_value: – → 4",
            "action changed kysely",
            "action kysely number: – → 5",
        ],
    );
}

#[test]
fn an_added_indicator_comes_with_its_target_baseline_and_source() {
    let expected = [
        "indicator added uimahallit",
        "indicator uimahallit target: – → vähintään 5",
        "indicator uimahallit direction: – → suurempi on parempi",
        "indicator uimahallit baseline: – → 4,2 kpl (2023)",
        "indicator uimahallit unit: – → kpl",
        "indicator uimahallit source: – → Kuntien liikuntatilastot (L12)",
    ];
    assert_facts("indicator-added-with-target", &expected);
    // Removed, the same values stand on the old side.
    let back = backwards("indicator-added-with-target");
    let removed: Vec<String> = expected
        .iter()
        .map(|f| match f.split_once(": – → ") {
            Some((what, value)) => format!("{what}: {value} → –"),
            None => f.replace("added", "removed"),
        })
        .collect();
    assert_eq!(facts(&back), removed, "{back}");
    let changes = fixture("indicator-added-with-target");
    // The text form: each value on its own line, without an arrow.
    let text = changes.to_string();
    for line in [
        "tavoitetaso: vähintään 5",
        "lähtötaso: 4,2 kpl (2023)",
        "tietolähde: Kuntien liikuntatilastot (L12)",
    ] {
        assert!(text.contains(&format!("      {line}\n")), "{line}: {text}");
    }
    // The change report: the text first, then the values.
    let rendered = RENDERER
        .render_changes(&changes, &ChangeReportOptions::default())
        .unwrap();
    let report = report_text(&rendered.pdf);
    assert!(
        report.contains(&squash(
            "Teksti – Uimahallikäynnit asukasta kohden \
             Tavoitetaso – vähintään 5 \
             Suunta – suurempi on parempi \
             Lähtötaso – 4,2 kpl (2023) \
             Yksikkö – kpl \
             Tietolähde – Kuntien liikuntatilastot (L12)"
        )),
        "{report}"
    );
}

#[test]
fn an_added_priority_lists_the_values_of_the_indicators_it_holds() {
    // The report gives each value under the indicator the added priority
    // holds, not its text alone.
    let changes = fixture("priority-added");
    let rendered = RENDERER
        .render_changes(&changes, &ChangeReportOptions::default())
        .unwrap();
    let report = report_text(&rendered.pdf);
    assert!(
        report.contains(&squash(
            "Mittari: Asukasraatien määrä \
             Tavoitetaso: vähintään yksi jokaisessa kunnassa \
             Tietolähde: Kuntien pöytäkirjat"
        )),
        "{report}"
    );
}
