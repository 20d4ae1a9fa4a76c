//! `sopimus new`: a commented skeleton agreement that validates as it is.
//!
//! The document text is Finnish, as in a real agreement; the comments are
//! English and explain each table. Everything that must be replaced (the
//! municipalities' names, every business ID) is marked as a placeholder.

use std::fmt::Write as _;

use sopimus::{BusinessId, Date};

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

impl Skeleton<'_> {
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
                format!(
                    "Yhteistyön puitesopimus – {}, maakunnan liitto ja alueen kunnat",
                    self.county
                ),
                "Yhteistyön puitesopimus",
            ),
            Kind::Strategic => (
                "strategic_cooperation_agreement",
                "strategic cooperation agreement (strateginen yhteistyösopimus)",
                format!(
                    "Strateginen yhteistyösopimus – {}, maakunnan liitto ja alueen kunnat",
                    self.county
                ),
                "Strateginen yhteistyösopimus",
            ),
        };
        // Comments about the county name must stay on one line.
        let county_comment: String = self
            .county
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();

        let mut t = String::with_capacity(4_000 + n * 160);
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

# ---------------------------------------------------------------------------
# [meta]: what the document is. `kind` chooses default wording; a draft
# (status = "draft") carries "LUONNOS" on every page: change it to "final"
# for the text to be signed. `date` is the agreement's date (päiväys).
# ---------------------------------------------------------------------------

[meta]
kind = "{kind}"
title = {title}
short_title = {short_title}
version = {version}
status = "draft"
date = {date}

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
name = {county}
business_id = "{county_id}" # PLACEHOLDER: the county's business ID

[[parties]]
id = "maakunnan-liitto"
kind = "regional_council"
name = "Maakunnan liitto" # PLACEHOLDER: the regional council's name, e.g. "Hämeen liitto"
business_id = "{council_id}" # PLACEHOLDER: the regional council's business ID
"#,
            municipality_word = if n == 1 {
                "municipality"
            } else {
                "municipalities"
            },
            title = quoted(&title),
            short_title = quoted(short_title),
            version = quoted(&format!("Versio {}", date.finnish())),
            county = quoted(self.county),
            county_id = ids[0],
            council_id = ids[1],
        );
        for (i, id) in ids[2..].iter().enumerate() {
            let k = i + 1;
            let _ = write!(
                t,
                r#"
[[parties]]
id = "kunta-{k}"
kind = "municipality"
name = "Kunta {k}" # PLACEHOLDER: the municipality's official name
business_id = "{id}" # PLACEHOLDER: its business ID
"#
            );
        }
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
heading = "Sopimuksen tausta ja tarkoitus"
blocks = [
  {{ paragraph = "Sopijaosapuolilla on yhteiset asukkaat ja paljon yhteistyötä edellyttäviä tehtäviä. Tällä sopimuksella sopijaosapuolet sopivat yhteistyönsä periaatteista, tavoitteista, rakenteista ja seurannasta." }},
]

[[sections]]
heading = "Yhteistyön lainsäädäntöpohja"
# `legal_basis` lists the statutes of [[legal_basis]] below.
blocks = [
  {{ paragraph = "Lainsäädännössä yhteistyövelvoite kuntien ja hyvinvointialueen välillä on säädetty muun muassa seuraavissa pykälissä:" }},
  {{ insert = "legal_basis" }},
]

[[sections]]
heading = "Yhteiset tavoitteet"
# `priorities` lists the titles of [[priorities]]; their goals, indicators
# and actions form Annex 2.
blocks = [
  {{ paragraph = "Sopijaosapuolten yhteistyön painopisteet ovat:" }},
  {{ insert = "priorities" }},
  {{ paragraph = "Painopisteiden tavoitteet ja mittarit ovat koottuna liitteessä 2." }},
]

[[sections]]
heading = "Yhteistyörakenne"
# `structure_figure` draws Figure 1 from [[tiers]] and [[forums]]; `tiers`
# prints each tier's heading and text. The bodies are described in Annex 1.
blocks = [
  {{ paragraph = "Yhteistyö järjestetään kahdella toisiaan täydentävällä tasolla (kuvio 1)." }},
  {{ insert = "structure_figure" }},
  {{ insert = "tiers" }},
  {{ paragraph = "Foorumien ja työryhmien tehtävät on kuvattu liitteessä 1." }},
]

[[sections]]
heading = "Seuranta"
# `follow_up` prints [follow_up]: its text and the generated rule on when
# the follow-up meeting is held.
blocks = [
  {{ insert = "follow_up" }},
]

[[sections]]
heading = "Sopimuksen voimassaolo ja irtisanominen"
# Both paragraphs are generated from [validity] and [termination].
blocks = [
  {{ insert = "validity" }},
  {{ insert = "termination" }},
]

# ---------------------------------------------------------------------------
# [[legal_basis]]: the statutes the cooperation rests on, listed by the
# `legal_basis` insert. `section` is the number without the § sign.
# ---------------------------------------------------------------------------

[[legal_basis]]
name = "Laki hyvinvointialueesta"
number = "611/2021"
provisions = [
  {{ section = "14", topic = "hyvinvointialueen ja kuntien neuvottelut valtuustokausittain" }},
]

[[legal_basis]]
name = "Laki sosiaali- ja terveydenhuollon järjestämisestä"
number = "612/2021"
provisions = [
  {{ section = "6", topic = "hyvinvoinnin ja terveyden edistäminen kunnassa" }},
  {{ section = "7", topic = "hyvinvoinnin ja terveyden edistäminen hyvinvointialueella" }},
]

# ---------------------------------------------------------------------------
# [[tiers]]: the levels of the cooperation structure, tier 1 at the top of
# Figure 1, numbered 1, 2, … without gaps. `blocks` is the tier's text in
# the agreement (the `tiers` insert).
# ---------------------------------------------------------------------------

[[tiers]]
level = 1
name = "Strategisen tason foorumit"
level_name = "poliittinen ja strateginen taso"
blocks = [
  {{ paragraph = "Strategisen tason foorumissa sopijaosapuolten luottamushenkilö- ja virkamiesjohto linjaa yhteistyön suunnan ja seuraa sopimuksen toteutumista." }},
]

[[tiers]]
level = 2
name = "Työryhmät"
level_name = "operatiivinen taso"
blocks = [
  {{ paragraph = "Työryhmät valmistelevat ja toteuttavat painopisteiden toimenpiteet." }},
]

# ---------------------------------------------------------------------------
# [[forums]]: the forums, working groups and networks (Annex 1). `tier` is
# the tier it belongs to; `convener` names the party that calls it
# (`party = "…"`) or its chair (`chair = true`); `frequency` is
# {{ per_year = 2 }}, {{ per_year = [3, 4] }}, {{ per_council_term = 1 }},
# "as_needed" or "own_plan". Parties and forums share one namespace of ids.
# ---------------------------------------------------------------------------

[[forums]]
id = "strateginen-foorumi"
name = "Strategisen tason foorumi"
kind = "forum"
tier = 1
convener = {{ party = "hyvinvointialue" }}
frequency = {{ per_year = 2 }}
composition = "sopijaosapuolten luottamushenkilö- ja virkamiesjohto"
tasks = [
  "linjata yhteistyön suunta ja painopisteet",
  "seurata sopimuksen tavoitteiden toteutumista",
]
named_representatives = true

[[forums]]
id = "hyte-tyoryhma"
name = "Hyvinvoinnin ja terveyden edistämisen työryhmä"
kind = "working_group"
tier = 2
convener = {{ party = "hyvinvointialue" }}
frequency = {{ per_year = [3, 4] }}
composition = "sopijaosapuolten hyvinvoinnin ja terveyden edistämisen vastuuhenkilöt"
tasks = [
  "valmistella ja toteuttaa painopisteiden toimenpiteet",
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
title = "Hyvinvoinnin ja terveyden edistäminen"
lead = {{ responsible = ["strateginen-foorumi"], partners = ["hyte-tyoryhma"] }}

[[priorities.goals]]
id = "p1.g1"
text = "Kuntien ja hyvinvointialueen hyvinvointityö on suunnitelmallista ja yhteisesti johdettua."
indicators = [
  {{ id = "p1.g1.i1", text = "Kunnat, joiden hyvinvointisuunnitelmassa on hyvinvointialueen kanssa yhteiset tavoitteet", municipalities = "X/{n}" }},
]
actions = [
  {{ id = "p1.g1.a1", text = "Laaditaan alueelliseen hyvinvointisuunnitelmaan yhteiset tavoitteet." }},
]

# ---------------------------------------------------------------------------
# [follow_up]: how the cooperation is followed up: a text, the forums that
# hold the follow-up, and the months of the yearly follow-up meeting.
# ---------------------------------------------------------------------------

[follow_up]
text = [
  {{ paragraph = "Sopimuksen tavoitteiden toteutumista seurataan vuosittain strategisen tason foorumissa." }},
]
forums = ["strateginen-foorumi"]
window = {{ from_month = 5, to_month = 6 }}

# ---------------------------------------------------------------------------
# [validity]: the agreement is in force until further notice; give
# `until = 2030-12-31` for a last day. `review` is when its content is
# reviewed at the latest (after the agreement's date).
# ---------------------------------------------------------------------------

[validity]
review = {{ deadline = {review_iso}, text = "Sopimuksen sisällön toimivuus ja muutostarpeet arvioidaan viimeistään {review_fi}." }}

# ---------------------------------------------------------------------------
# [termination]: a party may terminate the agreement for its own part, in
# writing to all parties, with this many months' notice.
# ---------------------------------------------------------------------------

[termination]
own_part_only = true
notice_months = 12
in_writing = true
notify_all_parties = true

# ---------------------------------------------------------------------------
# [signing]: electronic or paper signatures; `place = "…"` is printed before
# the date; the counterparts are one per party unless `counterparts` says.
# ---------------------------------------------------------------------------

[signing]
mode = "electronic"

# ---------------------------------------------------------------------------
# [annexes] (optional): the annexes' titles and the column headings of the
# goals table, e.g. goals_title = "Tavoitteet ja mittarit"; the defaults
# are used while it is left out. [[representatives]] (optional) lists the
# people the parties name to the forums.
# ---------------------------------------------------------------------------
"#,
            review_iso = review,
            review_fi = review.finnish(),
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
