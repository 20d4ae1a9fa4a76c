//! Checking measurements against the agreement they follow up.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{Hash, Hasher};

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::ids::{Date, ItemId, PartyId};
use crate::model::{Indicator, ValueKind};
use crate::validate::ValidatedAgreement;

use super::{
    Field, Finding, Invalid, LoadedMeasurements, Place, RawValue, Report, indicator_municipalities,
    limits,
};

/// The status of an action (or of a municipality's part in it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Not started (*ei aloitettu*).
    NotStarted,
    /// In progress (*käynnissä*).
    InProgress,
    /// Done (*valmis*).
    Done,
}

/// A checked value, of the kind its indicator takes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Value {
    /// A number or a percentage.
    Number(f64),
    /// Yes or no.
    YesNo(bool),
    /// A point of the indicator's scale.
    Scale(u32),
    /// The status of an action.
    Action(ActionStatus),
    /// For a share of municipalities, the whole area's count of them.
    Count(u32),
}

/// One checked value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entry {
    /// The indicator's id.
    pub indicator: ItemId,
    /// The year.
    pub year: i32,
    /// The municipality (a party of the agreement); the whole area when `None`.
    pub municipality: Option<PartyId>,
    /// The value.
    pub value: Value,
    /// Where the figure comes from.
    pub source: Option<String>,
    /// The date of the figure.
    pub date: Option<Date>,
    /// A note.
    pub note: Option<String>,
}

/// Measurements that passed [`check`] against an agreement: the only kind
/// the follow-up report takes.
#[derive(Clone, Debug)]
pub struct ValidatedMeasurements {
    notes: Vec<String>,
    entries: Vec<Entry>,
    report: Report,
    fingerprint: u64,
}

impl ValidatedMeasurements {
    /// Every value, ordered by indicator (in the agreement's order), year
    /// and municipality (in the agreement's order, the whole area first).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The notes of the files, for the report's title page.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// The years that have values, in order.
    pub fn years(&self) -> BTreeSet<i32> {
        self.entries.iter().map(|e| e.year).collect()
    }

    /// The warnings checking left.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Whether these measurements were checked against this agreement (the
    /// same indicators and parties).
    pub fn checked_against(&self, agreement: &ValidatedAgreement) -> bool {
        self.fingerprint == fingerprint(agreement)
    }

    /// No values, checked against `agreement`: a report of it shows every
    /// indicator without data.
    pub fn empty(agreement: &ValidatedAgreement) -> Self {
        ValidatedMeasurements {
            notes: Vec::new(),
            entries: Vec::new(),
            report: Report::default(),
            fingerprint: fingerprint(agreement),
        }
    }
}

/// The indicators' and parties' ids, hashed.
fn fingerprint(agreement: &ValidatedAgreement) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for item in agreement.items() {
        item.id.hash(&mut hasher);
    }
    for p in &agreement.agreement().parties {
        p.id.hash(&mut hasher);
    }
    hasher.finish()
}

/// Reads a number: a number, or text with a decimal comma or point, spaces
/// as thousands separators, and a trailing `%` when `percent` is allowed.
fn number(raw: &RawValue, percent: bool) -> Option<f64> {
    match raw {
        RawValue::Number(n) => n.is_finite().then_some(*n),
        RawValue::Text(t) => {
            let mut t = t.trim().to_owned();
            if percent && let Some(s) = t.strip_suffix('%') {
                t = s.trim_end().to_owned();
            }
            let t: String = t
                .chars()
                .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
                .map(|c| match c {
                    ',' => '.',
                    '\u{2212}' => '-',
                    c => c,
                })
                .collect();
            if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || "+-.eE".contains(c)) {
                return None;
            }
            t.parse::<f64>().ok().filter(|n| n.is_finite())
        }
        RawValue::Bool(_) => None,
    }
}

fn yes_no(raw: &RawValue) -> Option<bool> {
    match raw {
        RawValue::Bool(b) => Some(*b),
        RawValue::Text(t) => match t.trim().to_lowercase().as_str() {
            "kyllä" | "k" | "ja" | "yes" | "y" | "true" | "on" => Some(true),
            "ei" | "e" | "nej" | "no" | "n" | "false" => Some(false),
            _ => None,
        },
        RawValue::Number(_) => None,
    }
}

fn action_status(raw: &RawValue) -> Option<ActionStatus> {
    match raw {
        RawValue::Text(t) => match t.trim().to_lowercase().replace('-', " ").as_str() {
            "not_started" | "not started" | "ei aloitettu" | "inte påbörjad" => {
                Some(ActionStatus::NotStarted)
            }
            "in_progress" | "in progress" | "käynnissä" | "kesken" | "pågår" => {
                Some(ActionStatus::InProgress)
            }
            "done" | "valmis" | "toteutettu" | "klar" | "genomförd" => Some(ActionStatus::Done),
            _ => None,
        },
        _ => None,
    }
}

/// What a value of this kind is written as, for messages.
fn expected(kind: ValueKind, indicator: &Indicator) -> String {
    match kind {
        ValueKind::Number => "a number, e.g. `12,5`".to_owned(),
        ValueKind::Percentage => "a percentage 0–100, e.g. `38,5`".to_owned(),
        ValueKind::Scale => {
            let [lo, hi] = indicator.scale.unwrap_or([1, 5]);
            format!("a whole number of the scale {lo}–{hi}")
        }
        ValueKind::YesNo => "yes or no: `kyllä` or `ei` (`true`/`false`)".to_owned(),
        ValueKind::ActionStatus => {
            "the status `ei aloitettu`, `käynnissä` or `valmis` (`not_started`, `in_progress`, `done`)"
                .to_owned()
        }
    }
}

/// Characters that never belong in printed text.
fn text_problem(value: &str) -> Option<String> {
    if value.trim().is_empty() {
        return Some("the text is empty; write it out or leave the field out".to_owned());
    }
    let chars = value.chars().count();
    if chars > limits::TEXT_CHARS {
        return Some(format!(
            "the text has {chars} characters, more than the limit of {}; shorten it",
            limits::TEXT_CHARS
        ));
    }
    if let Some(c) = value
        .chars()
        .find(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    {
        return Some(format!(
            "the text contains the invisible direction control U+{:04X}, which makes it show in another order than written; remove it",
            u32::from(c)
        ));
    }
    if let Some(c) = value
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        return Some(format!(
            "the text contains the control character U+{:04X}, which cannot be printed; remove it",
            u32::from(c)
        ));
    }
    if let Some(c) = value.chars().find(|c| !crate::coverage::printable(*c)) {
        return Some(format!(
            "the text contains `{c}` (U+{:04X}), which the report's fonts cannot show; replace it",
            u32::from(c)
        ));
    }
    None
}

/// Shows a value from the input in a message: control characters escaped.
fn shown(text: &str) -> String {
    let short: String = text.chars().take(60).collect();
    let more = if text.chars().count() > 60 { "…" } else { "" };
    format!("{}{more}", short.escape_debug())
}

/// Checks measurements from one or more files against the agreement, and
/// returns every finding at once, each with its file and place.
///
/// The rules: every indicator id names an indicator of the agreement (not a
/// goal or an action); every municipality is a municipality of the
/// agreement, by party id or municipality code, and one the indicator is
/// followed in (for a share, one it counts among); the year is within the
/// agreement's validity (from the agreement's year to `validity.until`);
/// the value is of the indicator's kind ([`ValueKind`]): a number, a
/// percentage 0–100, a whole point of the scale, yes/no, the status of an
/// action, or for a share the count of municipalities 0–N; no indicator has
/// two values for one year and municipality, also across files; a count
/// given for the whole area agrees with the municipalities' answers; text
/// prints (no control characters, no direction overrides, characters the
/// fonts have). Rows a table skipped with something in them are warnings.
///
/// # Errors
///
/// [`Invalid`] with the whole report when any finding is an error.
pub fn check(
    agreement: &ValidatedAgreement,
    inputs: Vec<LoadedMeasurements>,
) -> Result<ValidatedMeasurements, Invalid> {
    let a = agreement.agreement();
    let indicators = super::indicators(agreement);
    let by_id: HashMap<&str, (usize, &Indicator)> = indicators
        .iter()
        .enumerate()
        .map(|(k, (id, _, _, ind))| (id.as_str(), (k, *ind)))
        .collect();
    let first_year = a.meta.date.year();
    let last_year = a.validity.until.map(|d| d.year());
    let mut findings: Vec<Finding> = Vec::new();
    let mut entries: Vec<(usize, Option<usize>, Entry)> = Vec::new();
    let mut seen: HashMap<(usize, i32, Option<usize>), (usize, usize)> = HashMap::new();
    let mut notes = Vec::new();
    let total: usize = inputs
        .iter()
        .map(|l| l.measurements.measurements.len())
        .sum();
    for (f, loaded) in inputs.iter().enumerate() {
        findings.extend(loaded.findings.iter().cloned());
        if let Some(note) = &loaded.measurements.note {
            match text_problem(note) {
                Some(problem) => findings.push(Finding {
                    severity: Severity::Error,
                    file: loaded.path.clone(),
                    place: match loaded.source {
                        Some(_) => Place::Toml {
                            path: crate::FieldPath::root().key("note"),
                            location: loaded
                                .source
                                .as_deref()
                                .and_then(crate::locate::Locator::new)
                                .and_then(|l| l.find(&crate::FieldPath::root().key("note"))),
                        },
                        None => Place::File,
                    },
                    message: problem,
                }),
                None => notes.push(note.clone()),
            }
        }
        let mut error = |index: usize, field: Field, message: String| {
            findings.push(Finding {
                severity: Severity::Error,
                file: loaded.path.clone(),
                place: loaded.place(index, field),
                message,
            });
        };
        if total > limits::MEASUREMENTS {
            error(
                0,
                Field::Row,
                format!(
                    "{total} values in all is more than the limit of {}; check that these are the right files",
                    limits::MEASUREMENTS
                ),
            );
            break;
        }
        for (j, m) in loaded.measurements.measurements.iter().enumerate() {
            let mut ok = true;
            let indicator = by_id.get(m.indicator.as_str()).copied();
            if indicator.is_none() {
                ok = false;
                let id = m.indicator.as_str();
                let message = match agreement.ids().find(&m.indicator) {
                    Some(item) => format!(
                        "`{id}` is {}, not an indicator; give the id of one of its indicators (`sopimus ids` lists them)",
                        match item.kind {
                            crate::ids::ItemKind::Priority => "a priority",
                            crate::ids::ItemKind::Goal => "a goal",
                            crate::ids::ItemKind::Action => "an action",
                            _ => "an item",
                        }
                    ),
                    None => {
                        let known: Vec<&str> =
                            indicators.iter().map(|(id, ..)| id.as_str()).collect();
                        let listed = if known.len() > 8 {
                            format!("{}, …", known[..8].join(", "))
                        } else {
                            known.join(", ")
                        };
                        format!(
                            "no indicator of the agreement has the id `{}`; the ids are {listed} (`sopimus ids AGREEMENT` lists them all)",
                            shown(id)
                        )
                    }
                };
                error(j, Field::Indicator, message);
            }
            if !(1900..=9999).contains(&m.year) {
                ok = false;
                error(
                    j,
                    Field::Year,
                    format!("{} is not a year of the agreement; check it", m.year),
                );
            } else if m.year < first_year {
                ok = false;
                error(
                    j,
                    Field::Year,
                    format!(
                        "the agreement is from {first_year}, so {} is before it; a value from before the agreement is the indicator's baseline (`baseline_year`, `baseline_value` in the agreement)",
                        m.year
                    ),
                );
            } else if let Some(last) = last_year
                && m.year > last
            {
                ok = false;
                error(
                    j,
                    Field::Year,
                    format!(
                        "the agreement is in force until {last}, so it is not followed up in {}",
                        m.year
                    ),
                );
            }
            let party = match &m.municipality {
                None => None,
                Some(key) => match super::find_municipality(agreement, key) {
                    None => {
                        ok = false;
                        let known: Vec<String> = a
                            .parties
                            .iter()
                            .enumerate()
                            .filter(|(_, p)| p.kind.is_municipality())
                            .map(|(i, p)| match &agreement.municipality_codes()[i] {
                                Some(code) => format!("{} ({code})", p.id),
                                None => p.id.to_string(),
                            })
                            .collect();
                        error(
                            j,
                            Field::Municipality,
                            format!(
                                "no municipality of the agreement has the id or code `{}`; use one of: {}",
                                shown(key),
                                known.join(", ")
                            ),
                        );
                        None
                    }
                    Some(i) if !a.parties[i].kind.is_municipality() => {
                        ok = false;
                        error(
                            j,
                            Field::Municipality,
                            format!(
                                "`{}` is not a municipality; a value for the whole area has no `municipality`",
                                a.parties[i].name
                            ),
                        );
                        None
                    }
                    Some(i) => {
                        if let Some((_, ind)) = indicator
                            && !indicator_municipalities(agreement, ind).contains(&i)
                        {
                            ok = false;
                            error(
                                j,
                                Field::Municipality,
                                format!(
                                    "`{}` is not among the municipalities this share counts; give values for those `among` names",
                                    a.parties[i].name
                                ),
                            );
                        }
                        Some(i)
                    }
                },
            };
            let value = indicator.and_then(|(_, ind)| {
                let kind = ind.effective_value_kind();
                let raw = &m.value;
                // A municipality given but not found still marks the row as
                // one municipality's: its value is read as an answer.
                let municipal = m.municipality.is_some();
                match (ind.municipalities, municipal) {
                    (Some(share), false) => match number(raw, false) {
                        Some(n) if n.fract() == 0.0 && n >= 0.0 && n <= f64::from(share.of()) => {
                            Some(Value::Count(n as u32))
                        }
                        _ => {
                            error(
                                j,
                                Field::Value,
                                format!(
                                    "the indicator is a share of municipalities ({share}): a value for the whole area is the number of them, 0 to {}, not `{}`; or give each municipality's answer on a row of its own",
                                    share.of(),
                                    shown(&raw.to_string())
                                ),
                            );
                            None
                        }
                    },
                    _ => {
                        let read = match kind {
                            ValueKind::Number => number(raw, false).map(Value::Number),
                            ValueKind::Percentage => match number(raw, true) {
                                Some(n) if !(0.0..=100.0).contains(&n) => {
                                    error(
                                        j,
                                        Field::Value,
                                        format!(
                                            "a percentage is 0–100, but `{}` is {}",
                                            shown(&raw.to_string()),
                                            if n > 100.0 { "above 100" } else { "below 0" }
                                        ),
                                    );
                                    return None;
                                }
                                n => n.map(Value::Number),
                            },
                            ValueKind::Scale => {
                                let [lo, hi] = ind.scale.unwrap_or([1, 5]);
                                match number(raw, false) {
                                    Some(n)
                                        if n.fract() != 0.0
                                            || n < f64::from(lo)
                                            || n > f64::from(hi) =>
                                    {
                                        error(
                                            j,
                                            Field::Value,
                                            format!(
                                                "`{}` is not a point of the scale {lo}–{hi}; write a whole number from {lo} to {hi}",
                                                shown(&raw.to_string())
                                            ),
                                        );
                                        return None;
                                    }
                                    n => n.map(|n| Value::Scale(n as u32)),
                                }
                            }
                            ValueKind::YesNo => yes_no(raw).map(Value::YesNo),
                            ValueKind::ActionStatus => action_status(raw).map(Value::Action),
                        };
                        if read.is_none() {
                            error(
                                j,
                                Field::Value,
                                format!(
                                    "`{}` is not a value of this indicator, which takes {}",
                                    shown(&raw.to_string()),
                                    expected(kind, ind)
                                ),
                            );
                        }
                        read
                    }
                }
            });
            if value.is_none() {
                ok = false;
            }
            for (field, text) in [(Field::Source, &m.source), (Field::Note, &m.note)] {
                if let Some(text) = text
                    && let Some(problem) = text_problem(text)
                {
                    ok = false;
                    error(j, field, problem);
                }
            }
            if let Some(date) = m.date
                && !(1900..=9999).contains(&date.year())
            {
                ok = false;
                error(
                    j,
                    Field::Date,
                    format!("the date {date} is outside the years 1900–9999; check the year"),
                );
            }
            let (Some((k, _)), Some(value)) = (indicator, value) else {
                continue;
            };
            if m.municipality.is_some() && party.is_none() {
                continue;
            }
            match seen.get(&(k, m.year, party)) {
                Some(&(first_file, first_index)) => {
                    let first = &inputs[first_file];
                    let at = if first_file == f {
                        format!("{}", first.place(first_index, Field::Row))
                    } else {
                        format!(
                            "{} in `{}`",
                            first.place(first_index, Field::Row),
                            first.path.display()
                        )
                    };
                    let whom = match party {
                        Some(i) => format!(" for {}", a.parties[i].name),
                        None => String::new(),
                    };
                    error(
                        j,
                        Field::Row,
                        format!(
                            "`{}` already has a value for {}{whom} (at {at}); give each value once",
                            m.indicator, m.year
                        ),
                    );
                    continue;
                }
                None => {
                    seen.insert((k, m.year, party), (f, j));
                }
            }
            if ok {
                entries.push((
                    k,
                    party,
                    Entry {
                        indicator: m.indicator.clone(),
                        year: m.year,
                        municipality: party.map(|i| a.parties[i].id.clone()),
                        value,
                        source: m.source.clone(),
                        date: m.date,
                        note: m.note.clone(),
                    },
                ));
            }
        }
    }
    // A count given for the whole area agrees with the municipalities' answers.
    let mut answers: BTreeMap<(usize, i32), (u32, u32)> = BTreeMap::new();
    for (k, party, e) in &entries {
        if party.is_some() && indicators[*k].3.municipalities.is_some() {
            let slot = answers.entry((*k, e.year)).or_default();
            slot.1 += 1;
            if matches!(
                e.value,
                Value::YesNo(true) | Value::Action(ActionStatus::Done)
            ) {
                slot.0 += 1;
            }
        }
    }
    for (k, party, e) in &entries {
        let (Value::Count(count), None) = (e.value, party) else {
            continue;
        };
        let Some(&(yes, answered)) = answers.get(&(*k, e.year)) else {
            continue;
        };
        let of = u32::try_from(indicator_municipalities(agreement, indicators[*k].3).len())
            .unwrap_or(u32::MAX);
        let unanswered = of.saturating_sub(answered);
        if count < yes || count > yes + unanswered {
            let (f, j) = seen[&(*k, e.year, None)];
            let message = if unanswered == 0 {
                format!(
                    "the count {count} differs from the municipalities' answers, of which {yes} say yes (or done); make them agree, or leave the count out"
                )
            } else {
                format!(
                    "the count {count} cannot be right: {yes} municipalities answer yes (or done) and {unanswered} have no answer; make them agree, or leave the count out"
                )
            };
            findings.push(Finding {
                severity: Severity::Error,
                file: inputs[f].path.clone(),
                place: inputs[f].place(j, Field::Value),
                message,
            });
        }
    }
    let report = Report { findings };
    if report.has_errors() {
        return Err(Invalid(report));
    }
    entries.sort_by(|x, y| {
        (x.0, x.2.year, x.1.map_or(0, |i| i + 1)).cmp(&(y.0, y.2.year, y.1.map_or(0, |i| i + 1)))
    });
    Ok(ValidatedMeasurements {
        notes,
        entries: entries.into_iter().map(|(_, _, e)| e).collect(),
        report,
        fingerprint: fingerprint(agreement),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_the_finnish_way_too() {
        let t = |s: &str| RawValue::Text(s.to_owned());
        assert_eq!(number(&t("12,5"), false), Some(12.5));
        assert_eq!(number(&t("1 234,5"), false), Some(1234.5));
        assert_eq!(number(&t("38,5 %"), true), Some(38.5));
        assert_eq!(number(&t("38,5 %"), false), None);
        assert_eq!(number(&t("\u{2212}3"), false), Some(-3.0));
        assert_eq!(number(&t("NaN"), false), None);
        assert_eq!(number(&t("inf"), false), None);
        assert_eq!(number(&RawValue::Number(f64::NAN), false), None);
        assert_eq!(yes_no(&t(" Kyllä ")), Some(true));
        assert_eq!(yes_no(&t("E")), Some(false));
        assert_eq!(
            action_status(&t("ei aloitettu")),
            Some(ActionStatus::NotStarted)
        );
        assert_eq!(
            action_status(&t("in-progress")),
            Some(ActionStatus::InProgress)
        );
    }
}
