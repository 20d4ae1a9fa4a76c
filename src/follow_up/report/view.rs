//! The report's view data: what `templates/follow_up.typ` reads.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::language::LanguageError;
use crate::locale::Version;
use crate::validate::ValidatedAgreement;

use super::super::FollowUpOptions;
use super::super::check::{Entry, ValidatedMeasurements};
use super::super::status::{IndicatorStatus, goal_status};
use super::chart::{Chart, chart};
use super::{
    Assessed, MATRIX_COLUMNS, SCHEMA_VERSION, area_text, assess_all, baseline_text, kind_label,
    priority_number, report_date, report_year, shown_years, unit, value_text, version, with_unit,
};

/// A status with its mark, for the template.
#[derive(Serialize)]
struct StatusView {
    key: &'static str,
    label: String,
}

/// The key of a value that is there but has nothing to be compared with:
/// not assessed, rather than "no data".
const NOT_ASSESSED: &str = "not_assessed";

impl StatusView {
    /// A status of something with (`valued`) or without a value for the
    /// year: no status with a value is "not assessed", not "no data".
    fn of(s: IndicatorStatus, v: Version<'_>, valued: bool) -> Self {
        StatusView {
            key: if s == IndicatorStatus::NoData && valued {
                NOT_ASSESSED
            } else {
                s.key()
            },
            label: v.locale.status_of_value(s, valued).to_owned(),
        }
    }

    /// A goal's status from `with_data` of its `of` indicators (`valued`
    /// when any has a value for the year): one that rests on some of them
    /// only says so.
    fn of_goal(
        s: IndicatorStatus,
        v: Version<'_>,
        valued: bool,
        with_data: usize,
        of: usize,
    ) -> Self {
        let mut view = StatusView::of(s, v, valued);
        if s != IndicatorStatus::NoData && with_data < of {
            view.label = v.locale.partly_assessed(&view.label);
        }
        view
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
struct IndicatorView {
    id: String,
    text: String,
    kind: String,
    target: Option<String>,
    baseline: Option<String>,
    status: StatusView,
    /// The status with its reason: "saavutettu: 42 % (tavoite …)".
    status_text: String,
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
    /// The summary's column headers: "Tavoite nro", "Tavoite", "Tila".
    goal_number: &'static str,
    goal: &'static str,
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
    // Indicators by status; those with a value but nothing to compare it
    // with apart from those without a value.
    let mut counts: BTreeMap<IndicatorStatus, usize> = BTreeMap::new();
    let mut not_assessed = 0;
    for x in &assessed {
        if x.assessment.status == IndicatorStatus::NoData && valued(x, year) {
            not_assessed += 1;
        } else {
            *counts.entry(x.assessment.status).or_default() += 1;
        }
    }
    let (summary, goals) = goals(v, agreement, &assessed, &years, year);
    let title = v.t(&a.meta.title);
    let short = v.opt(a.meta.short_title.as_ref()).unwrap_or(title);
    Ok(View {
        schema_version: SCHEMA_VERSION,
        draft: false,
        lang: v.language().code(),
        labels: labels(v, year),
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
        counts: IndicatorStatus::ALL
            .iter()
            .flat_map(|s| {
                let count = |valued| CountView {
                    status: StatusView::of(*s, v, valued),
                    count: if valued {
                        not_assessed
                    } else {
                        counts.get(s).copied().unwrap_or(0)
                    },
                };
                // "ei arvioitu" before "ei tietoa".
                if *s == IndicatorStatus::NoData {
                    vec![count(true), count(false)]
                } else {
                    vec![count(false)]
                }
            })
            .collect(),
        summary,
        goals,
        matrix: matrix(v, &assessed, year),
        rules: l
            .words()
            .follow_up
            .rule_sentences
            .map(str::to_owned)
            .to_vec(),
    })
}

/// The labels of the report's parts.
fn labels(v: Version<'_>, year: i32) -> Labels {
    let l = v.locale;
    let w = l.words();
    let f = &w.follow_up;
    Labels {
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
        goal_number: w.columns.goal_number,
        goal: w.annexes.goal_heading,
        matrix: l.matrix_title(year),
        matrix_intro: f.matrix_intro,
        municipality: f.municipality,
        rules: f.rules,
    }
}

/// The summary (priorities with their goals' statuses) and the goals with
/// their indicators, in the agreement's order.
fn goals(
    v: Version<'_>,
    agreement: &ValidatedAgreement,
    assessed: &[Assessed<'_, '_>],
    years: &[i32],
    year: i32,
) -> (Vec<SummaryPriority>, Vec<GoalView>) {
    let a = agreement.agreement();
    let mut goal_order: Vec<(usize, usize)> = Vec::new();
    let mut by_goal: HashMap<(usize, usize), Vec<&Assessed<'_, '_>>> = HashMap::new();
    for x in assessed {
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
            .filter(|x| x.assessment.status != IndicatorStatus::NoData)
            .count();
        let valued_goal = list.iter().any(|x| valued(x, year));
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
                status: StatusView::of_goal(status, v, valued_goal, with_data, list.len()),
                assessed: v.locale.assessed(with_data, list.len()),
            });
        }
        goals.push(GoalView {
            number: goal_number(p, g),
            priority: format!("{} {}", priority_number(agreement, p), v.t(&priority.title)),
            text: v.plain(&goal.text),
            status: StatusView::of_goal(status, v, valued_goal, with_data, list.len()),
            indicators: list
                .iter()
                .map(|x| indicator_view(v, x, years, year))
                .collect(),
        });
    }
    (summary, goals)
}

/// An indicator: its values by year, status, chart, notes and sources.
fn indicator_view(v: Version<'_>, x: &Assessed<'_, '_>, years: &[i32], year: i32) -> IndicatorView {
    let a = v.agreement;
    let l = v.locale;
    let ind = x.indicator;
    let (chart, alt) = chart(v, x, years, year);
    let mut columns = Vec::new();
    let mut values = Vec::new();
    if let Some(baseline) = ind.baseline_value {
        columns.push(l.baseline_label(ind.baseline_year));
        values.push(with_unit(v, baseline, ind));
    }
    for y in years {
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
        .filter_map(|e| {
            e.note
                .as_ref()
                .map(|n| format!("{}: {}", place_of(e), v.t(n)))
        })
        .collect();
    // Each source once, with the dates of its figures; the figures of no
    // named source together.
    let mut named: Vec<(&str, Vec<crate::Date>)> = Vec::new();
    let mut unnamed: Vec<crate::Date> = Vec::new();
    for e in &x.series.entries {
        match (&e.source, e.date) {
            (Some(s), date) => {
                let at = named.iter().position(|(n, _)| n == s).unwrap_or_else(|| {
                    named.push((s, Vec::new()));
                    named.len() - 1
                });
                if let Some(d) = date.filter(|d| !named[at].1.contains(d)) {
                    named[at].1.push(d);
                }
            }
            (None, Some(d)) if !unnamed.contains(&d) => unnamed.push(d),
            (None, _) => {}
        }
    }
    let mut sources: Vec<String> = named
        .into_iter()
        .map(|(s, dates)| {
            if dates.is_empty() {
                s.to_owned()
            } else {
                let dates: Vec<String> = dates.iter().map(|d| l.date(*d)).collect();
                format!("{s} ({})", dates.join(", "))
            }
        })
        .collect();
    if !unnamed.is_empty() {
        sources.push(l.unnamed_source(&unnamed));
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
        // A value with nothing to compare it with is there, but not
        // assessed: not "ei tietoa: 198".
        status: StatusView::of(x.assessment.status, v, valued(x, year)),
        status_text: format!(
            "{}: {}",
            l.status_of_value(x.assessment.status, valued(x, year)),
            l.reason(&x.assessment.reason, unit(v, ind))
        ),
        columns,
        values,
        chart,
        alt,
        notes,
        sources,
    }
}

/// Whether an indicator has a value for the year (for the whole area).
fn valued(x: &Assessed<'_, '_>, year: i32) -> bool {
    x.series.area.contains_key(&year)
}

/// An indicator's number by its place in the agreement: "2.1.3", its
/// priority's, goal's and own (1-based).
fn indicator_number(v: Version<'_>, x: &Assessed<'_, '_>) -> String {
    let goal = &v.agreement.priorities[x.p].goals[x.g];
    let i = goal
        .indicators
        .iter()
        .position(|i| std::ptr::eq(i, x.indicator))
        .map_or(0, |i| i + 1);
    let priority = v.agreement.priorities[x.p]
        .number
        .unwrap_or(u32::try_from(x.p + 1).unwrap_or(u32::MAX));
    format!("{priority}.{}.{i}", x.g + 1)
}

/// The annex: the indicators with values per municipality in the year,
/// [`MATRIX_COLUMNS`] to a table.
fn matrix(v: Version<'_>, assessed: &[Assessed<'_, '_>], year: i32) -> Vec<MatrixTable> {
    let a = v.agreement;
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
    municipal
        .chunks(MATRIX_COLUMNS)
        .map(|chunk| MatrixTable {
            columns: chunk
                .iter()
                .map(|x| MatrixColumn {
                    // "Mittari 2.1.3" rather than the id "p2.g1.i3".
                    id: v.locale.indicator_label(&indicator_number(v, x)),
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
        .collect()
}

/// The report's view data as JSON text, to look at while writing a
/// template of your own (`templates/DATA.md` describes it).
///
/// ```
/// use sopimus::follow_up::{self, FollowUpOptions};
///
/// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let loaded = follow_up::load("examples/kanta-hame-2026-seuranta.toml")?;
/// let measurements = follow_up::check(&agreement, vec![loaded])?;
/// let json = follow_up::report::view_data(&agreement, &measurements, &FollowUpOptions::default())?;
/// assert!(json.trim_start().starts_with('{'));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`TableError::Mismatch`](super::TableError::Mismatch) when the
/// measurements were checked against another agreement,
/// [`TableError::Language`](super::TableError::Language) when the agreement
/// is not written in the language asked for.
pub fn view_data(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Result<String, super::TableError> {
    super::table::same_agreement(agreement, measurements)?;
    Ok(
        serde_json::to_string_pretty(&view(agreement, measurements, options)?)
            .expect("the view serialises"),
    )
}
