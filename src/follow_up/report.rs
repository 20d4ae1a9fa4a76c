//! The follow-up report: each indicator's values by year and its status,
//! as the data the report template reads and as a table (CSV, XLSX).
//!
//! The view data is plain JSON (`/data.json` of `templates/follow_up.typ`),
//! described in `templates/DATA.md`: every sentence, label, value and chart
//! proportion is made here, so the template only lays out. Every chart has
//! its text alternative, written here from the same numbers. The words come
//! from the locale ([`crate::locale`]), in the language version asked for
//! ([`FollowUpOptions::language`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::language::LanguageError;
use crate::locale::Version;
use crate::model::{Indicator, ValueKind};
use crate::validate::ValidatedAgreement;

use super::check::{ActionStatus, Entry, ValidatedMeasurements, Value};
use super::status::{AreaValue, Assessment, Rule, Status, goal_status};
use super::{FollowUpOptions, indicator_municipalities};

/// The version of the report view's shape (`/data.json` of the follow-up
/// report).
pub const SCHEMA_VERSION: u32 = 1;

/// Indicators per table of the per-municipality annex.
const MATRIX_COLUMNS: usize = 5;

/// The report's year: as asked, or the latest with values, or the
/// agreement's.
pub fn report_year(
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
pub fn report_date(
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
    pub status: Status,
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
/// # Errors
///
/// [`LanguageError`] when the agreement is not written in that language.
pub fn rows(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Result<Vec<ReportRow>, LanguageError> {
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

/// The column headings of the report's table for these years.
fn headings(v: Version<'_>, years: &[i32]) -> Vec<String> {
    let w = v.locale.words();
    let f = &w.follow_up;
    let mut h = vec![
        w.columns.id.to_owned(),
        format!("{} {}", w.annexes.priority_heading, w.columns.number),
        w.annexes.priority_heading.to_owned(),
        w.annexes.goal_heading.to_owned(),
        f.indicator.to_owned(),
        f.kind.to_owned(),
        w.columns.target.to_owned(),
        f.baseline.to_owned(),
    ];
    h.extend(years.iter().map(ToString::to_string));
    h.push(f.status.to_owned());
    h.push(f.reason.to_owned());
    h
}

fn cells(v: Version<'_>, row: &ReportRow) -> Vec<String> {
    let mut c = vec![
        row.id.clone(),
        row.priority_number.to_string(),
        row.priority.clone(),
        row.goal.clone(),
        row.indicator.clone(),
        row.kind.clone(),
        row.target.clone(),
        row.baseline.clone(),
    ];
    c.extend(row.values.iter().map(|(_, v)| v.clone()));
    c.push(v.locale.status_word(row.status).to_owned());
    c.push(row.reason.clone());
    c
}

/// The report's table as CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting, no
/// cell that a spreadsheet would run as a formula).
///
/// # Errors
///
/// [`LanguageError`] when the agreement is not written in the language
/// asked for.
pub fn to_csv(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Result<String, LanguageError> {
    let v = version(agreement, options)?;
    let year = report_year(agreement, measurements, options);
    let mut out = String::from("\u{feff}");
    out.push_str(&super::table::csv_line(&headings(
        v,
        &shown_years(measurements, year),
    )));
    for row in rows_in(v, agreement, measurements, options) {
        out.push_str(&super::table::csv_line(&cells(v, &row)));
    }
    Ok(out)
}

/// The report's table as an XLSX workbook (feature `xlsx`).
///
/// # Errors
///
/// [`ExportError::Language`](crate::export::ExportError::Language) when the
/// agreement is not written in the language asked for,
/// [`ExportError::Xlsx`](crate::export::ExportError::Xlsx) when the workbook
/// cannot be built.
#[cfg(feature = "xlsx")]
pub fn to_xlsx(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Result<Vec<u8>, crate::export::ExportError> {
    use rust_xlsxwriter::{Format, FormatAlign, Workbook};
    let v = version(agreement, options)?;
    let year = report_year(agreement, measurements, options);
    let years = shown_years(measurements, year);
    let date = report_date(measurements, year, options);
    let mut book = Workbook::new();
    let created = rust_xlsxwriter::ExcelDateTime::from_ymd(
        u16::try_from(date.year()).unwrap_or(2000),
        u8::try_from(date.month()).unwrap_or(1),
        u8::try_from(date.day()).unwrap_or(1),
    )?;
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_title(format!(
                "{}: {}",
                v.locale.report_heading(year),
                v.t(&agreement.agreement().meta.title)
            ))
            .set_creation_datetime(&created),
    );
    let sheet = book.add_worksheet();
    sheet.set_name(v.locale.report_sheet(year))?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let titles = headings(v, &years);
    for (c, title) in titles.iter().enumerate() {
        let c = c as u16;
        let width = match c {
            2..=4 => 40.0,
            _ => 14.0,
        };
        sheet.set_column_width(c, width)?;
        sheet.write_string_with_format(0, c, title, &header)?;
    }
    let all = rows_in(v, agreement, measurements, options);
    for (r, row) in all.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, value) in cells(v, row).iter().enumerate() {
            let c = c as u16;
            if c == 1 {
                sheet.write_number_with_format(r, c, f64::from(row.priority_number), &cell)?;
            } else {
                // Strings are written as strings, never as formulas.
                sheet.write_string_with_format(r, c, value, &cell)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    sheet.autofilter(0, 0, all.len() as u32, titles.len() as u16 - 1)?;
    Ok(book.save_to_buffer()?)
}

/// A status with its mark, for the template.
#[derive(Serialize)]
struct StatusView {
    key: &'static str,
    label: &'static str,
}

impl StatusView {
    fn of(s: Status, v: Version<'_>) -> Self {
        StatusView {
            key: s.key(),
            label: v.locale.status_word(s),
        }
    }
}

#[derive(Serialize)]
struct CountView {
    status: StatusView,
    count: usize,
}

#[derive(Serialize)]
struct SummaryGoal {
    number: String,
    text: String,
    status: StatusView,
    assessed: String,
}

#[derive(Serialize)]
struct SummaryPriority {
    number: u32,
    title: String,
    goals: Vec<SummaryGoal>,
}

#[derive(Serialize)]
struct Bar {
    label: String,
    text: String,
    /// 0–1 of the chart's height.
    height: f64,
    baseline: bool,
}

#[derive(Serialize)]
struct ScalePoint {
    label: String,
    text: String,
    /// 0–1 along the scale.
    position: f64,
}

#[derive(Serialize)]
struct GridCell {
    name: String,
    /// `yes`, `no`, `done`, `in_progress`, `not_started` or `none`.
    mark: &'static str,
}

#[derive(Serialize)]
struct MarkItem {
    label: String,
    mark: &'static str,
    text: String,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Chart {
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

#[derive(Serialize)]
struct IndicatorView {
    id: String,
    text: String,
    kind: String,
    target: Option<String>,
    baseline: Option<String>,
    status: StatusView,
    reason: String,
    columns: Vec<String>,
    values: Vec<String>,
    chart: Chart,
    alt: String,
    notes: Vec<String>,
    sources: Vec<String>,
}

#[derive(Serialize)]
struct GoalView {
    number: String,
    priority: String,
    text: String,
    status: StatusView,
    indicators: Vec<IndicatorView>,
}

#[derive(Serialize)]
struct MatrixColumn {
    id: String,
    text: String,
}

#[derive(Serialize)]
struct MatrixRow {
    name: String,
    cells: Vec<String>,
}

#[derive(Serialize)]
struct MatrixTable {
    columns: Vec<MatrixColumn>,
    rows: Vec<MatrixRow>,
}

#[derive(Serialize)]
struct Labels {
    draft: &'static str,
    page_of: &'static str,
    summary: &'static str,
    counts: &'static str,
    goals: &'static str,
    target: &'static str,
    baseline: &'static str,
    kind: &'static str,
    status: &'static str,
    notes: &'static str,
    sources: &'static str,
    matrix: String,
    matrix_intro: &'static str,
    municipality: &'static str,
    rules: &'static str,
}

#[derive(Serialize)]
pub(crate) struct View {
    schema_version: u32,
    draft: bool,
    lang: &'static str,
    labels: Labels,
    title: String,
    short_title: String,
    version: Option<String>,
    date_parts: [i64; 3],
    /// Other language versions side by side: never for the report, but
    /// `setup` of `lib.typ` reads it.
    parallel: [(); 0],
    heading: String,
    agreement_title: String,
    period: String,
    date_text: String,
    notes: Vec<String>,
    counts: Vec<CountView>,
    summary: Vec<SummaryPriority>,
    goals: Vec<GoalView>,
    matrix: Vec<MatrixTable>,
    rules: Vec<String>,
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
        _ => l.status_word(Status::NoData),
    }
}

/// The chart of an indicator and its text alternative.
fn chart(v: Version<'_>, x: &Assessed<'_, '_>, years: &[i32], year: i32) -> (Chart, String) {
    let a = v.agreement;
    let l = v.locale;
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
        return (
            Chart::Grid {
                caption: l.grid_caption(year),
                cells,
            },
            l.grid_alt(year, &name, &groups),
        );
    }
    if yes_no_like {
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
        let alt = l.marks_alt(&name, &listed);
        return (Chart::Marks { items }, alt);
    }
    // Numbers: the baseline, then each year.
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
        return (Chart::None, l.no_values_alt(&name, &join_years(years)));
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
        let alt = l.scale_alt(lo, hi, &name, &listed, target);
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
    let span = if max > min { max - min } else { 1.0 };
    let height = |v: f64| ((v - min) / span).clamp(0.0, 1.0);
    let at_most = ind.direction == Some(crate::model::Direction::LowerIsBetter);
    let target_text = target.map(|t| l.target_phrase(&with_unit(v, t, ind), at_most));
    let alt = l.bars_alt(&name, &listed, target_text.as_deref());
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

fn join_years(years: &[i32]) -> String {
    match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    }
}

/// The report's view data: what `templates/follow_up.typ` reads from
/// `/data.json`, in the language version `options` ask for.
pub(crate) fn view(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Result<View, LanguageError> {
    let v = version(agreement, options)?;
    let l = v.locale;
    let a = agreement.agreement();
    let year = report_year(agreement, measurements, options);
    let years = shown_years(measurements, year);
    let date = report_date(measurements, year, options);
    let assessed = assess_all(agreement, measurements, year);
    let mut counts: BTreeMap<Status, usize> = BTreeMap::new();
    for x in &assessed {
        *counts.entry(x.assessment.status).or_default() += 1;
    }
    // Goals in order, with their indicators.
    let mut goal_order: Vec<(usize, usize)> = Vec::new();
    let mut by_goal: HashMap<(usize, usize), Vec<&Assessed<'_, '_>>> = HashMap::new();
    for x in &assessed {
        if !by_goal.contains_key(&(x.p, x.g)) {
            goal_order.push((x.p, x.g));
        }
        by_goal.entry((x.p, x.g)).or_default().push(x);
    }
    let goal_number = |p: usize, g: usize| format!("{}.{}", priority_number(agreement, p), g + 1);
    let mut summary: Vec<SummaryPriority> = Vec::new();
    let mut goals: Vec<GoalView> = Vec::new();
    for &(p, g) in &goal_order {
        let list = &by_goal[&(p, g)];
        let status = goal_status(list.iter().map(|x| x.assessment.status));
        let with_data = list
            .iter()
            .filter(|x| x.assessment.status != Status::NoData)
            .count();
        let priority = &a.priorities[p];
        let goal = &priority.goals[g];
        if summary
            .last()
            .is_none_or(|s| s.number != priority_number(agreement, p))
        {
            summary.push(SummaryPriority {
                number: priority_number(agreement, p),
                title: v.t(&priority.title).to_owned(),
                goals: Vec::new(),
            });
        }
        if let Some(s) = summary.last_mut() {
            s.goals.push(SummaryGoal {
                number: goal_number(p, g),
                text: v.plain(&goal.text),
                status: StatusView::of(status, v),
                assessed: l.assessed(with_data, list.len()),
            });
        }
        let indicators = list
            .iter()
            .map(|x| {
                let ind = x.indicator;
                let (chart, alt) = chart(v, x, &years, year);
                let mut columns = Vec::new();
                let mut values = Vec::new();
                if let Some(baseline) = ind.baseline_value {
                    columns.push(l.baseline_label(ind.baseline_year));
                    values.push(with_unit(v, baseline, ind));
                }
                for y in &years {
                    columns.push(y.to_string());
                    values.push(
                        x.series
                            .area
                            .get(y)
                            .map_or_else(|| "–".to_owned(), |value| area_text(v, value, ind)),
                    );
                }
                let place_of = |e: &Entry| match &e.municipality {
                    Some(m) => {
                        let label = a
                            .parties
                            .iter()
                            .find(|p| &p.id == m)
                            .map_or_else(|| m.to_string(), |p| v.t(p.label()).to_owned());
                        format!("{} {label}", e.year)
                    }
                    None => e.year.to_string(),
                };
                let notes = x
                    .series
                    .entries
                    .iter()
                    .filter_map(|e| e.note.as_ref().map(|n| format!("{}: {n}", place_of(e))))
                    .collect();
                let mut sources: Vec<String> = Vec::new();
                for e in &x.series.entries {
                    let text = match (&e.source, e.date) {
                        (Some(s), Some(d)) => format!("{s} ({})", l.date(d)),
                        (Some(s), None) => s.clone(),
                        (None, Some(d)) => l.unnamed_source(d),
                        (None, None) => continue,
                    };
                    if !sources.contains(&text) {
                        sources.push(text);
                    }
                }
                if sources.is_empty()
                    && let Some(s) = &ind.source
                {
                    sources.push(match &s.id {
                        Some(id) => format!("{} ({id})", v.t(&s.name)),
                        None => v.t(&s.name).to_owned(),
                    });
                }
                IndicatorView {
                    id: x.id.to_owned(),
                    text: v.plain(&ind.text),
                    kind: kind_label(v, ind),
                    target: v.opt(ind.target.as_ref()).map(str::to_owned),
                    baseline: Some(baseline_text(v, ind)).filter(|b| !b.is_empty()),
                    status: StatusView::of(x.assessment.status, v),
                    reason: l.reason(&x.assessment.reason, unit(v, ind)),
                    columns,
                    values,
                    chart,
                    alt,
                    notes,
                    sources,
                }
            })
            .collect();
        goals.push(GoalView {
            number: goal_number(p, g),
            priority: format!("{} {}", priority_number(agreement, p), v.t(&priority.title)),
            text: v.plain(&goal.text),
            status: StatusView::of(status, v),
            indicators,
        });
    }
    // The annex: indicators with values per municipality in the year.
    let municipal: Vec<&Assessed<'_, '_>> = assessed
        .iter()
        .filter(|x| {
            x.series
                .by_municipality
                .get(&year)
                .is_some_and(|m| !m.is_empty())
        })
        .collect();
    let municipalities: Vec<usize> = a
        .parties
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind.is_municipality())
        .map(|(i, _)| i)
        .collect();
    let matrix = municipal
        .chunks(MATRIX_COLUMNS)
        .map(|chunk| MatrixTable {
            columns: chunk
                .iter()
                .map(|x| MatrixColumn {
                    id: x.id.to_owned(),
                    text: v.plain(&x.indicator.text),
                })
                .collect(),
            rows: municipalities
                .iter()
                .map(|&i| {
                    let party = &a.parties[i];
                    MatrixRow {
                        name: v.t(party.label()).to_owned(),
                        cells: chunk
                            .iter()
                            .map(|x| {
                                if !x.municipalities.contains(&i) {
                                    return String::new();
                                }
                                x.series
                                    .by_municipality
                                    .get(&year)
                                    .and_then(|m| m.get(party.id.as_str()))
                                    .map_or_else(
                                        || "–".to_owned(),
                                        |value| value_text(v, value, x.indicator),
                                    )
                            })
                            .collect(),
                    }
                })
                .collect(),
        })
        .collect();
    let title = v.t(&a.meta.title);
    let short = v.opt(a.meta.short_title.as_ref()).unwrap_or(title);
    let w = l.words();
    let f = &w.follow_up;
    Ok(View {
        schema_version: SCHEMA_VERSION,
        draft: false,
        lang: v.language().code(),
        labels: Labels {
            draft: w.draft,
            page_of: w.page_of,
            summary: f.summary,
            counts: f.counts,
            goals: f.goals,
            target: w.columns.target,
            baseline: f.baseline,
            kind: f.kind,
            status: f.status,
            notes: f.notes,
            sources: f.sources,
            matrix: l.matrix_title(year),
            matrix_intro: f.matrix_intro,
            municipality: f.municipality,
            rules: f.rules,
        },
        title: format!("{} – {title}", l.report_heading(year)),
        short_title: l.report_short_title(short, year),
        version: Some(l.situation(date)),
        parallel: [],
        date_parts: [
            i64::from(date.year()),
            i64::from(date.month()),
            i64::from(date.day()),
        ],
        heading: l.report_heading(year),
        agreement_title: title.to_owned(),
        period: l.follow_up_years(years.first().copied().unwrap_or(year), year),
        date_text: l.situation(date),
        notes: measurements.notes().to_vec(),
        counts: Status::ALL
            .iter()
            .map(|s| CountView {
                status: StatusView::of(*s, v),
                count: counts.get(s).copied().unwrap_or(0),
            })
            .collect(),
        summary,
        goals,
        matrix,
        rules: f.rule_sentences.map(str::to_owned).to_vec(),
    })
}

/// The report's view data as JSON text, to look at while writing a
/// template of your own (`templates/DATA.md` describes it).
///
/// # Errors
///
/// [`LanguageError`] when the agreement is not written in the language
/// asked for.
pub fn view_data(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Result<String, LanguageError> {
    Ok(
        serde_json::to_string_pretty(&view(agreement, measurements, options)?)
            .expect("the view serialises"),
    )
}
