//! Every generated sentence of both languages for a range of parameters
//! (counts 1, 2, 3 and 12; one party and all parties; with and without
//! each optional field), in one reviewed snapshot: a wording change in
//! either language shows in review, beside its other language.
//!
//! The model's values are read from their TOML form, as a file writes them,
//! not built from struct literals.

use std::fmt::Write as _;

use super::{Locale, fi, sv};
use crate::ids::{Date, ItemKind};
use crate::language::Language;
use crate::model::{
    AgreementKind, Direction, ForumKind, Frequency, MonthWindow, SectionSign, SigningMode, Term,
    Termination,
};

const COUNTS: [u32; 4] = [1, 2, 3, 12];

/// A value of the model from its TOML form, e.g. `{ per_year = [3, 4] }`.
fn of<T: serde::de::DeserializeOwned>(value: &str) -> T {
    #[derive(serde::Deserialize)]
    struct V<T> {
        v: T,
    }
    toml::from_str::<V<T>>(&format!("v = {value}"))
        .unwrap_or_else(|e| panic!("{value}: {e}"))
        .v
}

/// The sentences, each case with its Finnish and Swedish.
#[derive(Default)]
struct Sheet(String);

impl Sheet {
    fn heading(&mut self, title: &str) {
        let _ = writeln!(self.0, "\n## {title}");
    }

    fn case(&mut self, case: &str, sentence: impl Fn(Locale) -> String) {
        let _ = writeln!(self.0, "{case}");
        for l in [Language::Fi, Language::Sv] {
            let _ = writeln!(self.0, "  {l}: {}", sentence(Locale::new(l)));
        }
    }
}

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("a date")
}

/// Names of municipalities in each language, `n` of them.
fn names(l: Locale, n: usize) -> Vec<String> {
    let (fi, sv) = (
        [
            "Porvoon kaupunki",
            "Loviisan kaupunki",
            "Sipoon kunta",
            "Askolan kunta",
            "Myrskylän kunta",
            "Pukkilan kunta",
            "Lapinjärven kunta",
        ],
        [
            "Borgå stad",
            "Lovisa stad",
            "Sibbo kommun",
            "Askola kommun",
            "Mörskom kommun",
            "Pukkila kommun",
            "Lappträsk kommun",
        ],
    );
    let list = if l.language() == Language::Sv { sv } else { fi };
    list.iter()
        .cycle()
        .take(n)
        .map(|s| (*s).to_owned())
        .collect()
}

#[test]
fn every_generated_sentence_in_both_languages() {
    let mut s = Sheet::default();

    s.heading("Counterparts and signing");
    for n in COUNTS {
        for each in [true, false] {
            s.case(&format!("counterparts = {n}, one per party: {each}"), |l| {
                l.counterparts_sentence(n, each)
            });
        }
    }
    for term in ["agreement_party", "contracting_party"] {
        let t: crate::model::PartyTerm = of(&format!("\"{term}\""));
        s.case(&format!("counterparts = 13, party_term = {term}"), |l| {
            l.counterparts_sentence_with(13, true, t)
        });
    }
    for mode in ["electronic", "paper"] {
        s.case(&format!("mode = {mode}"), |l| {
            l.signing_statement(of::<SigningMode>(&format!("\"{mode}\"")))
                .to_owned()
        });
    }
    s.case("place and date", |l| {
        l.place_and_date(Some("Porvoo"), Some(date(2026, 6, 15)))
    });
    s.case("no place, a date", |l| {
        l.place_and_date(None, Some(date(2026, 6, 15)))
    });
    s.case("no place, no date (a draft)", |l| {
        l.place_and_date(None, None)
    });
    s.case("approval with a section", |l| {
        l.approval("Kunnanhallitus", date(2026, 6, 1), Some("123"))
    });
    s.case("approval without a section", |l| {
        l.approval("Kunnanhallitus", date(2026, 6, 1), None)
    });
    s.case("signed on", |l| l.signed_on(date(2026, 6, 15)));

    s.heading("Language versions");
    s.case("fi, sv", |l| {
        l.language_versions(&[Language::Fi, Language::Sv])
    });
    s.case("sv, fi", |l| {
        l.language_versions(&[Language::Sv, Language::Fi])
    });

    s.heading("Follow-up meetings");
    let windows = [
        "[{ from_month = 5, to_month = 5 }]",
        "[{ from_month = 5, to_month = 6 }]",
        "[{ from_month = 3, to_month = 3 }, { from_month = 10, to_month = 11 }]",
        "[{ from_month = 1, to_month = 2 }, { from_month = 5, to_month = 6 }, { from_month = 9, to_month = 12 }]",
    ];
    for w in windows {
        let rounds: Vec<MonthWindow> = of(w);
        s.case(&format!("rounds = {w}"), |l| {
            l.follow_up_sentence(&rounds).unwrap_or_default()
        });
    }

    s.heading("Validity");
    for kind in ["framework_agreement", "strategic_cooperation_agreement"] {
        let k: AgreementKind = of(&format!("\"{kind}\""));
        for (until, new) in [
            (None, false),
            (None, true),
            (Some(date(2029, 12, 31)), false),
            (Some(date(2029, 12, 31)), true),
        ] {
            s.case(
                &format!(
                    "{kind}, until = {}, until_new_agreement = {new}",
                    until.map_or("–".to_owned(), |d| d.to_string())
                ),
                |l| l.validity(k, until, new),
            );
        }
    }

    s.heading("Termination");
    for n in COUNTS {
        let t: Termination = of(&format!("{{ notice_months = {n} }}"));
        s.case(&format!("notice_months = {n}, the defaults"), |l| {
            l.termination(&t)
        });
    }
    for (own, writing, all) in [
        (false, true, true),
        (true, false, true),
        (true, true, false),
        (false, false, false),
    ] {
        let t: Termination = of(&format!(
            "{{ notice_months = 6, own_part_only = {own}, in_writing = {writing}, notify_all_parties = {all} }}"
        ));
        s.case(
            &format!("own_part_only = {own}, in_writing = {writing}, notify_all_parties = {all}"),
            |l| l.termination(&t),
        );
    }
    let t: Termination = of("{ notice_months = 12, own_part_subject = \"organisation\" }");
    s.case("own_part_subject = organisation", |l| l.termination(&t));

    s.heading("Statute sections");
    for (topic, sign) in [
        (Some("neuvotteluvelvoite"), SectionSign::After),
        (Some("neuvotteluvelvoite"), SectionSign::Before),
        (None, SectionSign::After),
        (None, SectionSign::Before),
    ] {
        s.case(&format!("topic = {topic:?}, sign {sign:?}"), |l| {
            l.provision("14", topic, sign)
        });
    }

    s.heading("Bodies");
    for n in COUNTS {
        s.case(&format!("per_year = {n}"), |l| {
            l.frequency(&of::<Frequency>(&format!("{{ per_year = {n} }}")))
        });
        s.case(&format!("per_council_term = {n}"), |l| {
            l.frequency(&of::<Frequency>(&format!("{{ per_council_term = {n} }}")))
        });
        s.case(&format!("at least {n} a year"), |l| l.at_least_per_year(n));
    }
    s.case("per_year = [3, 4]", |l| {
        l.frequency(&of::<Frequency>("{ per_year = [3, 4] }"))
    });
    s.case("as_needed", |l| {
        l.frequency(&of::<Frequency>("\"as_needed\""))
    });
    s.case("own_plan", |l| {
        l.frequency(&of::<Frequency>("\"own_plan\""))
    });
    for n in [1, 2, 3] {
        s.case(&format!("joint meeting with {n} other bodies"), |l| {
            let others: Vec<String> = ["Turvallisuusfoorumi", "HYTE-työryhmä", "Verkosto"]
                .iter()
                .take(n)
                .map(|s| (*s).to_owned())
                .collect();
            let twice = l.frequency(&of::<Frequency>("{ per_year = 2 }"));
            format!("{twice}{}", l.joint_meeting(1, &others))
        });
    }
    s.case("convener = { party }", |l| {
        l.convener(Some(&names(l, 1)[0]), false)
    });
    s.case("convener = { chair = true }", |l| l.convener(None, true));
    s.case("convener = { party, chair = true }", |l| {
        l.convener(Some(&names(l, 1)[0]), true)
    });
    s.case("no convener", |l| l.convener(None, false));
    for term in ["council_term", "until_further_notice"] {
        s.case(&format!("term = {term}"), |l| {
            l.term(of::<Term>(&format!("\"{term}\""))).to_owned()
        });
    }
    for kind in [
        "forum",
        "working_group",
        "network",
        "advocacy_body",
        "committee",
        "advisory_board",
        "management_group",
        "unit",
    ] {
        s.case(&format!("kind = {kind}"), |l| {
            l.forum_kind(of::<ForumKind>(&format!("\"{kind}\"")))
                .to_owned()
        });
    }
    for seats in [None, Some(1), Some(2), Some(3), Some(12)] {
        for (each, role) in [(false, None), (true, None), (false, Some("kunnanjohtaja"))] {
            s.case(
                &format!("member, seats = {seats:?}, a group: {each}, role: {role:?}"),
                |l| {
                    let who = if each {
                        l.words().all_municipalities.to_owned()
                    } else {
                        names(l, 1)[0].clone()
                    };
                    l.member(&who, seats, each, role)
                },
            );
        }
    }
    for n in [1, 2, 3, 7] {
        for all in [true, false] {
            s.case(&format!("per municipality, {n} of them, all: {all}"), |l| {
                l.per_municipality(&names(l, n), all)
            });
        }
    }
    s.case("responsibility with partners", |l| {
        l.with_partners("Strateginen foorumi", &names(l, 2).join(", "))
    });
    s.case("responsibility without partners", |l| {
        l.with_partners("Strateginen foorumi", "")
    });
    s.case("an organ of a party", |l| {
        l.organ_of("aluehallitus", &names(l, 1)[0])
    });

    s.heading("Indicators");
    for (share, among) in [("X/7", 0), ("X/1", 1), ("X/2", 2), ("X/3", 3), ("7/7", 0)] {
        s.case(&format!("share {share} among {among} named"), |l| {
            let list = l.join_and(&names(l, among));
            l.indicator_share(share, (among > 0).then_some(list.as_str()))
        });
    }
    s.case("scale [1, 5]", |l| l.indicator_scale(1, 5));
    s.case("target", |l| {
        l.indicator_target("korkeampi kuin edellisenä vuonna")
    });
    for d in ["higher_is_better", "lower_is_better"] {
        s.case(&format!("direction = {d}"), |l| {
            l.indicator_direction(of::<Direction>(&format!("\"{d}\"")))
        });
    }
    for (year, value) in [
        (Some(2022), None),
        (Some(2022), Some("41,5 %")),
        (None, Some("41,5 %")),
        (None, None),
    ] {
        s.case(&format!("baseline year {year:?}, value {value:?}"), |l| {
            l.indicator_baseline(year, value).unwrap_or_default()
        });
    }
    s.case("unit %", |l| l.indicator_unit("%"));
    s.case("source with an id", |l| {
        l.indicator_source("THL Sotkanet", Some("4559"))
    });
    s.case("source without an id", |l| {
        l.indicator_source("Kouluterveyskysely", None)
    });
    s.case("an action's lead", |l| l.action_lead(&names(l, 1)[0]));

    s.heading("Counts");
    for n in COUNTS {
        s.case(&format!("{n} as an amount"), |l| l.amount(n));
        s.case(&format!("{n} months"), |l| l.months(n));
        for kind in [
            ItemKind::Priority,
            ItemKind::Goal,
            ItemKind::Indicator,
            ItemKind::Action,
        ] {
            s.case(&format!("{n} × {kind:?}"), |l| {
                l.item_count(kind, n as usize)
            });
        }
        s.case(&format!("{n} words deleted, {n} inserted"), |l| {
            l.words_changed(n as usize, n as usize)
        });
        s.case(
            &format!("changes: {n} added, {n} removed, 0 moved, 1 changed"),
            |l| l.change_counts(n as usize, n as usize, 0, 1),
        );
    }
    s.case("no changes", |l| l.change_counts(0, 0, 0, 0));

    s.heading("Follow-up report");
    for n in COUNTS {
        s.case(&format!("{n} of 12 answered, none missing"), |l| {
            l.share_value(n, 12, 0)
        });
        s.case(&format!("1 of 12, {n} missing"), |l| {
            l.share_value(1, 12, n)
        });
        s.case(&format!("{n} answers missing"), |l| l.missing_answers(n));
        s.case(&format!("mean of {n} municipalities"), |l| {
            l.mean_of("41 %", n)
        });
        s.case(&format!("{n} of 12 indicators assessed"), |l| {
            l.assessed(n as usize, 12)
        });
    }
    s.case("no answers", |l| l.no_answers(2026));
    s.case("no value for the year", |l| l.no_value_for(2026));
    s.case("target at least", |l| l.target_phrase("92 %", false));
    s.case("target at most", |l| l.target_phrase("50", true));
    s.case("more than", |l| l.more_than("1 (2026)", true));
    s.case("not more than", |l| l.more_than("1 (2026)", false));
    s.case("follow-up years 2026–2029", |l| {
        l.follow_up_years(2026, 2029)
    });
    s.case("follow-up years 2026", |l| l.follow_up_years(2026, 2026));
    s.case("rules of the status", |l| {
        l.words().follow_up.rule_sentences.join(" ")
    });

    s.heading("Documents and figures");
    s.case("a separate document with a date and a reference", |l| {
        l.document_annex(
            "Hyvinvointisuunnitelma",
            Some(date(2026, 1, 31)),
            Some("https://example.fi"),
        )
    });
    s.case("a separate document alone", |l| {
        l.document_annex("Hyvinvointisuunnitelma", None, None)
    });
    s.case("figure of tiers", |l| {
        l.figure_alt(
            false,
            &[
                (1, "Strateginen taso".to_owned(), names(l, 2)),
                (2, "Työryhmät".to_owned(), names(l, 1)),
            ],
            &[(
                "Verkosto".to_owned(),
                "Strateginen taso".to_owned(),
                "Työryhmät".to_owned(),
            )],
        )
    });
    s.case("figure of one tier", |l| {
        l.figure_alt(
            false,
            &[(1, "Strateginen taso".to_owned(), names(l, 1))],
            &[],
        )
    });
    s.case("figure of columns", |l| {
        l.figure_alt(true, &[(1, "Kunnat".to_owned(), names(l, 3))], &[])
    });
    s.case("redline note", |l| l.redline_note("1.3.2026", "2.4.2026"));

    insta::assert_snapshot!("sentences", s.0);
}

// The tests below read tables and quote names; they stand here, not in
// `tests.rs`, whose literals `tests/it/locale.rs` takes for the locale's
// words.

#[test]
fn number_words_match_the_tables_for_1_to_999() {
    for (language, file) in [
        (Language::Fi, "tests/data/number-words.tsv"),
        (Language::Sv, "tests/data/number-words-sv.tsv"),
    ] {
        let locale = Locale::new(language);
        let table =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
                .unwrap();
        let mut checked = 0;
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            let (n, word) = line.split_once('\t').unwrap();
            let n: u32 = n.parse().unwrap();
            assert_eq!(
                locale.number_word(n).as_deref(),
                Some(word),
                "{language} {n}"
            );
            checked += 1;
        }
        assert_eq!(checked, 999, "{file}");
        assert_eq!(locale.number_word(0), None);
        assert_eq!(locale.number_word(1000), None);
    }
}

#[test]
fn counterparts_sentence_takes_singular_for_one() {
    let counterparts_sentence = |count, one_per_party| {
        Locale::new(Language::Fi).counterparts_sentence(count, one_per_party)
    };
    assert_eq!(
        counterparts_sentence(13, true),
        "Tätä sopimusta on tehty kolmetoista (13) samansanaista kappaletta, yksi kullekin sopimusosapuolelle."
    );
    assert_eq!(
        counterparts_sentence(1, false),
        "Tätä sopimusta on tehty yksi (1) kappale."
    );
    assert_eq!(
        counterparts_sentence(32, true),
        "Tätä sopimusta on tehty kolmekymmentäkaksi (32) samansanaista kappaletta, yksi kullekin sopimusosapuolelle."
    );
}

/// The examples the module's documentation gave while it was public.
#[test]
fn swedish_names_sort_in_swedish_order() {
    let sv = Locale::new(Language::Sv);
    let mut names = [
        "Mörskom",
        "Lovisa",
        "Borgå",
        "Askola",
        "Lappträsk",
        "Åbo",
        "Sibbo",
    ];
    names.sort_by_key(|n| sv.collation_key(n));
    assert_eq!(
        names,
        [
            "Askola",
            "Borgå",
            "Lappträsk",
            "Lovisa",
            "Mörskom",
            "Sibbo",
            "Åbo"
        ]
    );
    assert_eq!(
        Locale::new(Language::Sv).counterparts_sentence(13, true),
        "Detta avtal har upprättats i tretton (13) likalydande exemplar, ett för varje avtalspart."
    );
    assert_eq!(fi::number_word(13).as_deref(), Some("kolmetoista"));
    assert_eq!(fi::number_word(0), None);
    assert_eq!(sv::number_word(13).as_deref(), Some("tretton"));
    assert_eq!(sv::number_word(100).as_deref(), Some("etthundra"));
}
