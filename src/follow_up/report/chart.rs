//! The charts of the report's indicators and their text alternatives.

use serde::Serialize;

use crate::locale::Version;
use crate::model::ValueKind;

use super::super::check::{ActionStatus, Value};
use super::super::status::{AreaValue, IndicatorStatus};
use super::{Assessed, with_unit};

#[derive(Serialize)]
pub(super) struct Bar {
    label: String,
    text: String,
    /// 0–1 of the chart's height.
    height: f64,
    baseline: bool,
}

#[derive(Serialize)]
pub(super) struct ScalePoint {
    label: String,
    text: String,
    /// 0–1 along the scale.
    position: f64,
}

#[derive(Serialize)]
pub(super) struct GridCell {
    name: String,
    /// `yes`, `no`, `done`, `in_progress`, `not_started` or `none`.
    mark: &'static str,
}

#[derive(Serialize)]
pub(super) struct MarkItem {
    label: String,
    mark: &'static str,
    text: String,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(super) enum Chart {
    /// Columns for the baseline and each year, and the target as a line.
    Bars {
        bars: Vec<Bar>,
        target: Option<f64>,
        target_text: Option<String>,
    },
    /// A self-assessment scale with a point for each year.
    Scale {
        lo: u32,
        hi: u32,
        points: Vec<ScalePoint>,
        target: Option<f64>,
    },
    /// The municipalities' answers in the report's year.
    Grid {
        caption: String,
        cells: Vec<GridCell>,
    },
    /// Yes/no or a status for the whole area, by year.
    Marks { items: Vec<MarkItem> },
    /// Nothing to draw.
    None,
}

fn mark_of(value: &Value) -> &'static str {
    match value {
        Value::YesNo(true) => "yes",
        Value::YesNo(false) => "no",
        Value::Action(ActionStatus::Done) => "done",
        Value::Action(ActionStatus::InProgress) => "in_progress",
        Value::Action(ActionStatus::NotStarted) => "not_started",
        _ => "none",
    }
}

/// A mark of [`mark_of`] in words.
fn mark_word(v: Version<'_>, mark: &str) -> &'static str {
    let l = v.locale;
    match mark {
        "yes" => l.answer_word(true),
        "no" => l.answer_word(false),
        "done" => l.action_word(ActionStatus::Done),
        "in_progress" => l.action_word(ActionStatus::InProgress),
        "not_started" => l.action_word(ActionStatus::NotStarted),
        _ => l.status_word(IndicatorStatus::NoData),
    }
}

/// The chart of an indicator and its text alternative.
pub(super) fn chart(
    v: Version<'_>,
    x: &Assessed<'_, '_>,
    years: &[i32],
    year: i32,
) -> (Chart, String) {
    let ind = x.indicator;
    let name = v.plain(&ind.text);
    let kind = ind.effective_value_kind();
    let yes_no_like = matches!(kind, ValueKind::YesNo | ValueKind::ActionStatus);
    let has_municipal = x
        .series
        .by_municipality
        .values()
        .any(|answers| answers.values().any(|v| mark_of(v) != "none"));
    if ind.municipalities.is_some() || (yes_no_like && has_municipal) {
        grid(v, x, year, &name)
    } else if yes_no_like {
        marks(v, x, years, &name)
    } else {
        numbers(v, x, years, year, &name)
    }
}

/// The municipalities' answers in the year, as a grid.
fn grid(v: Version<'_>, x: &Assessed<'_, '_>, year: i32, name: &str) -> (Chart, String) {
    let a = v.agreement;
    let l = v.locale;
    let answers = x.series.by_municipality.get(&year);
    let cells: Vec<GridCell> = x
        .municipalities
        .iter()
        .map(|&i| {
            let party = &a.parties[i];
            let mark = answers
                .and_then(|m| m.get(party.id.as_str()))
                .map_or("none", |v| mark_of(v));
            GridCell {
                name: v.t(party.label()).to_owned(),
                mark,
            }
        })
        .collect();
    let mut groups: Vec<String> = Vec::new();
    for mark in ["yes", "done", "in_progress", "not_started", "no", "none"] {
        let names: Vec<String> = cells
            .iter()
            .filter(|c| c.mark == mark)
            .map(|c| c.name.clone())
            .collect();
        if !names.is_empty() {
            groups.push(format!(
                "{} {} ({})",
                mark_word(v, mark),
                names.len(),
                names.join(", ")
            ));
        }
    }
    (
        Chart::Grid {
            caption: l.grid_caption(year),
            cells,
        },
        l.grid_alt(year, name, &groups),
    )
}

/// Yes/no or a status for the whole area, by year.
fn marks(v: Version<'_>, x: &Assessed<'_, '_>, years: &[i32], name: &str) -> (Chart, String) {
    let items: Vec<MarkItem> = years
        .iter()
        .map(|y| {
            let value = x.series.area.get(y);
            let mark = match value {
                Some(AreaValue::YesNo { yes: true }) => "yes",
                Some(AreaValue::YesNo { yes: false }) => "no",
                Some(AreaValue::Action { status }) => mark_of(&Value::Action(*status)),
                _ => "none",
            };
            MarkItem {
                label: y.to_string(),
                mark,
                text: mark_word(v, mark).to_owned(),
            }
        })
        .collect();
    let listed: Vec<String> = items
        .iter()
        .map(|i| format!("{} {}", i.label, i.text))
        .collect();
    let alt = v.locale.marks_alt(name, &listed);
    (Chart::Marks { items }, alt)
}

/// Numbers: the baseline, then each year, as columns or on a scale.
fn numbers(
    v: Version<'_>,
    x: &Assessed<'_, '_>,
    years: &[i32],
    year: i32,
    name: &str,
) -> (Chart, String) {
    let l = v.locale;
    let ind = x.indicator;
    let kind = ind.effective_value_kind();
    let mut points: Vec<(String, Option<f64>, bool)> = Vec::new();
    if let (Some(value), Some(y)) = (ind.baseline_value, ind.baseline_year)
        && y < years.first().copied().unwrap_or(year)
    {
        points.push((l.baseline_label(Some(y)), Some(value), true));
    }
    for y in years {
        let value = match x.series.area.get(y) {
            Some(AreaValue::Number { value, .. }) => Some(*value),
            _ => None,
        };
        points.push((y.to_string(), value, false));
    }
    if points.iter().all(|(_, value, _)| value.is_none()) {
        return (Chart::None, l.no_values_alt(name, &join_years(years)));
    }
    let text = |value: Option<f64>| {
        value.map_or_else(|| l.no_value().to_owned(), |n| with_unit(v, n, ind))
    };
    let listed = points
        .iter()
        .map(|(label, value, _)| format!("{label} {}", text(*value)))
        .collect::<Vec<_>>()
        .join("; ");
    let target = ind.target_value;
    if kind == ValueKind::Scale {
        let [lo, hi] = ind.scale.unwrap_or([1, 5]);
        let span = f64::from(hi.saturating_sub(lo)).max(1.0);
        let position = |v: f64| ((v - f64::from(lo)) / span).clamp(0.0, 1.0);
        let alt = l.scale_alt(lo, hi, name, &listed, target);
        return (
            Chart::Scale {
                lo,
                hi,
                points: points
                    .iter()
                    .filter_map(|(label, value, _)| {
                        value.map(|n| ScalePoint {
                            label: label.clone(),
                            text: l.decimal(n),
                            position: position(n),
                        })
                    })
                    .collect(),
                target: target.map(position),
            },
            alt,
        );
    }
    let values: Vec<f64> = points
        .iter()
        .filter_map(|(_, value, _)| *value)
        .chain(target)
        .collect();
    let max = values.iter().copied().fold(0.0_f64, f64::max);
    let min = values.iter().copied().fold(0.0_f64, f64::min);
    let height = |v: f64| bar_height(v, min, max);
    let at_most = ind.direction == Some(crate::model::Direction::LowerIsBetter);
    let target_text = target.map(|t| l.target_phrase(&with_unit(v, t, ind), at_most));
    let alt = l.bars_alt(name, &listed, target_text.as_deref());
    (
        Chart::Bars {
            bars: points
                .iter()
                .map(|(label, value, baseline)| Bar {
                    label: label.clone(),
                    text: value
                        .map(|n| with_unit(v, n, ind))
                        .unwrap_or_else(|| "–".to_owned()),
                    height: value.map_or(0.0, height),
                    baseline: *baseline,
                })
                .collect(),
            target: target.map(height),
            target_text,
        },
        alt,
    )
}

/// `v`'s height between `min` and `max`, 0–1. Computed on halves, so that
/// values near ±`f64::MAX` (each valid, ±1e308) do not overflow the span
/// to infinity and the height to NaN, which typst cannot draw.
fn bar_height(v: f64, min: f64, max: f64) -> f64 {
    let span = max / 2.0 - min / 2.0;
    let h = if span > 0.0 {
        (v / 2.0 - min / 2.0) / span
    } else {
        0.0
    };
    if h.is_finite() {
        h.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

fn join_years(years: &[i32]) -> String {
    match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    }
}
