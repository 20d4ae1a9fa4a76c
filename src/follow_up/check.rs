//! Checking measurements against the agreement they follow up.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{Hash, Hasher};

use serde::Serialize;

use crate::diagnostic::{Message, Severity, Spot, Word};
use crate::ids::{Date, ItemId, PartyId};
use crate::model::{Indicator, ValueKind};
use crate::validate::ValidatedAgreement;

use super::{
    Field, InvalidMeasurements, LoadedMeasurements, Measurement, MeasurementFinding,
    MeasurementReport, RawValue, finding, indicator_municipalities, limits,
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
#[non_exhaustive]
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
    /// A note, in one language or several.
    pub note: Option<crate::text::Text>,
}

/// Measurements that passed [`check`] against an agreement: the only kind
/// the follow-up report takes.
#[derive(Clone, Debug)]
pub struct ValidatedMeasurements {
    notes: Vec<String>,
    entries: Vec<Entry>,
    report: MeasurementReport,
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
    pub fn report(&self) -> &MeasurementReport {
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
            report: MeasurementReport::default(),
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

/// The finding of a value that is not of its indicator's kind.
fn not_of_kind(kind: ValueKind, indicator: &Indicator, value: String) -> Message {
    match kind {
        ValueKind::Number => Message::MeasurementNotANumber { value },
        ValueKind::Percentage => Message::MeasurementNotAPercentage { value },
        ValueKind::Scale => {
            let [low, high] = indicator.scale.unwrap_or([1, 5]);
            Message::MeasurementNotAScalePoint { value, low, high }
        }
        ValueKind::YesNo => Message::MeasurementNotYesNo { value },
        ValueKind::ActionStatus => Message::MeasurementNotAStatus { value },
    }
}

/// Characters that never belong in printed text.
fn text_problem(value: &str) -> Option<Message> {
    if value.trim().is_empty() {
        return Some(Message::MeasurementTextEmpty {});
    }
    let chars = value.chars().count();
    if chars > limits::TEXT_CHARS {
        return Some(Message::MeasurementTextTooLong {
            chars,
            limit: limits::TEXT_CHARS,
        });
    }
    let codepoint = |c: char| format!("{:04X}", u32::from(c));
    if let Some(c) = value
        .chars()
        .find(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    {
        return Some(Message::MeasurementTextDirectionControl {
            codepoint: codepoint(c),
        });
    }
    if let Some(c) = value
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        return Some(Message::MeasurementTextControlCharacter {
            codepoint: codepoint(c),
        });
    }
    if let Some(c) = value.chars().find(|c| !crate::coverage::printable(*c)) {
        return Some(Message::MeasurementTextGlyphMissing {
            character: c,
            codepoint: codepoint(c),
        });
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
/// ```
/// use sopimus::follow_up::{self, InvalidMeasurements};
///
/// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.agreement.validate()?;
/// let mut loaded = follow_up::load("examples/kanta-hame-2026-seuranta.toml")?;
/// // A measurement for an id the agreement does not have.
/// loaded.measurements.measurements[0].indicator = "no-such-indicator".into();
/// let Err(InvalidMeasurements(report)) = follow_up::check(&agreement, vec![loaded]) else {
///     panic!("the id is unknown");
/// };
/// let finding = report.errors().next().expect("an error");
/// assert_eq!(finding.code().as_str(), "measurement-unknown-indicator");
/// assert!(finding.file().ends_with("kanta-hame-2026-seuranta.toml"), "named by its file");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`InvalidMeasurements`] with the whole report (errors and warnings, each
/// with its file and place) when any finding is an error.
pub fn check(
    agreement: &ValidatedAgreement,
    inputs: Vec<LoadedMeasurements>,
) -> Result<ValidatedMeasurements, InvalidMeasurements> {
    let indicators = super::indicators(agreement);
    let mut checker = Checker::new(agreement, &indicators);
    checker.check_files(&inputs);
    checker.check_share_counts(&inputs);
    checker.finish()
}

/// The indicators of an agreement as [`super::indicators`] lists them.
type Indicators<'a> = [(ItemId, usize, usize, &'a Indicator)];

/// What the steps of [`check`] share: the agreement, its indicators, and
/// what was found and kept so far.
struct Checker<'a> {
    agreement: &'a ValidatedAgreement,
    indicators: &'a Indicators<'a>,
    by_id: HashMap<&'a str, (usize, &'a Indicator)>,
    /// The ids a finding of an unknown indicator lists: the first eight.
    known_indicators: String,
    first_year: i32,
    last_year: Option<i32>,
    findings: Vec<MeasurementFinding>,
    entries: Vec<(usize, Option<usize>, Entry)>,
    /// The file and index of the first value of each indicator, year and
    /// municipality.
    seen: HashMap<(usize, i32, Option<usize>), (usize, usize)>,
    notes: Vec<String>,
}

impl<'a> Checker<'a> {
    /// A checker of measurements against `agreement`, nothing found yet.
    fn new(agreement: &'a ValidatedAgreement, indicators: &'a Indicators<'a>) -> Self {
        let a = agreement.agreement();
        let by_id = indicators
            .iter()
            .enumerate()
            .map(|(k, (id, _, _, ind))| (id.as_str(), (k, *ind)))
            .collect();
        let known_indicators = {
            let known: Vec<&str> = indicators.iter().map(|(id, ..)| id.as_str()).collect();
            if known.len() > 8 {
                format!("{}, …", known[..8].join(", "))
            } else {
                known.join(", ")
            }
        };
        Checker {
            agreement,
            indicators,
            by_id,
            known_indicators,
            first_year: a.meta.date.year(),
            last_year: a.validity.until.map(|d| d.year()),
            findings: Vec::new(),
            entries: Vec::new(),
            seen: HashMap::new(),
            notes: Vec::new(),
        }
    }

    /// Records an error at a field of the `index`th measurement of `loaded`.
    fn error(&mut self, loaded: &LoadedMeasurements, index: usize, field: Field, detail: Message) {
        self.findings.push(finding(
            Severity::Error,
            &loaded.path,
            loaded.place(index, field),
            detail,
        ));
    }

    /// Checks every file in turn: its reading's findings, its note, the
    /// limit of values, then each of its measurements.
    fn check_files(&mut self, inputs: &[LoadedMeasurements]) {
        let total: usize = inputs
            .iter()
            .map(|l| l.measurements.measurements.len())
            .sum();
        for (f, loaded) in inputs.iter().enumerate() {
            self.findings.extend(loaded.findings.iter().cloned());
            self.check_note(loaded);
            if total > limits::MEASUREMENTS {
                let detail = Message::MeasurementLimitExceeded {
                    total,
                    limit: limits::MEASUREMENTS,
                };
                self.error(loaded, 0, Field::Row, detail);
                break;
            }
            for (j, m) in loaded.measurements.measurements.iter().enumerate() {
                self.check_measurement(inputs, f, j, m);
            }
        }
    }

    /// Keeps a file's note when it prints, else records why it does not.
    fn check_note(&mut self, loaded: &LoadedMeasurements) {
        if let Some(note) = &loaded.measurements.note {
            match text_problem(note) {
                Some(problem) => self.findings.push(finding(
                    Severity::Error,
                    &loaded.path,
                    loaded.note_place(),
                    problem,
                )),
                None => self.notes.push(note.clone()),
            }
        }
    }

    /// Checks the `j`th measurement of the `f`th file, field by field, and
    /// keeps it as an entry when nothing is wrong with it.
    fn check_measurement(
        &mut self,
        inputs: &[LoadedMeasurements],
        f: usize,
        j: usize,
        m: &Measurement,
    ) {
        let loaded = &inputs[f];
        let indicator = self.check_indicator(loaded, j, m);
        let mut ok = indicator.is_some();
        ok &= self.check_year(loaded, j, m);
        let (party, party_ok) = self.check_municipality(loaded, j, m, indicator);
        ok &= party_ok;
        let value = indicator.and_then(|(_, ind)| self.check_value(loaded, j, m, ind));
        ok &= value.is_some();
        ok &= self.check_texts(loaded, j, m);
        ok &= self.check_date(loaded, j, m);
        let (Some((k, _)), Some(value)) = (indicator, value) else {
            return;
        };
        if m.municipality.is_some() && party.is_none() {
            return;
        }
        if self.check_duplicate(inputs, f, j, m, k, party) {
            return;
        }
        if ok {
            let a = self.agreement.agreement();
            self.entries.push((
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

    /// The indicator a measurement names (its place among the indicators),
    /// or `None` with an error when it names none.
    fn check_indicator(
        &mut self,
        loaded: &LoadedMeasurements,
        j: usize,
        m: &Measurement,
    ) -> Option<(usize, &'a Indicator)> {
        let indicator = self.by_id.get(m.indicator.as_str()).copied();
        if indicator.is_none() {
            let id = m.indicator.as_str();
            let detail = match self.agreement.ids().find(&m.indicator) {
                Some(item) => Message::MeasurementNotAnIndicator {
                    id: id.to_owned(),
                    kind: match item.kind {
                        crate::ids::ItemKind::Priority => Word::APriority,
                        crate::ids::ItemKind::Goal => Word::AGoal,
                        crate::ids::ItemKind::Action => Word::AnAction,
                        _ => Word::AnItem,
                    },
                },
                None => Message::MeasurementUnknownIndicator {
                    id: shown(id),
                    known: self.known_indicators.clone(),
                },
            };
            self.error(loaded, j, Field::Indicator, detail);
        }
        indicator
    }

    /// Whether a measurement's year is within the agreement's validity;
    /// records an error when not.
    fn check_year(&mut self, loaded: &LoadedMeasurements, j: usize, m: &Measurement) -> bool {
        let detail = if !(1900..=9999).contains(&m.year) {
            Message::MeasurementYearOutOfRange { year: m.year }
        } else if m.year < self.first_year {
            Message::MeasurementYearBeforeAgreement {
                first: self.first_year,
                year: m.year,
            }
        } else if let Some(last) = self.last_year
            && m.year > last
        {
            Message::MeasurementYearAfterValidity { last, year: m.year }
        } else {
            return true;
        };
        self.error(loaded, j, Field::Year, detail);
        false
    }

    /// The party a measurement's municipality names (`None` for the whole
    /// area, or when it names no municipality), and whether it is one the
    /// indicator is followed in; records an error when not.
    fn check_municipality(
        &mut self,
        loaded: &LoadedMeasurements,
        j: usize,
        m: &Measurement,
        indicator: Option<(usize, &Indicator)>,
    ) -> (Option<usize>, bool) {
        let agreement = self.agreement;
        let a = agreement.agreement();
        let Some(key) = &m.municipality else {
            return (None, true);
        };
        match super::find_municipality(agreement, key) {
            None => {
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
                let detail = Message::MeasurementUnknownMunicipality {
                    key: shown(key),
                    known: known.join(", "),
                };
                self.error(loaded, j, Field::Municipality, detail);
                (None, false)
            }
            Some(i) if !a.parties[i].kind.is_municipality() => {
                let detail = Message::MeasurementNotAMunicipality {
                    party: a.parties[i].name.to_string(),
                };
                self.error(loaded, j, Field::Municipality, detail);
                (None, false)
            }
            Some(i) => {
                let mut ok = true;
                if let Some((_, ind)) = indicator
                    && !indicator_municipalities(agreement, ind).contains(&i)
                {
                    ok = false;
                    let detail = Message::MeasurementMunicipalityNotAmong {
                        party: a.parties[i].name.to_string(),
                    };
                    self.error(loaded, j, Field::Municipality, detail);
                }
                (Some(i), ok)
            }
        }
    }

    /// A measurement's value read as its indicator takes it: for a share
    /// of municipalities given for the whole area, the count of them; else
    /// a value of the indicator's kind. `None` with an error when it is not.
    fn check_value(
        &mut self,
        loaded: &LoadedMeasurements,
        j: usize,
        m: &Measurement,
        ind: &Indicator,
    ) -> Option<Value> {
        let raw = &m.value;
        // A municipality given but not found still marks the row as
        // one municipality's: its value is read as an answer.
        let municipal = m.municipality.is_some();
        let numeric = (ind.municipalities.is_some() && !municipal)
            || matches!(
                ind.effective_value_kind(),
                ValueKind::Number | ValueKind::Percentage | ValueKind::Scale
            );
        // Digits a double cannot hold are refused, not rounded (issue 20).
        if numeric
            && let RawValue::Text(text) = raw
            && crate::limits::whole_part_beyond_exact(text)
        {
            let detail = Message::MeasurementNumberNotExact {
                value: shown(text),
                limit: crate::limits::exact_whole_number_shown(),
            };
            self.error(loaded, j, Field::Value, detail);
            return None;
        }
        match (ind.municipalities, municipal) {
            (Some(share), false) => match number(raw, false) {
                Some(n) if n.fract() == 0.0 && n >= 0.0 && n <= f64::from(share.of()) => {
                    Some(Value::Count(n as u32))
                }
                _ => {
                    let detail = Message::MeasurementShareCount {
                        share: share.to_string(),
                        of: share.of(),
                        value: shown(&raw.to_string()),
                    };
                    self.error(loaded, j, Field::Value, detail);
                    None
                }
            },
            _ => self.check_value_of_kind(loaded, j, raw, ind),
        }
    }

    /// A value read as its indicator's kind: a number, a percentage 0–100,
    /// a point of the scale, yes/no or a status; `None` with an error when
    /// it is not one.
    fn check_value_of_kind(
        &mut self,
        loaded: &LoadedMeasurements,
        j: usize,
        raw: &RawValue,
        ind: &Indicator,
    ) -> Option<Value> {
        let kind = ind.effective_value_kind();
        let read = match kind {
            ValueKind::Number => number(raw, false).map(Value::Number),
            ValueKind::Percentage => match number(raw, true) {
                Some(n) if !(0.0..=100.0).contains(&n) => {
                    let detail = if n > 100.0 {
                        Message::MeasurementPercentageAbove100 {
                            value: shown(&raw.to_string()),
                        }
                    } else {
                        Message::MeasurementPercentageBelow0 {
                            value: shown(&raw.to_string()),
                        }
                    };
                    self.error(loaded, j, Field::Value, detail);
                    return None;
                }
                n => n.map(Value::Number),
            },
            ValueKind::Scale => {
                let [lo, hi] = ind.scale.unwrap_or([1, 5]);
                match number(raw, false) {
                    Some(n) if n.fract() != 0.0 || n < f64::from(lo) || n > f64::from(hi) => {
                        let detail = Message::MeasurementScalePoint {
                            value: shown(&raw.to_string()),
                            low: lo,
                            high: hi,
                        };
                        self.error(loaded, j, Field::Value, detail);
                        return None;
                    }
                    n => n.map(|n| Value::Scale(n as u32)),
                }
            }
            ValueKind::YesNo => yes_no(raw).map(Value::YesNo),
            ValueKind::ActionStatus => action_status(raw).map(Value::Action),
        };
        if read.is_none() {
            let detail = not_of_kind(kind, ind, shown(&raw.to_string()));
            self.error(loaded, j, Field::Value, detail);
        }
        read
    }

    /// Whether a measurement's source and note print; records an error for
    /// each that does not.
    fn check_texts(&mut self, loaded: &LoadedMeasurements, j: usize, m: &Measurement) -> bool {
        let mut ok = true;
        let note = m.note.iter().flat_map(|n| n.versions());
        let texts = (m.source.iter().map(|s| (Field::Source, s.as_str())))
            .chain(note.map(|(_, text)| (Field::Note, text)));
        for (field, text) in texts {
            if let Some(problem) = text_problem(text) {
                ok = false;
                self.error(loaded, j, field, problem);
            }
        }
        ok
    }

    /// Whether a measurement's date (if any) is of a year 1900–9999;
    /// records an error when not.
    fn check_date(&mut self, loaded: &LoadedMeasurements, j: usize, m: &Measurement) -> bool {
        if let Some(date) = m.date
            && !(1900..=9999).contains(&date.year())
        {
            let detail = Message::MeasurementDateOutOfRange {
                date: date.to_string(),
            };
            self.error(loaded, j, Field::Date, detail);
            return false;
        }
        true
    }

    /// Whether the `k`th indicator already has a value for this year and
    /// party, also in an earlier file: then records an error pointing to
    /// the first; else remembers this one as the first.
    fn check_duplicate(
        &mut self,
        inputs: &[LoadedMeasurements],
        f: usize,
        j: usize,
        m: &Measurement,
        k: usize,
        party: Option<usize>,
    ) -> bool {
        let Some(&(first_file, first_index)) = self.seen.get(&(k, m.year, party)) else {
            self.seen.insert((k, m.year, party), (f, j));
            return false;
        };
        let a = self.agreement.agreement();
        let first = &inputs[first_file];
        let mut at = first.place(first_index, Field::Row).spot();
        if first_file != f {
            at = Spot::InFile(Box::new(at), first.path.display().to_string());
        }
        let indicator = m.indicator.to_string();
        let detail = match party {
            Some(i) => Message::MeasurementDuplicateMunicipality {
                indicator,
                year: m.year,
                party: a.parties[i].name.to_string(),
                first: at,
            },
            None => Message::MeasurementDuplicate {
                indicator,
                year: m.year,
                first: at,
            },
        };
        self.error(&inputs[f], j, Field::Row, detail);
        true
    }

    /// Checks that a count given for the whole area agrees with the
    /// municipalities' answers.
    fn check_share_counts(&mut self, inputs: &[LoadedMeasurements]) {
        let indicators = self.indicators;
        let mut answers: BTreeMap<(usize, i32), (u32, u32)> = BTreeMap::new();
        for (k, party, e) in &self.entries {
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
        for (k, party, e) in &self.entries {
            let (Value::Count(count), None) = (e.value, party) else {
                continue;
            };
            let Some(&(yes, answered)) = answers.get(&(*k, e.year)) else {
                continue;
            };
            let of =
                u32::try_from(indicator_municipalities(self.agreement, indicators[*k].3).len())
                    .unwrap_or(u32::MAX);
            let unanswered = of.saturating_sub(answered);
            if count < yes || count > yes + unanswered {
                let (f, j) = self.seen[&(*k, e.year, None)];
                let detail = if unanswered == 0 {
                    Message::MeasurementCountDiffers { count, yes }
                } else {
                    Message::MeasurementCountImpossible {
                        count,
                        yes,
                        unanswered,
                    }
                };
                self.findings.push(finding(
                    Severity::Error,
                    &inputs[f].path,
                    inputs[f].place(j, Field::Value),
                    detail,
                ));
            }
        }
    }

    /// The checked measurements, entries in order, or every finding when
    /// one is an error.
    fn finish(self) -> Result<ValidatedMeasurements, InvalidMeasurements> {
        let report = MeasurementReport {
            findings: self.findings,
            file: None,
        };
        if report.has_errors() {
            return Err(crate::diagnostic::Invalid(report));
        }
        let mut entries = self.entries;
        entries.sort_by(|x, y| {
            (x.0, x.2.year, x.1.map_or(0, |i| i + 1)).cmp(&(
                y.0,
                y.2.year,
                y.1.map_or(0, |i| i + 1),
            ))
        });
        Ok(ValidatedMeasurements {
            notes: self.notes,
            entries: entries.into_iter().map(|(_, _, e)| e).collect(),
            report,
            fingerprint: fingerprint(self.agreement),
        })
    }
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
