//! The follow-up's values in words: a status, the status of an action and
//! the reason for a status. The locale (`crate::locale`) words plain
//! values only; this module matches the follow-up's types and composes the
//! locale's words and sentences, so no word stands here.

use crate::Language;
use crate::locale::Locale;

use super::ActionStatus;
use super::status::{IndicatorStatus, Progress, Reason, Reference};

impl IndicatorStatus {
    /// The status in words as the follow-up report prints it in
    /// `language`.
    ///
    /// ```
    /// use sopimus::Language;
    /// use sopimus::follow_up::status::IndicatorStatus;
    ///
    /// assert_eq!(IndicatorStatus::Achieved.word_in(Language::Fi), "saavutettu");
    /// assert_eq!(IndicatorStatus::Achieved.word_in(Language::Sv), "uppnått");
    /// ```
    pub fn word_in(self, language: Language) -> &'static str {
        Locale::new(language).status_word(self)
    }
}

impl Reason {
    /// Why an indicator has its status, as the follow-up report says it in
    /// `language` (a sentence without its final full stop); `unit` is the
    /// indicator's unit in that language.
    ///
    /// ```
    /// use sopimus::Language;
    /// use sopimus::follow_up::status::Reason;
    ///
    /// let reason = Reason::NoValue { year: 2026 };
    /// assert!(reason.text_in(Language::Fi, None).contains("2026"));
    /// ```
    pub fn text_in(&self, language: Language, unit: Option<&str>) -> String {
        Locale::new(language).reason(self, unit)
    }
}

impl Locale {
    /// A status in words: "saavutettu", "uppnått" ….
    pub fn status_word(self, status: IndicatorStatus) -> &'static str {
        let w = &self.words().follow_up;
        match status {
            IndicatorStatus::Achieved => w.achieved,
            IndicatorStatus::OnTrack => w.on_track,
            IndicatorStatus::NotOnTrack => w.not_on_track,
            IndicatorStatus::NoData => w.no_data,
        }
    }

    /// A status in words for an indicator that has (`valued`) or lacks a
    /// value for the year: a value with nothing to compare it with is "ei
    /// arvioitu", never "ei tietoa" beside a figure.
    pub fn status_of_value(self, status: IndicatorStatus, valued: bool) -> &'static str {
        if status == IndicatorStatus::NoData && valued {
            self.not_assessed()
        } else {
            self.status_word(status)
        }
    }

    /// The status of an action as a value: "valmis", "klar" ….
    pub fn action_word(self, status: ActionStatus) -> &'static str {
        let w = &self.words().follow_up;
        match status {
            ActionStatus::NotStarted => w.not_started,
            ActionStatus::InProgress => w.in_progress,
            ActionStatus::Done => w.done,
        }
    }

    /// Why an indicator has its status, in a sentence without its final
    /// full stop; `unit` is the indicator's unit in this language.
    pub fn reason(self, reason: &Reason, unit: Option<&str>) -> String {
        let number = |v: f64| self.with_unit(v, unit);
        let earlier = |r: Reference| format!("{} ({})", number(r.value), r.year);
        match *reason {
            Reason::NoValue { year } => self.no_value_for(year),
            Reason::Answer { yes } => self.answer_word(yes).to_owned(),
            Reason::Action {
                status: ActionStatus::Done,
            } => self.words().follow_up.carried_out.to_owned(),
            Reason::Action { status } => self.action_word(status).to_owned(),
            Reason::NoAnswers { year } => self.no_answers(year),
            Reason::Share {
                yes,
                of,
                target,
                missing,
                progress,
            } => self.share_reason(yes, of, target, missing, progress),
            Reason::Target {
                value,
                target,
                at_most,
                progress,
            } => {
                let now = number(value);
                let target = self.target_phrase(&number(target), at_most);
                match progress {
                    Progress::Reached => format!("{now}, {target} {}", self.reached_word()),
                    Progress::Better { reference } => format!(
                        "{now}, {}; {target}",
                        self.better_than(&earlier(reference), true)
                    ),
                    Progress::NotBetter { reference } => format!(
                        "{now}, {}; {target}",
                        self.better_than(&earlier(reference), false)
                    ),
                    Progress::NotReached => {
                        format!("{now}, {target} {}", self.not_reached_word())
                    }
                }
            }
            Reason::NoDirection { value } => {
                format!("{}; {}", number(value), self.no_direction())
            }
            Reason::NoReference { value } => {
                format!("{}; {}", number(value), self.no_reference())
            }
            Reason::Compared {
                value,
                reference,
                better,
            } => format!(
                "{}, {}",
                number(value),
                self.better_than(&earlier(reference), better)
            ),
        }
    }

    /// The reason of a share of municipalities: "5/11, enemmän kuin 1
    /// (2026); tavoite 11/11; 2 kunnalta ei tietoa".
    fn share_reason(
        self,
        yes: u32,
        of: u32,
        target: f64,
        missing: u32,
        progress: Progress,
    ) -> String {
        let now = format!("{yes}/{of}");
        let target = format!("{}/{of}", self.decimal(target));
        let missing = match missing {
            0 => String::new(),
            m => format!("; {}", self.missing_answers(m)),
        };
        let goal = self.goal_word();
        let more = |r: Reference, more: bool| {
            self.more_than(&format!("{} ({})", self.decimal(r.value), r.year), more)
        };
        match progress {
            Progress::Reached => format!("{now}, {}", self.reached(&target)),
            Progress::Better { reference } => {
                format!("{now}, {}; {goal} {target}{missing}", more(reference, true))
            }
            Progress::NotBetter { reference } => {
                format!(
                    "{now}, {}; {goal} {target}{missing}",
                    more(reference, false)
                )
            }
            Progress::NotReached => format!("{now}, {}{missing}", self.not_reached(&target)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    const FI: Locale = Locale::new(Language::Fi);
    const SV: Locale = Locale::new(Language::Sv);

    fn at(year: i32, value: f64) -> Reference {
        Reference { year, value }
    }

    #[test]
    fn reasons_in_both_languages() {
        let cases: [(Reason, Option<&str>, &str, &str); 9] = [
            (
                Reason::NoValue { year: 2026 },
                None,
                "ei arvoa vuodelta 2026",
                "inget värde för 2026",
            ),
            (
                Reason::Action {
                    status: ActionStatus::Done,
                },
                None,
                "toteutettu",
                "genomförd",
            ),
            (
                Reason::Share {
                    yes: 5,
                    of: 11,
                    target: 11.0,
                    missing: 2,
                    progress: Progress::Better {
                        reference: at(2026, 1.0),
                    },
                },
                None,
                "5/11, enemmän kuin 1 (2026); tavoite 11/11; 2 kunnalta ei tietoa",
                "5/11, fler än 1 (2026); mål 11/11; uppgift saknas från 2 kommuner",
            ),
            (
                Reason::Share {
                    yes: 8,
                    of: 11,
                    target: 8.0,
                    missing: 0,
                    progress: Progress::Reached,
                },
                None,
                "8/11, tavoite 8/11 saavutettu",
                "8/11, målet 8/11 uppnått",
            ),
            (
                Reason::Share {
                    yes: 2,
                    of: 3,
                    target: 3.0,
                    missing: 1,
                    progress: Progress::NotReached,
                },
                None,
                "2/3, tavoite 3/3 ei saavutettu; 1 kunnalta ei tietoa",
                "2/3, målet 3/3 inte uppnått; uppgift saknas från 1 kommun",
            ),
            (
                Reason::Target {
                    value: 93.0,
                    target: 92.0,
                    at_most: false,
                    progress: Progress::Reached,
                },
                Some("%"),
                "93 %, tavoite vähintään 92 % saavutettu",
                "93 %, mål minst 92 % uppnått",
            ),
            (
                Reason::Target {
                    value: 55.5,
                    target: 50.0,
                    at_most: true,
                    progress: Progress::NotBetter {
                        reference: at(2025, 55.0),
                    },
                },
                None,
                "55,5, ei parempi kuin 55 (2025); tavoite enintään 50",
                "55,5, inte bättre än 55 (2025); mål högst 50",
            ),
            (
                Reason::NoDirection { value: 198.0 },
                None,
                "198; mittarilla ei ole suuntaa eikä numeerista tavoitetta, joihin verrata",
                "198; mätaren har varken riktning eller numeriskt mål att jämföra med",
            ),
            (
                Reason::Compared {
                    value: 12.5,
                    reference: at(2024, 12.0),
                    better: true,
                },
                Some("henkilöä"),
                "12,5 henkilöä, parempi kuin 12 henkilöä (2024)",
                "12,5 henkilöä, bättre än 12 henkilöä (2024)",
            ),
        ];
        for (reason, unit, fi, sv) in cases {
            assert_eq!(FI.reason(&reason, unit), fi);
            assert_eq!(SV.reason(&reason, unit), sv);
        }
    }

    #[test]
    fn words_of_statuses_and_actions() {
        assert_eq!(FI.status_word(IndicatorStatus::NotOnTrack), "ei edisty");
        assert_eq!(SV.status_word(IndicatorStatus::Achieved), "uppnått");
        assert_eq!(FI.action_word(ActionStatus::InProgress), "käynnissä");
    }
}
