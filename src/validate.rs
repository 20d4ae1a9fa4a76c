//! Validation: every problem of an agreement at once, each with its place.
//!
//! [`validate`] walks the whole agreement and collects [`Finding`]s, errors
//! and warnings, each with a [`FieldPath`] into the input such as
//! `parties[4].business_id`. Only an agreement without errors becomes a
//! [`ValidatedAgreement`], the type the renderer takes.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde::Serialize;

use crate::ids::{BusinessId, Date, ItemId, MunicipalityCode, MunicipalityShare};
use crate::language::Language;
use crate::model::{
    Agreement, Among, AnnexContent, Block, BodyRef, Frequency, GoalsForm, Insert, Party, PartyKind,
    ProseBlock, Responsibility, Status, TierContent,
};
use crate::path::FieldPath;
use crate::text::{RichText, Span, Text};

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
    pub path: FieldPath,
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
    /// agreement was parsed from. A place the source does not have (an
    /// entry added in code, say) gets no location rather than a wrong one.
    pub fn locate_in_toml(&mut self, source: &str) {
        let located = crate::locate::Locator::new(source);
        for finding in &mut self.findings {
            finding.location = located.as_ref().and_then(|l| l.find(&finding.path));
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

/// Settings for [`validate`]: public fields with defaults, like the other
/// option structs ([`RenderOptions`](crate::RenderOptions),
/// [`ExportOptions`](crate::export::ExportOptions)).
#[derive(Clone, Debug, Default)]
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

/// What kind of item of the goals table an [`Item`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ItemKind {
    /// A priority.
    Priority,
    /// A goal.
    Goal,
    /// An indicator.
    Indicator,
    /// An action.
    Action,
}

/// A priority, goal, indicator or action with its stable id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Item {
    /// What it is.
    pub kind: ItemKind,
    /// Its id: as written, or generated from its place.
    pub id: ItemId,
    /// Whether the id was generated (not written in the input). A generated
    /// id changes when items are reordered; write it into the file to keep it.
    pub generated: bool,
    /// Where the item is in the input.
    pub path: FieldPath,
}

/// The ids of the items of one goal.
#[derive(Clone, Debug, PartialEq, Eq)]
struct GoalIds {
    id: usize,
    indicators: Vec<usize>,
    actions: Vec<usize>,
}

/// The stable ids of every priority, goal, indicator and action.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemIds {
    items: Vec<Item>,
    priorities: Vec<(usize, Vec<GoalIds>)>,
}

impl ItemIds {
    /// Every item, in document order (a priority, its goals, each goal's
    /// indicators and actions).
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// The id of the `p`th priority (from 0).
    pub fn priority(&self, p: usize) -> Option<&ItemId> {
        self.priorities.get(p).map(|(i, _)| &self.items[*i].id)
    }

    /// The id of goal `g` of priority `p`.
    pub fn goal(&self, p: usize, g: usize) -> Option<&ItemId> {
        let goal = self.priorities.get(p)?.1.get(g)?;
        Some(&self.items[goal.id].id)
    }

    /// The id of indicator `i` of goal `g` of priority `p`.
    pub fn indicator(&self, p: usize, g: usize, i: usize) -> Option<&ItemId> {
        let goal = self.priorities.get(p)?.1.get(g)?;
        Some(&self.items[*goal.indicators.get(i)?].id)
    }

    /// The id of action `k` of goal `g` of priority `p`.
    pub fn action(&self, p: usize, g: usize, k: usize) -> Option<&ItemId> {
        let goal = self.priorities.get(p)?.1.get(g)?;
        Some(&self.items[*goal.actions.get(k)?].id)
    }

    /// The item with this id.
    pub fn find(&self, id: &ItemId) -> Option<&Item> {
        self.items.iter().find(|i| &i.id == id)
    }
}

/// An agreement that passed validation: the only input the renderer takes.
#[derive(Clone, Debug)]
pub struct ValidatedAgreement {
    agreement: Agreement,
    business_ids: Vec<BusinessId>,
    municipality_codes: Vec<Option<MunicipalityCode>>,
    ids: ItemIds,
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

    /// The checked municipality code of each party, in party order.
    pub fn municipality_codes(&self) -> &[Option<MunicipalityCode>] {
        &self.municipality_codes
    }

    /// The stable ids of the priorities, goals, indicators and actions.
    pub fn ids(&self) -> &ItemIds {
        &self.ids
    }

    /// Every priority, goal, indicator and action with its id, in document order.
    pub fn items(&self) -> &[Item] {
        self.ids.items()
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
///
/// `{}` gives a one-line summary; the alternate form `{:#}` lists every
/// finding with its path (and line and column, when located).
#[derive(Clone, Debug)]
pub struct Invalid(pub Report);

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.0.errors().count();
        let warnings = self.0.warnings().count();
        let first = self.0.errors().next();
        match first {
            Some(first) if !f.alternate() => {
                write!(
                    f,
                    "the agreement has {errors} error(s), the first at `{}`: {}",
                    first.path, first.message
                )?;
                if errors > 1 {
                    write!(f, " (use `{{:#}}` to see all)")?;
                }
                Ok(())
            }
            _ => {
                write!(
                    f,
                    "the agreement has {errors} error(s) and {warnings} warning(s):"
                )?;
                for finding in &self.0.findings {
                    write!(f, "\n  {finding}")?;
                    if let Some(l) = finding.location {
                        write!(f, " (line {}, column {})", l.line, l.column)?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Invalid {}

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
    let today = options.today.unwrap_or_else(Date::today);
    let mut checker = Checker {
        a: &agreement,
        today,
        findings: Vec::new(),
        used_footnotes: BTreeMap::new(),
        inserts: HashMap::new(),
    };
    let (business_ids, codes, ids) = checker.run();
    let report = Report {
        findings: checker.findings,
    };
    if report.has_errors() {
        return Err(Invalid(report));
    }
    Ok(ValidatedAgreement {
        agreement,
        business_ids: business_ids.into_iter().flatten().collect(),
        municipality_codes: codes,
        ids,
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
    /// Blocks (paragraphs, lists …) in one section, tier, follow-up text or
    /// annex, items in one list, members of one body, rows of one table.
    pub const BLOCKS: usize = 1_000;
    /// Priorities.
    pub const PRIORITIES: usize = 500;
    /// Goals in all priorities together.
    pub const GOALS: usize = 2_000;
    /// Indicators and actions in all goals together, each.
    pub const INDICATORS: usize = 10_000;
    /// Interface areas, and annexes after Annex 2, each.
    pub const AREAS: usize = 200;
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

/// A text field of any kind: a plain string (a person's name), or a
/// [`Text`] that may be written in several languages.
trait Versions {
    fn all_versions(&self) -> Vec<(Option<Language>, &str)>;
    fn is_localized(&self) -> bool;
}

impl Versions for str {
    fn all_versions(&self) -> Vec<(Option<Language>, &str)> {
        vec![(None, self)]
    }
    fn is_localized(&self) -> bool {
        false
    }
}

impl Versions for String {
    fn all_versions(&self) -> Vec<(Option<Language>, &str)> {
        vec![(None, self.as_str())]
    }
    fn is_localized(&self) -> bool {
        false
    }
}

impl Versions for RichText {
    fn all_versions(&self) -> Vec<(Option<Language>, &str)> {
        self.versions()
    }
    fn is_localized(&self) -> bool {
        true
    }
}

impl Versions for Text {
    fn all_versions(&self) -> Vec<(Option<Language>, &str)> {
        self.versions()
    }
    fn is_localized(&self) -> bool {
        true
    }
}

/// The root of every path.
fn root() -> FieldPath {
    FieldPath::root()
}

struct Checker<'a> {
    a: &'a Agreement,
    today: Date,
    findings: Vec<Finding>,
    used_footnotes: BTreeMap<Language, BTreeSet<String>>,
    inserts: HashMap<Insert, FieldPath>,
}

/// What the references of a kind of place may name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Accepts {
    /// Anyone: a party, a body, an organ, a group or an outside organisation.
    Anyone,
    /// Parties and bodies, but no group (an appointing body is one body).
    One,
}

impl<'a> Checker<'a> {
    fn push(&mut self, severity: Severity, path: FieldPath, message: impl Into<String>) {
        self.findings.push(Finding {
            severity,
            path,
            message: message.into(),
            location: None,
        });
    }

    fn error(&mut self, path: FieldPath, message: impl Into<String>) {
        self.push(Severity::Error, path, message);
    }

    fn warning(&mut self, path: FieldPath, message: impl Into<String>) {
        self.push(Severity::Warning, path, message);
    }

    /// A text field that must not be blank, in every declared language.
    fn required<T: Versions + ?Sized>(&mut self, path: FieldPath, value: &T, what: &str) {
        for (at, _, text) in self.versions_at(&path, value) {
            if text.trim().is_empty() {
                self.error(at, format!("the {what} is empty; write it out"));
            } else {
                self.plain(at, text);
            }
        }
        if value.is_localized() {
            self.translations(&path, &value.all_versions());
        }
    }

    /// An optional text field: when given, it must not be blank.
    fn optional<T: Versions + ?Sized>(&mut self, path: FieldPath, value: Option<&T>, what: &str) {
        if let Some(v) = value {
            self.required(path, v, what);
        }
    }

    /// Each version of a text with the path of its place: a plain string is
    /// at `path`, a language of a table at `path.<code>`.
    fn versions_at<'t, T: Versions + ?Sized>(
        &self,
        path: &FieldPath,
        value: &'t T,
    ) -> Vec<(FieldPath, Language, &'t str)> {
        let primary = self.a.meta.languages.primary();
        value
            .all_versions()
            .into_iter()
            .map(|(l, text)| match l {
                Some(l) => (path.key(l.code()), l, text),
                None => (path.clone(), primary, text),
            })
            .collect()
    }

    /// A text has a version in each declared language, and in no other.
    fn translations(&mut self, path: &FieldPath, versions: &[(Option<Language>, &str)]) {
        let languages = self.a.meta.languages.clone();
        let primary = languages.primary();
        let written: Vec<Language> = versions.iter().map(|(l, _)| l.unwrap_or(primary)).collect();
        for l in written.iter().filter(|l| !languages.contains(**l)) {
            self.error(
                path.key(l.code()),
                format!(
                    "`{l}` is not one of the agreement's languages ({languages}); remove it, or add it to `languages` under `[meta]`"
                ),
            );
        }
        for l in languages.all().iter().filter(|l| !written.contains(l)) {
            let example: Vec<String> = languages
                .all()
                .iter()
                .map(|l| format!("{} = \"…\"", l.code()))
                .collect();
            self.error(
                path.clone(),
                format!(
                    "the text has no {} (`{l}`) version; write it in every language of the agreement, as {{ {} }}",
                    l.english_name(),
                    example.join(", ")
                ),
            );
        }
    }

    /// A plain text field: no control characters, no direction overrides.
    fn plain(&mut self, path: FieldPath, value: &str) {
        if value.len() > limits::TEXT_CHARS {
            let chars = value.chars().count();
            if chars > limits::TEXT_CHARS {
                self.error(
                    path.clone(),
                    format!(
                        "the text has {chars} characters, more than the limit of {}; split it or move it to an annex of its own",
                        limits::TEXT_CHARS
                    ),
                );
            }
        }
        if let Some(c) = direction_override(value) {
            self.error(
                path.clone(),
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
        } else if let Some(c) = value.chars().find(|c| !crate::coverage::printable(*c)) {
            // The PDF would lack the glyph: refused here, so that a valid
            // agreement always renders.
            self.error(
                path,
                format!(
                    "the text contains `{c}` (U+{:04X}), which the document's fonts cannot show; replace it with words or a character the fonts have",
                    u32::from(c)
                ),
            );
        }
    }

    /// Rich text: marks parse, footnotes resolve, in every language.
    fn rich(&mut self, path: FieldPath, text: &RichText, required: bool) {
        for (at, language, version) in self.versions_at(&path, text) {
            self.plain(at.clone(), version);
            match crate::text::parse_spans(version) {
                Err(e) => self.error(at.clone(), e.to_string()),
                Ok(spans) => {
                    for span in spans {
                        if let Span::Footnote(key) = span {
                            if self.a.footnotes.contains_key(&key) {
                                self.used_footnotes.entry(language).or_default().insert(key);
                            } else {
                                self.error(
                                    at.clone(),
                                    format!(
                                        "the footnote `[^{key}]` is not defined; add `\"{key}\" = \"…\"` under `[footnotes]`"
                                    ),
                                );
                            }
                        }
                    }
                }
            }
            if required && crate::text::plain_of(version).trim().is_empty() {
                self.error(at, "the text is empty; write it out");
            }
        }
        self.translations(&path, &text.versions());
    }

    fn list(&mut self, path: FieldPath, items: &[RichText]) {
        if items.is_empty() {
            self.error(
                path.clone(),
                "the list has no items; add items or remove the list",
            );
        }
        for (j, item) in items.iter().enumerate() {
            self.rich(path.index(j), item, true);
        }
    }

    fn prose(&mut self, path: &FieldPath, blocks: &[ProseBlock]) {
        for (i, block) in blocks.iter().enumerate() {
            let at = path.index(i);
            match block {
                ProseBlock::Paragraph(t) => self.rich(at.key("paragraph"), t, true),
                ProseBlock::Bullets(items) => self.list(at.key("bullets"), items),
                ProseBlock::Numbered(items) => self.list(at.key("numbered"), items),
                ProseBlock::Subheading(h) => self.required(at.key("subheading"), h, "subheading"),
            }
        }
    }

    fn blocks(&mut self, path: &FieldPath, blocks: &[Block]) {
        for (i, block) in blocks.iter().enumerate() {
            let at = path.index(i);
            match block {
                Block::Paragraph(t) => self.rich(at.key("paragraph"), t, true),
                Block::Bullets(items) => self.list(at.key("bullets"), items),
                Block::Numbered(items) => self.list(at.key("numbered"), items),
                Block::Subheading(h) => self.required(at.key("subheading"), h, "subheading"),
                Block::Insert(what) => {
                    if let Some(first) = self.inserts.get(what) {
                        let message = format!(
                            "`{}` is already inserted at `{first}`; the same content would print twice",
                            insert_name(*what)
                        );
                        self.warning(at.key("insert"), message);
                    } else {
                        self.inserts.insert(*what, at.key("insert"));
                    }
                }
            }
        }
    }

    fn run(
        &mut self,
    ) -> (
        Vec<Option<BusinessId>>,
        Vec<Option<MunicipalityCode>>,
        ItemIds,
    ) {
        let a = self.a;
        self.limits();
        self.meta();
        let (ids, codes) = self.parties();
        for (i, s) in a.sections.iter().enumerate() {
            let at = root().key("sections").index(i);
            self.required(at.key("heading"), &s.heading, "section heading");
            self.blocks(&at.key("blocks"), &s.blocks);
        }
        self.legal_basis();
        self.structure();
        self.interface_areas();
        let items = self.priorities();
        self.rules();
        self.representatives();
        self.annexes();
        self.footnotes_and_inserts();
        self.dates();
        (ids, codes, items)
    }

    /// Every date within the years a document can carry: chrono reads
    /// years up to ±262 143, the PDF's date and typst's calendar only 1–9999,
    /// and an agreement is never dated before 1900.
    fn dates(&mut self) {
        let a = self.a;
        let mut dates: Vec<(FieldPath, Date)> = vec![(root().key("meta").key("date"), a.meta.date)];
        for (i, p) in a.parties.iter().enumerate() {
            let at = root().key("parties").index(i);
            if let Some(ap) = &p.approval {
                dates.push((at.key("approval").key("date"), ap.date));
            }
            if let Some(d) = p.signed_on {
                dates.push((at.key("signed_on"), d));
            }
        }
        if let Some(d) = a.validity.until {
            dates.push((root().key("validity").key("until"), d));
        }
        if let Some(r) = &a.validity.review {
            dates.push((
                root().key("validity").key("review").key("deadline"),
                r.deadline,
            ));
        }
        for (i, x) in a.annexes.additional.iter().enumerate() {
            if let AnnexContent::Document(doc) = &x.content
                && let Some(d) = doc.date
            {
                dates.push((
                    root()
                        .key("annexes")
                        .key("additional")
                        .index(i)
                        .key("document")
                        .key("date"),
                    d,
                ));
            }
        }
        for (path, date) in dates {
            if !(1900..=9999).contains(&date.year()) {
                self.error(
                    path,
                    format!("the date {date} is outside the years 1900–9999 that an agreement can carry; check the year"),
                );
            }
        }
    }

    fn limits(&mut self) {
        let a = self.a;
        let goals: usize = a.priorities.iter().map(|p| p.goals.len()).sum();
        let goals_iter = || a.priorities.iter().flat_map(|p| &p.goals);
        let indicators: usize = goals_iter().map(|g| g.indicators.len()).sum();
        let actions: usize = goals_iter().map(|g| g.actions.len()).sum();
        let mut counts: Vec<(FieldPath, usize, usize, &str)> = vec![
            (
                root().key("parties"),
                a.parties.len(),
                limits::PARTIES,
                "parties",
            ),
            (
                root().key("forums"),
                a.forums.len(),
                limits::FORUMS,
                "forums",
            ),
            (
                root().key("sections"),
                a.sections.len(),
                limits::SECTIONS,
                "sections",
            ),
            (
                root().key("priorities"),
                a.priorities.len(),
                limits::PRIORITIES,
                "priorities",
            ),
            (root().key("priorities"), goals, limits::GOALS, "goals"),
            (
                root().key("priorities"),
                indicators,
                limits::INDICATORS,
                "indicators",
            ),
            (
                root().key("priorities"),
                actions,
                limits::INDICATORS,
                "actions",
            ),
            (
                root().key("interface_areas"),
                a.interface_areas.len(),
                limits::AREAS,
                "interface areas",
            ),
            (
                root().key("annexes").key("additional"),
                a.annexes.additional.len(),
                limits::AREAS,
                "additional annexes",
            ),
        ];
        let blocks = "blocks, list items, members or rows";
        let mut count_lists = |path: FieldPath, n: usize, lists: Vec<(&str, usize)>| {
            counts.push((path.clone(), n, limits::BLOCKS, blocks));
            for (i, (kind, len)) in lists.into_iter().enumerate() {
                if !kind.is_empty() {
                    counts.push((path.index(i).key(kind), len, limits::BLOCKS, blocks));
                }
            }
        };
        let block_lists = |blocks: &[Block]| -> Vec<(&'static str, usize)> {
            blocks
                .iter()
                .map(|b| match b {
                    Block::Bullets(l) => ("bullets", l.len()),
                    Block::Numbered(l) => ("numbered", l.len()),
                    _ => ("", 0),
                })
                .collect()
        };
        let prose_lists = |blocks: &[ProseBlock]| -> Vec<(&'static str, usize)> {
            blocks
                .iter()
                .map(|b| match b {
                    ProseBlock::Bullets(l) => ("bullets", l.len()),
                    ProseBlock::Numbered(l) => ("numbered", l.len()),
                    _ => ("", 0),
                })
                .collect()
        };
        for (i, s) in a.sections.iter().enumerate() {
            let path = root().key("sections").index(i).key("blocks");
            count_lists(path, s.blocks.len(), block_lists(&s.blocks));
        }
        for (i, t) in a.tiers.iter().enumerate() {
            let path = root().key("tiers").index(i).key("blocks");
            count_lists(path, t.blocks.len(), prose_lists(&t.blocks));
        }
        if let Some(f) = &a.follow_up {
            count_lists(
                root().key("follow_up").key("text"),
                f.text.len(),
                prose_lists(&f.text),
            );
        }
        for (i, f) in a.forums.iter().enumerate() {
            let path = root().key("forums").index(i);
            count_lists(path.key("members"), f.members.len(), Vec::new());
            count_lists(path.key("tasks"), f.tasks.len(), Vec::new());
        }
        for (i, annex) in a.annexes.additional.iter().enumerate() {
            let path = root().key("annexes").key("additional").index(i);
            match &annex.content {
                AnnexContent::Blocks(b) => count_lists(path.key("blocks"), b.len(), prose_lists(b)),
                AnnexContent::Table(t) => {
                    count_lists(path.key("table").key("rows"), t.rows.len(), Vec::new());
                    count_lists(
                        path.key("table").key("columns"),
                        t.columns.len(),
                        Vec::new(),
                    );
                }
                _ => {}
            }
        }
        for (path, count, limit, what) in counts {
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
        let at = root().key("meta");
        self.required(at.key("title"), &m.title, "title");
        self.optional(at.key("short_title"), m.short_title.as_ref(), "short title");
        self.optional(at.key("version"), m.version.as_ref(), "version label");
    }

    /// A number of a decision or statute section, written without `§`.
    fn section_number(&mut self, path: FieldPath, value: &str, what: &str) {
        if value.contains('§') {
            let bare = value.replace('§', "");
            let bare = bare.trim();
            self.error(
                path,
                format!(
                    "write the {what} as a number only (`{bare}`); the document adds the `§` sign itself (`§ {bare}`)"
                ),
            );
        } else {
            self.required(path, value, what);
        }
    }

    fn parties(&mut self) -> (Vec<Option<BusinessId>>, Vec<Option<MunicipalityCode>>) {
        let a = self.a;
        if a.parties.is_empty() {
            self.error(
                root().key("parties"),
                "the agreement has no parties; add a `[[parties]]` table for each",
            );
        }
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut names: HashMap<String, usize> = HashMap::new();
        let mut bids: HashMap<BusinessId, usize> = HashMap::new();
        let mut codes_seen: HashMap<MunicipalityCode, usize> = HashMap::new();
        let mut checked = Vec::new();
        let mut codes = Vec::new();
        let counties: Vec<usize> = a
            .parties
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PartyKind::WellbeingServicesCounty)
            .map(|(i, _)| i)
            .collect();
        for (i, p) in a.parties.iter().enumerate() {
            let path = root().key("parties").index(i);
            let id = p.id.as_str();
            if !p.id.is_well_formed() {
                self.error(
                    path.key("id"),
                    format!("the party id `{id}` must be a short name of letters, digits, `-`, `_` or `.`, e.g. `forssa`"),
                );
            } else if let Some(first) = ids.insert(id, i) {
                self.error(
                    path.key("id"),
                    format!("the party id `{id}` is already used by `parties[{first}]`; give each party its own id"),
                );
            }
            self.required(path.key("name"), &p.name, "party name");
            self.optional(path.key("short_name"), p.short_name.as_ref(), "short name");
            let key = p.name.as_str().trim().to_lowercase();
            if !key.is_empty()
                && let Some(first) = names.insert(key, i)
            {
                self.error(
                    path.key("name"),
                    format!("the name `{}` is the same as that of `parties[{first}]`; a party is listed once", p.name),
                );
            }
            match p.business_id.parse() {
                Ok(bid) => {
                    if let Some(first) = bids.insert(bid.clone(), i) {
                        self.error(
                            path.key("business_id"),
                            format!("the business ID `{bid}` is the same as that of `parties[{first}]`; check which party it belongs to"),
                        );
                    }
                    checked.push(Some(bid));
                }
                Err(e) => {
                    self.error(path.key("business_id"), e.to_string());
                    checked.push(None);
                }
            }
            codes.push(self.municipality_code(&path, p, &mut codes_seen, i));
            self.optional(path.key("address"), p.address.as_ref(), "address");
            match &p.signatory {
                Some(s) => {
                    let at = path.key("signatory");
                    self.required(at.key("name"), &s.name, "signatory's name");
                    self.required(at.key("title"), &s.title, "signatory's title");
                }
                None if a.meta.status == Status::Final => self.error(
                    path.key("signatory"),
                    format!(
                        "`{}` has no signatory, but a final agreement needs one for every party; add `signatory = {{ name = \"…\", title = \"…\" }}`",
                        p.name
                    ),
                ),
                None => {}
            }
            if let Some(ap) = &p.approval {
                let at = path.key("approval");
                self.required(at.key("body"), &ap.body, "approving body");
                if let Some(section) = &ap.section {
                    self.section_number(at.key("section"), section, "minutes section");
                }
                if ap.date > self.today {
                    self.error(
                        at.key("date"),
                        format!("the approving decision is dated {}, which is in the future; check the date", ap.date.finnish()),
                    );
                }
            }
            if let Some(signed) = p.signed_on {
                if signed > self.today {
                    self.error(
                        path.key("signed_on"),
                        format!(
                            "`{}` cannot have signed on {}, which is in the future; check the date",
                            p.name,
                            signed.finnish()
                        ),
                    );
                }
                match &p.approval {
                    Some(ap) if signed < ap.date => self.error(
                        path.key("signed_on"),
                        format!(
                            "`{}` signed on {} but approved the agreement only on {}; a party signs on or after its approving decision",
                            p.name,
                            signed.finnish(),
                            ap.date.finnish()
                        ),
                    ),
                    None => self.warning(
                        path.key("approval"),
                        format!("`{}` has signed but no approving decision is recorded; add `approval = {{ body = \"…\", date = …, section = \"…\" }}`", p.name),
                    ),
                    _ => {}
                }
                if a.meta.status == Status::Draft {
                    self.warning(
                        path.key("signed_on"),
                        "a signing date is recorded but the agreement is still a draft; set `meta.status = \"final\"` for the signed text",
                    );
                }
            }
        }
        match counties.len() {
            1 => {}
            0 if !a.parties.is_empty() => self.error(
                root().key("parties"),
                "no party is a wellbeing services county; exactly one party must have `kind = \"wellbeing_services_county\"`",
            ),
            0 => {}
            _ => {
                for &i in &counties[1..] {
                    self.error(
                        root().key("parties").index(i).key("kind"),
                        format!(
                            "`parties[{}]` is already the wellbeing services county; an agreement has exactly one",
                            counties[0]
                        ),
                    );
                }
            }
        }
        (checked, codes)
    }

    fn municipality_code(
        &mut self,
        path: &FieldPath,
        p: &Party,
        seen: &mut HashMap<MunicipalityCode, usize>,
        i: usize,
    ) -> Option<MunicipalityCode> {
        let raw = p.municipality_code.as_ref()?;
        let at = path.key("municipality_code");
        if !p.kind.is_municipality() {
            self.error(
                at,
                format!(
                    "`{}` is not a municipality or city, so it has no municipality code; remove it",
                    p.name
                ),
            );
            return None;
        }
        match raw.parse::<MunicipalityCode>() {
            Ok(code) => {
                if let Some(first) = seen.insert(code.clone(), i) {
                    self.error(
                        at,
                        format!("the municipality code `{code}` is already that of `parties[{first}]`; each municipality has its own"),
                    );
                }
                Some(code)
            }
            Err(e) => {
                self.error(at, e.to_string());
                None
            }
        }
    }

    fn legal_basis(&mut self) {
        for (i, s) in self.a.legal_basis.iter().enumerate() {
            let path = root().key("legal_basis").index(i);
            self.required(path.key("name"), &s.name, "statute's name");
            self.optional(path.key("number"), s.number.as_ref(), "statute number");
            if s.provisions.is_empty() {
                self.error(path.key("provisions"), "no sections are cited; add `provisions = [{ section = \"14\", topic = \"…\" }]`");
            }
            for (j, p) in s.provisions.iter().enumerate() {
                let at = path.key("provisions").index(j);
                self.section_number(at.key("section"), &p.section, "section number");
                self.required(at.key("topic"), &p.topic, "topic");
            }
        }
    }

    /// What an id of the shared namespace names, as a finding's message
    /// when it names nothing.
    fn unknown_ref(&self, id: &str) -> String {
        let mut known: Vec<&str> = self.a.parties.iter().map(|p| p.id.as_str()).collect();
        known.extend(self.a.forums.iter().map(|f| f.id.as_str()));
        if known.is_empty() {
            format!("no party or body has the id `{id}`")
        } else {
            format!(
                "no party or body has the id `{id}`; use one of: {}",
                known.join(", ")
            )
        }
    }

    /// A reference to a party, body, organ, group or outside organisation.
    fn body_ref(&mut self, path: FieldPath, r: &BodyRef, accepts: Accepts) {
        match r {
            BodyRef::Id(id) => {
                if self.a.resolve(id).is_none() {
                    let msg = self.unknown_ref(id.as_str());
                    self.error(path, msg);
                }
            }
            BodyRef::Organ { party, organ } => {
                if self.a.party(party).is_none() {
                    let msg = self.unknown_party(party.as_str());
                    self.error(path.clone(), msg);
                }
                self.required(path.key("organ"), organ, "name of the organ");
            }
            BodyRef::Group(_) if accepts == Accepts::One => self.error(
                path,
                "name one party or body here, not a group; use `id = \"…\"` or `other = \"…\"`",
            ),
            BodyRef::Group(_) => {}
            BodyRef::Other(name) => self.required(path.key("other"), name, "organisation's name"),
        }
    }

    fn responsibility(&mut self, path: FieldPath, r: &Responsibility) {
        if r.responsible.is_empty() {
            self.error(
                path.key("responsible"),
                "the responsibility names no one; add the id of the party or body that leads, e.g. `responsible = [\"lahti\"]`",
            );
        }
        for (field, list) in [("responsible", &r.responsible), ("partners", &r.partners)] {
            let mut seen: Vec<&BodyRef> = Vec::new();
            for (k, who) in list.iter().enumerate() {
                let at = path.key(field).index(k);
                if seen.contains(&who) {
                    self.warning(
                        at.clone(),
                        "the same party or body is named twice; remove one",
                    );
                }
                seen.push(who);
                self.body_ref(at, who, Accepts::Anyone);
            }
        }
        if let Some(t) = &r.text {
            self.required(path.key("text"), t, "responsibility text");
        }
    }

    fn structure(&mut self) {
        let a = self.a;
        self.optional(
            root().key("structure").key("caption"),
            a.structure.caption.as_ref(),
            "caption",
        );
        let mut levels: BTreeMap<u32, usize> = BTreeMap::new();
        for (i, t) in a.tiers.iter().enumerate() {
            let path = root().key("tiers").index(i);
            if let Some(first) = levels.insert(t.level, i) {
                self.error(
                    path.key("level"),
                    format!(
                        "tier {} is already defined at `tiers[{first}]`; each level appears once",
                        t.level
                    ),
                );
            }
            self.required(path.key("name"), &t.name, "tier name");
            self.optional(path.key("level_name"), t.level_name.as_ref(), "level name");
            if t.contents.is_empty() {
                self.error(path.key("contents"), "the tier shows nothing; write `contents = [\"bodies\"]` (or `municipalities`, `interface_areas`)");
            }
            let mut shown = BTreeSet::new();
            for (k, c) in t.contents.iter().enumerate() {
                if !shown.insert(format!("{c:?}")) {
                    self.error(
                        path.key("contents").index(k),
                        "listed twice; list each kind of content once",
                    );
                }
                if *c == TierContent::InterfaceAreas && a.interface_areas.is_empty() {
                    self.error(path.key("contents").index(k), "the tier shows the interface areas, but none are defined; add `[[interface_areas]]` or remove this");
                }
            }
            self.prose(&path.key("blocks"), &t.blocks);
        }
        for (expected, (&level, &i)) in (1u32..).zip(levels.iter()) {
            if level != expected {
                self.error(
                    root().key("tiers").index(i).key("level"),
                    format!("tiers must be numbered 1, 2, 3 … without gaps, but tier {expected} is missing before tier {level}"),
                );
                break;
            }
        }
        let party_ids: HashMap<&str, usize> = a
            .parties
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for (i, f) in a.forums.iter().enumerate() {
            let path = root().key("forums").index(i);
            let id = f.id.as_str();
            if id.trim().is_empty() {
                self.error(
                    path.key("id"),
                    "the forum id is empty; give a short name such as `kh-hyte`",
                );
            } else if !f.id.is_well_formed() {
                self.error(
                    path.key("id"),
                    format!("the forum id `{id}` must be a short name of letters, digits, `-`, `_` or `.`, e.g. `kh-hyte`"),
                );
            } else if let Some(first) = ids.insert(id, i) {
                self.error(
                    path.key("id"),
                    format!("the forum id `{id}` is already used by `forums[{first}]`; give each forum its own id"),
                );
            } else if let Some(&party) = party_ids.get(id) {
                self.error(
                    path.key("id"),
                    format!("the id `{id}` is already the id of `parties[{party}]`; parties and bodies share one set of ids, so give the body another"),
                );
            }
            self.required(path.key("name"), &f.name, "forum name");
            self.optional(path.key("short_name"), f.short_name.as_ref(), "short name");
            let missing: Vec<u32> = f
                .tier
                .levels()
                .filter(|l| !levels.contains_key(l))
                .collect();
            if !missing.is_empty() {
                let known: Vec<String> = levels.keys().map(u32::to_string).collect();
                let which = missing
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                self.error(
                    path.key("tier"),
                    if known.is_empty() {
                        format!(
                            "`{}` is placed in tier {which}, but no tiers are defined; add `[[tiers]]`",
                            f.name
                        )
                    } else {
                        format!(
                            "`{}` is placed in tier {which}, which does not exist; the tiers are {}",
                            f.name,
                            known.join(", ")
                        )
                    },
                );
            }
            if !f.tier.is_span()
                && let Some(t) = a.tiers.iter().find(|t| t.level == f.tier.first())
                && !t.contents.contains(&TierContent::Bodies)
                && a.sections
                    .iter()
                    .flat_map(|s| &s.blocks)
                    .any(|b| matches!(b, Block::Insert(Insert::StructureFigure)))
            {
                self.warning(
                    path.key("tier"),
                    format!("`{}` is placed in tier {}, whose figure box shows only {}; add \"bodies\" to that tier's `contents` to draw it (Annex 1 lists it either way)", f.name, t.level, content_names(&t.contents)),
                );
            }
            self.per_municipality(&path, f);
            if let Some(c) = &f.convener {
                let at = path.key("convener");
                if c.party.is_none() && c.other.is_none() && !c.chair {
                    self.error(
                        at.clone(),
                        "the convener names no one; give `party = \"…\"`, `other = \"…\"` or `chair = true`",
                    );
                }
                if c.party.is_some() && c.other.is_some() {
                    self.error(
                        at.clone(),
                        "the convener names both a party and another body; keep one of `party` and `other`",
                    );
                }
                if let Some(p) = &c.party {
                    if a.party(p).is_none() {
                        let msg = self.unknown_party(p.as_str());
                        self.error(at.key("party"), msg);
                    } else if f.per_municipality {
                        self.error(
                            at.key("party"),
                            format!("`{}` exists in each municipality and each municipality convenes its own; remove `party` from the convener", f.name),
                        );
                    }
                }
                self.optional(at.key("other"), c.other.as_ref(), "convening body");
            }
            if let Some(by) = &f.appointed_by {
                self.body_ref(path.key("appointed_by"), by, Accepts::One);
                if let BodyRef::Id(by_id) = by
                    && by_id.as_str() == id
                {
                    self.error(
                        path.key("appointed_by"),
                        "a body cannot appoint itself; name the body or party that appoints it",
                    );
                }
            }
            self.members(&path, f);
            if let Some(Frequency::PerYear(c) | Frequency::PerCouncilTerm(c)) = &f.frequency {
                if c.min == 0 || c.min > c.max {
                    self.error(
                        path.key("frequency"),
                        format!("the meeting count {}–{} is not a range; write a count such as 2 or a range such as [3, 4]", c.min, c.max),
                    );
                } else if c.max > 366 {
                    self.error(
                        path.key("frequency"),
                        format!("{} meetings is more than one a day; check the count", c.max),
                    );
                }
            }
            for (field, value) in [
                ("composition", &f.composition),
                ("serves", &f.serves),
                ("prepared_by", &f.prepared_by),
                ("presented_by", &f.presented_by),
            ] {
                self.optional(path.key(field), value.as_ref(), field);
            }
            if let Some(crate::model::Officers::Other(text)) = &f.officers {
                self.required(
                    path.key("officers").key("other"),
                    text,
                    "officers' description",
                );
            }
            for (j, t) in f.tasks.iter().enumerate() {
                self.rich(path.key("tasks").index(j), t, true);
            }
        }
        for (i, j) in a.joint_meetings.iter().enumerate() {
            let path = root().key("joint_meetings").index(i);
            if j.forums.len() < 2 {
                self.error(
                    path.key("forums"),
                    "a joint meeting needs at least two forums",
                );
            }
            for (k, id) in j.forums.iter().enumerate() {
                if a.forum(id).is_none() {
                    let msg = self.unknown_forum(id.as_str());
                    self.error(path.key("forums").index(k), msg);
                }
            }
            if j.at_least_per_year == 0 {
                self.error(
                    path.key("at_least_per_year"),
                    "a joint meeting is held at least once a year; write 1 or more",
                );
            } else if j.at_least_per_year > 366 {
                self.error(
                    path.key("at_least_per_year"),
                    format!(
                        "{} joint meetings is more than one a day; check the count",
                        j.at_least_per_year
                    ),
                );
            }
        }
    }

    fn per_municipality(&mut self, path: &FieldPath, f: &crate::model::Forum) {
        let a = self.a;
        if !f.per_municipality && !f.municipalities.is_empty() {
            self.error(
                path.key("municipalities"),
                "`municipalities` lists where a body exists once per municipality; set `per_municipality = true`, or list the participants under `members`",
            );
        }
        if f.per_municipality && a.municipality_count() == 0 {
            self.error(
                path.key("per_municipality"),
                "the body exists once per municipality, but no party is a municipality or city",
            );
        }
        let mut seen = BTreeSet::new();
        for (k, id) in f.municipalities.iter().enumerate() {
            let at = path.key("municipalities").index(k);
            match a.party(id) {
                None => {
                    let msg = self.unknown_party(id.as_str());
                    self.error(at, msg);
                }
                Some(p) if !p.kind.is_municipality() => {
                    self.error(at, format!("`{}` is not a municipality or city", p.name))
                }
                Some(_) => {
                    if !seen.insert(id.as_str()) {
                        self.error(at, format!("`{id}` is listed twice"));
                    }
                }
            }
        }
    }

    fn members(&mut self, path: &FieldPath, f: &crate::model::Forum) {
        let mut seen: Vec<&BodyRef> = Vec::new();
        for (k, m) in f.members.iter().enumerate() {
            let at = path.key("members").index(k);
            if seen.contains(&&m.who) {
                self.error(
                    at.clone(),
                    "this member is listed twice; list each member once with its seats",
                );
            }
            seen.push(&m.who);
            self.body_ref(at.clone(), &m.who, Accepts::Anyone);
            if let BodyRef::Id(id) = &m.who
                && id.as_str() == f.id.as_str()
            {
                self.error(at.clone(), "a body cannot be a member of itself");
            }
            match m.seats {
                Some(0) => self.error(
                    at.key("seats"),
                    "a member has at least one seat; write 1 or more, or leave `seats` out",
                ),
                Some(n) if n > 1_000 => self.error(
                    at.key("seats"),
                    format!("{n} seats is more than any body has; check the number"),
                ),
                _ => {}
            }
            self.optional(at.key("role"), m.role.as_ref(), "role");
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

    fn interface_areas(&mut self) {
        let a = self.a;
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for (i, area) in a.interface_areas.iter().enumerate() {
            let path = root().key("interface_areas").index(i);
            let id = area.id.as_str();
            if !area.id.is_well_formed() {
                self.error(
                    path.key("id"),
                    format!("the interface area id `{id}` must be a short name of letters, digits, `-`, `_` or `.`, e.g. `tyollisyys`"),
                );
            } else if let Some(first) = ids.insert(id, i) {
                self.error(
                    path.key("id"),
                    format!(
                        "the interface area id `{id}` is already used by `interface_areas[{first}]`"
                    ),
                );
            }
            self.required(path.key("name"), &area.name, "interface area's name");
            self.required(
                path.key("municipal_contact"),
                &area.municipal_contact,
                "municipal contact role",
            );
            self.required(
                path.key("county_contact"),
                &area.county_contact,
                "county contact role",
            );
            for (k, b) in area.bodies.iter().enumerate() {
                self.body_ref(path.key("bodies").index(k), b, Accepts::Anyone);
            }
            if let Some(d) = &area.description {
                self.rich(path.key("description"), d, true);
            }
        }
    }

    fn priorities(&mut self) -> ItemIds {
        let a = self.a;
        let mut numbers: HashMap<u32, usize> = HashMap::new();
        let mut ids = ItemIds::default();
        let mut taken: HashMap<ItemId, FieldPath> = HashMap::new();
        for (i, p) in a.priorities.iter().enumerate() {
            let path = root().key("priorities").index(i);
            self.required(path.key("title"), &p.title, "priority's title");
            let number = p.number.unwrap_or(u32::try_from(i + 1).unwrap_or(u32::MAX));
            if let Some(n) = p.number
                && let Some(first) = numbers.insert(n, i)
            {
                self.error(
                    path.key("number"),
                    format!("priority number {n} is already used by `priorities[{first}]`"),
                );
            }
            let pid = self.item_id(
                &mut ids,
                &mut taken,
                ItemKind::Priority,
                &path,
                p.id.as_ref(),
                || format!("p{number}"),
            );
            let pid_text = ids.items[pid].id.as_str().to_owned();
            let mut goals = Vec::new();
            if let Some(d) = &p.description {
                self.rich(path.key("description"), d, true);
            }
            if let Some(lead) = &p.lead {
                self.responsibility(path.key("lead"), lead);
            }
            if p.goals.is_empty() {
                self.error(
                    path.key("goals"),
                    format!(
                        "the priority `{}` has no goals; every priority needs at least one goal",
                        p.title
                    ),
                );
            }
            for (g, goal) in p.goals.iter().enumerate() {
                let gpath = path.key("goals").index(g);
                let gid = self.item_id(
                    &mut ids,
                    &mut taken,
                    ItemKind::Goal,
                    &gpath,
                    goal.id.as_ref(),
                    || format!("{pid_text}.g{}", g + 1),
                );
                let gid_text = ids.items[gid].id.as_str().to_owned();
                self.rich(gpath.key("text"), &goal.text, true);
                if let Some(lead) = &goal.lead {
                    self.responsibility(gpath.key("lead"), lead);
                }
                self.optional(
                    gpath.key("indicators_intro"),
                    goal.indicators_intro.as_ref(),
                    "introduction of the indicators",
                );
                if goal.indicators.is_empty() {
                    self.error(
                        gpath.key("indicators"),
                        "the goal has no indicators; every goal needs at least one way to measure it",
                    );
                }
                let mut goal_ids = GoalIds {
                    id: gid,
                    indicators: Vec::new(),
                    actions: Vec::new(),
                };
                for (k, ind) in goal.indicators.iter().enumerate() {
                    let ipath = gpath.key("indicators").index(k);
                    goal_ids.indicators.push(self.item_id(
                        &mut ids,
                        &mut taken,
                        ItemKind::Indicator,
                        &ipath,
                        ind.id.as_ref(),
                        || format!("{gid_text}.i{}", k + 1),
                    ));
                    self.indicator(&ipath, ind);
                }
                if !goal.actions.is_empty() && a.annexes.goals_form == GoalsForm::Simple {
                    self.error(
                        gpath.key("actions"),
                        "the goal has actions, but the simple form of Annex 2 has no column for them; set `goals_form = \"full\"` under `[annexes]`",
                    );
                }
                for (k, action) in goal.actions.iter().enumerate() {
                    let apath = gpath.key("actions").index(k);
                    goal_ids.actions.push(self.item_id(
                        &mut ids,
                        &mut taken,
                        ItemKind::Action,
                        &apath,
                        action.id.as_ref(),
                        || format!("{gid_text}.a{}", k + 1),
                    ));
                    self.rich(apath.key("text"), &action.text, true);
                    if let Some(lead) = &action.lead {
                        self.responsibility(apath.key("lead"), lead);
                    }
                }
                goals.push(goal_ids);
            }
            ids.priorities.push((pid, goals));
        }
        ids
    }

    /// Records an item's id, written or generated, and reports a clash.
    fn item_id(
        &mut self,
        ids: &mut ItemIds,
        taken: &mut HashMap<ItemId, FieldPath>,
        kind: ItemKind,
        path: &FieldPath,
        written: Option<&ItemId>,
        generate: impl FnOnce() -> String,
    ) -> usize {
        let (id, generated) = match written {
            Some(id) => {
                if !id.is_well_formed() {
                    self.error(
                        path.key("id"),
                        format!("the id `{id}` must be a short name of letters, digits, `-`, `_` or `.`, e.g. `p1.g2`"),
                    );
                }
                (id.clone(), false)
            }
            None => (ItemId::from(generate()), true),
        };
        if let Some(first) = taken.get(&id) {
            let at = if generated {
                path.clone()
            } else {
                path.key("id")
            };
            let how = if generated {
                "this item has no id, and the one generated from its place"
            } else {
                "this id"
            };
            self.error(
                at,
                format!("{how} (`{id}`) is already the id of `{first}`; ids of priorities, goals, indicators and actions must be unique, so write an `id` of its own here"),
            );
        } else {
            taken.insert(id.clone(), path.clone());
        }
        ids.items.push(Item {
            kind,
            id,
            generated,
            path: path.clone(),
        });
        ids.items.len() - 1
    }

    fn indicator(&mut self, ipath: &FieldPath, ind: &crate::model::Indicator) {
        let a = self.a;
        self.rich(ipath.key("text"), &ind.text, true);
        self.optional(ipath.key("target"), ind.target.as_ref(), "target");
        self.optional(ipath.key("unit"), ind.unit.as_ref(), "unit");
        if let Some([lo, hi]) = ind.scale
            && lo >= hi
        {
            self.error(
                ipath.key("scale"),
                format!("the scale [{lo}, {hi}] is not a range; write it as [1, 5]"),
            );
        }
        if let Some(source) = &ind.source {
            self.required(
                ipath.key("source").key("name"),
                &source.name,
                "source's name",
            );
            self.optional(
                ipath.key("source").key("id"),
                source.id.as_ref(),
                "source's indicator id",
            );
        }
        if let Some(v) = ind.baseline_value
            && !v.is_finite()
        {
            self.error(
                ipath.key("baseline_value"),
                "the baseline value is not a number; write it as digits, e.g. `12.5`",
            );
        }
        if ind.baseline_value.is_some() && ind.baseline_year.is_none() {
            self.warning(
                ipath.key("baseline_value"),
                "a baseline value without its year cannot be compared; add `baseline_year`",
            );
        }
        // The municipalities a share counts among.
        let among = ind
            .among
            .as_ref()
            .map(|among| self.among(&ipath.key("among"), among));
        let base = match &among {
            Some(Some(n)) => Some(*n),
            Some(None) => None,
            None => Some(a.municipality_count()),
        };
        if let Some(share) = ind.municipalities {
            if let Some(n) = base {
                self.share(ipath.key("municipalities"), share, n, ind.among.is_some());
            }
        } else if ind.among.is_some() {
            self.warning(ipath.key("among"), "`among` tells which municipalities a share counts, but the indicator has no `municipalities = \"X/N\"`; add it or remove `among`");
        }
        let plain = ind.text.plain();
        for found in shares_in_text(&plain) {
            let expected = match (ind.municipalities, base) {
                (Some(s), _) => s.of(),
                (None, Some(n)) => u32::try_from(n).unwrap_or(u32::MAX),
                (None, None) => continue,
            };
            if found.share.of() == expected {
                continue;
            }
            let plainly = found.placeholder || mentions_municipalities(&plain);
            if !plainly && ind.municipalities.is_none() {
                continue;
            }
            let share = found.share;
            let message = match ind.municipalities {
                Some(s) => format!(
                    "the text says `{share}`, but the indicator counts `{s}`; make them agree"
                ),
                None if ind.among.is_some() => format!(
                    "the text counts out of {} municipalities (`{share}`), but `among` names {expected}; check which municipalities the share is of",
                    share.of()
                ),
                None => format!(
                    "the text counts out of {} municipalities (`{share}`), but the agreement has {expected}; if the share is of some municipalities only, add `municipalities = \"{share}\"` and `among = [...]` naming them, otherwise write `{}`",
                    share.of(),
                    advise_share(share, expected)
                ),
            };
            self.warning(ipath.key("text"), message);
        }
        self.follow_up_fields(ipath, ind);
        if let Some(y) = ind.baseline_year {
            let year = a.meta.date.year();
            if !(1900..=year).contains(&y) {
                self.warning(
                    ipath.key("baseline_year"),
                    format!("the baseline year {y} is not between 1900 and the agreement's year {year}; check it"),
                );
            }
        }
    }

    /// The fields only follow-up reads: the kind of value and the numeric
    /// target agree with the scale, the share and the unit.
    fn follow_up_fields(&mut self, ipath: &FieldPath, ind: &crate::model::Indicator) {
        use crate::model::ValueKind;
        let at = ipath.key("value_kind");
        if let Some(kind) = ind.value_kind {
            let share = ind.municipalities.is_some();
            match kind {
                ValueKind::Scale if ind.scale.is_none() => self.error(
                    at,
                    "a scale point needs the scale; add `scale = [1, 5]` (its lowest and highest point)",
                ),
                ValueKind::Number | ValueKind::Percentage | ValueKind::Scale if share => self.error(
                    at,
                    "a share of municipalities (`X/N`) is counted from each municipality's answer; write `value_kind = \"yes_no\"` or `\"action_status\"`",
                ),
                k if ind.scale.is_some() && k != ValueKind::Scale && !share => self.error(
                    at,
                    "the indicator has a `scale`, so its value is a point of the scale; write `value_kind = \"scale\"` or remove `scale`",
                ),
                ValueKind::Percentage
                    if ind.unit.as_ref().is_some_and(|u| u.as_str().trim() != "%") =>
                {
                    self.error(
                        at,
                        "a percentage has the unit `%`; write `unit = \"%\"`, or `value_kind = \"number\"` for a value in another unit",
                    )
                }
                _ => {}
            }
        }
        let Some(t) = ind.target_value else { return };
        let at = ipath.key("target_value");
        if !t.is_finite() {
            self.error(
                at,
                "the numeric target is not a number; write it as digits, e.g. `92`",
            );
            return;
        }
        if ind.target.is_none() {
            self.error(
                at.clone(),
                "a numeric target needs its words as well, which the agreement prints: add `target = \"…\"`, e.g. `target = \"vähintään 92 %\"`",
            );
        }
        match (ind.effective_value_kind(), ind.municipalities) {
            (_, Some(share)) if t.fract() != 0.0 || t < 0.0 || t > f64::from(share.of()) => self
                .error(
                    at,
                    format!(
                        "the target of a share of municipalities is a number of them, 0 to {}; `{}` is not",
                        share.of(),
                        crate::finnish::decimal(t)
                    ),
                ),
            (_, Some(_)) => {}
            (ValueKind::Percentage, None) if !(0.0..=100.0).contains(&t) => self.error(
                at,
                format!(
                    "a percentage is 0–100; the target `{}` is not",
                    crate::finnish::decimal(t)
                ),
            ),
            (ValueKind::Scale, None) => {
                if let Some([lo, hi]) = ind.scale
                    && !(f64::from(lo)..=f64::from(hi)).contains(&t)
                {
                    self.error(
                        at,
                        format!(
                            "the target `{}` is outside the scale {lo}–{hi}",
                            crate::finnish::decimal(t)
                        ),
                    );
                }
            }
            (ValueKind::YesNo | ValueKind::ActionStatus, None) => self.error(
                at,
                "a yes/no or action-status indicator is reached by `yes` or `done`; remove `target_value`",
            ),
            _ => {}
        }
    }

    /// Checks `among` and returns how many municipalities it names.
    fn among(&mut self, path: &FieldPath, among: &Among) -> Option<usize> {
        let a = self.a;
        match among {
            Among::Parties(ids) => {
                if ids.is_empty() {
                    self.error(
                        path.clone(),
                        "`among` names no municipalities; list their ids or remove it",
                    );
                    return None;
                }
                let mut ok = true;
                let mut seen = BTreeSet::new();
                for (k, id) in ids.iter().enumerate() {
                    match a.party(id) {
                        None => {
                            let msg = self.unknown_party(id.as_str());
                            self.error(path.index(k), msg);
                            ok = false;
                        }
                        Some(p) if !p.kind.is_municipality() => {
                            self.error(path.index(k), format!("`{}` is not a municipality or city, so it cannot be counted in a share of municipalities", p.name));
                            ok = false;
                        }
                        Some(_) => {
                            if !seen.insert(id.as_str()) {
                                self.error(path.index(k), format!("`{id}` is listed twice"));
                                ok = false;
                            }
                        }
                    }
                }
                ok.then_some(seen.len())
            }
            Among::MembersOf { members_of } => match a.forum(members_of) {
                None => {
                    let msg = self.unknown_forum(members_of.as_str());
                    self.error(path.key("members_of"), msg);
                    None
                }
                Some(f) => {
                    let n = a.municipal_members(f).len();
                    if n == 0 {
                        self.error(path.key("members_of"), format!("`{}` has no municipalities among its members, so a share cannot be counted among them; list them under the body's `members`", f.name));
                        return None;
                    }
                    Some(n)
                }
            },
        }
    }

    fn share(
        &mut self,
        path: FieldPath,
        share: MunicipalityShare,
        municipalities: usize,
        among: bool,
    ) {
        let n = u32::try_from(municipalities).unwrap_or(u32::MAX);
        if share.of() != n {
            let whose = if among {
                "`among` names"
            } else {
                "the agreement has"
            };
            self.error(
                path,
                format!(
                    "the indicator counts out of {} municipalities (`{share}`), but {whose} {n}; write `{}`",
                    share.of(),
                    advise_share(share, n)
                ),
            );
        } else if share.count().is_some_and(|c| c > share.of()) {
            self.error(
                path,
                format!("`{share}` counts more municipalities than there are"),
            );
        }
    }

    fn rules(&mut self) {
        let a = self.a;
        if let Some(f) = &a.follow_up {
            let path = root().key("follow_up");
            self.prose(&path.key("text"), &f.text);
            for (k, id) in f.forums.iter().enumerate() {
                if a.forum(id).is_none() {
                    let msg = self.unknown_forum(id.as_str());
                    self.error(path.key("forums").index(k), msg);
                }
            }
            let rounds: Vec<FieldPath> = if f.rounds.len() == 1 {
                vec![path.key("window")]
            } else {
                (0..f.rounds.len())
                    .map(|k| path.key("rounds").index(k))
                    .collect()
            };
            if f.rounds.len() > 12 {
                self.error(
                    path.key("rounds"),
                    format!(
                        "{} follow-up rounds is more than one a month; check the list",
                        f.rounds.len()
                    ),
                );
            }
            let mut previous: Option<u32> = None;
            for (at, w) in rounds.into_iter().zip(&f.rounds) {
                let mut ok = true;
                for (field, m) in [("from_month", w.from_month), ("to_month", w.to_month)] {
                    if !(1..=12).contains(&m) {
                        ok = false;
                        self.error(
                            at.key(field),
                            format!("{m} is not a month; write 1 (January) to 12 (December)"),
                        );
                    }
                }
                if ok && w.from_month > w.to_month {
                    self.error(at.clone(), format!("the window runs from month {} back to month {}; a window stays within one year, so write the earlier month first", w.from_month, w.to_month));
                }
                if ok
                    && let Some(prev) = previous
                    && w.from_month <= prev
                {
                    self.error(at, "the rounds overlap or are out of order; list them in the order of the year, each after the one before");
                }
                if ok {
                    previous = Some(w.to_month);
                }
            }
        }
        if let Some(until) = a.validity.until
            && until <= a.meta.date
        {
            self.error(
                root().key("validity").key("until"),
                format!(
                    "the agreement would end on {}, not after its date {}; check the date",
                    until.finnish(),
                    a.meta.date.finnish()
                ),
            );
        }
        if let Some(r) = &a.validity.review {
            let path = root().key("validity").key("review");
            if r.deadline <= a.meta.date {
                self.error(
                    path.key("deadline"),
                    format!(
                        "the review deadline {} is not after the agreement's date {}; the review comes later",
                        r.deadline.finnish(),
                        a.meta.date.finnish()
                    ),
                );
            }
            self.rich(path.key("text"), &r.text, true);
        }
        let notice = root().key("termination").key("notice_months");
        if a.termination.notice_months == 0 {
            self.error(
                notice,
                "the notice period is 0 months; it must be at least 1 month (the 2023 agreement has 12)",
            );
        } else if a.termination.notice_months > 120 {
            self.error(
                notice,
                format!(
                    "a notice period of {} months is more than ten years; check the number",
                    a.termination.notice_months
                ),
            );
        } else if a.termination.notice_months > 60 {
            self.warning(
                notice,
                format!(
                    "a notice period of {} months is unusually long; check it",
                    a.termination.notice_months
                ),
            );
        }
        self.optional(
            root().key("signing").key("place"),
            a.signing.place.as_ref(),
            "place of signing",
        );
        if a.signing.counterparts == Some(0) {
            self.error(root().key("signing").key("counterparts"), "the agreement is made in at least one counterpart; write 1 or more, or leave it out for one per party");
        }
    }

    fn representatives(&mut self) {
        let a = self.a;
        for (i, r) in a.representatives.iter().enumerate() {
            let path = root().key("representatives").index(i);
            if a.party(&r.party).is_none() {
                let msg = self.unknown_party(r.party.as_str());
                self.error(path.key("party"), msg);
            }
            match a.forum(&r.forum) {
                None => {
                    let msg = self.unknown_forum(r.forum.as_str());
                    self.error(path.key("forum"), msg);
                }
                Some(f) if f.named_representatives == Some(false) => self.error(
                    path.key("forum"),
                    format!(
                        "`{}` has no representatives named by the parties (`named_representatives = false`); remove this entry or change that setting",
                        f.name
                    ),
                ),
                Some(_) => {}
            }
            self.required(path.key("name"), &r.name, "representative's name");
            self.optional(
                path.key("title"),
                r.title.as_ref(),
                "representative's title",
            );
            self.optional(path.key("deputy"), r.deputy.as_ref(), "deputy's name");
        }
    }

    fn annexes(&mut self) {
        let x = &self.a.annexes;
        let path = root().key("annexes");
        for (field, value, what) in [
            ("structures_title", &x.structures_title, "title of Annex 1"),
            ("goals_title", &x.goals_title, "title of Annex 2"),
            ("priority_heading", &x.priority_heading, "priority heading"),
            ("goal_heading", &x.goal_heading, "goal column heading"),
            (
                "indicator_heading",
                &x.indicator_heading,
                "indicator column heading",
            ),
            ("action_heading", &x.action_heading, "action column heading"),
            (
                "lead_heading",
                &x.lead_heading,
                "responsibility column heading",
            ),
        ] {
            self.optional(path.key(field), value.as_ref(), what);
        }
        for (i, annex) in x.additional.iter().enumerate() {
            let at = path.key("additional").index(i);
            self.required(at.key("title"), &annex.title, "annex title");
            match &annex.content {
                AnnexContent::Blocks(blocks) => {
                    if blocks.is_empty() {
                        self.error(
                            at.key("blocks"),
                            "the annex has no text; add blocks or remove the annex",
                        );
                    }
                    self.prose(&at.key("blocks"), blocks);
                }
                AnnexContent::Table(table) => {
                    let t = at.key("table");
                    if table.columns.is_empty() {
                        self.error(
                            t.key("columns"),
                            "the table has no columns; add their headings",
                        );
                    }
                    for (k, c) in table.columns.iter().enumerate() {
                        self.required(t.key("columns").index(k), c, "column heading");
                    }
                    if table.rows.is_empty() {
                        self.error(
                            t.key("rows"),
                            "the table has no rows; add rows or remove the annex",
                        );
                    }
                    for (r, row) in table.rows.iter().enumerate() {
                        if row.len() != table.columns.len() {
                            self.error(
                                t.key("rows").index(r),
                                format!(
                                    "the row has {} but the table has {} columns; give one cell per column (an empty one is \"\")",
                                    if row.len() == 1 { "1 cell".to_owned() } else { format!("{} cells", row.len()) },
                                    table.columns.len()
                                ),
                            );
                        }
                        for (c, cell) in row.iter().enumerate() {
                            self.rich(t.key("rows").index(r).index(c), cell, false);
                        }
                    }
                }
                AnnexContent::Document(doc) => {
                    let d = at.key("document");
                    self.required(d.key("name"), &doc.name, "document's name");
                    self.optional(d.key("reference"), doc.reference.as_ref(), "reference");
                }
            }
        }
    }

    fn footnotes_and_inserts(&mut self) {
        let a = self.a;
        for (key, text) in &a.footnotes {
            let path = root().key("footnotes").key(key.clone());
            self.rich(path.clone(), text, true);
            // A footnote nothing refers to would be missing from the PDF,
            // also from one language version only.
            let languages = a.meta.languages.clone();
            let unused: Vec<Language> = languages
                .all()
                .iter()
                .copied()
                .filter(|l| {
                    !self
                        .used_footnotes
                        .get(l)
                        .is_some_and(|used| used.contains(key))
                })
                .collect();
            if unused.len() == languages.all().len() {
                self.error(
                    path,
                    format!("the footnote `{key}` is never referred to, so the agreement would not show it; add `[^{key}]` where it belongs or remove it"),
                );
            } else {
                for l in unused {
                    self.error(
                        path.clone(),
                        format!("the footnote `{key}` is not referred to in the {} (`{l}`) text, so that version would not show it; add `[^{key}]` there too", l.english_name()),
                    );
                }
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
            (
                Insert::InterfaceAreas,
                !a.interface_areas.is_empty(),
                "interface_areas",
                "the interface areas and their counterpart pairs",
            ),
        ];
        for (insert, present, path, what) in missing {
            let placed = self.inserts.contains_key(&insert);
            // Content that is given but never placed would be silently
            // missing from the signed document. (The figure may name the
            // interface areas, but not their counterpart pairs.)
            if present && !placed && !a.sections.is_empty() {
                self.error(
                    root().key(path),
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
                    root().key("sections"),
                    format!("the {what} are not placed in any section, so the agreement text would not show them; add `{{ insert = \"{}\" }}` to a section's blocks", insert_name(insert)),
                );
            }
        }
        if self.inserts.contains_key(&Insert::StructureFigure)
            && a.forums.is_empty()
            && a.tiers.is_empty()
        {
            let at = self.inserts[&Insert::StructureFigure].clone();
            self.error(at, "the structure figure is drawn from the tiers and bodies, but none are defined; add `[[tiers]]` and `[[forums]]` or remove the insert");
        }
        if self.inserts.contains_key(&Insert::Priorities) && a.priorities.is_empty() {
            let at = self.inserts[&Insert::Priorities].clone();
            self.error(at, "the priorities are inserted here but none are defined; add `[[priorities]]` or remove the insert");
        }
    }
}

/// The snake_case name of an insert as written in the input.
fn insert_name(insert: Insert) -> String {
    serde_json::to_value(insert)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The kinds of content of a tier in words, for messages.
fn content_names(contents: &[TierContent]) -> String {
    contents
        .iter()
        .map(|c| {
            serde_json::to_value(c)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

/// The share to write instead of `share` when there are `n`
/// municipalities: all of them stays all of them ("11/11" → "12/12").
fn advise_share(share: MunicipalityShare, n: u32) -> MunicipalityShare {
    match share.count() {
        Some(c) if c == share.of() => MunicipalityShare::new(Some(n), n),
        Some(c) if c <= n => MunicipalityShare::new(Some(c), n),
        _ => MunicipalityShare::new(None, n),
    }
}

/// Whether a text speaks of municipalities, so that an `n/N` in it is
/// plainly a share of them ("kunnista 5/11", "kuntien määrä"). Finnish
/// forms are matched by their stems; `kunto` (condition), `kuntoutus`
/// (rehabilitation) and `kunnes` (until) are not municipalities.
fn mentions_municipalities(text: &str) -> bool {
    const STEMS: [&str; 13] = [
        "kunta",
        "kunnat",
        "kuntien",
        "kuntia",
        "kuntiin",
        "kunnan",
        "kunnas",
        "kunnal",
        "kunnis",
        "kunnil",
        "kaupun",
        "kommun",
        "municipal",
    ];
    text.split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .any(|w| STEMS.iter().any(|s| w.contains(s)))
}

/// A share of municipalities found in text.
struct TextShare {
    share: MunicipalityShare,
    /// Written with the placeholder `X`: plainly a share to be measured.
    placeholder: bool,
}

/// Finds what may be shares of municipalities in indicator text: `X/11`, or
/// `5/11` where the count is at most the total and the total is at most the
/// number of Finnish municipalities. Dates (`1.1.2025`), school years
/// (`2027/2028`), `24/7` and `K/E` do not match.
fn shares_in_text(text: &str) -> Vec<TextShare> {
    const MAX_MUNICIPALITIES: u32 = 400;
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
                    let plausible = share.of() >= 2
                        && share.of() <= MAX_MUNICIPALITIES
                        && share.count().is_none_or(|c| c <= share.of());
                    if plausible {
                        found.push(TextShare {
                            share,
                            placeholder: share.count().is_none(),
                        });
                    }
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

    fn shares(t: &str) -> Vec<String> {
        shares_in_text(t)
            .iter()
            .map(|s| s.share.to_string())
            .collect()
    }

    #[test]
    fn finds_shares() {
        assert_eq!(shares("kyselyin (X/11) vuosittain"), vec!["X/11"]);
        assert_eq!(shares("aikana (11/11)."), vec!["11/11"]);
        assert!(shares("1.1.2025 ja/tai 2023–2024, K/E").is_empty());
        assert!(shares("viranhaltija/työntekijä").is_empty());
        // Not shares of municipalities: a service hours pattern, a school year.
        assert!(shares("kriisipalvelu (24/7)").is_empty());
        assert!(shares("lukuvuonna 2027/2028").is_empty());
    }

    #[test]
    fn advice_keeps_all_as_all() {
        let s = |t: &str| t.parse::<MunicipalityShare>().unwrap();
        assert_eq!(advise_share(s("11/11"), 12).to_string(), "12/12");
        assert_eq!(advise_share(s("X/11"), 12).to_string(), "X/12");
        assert_eq!(advise_share(s("5/11"), 12).to_string(), "5/12");
        assert_eq!(advise_share(s("9/11"), 8).to_string(), "X/8");
    }

    #[test]
    fn municipality_words() {
        assert!(mentions_municipalities("kunnista 5/11 on tehnyt"));
        assert!(mentions_municipalities("Kuntien määrä"));
        assert!(!mentions_municipalities("kriisipalvelu ympäri vuorokauden"));
        assert!(!mentions_municipalities(
            "kuntoutus alkaa kunnes kunto paranee"
        ));
    }
}
