//! The status of an indicator in a year, by documented rules.
//!
//! Each indicator of the year reported on gets one of four statuses:
//! [`Status::Achieved`], [`Status::OnTrack`], [`Status::NotOnTrack`] or
//! [`Status::NoData`]. The rules, in order:
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

use crate::finnish::decimal;
use crate::model::{Direction, Indicator, ValueKind};

/// The status of an indicator in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// No value, or nothing to judge it by.
    NoData,
    /// The value is not at the target and not improving.
    NotOnTrack,
    /// Improving towards the target, or an action in progress.
    OnTrack,
    /// The target is reached.
    Achieved,
}

impl Status {
    /// Every status, best first (the order of the report's counts).
    pub const ALL: [Status; 4] = [
        Status::Achieved,
        Status::OnTrack,
        Status::NotOnTrack,
        Status::NoData,
    ];

    /// The status in Finnish, as the report prints it.
    pub fn label(self) -> &'static str {
        match self {
            Status::Achieved => "saavutettu",
            Status::OnTrack => "edistyy",
            Status::NotOnTrack => "ei edisty",
            Status::NoData => "ei tietoa",
        }
    }

    /// The key of the status in the report's data (`achieved`, …).
    pub fn key(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on_track",
            Status::NotOnTrack => "not_on_track",
            Status::NoData => "no_data",
        }
    }
}

/// A status with the reason for it, in Finnish, as the report prints it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The status.
    pub status: Status,
    /// Why, e.g. "tavoite 92 % saavutettu".
    pub reason: String,
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
    /// The unit, for the reasons.
    pub unit: Option<String>,
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
            unit: indicator
                .unit
                .as_ref()
                .map(ToString::to_string)
                .or_else(|| {
                    (kind == ValueKind::Percentage && share.is_none()).then(|| "%".to_owned())
                }),
        }
    }

    fn with_unit(&self, value: f64) -> String {
        match self.unit.as_deref().map(str::trim) {
            Some("%") => format!("{} %", decimal(value)),
            Some(unit) if !unit.is_empty() => format!("{} {unit}", decimal(value)),
            _ => decimal(value),
        }
    }

    /// The reference for `year`: the latest earlier value, or the baseline.
    fn reference(&self, series: &BTreeMap<i32, AreaValue>, year: i32) -> Option<(i32, f64)> {
        let baseline = self.baseline.filter(|(y, _)| *y < year);
        if self.against_baseline && baseline.is_some() {
            return baseline;
        }
        series
            .range(..year)
            .rev()
            .find_map(|(y, v)| level(v).map(|l| (*y, l)))
            .or(baseline)
    }

    /// The status of the indicator in `year`, given its values by year.
    pub fn assess(&self, series: &BTreeMap<i32, AreaValue>, year: i32) -> Assessment {
        use super::ActionStatus;
        let no_data = |reason: String| Assessment {
            status: Status::NoData,
            reason,
        };
        let Some(value) = series.get(&year) else {
            return no_data(format!("ei arvoa vuodelta {year}"));
        };
        let done = |status, reason: String| Assessment { status, reason };
        match *value {
            AreaValue::YesNo { yes: true } => done(Status::Achieved, "kyllä".to_owned()),
            AreaValue::YesNo { yes: false } => done(Status::NotOnTrack, "ei".to_owned()),
            AreaValue::Action { status } => match status {
                ActionStatus::Done => done(Status::Achieved, "toteutettu".to_owned()),
                ActionStatus::InProgress => done(Status::OnTrack, "käynnissä".to_owned()),
                ActionStatus::NotStarted => done(Status::NotOnTrack, "ei aloitettu".to_owned()),
            },
            AreaValue::Share { yes, answered, of } => {
                if answered == 0 {
                    return no_data(format!("yksikään kunta ei ole vastannut vuodelta {year}"));
                }
                let target = self.target.unwrap_or(f64::from(of));
                let missing = of.saturating_sub(answered);
                let missing_note = if missing > 0 {
                    format!("; {missing} kunnalta ei tietoa")
                } else {
                    String::new()
                };
                let now = format!("{yes}/{of}");
                if f64::from(yes) >= target {
                    return done(
                        Status::Achieved,
                        format!("{now}, tavoite {}/{of} saavutettu", decimal(target)),
                    );
                }
                match self.reference(series, year) {
                    Some((y, before)) if f64::from(yes) > before => done(
                        Status::OnTrack,
                        format!(
                            "{now}, enemmän kuin {} ({y}); tavoite {}/{of}{missing_note}",
                            decimal(before),
                            decimal(target)
                        ),
                    ),
                    Some((y, before)) => done(
                        Status::NotOnTrack,
                        format!(
                            "{now}, ei enemmän kuin {} ({y}); tavoite {}/{of}{missing_note}",
                            decimal(before),
                            decimal(target)
                        ),
                    ),
                    None => done(
                        Status::NotOnTrack,
                        format!(
                            "{now}, tavoite {}/{of} ei saavutettu{missing_note}",
                            decimal(target)
                        ),
                    ),
                }
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
        let now = self.with_unit(value);
        let better = |a: f64, b: f64| match self.direction {
            Some(Direction::LowerIsBetter) => a < b,
            _ => a > b,
        };
        let reference = self.reference(series, year);
        let compared = |(y, before): (i32, f64)| format!("{} ({y})", self.with_unit(before));
        if let Some(target) = self.target {
            let reached = match self.direction {
                Some(Direction::LowerIsBetter) => value <= target,
                _ => value >= target,
            };
            let bound = match self.direction {
                Some(Direction::LowerIsBetter) => "enintään",
                _ => "vähintään",
            };
            let target_text = format!("tavoite {bound} {}", self.with_unit(target));
            if reached {
                return Assessment {
                    status: Status::Achieved,
                    reason: format!("{now}, {target_text} saavutettu"),
                };
            }
            return match reference {
                Some(r) if better(value, r.1) => Assessment {
                    status: Status::OnTrack,
                    reason: format!("{now}, parempi kuin {}; {target_text}", compared(r)),
                },
                Some(r) => Assessment {
                    status: Status::NotOnTrack,
                    reason: format!("{now}, ei parempi kuin {}; {target_text}", compared(r)),
                },
                None => Assessment {
                    status: Status::NotOnTrack,
                    reason: format!("{now}, {target_text} ei saavutettu"),
                },
            };
        }
        let Some(_) = self.direction else {
            return Assessment {
                status: Status::NoData,
                reason: format!(
                    "{now}; mittarilla ei ole suuntaa eikä numeerista tavoitetta, joihin verrata"
                ),
            };
        };
        let Some(r) = reference else {
            return Assessment {
                status: Status::NoData,
                reason: format!("{now}; ei aiempaa arvoa eikä lähtötasoa, johon verrata"),
            };
        };
        let (good, bad) = if self.relative_target {
            (Status::Achieved, Status::NotOnTrack)
        } else {
            (Status::OnTrack, Status::NotOnTrack)
        };
        if better(value, r.1) {
            Assessment {
                status: good,
                reason: format!("{now}, parempi kuin {}", compared(r)),
            }
        } else {
            Assessment {
                status: bad,
                reason: format!("{now}, ei parempi kuin {}", compared(r)),
            }
        }
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
pub fn goal_status(statuses: impl IntoIterator<Item = Status>) -> Status {
    statuses
        .into_iter()
        .filter(|s| *s != Status::NoData)
        .min()
        .unwrap_or(Status::NoData)
}
