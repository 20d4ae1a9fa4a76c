//! Date rules: entry into force, termination and the follow-up schedule.
//!
//! The rules, as the methods of [`ValidatedAgreement`] apply them:
//!
//! - **Entry into force** ([`ValidatedAgreement::entry_into_force`]): when
//!   every party has approved and signed, on the day of the last signature.
//! - **Termination** ([`ValidatedAgreement::termination`]): a party's
//!   written notice takes effect after the notice period
//!   (`termination.notice_months`, 12 by default) in calendar months, the
//!   month's last day when that month is shorter. A notice cannot be dated
//!   before the agreement ([`DateRuleError::NoticeBeforeAgreement`]). A
//!   municipality or another party that gives notice leaves the agreement,
//!   which stays in force between the others; the wellbeing services
//!   county is a party to every part of it, so its notice ends the
//!   agreement for every party ([`TerminationOutcome::ends_the_agreement`]).
//! - **Follow-up** ([`ValidatedAgreement::follow_up_year`]): each round's
//!   months in the year asked for, within the agreement's validity: a round
//!   that starts after `validity.until` is not held, and one that runs past
//!   it ends on that day.
//! - **Council terms** ([`CouncilTerm::containing`]): four years from
//!   1 June, the first (shortened) one 1.8.2021–31.5.2025.

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use crate::ids::{Date, ForumId, PartyId};
use crate::model::{Count, Frequency};
use crate::validate::ValidatedAgreement;

/// Whether the agreement is in force, and since when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntryIntoForce {
    /// Every party has approved and signed; in force from the last signature.
    InForce {
        /// The day the last party signed.
        since: Date,
    },
    /// Not yet in force.
    Pending {
        /// Parties with no approving decision recorded.
        not_approved: Vec<PartyId>,
        /// Parties that have not signed.
        not_signed: Vec<PartyId>,
    },
}

/// What a termination notice leads to (see the [module's rules](self)).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TerminationOutcome {
    /// The terminating party.
    pub party: PartyId,
    /// The day its written notice was delivered to the parties.
    pub notice_delivered: Date,
    /// The first day the party is no longer bound: the delivery date plus
    /// the notice period in calendar months. When that month is shorter,
    /// the month's last day is taken (31 January + 1 month = 28 or 29
    /// February).
    pub effective: Date,
    /// The parties that remain bound, in party order: none when the notice
    /// ends the agreement.
    pub remaining: Vec<PartyId>,
    /// Whether the notice ends the agreement for every party, on
    /// `effective`: the wellbeing services county's notice does, since the
    /// county is a party to every part of the agreement; a municipality's
    /// or another party's does not.
    pub ends_the_agreement: bool,
}

/// Why a date rule could not be applied.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateRuleError {
    /// No party with that id.
    #[error("no party has the id `{0}`")]
    UnknownParty(String),
    /// The date falls outside the calendar chrono supports.
    #[error("the date is out of range")]
    OutOfRange,
    /// No council term is defined for the date.
    #[error("no council term is known for {0}; council terms are known from 1.8.2021 on")]
    NoCouncilTerm(String),
    /// A termination notice is dated before the agreement was made.
    #[error(
        "the notice is dated {delivered}, before the agreement's date {agreement}; a notice can only terminate an agreement already made"
    )]
    NoticeBeforeAgreement {
        /// The notice's date, Finnish form.
        delivered: String,
        /// The agreement's date (`meta.date`), Finnish form.
        agreement: String,
    },
}

/// A council term (*valtuustokausi*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CouncilTerm {
    /// The first day.
    pub start: Date,
    /// The last day.
    pub end: Date,
}

impl CouncilTerm {
    /// The term that contains `date`.
    ///
    /// From 2025 on the terms of municipal and county councils run four
    /// years from 1 June (2025–2029: 1.6.2025–31.5.2029). The term before
    /// that ran 1.8.2021–31.5.2025, shortened by the postponed 2021 elections.
    ///
    /// ```
    /// use sopimus::Date;
    /// use sopimus::dates::CouncilTerm;
    ///
    /// let term = CouncilTerm::containing(Date::from_ymd(2026, 4, 10).expect("a real day"))?;
    /// assert_eq!(term.start, Date::from_ymd(2025, 6, 1).expect("a real day"));
    /// assert_eq!(term.years(), 2025..=2029);
    /// assert!(CouncilTerm::containing(Date::from_ymd(2020, 1, 1).expect("a real day")).is_err());
    /// # Ok::<(), sopimus::dates::DateRuleError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DateRuleError::NoCouncilTerm`] before 1.8.2021.
    pub fn containing(date: Date) -> Result<CouncilTerm, DateRuleError> {
        let d = date.to_naive();
        let ymd = |y, m, dd| {
            NaiveDate::from_ymd_opt(y, m, dd)
                .map(Date::from)
                .ok_or(DateRuleError::OutOfRange)
        };
        if d < ymd(2021, 8, 1)?.to_naive() {
            return Err(DateRuleError::NoCouncilTerm(date.finnish()));
        }
        if d < ymd(2025, 6, 1)?.to_naive() {
            return Ok(CouncilTerm {
                start: ymd(2021, 8, 1)?,
                end: ymd(2025, 5, 31)?,
            });
        }
        // Years since 2025 counted from 1 June.
        let year = if d.month() >= 6 {
            d.year()
        } else {
            d.year() - 1
        };
        let start_year = 2025 + (year - 2025).div_euclid(4) * 4;
        Ok(CouncilTerm {
            start: ymd(start_year, 6, 1)?,
            end: ymd(
                start_year.checked_add(4).ok_or(DateRuleError::OutOfRange)?,
                5,
                31,
            )?,
        })
    }

    /// The calendar years the term touches, e.g. 2025–2029.
    pub fn years(&self) -> std::ops::RangeInclusive<i32> {
        self.start.year()..=self.end.year()
    }
}

/// The meetings a forum is expected to hold in a period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ExpectedMeetings {
    /// The forum.
    pub forum: ForumId,
    /// How many meetings, or `None` when the forum meets as needed or by its
    /// own plan, or meets per council term and the period is one year.
    pub count: Option<Count>,
    /// Meetings with other forums included in the count, at least.
    pub joint_at_least: u32,
}

/// The days of one follow-up round.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct FollowUpWindow {
    /// The first day, e.g. 1.5.
    pub start: Date,
    /// The last day, e.g. 30.6.
    pub end: Date,
}

/// The follow-up of one calendar year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct FollowUpYear {
    /// The year.
    pub year: i32,
    /// The follow-up rounds of the year, in order: one for a yearly
    /// follow-up, two for spring and autumn.
    pub windows: Vec<FollowUpWindow>,
    /// The forums that hold the follow-up.
    pub forums: Vec<ForumId>,
    /// Each forum's expected meetings in the year.
    pub meetings: Vec<ExpectedMeetings>,
}

/// Entry into force from each party's id, whether it has approved, and the
/// day it signed: in force on the last signature once every party has
/// approved and signed. [`ValidatedAgreement::entry_into_force`] gives it
/// what the agreement records; the decisions file adds its own.
pub(crate) fn entry_into_force_of<'a>(
    parties: impl IntoIterator<Item = (&'a PartyId, bool, Option<Date>)>,
) -> EntryIntoForce {
    let mut not_approved = Vec::new();
    let mut not_signed = Vec::new();
    let mut last: Option<Date> = None;
    for (id, approved, signed) in parties {
        if !approved {
            not_approved.push(id.clone());
        }
        match signed {
            Some(d) => last = last.max(Some(d)),
            None => not_signed.push(id.clone()),
        }
    }
    match last {
        Some(since) if not_approved.is_empty() && not_signed.is_empty() => {
            EntryIntoForce::InForce { since }
        }
        _ => EntryIntoForce::Pending {
            not_approved,
            not_signed,
        },
    }
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month.checked_add(1)?, 1)?
    };
    first_next.pred_opt()
}

impl ValidatedAgreement {
    /// Whether the agreement is in force: it enters into force when every
    /// party has approved and signed it, on the day of the last signature.
    ///
    /// ```
    /// use sopimus::dates::EntryIntoForce;
    ///
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// // Only the county has approved and signed.
    /// let EntryIntoForce::Pending { not_signed, .. } = valid.entry_into_force() else {
    ///     panic!("not in force yet");
    /// };
    /// assert_eq!(not_signed.len(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn entry_into_force(&self) -> EntryIntoForce {
        entry_into_force_of(
            self.agreement()
                .parties
                .iter()
                .map(|p| (&p.id, p.approval.is_some(), p.signed_on)),
        )
    }

    /// The effect of `party` terminating its part by a written notice
    /// delivered on `delivered`.
    ///
    /// ```
    /// use sopimus::{Date, NaiveDate};
    ///
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// let delivered = Date::from_ymd(2025, 1, 31).expect("a real day");
    /// let outcome = valid.termination(&"town-b".into(), delivered)?;
    /// // 12 months' notice.
    /// assert_eq!(outcome.effective.to_naive(), NaiveDate::from_ymd_opt(2026, 1, 31).unwrap());
    /// assert_eq!(outcome.remaining.len(), 4);
    /// assert!(!outcome.ends_the_agreement);
    /// // The county's notice ends it for everyone.
    /// let outcome = valid.termination(&"county".into(), delivered)?;
    /// assert!(outcome.ends_the_agreement && outcome.remaining.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DateRuleError::UnknownParty`] for an unknown id,
    /// [`DateRuleError::NoticeBeforeAgreement`] for a notice dated before
    /// the agreement (`meta.date`), [`DateRuleError::OutOfRange`] past the
    /// supported calendar.
    pub fn termination(
        &self,
        party: &PartyId,
        delivered: Date,
    ) -> Result<TerminationOutcome, DateRuleError> {
        let a = self.agreement();
        let Some(terminating) = a.party(party) else {
            return Err(DateRuleError::UnknownParty(party.to_string()));
        };
        if delivered < a.meta.date {
            return Err(DateRuleError::NoticeBeforeAgreement {
                delivered: delivered.finnish(),
                agreement: a.meta.date.finnish(),
            });
        }
        let ends_the_agreement =
            terminating.kind == crate::model::PartyKind::WellbeingServicesCounty;
        let effective = delivered
            .to_naive()
            .checked_add_months(Months::new(a.termination.notice_months))
            .ok_or(DateRuleError::OutOfRange)?;
        Ok(TerminationOutcome {
            party: party.clone(),
            notice_delivered: delivered,
            effective: Date::from(effective),
            remaining: a
                .parties
                .iter()
                .filter(|p| &p.id != party && !ends_the_agreement)
                .map(|p| p.id.clone())
                .collect(),
            ends_the_agreement,
        })
    }

    /// The follow-up windows and each forum's expected meetings in `year`;
    /// `None` when the agreement has no follow-up rules. Only the rounds
    /// within the agreement's validity: none that starts after
    /// `validity.until`, and one that runs past it ends on that day.
    ///
    /// # Errors
    ///
    /// [`DateRuleError::OutOfRange`] for a year outside the calendar.
    ///
    /// ```
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// let year = valid.follow_up_year(2027)?.expect("the agreement has follow-up rules");
    /// // `window = { from_month = 5, to_month = 6 }`
    /// assert_eq!(year.windows[0].start.finnish(), "1.5.2027");
    /// assert_eq!(year.windows[0].end.finnish(), "30.6.2027");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn follow_up_year(&self, year: i32) -> Result<Option<FollowUpYear>, DateRuleError> {
        let a = self.agreement();
        let Some(f) = &a.follow_up else {
            return Ok(None);
        };
        let windows = f
            .rounds
            .iter()
            .map(|w| {
                let start = NaiveDate::from_ymd_opt(year, w.from_month, 1)
                    .ok_or(DateRuleError::OutOfRange)?;
                let end = last_day_of_month(year, w.to_month).ok_or(DateRuleError::OutOfRange)?;
                Ok(FollowUpWindow {
                    start: Date::from(start),
                    end: Date::from(end),
                })
            })
            .collect::<Result<Vec<_>, DateRuleError>>()?
            .into_iter()
            .filter_map(|w| match a.validity.until {
                Some(until) if w.start > until => None,
                Some(until) => Some(FollowUpWindow {
                    start: w.start,
                    end: w.end.min(until),
                }),
                None => Some(w),
            })
            .collect();
        Ok(Some(FollowUpYear {
            year,
            windows,
            forums: f.forums.clone(),
            meetings: self.expected_meetings(1),
        }))
    }

    /// Each forum's expected meetings over a council term (four years).
    ///
    /// ```
    /// use sopimus::model::Count;
    ///
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// let meetings = valid.expected_meetings_in_term();
    /// // `frequency = { per_year = [1, 2] }`: 4 to 8 meetings in four years.
    /// assert_eq!(meetings[0].count, Some(Count { min: 4, max: 8 }));
    /// // `frequency = "as_needed"`: no count.
    /// assert_eq!(meetings[1].count, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn expected_meetings_in_term(&self) -> Vec<ExpectedMeetings> {
        self.expected_meetings(4)
    }

    fn expected_meetings(&self, years: u32) -> Vec<ExpectedMeetings> {
        let a = self.agreement();
        a.forums
            .iter()
            .map(|forum| {
                // Counts come from the input: saturate rather than wrap.
                let count = match &forum.frequency {
                    Some(Frequency::PerYear(c)) => Some(Count {
                        min: c.min.saturating_mul(years),
                        max: c.max.saturating_mul(years),
                    }),
                    Some(Frequency::PerCouncilTerm(c)) if years >= 4 => Some(*c),
                    _ => None,
                };
                let joint_at_least = a
                    .joint_meetings
                    .iter()
                    .filter(|j| j.forums.contains(&forum.id))
                    .map(|j| j.at_least_per_year.saturating_mul(years))
                    .fold(0u32, u32::saturating_add);
                ExpectedMeetings {
                    forum: forum.id.clone(),
                    count,
                    joint_at_least,
                }
            })
            .collect()
    }
}
