//! The follow-up report: each indicator's values by year and its status,
//! as the data the report template reads and as a table (CSV, XLSX).
//!
//! The view data is plain JSON (`/data.json` of `templates/follow_up.typ`),
//! described in `templates/DATA.md`: every sentence, label, value and chart
//! proportion is made here, so the template only lays out. Every chart has
//! its text alternative, written here from the same numbers. The words come
//! from the crate's locale (`src/locale/`), in the language version asked for
//! ([`FollowUpOptions::language`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::language::LanguageError;
use crate::locale::Version;
use crate::model::{Indicator, ValueKind};
use crate::validate::ValidatedAgreement;

use super::check::{ActionStatus, Entry, ValidatedMeasurements, Value};
use super::status::{AreaValue, Assessment, IndicatorStatus, Rule};
use super::{FollowUpOptions, indicator_municipalities};

mod chart;
mod table;
mod view;

#[cfg(feature = "render")]
pub(crate) use table::MISMATCH;
// Only the collection workbook checks a previous year's file against the
// agreement from outside this module.
#[cfg(feature = "xlsx")]
pub(crate) use table::same_agreement;
#[cfg(feature = "xlsx")]
pub use table::to_xlsx;
pub use table::{TableError, to_csv};
#[cfg(feature = "render")]
pub(crate) use view::view;
pub use view::view_data;

/// The version of the report view's shape (`/data.json` of the follow-up
/// report).
pub const SCHEMA_VERSION: u32 = 1;

/// Indicators per table of the per-municipality annex.
const MATRIX_COLUMNS: usize = 5;

/// The report's year: as asked, or the latest with values, or the
/// agreement's.
pub(crate) fn report_year(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> i32 {
    options
        .year
        .or_else(|| measurements.years().last().copied())
        .unwrap_or_else(|| agreement.agreement().meta.date.year())
}

/// The report's date: as asked, or the latest date of a figure of the
/// year, or the last day of the year.
pub(crate) fn report_date(
    measurements: &ValidatedMeasurements,
    year: i32,
    options: &FollowUpOptions,
) -> crate::Date {
    options
        .date
        .or_else(|| {
            measurements
                .entries()
                .iter()
                .filter(|e| e.year == year)
                .filter_map(|e| e.date)
                .max()
        })
        .or_else(|| crate::Date::from_ymd(year.clamp(1900, 9999), 12, 31))
        .unwrap_or_else(|| crate::Date::from_ymd(2000, 1, 1).expect("a valid date"))
}

/// The language version `options` ask for.
fn version<'a>(
    agreement: &'a ValidatedAgreement,
    options: &FollowUpOptions,
) -> Result<Version<'a>, LanguageError> {
    let a = agreement.agreement();
    Ok(Version::new(a, a.meta.languages.version(options.language)?))
}

/// The kind of value in words.
fn kind_label(v: Version<'_>, indicator: &Indicator) -> String {
    v.locale.kind_of_value(
        indicator.effective_value_kind(),
        indicator.municipalities.map(|s| s.to_string()).as_deref(),
        indicator.scale,
    )
}

/// The unit of an indicator's numbers: its own, or `%` for a percentage.
fn unit<'a>(v: Version<'a>, indicator: &'a Indicator) -> Option<&'a str> {
    v.opt(indicator.unit.as_ref())
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .or((indicator.effective_value_kind() == ValueKind::Percentage).then_some("%"))
}

fn with_unit(v: Version<'_>, value: f64, indicator: &Indicator) -> String {
    v.locale.with_unit(value, unit(v, indicator))
}

/// A value in words, as the report shows it.
fn value_text(v: Version<'_>, value: &Value, indicator: &Indicator) -> String {
    match value {
        Value::Number(n) => with_unit(v, *n, indicator),
        Value::YesNo(yes) => v.locale.answer_word(*yes).to_owned(),
        Value::Scale(n) => n.to_string(),
        Value::Count(n) => match indicator.municipalities {
            Some(share) => format!("{n}/{}", share.of()),
            None => n.to_string(),
        },
        Value::Action(status) => v.locale.action_word(*status).to_owned(),
    }
}

fn area_text(v: Version<'_>, value: &AreaValue, indicator: &Indicator) -> String {
    match value {
        AreaValue::Number { value, from: None } => with_unit(v, *value, indicator),
        AreaValue::Number {
            value,
            from: Some(n),
        } => v.locale.mean_of(&with_unit(v, *value, indicator), *n),
        AreaValue::YesNo { yes } => v.locale.answer_word(*yes).to_owned(),
        AreaValue::Action { status } => v.locale.action_word(*status).to_owned(),
        AreaValue::Share { yes, answered, of } => {
            v.locale
                .share_value(*yes, *of, of.saturating_sub(*answered))
        }
    }
}

/// The values of one indicator, by year, for the whole area and each
/// municipality.
struct Series<'e> {
    area: BTreeMap<i32, AreaValue>,
    by_municipality: BTreeMap<i32, HashMap<&'e str, &'e Value>>,
    entries: Vec<&'e Entry>,
}

fn series<'e>(indicator: &Indicator, municipalities: u32, entries: Vec<&'e Entry>) -> Series<'e> {
    let mut area = BTreeMap::new();
    let mut by_municipality: BTreeMap<i32, HashMap<&str, &Value>> = BTreeMap::new();
    let mut whole: BTreeMap<i32, &Value> = BTreeMap::new();
    for e in &entries {
        match &e.municipality {
            Some(m) => {
                by_municipality
                    .entry(e.year)
                    .or_default()
                    .insert(m.as_str(), &e.value);
            }
            None => {
                whole.insert(e.year, &e.value);
            }
        }
    }
    let years: BTreeSet<i32> = whole
        .keys()
        .chain(by_municipality.keys())
        .copied()
        .collect();
    let share = indicator.municipalities.is_some();
    for year in years {
        let value = match (whole.get(&year), by_municipality.get(&year)) {
            (Some(Value::Count(n)), _) => AreaValue::Share {
                yes: *n,
                answered: municipalities,
                of: municipalities,
            },
            (Some(Value::Number(n)), _) => AreaValue::Number {
                value: *n,
                from: None,
            },
            (Some(Value::Scale(n)), _) => AreaValue::Number {
                value: f64::from(*n),
                from: None,
            },
            (Some(Value::YesNo(b)), _) if !share => AreaValue::YesNo { yes: *b },
            (Some(Value::Action(s)), _) if !share => AreaValue::Action { status: *s },
            (_, Some(answers)) => {
                let numbers: Vec<f64> = answers
                    .values()
                    .filter_map(|v| match v {
                        Value::Number(n) => Some(*n),
                        Value::Scale(n) => Some(f64::from(*n)),
                        _ => None,
                    })
                    .collect();
                if numbers.is_empty() {
                    let yes = answers
                        .values()
                        .filter(|v| {
                            matches!(v, Value::YesNo(true) | Value::Action(ActionStatus::Done))
                        })
                        .count();
                    AreaValue::Share {
                        yes: u32::try_from(yes).unwrap_or(u32::MAX),
                        answered: u32::try_from(answers.len()).unwrap_or(u32::MAX),
                        of: municipalities,
                    }
                } else {
                    // In the municipalities' order, so the sum is the same run to run.
                    let mut sorted = numbers.clone();
                    sorted.sort_by(f64::total_cmp);
                    let sum: f64 = sorted.iter().sum();
                    AreaValue::Number {
                        value: sum / sorted.len() as f64,
                        from: Some(u32::try_from(sorted.len()).unwrap_or(u32::MAX)),
                    }
                }
            }
            _ => continue,
        };
        area.insert(year, value);
    }
    Series {
        area,
        by_municipality,
        entries,
    }
}

/// One indicator of the report, assessed.
struct Assessed<'a, 'e> {
    id: &'a str,
    p: usize,
    g: usize,
    indicator: &'a Indicator,
    municipalities: Vec<usize>,
    series: Series<'e>,
    assessment: Assessment,
}

fn assess_all<'a, 'e>(
    agreement: &'a ValidatedAgreement,
    measurements: &'e ValidatedMeasurements,
    year: i32,
) -> Vec<Assessed<'a, 'e>> {
    let mut by_id: HashMap<&str, Vec<&Entry>> = HashMap::new();
    for e in measurements.entries() {
        if e.year <= year {
            by_id.entry(e.indicator.as_str()).or_default().push(e);
        }
    }
    let ids = agreement.ids();
    let mut out = Vec::new();
    for (p, priority) in agreement.agreement().priorities.iter().enumerate() {
        for (g, goal) in priority.goals.iter().enumerate() {
            for (i, indicator) in goal.indicators.iter().enumerate() {
                let Some(id) = ids.indicator(p, g, i) else {
                    continue;
                };
                let municipalities = indicator_municipalities(agreement, indicator);
                let n = u32::try_from(municipalities.len()).unwrap_or(u32::MAX);
                let series = series(indicator, n, by_id.remove(id.as_str()).unwrap_or_default());
                let assessment = Rule::of(indicator, n).assess(&series.area, year);
                out.push(Assessed {
                    id: id.as_str(),
                    p,
                    g,
                    indicator,
                    municipalities,
                    series,
                    assessment,
                });
            }
        }
    }
    out
}

/// One row of the report's table: an indicator with its values by year and
/// its status.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ReportRow {
    /// The indicator's id.
    pub id: String,
    /// The priority's number.
    pub priority_number: u32,
    /// The priority's title.
    pub priority: String,
    /// The goal.
    pub goal: String,
    /// The indicator.
    pub indicator: String,
    /// The kind of value, in words.
    pub kind: String,
    /// The target in words.
    pub target: String,
    /// The baseline, e.g. `35 % (2025)`.
    pub baseline: String,
    /// The value of each year of the report, in order (empty without one).
    pub values: Vec<(i32, String)>,
    /// The status.
    pub status: IndicatorStatus,
    /// Why.
    pub reason: String,
}

fn baseline_text(v: Version<'_>, indicator: &Indicator) -> String {
    match (indicator.baseline_value, indicator.baseline_year) {
        (Some(x), Some(y)) => format!("{} ({y})", with_unit(v, x, indicator)),
        (Some(x), None) => with_unit(v, x, indicator),
        (None, Some(y)) => v.locale.baseline_year_only(y),
        (None, None) => String::new(),
    }
}

/// The years the report shows: those with values up to the report's year,
/// and that year.
fn shown_years(measurements: &ValidatedMeasurements, year: i32) -> Vec<i32> {
    let mut years: BTreeSet<i32> = measurements
        .years()
        .into_iter()
        .filter(|y| *y <= year)
        .collect();
    years.insert(year);
    years.into_iter().collect()
}

fn priority_number(agreement: &ValidatedAgreement, p: usize) -> u32 {
    agreement.agreement().priorities[p]
        .number
        .unwrap_or(u32::try_from(p + 1).unwrap_or(u32::MAX))
}

/// The report's table: one row per indicator, in the agreement's order, in
/// the language version `options` ask for.
///
/// ```
/// use sopimus::follow_up::{self, FollowUpOptions};
///
/// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let loaded = follow_up::load("examples/kanta-hame-2026-seuranta.toml")?;
/// let measurements = follow_up::check(&agreement, vec![loaded])?;
/// let rows = follow_up::report::rows(&agreement, &measurements, &FollowUpOptions::default())?;
/// assert_eq!(rows.len(), 13);
/// assert!(rows.iter().all(|r| !r.reason.is_empty()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`TableError::Mismatch`] when the measurements were checked against
/// another agreement, [`TableError::Language`] when the agreement is not
/// written in that language.
pub fn rows(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Result<Vec<ReportRow>, TableError> {
    table::same_agreement(agreement, measurements)?;
    let v = version(agreement, options)?;
    Ok(rows_in(v, agreement, measurements, options))
}

fn rows_in(
    v: Version<'_>,
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Vec<ReportRow> {
    let year = report_year(agreement, measurements, options);
    let years = shown_years(measurements, year);
    let a = agreement.agreement();
    assess_all(agreement, measurements, year)
        .into_iter()
        .map(|x| ReportRow {
            id: x.id.to_owned(),
            priority_number: priority_number(agreement, x.p),
            priority: v.t(&a.priorities[x.p].title).to_owned(),
            goal: v.plain(&a.priorities[x.p].goals[x.g].text),
            indicator: v.plain(&x.indicator.text),
            kind: kind_label(v, x.indicator),
            target: v
                .opt(x.indicator.target.as_ref())
                .unwrap_or_default()
                .to_owned(),
            baseline: baseline_text(v, x.indicator),
            values: years
                .iter()
                .map(|y| {
                    (
                        *y,
                        x.series
                            .area
                            .get(y)
                            .map(|value| area_text(v, value, x.indicator))
                            .unwrap_or_default(),
                    )
                })
                .collect(),
            status: x.assessment.status,
            reason: v.locale.reason(&x.assessment.reason, unit(v, x.indicator)),
        })
        .collect()
}
