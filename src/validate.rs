//! Validation: every problem of an agreement at once, each with its place.
//!
//! [`validate`] walks the whole agreement and collects [`Finding`]s, errors
//! and warnings, each with a path into the input such as
//! `parties[4].business_id`. Only an agreement without errors becomes a
//! [`ValidatedAgreement`], the type the renderer takes.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde::Serialize;

use crate::ids::{BusinessId, Date, MunicipalityShare};
use crate::model::{Agreement, Block, Frequency, Insert, PartyKind, Status};
use crate::text::{RichText, Span};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The agreement cannot be rendered until this is fixed.
    Error,
    /// Worth a look; the agreement is still valid.
    Warning,
}

/// One problem found in an agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// Where in the input, e.g. `parties[4].business_id`.
    pub path: String,
    /// What is wrong and how to fix it, in plain words.
    pub message: String,
    /// Line and column of the place in the source file, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

/// A line and column in a source file, both counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}: {}", self.path, self.message)
    }
}

/// All findings of one validation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The findings in the order of the input.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
    }

    /// Fills in line and column of each finding from the TOML source the
    /// agreement was parsed from.
    pub fn locate_in_toml(&mut self, source: &str) {
        for finding in &mut self.findings {
            finding.location = crate::locate::toml_path(source, &finding.path);
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        Ok(())
    }
}

/// Settings for [`validate`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ValidateOptions {
    /// The date taken as today, for the rule that nothing is approved or
    /// signed in the future; the system's local date when `None`.
    pub today: Option<Date>,
}

impl ValidateOptions {
    /// Options with a fixed date for today, for reproducible results.
    pub fn with_today(today: Date) -> Self {
        ValidateOptions { today: Some(today) }
    }
}

/// An agreement that passed validation: the only input the renderer takes.
#[derive(Clone, Debug)]
pub struct ValidatedAgreement {
    agreement: Agreement,
    business_ids: Vec<BusinessId>,
    report: Report,
}

impl ValidatedAgreement {
    /// The agreement.
    pub fn agreement(&self) -> &Agreement {
        &self.agreement
    }

    /// The checked business ID of each party, in party order.
    pub fn business_ids(&self) -> &[BusinessId] {
        &self.business_ids
    }

    /// The warnings validation left.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Gives back the agreement.
    pub fn into_inner(self) -> Agreement {
        self.agreement
    }
}

/// Why an agreement did not validate: its report, with at least one error.
#[derive(Clone, Debug, thiserror::Error)]
#[error("the agreement has {} error(s); see the report", .0.errors().count())]
pub struct Invalid(pub Report);

impl Agreement {
    /// Validates with default options; see [`validate`].
    ///
    /// # Errors
    ///
    /// Returns [`Invalid`] with the full report when any finding is an error.
    pub fn validate(self) -> Result<ValidatedAgreement, Invalid> {
        validate(self, &ValidateOptions::default())
    }
}

/// Checks every rule and returns the validated agreement, or every finding.
///
/// Warnings do not stop validation; they stay readable from
/// [`ValidatedAgreement::report`].
///
/// # Errors
///
/// Returns [`Invalid`] with the full report when any finding is an error.
pub fn validate(
    agreement: Agreement,
    options: &ValidateOptions,
) -> Result<ValidatedAgreement, Invalid> {
    let today = options
        .today
        .unwrap_or_else(|| Date(chrono::Local::now().date_naive()));
    let mut checker = Checker {
        a: &agreement,
        today,
        findings: Vec::new(),
        used_footnotes: BTreeSet::new(),
        inserts: HashMap::new(),
    };
    let business_ids = checker.run();
    let report = Report {
        findings: checker.findings,
    };
    if report.has_errors() {
        return Err(Invalid(report));
    }
    Ok(ValidatedAgreement {
        agreement,
        business_ids: business_ids.into_iter().flatten().collect(),
        report,
    })
}

/// Limits that keep a mistaken or hostile input from exhausting time or
/// memory; each is far above any real agreement (the largest county has 32
/// parties, the 2026 draft 4 priorities).
pub mod limits {
    /// Parties in one agreement.
    pub const PARTIES: usize = 1_000;
    /// Forums and working groups.
    pub const FORUMS: usize = 500;
    /// Sections of prose.
    pub const SECTIONS: usize = 200;
    /// Blocks (paragraphs, lists …) in one section, tier or follow-up text,
    /// and items in one list.
    pub const BLOCKS: usize = 1_000;
    /// Priorities.
    pub const PRIORITIES: usize = 500;
    /// Goals in all priorities together.
    pub const GOALS: usize = 2_000;
    /// Indicators and actions in all goals together, each.
    pub const INDICATORS: usize = 10_000;
    /// Characters in one text field (a 100 KB paragraph is fine).
    pub const TEXT_CHARS: usize = 200_000;
}

/// Characters that never belong in document text.
fn bad_control(s: &str) -> Option<char> {
    s.chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
}

/// Bidirectional embedding, override and isolate controls: they reorder
/// what a reader sees without changing the text ("Trojan Source"). Right-
/// to-left scripts need none of them; the marks U+200E/U+200F stay allowed.
fn direction_override(s: &str) -> Option<char> {
    s.chars()
        .find(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

struct Checker<'a> {
    a: &'a Agreement,
    today: Date,
    findings: Vec<Finding>,
    used_footnotes: BTreeSet<String>,
    inserts: HashMap<Insert, String>,
}

impl<'a> Checker<'a> {
    fn push(&mut self, severity: Severity, path: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            severity,
            path: path.into(),
            message: message.into(),
            location: None,
        });
    }

    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, path, message);
    }

    fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, path, message);
    }

    /// A plain text field that must not be blank.
    fn required(&mut self, path: &str, value: &str, what: &str) {
        if value.trim().is_empty() {
            self.error(path, format!("the {what} is empty; write it out"));
        } else {
            self.plain(path, value);
        }
    }

    /// A plain text field: no control characters, no direction overrides.
    fn plain(&mut self, path: &str, value: &str) {
        if value.len() > limits::TEXT_CHARS {
            let chars = value.chars().count();
            if chars > limits::TEXT_CHARS {
                self.error(
                    path,
                    format!(
                        "the text has {chars} characters, more than the limit of {}; split it or move it to an annex of its own",
                        limits::TEXT_CHARS
                    ),
                );
            }
        }
        if let Some(c) = direction_override(value) {
            self.error(
                path,
                format!(
                    "the text contains the invisible direction control U+{:04X}, which makes the text show in another order than it is written; a signed document must read as written, so remove it",
                    u32::from(c)
                ),
            );
        }
        if let Some(c) = bad_control(value) {
            self.error(
                path,
                format!(
                    "the text contains the control character U+{:04X}, which cannot be printed; remove it",
                    u32::from(c)
                ),
            );
        }
    }

    /// Rich text: marks parse, footnotes resolve.
    fn rich(&mut self, path: &str, text: &RichText, required: bool) {
        self.plain(path, text.as_str());
        match text.spans() {
            Err(e) => self.error(path, e.to_string()),
            Ok(spans) => {
                for span in spans {
                    if let Span::Footnote(key) = span {
                        if self.a.footnotes.contains_key(&key) {
                            self.used_footnotes.insert(key);
                        } else {
                            self.error(
                                path,
                                format!(
                                    "the footnote `[^{key}]` is not defined; add `\"{key}\" = \"…\"` under `[footnotes]`"
                                ),
                            );
                        }
                    }
                }
            }
        }
        if required && text.is_blank() {
            self.error(path, "the text is empty; write it out");
        }
    }

    fn blocks(&mut self, path: &str, blocks: &[Block]) {
        for (i, block) in blocks.iter().enumerate() {
            let path = format!("{path}[{i}]");
            match block {
                Block::Paragraph(t) => self.rich(&format!("{path}.paragraph"), t, true),
                Block::Bullets(items) | Block::Numbered(items) => {
                    if items.is_empty() {
                        self.error(&path, "the list has no items; add items or remove the list");
                    }
                    for (j, item) in items.iter().enumerate() {
                        self.rich(&format!("{path}[{j}]"), item, true);
                    }
                }
                Block::Subheading(h) => {
                    self.required(&format!("{path}.subheading"), h, "subheading")
                }
                Block::Insert(what) => {
                    if let Some(first) = self.inserts.get(what) {
                        let message = format!(
                            "`{}` is already inserted at `{first}`; the same content would print twice",
                            insert_name(*what)
                        );
                        self.warning(&path, message);
                    } else {
                        self.inserts.insert(*what, path.clone());
                    }
                }
            }
        }
    }

    fn run(&mut self) -> Vec<Option<BusinessId>> {
        let a = self.a;
        self.limits();
        self.meta();
        let ids = self.parties();
        for (i, s) in a.sections.iter().enumerate() {
            self.required(
                &format!("sections[{i}].heading"),
                &s.heading,
                "section heading",
            );
            self.blocks(&format!("sections[{i}].blocks"), &s.blocks);
        }
        self.legal_basis();
        self.structure();
        self.priorities();
        self.rules();
        self.representatives();
        self.footnotes_and_inserts();
        ids
    }

    fn limits(&mut self) {
        let a = self.a;
        let goals: usize = a.priorities.iter().map(|p| p.goals.len()).sum();
        let goals_iter = || a.priorities.iter().flat_map(|p| &p.goals);
        let indicators: usize = goals_iter().map(|g| g.indicators.len()).sum();
        let actions: usize = goals_iter().map(|g| g.actions.len()).sum();
        let mut blocks: Vec<(String, usize)> = Vec::new();
        let mut count_blocks = |path: String, items: &[Block]| {
            blocks.push((path.clone(), items.len()));
            for (i, b) in items.iter().enumerate() {
                if let Block::Bullets(list) | Block::Numbered(list) = b {
                    blocks.push((format!("{path}[{i}]"), list.len()));
                }
            }
        };
        for (i, s) in a.sections.iter().enumerate() {
            count_blocks(format!("sections[{i}].blocks"), &s.blocks);
        }
        for (i, t) in a.tiers.iter().enumerate() {
            count_blocks(format!("tiers[{i}].blocks"), &t.blocks);
        }
        if let Some(f) = &a.follow_up {
            count_blocks("follow_up.text".to_owned(), &f.text);
        }
        let checks = [
            (
                "parties".to_owned(),
                a.parties.len(),
                limits::PARTIES,
                "parties",
            ),
            (
                "forums".to_owned(),
                a.forums.len(),
                limits::FORUMS,
                "forums",
            ),
            (
                "sections".to_owned(),
                a.sections.len(),
                limits::SECTIONS,
                "sections",
            ),
            (
                "priorities".to_owned(),
                a.priorities.len(),
                limits::PRIORITIES,
                "priorities",
            ),
            ("priorities".to_owned(), goals, limits::GOALS, "goals"),
            (
                "priorities".to_owned(),
                indicators,
                limits::INDICATORS,
                "indicators",
            ),
            (
                "priorities".to_owned(),
                actions,
                limits::INDICATORS,
                "actions",
            ),
        ];
        for (path, count, limit, what) in checks.into_iter().chain(
            blocks
                .into_iter()
                .map(|(p, n)| (p, n, limits::BLOCKS, "blocks or list items")),
        ) {
            if count > limit {
                self.error(
                    path,
                    format!("{count} {what} is more than the limit of {limit}; check that the input is what you meant, or split the agreement"),
                );
            }
        }
    }

    fn meta(&mut self) {
        let m = &self.a.meta;
        self.required("meta.title", &m.title, "title");
        if let Some(s) = &m.short_title {
            self.required("meta.short_title", s, "short title");
        }
        if let Some(v) = &m.version {
            self.required("meta.version", v, "version label");
        }
    }

    fn parties(&mut self) -> Vec<Option<BusinessId>> {
        let a = self.a;
        if a.parties.is_empty() {
            self.error(
                "parties",
                "the agreement has no parties; add a `[[parties]]` table for each",
            );
        }
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut names: HashMap<String, usize> = HashMap::new();
        let mut bids: HashMap<BusinessId, usize> = HashMap::new();
        let mut checked = Vec::new();
        let counties: Vec<usize> = a
            .parties
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PartyKind::WellbeingServicesCounty)
            .map(|(i, _)| i)
            .collect();
        for (i, p) in a.parties.iter().enumerate() {
            let path = format!("parties[{i}]");
            let id = p.id.as_str();
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                self.error(
                    format!("{path}.id"),
                    format!("the party id `{id}` must be a short name of letters a–z, digits, `-` or `_`, e.g. `forssa`"),
                );
            } else if let Some(first) = ids.insert(id, i) {
                self.error(
                    format!("{path}.id"),
                    format!("the party id `{id}` is already used by `parties[{first}]`; give each party its own id"),
                );
            }
            self.required(&format!("{path}.name"), &p.name, "party name");
            let key = p.name.trim().to_lowercase();
            if !key.is_empty()
                && let Some(first) = names.insert(key, i)
            {
                self.error(
                        format!("{path}.name"),
                        format!("the name `{}` is the same as that of `parties[{first}]`; a party is listed once", p.name),
                    );
            }
            match p.business_id.parse() {
                Ok(bid) => {
                    if let Some(first) = bids.insert(bid.clone(), i) {
                        self.error(
                            format!("{path}.business_id"),
                            format!("the business ID `{bid}` is the same as that of `parties[{first}]`; check which party it belongs to"),
                        );
                    }
                    checked.push(Some(bid));
                }
                Err(e) => {
                    self.error(format!("{path}.business_id"), e.to_string());
                    checked.push(None);
                }
            }
            if let Some(addr) = &p.address {
                self.required(&format!("{path}.address"), addr, "address");
            }
            match &p.signatory {
                Some(s) => {
                    self.required(&format!("{path}.signatory.name"), &s.name, "signatory's name");
                    self.required(&format!("{path}.signatory.title"), &s.title, "signatory's title");
                }
                None if a.meta.status == Status::Final => self.error(
                    format!("{path}.signatory"),
                    format!(
                        "`{}` has no signatory, but a final agreement needs one for every party; add `signatory = {{ name = \"…\", title = \"…\" }}`",
                        p.name
                    ),
                ),
                None => {}
            }
            if let Some(ap) = &p.approval {
                self.required(&format!("{path}.approval.body"), &ap.body, "approving body");
                if ap.date > self.today {
                    self.error(
                        format!("{path}.approval.date"),
                        format!("the approving decision is dated {}, which is in the future; check the date", ap.date.finnish()),
                    );
                }
            }
            if let Some(signed) = p.signed_on {
                if signed > self.today {
                    self.error(
                        format!("{path}.signed_on"),
                        format!(
                            "`{}` cannot have signed on {}, which is in the future; check the date",
                            p.name,
                            signed.finnish()
                        ),
                    );
                }
                match &p.approval {
                    Some(ap) if signed < ap.date => self.error(
                        format!("{path}.signed_on"),
                        format!(
                            "`{}` signed on {} but approved the agreement only on {}; a party signs on or after its approving decision",
                            p.name,
                            signed.finnish(),
                            ap.date.finnish()
                        ),
                    ),
                    None => self.warning(
                        format!("{path}.approval"),
                        format!("`{}` has signed but no approving decision is recorded; add `approval = {{ body = \"…\", date = …, section = \"…\" }}`", p.name),
                    ),
                    _ => {}
                }
                if a.meta.status == Status::Draft {
                    self.warning(
                        format!("{path}.signed_on"),
                        "a signing date is recorded but the agreement is still a draft; set `meta.status = \"final\"` for the signed text",
                    );
                }
            }
        }
        match counties.len() {
            1 => {}
            0 if !a.parties.is_empty() => self.error(
                "parties",
                "no party is a wellbeing services county; exactly one party must have `kind = \"wellbeing_services_county\"`",
            ),
            0 => {}
            _ => {
                for &i in &counties[1..] {
                    self.error(
                        format!("parties[{i}].kind"),
                        format!(
                            "`parties[{}]` is already the wellbeing services county; an agreement has exactly one",
                            counties[0]
                        ),
                    );
                }
            }
        }
        checked
    }

    fn legal_basis(&mut self) {
        for (i, s) in self.a.legal_basis.iter().enumerate() {
            let path = format!("legal_basis[{i}]");
            self.required(&format!("{path}.name"), &s.name, "statute's name");
            if let Some(n) = &s.number {
                self.required(&format!("{path}.number"), n, "statute number");
            }
            if s.provisions.is_empty() {
                self.error(format!("{path}.provisions"), "no sections are cited; add `provisions = [{ section = \"14\", topic = \"…\" }]`");
            }
            for (j, p) in s.provisions.iter().enumerate() {
                self.required(
                    &format!("{path}.provisions[{j}].section"),
                    &p.section,
                    "section number",
                );
                self.required(&format!("{path}.provisions[{j}].topic"), &p.topic, "topic");
            }
        }
    }

    fn structure(&mut self) {
        let a = self.a;
        let mut levels: BTreeMap<u32, usize> = BTreeMap::new();
        for (i, t) in a.tiers.iter().enumerate() {
            let path = format!("tiers[{i}]");
            if let Some(first) = levels.insert(t.level, i) {
                self.error(
                    format!("{path}.level"),
                    format!(
                        "tier {} is already defined at `tiers[{first}]`; each level appears once",
                        t.level
                    ),
                );
            }
            self.required(&format!("{path}.name"), &t.name, "tier name");
            if let Some(l) = &t.level_name {
                self.required(&format!("{path}.level_name"), l, "level name");
            }
            self.blocks(&format!("{path}.blocks"), &t.blocks);
        }
        for (expected, (&level, &i)) in (1u32..).zip(levels.iter()) {
            if level != expected {
                self.error(
                    format!("tiers[{i}].level"),
                    format!("tiers must be numbered 1, 2, 3 … without gaps, but tier {expected} is missing before tier {level}"),
                );
                break;
            }
        }
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for (i, f) in a.forums.iter().enumerate() {
            let path = format!("forums[{i}]");
            let id = f.id.as_str();
            if id.trim().is_empty() {
                self.error(
                    format!("{path}.id"),
                    "the forum id is empty; give a short name such as `kh-hyte`",
                );
            } else if let Some(first) = ids.insert(id, i) {
                self.error(
                    format!("{path}.id"),
                    format!("the forum id `{id}` is already used by `forums[{first}]`; give each forum its own id"),
                );
            }
            self.required(&format!("{path}.name"), &f.name, "forum name");
            if let Some(s) = &f.short_name {
                self.required(&format!("{path}.short_name"), s, "short name");
            }
            if !levels.contains_key(&f.tier) {
                let known: Vec<String> = levels.keys().map(u32::to_string).collect();
                self.error(
                    format!("{path}.tier"),
                    if known.is_empty() {
                        format!(
                            "`{}` is placed in tier {}, but no tiers are defined; add `[[tiers]]`",
                            f.name, f.tier
                        )
                    } else {
                        format!(
                            "`{}` is placed in tier {}, which does not exist; the tiers are {}",
                            f.name,
                            f.tier,
                            known.join(", ")
                        )
                    },
                );
            }
            if let Some(c) = &f.convener {
                if c.party.is_none() && c.other.is_none() && !c.chair {
                    self.error(
                        format!("{path}.convener"),
                        "the convener names no one; give `party = \"…\"`, `other = \"…\"` or `chair = true`",
                    );
                }
                if c.party.is_some() && c.other.is_some() {
                    self.error(
                        format!("{path}.convener"),
                        "the convener names both a party and another body; keep one of `party` and `other`",
                    );
                }
                if let Some(p) = &c.party
                    && a.party(p).is_none()
                {
                    let msg = self.unknown_party(p.as_str());
                    self.error(format!("{path}.convener.party"), msg);
                }
                if let Some(o) = &c.other {
                    self.required(&format!("{path}.convener.other"), o, "convening body");
                }
            }
            if let Some(Frequency::PerYear(c) | Frequency::PerCouncilTerm(c)) = &f.frequency
                && (c.min == 0 || c.min > c.max)
            {
                self.error(
                        format!("{path}.frequency"),
                        format!("the meeting count {}–{} is not a range; write a count such as 2 or a range such as [3, 4]", c.min, c.max),
                    );
            }
            for (field, value) in [
                ("composition", &f.composition),
                ("serves", &f.serves),
                ("prepared_by", &f.prepared_by),
            ] {
                if let Some(v) = value {
                    self.required(&format!("{path}.{field}"), v, field);
                }
            }
            for (j, t) in f.tasks.iter().enumerate() {
                self.rich(&format!("{path}.tasks[{j}]"), t, true);
            }
        }
        for (i, j) in a.joint_meetings.iter().enumerate() {
            let path = format!("joint_meetings[{i}]");
            if j.forums.len() < 2 {
                self.error(
                    format!("{path}.forums"),
                    "a joint meeting needs at least two forums",
                );
            }
            for (k, id) in j.forums.iter().enumerate() {
                if a.forum(id).is_none() {
                    let msg = self.unknown_forum(id.as_str());
                    self.error(format!("{path}.forums[{k}]"), msg);
                }
            }
            if j.at_least_per_year == 0 {
                self.error(
                    format!("{path}.at_least_per_year"),
                    "a joint meeting is held at least once a year; write 1 or more",
                );
            }
        }
    }

    fn unknown_party(&self, id: &str) -> String {
        let known: Vec<&str> = self.a.parties.iter().map(|p| p.id.as_str()).collect();
        format!(
            "no party has the id `{id}`; use one of: {}",
            known.join(", ")
        )
    }

    fn unknown_forum(&self, id: &str) -> String {
        let known: Vec<&str> = self.a.forums.iter().map(|f| f.id.as_str()).collect();
        if known.is_empty() {
            format!("no forum has the id `{id}`; no forums are defined, add `[[forums]]`")
        } else {
            format!(
                "no forum has the id `{id}`; use one of: {}",
                known.join(", ")
            )
        }
    }

    fn priorities(&mut self) {
        let a = self.a;
        let municipalities = a.municipality_count() as u32;
        let mut numbers: HashMap<u32, usize> = HashMap::new();
        for (i, p) in a.priorities.iter().enumerate() {
            let path = format!("priorities[{i}]");
            self.required(&format!("{path}.title"), &p.title, "priority's title");
            if let Some(n) = p.number
                && let Some(first) = numbers.insert(n, i)
            {
                self.error(
                    format!("{path}.number"),
                    format!("priority number {n} is already used by `priorities[{first}]`"),
                );
            }
            if let Some(d) = &p.description {
                self.rich(&format!("{path}.description"), d, true);
            }
            if let Some(lead) = &p.lead {
                if lead.forums.is_empty() {
                    self.error(format!("{path}.lead.forums"), "the lead responsibility names no forum; add the id of the forum, working group or network that leads");
                }
                for (field, list) in [("forums", &lead.forums), ("partners", &lead.partners)] {
                    for (k, id) in list.iter().enumerate() {
                        if a.forum(id).is_none() {
                            let msg = self.unknown_forum(id.as_str());
                            self.error(format!("{path}.lead.{field}[{k}]"), msg);
                        }
                    }
                }
                if let Some(t) = &lead.text {
                    self.required(&format!("{path}.lead.text"), t, "lead responsibility text");
                }
            }
            if p.goals.is_empty() {
                self.error(
                    format!("{path}.goals"),
                    format!(
                        "the priority `{}` has no goals; every priority needs at least one goal",
                        p.title
                    ),
                );
            }
            for (g, goal) in p.goals.iter().enumerate() {
                let gpath = format!("{path}.goals[{g}]");
                self.rich(&format!("{gpath}.text"), &goal.text, true);
                if let Some(intro) = &goal.indicators_intro {
                    self.required(
                        &format!("{gpath}.indicators_intro"),
                        intro,
                        "introduction of the indicators",
                    );
                }
                if goal.indicators.is_empty() {
                    self.error(
                        format!("{gpath}.indicators"),
                        "the goal has no indicators; every goal needs at least one way to measure it",
                    );
                }
                for (k, ind) in goal.indicators.iter().enumerate() {
                    let ipath = format!("{gpath}.indicators[{k}]");
                    self.rich(&format!("{ipath}.text"), &ind.text, true);
                    if let Some(target) = &ind.target {
                        self.required(&format!("{ipath}.target"), target, "target");
                    }
                    if let Some(unit) = &ind.unit {
                        self.required(&format!("{ipath}.unit"), unit, "unit");
                    }
                    if let Some([lo, hi]) = ind.scale
                        && lo >= hi
                    {
                        self.error(
                            format!("{ipath}.scale"),
                            format!("the scale [{lo}, {hi}] is not a range; write it as [1, 5]"),
                        );
                    }
                    if let Some(share) = ind.municipalities {
                        self.share(&format!("{ipath}.municipalities"), share, municipalities);
                    }
                    for share in shares_in_text(&ind.text.plain()) {
                        self.share(&format!("{ipath}.text"), share, municipalities);
                    }
                    if let Some(y) = ind.baseline_year {
                        let year = chrono::Datelike::year(&a.meta.date.0);
                        if !(1900..=year).contains(&y) {
                            self.warning(
                                format!("{ipath}.baseline_year"),
                                format!("the baseline year {y} is not between 1900 and the agreement's year {year}; check it"),
                            );
                        }
                    }
                }
                for (k, action) in goal.actions.iter().enumerate() {
                    self.rich(&format!("{gpath}.actions[{k}].text"), &action.text, true);
                }
            }
        }
    }

    fn share(&mut self, path: &str, share: MunicipalityShare, municipalities: u32) {
        if share.of != municipalities {
            self.error(
                path,
                format!(
                    "the indicator counts out of {} municipalities (`{share}`), but the agreement has {municipalities}; write `X/{municipalities}`",
                    share.of
                ),
            );
        } else if share.count.is_some_and(|c| c > share.of) {
            self.error(
                path,
                format!("`{share}` counts more municipalities than there are"),
            );
        }
    }

    fn rules(&mut self) {
        let a = self.a;
        if let Some(f) = &a.follow_up {
            self.blocks("follow_up.text", &f.text);
            for (k, id) in f.forums.iter().enumerate() {
                if a.forum(id).is_none() {
                    let msg = self.unknown_forum(id.as_str());
                    self.error(format!("follow_up.forums[{k}]"), msg);
                }
            }
            for (field, m) in [
                ("from_month", f.window.from_month),
                ("to_month", f.window.to_month),
            ] {
                if !(1..=12).contains(&m) {
                    self.error(
                        format!("follow_up.window.{field}"),
                        format!("{m} is not a month; write 1 (January) to 12 (December)"),
                    );
                }
            }
        }
        if let Some(until) = a.validity.until
            && until <= a.meta.date
        {
            self.error(
                "validity.until",
                format!(
                    "the agreement would end on {}, not after its date {}; check the date",
                    until.finnish(),
                    a.meta.date.finnish()
                ),
            );
        }
        if let Some(r) = &a.validity.review {
            if r.deadline <= a.meta.date {
                self.error(
                    "validity.review.deadline",
                    format!(
                        "the review deadline {} is not after the agreement's date {}; the review comes later",
                        r.deadline.finnish(),
                        a.meta.date.finnish()
                    ),
                );
            }
            self.rich("validity.review.text", &r.text, true);
        }
        if a.termination.notice_months == 0 {
            self.error(
                "termination.notice_months",
                "the notice period is 0 months; it must be at least 1 month (the 2023 agreement has 12)",
            );
        } else if a.termination.notice_months > 60 {
            self.warning(
                "termination.notice_months",
                format!(
                    "a notice period of {} months is unusually long; check it",
                    a.termination.notice_months
                ),
            );
        }
        if let Some(place) = &a.signing.place {
            self.required("signing.place", place, "place of signing");
        }
        if a.signing.counterparts == Some(0) {
            self.error("signing.counterparts", "the agreement is made in at least one counterpart; write 1 or more, or leave it out for one per party");
        }
    }

    fn representatives(&mut self) {
        let a = self.a;
        for (i, r) in a.representatives.iter().enumerate() {
            let path = format!("representatives[{i}]");
            if a.party(&r.party).is_none() {
                let msg = self.unknown_party(r.party.as_str());
                self.error(format!("{path}.party"), msg);
            }
            match a.forum(&r.forum) {
                None => {
                    let msg = self.unknown_forum(r.forum.as_str());
                    self.error(format!("{path}.forum"), msg);
                }
                Some(f) if f.named_representatives == Some(false) => self.error(
                    format!("{path}.forum"),
                    format!(
                        "`{}` has no representatives named by the parties (`named_representatives = false`); remove this entry or change that setting",
                        f.name
                    ),
                ),
                Some(_) => {}
            }
            self.required(&format!("{path}.name"), &r.name, "representative's name");
            if let Some(d) = &r.deputy {
                self.required(&format!("{path}.deputy"), d, "deputy's name");
            }
        }
    }

    fn footnotes_and_inserts(&mut self) {
        let a = self.a;
        for (key, text) in &a.footnotes {
            self.rich(&format!("footnotes.{key}"), text, true);
            // A footnote nothing refers to would be missing from the PDF.
            if !self.used_footnotes.contains(key) {
                self.error(
                    format!("footnotes.{key}"),
                    format!("the footnote `{key}` is never referred to, so the agreement would not show it; add `[^{key}]` where it belongs or remove it"),
                );
            }
        }
        let missing = [
            (
                Insert::LegalBasis,
                !a.legal_basis.is_empty(),
                "legal_basis",
                "the statutes",
            ),
            (
                Insert::Tiers,
                !a.tiers.is_empty(),
                "tiers",
                "the tier descriptions",
            ),
            (
                Insert::FollowUp,
                a.follow_up.is_some(),
                "follow_up",
                "the follow-up rules",
            ),
        ];
        for (insert, present, path, what) in missing {
            let placed = self.inserts.contains_key(&insert);
            // Content that is given but never placed would be silently
            // missing from the signed document.
            if present && !placed && !a.sections.is_empty() {
                self.error(
                    path,
                    format!(
                        "{what} are not placed in any section, so the agreement text would not show them; add `{{ insert = \"{}\" }}` to a section's blocks",
                        insert_name(insert)
                    ),
                );
            }
            if !present && placed {
                let at = self.inserts[&insert].clone();
                self.error(at, format!("`{}` is inserted here but the agreement has none; add them or remove the insert", insert_name(insert)));
            }
        }
        for (insert, what) in [
            (Insert::Validity, "entry into force and duration"),
            (Insert::Termination, "termination rules"),
        ] {
            if !self.inserts.contains_key(&insert) && !a.sections.is_empty() {
                self.error(
                    "sections",
                    format!("the {what} are not placed in any section, so the agreement text would not show them; add `{{ insert = \"{}\" }}` to a section's blocks", insert_name(insert)),
                );
            }
        }
        if self.inserts.contains_key(&Insert::StructureFigure) && a.forums.is_empty() {
            let at = self.inserts[&Insert::StructureFigure].clone();
            self.error(at, "the structure figure is drawn from the forums, but none are defined; add `[[forums]]` or remove the insert");
        }
        if self.inserts.contains_key(&Insert::Priorities) && a.priorities.is_empty() {
            let at = self.inserts[&Insert::Priorities].clone();
            self.error(at, "the priorities are inserted here but none are defined; add `[[priorities]]` or remove the insert");
        }
    }
}

/// The snake_case name of an insert as written in the input.
fn insert_name(insert: Insert) -> &'static str {
    match insert {
        Insert::LegalBasis => "legal_basis",
        Insert::Priorities => "priorities",
        Insert::StructureFigure => "structure_figure",
        Insert::Tiers => "tiers",
        Insert::FollowUp => "follow_up",
        Insert::Validity => "validity",
        Insert::Termination => "termination",
    }
}

/// Finds shares such as `X/11` or `11/11` in indicator text. Dates such as
/// `1.1.2025` and ranges such as `2023–2024` do not match.
fn shares_in_text(text: &str) -> Vec<MunicipalityShare> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '/' && i > 0 && i + 1 < chars.len() {
            let mut start = i;
            while start > 0 && (chars[start - 1].is_ascii_digit() || chars[start - 1] == 'X') {
                start -= 1;
            }
            let mut end = i + 1;
            while end < chars.len() && chars[end].is_ascii_digit() {
                end += 1;
            }
            let boundary_before = start == 0 || !chars[start - 1].is_alphanumeric();
            let boundary_after = end == chars.len() || !chars[end].is_alphanumeric();
            if start < i && end > i + 1 && boundary_before && boundary_after {
                let s: String = chars[start..end].iter().collect();
                if let Ok(share) = s.parse::<MunicipalityShare>() {
                    found.push(share);
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_shares() {
        let s =
            |t: &str| -> Vec<String> { shares_in_text(t).iter().map(|s| s.to_string()).collect() };
        assert_eq!(s("kyselyin (X/11) vuosittain"), vec!["X/11"]);
        assert_eq!(s("aikana (11/11)."), vec!["11/11"]);
        assert!(s("1.1.2025 ja/tai 2023–2024, K/E").is_empty());
        assert!(s("viranhaltija/työntekijä").is_empty());
    }
}
