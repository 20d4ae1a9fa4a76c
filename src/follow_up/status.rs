//! The status of an indicator in a year, by documented rules.
//!
//! Each indicator of the year reported on gets one of four statuses:
//! [`IndicatorStatus::Achieved`], [`IndicatorStatus::OnTrack`], [`IndicatorStatus::NotOnTrack`] or
//! [`IndicatorStatus::NoData`]. The rules, in order:
//!
//! 1. **No value** for the year (for a share of municipalities: no
//!    municipality has answered and no count is given): *no data*.
//! 2. **Yes/no** for the whole area: yes is *achieved*, no is *not on track*.
//! 3. **Status of an action** for the whole area: done is *achieved*, in
//!    progress is *on track*, not started is *not on track*.
//! 4. **A share of municipalities** (`X/N`, and yes/no or action statuses
//!    given per municipality without a value for the whole area): the count
//!    is the municipalities that answer yes (or done); a municipality
//!    without an answer does not count. The target is the share's own
//!    count (`8/11`), else `target_value`, else all N. At or above the
//!    target: *achieved*. Otherwise more than the reference count (see
//!    *reference* below): *on track*; else *not on track*.
//! 5. **A number** (a number, a percentage, a scale point; for values given
//!    per municipality only, their unweighted mean). The direction is the
//!    indicator's `direction`; a scale without one, and a numeric target
//!    without one, count higher as better.
//!    - With a numeric target (`target_value`): reaching it (at or above; at
//!      or below when lower is better) is *achieved*; otherwise being
//!      better than the reference is *on track*, and not being better (or
//!      having no reference) is *not on track*.
//!    - With a target in words only (`target = "korkeampi kuin edellisenä
//!      vuonna"`), read as "better than before": better than the reference
//!      is *achieved*, otherwise *not on track*; no direction or no
//!      reference gives *no data*.
//!    - With no target: better than the reference is *on track*, otherwise
//!      *not on track*; no direction or no reference gives *no data*.
//!
//! The **reference** is the latest earlier year's value, or the baseline
//! (`baseline_value`, of a `baseline_year` before the year) when there is
//! none; a target in words that names the baseline year ("suurempi kuin
//! vuonna 2022") is compared with the baseline. "Better" is strictly
//! better: an unchanged value is not progress.
//!
//! Every rule is monotone in the value: a better value never gives a worse
//! status (tested).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Direction, Indicator, ValueKind};

/// The status of an indicator in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorStatus {
    /// No value, or nothing to judge it by.
    NoData,
    /// The value is not at the target and not improving.
    NotOnTrack,
    /// Improving towards the target, or an action in progress.
    OnTrack,
    /// The target is reached.
    Achieved,
}

impl IndicatorStatus {
    /// Every status, best first (the order of the report's counts).
    pub const ALL: [IndicatorStatus; 4] = [
        IndicatorStatus::Achieved,
        IndicatorStatus::OnTrack,
        IndicatorStatus::NotOnTrack,
        IndicatorStatus::NoData,
    ];

    /// The key of the status in the report's data (`achieved`, …).
    pub fn key(self) -> &'static str {
        match self {
            IndicatorStatus::Achieved => "achieved",
            IndicatorStatus::OnTrack => "on_track",
            IndicatorStatus::NotOnTrack => "not_on_track",
            IndicatorStatus::NoData => "no_data",
        }
    }
}

/// A status with the reason for it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Assessment {
    /// The status.
    pub status: IndicatorStatus,
    /// Why: what the rules compared. The report words it in its language
    /// ([`Locale::reason`](crate::locale::Locale::reason)), e.g. "93 %,
    /// tavoite vähintään 92 % saavutettu".
    pub reason: Reason,
}

/// An earlier value a value is compared with: the latest earlier year's, or
/// the baseline.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Reference {
    /// Its year.
    pub year: i32,
    /// The value (for a share, the number of municipalities).
    pub value: f64,
}

/// How a value stands against its target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Progress {
    /// The target is reached.
    Reached,
    /// Not reached, but better than the reference.
    Better {
        /// What it is better than.
        reference: Reference,
    },
    /// Not reached, and not better than the reference.
    NotBetter {
        /// What it is not better than.
        reference: Reference,
    },
    /// Not reached, with nothing earlier to compare with.
    NotReached,
}

/// Why an indicator has its status, as data: the value and what it was
/// compared with. Numbers are without their unit, which the report adds.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// No value for the year.
    NoValue {
        /// The year.
        year: i32,
    },
    /// Yes or no for the whole area.
    Answer {
        /// The answer.
        yes: bool,
    },
    /// The status of an action for the whole area.
    Action {
        /// The status.
        status: super::ActionStatus,
    },
    /// A share of municipalities that no municipality has answered.
    NoAnswers {
        /// The year.
        year: i32,
    },
    /// A share of municipalities against its target count.
    Share {
        /// The municipalities that answer yes (or done).
        yes: u32,
        /// The municipalities counted among.
        of: u32,
        /// The target count.
        target: f64,
        /// The municipalities without an answer.
        missing: u32,
        /// Against the target.
        progress: Progress,
    },
    /// A number against a numeric target.
    Target {
        /// The value.
        value: f64,
        /// The target.
        target: f64,
        /// Whether the target is a most (lower is better), not a least.
        at_most: bool,
        /// Against the target.
        progress: Progress,
    },
    /// A number with neither a direction nor a numeric target.
    NoDirection {
        /// The value.
        value: f64,
    },
    /// A number with no earlier value or baseline to compare with.
    NoReference {
        /// The value.
        value: f64,
    },
    /// A number compared with an earlier value or the baseline.
    Compared {
        /// The value.
        value: f64,
        /// What it is compared with.
        reference: Reference,
        /// Whether it is better.
        better: bool,
    },
}

/// The value of an indicator for the whole area in one year.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AreaValue {
    /// A number, a percentage or a scale point (or the mean of the
    /// municipalities' values, `from` of them).
    Number {
        /// The value.
        value: f64,
        /// When the mean of municipalities' values: how many.
        from: Option<u32>,
    },
    /// Yes or no.
    YesNo {
        /// The answer.
        yes: bool,
    },
    /// The status of an action.
    Action {
        /// The status.
        status: super::ActionStatus,
    },
    /// A share of municipalities: `yes` of `of`, `answered` of them known.
    Share {
        /// The municipalities that answer yes (or done), or the count given.
        yes: u32,
        /// The municipalities with an answer (all, when a count is given).
        answered: u32,
        /// The municipalities counted among.
        of: u32,
    },
}

/// What an indicator's status is judged by: from its fields in the
/// agreement.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    /// The kind of value.
    pub kind: ValueKind,
    /// Which way is better; `None` when not known.
    pub direction: Option<Direction>,
    /// The numeric target: a value, or for a share a number of municipalities.
    pub target: Option<f64>,
    /// A target in words without a number (read as "better than before").
    pub relative_target: bool,
    /// Compare with the baseline even when earlier years have values.
    pub against_baseline: bool,
    /// The baseline: `(year, value)`.
    pub baseline: Option<(i32, f64)>,
}

impl Rule {
    /// The rule of an indicator; `of` is the number of municipalities a
    /// share counts among.
    pub fn of(indicator: &Indicator, of: u32) -> Rule {
        let kind = indicator.effective_value_kind();
        let share = indicator.municipalities;
        let target = match share {
            Some(s) => Some(f64::from(
                s.count()
                    .or(indicator.target_value.map(|t| t as u32))
                    .unwrap_or(of),
            )),
            None => indicator.target_value,
        };
        let direction = indicator.direction.or(match kind {
            ValueKind::Scale => Some(Direction::HigherIsBetter),
            _ if target.is_some() || share.is_some() => Some(Direction::HigherIsBetter),
            _ => None,
        });
        let baseline = indicator.baseline_year.zip(indicator.baseline_value);
        let words = indicator
            .target
            .as_ref()
            .map(|t| t.as_str().trim())
            .unwrap_or("");
        Rule {
            kind,
            direction,
            target,
            relative_target: !words.is_empty() && indicator.target_value.is_none(),
            against_baseline: indicator
                .baseline_year
                .is_some_and(|y| !words.is_empty() && words.contains(&y.to_string())),
            baseline,
        }
    }

    /// The reference for `year`: the latest earlier value, or the baseline.
    fn reference(&self, series: &BTreeMap<i32, AreaValue>, year: i32) -> Option<Reference> {
        let baseline = self
            .baseline
            .filter(|(y, _)| *y < year)
            .map(|(year, value)| Reference { year, value });
        if self.against_baseline && baseline.is_some() {
            return baseline;
        }
        series
            .range(..year)
            .rev()
            .find_map(|(y, v)| level(v).map(|value| Reference { year: *y, value }))
            .or(baseline)
    }

    /// Whether `a` is strictly better than `b`.
    fn better(&self, a: f64, b: f64) -> bool {
        match self.direction {
            Some(Direction::LowerIsBetter) => a < b,
            _ => a > b,
        }
    }

    /// Against a target, reached or not: when not, whether `better` than
    /// the reference's value.
    fn progress(
        reached: bool,
        reference: Option<Reference>,
        better: impl Fn(f64) -> bool,
    ) -> Progress {
        match reference {
            _ if reached => Progress::Reached,
            Some(r) if better(r.value) => Progress::Better { reference: r },
            Some(r) => Progress::NotBetter { reference: r },
            None => Progress::NotReached,
        }
    }

    /// The status of the indicator in `year`, given its values by year.
    pub fn assess(&self, series: &BTreeMap<i32, AreaValue>, year: i32) -> Assessment {
        use super::ActionStatus;
        let done = |status, reason| Assessment { status, reason };
        let Some(value) = series.get(&year) else {
            return done(IndicatorStatus::NoData, Reason::NoValue { year });
        };
        match *value {
            AreaValue::YesNo { yes } => done(
                if yes {
                    IndicatorStatus::Achieved
                } else {
                    IndicatorStatus::NotOnTrack
                },
                Reason::Answer { yes },
            ),
            AreaValue::Action { status } => done(
                match status {
                    ActionStatus::Done => IndicatorStatus::Achieved,
                    ActionStatus::InProgress => IndicatorStatus::OnTrack,
                    ActionStatus::NotStarted => IndicatorStatus::NotOnTrack,
                },
                Reason::Action { status },
            ),
            AreaValue::Share { yes, answered, of } => {
                if answered == 0 {
                    return done(IndicatorStatus::NoData, Reason::NoAnswers { year });
                }
                let target = self.target.unwrap_or(f64::from(of));
                let count = f64::from(yes);
                // More municipalities is better, whatever the direction.
                let progress =
                    Rule::progress(count >= target, self.reference(series, year), |before| {
                        count > before
                    });
                done(
                    status_of(progress),
                    Reason::Share {
                        yes,
                        of,
                        target,
                        missing: of.saturating_sub(answered),
                        progress,
                    },
                )
            }
            AreaValue::Number { value, .. } => self.assess_number(value, series, year),
        }
    }

    fn assess_number(
        &self,
        value: f64,
        series: &BTreeMap<i32, AreaValue>,
        year: i32,
    ) -> Assessment {
        let reference = self.reference(series, year);
        if let Some(target) = self.target {
            let at_most = self.direction == Some(Direction::LowerIsBetter);
            let reached = if at_most {
                value <= target
            } else {
                value >= target
            };
            let progress = Rule::progress(reached, reference, |before| self.better(value, before));
            return Assessment {
                status: status_of(progress),
                reason: Reason::Target {
                    value,
                    target,
                    at_most,
                    progress,
                },
            };
        }
        let no_data = |reason| Assessment {
            status: IndicatorStatus::NoData,
            reason,
        };
        if self.direction.is_none() {
            return no_data(Reason::NoDirection { value });
        }
        let Some(reference) = reference else {
            return no_data(Reason::NoReference { value });
        };
        let better = self.better(value, reference.value);
        // A target in words ("higher than the year before") is met by being
        // better; without a target, being better is progress.
        let status = match (better, self.relative_target) {
            (true, true) => IndicatorStatus::Achieved,
            (true, false) => IndicatorStatus::OnTrack,
            (false, _) => IndicatorStatus::NotOnTrack,
        };
        Assessment {
            status,
            reason: Reason::Compared {
                value,
                reference,
                better,
            },
        }
    }
}

/// The status against a target.
fn status_of(progress: Progress) -> IndicatorStatus {
    match progress {
        Progress::Reached => IndicatorStatus::Achieved,
        Progress::Better { .. } => IndicatorStatus::OnTrack,
        Progress::NotBetter { .. } | Progress::NotReached => IndicatorStatus::NotOnTrack,
    }
}

/// The number a value is compared by: a number, or a share's count.
fn level(value: &AreaValue) -> Option<f64> {
    match value {
        AreaValue::Number { value, .. } => Some(*value),
        AreaValue::Share { yes, answered, .. } if *answered > 0 => Some(f64::from(*yes)),
        _ => None,
    }
}

/// The status of a goal from its indicators': the worst status among those
/// with data, or no data when none has any.
pub fn goal_status(statuses: impl IntoIterator<Item = IndicatorStatus>) -> IndicatorStatus {
    statuses
        .into_iter()
        .filter(|s| *s != IndicatorStatus::NoData)
        .min()
        .unwrap_or(IndicatorStatus::NoData)
}
