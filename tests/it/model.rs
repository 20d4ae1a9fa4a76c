//! The model's checked values, Finnish number words, the date rules and the
//! round trip of the examples.

use crate::common::{EXAMPLES, crate_path, parse, today, valid};
use sopimus::dates::{CouncilTerm, DateRuleError, EntryIntoForce};
use sopimus::{Agreement, BusinessId, BusinessIdError, Date, PartyId, ValidateOptions, validate};

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

#[test]
fn all_business_ids_of_2023_agreement_pass() {
    let agreement = valid("examples/kanta-hame-2023.toml");
    let ids: Vec<&str> = agreement
        .business_ids()
        .iter()
        .map(BusinessId::as_str)
        .collect();
    // The source writes them with an en dash; the checked form has a hyphen.
    assert_eq!(
        ids,
        [
            "3221307-8",
            "0826048-0",
            "0145626-1",
            "0145801-3",
            "0145997-2",
            "0146456-0",
            "0146921-4",
            "0147510-4",
            "0147645-7",
            "0150919-1",
            "0152563-4",
            "0153179-4",
            "0158301-7",
        ]
    );
    for party in &agreement.agreement().parties {
        assert!(
            party.business_id.as_str().contains('\u{2013}'),
            "{}",
            party.business_id.as_str()
        );
    }
}

#[test]
fn business_id_failures_are_distinct() {
    let err = |s: &str| s.parse::<BusinessId>().unwrap_err();
    assert!(matches!(err(""), BusinessIdError::Empty));
    assert!(matches!(
        err("0145626-2"),
        BusinessIdError::WrongCheckDigit(_, '2', '1')
    ));
    assert!(matches!(err("1000008-0"), BusinessIdError::RemainderOne(_)));
    assert!(matches!(
        err("014562-1"),
        BusinessIdError::WrongLength(_, 6, 1)
    ));
    assert!(matches!(
        err("01456261-1"),
        BusinessIdError::WrongLength(_, 8, 1)
    ));
    assert!(matches!(
        err("0145626-12"),
        BusinessIdError::WrongLength(_, 7, 2)
    ));
    assert!(matches!(err("01456261"), BusinessIdError::MissingHyphen(_)));
    assert!(matches!(
        err("O145626-1"),
        BusinessIdError::InvalidCharacter(_, 'O')
    ));
    assert!(matches!(
        err("FI01456261"),
        BusinessIdError::InvalidCharacter(_, 'F')
    ));
    let messages: std::collections::BTreeSet<String> = [
        "",
        "0145626-2",
        "1000008-0",
        "014562-1",
        "01456261",
        "O145626-1",
    ]
    .iter()
    .map(|s| err(s).to_string())
    .collect();
    assert_eq!(messages.len(), 6, "each failure has its own message");
    // Dashes from word processors and surrounding space are normalised.
    assert_eq!(
        "  0145626\u{2011}1 "
            .parse::<BusinessId>()
            .unwrap()
            .as_str(),
        "0145626-1"
    );
    // Check digit 0 (sum divisible by 11).
    assert_eq!(
        "0826048-0".parse::<BusinessId>().unwrap().as_str(),
        "0826048-0"
    );
}

/// The minimal fixture with every party approved and signed on given days.
fn signed_minimal(signed: &[(i32, u32, u32)]) -> sopimus::ValidatedAgreement {
    let source = std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap();
    let mut agreement = parse(&source);
    agreement.meta.date = date(2024, 12, 31);
    for (party, &(y, m, d)) in agreement.parties.iter_mut().zip(signed) {
        party.approval = Some(sopimus::model::Approval::new("Hallitus", date(2024, 1, 2)));
        party.signed_on = Some(date(y, m, d));
    }
    validate(agreement, &ValidateOptions::with_today(today())).unwrap()
}

#[test]
fn entry_into_force_is_the_last_signature() {
    let all = signed_minimal(&[
        (2024, 2, 1),
        (2024, 3, 5),
        (2024, 2, 29),
        (2024, 1, 3),
        (2024, 2, 2),
    ]);
    assert_eq!(
        all.entry_into_force(),
        EntryIntoForce::InForce {
            since: date(2024, 3, 5)
        }
    );
}

#[test]
fn entry_into_force_lists_missing_parties() {
    // Only the first two parties have signed.
    let some = signed_minimal(&[(2024, 2, 1), (2024, 3, 5)]);
    let ids = |v: &[&str]| v.iter().map(|s| PartyId::from(*s)).collect::<Vec<_>>();
    assert_eq!(
        some.entry_into_force(),
        EntryIntoForce::Pending {
            not_approved: ids(&["town-a", "town-b", "town-c"]),
            not_signed: ids(&["town-a", "town-b", "town-c"]),
        }
    );
    // The 2026 draft: nobody has approved or signed.
    let draft = valid("examples/kanta-hame-2026.toml");
    match draft.entry_into_force() {
        EntryIntoForce::Pending {
            not_approved,
            not_signed,
        } => {
            assert_eq!(not_approved.len(), 13);
            assert_eq!(not_signed.len(), 13);
        }
        other => panic!("a draft is not in force: {other:?}"),
    }
}

#[test]
fn termination_counts_calendar_months_with_month_end() {
    let a = valid("tests/data/valid/minimal.toml");
    let town = PartyId::from("town-b");
    let effective = |y, m, d| a.termination(&town, date(y, m, d)).unwrap().effective;
    // 12 months' notice.
    assert_eq!(effective(2024, 3, 15), date(2025, 3, 15));
    // From a leap day to a common year: the month's last day.
    assert_eq!(effective(2028, 2, 29), date(2029, 2, 28));
    assert_eq!(effective(2027, 2, 28), date(2028, 2, 28));
    assert_eq!(effective(2024, 12, 31), date(2025, 12, 31));
    let outcome = a.termination(&town, date(2024, 3, 15)).unwrap();
    assert_eq!(outcome.remaining.len(), 4);
    assert!(!outcome.remaining.contains(&town));
    // A notice dated before the agreement (1.3.2024) is refused.
    assert_eq!(
        a.termination(&town, date(2024, 2, 29)).unwrap_err(),
        DateRuleError::NoticeBeforeAgreement {
            delivered: "29.2.2024".into(),
            agreement: "1.3.2024".into()
        }
    );
    assert_eq!(
        a.termination(&PartyId::from("nobody"), date(2024, 1, 1))
            .unwrap_err(),
        DateRuleError::UnknownParty("nobody".into())
    );
}

#[test]
fn one_month_notice_from_31_january() {
    let source = std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap();
    let mut agreement = parse(&source);
    agreement.termination.notice_months = 1;
    let a = validate(agreement, &ValidateOptions::with_today(today())).unwrap();
    let town = PartyId::from("town-a");
    assert_eq!(
        a.termination(&town, date(2025, 1, 31)).unwrap().effective,
        date(2025, 2, 28)
    );
    assert_eq!(
        a.termination(&town, date(2028, 1, 31)).unwrap().effective,
        date(2028, 2, 29)
    );
    assert_eq!(
        a.termination(&town, date(2024, 3, 31)).unwrap().effective,
        date(2024, 4, 30)
    );
}

#[test]
fn council_terms() {
    let term = |y, m, d| CouncilTerm::containing(date(y, m, d)).map(|t| (t.start, t.end));
    assert_eq!(term(2023, 8, 1), Ok((date(2021, 8, 1), date(2025, 5, 31))));
    assert_eq!(term(2025, 5, 31), Ok((date(2021, 8, 1), date(2025, 5, 31))));
    assert_eq!(term(2025, 6, 1), Ok((date(2025, 6, 1), date(2029, 5, 31))));
    assert_eq!(term(2029, 5, 31), Ok((date(2025, 6, 1), date(2029, 5, 31))));
    assert_eq!(term(2029, 6, 1), Ok((date(2029, 6, 1), date(2033, 5, 31))));
    assert!(matches!(
        term(2020, 1, 1),
        Err(DateRuleError::NoCouncilTerm(_))
    ));
}

#[test]
fn follow_up_windows_and_expected_meetings() {
    let a = valid("examples/kanta-hame-2023.toml");
    let year = a
        .follow_up_year(2024)
        .unwrap()
        .expect("2023 has follow-up rules");
    assert_eq!(
        year.windows
            .iter()
            .map(|w| (w.start, w.end))
            .collect::<Vec<_>>(),
        [(date(2024, 5, 1), date(2024, 6, 30))]
    );
    assert!(!year.forums.is_empty());
    // Every forum appears once, in the order of the input.
    let forums: Vec<_> = a.agreement().forums.iter().map(|f| f.id.clone()).collect();
    assert_eq!(
        year.meetings
            .iter()
            .map(|m| m.forum.clone())
            .collect::<Vec<_>>(),
        forums
    );
    // A forum meeting N times a year meets 4N times in a council term.
    let term = a.expected_meetings_in_term();
    for (one, four) in year.meetings.iter().zip(&term) {
        if let Some(c) = one.count {
            let t = four.count.unwrap();
            assert_eq!((t.min, t.max), (c.min * 4, c.max * 4), "{}", one.forum);
        }
    }
    // The minimal fixture: 1–2 meetings a year, and one forum as needed.
    let m = valid("tests/data/valid/minimal.toml");
    let term = m.expected_meetings_in_term();
    assert_eq!(term[0].count.map(|c| (c.min, c.max)), Some((4, 8)));
    assert_eq!(term[1].count, None);
}

#[test]
fn examples_round_trip_through_toml_and_json() {
    for example in EXAMPLES.iter().chain(&["tests/data/valid/minimal.toml"]) {
        let original = valid(example).into_inner();
        let toml = original.to_toml_string().unwrap();
        let back =
            Agreement::from_toml_str(&toml).unwrap_or_else(|e| panic!("{example}: {e}\n{toml}"));
        assert_eq!(back, original, "{example} via TOML");
        let json = serde_json::to_string(&original).unwrap();
        let back = Agreement::from_json_str(&json).unwrap();
        assert_eq!(back, original, "{example} via JSON");
        validate(back, &ValidateOptions::with_today(today())).unwrap();
    }
}

/// The registry of fields is the model's: its keys are exactly the
/// properties of the JSON Schema that schemars derives from the serde types,
/// and its aliases exactly the `alias` attributes of `src/model/`. A field
/// renamed, added or given an alias in the model fails here until the
/// registry follows.
#[test]
fn the_field_registry_is_the_model() {
    use std::collections::BTreeSet;

    use sopimus::model::Field;

    fn properties(value: &serde_json::Value, out: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                    out.extend(props.keys().cloned());
                }
                map.values().for_each(|v| properties(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| properties(v, out)),
            _ => {}
        }
    }
    let schema: serde_json::Value =
        serde_json::from_str(&sopimus::schema::agreement_schema()).expect("the schema is JSON");
    let mut in_model = BTreeSet::new();
    properties(&schema, &mut in_model);
    let registered: BTreeSet<String> = Field::ALL.iter().map(|f| f.key().to_owned()).collect();
    assert_eq!(
        registered
            .symmetric_difference(&in_model)
            .collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "the registry (src/model/fields.rs) and the model's fields differ"
    );

    // `#[serde(… alias = "x" …)]` and the field it stands above.
    let mut aliases_in_model = BTreeSet::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    for entry in std::fs::read_dir(dir).expect("src/model") {
        let source = std::fs::read_to_string(entry.expect("an entry").path()).expect("a file");
        let lines: Vec<&str> = source.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some(rest) = line.split("alias = \"").nth(1) else {
                continue;
            };
            let alias = rest.split('"').next().unwrap_or_default().to_owned();
            let field = lines[i + 1..]
                .iter()
                .find_map(|l| l.trim().strip_prefix("pub ")?.split(':').next())
                .expect("a field under the attribute")
                .trim()
                .to_owned();
            aliases_in_model.insert((field, alias));
        }
    }
    let aliases: BTreeSet<(String, String)> = Field::ALL
        .iter()
        .filter_map(|f| Some((f.key().to_owned(), f.alias()?.to_owned())))
        .collect();
    assert_eq!(aliases, aliases_in_model);
    assert_eq!(
        aliases.len(),
        2,
        "responsible ← forums, languages ← language"
    );
}

/// The inserts renamed in code (`Insert::FollowUpRules`, …, issue 22) keep
/// the words the file writes.
#[test]
fn renamed_inserts_keep_their_words_in_the_file() {
    use sopimus::model::Insert;
    for (insert, word) in [
        (Insert::FollowUpRules, "follow_up"),
        (Insert::ValidityRules, "validity"),
        (Insert::TerminationRules, "termination"),
        (Insert::LegalBasis, "legal_basis"),
    ] {
        assert_eq!(serde_json::to_value(insert).unwrap(), word);
        assert_eq!(
            serde_json::from_value::<Insert>(word.into()).unwrap(),
            insert
        );
    }
}

/// A list item reads the same from TOML and JSON, as its text alone or as
/// `{ text, items }` with the list under it (either text per language), and
/// is written back in the shorter form when nothing is under it.
#[test]
fn a_list_item_with_a_list_under_it_reads_from_toml_and_json() {
    use sopimus::Language::{Fi, Sv};
    use sopimus::model::{Block, ListItem, Section};
    use sopimus::text::RichText;
    let toml_text = r#"
heading = "Johdannoksi"
blocks = [
  { bullets = [
    "Voimassa oleva puitesopimus",
    { text = "Uutta sopimusta on valmisteltu", items = ["keväällä", { fi = "syksyllä", sv = "på hösten" }] },
    { fi = "Kommentit", sv = "Kommentarer" },
  ] },
  { numbered = [{ text = { fi = "Yksi", sv = "Ett" } }] },
]
"#;
    let json_text = r#"{
  "heading": "Johdannoksi",
  "blocks": [
    { "bullets": [
      "Voimassa oleva puitesopimus",
      { "text": "Uutta sopimusta on valmisteltu", "items": ["keväällä", { "fi": "syksyllä", "sv": "på hösten" }] },
      { "fi": "Kommentit", "sv": "Kommentarer" }
    ] },
    { "numbered": [{ "text": { "fi": "Yksi", "sv": "Ett" } }] }
  ]
}"#;
    let from_toml: Section = toml::from_str(toml_text).unwrap();
    let from_json: Section = serde_json::from_str(json_text).unwrap();
    assert_eq!(from_toml, from_json);
    let expected = Section::new(
        "Johdannoksi",
        [
            Block::Bullets(vec![
                "Voimassa oleva puitesopimus".into(),
                ListItem::with_items(
                    "Uutta sopimusta on valmisteltu",
                    [
                        RichText::from("keväällä"),
                        RichText::in_languages([(Fi, "syksyllä"), (Sv, "på hösten")]),
                    ],
                ),
                RichText::in_languages([(Fi, "Kommentit"), (Sv, "Kommentarer")]).into(),
            ]),
            Block::Numbered(vec![
                RichText::in_languages([(Fi, "Yksi"), (Sv, "Ett")]).into(),
            ]),
        ],
    );
    assert_eq!(from_toml, expected);
    let written = serde_json::to_value(&from_toml).unwrap();
    assert_eq!(
        written["blocks"][0]["bullets"][0],
        "Voimassa oleva puitesopimus"
    );
    assert_eq!(written["blocks"][0]["bullets"][1]["items"][0], "keväällä");
    assert_eq!(written["blocks"][1]["numbered"][0]["sv"], "Ett");
    let again: Section = toml::from_str(&toml::to_string(&from_toml).unwrap()).unwrap();
    assert_eq!(again, from_toml);
}
