//! Bodies in words: their kinds, meetings, conveners, terms, members and
//! where they operate, and responsibilities with partners.

use crate::language::Language;
use crate::model::{Count, ForumKind, Frequency, Term};

use super::{Choose, Locale};

impl Locale {
    /// A meeting frequency in words, e.g. `3–4 kertaa vuodessa`.
    pub fn frequency(self, frequency: &Frequency) -> String {
        let fi = self.language == Language::Fi;
        match frequency {
            Frequency::PerCouncilTerm(c) if fi => format!("{} valtuustokaudessa", self.times(*c)),
            Frequency::PerCouncilTerm(c) => format!("{} per fullmäktigeperiod", self.times(*c)),
            Frequency::PerYear(c) if fi => format!("{} vuodessa", self.times(*c)),
            Frequency::PerYear(c) => format!("{} per år", self.times(*c)),
            Frequency::AsNeeded if fi => "tarpeen mukaan".to_owned(),
            Frequency::AsNeeded => "vid behov".to_owned(),
            Frequency::OwnPlan if fi => "oman toimintasuunnitelman mukaan".to_owned(),
            Frequency::OwnPlan => "enligt egen verksamhetsplan".to_owned(),
        }
    }

    /// A joint meeting in words, e.g. `vähintään kerran vuodessa`.
    pub fn at_least_per_year(self, n: u32) -> String {
        let times = self.times(Count::exactly(n));
        match self.language {
            Language::Fi => format!("vähintään {times} vuodessa"),
            Language::Sv => format!("minst {times} per år"),
        }
    }

    /// The clause a forum's frequency gets for a joint meeting with
    /// `others` (names in the nominative): "; lisäksi vähintään kerran
    /// vuodessa yhteinen kokous, johon osallistuu myös X".
    pub fn joint_meeting(self, at_least_per_year: u32, others: &[String]) -> String {
        let often = self.at_least_per_year(at_least_per_year);
        let names = self.join_and(others);
        match self.language {
            Language::Fi => {
                // The verb agrees with the number of forums.
                let verb = if others.len() == 1 {
                    "osallistuu"
                } else {
                    "osallistuvat"
                };
                format!("; lisäksi {often} yhteinen kokous, johon {verb} myös {names}")
            }
            Language::Sv => {
                format!("; dessutom {often} ett gemensamt möte där även {names} deltar")
            }
        }
    }

    /// The convener in words: the convening party's or body's name
    /// (`first`), the chair, or both ("first time X, then the chair").
    pub fn convener(self, first: Option<&str>, chair: bool) -> String {
        match (first, chair, self.language) {
            (Some(first), true, Language::Fi) => {
                format!("ensimmäisellä kerralla {first}, jatkossa puheenjohtaja")
            }
            (Some(first), true, Language::Sv) => {
                format!("första gången {first}, därefter ordföranden")
            }
            (Some(first), false, _) => first.to_owned(),
            (None, true, _) => self.words().chair.to_owned(),
            (None, false, _) => "–".to_owned(),
        }
    }

    /// A term of office in words.
    pub fn term(self, term: Term) -> &'static str {
        match (self.language, term) {
            (Language::Fi, Term::CouncilTerm) => "valtuustokausi",
            (Language::Fi, Term::UntilFurtherNotice) => "toistaiseksi",
            (Language::Sv, Term::CouncilTerm) => "fullmäktigeperioden",
            (Language::Sv, Term::UntilFurtherNotice) => "tills vidare",
        }
    }

    /// What kind of body it is, in words: `työryhmä`, `arbetsgrupp` ….
    pub fn forum_kind(self, kind: ForumKind) -> &'static str {
        let fi = self.language == Language::Fi;
        match kind {
            ForumKind::Forum => "foorumi".choose(fi, "forum"),
            ForumKind::WorkingGroup => "työryhmä".choose(fi, "arbetsgrupp"),
            ForumKind::Network => "verkosto".choose(fi, "nätverk"),
            ForumKind::AdvocacyBody => "vaikuttamistoimielin".choose(fi, "påverkansorgan"),
            ForumKind::Committee => "lautakunta".choose(fi, "nämnd"),
            ForumKind::AdvisoryBoard => "neuvottelukunta".choose(fi, "delegation"),
            ForumKind::ManagementGroup => "johtoryhmä".choose(fi, "ledningsgrupp"),
            ForumKind::Unit => "yksikkö".choose(fi, "enhet"),
        }
    }

    /// An organ of a party: "aluehallitus (Päijät-Hämeen hyvinvointialue)".
    pub fn organ_of(self, organ: &str, party: &str) -> String {
        format!("{organ} ({party})")
    }

    /// A responsibility with partners: "X; yhteistyössä: Y".
    pub fn with_partners(self, lead: &str, partners: &str) -> String {
        if partners.is_empty() {
            lead.to_owned()
        } else {
            format!("{lead}{}{partners}", self.words().with_partners)
        }
    }

    /// A member in words: "kaikki kunnat (1 edustaja kustakin,
    /// kunnanjohtaja)"; `each` for a group, whose seats are per party.
    pub fn member(self, name: &str, seats: Option<u32>, each: bool, role: Option<&str>) -> String {
        let mut notes = Vec::new();
        if let Some(n) = seats {
            notes.push(match (self.language, n == 1, each) {
                (Language::Fi, true, false) => "1 edustaja".to_owned(),
                (Language::Fi, false, false) => format!("{n} edustajaa"),
                (Language::Fi, true, true) => "1 edustaja kustakin".to_owned(),
                (Language::Fi, false, true) => format!("{n} edustajaa kustakin"),
                (Language::Sv, true, false) => "1 representant".to_owned(),
                (Language::Sv, false, false) => format!("{n} representanter"),
                (Language::Sv, true, true) => "1 representant från varje".to_owned(),
                (Language::Sv, false, true) => format!("{n} representanter från varje"),
            });
        }
        if let Some(role) = role {
            notes.push(role.to_owned());
        }
        if notes.is_empty() {
            name.to_owned()
        } else {
            format!("{name} ({})", notes.join(", "))
        }
    }

    /// Where a body that exists in each municipality operates:
    /// "jokaisessa kunnassa (A, B ja C)", or "kunnissa (A ja B)": the names
    /// stand in the nominative, so Finnish puts them in parentheses rather
    /// than after "kunnissa" as if inflected.
    pub fn per_municipality(self, names: &[String], all: bool) -> String {
        let list = self.join_and(names);
        let one = names.len() == 1;
        match (self.language, all) {
            (Language::Fi, true) => format!("jokaisessa kunnassa ({list})"),
            (Language::Fi, false) if one => format!("kunnassa ({list})"),
            (Language::Fi, false) => format!("kunnissa ({list})"),
            (Language::Sv, true) => format!("i varje kommun ({list})"),
            (Language::Sv, false) if one => format!("i kommunen {list}"),
            (Language::Sv, false) => format!("i kommunerna {list}"),
        }
    }
}
