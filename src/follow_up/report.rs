//! The follow-up report: each indicator's values by year and its status,
//! as the data the report template reads and as a table (CSV, XLSX).
//!
//! The view data is plain JSON (`/data.json` of `templates/follow_up.typ`),
//! described in `templates/DATA.md`: every sentence, label, value and chart
//! proportion is made here, so the template only lays out. Every chart has
//! its text alternative, written here from the same numbers.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::finnish::decimal;
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

/// The kind of value in words.
fn kind_label(kind: ValueKind, indicator: &Indicator) -> String {
    match (kind, indicator.municipalities) {
        (_, Some(share)) => format!("kuntien osuus ({share})"),
        (ValueKind::Percentage, _) => "prosentti".to_owned(),
        (ValueKind::Scale, _) => {
            let [lo, hi] = indicator.scale.unwrap_or([1, 5]);
            format!("itsearvio {lo}–{hi}")
        }
        (ValueKind::YesNo, _) => "kyllä / ei".to_owned(),
        (ValueKind::ActionStatus, _) => "toimenpiteen tila".to_owned(),
        _ => "luku".to_owned(),
    }
}

fn with_unit(value: f64, indicator: &Indicator) -> String {
    match indicator.unit.as_ref().map(|u| u.as_str().trim()) {
        Some("%") => format!("{} %", decimal(value)),
        Some(unit) if !unit.is_empty() => format!("{} {unit}", decimal(value)),
        _ if indicator.effective_value_kind() == ValueKind::Percentage => {
            format!("{} %", decimal(value))
        }
        _ => decimal(value),
    }
}

/// A value in words, as the report shows it.
pub(crate) fn value_text(value: &Value, indicator: &Indicator) -> String {
    match value {
        Value::Number(n) => with_unit(*n, indicator),
        Value::YesNo(true) => "kyllä".to_owned(),
        Value::YesNo(false) => "ei".to_owned(),
        Value::Scale(n) => n.to_string(),
        Value::Count(n) => match indicator.municipalities {
            Some(share) => format!("{n}/{}", share.of()),
            None => n.to_string(),
        },
        Value::Action(ActionStatus::NotStarted) => "ei aloitettu".to_owned(),
        Value::Action(ActionStatus::InProgress) => "käynnissä".to_owned(),
        Value::Action(ActionStatus::Done) => "valmis".to_owned(),
    }
}

fn area_text(value: &AreaValue, indicator: &Indicator) -> String {
    match value {
        AreaValue::Number { value, from: None } => with_unit(*value, indicator),
        AreaValue::Number {
            value,
            from: Some(n),
        } => format!(
            "{} (keskiarvo, {n} {})",
            with_unit(*value, indicator),
            if *n == 1 { "kunta" } else { "kuntaa" }
        ),
        AreaValue::YesNo { yes } => if *yes { "kyllä" } else { "ei" }.to_owned(),
        AreaValue::Action { status } => value_text(&Value::Action(*status), indicator),
        AreaValue::Share { yes, answered, of } => {
            if answered < of {
                format!("{yes}/{of} ({} ei tietoa)", of - answered)
            } else {
                format!("{yes}/{of}")
            }
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

fn baseline_text(indicator: &Indicator) -> String {
    match (indicator.baseline_value, indicator.baseline_year) {
        (Some(v), Some(y)) => format!("{} ({y})", with_unit(v, indicator)),
        (Some(v), None) => with_unit(v, indicator),
        (None, Some(y)) => format!("vuosi {y}"),
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

/// The report's table: one row per indicator, in the agreement's order.
pub fn rows(
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
            priority: a.priorities[x.p].title.to_string(),
            goal: a.priorities[x.p].goals[x.g].text.plain(),
            indicator: x.indicator.text.plain(),
            kind: kind_label(x.indicator.effective_value_kind(), x.indicator),
            target: x
                .indicator
                .target
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            baseline: baseline_text(x.indicator),
            values: years
                .iter()
                .map(|y| {
                    (
                        *y,
                        x.series
                            .area
                            .get(y)
                            .map(|v| area_text(v, x.indicator))
                            .unwrap_or_default(),
                    )
                })
                .collect(),
            status: x.assessment.status,
            reason: x.assessment.reason,
        })
        .collect()
}

/// The column headings of the report's table for these years.
fn headings(years: &[i32]) -> Vec<String> {
    let mut h: Vec<String> = [
        "Tunniste",
        "Painopiste nro",
        "Painopiste",
        "Tavoite",
        "Mittari",
        "Arvon tyyppi",
        "Tavoitetaso",
        "Lähtötaso",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    h.extend(years.iter().map(ToString::to_string));
    h.push("Tila".to_owned());
    h.push("Perustelu".to_owned());
    h
}

fn cells(row: &ReportRow) -> Vec<String> {
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
    c.push(row.status.label().to_owned());
    c.push(row.reason.clone());
    c
}

/// The report's table as CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting, no
/// cell that a spreadsheet would run as a formula).
pub fn to_csv(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> String {
    let year = report_year(agreement, measurements, options);
    let mut out = String::from("\u{feff}");
    out.push_str(&super::table::csv_line(&headings(&shown_years(
        measurements,
        year,
    ))));
    for row in rows(agreement, measurements, options) {
        out.push_str(&super::table::csv_line(&cells(&row)));
    }
    out
}

/// The report's table as an XLSX workbook (feature `xlsx`).
///
/// # Errors
///
/// [`ExportError::Xlsx`](crate::export::ExportError::Xlsx) when the workbook
/// cannot be built.
#[cfg(feature = "xlsx")]
pub fn to_xlsx(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Result<Vec<u8>, crate::export::ExportError> {
    use rust_xlsxwriter::{Format, FormatAlign, Workbook};
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
                "Seurantaraportti {year}: {}",
                agreement.agreement().meta.title
            ))
            .set_creation_datetime(&created),
    );
    let sheet = book.add_worksheet();
    sheet.set_name(format!("Seuranta {year}"))?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let titles = headings(&years);
    for (c, title) in titles.iter().enumerate() {
        let c = c as u16;
        let width = match c {
            2..=4 => 40.0,
            _ => 14.0,
        };
        sheet.set_column_width(c, width)?;
        sheet.write_string_with_format(0, c, title, &header)?;
    }
    let all = rows(agreement, measurements, options);
    for (r, row) in all.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, value) in cells(row).iter().enumerate() {
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

impl From<Status> for StatusView {
    fn from(s: Status) -> Self {
        StatusView {
            key: s.key(),
            label: s.label(),
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

fn mark_word(mark: &str) -> &'static str {
    match mark {
        "yes" => "kyllä",
        "no" => "ei",
        "done" => "valmis",
        "in_progress" => "käynnissä",
        "not_started" => "ei aloitettu",
        _ => "ei tietoa",
    }
}

/// The chart of an indicator and its text alternative.
fn chart(
    agreement: &ValidatedAgreement,
    x: &Assessed<'_, '_>,
    years: &[i32],
    year: i32,
) -> (Chart, String) {
    let a = agreement.agreement();
    let ind = x.indicator;
    let name = ind.text.plain();
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
                    name: party.label().as_str().to_owned(),
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
                    mark_word(mark),
                    names.len(),
                    names.join(", ")
                ));
            }
        }
        let alt = format!(
            "Kuntaruudukko vuodelta {year}, {name}: {}.",
            groups.join("; ")
        );
        return (
            Chart::Grid {
                caption: format!("Kunnittain {year}"),
                cells,
            },
            alt,
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
                    text: mark_word(mark).to_owned(),
                }
            })
            .collect();
        let alt = format!(
            "Tila vuosittain, {name}: {}.",
            items
                .iter()
                .map(|i| format!("{} {}", i.label, i.text))
                .collect::<Vec<_>>()
                .join("; ")
        );
        return (Chart::Marks { items }, alt);
    }
    // Numbers: the baseline, then each year.
    let mut points: Vec<(String, Option<f64>, bool)> = Vec::new();
    if let (Some(v), Some(y)) = (ind.baseline_value, ind.baseline_year)
        && y < years.first().copied().unwrap_or(year)
    {
        points.push((format!("lähtötaso {y}"), Some(v), true));
    }
    for y in years {
        let v = match x.series.area.get(y) {
            Some(AreaValue::Number { value, .. }) => Some(*value),
            _ => None,
        };
        points.push((y.to_string(), v, false));
    }
    if points.iter().all(|(_, v, _)| v.is_none()) {
        return (
            Chart::None,
            format!("{name}: ei arvoja vuosilta {}.", join_years(years)),
        );
    }
    let text = |v: Option<f64>| v.map_or_else(|| "ei arvoa".to_owned(), |v| with_unit(v, ind));
    let listed = points
        .iter()
        .map(|(label, v, _)| format!("{label} {}", text(*v)))
        .collect::<Vec<_>>()
        .join("; ");
    let target = ind.target_value;
    if kind == ValueKind::Scale {
        let [lo, hi] = ind.scale.unwrap_or([1, 5]);
        let span = f64::from(hi.saturating_sub(lo)).max(1.0);
        let position = |v: f64| ((v - f64::from(lo)) / span).clamp(0.0, 1.0);
        let alt = format!(
            "Asteikko {lo}–{hi}, {name}: {listed}{}.",
            target
                .map(|t| format!("; tavoite {}", decimal(t)))
                .unwrap_or_default()
        );
        return (
            Chart::Scale {
                lo,
                hi,
                points: points
                    .iter()
                    .filter_map(|(label, v, _)| {
                        v.map(|v| ScalePoint {
                            label: label.clone(),
                            text: decimal(v),
                            position: position(v),
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
        .filter_map(|(_, v, _)| *v)
        .chain(target)
        .collect();
    let max = values.iter().copied().fold(0.0_f64, f64::max);
    let min = values.iter().copied().fold(0.0_f64, f64::min);
    let span = if max > min { max - min } else { 1.0 };
    let height = |v: f64| ((v - min) / span).clamp(0.0, 1.0);
    let bound = match ind.direction {
        Some(crate::model::Direction::LowerIsBetter) => "enintään",
        _ => "vähintään",
    };
    let target_text = target.map(|t| format!("tavoite {bound} {}", with_unit(t, ind)));
    let alt = format!(
        "Pylväskaavio, {name}: {listed}{}.",
        target_text
            .as_ref()
            .map(|t| format!("; {t}"))
            .unwrap_or_default()
    );
    (
        Chart::Bars {
            bars: points
                .iter()
                .map(|(label, v, baseline)| Bar {
                    label: label.clone(),
                    text: v
                        .map(|v| with_unit(v, ind))
                        .unwrap_or_else(|| "–".to_owned()),
                    height: v.map_or(0.0, height),
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
/// `/data.json`, as a JSON value.
pub(crate) fn view(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> View {
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
                title: priority.title.to_string(),
                goals: Vec::new(),
            });
        }
        if let Some(s) = summary.last_mut() {
            s.goals.push(SummaryGoal {
                number: goal_number(p, g),
                text: goal.text.plain(),
                status: status.into(),
                assessed: format!("{with_data}/{} mittaria arvioitu", list.len()),
            });
        }
        let indicators = list
            .iter()
            .map(|x| {
                let ind = x.indicator;
                let (chart, alt) = chart(agreement, x, &years, year);
                let mut columns = Vec::new();
                let mut values = Vec::new();
                if let Some(v) = ind.baseline_value {
                    columns.push(match ind.baseline_year {
                        Some(y) => format!("lähtötaso {y}"),
                        None => "lähtötaso".to_owned(),
                    });
                    values.push(with_unit(v, ind));
                }
                for y in &years {
                    columns.push(y.to_string());
                    values.push(
                        x.series
                            .area
                            .get(y)
                            .map_or_else(|| "–".to_owned(), |v| area_text(v, ind)),
                    );
                }
                let place_of = |e: &Entry| match &e.municipality {
                    Some(m) => {
                        let label = a
                            .parties
                            .iter()
                            .find(|p| &p.id == m)
                            .map_or_else(|| m.to_string(), |p| p.label().as_str().to_owned());
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
                        (Some(s), Some(d)) => format!("{s} ({})", d.finnish()),
                        (Some(s), None) => s.clone(),
                        (None, Some(d)) => format!("tieto {}", d.finnish()),
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
                        Some(id) => format!("{} ({id})", s.name),
                        None => s.name.to_string(),
                    });
                }
                IndicatorView {
                    id: x.id.to_owned(),
                    text: ind.text.plain(),
                    kind: kind_label(ind.effective_value_kind(), ind),
                    target: ind.target.as_ref().map(ToString::to_string),
                    baseline: Some(baseline_text(ind)).filter(|b| !b.is_empty()),
                    status: x.assessment.status.into(),
                    reason: x.assessment.reason.clone(),
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
            priority: format!("{} {}", priority_number(agreement, p), priority.title),
            text: goal.text.plain(),
            status: status.into(),
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
                    text: x.indicator.text.plain(),
                })
                .collect(),
            rows: municipalities
                .iter()
                .map(|&i| {
                    let party = &a.parties[i];
                    MatrixRow {
                        name: party.label().as_str().to_owned(),
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
                                    .map_or_else(|| "–".to_owned(), |v| value_text(v, x.indicator))
                            })
                            .collect(),
                    }
                })
                .collect(),
        })
        .collect();
    let short = a
        .meta
        .short_title
        .as_ref()
        .map_or_else(|| a.meta.title.to_string(), ToString::to_string);
    View {
        schema_version: SCHEMA_VERSION,
        draft: false,
        lang: "fi",
        labels: Labels {
            draft: "LUONNOS",
            page_of: "{page} ({total})",
            summary: "Yhteenveto",
            counts: "Mittarit tilan mukaan",
            goals: "Tavoitteet ja mittarit",
            target: "Tavoitetaso",
            baseline: "Lähtötaso",
            kind: "Arvon tyyppi",
            status: "Tila",
            notes: "Huomiot",
            sources: "Lähteet",
            matrix: format!("Liite. Kuntakohtaiset arvot {year}"),
            matrix_intro: "Taulukoissa on kunkin kunnan arvo mittareista, joista on kuntakohtaisia tietoja. – = ei tietoa; tyhjä = mittari ei koske kuntaa.",
            municipality: "Kunta",
            rules: "Näin tila määräytyy",
        },
        title: format!("Seurantaraportti {year} – {}", a.meta.title),
        short_title: format!("{short} – seuranta {year}"),
        version: Some(format!("Tilanne {}", date.finnish())),
        parallel: [],
        date_parts: [
            i64::from(date.year()),
            i64::from(date.month()),
            i64::from(date.day()),
        ],
        heading: format!("Seurantaraportti {year}"),
        agreement_title: a.meta.title.to_string(),
        period: if years.len() > 1 {
            format!("Seurantavuodet {}", join_years(&years))
        } else {
            format!("Seurantavuosi {year}")
        },
        date_text: format!("Tilanne {}", date.finnish()),
        notes: measurements.notes().to_vec(),
        counts: Status::ALL
            .iter()
            .map(|s| CountView {
                status: (*s).into(),
                count: counts.get(s).copied().unwrap_or(0),
            })
            .collect(),
        summary,
        goals,
        matrix,
        rules: vec![
            "Saavutettu: arvo on numeerisessa tavoitteessa, sanallinen tavoite (parempi kuin ennen) täyttyy, vastaus on kyllä tai toimenpide on valmis.".to_owned(),
            "Edistyy: tavoitetta ei ole saavutettu, mutta arvo on parempi kuin edellisenä vuonna tai lähtötasolla, tai toimenpide on käynnissä.".to_owned(),
            "Ei edisty: arvo ei ole tavoitteessa eikä parempi kuin ennen, vastaus on ei tai toimenpidettä ei ole aloitettu.".to_owned(),
            "Ei tietoa: vuodelta ei ole arvoa, tai mittarilla ei ole tavoitetta, suuntaa tai aiempaa arvoa, johon verrata.".to_owned(),
            "Tavoitteen tila on sen heikoin mittari niistä, joista on tietoa. Kuntien osuuksissa (X/N) lasketaan kunnat, jotka vastaavat kyllä tai valmis; kunta, jolta ei ole tietoa, ei lasketa.".to_owned(),
        ],
    }
}

/// The report's view data as JSON text, to look at while writing a
/// template of your own (`templates/DATA.md` describes it).
pub fn view_data(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> String {
    serde_json::to_string_pretty(&view(agreement, measurements, options))
        .expect("the view serialises")
}
