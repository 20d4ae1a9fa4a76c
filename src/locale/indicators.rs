//! What an indicator's own fields add to its text, and an action's
//! responsibility in an export cell.

use crate::language::Language;
use crate::model::Direction;

use super::{Choose, Locale};

impl Locale {
    /// What an indicator's own fields add to its text, each a phrase.
    pub fn indicator_target(self, target: &str) -> String {
        format!("{}: {target}", "tavoitetaso".choose(self.fi(), "målnivå"))
    }

    /// The better direction of an indicator.
    pub fn direction(self, direction: Direction) -> &'static str {
        match (self.language, direction) {
            (Language::Fi, Direction::HigherIsBetter) => "suurempi on parempi",
            (Language::Fi, Direction::LowerIsBetter) => "pienempi on parempi",
            (Language::Sv, Direction::HigherIsBetter) => "högre är bättre",
            (Language::Sv, Direction::LowerIsBetter) => "lägre är bättre",
        }
    }

    /// "suunta: suurempi on parempi".
    pub fn indicator_direction(self, direction: Direction) -> String {
        format!(
            "{}: {}",
            "suunta".choose(self.fi(), "riktning"),
            self.direction(direction)
        )
    }

    /// "kunnat: X/11", or "kunnat: X/5 seuraavista: A, B …" for a share
    /// of some. (The names are in the nominative, so Finnish cannot put
    /// them before a postposition such as "joukosta".)
    pub fn indicator_share(self, share: &str, among: Option<&str>) -> String {
        let fi = self.fi();
        match among {
            Some(names) => format!(
                "{}: {share} {} {names}",
                "kunnat".choose(fi, "kommuner"),
                "seuraavista:".choose(fi, "bland")
            ),
            None => format!("{}: {share}", "kunnat".choose(fi, "kommuner")),
        }
    }

    /// "asteikko 1–5", the range kept on one line: a no-break space after
    /// the word and a word joiner (U+2060) after the dash, where a line
    /// could otherwise break.
    pub fn indicator_scale(self, lo: u32, hi: u32) -> String {
        format!(
            "{}\u{a0}{lo}–\u{2060}{hi}",
            "asteikko".choose(self.fi(), "skala")
        )
    }

    /// "lähtötaso vuodelta 2022", "lähtötaso 35 % (2025)", "lähtötaso 35 %".
    pub fn indicator_baseline(self, year: Option<i32>, value: Option<&str>) -> Option<String> {
        let fi = self.fi();
        let word = "lähtötaso".choose(fi, "utgångsnivå");
        match (year, value) {
            (Some(y), None) => Some(format!("{word} {} {y}", "vuodelta".choose(fi, "från år"))),
            (Some(y), Some(v)) => Some(format!("{word} {v} ({y})")),
            (None, Some(v)) => Some(format!("{word} {v}")),
            (None, None) => None,
        }
    }

    /// "yksikkö: %".
    pub fn indicator_unit(self, unit: &str) -> String {
        format!("{}: {unit}", "yksikkö".choose(self.fi(), "enhet"))
    }

    /// "lähde: THL Sotkanet (4559)".
    pub fn indicator_source(self, name: &str, id: Option<&str>) -> String {
        let word = "lähde".choose(self.fi(), "källa");
        match id {
            Some(id) => format!("{word}: {name} ({id})"),
            None => format!("{word}: {name}"),
        }
    }

    /// An action's responsibility in an export cell: "(vastuutaho: X)".
    pub fn action_lead(self, lead: &str) -> String {
        format!(
            "({}: {lead})",
            self.words().action_responsibility.to_lowercase()
        )
    }
}
