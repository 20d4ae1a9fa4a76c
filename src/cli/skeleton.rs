//! `sopimus new`: a commented skeleton agreement that validates as it is.
//!
//! The document text is in the languages asked for (Finnish by default;
//! `--languages fi,sv` writes every text `{ fi = "…", sv = "…" }`, the
//! first language the one of plain strings), as in a real agreement; the
//! comments are English and explain each table, which texts need a version
//! in each language, and what each generated sentence says for its
//! switches (worded by the crate's own locale, so they cannot drift).
//! Everything that must be replaced (the municipalities' names, every
//! business ID) is marked as a placeholder.

use std::fmt::Write as _;

use sopimus::__program::Locale;
use sopimus::model::{AgreementKind, Frequency, MonthWindow, SectionSign, Termination};
use sopimus::{BusinessId, Date, Language};

/// The largest number of municipalities `sopimus new` writes: an agreement
/// has at most [`sopimus::validate::limits::PARTIES`] parties, and the county
/// and the regional council are two of them.
pub const MAX_MUNICIPALITIES: u32 = sopimus::validate::limits::PARTIES as u32 - 2;

/// The kind of agreement a skeleton is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// *Puitesopimus*.
    Framework,
    /// *Strateginen yhteistyösopimus*.
    Strategic,
}

/// What a skeleton is made from.
pub struct Skeleton<'a> {
    /// The wellbeing services county's name, e.g. `Kanta-Hämeen hyvinvointialue`.
    pub county: &'a str,
    /// The number of municipalities, 1 to [`MAX_MUNICIPALITIES`].
    pub municipalities: u32,
    /// Framework or strategic agreement.
    pub kind: Kind,
    /// What the `#:schema` line names: a path relative to the file, or a URL.
    pub schema: &'a str,
    /// The agreement's date (today, for a new draft).
    pub date: Date,
    /// The document languages, the first the language of plain strings;
    /// not empty, no language twice.
    pub languages: &'a [Language],
}

/// A TOML basic string on one line holding `s`: quotes, backslashes and
/// control characters escaped.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `n` distinct placeholder business IDs with valid check digits: 0000001-9,
/// 0000002-7, … (numbers whose remainder is 1 have no check digit and are
/// skipped). They look made up on purpose.
fn placeholder_business_ids(n: usize) -> Vec<BusinessId> {
    (1..=9_999_999u32)
        .filter_map(BusinessId::from_number)
        .take(n)
        .collect()
}

/// A value of the model read from its TOML form, e.g. a frequency from
/// `{ per_year = [3, 4] }`: the model's types are built as a file writes
/// them, not from struct literals (they may gain fields).
/// (`toml::macros::Deserialize` is serde's, named through `toml` so that
/// this file needs no `serde` of its own: the schema checks compile it too.)
fn toml_value<T: for<'de> toml::macros::Deserialize<'de>>(text: &str) -> Option<T> {
    let table: toml::Table = format!("v = {text}").parse().ok()?;
    table.get("v")?.clone().try_into().ok()
}

/// Comment lines starting `#` and `first`, wrapped at about 78 characters,
/// the continuation lines indented as far as `first`.
fn comment(first: &str, text: &str) -> String {
    let indent = format!("#{}", " ".repeat(first.chars().count()));
    let mut out = String::new();
    let mut line = format!("#{first}");
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + word.chars().count() >= 78 {
            out.push_str(&line);
            out.push('\n');
            line.clone_from(&indent);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
    out
}

impl Skeleton<'_> {
    fn primary(&self) -> Language {
        self.languages.first().copied().unwrap_or_default()
    }

    fn bilingual(&self) -> bool {
        self.languages.len() > 1
    }

    /// A text in every language of the skeleton: a plain string for one
    /// language, `{ fi = "…", sv = "…" }` (in the order asked) for several.
    fn tx(&self, fi: &str, sv: &str) -> String {
        let of = |l: Language| match l {
            Language::Sv => sv,
            _ => fi,
        };
        match self.languages {
            [one] => quoted(of(*one)),
            many => {
                let parts: Vec<String> = many
                    .iter()
                    .map(|l| format!("{} = {}", l.code(), quoted(of(*l))))
                    .collect();
                format!("{{ {} }}", parts.join(", "))
            }
        }
    }

    /// The same text in every language (a name given once, such as the
    /// county's): written once, or once per language to be translated.
    fn same(&self, text: &str) -> String {
        self.tx(text, text)
    }

    /// What the generated sentences say for each of their switches, in the
    /// skeleton's languages, as comment lines: `(switches, sentence of)`.
    fn explain(&self, cases: &[(&str, &dyn Fn(Locale) -> String)]) -> String {
        let mut out = String::new();
        for (switches, sentence) in cases {
            let _ = writeln!(out, "#   {switches}");
            for l in self.languages {
                out.push_str(&comment(
                    &format!("     {}: ", l.code()),
                    &sentence(Locale::new(*l)),
                ));
            }
        }
        out
    }

    /// The skeleton as TOML text.
    pub fn to_toml(&self) -> String {
        let n = self.municipalities as usize;
        let ids = placeholder_business_ids(n + 2);
        let date = self.date;
        let review = Date::from_ymd(date.year() + 3, 5, 31).unwrap_or(date);
        let (kind, kind_text, title, short_title) = match self.kind {
            Kind::Framework => (
                "framework_agreement",
                "framework agreement (puitesopimus)",
                self.tx(
                    &format!(
                        "Yhteistyön puitesopimus – {}, maakunnan liitto ja alueen kunnat",
                        self.county
                    ),
                    &format!(
                        "Ramavtal om samarbete – {}, landskapsförbundet och kommunerna i området",
                        self.county
                    ),
                ),
                self.tx("Yhteistyön puitesopimus", "Ramavtal om samarbete"),
            ),
            Kind::Strategic => (
                "strategic_cooperation_agreement",
                "strategic cooperation agreement (strateginen yhteistyösopimus)",
                self.tx(
                    &format!(
                        "Strateginen yhteistyösopimus – {}, maakunnan liitto ja alueen kunnat",
                        self.county
                    ),
                    &format!(
                        "Strategiskt samarbetsavtal – {}, landskapsförbundet och kommunerna i området",
                        self.county
                    ),
                ),
                self.tx("Strateginen yhteistyösopimus", "Strategiskt samarbetsavtal"),
            ),
        };
        // Comments about the county name must stay on one line.
        let county_comment: String = self
            .county
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let languages_line = match self.languages {
            [Language::Fi] => String::new(),
            [one] => format!("language = \"{one}\"\n"),
            many => {
                let codes: Vec<String> = many.iter().map(|l| format!("\"{l}\"")).collect();
                format!("languages = [{}]\n", codes.join(", "))
            }
        };
        let language_comment = if self.bilingual() {
            let codes: Vec<String> = self.languages.iter().map(|l| l.to_string()).collect();
            format!(
                r#"#
# LANGUAGES: every text is written in each language, {{ {example} }}:
# replace every version with the agreement's own; a version left out is an
# error (`translation-missing`). A plain string is text in the first
# language ({primary}), except in the fields whose value is the same in
# every language, which are written once: numbers, dates, ids, business
# IDs, municipality codes, section numbers (`section = "14"`), `unit`,
# `short_name`, `address`, signing `place` and the cells of annex tables
# (each a table `{{ {example} }}` where the languages' forms differ, as
# with place names: `short_name = {{ fi = "Porvoo", sv = "Borgå" }}`).
# The JSON Schema and `sopimus check` say which fields these are.
"#,
                example = codes
                    .iter()
                    .map(|c| format!("{c} = \"…\""))
                    .collect::<Vec<_>>()
                    .join(", "),
                primary = self.primary(),
            )
        } else {
            String::new()
        };
        let version = self.tx(
            &format!("Versio {}", date.finnish()),
            &format!("Version {}", date.finnish()),
        );
        let council = self.tx("Maakunnan liitto", "Landskapsförbundet");
        let county = self.same(self.county);
        let county_note = if self.bilingual() {
            " # PLACEHOLDER: the county's name in each language"
        } else {
            ""
        };

        let mut t = String::with_capacity(8_000 + n * 200);
        // Taplo wants the directive first; Tombi also wants a blank line after it.
        let _ = writeln!(t, "#:schema {}", self.schema);
        let _ = write!(
            t,
            r#"
# A {kind_text} for
# {county_comment}, its regional council and {n} {municipality_word}.
# A skeleton written by `sopimus new`: it validates as it is. Replace the
# placeholders (the municipalities' names, every business ID) and the
# example texts with the agreement's own, then check and render it:
#
#   sopimus check THIS-FILE
#   sopimus render THIS-FILE -o agreement.pdf
#   sopimus watch THIS-FILE -o agreement.pdf    (re-renders on every save)
#
# The first line names the JSON Schema of this format, for editors that use
# taplo (VS Code with Even Better TOML, Zed, Helix): they complete field
# names and mark unknown fields and wrong types as you type. The path is
# relative to this file: write the schema beside it with
# `sopimus schema -o agreement.schema.json`, or point the line at it.
#
# Text fields may use **bold** and footnote references [^1] (define them in
# a [footnotes] table); nothing else is markup.
{language_comment}
# ---------------------------------------------------------------------------
# [meta]: what the document is. `kind` chooses default wording; a draft
# (status = "draft") carries "LUONNOS" on every page: change it to "final"
# for the text to be signed. `date` is the agreement's date (päiväys).
# `section_sign = "before"` cites statute sections "§ 14" in Finnish
# instead of "14 §". `party_order = "alphabetical"` lists the county, the
# regional council, then the others in each language's alphabetical order
# (Swedish å, ä, ö last) instead of the order of [[parties]] below.
# ---------------------------------------------------------------------------

[meta]
kind = "{kind}"
title = {title}
short_title = {short_title}
version = {version}
status = "draft"
date = {date}
{languages_line}
# ---------------------------------------------------------------------------
# [[parties]]: the contracting parties in the order the document lists
# them: the wellbeing services county (exactly one), the regional council,
# then the municipalities. `id` is how the rest of this file refers to a
# party (letters, digits, `-`, `_`, `.`).
#
# PLACEHOLDERS: the names "Kunta 1" … "Kunta {n}", the regional council's
# name and EVERY business_id below are made up. The IDs have valid check
# digits only so that the file validates; replace each with the party's
# real business ID (y-tunnus, from the Finnish Business Information System
# YTJ) and its official name. Write kind = "city" for a town (kaupunki).
#
# Add to each party as they become known:
#   address = "PL 1, 00100 Kaupunki"
#   signatory = {{ name = "…", title = "kunnanjohtaja" }}   (required when final)
#   approval = {{ body = "Kunnanhallitus", date = 2026-06-01, section = "123" }}
#   signed_on = 2026-06-15
# ---------------------------------------------------------------------------

[[parties]]
id = "hyvinvointialue"
kind = "wellbeing_services_county"
name = {county}{county_note}
business_id = "{county_id}" # PLACEHOLDER: the county's business ID

[[parties]]
id = "maakunnan-liitto"
kind = "regional_council"
name = {council} # PLACEHOLDER: the regional council's name, e.g. "Hämeen liitto"
business_id = "{council_id}" # PLACEHOLDER: the regional council's business ID
"#,
            municipality_word = if n == 1 {
                "municipality"
            } else {
                "municipalities"
            },
            county_id = ids[0],
            council_id = ids[1],
        );
        for (i, id) in ids[2..].iter().enumerate() {
            let k = i + 1;
            let name = self.tx(&format!("Kunta {k}"), &format!("Kommun {k}"));
            let _ = write!(
                t,
                r#"
[[parties]]
id = "kunta-{k}"
kind = "municipality"
name = {name} # PLACEHOLDER: the municipality's official name
business_id = "{id}" # PLACEHOLDER: its business ID
"#
            );
        }
        let tx = |fi: &str, sv: &str| self.tx(fi, sv);
        let frequency = |text: &str| toml_value::<Frequency>(text).unwrap_or(Frequency::AsNeeded);
        let window = |text: &str| {
            toml_value::<MonthWindow>(text)
                .into_iter()
                .collect::<Vec<_>>()
        };
        let names = |l: Locale, k: u32| -> String {
            if l.language() == Language::Sv {
                format!("Kommun {k}")
            } else {
                format!("Kunta {k}")
            }
        };
        let legal_explained = self.explain(&[
            ("section = \"14\", topic = \"…\"", &|l: Locale| {
                l.provision("14", Some("…"), SectionSign::After)
            }),
            ("section = \"14\"  (no topic)", &|l: Locale| {
                l.provision("14", None, SectionSign::After)
            }),
            ("with section_sign = \"before\" in [meta]", &|l: Locale| {
                l.provision("14", Some("…"), SectionSign::Before)
            }),
        ]);
        let forums_explained = self.explain(&[
            (
                "convener = { party = \"kunta-1\" }",
                &|l: Locale| l.convener(Some(&names(l, 1)), false),
            ),
            ("convener = { chair = true }", &|l: Locale| {
                l.convener(None, true)
            }),
            (
                "convener = { party = \"kunta-1\", chair = true }  (first by the party, then the chair)",
                &|l: Locale| l.convener(Some(&names(l, 1)), true),
            ),
            ("frequency = { per_year = 2 }", &|l: Locale| {
                l.frequency(&frequency("{ per_year = 2 }"))
            }),
            ("frequency = { per_year = [3, 4] }", &|l: Locale| {
                l.frequency(&frequency("{ per_year = [3, 4] }"))
            }),
            ("frequency = { per_council_term = 1 }", &|l: Locale| {
                l.frequency(&frequency("{ per_council_term = 1 }"))
            }),
            ("frequency = \"as_needed\"", &|l: Locale| {
                l.frequency(&Frequency::AsNeeded)
            }),
            ("frequency = \"own_plan\"", &|l: Locale| {
                l.frequency(&Frequency::OwnPlan)
            }),
        ]);
        let follow_up_explained = self.explain(&[
            ("window = { from_month = 5, to_month = 6 }", &|l: Locale| {
                l.follow_up_sentence(&window("{ from_month = 5, to_month = 6 }"))
                    .unwrap_or_default()
            }),
            (
                "rounds = [{ from_month = 3, to_month = 3 }, { from_month = 10, to_month = 11 }]",
                &|l: Locale| {
                    let mut rounds = window("{ from_month = 3, to_month = 3 }");
                    rounds.extend(window("{ from_month = 10, to_month = 11 }"));
                    l.follow_up_sentence(&rounds).unwrap_or_default()
                },
            ),
        ]);
        let agreement_kind = match self.kind {
            Kind::Framework => AgreementKind::FrameworkAgreement,
            Kind::Strategic => AgreementKind::StrategicCooperationAgreement,
        };
        let until = Date::from_ymd(date.year() + 4, 12, 31);
        let validity_explained = self.explain(&[
            ("(no until)", &|l: Locale| {
                l.validity(agreement_kind, None, false)
            }),
            ("until = <date>", &|l: Locale| {
                l.validity(agreement_kind, until, false)
            }),
            (
                "until = <date>, until_new_agreement = true",
                &|l: Locale| l.validity(agreement_kind, until, true),
            ),
        ]);
        let termination = Termination::default();
        let termination_of = |text: &str| toml_value::<Termination>(text).unwrap_or_default();
        let termination_explained = self.explain(&[
            ("as below", &|l: Locale| l.termination(&termination)),
            (
                "own_part_only = false, in_writing = false, notify_all_parties = false, notice_months = 6",
                &|l: Locale| l.termination(&termination_of("{ notice_months = 6, own_part_only = false, in_writing = false, notify_all_parties = false }")),
            ),
            ("own_part_subject = \"organisation\"", &|l: Locale| {
                l.termination(&termination_of(
                    "{ notice_months = 12, own_part_subject = \"organisation\" }",
                ))
            }),
        ]);
        let parties = n as u32 + 2;
        let signing_explained = self.explain(&[
            ("mode = \"electronic\"", &|l: Locale| {
                l.signing_statement(sopimus::model::SigningMode::Electronic)
                    .to_owned()
            }),
            ("mode = \"paper\"", &|l: Locale| {
                format!(
                    "{} {}",
                    l.signing_statement(sopimus::model::SigningMode::Paper),
                    l.counterparts_sentence(parties, true)
                )
            }),
            ("place = \"…\"", &|l: Locale| {
                l.place_and_date(Some("…"), None)
            }),
        ]);
        let _ = write!(
            t,
            r#"
# ---------------------------------------------------------------------------
# [[sections]]: the agreement's text, in document order. A block is a
# paragraph, a list (`bullets`, `numbered`), a `subheading`, or an
# `insert`: content generated from the tables further down. Each insert
# below is needed exactly once (the file does not validate without it);
# move them between sections as you like. Rewrite the example paragraphs.
# ---------------------------------------------------------------------------

[[sections]]
heading = {h_background}
blocks = [
  {{ paragraph = {p_background} }},
]

[[sections]]
heading = {h_legal}
# `legal_basis` lists the statutes of [[legal_basis]] below.
blocks = [
  {{ paragraph = {p_legal} }},
  {{ insert = "legal_basis" }},
]

[[sections]]
heading = {h_goals}
# `priorities` lists the titles of [[priorities]]; their goals, indicators
# and actions form Annex 2.
blocks = [
  {{ paragraph = {p_goals} }},
  {{ insert = "priorities" }},
  {{ paragraph = {p_annex2} }},
]

[[sections]]
heading = {h_structure}
# `structure_figure` draws Figure 1 from [[tiers]] and [[forums]]; `tiers`
# prints each tier's heading and text. The bodies are described in Annex 1.
blocks = [
  {{ paragraph = {p_structure} }},
  {{ insert = "structure_figure" }},
  {{ insert = "tiers" }},
  {{ paragraph = {p_annex1} }},
]

[[sections]]
heading = {h_follow_up}
# `follow_up` prints [follow_up]: its text and the generated rule on when
# the follow-up meeting is held.
blocks = [
  {{ insert = "follow_up" }},
]

[[sections]]
heading = {h_validity}
# Both paragraphs are generated from [validity] and [termination].
blocks = [
  {{ insert = "validity" }},
  {{ insert = "termination" }},
]

# ---------------------------------------------------------------------------
# [[legal_basis]]: the statutes the cooperation rests on, listed by the
# `legal_basis` insert. `section` is the number without the § sign; the
# `topic` may be left out. Each provision prints as:
{legal_explained}# ---------------------------------------------------------------------------

[[legal_basis]]
name = {law_611}
number = "611/2021"
provisions = [
  {{ section = "14", topic = {topic_14} }},
]

[[legal_basis]]
name = {law_612}
number = "612/2021"
provisions = [
  {{ section = "6", topic = {topic_6} }},
  {{ section = "7", topic = {topic_7} }},
]

# ---------------------------------------------------------------------------
# [[tiers]]: the levels of the cooperation structure, tier 1 at the top of
# Figure 1, numbered 1, 2, … without gaps. `blocks` is the tier's text in
# the agreement (the `tiers` insert).
# ---------------------------------------------------------------------------

[[tiers]]
level = 1
name = {tier_1}
level_name = {tier_1_level}
blocks = [
  {{ paragraph = {tier_1_text} }},
]

[[tiers]]
level = 2
name = {tier_2}
level_name = {tier_2_level}
blocks = [
  {{ paragraph = {tier_2_text} }},
]

# ---------------------------------------------------------------------------
# [[forums]]: the forums, working groups and networks (Annex 1). `tier` is
# the tier it belongs to; `convener` names the party that calls it
# (`party = "…"`) or its chair (`chair = true`); `frequency` is
# {{ per_year = 2 }}, {{ per_year = [3, 4] }}, {{ per_council_term = 1 }},
# "as_needed" or "own_plan". Parties and forums share one namespace of ids.
# What Annex 1 prints for each switch:
{forums_explained}# ---------------------------------------------------------------------------

[[forums]]
id = "strateginen-foorumi"
name = {forum_1}
kind = "forum"
tier = 1
convener = {{ party = "hyvinvointialue" }}
frequency = {{ per_year = 2 }}
composition = {forum_1_composition}
tasks = [
  {forum_1_task_1},
  {forum_1_task_2},
]
named_representatives = true

[[forums]]
id = "hyte-tyoryhma"
name = {forum_2}
kind = "working_group"
tier = 2
convener = {{ party = "hyvinvointialue" }}
frequency = {{ per_year = [3, 4] }}
composition = {forum_2_composition}
tasks = [
  {forum_2_task},
]
named_representatives = true

# ---------------------------------------------------------------------------
# [[priorities]]: the priorities (painopisteet), each with its goals
# ([[priorities.goals]]), every goal with at least one indicator and its
# actions (Annex 2). `lead` names who is responsible: forums or parties by
# id. An indicator counted out of the municipalities is written "X/{n}" (to
# be measured) or e.g. "{n}/{n}"; its N must be the number of municipalities.
#
# `id` gives each item a stable name that follow-up data and comparisons of
# versions refer to; keep an item's id when you reorder or reword it, and
# give new items their own (`sopimus ids THIS-FILE` lists them).
# ---------------------------------------------------------------------------

[[priorities]]
id = "p1"
number = 1
title = {priority}
lead = {{ responsible = ["strateginen-foorumi"], partners = ["hyte-tyoryhma"] }}

[[priorities.goals]]
id = "p1.g1"
text = {goal}
indicators = [
  {{ id = "p1.g1.i1", text = {indicator}, municipalities = "X/{n}" }},
]
actions = [
  {{ id = "p1.g1.a1", text = {action} }},
]

# ---------------------------------------------------------------------------
# [follow_up]: how the cooperation is followed up: a text, the forums that
# hold the follow-up, and the months of the yearly follow-up meeting. The
# generated rule:
{follow_up_explained}# ---------------------------------------------------------------------------

[follow_up]
text = [
  {{ paragraph = {follow_up_text} }},
]
forums = ["strateginen-foorumi"]
window = {{ from_month = 5, to_month = 6 }}

# ---------------------------------------------------------------------------
# [validity]: the agreement is in force until further notice; give
# `until = 2030-12-31` for a last day. `review` is when its content is
# reviewed at the latest (after the agreement's date). The generated text:
{validity_explained}# ---------------------------------------------------------------------------

[validity]
review = {{ deadline = {review_iso}, text = {review_text} }}

# ---------------------------------------------------------------------------
# [termination]: a party may terminate the agreement for its own part, in
# writing to all parties, with this many months' notice. The generated text:
{termination_explained}# ---------------------------------------------------------------------------

[termination]
own_part_only = true
notice_months = 12
in_writing = true
notify_all_parties = true

# ---------------------------------------------------------------------------
# [signing]: electronic or paper signatures; `place = "…"` is printed before
# the date; the counterparts are one per party unless `counterparts` says.
{signing_explained}# ---------------------------------------------------------------------------

[signing]
mode = "electronic"

# ---------------------------------------------------------------------------
# [annexes] (optional): the annexes' titles and the column headings of the
# goals table, e.g. goals_title = "Tavoitteet ja mittarit"; the defaults
# are used while it is left out. [[representatives]] (optional) lists the
# people the parties name to the forums.
# ---------------------------------------------------------------------------
"#,
            h_background = tx(
                "Sopimuksen tausta ja tarkoitus",
                "Avtalets bakgrund och syfte"
            ),
            p_background = tx(
                "Sopimusosapuolilla on yhteiset asukkaat ja paljon yhteistyötä edellyttäviä tehtäviä. Tällä sopimuksella sopimusosapuolet sopivat yhteistyönsä periaatteista, tavoitteista, rakenteista ja seurannasta.",
                "Avtalsparterna har gemensamma invånare och många uppgifter som kräver samarbete. Med detta avtal kommer avtalsparterna överens om principerna, målen, strukturerna och uppföljningen för sitt samarbete.",
            ),
            h_legal = tx(
                "Yhteistyön lainsäädäntöpohja",
                "Samarbetets grund i lagstiftningen"
            ),
            p_legal = tx(
                "Lainsäädännössä yhteistyövelvoite kuntien ja hyvinvointialueen välillä on säädetty muun muassa seuraavissa pykälissä:",
                "Skyldigheten till samarbete mellan kommunerna och välfärdsområdet föreskrivs i lagstiftningen bland annat i följande paragrafer:",
            ),
            h_goals = tx("Yhteiset tavoitteet", "Gemensamma mål"),
            p_goals = tx(
                "Sopimusosapuolten yhteistyön painopisteet ovat:",
                "Prioriteringarna för avtalsparternas samarbete är:",
            ),
            p_annex2 = tx(
                "Painopisteiden tavoitteet ja mittarit ovat koottuna liitteessä 2.",
                "Prioriteringarnas mål och mätare finns sammanställda i bilaga 2.",
            ),
            h_structure = tx("Yhteistyörakenne", "Samarbetsstruktur"),
            p_structure = tx(
                "Yhteistyö järjestetään kahdella toisiaan täydentävällä tasolla (kuvio 1).",
                "Samarbetet ordnas på två nivåer som kompletterar varandra (figur 1).",
            ),
            p_annex1 = tx(
                "Foorumien ja työryhmien tehtävät on kuvattu liitteessä 1.",
                "Forumens och arbetsgruppernas uppgifter beskrivs i bilaga 1.",
            ),
            h_follow_up = tx("Seuranta", "Uppföljning"),
            h_validity = tx(
                "Sopimuksen voimassaolo ja irtisanominen",
                "Avtalets giltighet och uppsägning",
            ),
            law_611 = tx("Laki hyvinvointialueesta", "Lag om välfärdsområden"),
            topic_14 = tx(
                "hyvinvointialueen ja kuntien neuvottelut valtuustokausittain",
                "förhandlingar mellan välfärdsområdet och kommunerna under varje fullmäktigeperiod",
            ),
            law_612 = tx(
                "Laki sosiaali- ja terveydenhuollon järjestämisestä",
                "Lag om ordnande av social- och hälsovård",
            ),
            topic_6 = tx(
                "hyvinvoinnin ja terveyden edistäminen kunnassa",
                "främjande av välfärd och hälsa i kommunen",
            ),
            topic_7 = tx(
                "hyvinvoinnin ja terveyden edistäminen hyvinvointialueella",
                "främjande av välfärd och hälsa i välfärdsområdet",
            ),
            tier_1 = tx("Strategisen tason foorumit", "Forum på strategisk nivå"),
            tier_1_level = tx(
                "poliittinen ja strateginen taso",
                "politisk och strategisk nivå"
            ),
            tier_1_text = tx(
                "Strategisen tason foorumissa sopimusosapuolten luottamushenkilö- ja virkamiesjohto linjaa yhteistyön suunnan ja seuraa sopimuksen toteutumista.",
                "I forumet på strategisk nivå drar avtalsparternas förtroendevalda och ledande tjänsteinnehavare upp riktlinjerna för samarbetet och följer upp hur avtalet genomförs.",
            ),
            tier_2 = tx("Työryhmät", "Arbetsgrupper"),
            tier_2_level = tx("operatiivinen taso", "operativ nivå"),
            tier_2_text = tx(
                "Työryhmät valmistelevat ja toteuttavat painopisteiden toimenpiteet.",
                "Arbetsgrupperna bereder och genomför åtgärderna inom prioriteringarna.",
            ),
            forum_1 = tx("Strategisen tason foorumi", "Forumet på strategisk nivå"),
            forum_1_composition = tx(
                "sopimusosapuolten luottamushenkilö- ja virkamiesjohto",
                "avtalsparternas förtroendevalda och ledande tjänsteinnehavare",
            ),
            forum_1_task_1 = tx(
                "linjata yhteistyön suunta ja painopisteet",
                "dra upp riktlinjerna och prioriteringarna för samarbetet",
            ),
            forum_1_task_2 = tx(
                "seurata sopimuksen tavoitteiden toteutumista",
                "följa upp hur avtalets mål uppnås",
            ),
            forum_2 = tx(
                "Hyvinvoinnin ja terveyden edistämisen työryhmä",
                "Arbetsgruppen för främjande av välfärd och hälsa",
            ),
            forum_2_composition = tx(
                "sopimusosapuolten hyvinvoinnin ja terveyden edistämisen vastuuhenkilöt",
                "avtalsparternas ansvarspersoner för främjande av välfärd och hälsa",
            ),
            forum_2_task = tx(
                "valmistella ja toteuttaa painopisteiden toimenpiteet",
                "bereda och genomföra åtgärderna inom prioriteringarna",
            ),
            priority = tx(
                "Hyvinvoinnin ja terveyden edistäminen",
                "Främjande av välfärd och hälsa",
            ),
            goal = tx(
                "Kuntien ja hyvinvointialueen hyvinvointityö on suunnitelmallista ja yhteisesti johdettua.",
                "Kommunernas och välfärdsområdets välfärdsarbete är planmässigt och leds gemensamt.",
            ),
            indicator = tx(
                "Kunnat, joiden hyvinvointisuunnitelmassa on hyvinvointialueen kanssa yhteiset tavoitteet",
                "Kommuner vars välfärdsplan har mål som är gemensamma med välfärdsområdet",
            ),
            action = tx(
                "Laaditaan alueelliseen hyvinvointisuunnitelmaan yhteiset tavoitteet.",
                "Gemensamma mål skrivs in i den regionala välfärdsplanen.",
            ),
            follow_up_text = tx(
                "Sopimuksen tavoitteiden toteutumista seurataan vuosittain strategisen tason foorumissa.",
                "Hur avtalets mål uppnås följs upp årligen i forumet på strategisk nivå.",
            ),
            review_iso = review,
            review_text = tx(
                &format!(
                    "Sopimuksen sisällön toimivuus ja muutostarpeet arvioidaan viimeistään {}.",
                    review.finnish()
                ),
                &format!(
                    "Hur avtalets innehåll fungerar och vilka ändringar som behövs bedöms senast {}.",
                    review.finnish()
                ),
            ),
        );
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_business_ids_are_distinct_and_valid() {
        let ids = placeholder_business_ids(1_000);
        assert_eq!(ids.len(), 1_000);
        let mut seen = std::collections::HashSet::new();
        for id in &ids {
            assert!(id.as_str().parse::<BusinessId>().is_ok(), "{id}");
            assert!(seen.insert(id.as_str().to_owned()), "{id} twice");
        }
        assert_eq!(ids[0].as_str(), "0000001-9");
    }

    #[test]
    fn names_are_quoted_whatever_they_hold() {
        for name in [
            r#"A "B" \ C"#,
            "a'b",
            "'''",
            "rivi\nrivi",
            "tab\t",
            "\u{7f}",
            "é\u{202E}",
        ] {
            let text = format!("x = {}", quoted(name));
            let value: toml::Value =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(value["x"].as_str(), Some(name), "{text}");
            assert!(!text.contains('\n'), "{text}");
        }
    }
}
