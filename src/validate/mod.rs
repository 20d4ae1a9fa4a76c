//! Validation: every problem of an agreement at once, each with its place.
//!
//! [`validate`] walks the whole agreement and collects [`Finding`]s, errors
//! and warnings, each with a [`FieldPath`] into the input such as
//! `parties[4].business_id`. Only an agreement without errors becomes a
//! [`ValidatedAgreement`], the type the renderer takes.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

pub use crate::diagnostic::{AgreementPlace, Code, Finding, Invalid, Location, Report, Severity};
use crate::diagnostic::{Count, Message, Noun, Word};
pub use crate::ids::ItemKind;
use crate::ids::{BusinessId, Date, ItemId, MunicipalityCode, MunicipalityShare};
use crate::language::Language;
use crate::load::{Format, Loaded};
use crate::model::{
    Agreement, Among, AnnexContent, Block, BodyRef, Frequency, GoalsForm, Insert, Party, PartyKind,
    ProseBlock, Responsibility, Status, TierContent,
};
use crate::path::FieldPath;
use crate::text::{RichText, Span, Text};

impl Report {
    /// Fills in line and column of each finding from the TOML source the
    /// agreement was parsed from. A place the source does not have (an
    /// entry added in code at the end of a list, say) gets no location
    /// rather than a wrong one.
    ///
    /// This trusts that the agreement is still the one parsed from
    /// `source`. For an agreement changed in code after loading use
    /// [`Loaded::validate`](crate::Loaded::validate), which places a finding
    /// only where the agreement still holds what the source says.
    ///
    /// ```
    /// let source = std::fs::read_to_string("tests/data/invalid/business-id-check-digit.toml")?;
    /// let agreement = sopimus::Agreement::from_toml_str(&source)?;
    /// let mut report = agreement.validate().unwrap_err().0;
    /// report.locate_in_toml(&source);
    /// let place = report.findings[0].location().expect("in the file");
    /// assert_eq!(place.to_string(), "line 41, column 15");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn locate_in_toml(&mut self, source: &str) {
        let located = crate::locate::Locator::new(source);
        for finding in &mut self.findings {
            finding.at.location = located.as_ref().and_then(|l| l.find(&finding.at.path));
        }
    }
}

/// Settings for [`validate`].
///
/// Like the other option structs ([`RenderOptions`](crate::RenderOptions),
/// [`ExportOptions`](crate::export::ExportOptions)) it is
/// `#[non_exhaustive]`: start from [`ValidateOptions::new`] (the same as
/// `default()`) and change what differs.
///
/// ```
/// use sopimus::{Date, ValidateOptions};
///
/// let today = Date::from_ymd(2026, 4, 10).expect("a real day");
/// let options = ValidateOptions::new().today(today);
/// assert_eq!(options.today, Some(today));
/// ```
///
/// ```compile_fail,E0639
/// let options = sopimus::ValidateOptions { today: None };
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ValidateOptions {
    /// The date taken as today, for the rule that nothing is approved or
    /// signed in the future; the system's local date when `None`.
    pub today: Option<Date>,
}

impl ValidateOptions {
    /// The defaults: today is the system's local date.
    pub fn new() -> Self {
        ValidateOptions::default()
    }

    /// Options with a fixed date for today, for reproducible results.
    pub fn with_today(today: Date) -> Self {
        ValidateOptions::new().today(today)
    }

    /// The date taken as today.
    #[must_use]
    pub fn today(mut self, today: Date) -> Self {
        self.today = Some(today);
        self
    }
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

    /// The report, for placing its findings in the source.
    pub(crate) fn report_mut(&mut self) -> &mut Report {
        &mut self.report
    }

    /// Gives back the agreement.
    pub fn into_inner(self) -> Agreement {
        self.agreement
    }
}

impl Agreement {
    /// Validates with default options; see [`validate`].
    ///
    /// ```
    /// let agreement = sopimus::load("tests/data/valid/minimal.toml")?.agreement;
    /// let valid = agreement.validate()?;
    /// assert_eq!(valid.business_ids()[0].as_str(), "3221307-8");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
/// [`ValidatedAgreement::report`]. For a loaded file,
/// [`Loaded::validate`](crate::Loaded::validate) also gives each finding
/// its line and column.
///
/// ```
/// use sopimus::{Invalid, ValidateOptions, validate};
///
/// let mut agreement = sopimus::load("tests/data/valid/minimal.toml")?.agreement;
/// agreement.parties[3].business_id = "0145801-4".into();
/// let Err(Invalid(report)) = validate(agreement, &ValidateOptions::new()) else {
///     panic!("a wrong check digit is an error");
/// };
/// let finding = report.errors().next().expect("one error");
/// assert_eq!(finding.path().to_string(), "parties[3].business_id");
/// assert!(finding.message.contains("check digit 4, but its digits give 3"));
/// # Ok::<(), sopimus::LoadError>(())
/// ```
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

impl Loaded {
    /// Validates the agreement and places every finding in the source: its
    /// line and column in the TOML file, in one call.
    ///
    /// A finding is placed only where the agreement still holds what the
    /// source says along the finding's path: a place the source does not
    /// have (an entry added in code), or one changed in code since loading
    /// (a value set, an entry inserted before it), gets no location rather
    /// than another entry's line. Findings of a JSON input are not placed.
    ///
    /// ```
    /// let loaded = sopimus::load("tests/data/invalid/business-id-check-digit.toml")?;
    /// let invalid = loaded.validate(&sopimus::ValidateOptions::new()).unwrap_err();
    /// let finding = invalid.0.errors().next().expect("one error");
    /// assert_eq!(finding.path().to_string(), "parties[3].business_id");
    /// let at = finding.location().expect("placed in the file");
    /// assert_eq!((at.line, at.column), (41, 15));
    /// // `{:#}` lists every finding with its place.
    /// assert!(format!("{invalid:#}").contains("parties[3].business_id (line 41, column 15)"));
    /// # Ok::<(), sopimus::LoadError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Invalid`] with every finding, located, when any is an error.
    pub fn validate(&self, options: &ValidateOptions) -> Result<ValidatedAgreement, Invalid> {
        match crate::validate(self.agreement.clone(), options) {
            Ok(mut valid) => {
                self.locate(valid.report_mut());
                Ok(valid)
            }
            Err(Invalid(mut report)) => {
                self.locate(&mut report);
                Err(Invalid(report))
            }
        }
    }

    /// Sets the location of each finding: its place in the source when the
    /// agreement still holds there what the source says, else none.
    fn locate(&self, report: &mut Report) {
        for finding in &mut report.findings {
            finding.at.location = None;
        }
        if self.format != Format::Toml {
            return;
        }
        let Some(locator) = crate::locate::Locator::new(&self.source) else {
            return;
        };
        // What the source says, to compare with what the agreement holds now.
        let as_written = crate::load::parse(&self.source, self.format, &self.path)
            .ok()
            .and_then(|a| serde_json::to_value(a).ok());
        let Some((as_written, now)) = as_written.zip(serde_json::to_value(&self.agreement).ok())
        else {
            return;
        };
        let unchanged = as_written == now;
        for finding in &mut report.findings {
            if unchanged || crate::locate::same_along(&as_written, &now, &finding.at.path) {
                finding.at.location = locator.find(&finding.at.path);
            }
        }
    }
}

pub use crate::limits;

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
    fn error(&mut self, path: FieldPath, message: Message) {
        self.findings.push(Finding::new(
            Severity::Error,
            AgreementPlace::new(path),
            message,
        ));
    }

    fn warning(&mut self, path: FieldPath, message: Message) {
        self.findings.push(Finding::new(
            Severity::Warning,
            AgreementPlace::new(path),
            message,
        ));
    }

    /// A text field that must not be blank, in every declared language.
    fn required<T: Versions + ?Sized>(&mut self, path: FieldPath, value: &T, what: Word) {
        for (at, _, text) in self.versions_at(&path, value) {
            if text.trim().is_empty() {
                self.error(at, Message::FieldEmpty { what });
            } else {
                self.plain(at, text);
            }
        }
        if value.is_localized() {
            self.translations(&path, &value.all_versions());
        }
    }

    /// An optional text field: when given, it must not be blank.
    fn optional<T: Versions + ?Sized>(&mut self, path: FieldPath, value: Option<&T>, what: Word) {
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
                Message::LanguageNotDeclared {
                    language: *l,
                    languages: languages.clone(),
                },
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
                Message::TranslationMissing {
                    name: Word::Language(*l),
                    language: *l,
                    example: example.join(", "),
                },
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
                    Message::TextTooLong {
                        chars,
                        limit: limits::TEXT_CHARS,
                    },
                );
            }
        }
        if let Some(c) = direction_override(value) {
            self.error(
                path.clone(),
                Message::TextDirectionControl {
                    codepoint: format!("{:04X}", u32::from(c)),
                },
            );
        }
        if let Some(c) = bad_control(value) {
            self.error(
                path,
                Message::TextControlCharacter {
                    codepoint: format!("{:04X}", u32::from(c)),
                },
            );
        } else if let Some(c) = value.chars().find(|c| !crate::coverage::printable(*c)) {
            // The PDF would lack the glyph: refused here, so that a valid
            // agreement always renders.
            self.error(
                path,
                Message::TextGlyphMissing {
                    character: c,
                    codepoint: format!("{:04X}", u32::from(c)),
                },
            );
        }
    }

    /// Rich text: marks parse, footnotes resolve, in every language.
    fn rich(&mut self, path: FieldPath, text: &RichText, required: bool) {
        for (at, language, version) in self.versions_at(&path, text) {
            self.plain(at.clone(), version);
            match crate::text::parse_spans(version) {
                Err(e) => self.error(at.clone(), Message::from(&e)),
                Ok(spans) => {
                    for span in spans {
                        if let Span::Footnote(key) = span {
                            if self.a.footnotes.contains_key(&key) {
                                self.used_footnotes.entry(language).or_default().insert(key);
                            } else {
                                self.error(at.clone(), Message::FootnoteUndefined { key });
                            }
                        }
                    }
                }
            }
            if required && crate::text::plain_of(version).trim().is_empty() {
                self.error(at, Message::TextEmpty {});
            }
        }
        self.translations(&path, &text.versions());
    }

    fn list(&mut self, path: FieldPath, items: &[RichText]) {
        if items.is_empty() {
            self.error(path.clone(), Message::ListEmpty {});
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
                ProseBlock::Subheading(h) => {
                    self.required(at.key("subheading"), h, Word::Subheading)
                }
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
                Block::Subheading(h) => self.required(at.key("subheading"), h, Word::Subheading),
                Block::Insert(what) => {
                    if let Some(first) = self.inserts.get(what) {
                        let message = Message::InsertTwice {
                            insert: insert_name(*what),
                            first: first.to_string(),
                        };
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
            self.required(at.key("heading"), &s.heading, Word::SectionHeading);
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
                    Message::DateOutOfRange {
                        date: date.to_string(),
                    },
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
        let mut counts: Vec<(FieldPath, usize, usize, Word)> = vec![
            (
                root().key("parties"),
                a.parties.len(),
                limits::PARTIES,
                Word::Parties,
            ),
            (
                root().key("forums"),
                a.forums.len(),
                limits::FORUMS,
                Word::Forums,
            ),
            (
                root().key("sections"),
                a.sections.len(),
                limits::SECTIONS,
                Word::Sections,
            ),
            (
                root().key("priorities"),
                a.priorities.len(),
                limits::PRIORITIES,
                Word::Priorities,
            ),
            (root().key("priorities"), goals, limits::GOALS, Word::Goals),
            (
                root().key("priorities"),
                indicators,
                limits::INDICATORS,
                Word::Indicators,
            ),
            (
                root().key("priorities"),
                actions,
                limits::INDICATORS,
                Word::Actions,
            ),
            (
                root().key("tiers"),
                a.tiers.len(),
                limits::TIERS,
                Word::Tiers,
            ),
            (
                root().key("interface_areas"),
                a.interface_areas.len(),
                limits::AREAS,
                Word::InterfaceAreas,
            ),
            (
                root().key("annexes").key("additional"),
                a.annexes.additional.len(),
                limits::AREAS,
                Word::AdditionalAnnexes,
            ),
        ];
        let blocks = Word::Blocks;
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
                self.error(path, Message::LimitExceeded { count, what, limit });
            }
        }
    }

    fn meta(&mut self) {
        let m = &self.a.meta;
        let at = root().key("meta");
        self.required(at.key("title"), &m.title, Word::Title);
        self.optional(
            at.key("short_title"),
            m.short_title.as_ref(),
            Word::ShortTitle,
        );
        self.optional(at.key("version"), m.version.as_ref(), Word::VersionLabel);
    }

    /// A number of a decision or statute section, written without `§`.
    fn section_number(&mut self, path: FieldPath, value: &str, what: Word) {
        if value.contains('§') {
            let bare = value.replace('§', "").trim().to_owned();
            self.error(path, Message::SectionNumberSign { what, bare });
        } else {
            self.required(path, value, what);
        }
    }

    fn parties(&mut self) -> (Vec<Option<BusinessId>>, Vec<Option<MunicipalityCode>>) {
        let a = self.a;
        if a.parties.is_empty() {
            self.error(root().key("parties"), Message::PartiesNone {});
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
                    Message::PartyIdMalformed { id: id.to_owned() },
                );
            } else if let Some(first) = ids.insert(id, i) {
                self.error(
                    path.key("id"),
                    Message::PartyIdDuplicate {
                        id: id.to_owned(),
                        first,
                    },
                );
            }
            self.required(path.key("name"), &p.name, Word::PartyName);
            self.optional(
                path.key("short_name"),
                p.short_name.as_ref(),
                Word::ShortName,
            );
            let key = p.name.as_str().trim().to_lowercase();
            if !key.is_empty()
                && let Some(first) = names.insert(key, i)
            {
                self.error(
                    path.key("name"),
                    Message::PartyNameDuplicate {
                        name: p.name.to_string(),
                        first,
                    },
                );
            }
            match p.business_id.parse() {
                Ok(bid) => {
                    if let Some(first) = bids.insert(bid.clone(), i) {
                        self.error(
                            path.key("business_id"),
                            Message::BusinessIdDuplicate {
                                id: bid.to_string(),
                                first,
                            },
                        );
                    }
                    checked.push(Some(bid));
                }
                Err(e) => {
                    self.error(path.key("business_id"), Message::from(&e));
                    checked.push(None);
                }
            }
            codes.push(self.municipality_code(&path, p, &mut codes_seen, i));
            self.optional(path.key("address"), p.address.as_ref(), Word::Address);
            match &p.signatory {
                Some(s) => {
                    let at = path.key("signatory");
                    self.required(at.key("name"), &s.name, Word::SignatoryName);
                    self.required(at.key("title"), &s.title, Word::SignatoryTitle);
                }
                None if a.meta.status == Status::Final => self.error(
                    path.key("signatory"),
                    Message::SignatoryMissing {
                        party: p.name.to_string(),
                    },
                ),
                None => {}
            }
            if let Some(ap) = &p.approval {
                let at = path.key("approval");
                self.required(at.key("body"), &ap.body, Word::ApprovingBody);
                if let Some(section) = &ap.section {
                    self.section_number(at.key("section"), section, Word::MinutesSection);
                }
                if ap.date > self.today {
                    self.error(
                        at.key("date"),
                        Message::ApprovalInFuture {
                            date: ap.date.finnish(),
                        },
                    );
                }
            }
            if let Some(signed) = p.signed_on {
                if signed > self.today {
                    self.error(
                        path.key("signed_on"),
                        Message::SignedInFuture {
                            party: p.name.to_string(),
                            date: signed.finnish(),
                        },
                    );
                }
                match &p.approval {
                    Some(ap) if signed < ap.date => self.error(
                        path.key("signed_on"),
                        Message::SignedBeforeApproval {
                            party: p.name.to_string(),
                            signed: signed.finnish(),
                            approved: ap.date.finnish(),
                        },
                    ),
                    None => self.warning(
                        path.key("approval"),
                        Message::ApprovalMissing {
                            party: p.name.to_string(),
                        },
                    ),
                    _ => {}
                }
                if a.meta.status == Status::Draft {
                    self.warning(path.key("signed_on"), Message::SignedDraft {});
                }
            }
        }
        match counties.len() {
            1 => {}
            0 if !a.parties.is_empty() => {
                self.error(root().key("parties"), Message::CountyMissing {});
            }
            0 => {}
            _ => {
                for &i in &counties[1..] {
                    self.error(
                        root().key("parties").index(i).key("kind"),
                        Message::CountyTwice { first: counties[0] },
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
                Message::MunicipalityCodeNotMunicipality {
                    party: p.name.to_string(),
                },
            );
            return None;
        }
        match raw.parse::<MunicipalityCode>() {
            Ok(code) => {
                if let Some(first) = seen.insert(code.clone(), i) {
                    self.error(
                        at,
                        Message::MunicipalityCodeDuplicate {
                            code: code.to_string(),
                            first,
                        },
                    );
                }
                Some(code)
            }
            Err(e) => {
                self.error(at, Message::from(&e));
                None
            }
        }
    }

    fn legal_basis(&mut self) {
        for (i, s) in self.a.legal_basis.iter().enumerate() {
            let path = root().key("legal_basis").index(i);
            self.required(path.key("name"), &s.name, Word::StatuteName);
            self.optional(path.key("number"), s.number.as_ref(), Word::StatuteNumber);
            if s.provisions.is_empty() {
                self.error(path.key("provisions"), Message::ProvisionsNone {});
            }
            for (j, p) in s.provisions.iter().enumerate() {
                let at = path.key("provisions").index(j);
                self.section_number(at.key("section"), &p.section, Word::SectionNumber);
                self.required(at.key("topic"), &p.topic, Word::Topic);
            }
        }
    }

    /// What an id of the shared namespace names, as a finding's message
    /// when it names nothing.
    fn unknown_ref(&self, id: &str) -> Message {
        let mut known: Vec<&str> = self.a.parties.iter().map(|p| p.id.as_str()).collect();
        known.extend(self.a.forums.iter().map(|f| f.id.as_str()));
        let id = id.to_owned();
        if known.is_empty() {
            Message::UnknownReferenceNothingDefined { id }
        } else {
            Message::UnknownReference {
                id,
                known: known.join(", "),
            }
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
                self.required(path.key("organ"), organ, Word::OrganName);
            }
            BodyRef::Group(_) if accepts == Accepts::One => {
                self.error(path, Message::GroupNotAllowed {});
            }
            BodyRef::Group(_) => {}
            BodyRef::Other(name) => {
                self.required(path.key("other"), name, Word::OrganisationName);
            }
        }
    }

    fn responsibility(&mut self, path: FieldPath, r: &Responsibility) {
        if r.responsible.is_empty() {
            self.error(path.key("responsible"), Message::ResponsibilityEmpty {});
        }
        for (field, list) in [("responsible", &r.responsible), ("partners", &r.partners)] {
            let mut seen: Vec<&BodyRef> = Vec::new();
            for (k, who) in list.iter().enumerate() {
                let at = path.key(field).index(k);
                if seen.contains(&who) {
                    self.warning(at.clone(), Message::NamedTwice {});
                }
                seen.push(who);
                self.body_ref(at, who, Accepts::Anyone);
            }
        }
        if let Some(t) = &r.text {
            self.required(path.key("text"), t, Word::ResponsibilityText);
        }
    }

    fn structure(&mut self) {
        let a = self.a;
        self.optional(
            root().key("structure").key("caption"),
            a.structure.caption.as_ref(),
            Word::Caption,
        );
        // The caption and the tiers' level names print only in the figure.
        let figure = self.inserts.contains_key(&Insert::StructureFigure);
        if a.structure.caption.is_some() && !figure {
            self.warning(
                root().key("structure").key("caption"),
                Message::ShownOnlyInFigure {
                    what: Word::Caption,
                },
            );
        }
        let mut levels: BTreeMap<u32, usize> = BTreeMap::new();
        for (i, t) in a.tiers.iter().enumerate() {
            let path = root().key("tiers").index(i);
            if t.level_name.is_some() && !figure {
                self.warning(
                    path.key("level_name"),
                    Message::ShownOnlyInFigure {
                        what: Word::LevelName,
                    },
                );
            }
            if let Some(first) = levels.insert(t.level, i) {
                self.error(
                    path.key("level"),
                    Message::TierLevelDuplicate {
                        level: t.level,
                        first,
                    },
                );
            }
            self.required(path.key("name"), &t.name, Word::TierName);
            self.optional(
                path.key("level_name"),
                t.level_name.as_ref(),
                Word::LevelName,
            );
            if t.contents.is_empty() {
                self.error(path.key("contents"), Message::TierContentsEmpty {});
            }
            let mut shown = BTreeSet::new();
            for (k, c) in t.contents.iter().enumerate() {
                if !shown.insert(format!("{c:?}")) {
                    self.error(path.key("contents").index(k), Message::TierContentTwice {});
                }
                if *c == TierContent::InterfaceAreas && a.interface_areas.is_empty() {
                    self.error(path.key("contents").index(k), Message::TierAreasNone {});
                }
            }
            self.prose(&path.key("blocks"), &t.blocks);
        }
        for (expected, (&level, &i)) in (1u32..).zip(levels.iter()) {
            if level != expected {
                self.error(
                    root().key("tiers").index(i).key("level"),
                    Message::TierGap { expected, level },
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
                self.error(path.key("id"), Message::ForumIdEmpty {});
            } else if !f.id.is_well_formed() {
                self.error(
                    path.key("id"),
                    Message::ForumIdMalformed { id: id.to_owned() },
                );
            } else if let Some(first) = ids.insert(id, i) {
                self.error(
                    path.key("id"),
                    Message::ForumIdDuplicate {
                        id: id.to_owned(),
                        first,
                    },
                );
            } else if let Some(&party) = party_ids.get(id) {
                self.error(
                    path.key("id"),
                    Message::ForumIdIsParty {
                        id: id.to_owned(),
                        party,
                    },
                );
            }
            self.required(path.key("name"), &f.name, Word::ForumName);
            self.optional(
                path.key("short_name"),
                f.short_name.as_ref(),
                Word::ShortName,
            );
            // The first few missing levels are enough to name.
            const SHOWN: usize = 5;
            let missing: Vec<u32> = f
                .tier
                .levels()
                .filter(|l| !levels.contains_key(l))
                .take(SHOWN + 1)
                .collect();
            if !missing.is_empty() {
                let known: Vec<String> = levels.keys().map(u32::to_string).collect();
                let mut which = missing
                    .iter()
                    .take(SHOWN)
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                if missing.len() > SHOWN {
                    which.push_str(&format!(" … {}", f.tier.last()));
                }
                self.error(
                    path.key("tier"),
                    if known.is_empty() {
                        Message::ForumTierNoneDefined {
                            forum: f.name.to_string(),
                            tier: which,
                        }
                    } else {
                        Message::ForumTierUnknown {
                            forum: f.name.to_string(),
                            tier: which,
                            known: known.join(", "),
                        }
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
                    Message::ForumNotDrawn {
                        forum: f.name.to_string(),
                        tier: t.level,
                        contents: content_words(&t.contents),
                    },
                );
            }
            self.per_municipality(&path, f);
            if let Some(c) = &f.convener {
                let at = path.key("convener");
                if c.party.is_none() && c.other.is_none() && !c.chair {
                    self.error(at.clone(), Message::ConvenerEmpty {});
                }
                if c.party.is_some() && c.other.is_some() {
                    self.error(at.clone(), Message::ConvenerBoth {});
                }
                if let Some(p) = &c.party {
                    if a.party(p).is_none() {
                        let msg = self.unknown_party(p.as_str());
                        self.error(at.key("party"), msg);
                    } else if f.per_municipality {
                        self.error(
                            at.key("party"),
                            Message::ConvenerPerMunicipality {
                                forum: f.name.to_string(),
                            },
                        );
                    }
                }
                self.optional(at.key("other"), c.other.as_ref(), Word::ConveningBody);
            }
            if let Some(by) = &f.appointed_by {
                self.body_ref(path.key("appointed_by"), by, Accepts::One);
                if let BodyRef::Id(by_id) = by
                    && by_id.as_str() == id
                {
                    self.error(path.key("appointed_by"), Message::AppointsItself {});
                }
            }
            self.members(&path, f);
            if let Some(Frequency::PerYear(c) | Frequency::PerCouncilTerm(c)) = &f.frequency {
                if c.min == 0 || c.min > c.max {
                    self.error(
                        path.key("frequency"),
                        Message::FrequencyNotRange {
                            min: c.min,
                            max: c.max,
                        },
                    );
                } else if c.max > 366 {
                    self.error(
                        path.key("frequency"),
                        Message::FrequencyTooMany { max: c.max },
                    );
                }
            }
            for (field, value, what) in [
                ("composition", &f.composition, Word::Composition),
                ("serves", &f.serves, Word::Serves),
                ("prepared_by", &f.prepared_by, Word::PreparedBy),
                ("presented_by", &f.presented_by, Word::PresentedBy),
            ] {
                self.optional(path.key(field), value.as_ref(), what);
            }
            if let Some(crate::model::Officers::Other(text)) = &f.officers {
                self.required(
                    path.key("officers").key("other"),
                    text,
                    Word::OfficersDescription,
                );
            }
            for (j, t) in f.tasks.iter().enumerate() {
                self.rich(path.key("tasks").index(j), t, true);
            }
        }
        for (i, j) in a.joint_meetings.iter().enumerate() {
            let path = root().key("joint_meetings").index(i);
            if j.forums.len() < 2 {
                self.error(path.key("forums"), Message::JointMeetingForums {});
            }
            for (k, id) in j.forums.iter().enumerate() {
                if a.forum(id).is_none() {
                    let msg = self.unknown_forum(id.as_str());
                    self.error(path.key("forums").index(k), msg);
                }
            }
            if j.at_least_per_year == 0 {
                self.error(path.key("at_least_per_year"), Message::JointMeetingZero {});
            } else if j.at_least_per_year > 366 {
                self.error(
                    path.key("at_least_per_year"),
                    Message::JointMeetingTooMany {
                        count: j.at_least_per_year,
                    },
                );
            }
        }
    }

    fn per_municipality(&mut self, path: &FieldPath, f: &crate::model::Forum) {
        let a = self.a;
        if !f.per_municipality && !f.municipalities.is_empty() {
            self.error(
                path.key("municipalities"),
                Message::MunicipalitiesWithoutPerMunicipality {},
            );
        }
        if f.per_municipality && a.municipality_count() == 0 {
            self.error(
                path.key("per_municipality"),
                Message::PerMunicipalityNoMunicipalities {},
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
                Some(p) if !p.kind.is_municipality() => self.error(
                    at,
                    Message::NotAMunicipality {
                        party: p.name.to_string(),
                    },
                ),
                Some(_) => {
                    if !seen.insert(id.as_str()) {
                        self.error(at, Message::ListedTwice { id: id.to_string() });
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
                self.error(at.clone(), Message::MemberTwice {});
            }
            seen.push(&m.who);
            self.body_ref(at.clone(), &m.who, Accepts::Anyone);
            if let BodyRef::Id(id) = &m.who
                && id.as_str() == f.id.as_str()
            {
                self.error(at.clone(), Message::MemberOfItself {});
            }
            match m.seats {
                Some(0) => self.error(at.key("seats"), Message::SeatsZero {}),
                Some(n) if n > 1_000 => {
                    self.error(at.key("seats"), Message::SeatsTooMany { seats: n });
                }
                _ => {}
            }
            self.optional(at.key("role"), m.role.as_ref(), Word::Role);
        }
    }

    fn unknown_party(&self, id: &str) -> Message {
        let known: Vec<&str> = self.a.parties.iter().map(|p| p.id.as_str()).collect();
        Message::UnknownParty {
            id: id.to_owned(),
            known: known.join(", "),
        }
    }

    fn unknown_forum(&self, id: &str) -> Message {
        let known: Vec<&str> = self.a.forums.iter().map(|f| f.id.as_str()).collect();
        let id = id.to_owned();
        if known.is_empty() {
            Message::UnknownForumNoneDefined { id }
        } else {
            Message::UnknownForum {
                id,
                known: known.join(", "),
            }
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
                    Message::AreaIdMalformed { id: id.to_owned() },
                );
            } else if let Some(first) = ids.insert(id, i) {
                self.error(
                    path.key("id"),
                    Message::AreaIdDuplicate {
                        id: id.to_owned(),
                        first,
                    },
                );
            }
            self.required(path.key("name"), &area.name, Word::AreaName);
            self.required(
                path.key("municipal_contact"),
                &area.municipal_contact,
                Word::MunicipalContact,
            );
            self.required(
                path.key("county_contact"),
                &area.county_contact,
                Word::CountyContact,
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
            self.required(path.key("title"), &p.title, Word::PriorityTitle);
            let number = p.number.unwrap_or(u32::try_from(i + 1).unwrap_or(u32::MAX));
            if let Some(n) = p.number
                && let Some(first) = numbers.insert(n, i)
            {
                self.error(
                    path.key("number"),
                    Message::PriorityNumberDuplicate { number: n, first },
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
                    Message::PriorityWithoutGoals {
                        priority: p.title.to_string(),
                    },
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
                    Word::IndicatorsIntro,
                );
                if goal.indicators.is_empty() {
                    self.error(gpath.key("indicators"), Message::GoalWithoutIndicators {});
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
                    self.error(gpath.key("actions"), Message::ActionsInSimpleForm {});
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
                        Message::ItemIdMalformed { id: id.to_string() },
                    );
                }
                (id.clone(), false)
            }
            None => (ItemId::from(generate()), true),
        };
        if let Some(first) = taken.get(&id) {
            let (id, first) = (id.to_string(), first.to_string());
            if generated {
                self.error(path.clone(), Message::GeneratedIdDuplicate { id, first });
            } else {
                self.error(path.key("id"), Message::ItemIdDuplicate { id, first });
            }
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
        self.optional(ipath.key("target"), ind.target.as_ref(), Word::Target);
        self.optional(ipath.key("unit"), ind.unit.as_ref(), Word::Unit);
        if let Some([lo, hi]) = ind.scale
            && lo >= hi
        {
            self.error(
                ipath.key("scale"),
                Message::ScaleNotRange { low: lo, high: hi },
            );
        }
        if let Some(source) = &ind.source {
            self.required(
                ipath.key("source").key("name"),
                &source.name,
                Word::SourceName,
            );
            self.optional(
                ipath.key("source").key("id"),
                source.id.as_ref(),
                Word::SourceId,
            );
        }
        if let Some(v) = ind.baseline_value
            && !v.is_finite()
        {
            self.error(ipath.key("baseline_value"), Message::BaselineNotANumber {});
        }
        if ind.baseline_value.is_some() && ind.baseline_year.is_none() {
            self.warning(ipath.key("baseline_value"), Message::BaselineWithoutYear {});
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
            self.warning(ipath.key("among"), Message::AmongWithoutShare {});
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
                Some(s) => Message::TextShareDiffers {
                    text: share.to_string(),
                    share: s.to_string(),
                },
                None if ind.among.is_some() => Message::TextShareAmong {
                    of: share.of(),
                    text: share.to_string(),
                    count: expected,
                },
                None => Message::TextShareTotal {
                    of: share.of(),
                    text: share.to_string(),
                    count: expected,
                    advice: advise_share(share, expected).to_string(),
                },
            };
            self.warning(ipath.key("text"), message);
        }
        self.follow_up_fields(ipath, ind);
        if let Some(y) = ind.baseline_year {
            let year = a.meta.date.year();
            if !(1900..=year).contains(&y) {
                self.warning(
                    ipath.key("baseline_year"),
                    Message::BaselineYear {
                        year: y,
                        agreement_year: year,
                    },
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
                ValueKind::Scale if ind.scale.is_none() => {
                    self.error(at, Message::ValueKindScaleWithoutScale {});
                }
                ValueKind::Number | ValueKind::Percentage | ValueKind::Scale if share => {
                    self.error(at, Message::ValueKindShare {});
                }
                k if ind.scale.is_some() && k != ValueKind::Scale && !share => {
                    self.error(at, Message::ValueKindNotScale {});
                }
                ValueKind::Percentage
                    if ind.unit.as_ref().is_some_and(|u| u.as_str().trim() != "%") =>
                {
                    self.error(at, Message::ValueKindPercentageUnit {});
                }
                _ => {}
            }
        }
        let Some(t) = ind.target_value else { return };
        let at = ipath.key("target_value");
        if !t.is_finite() {
            self.error(at, Message::TargetValueNotANumber {});
            return;
        }
        if ind.target.is_none() {
            self.error(at.clone(), Message::TargetValueWithoutWords {});
        }
        match (ind.effective_value_kind(), ind.municipalities) {
            (_, Some(share)) if t.fract() != 0.0 || t < 0.0 || t > f64::from(share.of()) => self
                .error(
                    at,
                    Message::TargetValueShare {
                        of: share.of(),
                        target: crate::finnish::decimal(t),
                    },
                ),
            (_, Some(_)) => {}
            (ValueKind::Percentage, None) if !(0.0..=100.0).contains(&t) => self.error(
                at,
                Message::TargetValuePercentage {
                    target: crate::finnish::decimal(t),
                },
            ),
            (ValueKind::Scale, None) => {
                if let Some([lo, hi]) = ind.scale
                    && !(f64::from(lo)..=f64::from(hi)).contains(&t)
                {
                    self.error(
                        at,
                        Message::TargetValueScale {
                            target: crate::finnish::decimal(t),
                            low: lo,
                            high: hi,
                        },
                    );
                }
            }
            (ValueKind::YesNo | ValueKind::ActionStatus, None) => {
                self.error(at, Message::TargetValueYesNo {});
            }
            _ => {}
        }
    }

    /// Checks `among` and returns how many municipalities it names.
    fn among(&mut self, path: &FieldPath, among: &Among) -> Option<usize> {
        let a = self.a;
        match among {
            Among::Parties(ids) => {
                if ids.is_empty() {
                    self.error(path.clone(), Message::AmongEmpty {});
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
                            self.error(
                                path.index(k),
                                Message::AmongNotAMunicipality {
                                    party: p.name.to_string(),
                                },
                            );
                            ok = false;
                        }
                        Some(_) => {
                            if !seen.insert(id.as_str()) {
                                self.error(
                                    path.index(k),
                                    Message::ListedTwice { id: id.to_string() },
                                );
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
                        self.error(
                            path.key("members_of"),
                            Message::AmongNoMunicipalMembers {
                                forum: f.name.to_string(),
                            },
                        );
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
            let (of, count) = (share.of(), n);
            let (share, advice) = (share.to_string(), advise_share(share, n).to_string());
            self.error(
                path,
                if among {
                    Message::ShareWrongTotalAmong {
                        of,
                        share,
                        count,
                        advice,
                    }
                } else {
                    Message::ShareWrongTotal {
                        of,
                        share,
                        count,
                        advice,
                    }
                },
            );
        } else if share.count().is_some_and(|c| c > share.of()) {
            self.error(
                path,
                Message::ShareCountTooHigh {
                    share: share.to_string(),
                },
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
            if f.rounds.is_empty() {
                // The file's form cannot say this (`window` or `rounds` is
                // required), but an agreement built in code can.
                self.error(path.key("rounds"), Message::FollowUpRoundsNone {});
            }
            if f.rounds.len() > 12 {
                self.error(
                    path.key("rounds"),
                    Message::FollowUpRoundsTooMany {
                        count: f.rounds.len(),
                    },
                );
            }
            let mut previous: Option<u32> = None;
            for (at, w) in rounds.into_iter().zip(&f.rounds) {
                let mut ok = true;
                for (field, m) in [("from_month", w.from_month), ("to_month", w.to_month)] {
                    if !(1..=12).contains(&m) {
                        ok = false;
                        self.error(at.key(field), Message::MonthInvalid { month: m });
                    }
                }
                if ok && w.from_month > w.to_month {
                    self.error(
                        at.clone(),
                        Message::WindowBackwards {
                            from: w.from_month,
                            to: w.to_month,
                        },
                    );
                }
                if ok
                    && let Some(prev) = previous
                    && w.from_month <= prev
                {
                    self.error(at, Message::RoundsOutOfOrder {});
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
                Message::ValidityEndsEarly {
                    until: until.finnish(),
                    date: a.meta.date.finnish(),
                },
            );
        }
        if let Some(r) = &a.validity.review {
            let path = root().key("validity").key("review");
            if r.deadline <= a.meta.date {
                self.error(
                    path.key("deadline"),
                    Message::ReviewDeadlineEarly {
                        deadline: r.deadline.finnish(),
                        date: a.meta.date.finnish(),
                    },
                );
            }
            self.rich(path.key("text"), &r.text, true);
        }
        let notice = root().key("termination").key("notice_months");
        if a.termination.notice_months == 0 {
            self.error(notice, Message::NoticeZero {});
        } else if a.termination.notice_months > 120 {
            self.error(
                notice,
                Message::NoticeTooLong {
                    months: a.termination.notice_months,
                },
            );
        } else if a.termination.notice_months > 60 {
            self.warning(
                notice,
                Message::NoticeLong {
                    months: a.termination.notice_months,
                },
            );
        }
        self.optional(
            root().key("signing").key("place"),
            a.signing.place.as_ref(),
            Word::SigningPlace,
        );
        if a.signing.counterparts == Some(0) {
            self.error(
                root().key("signing").key("counterparts"),
                Message::CounterpartsZero {},
            );
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
                    Message::RepresentativesNotNamed {
                        forum: f.name.to_string(),
                    },
                ),
                Some(_) => {}
            }
            self.required(path.key("name"), &r.name, Word::RepresentativeName);
            self.optional(
                path.key("title"),
                r.title.as_ref(),
                Word::RepresentativeTitle,
            );
            self.optional(path.key("deputy"), r.deputy.as_ref(), Word::DeputyName);
        }
    }

    fn annexes(&mut self) {
        let x = &self.a.annexes;
        let path = root().key("annexes");
        for (field, value, what) in [
            (
                "structures_title",
                &x.structures_title,
                Word::StructuresTitle,
            ),
            ("goals_title", &x.goals_title, Word::GoalsTitle),
            (
                "priority_heading",
                &x.priority_heading,
                Word::PriorityHeading,
            ),
            ("goal_heading", &x.goal_heading, Word::GoalHeading),
            (
                "indicator_heading",
                &x.indicator_heading,
                Word::IndicatorHeading,
            ),
            ("action_heading", &x.action_heading, Word::ActionHeading),
            ("lead_heading", &x.lead_heading, Word::LeadHeading),
        ] {
            self.optional(path.key(field), value.as_ref(), what);
        }
        for (i, annex) in x.additional.iter().enumerate() {
            let at = path.key("additional").index(i);
            self.required(at.key("title"), &annex.title, Word::AnnexTitle);
            match &annex.content {
                AnnexContent::Blocks(blocks) => {
                    if blocks.is_empty() {
                        self.error(at.key("blocks"), Message::AnnexBlocksEmpty {});
                    }
                    self.prose(&at.key("blocks"), blocks);
                }
                AnnexContent::Table(table) => {
                    let t = at.key("table");
                    if table.columns.is_empty() {
                        self.error(t.key("columns"), Message::TableColumnsNone {});
                    }
                    for (k, c) in table.columns.iter().enumerate() {
                        self.required(t.key("columns").index(k), c, Word::ColumnHeading);
                    }
                    if table.rows.is_empty() {
                        self.error(t.key("rows"), Message::TableRowsNone {});
                    }
                    for (r, row) in table.rows.iter().enumerate() {
                        if row.len() != table.columns.len() {
                            self.error(
                                t.key("rows").index(r),
                                Message::TableRowCells {
                                    cells: Count(row.len(), Noun::Cell),
                                    columns: table.columns.len(),
                                },
                            );
                        }
                        for (c, cell) in row.iter().enumerate() {
                            self.rich(t.key("rows").index(r).index(c), cell, false);
                        }
                    }
                }
                AnnexContent::Document(doc) => {
                    let d = at.key("document");
                    self.required(d.key("name"), &doc.name, Word::DocumentName);
                    self.optional(d.key("reference"), doc.reference.as_ref(), Word::Reference);
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
                self.error(path, Message::FootnoteUnused { key: key.clone() });
            } else {
                for l in unused {
                    self.error(
                        path.clone(),
                        Message::FootnoteUnusedInVersion {
                            key: key.clone(),
                            name: Word::Language(l),
                            language: l,
                        },
                    );
                }
            }
        }
        let missing = [
            (
                Insert::LegalBasis,
                !a.legal_basis.is_empty(),
                "legal_basis",
                Word::StatutesContent,
            ),
            (
                Insert::Tiers,
                !a.tiers.is_empty(),
                "tiers",
                Word::TiersContent,
            ),
            (
                Insert::FollowUp,
                a.follow_up.is_some(),
                "follow_up",
                Word::FollowUpContent,
            ),
            (
                Insert::InterfaceAreas,
                !a.interface_areas.is_empty(),
                "interface_areas",
                Word::InterfaceAreasContent,
            ),
        ];
        for (insert, present, path, what) in missing {
            let placed = self.inserts.contains_key(&insert);
            // Content that is given but never placed would be silently
            // missing from the signed document, also when there are no
            // sections at all. (The figure may name the interface areas,
            // but not their counterpart pairs.)
            if present && !placed {
                self.error(
                    root().key(path),
                    // Where to put the insert: in a section, or first a
                    // section (an agreement without sections shows no
                    // prose and no inserts).
                    if a.sections.is_empty() {
                        Message::ContentWithoutSections {
                            what,
                            insert: insert_name(insert),
                        }
                    } else {
                        Message::ContentNotInserted {
                            what,
                            insert: insert_name(insert),
                        }
                    },
                );
            }
            if !present && placed {
                let at = self.inserts[&insert].clone();
                self.error(
                    at,
                    Message::InsertWithoutContent {
                        insert: insert_name(insert),
                    },
                );
            }
        }
        for (insert, what) in [
            (Insert::Validity, Word::ValidityContent),
            (Insert::Termination, Word::TerminationContent),
        ] {
            if !self.inserts.contains_key(&insert) && !a.sections.is_empty() {
                self.error(
                    root().key("sections"),
                    Message::ContentNotInserted {
                        what,
                        insert: insert_name(insert),
                    },
                );
            }
        }
        // The review's sentence is written by the user and printed only
        // with the validity rules; without sections it would be lost.
        if a.sections.is_empty() && a.validity.review.is_some() {
            self.error(
                root().key("validity").key("review"),
                Message::ReviewWithoutSections {
                    insert: insert_name(Insert::Validity),
                },
            );
        }
        if self.inserts.contains_key(&Insert::StructureFigure)
            && a.forums.is_empty()
            && a.tiers.is_empty()
        {
            let at = self.inserts[&Insert::StructureFigure].clone();
            self.error(at, Message::FigureWithoutStructure {});
        }
        if self.inserts.contains_key(&Insert::Priorities) && a.priorities.is_empty() {
            let at = self.inserts[&Insert::Priorities].clone();
            self.error(at, Message::PrioritiesInsertedNone {});
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

/// The kinds of content of a tier as words, for messages.
fn content_words(contents: &[TierContent]) -> Vec<Word> {
    contents
        .iter()
        .map(|c| match c {
            TierContent::Bodies => Word::ShowsBodies,
            TierContent::Municipalities => Word::ShowsMunicipalities,
            TierContent::InterfaceAreas => Word::ShowsInterfaceAreas,
        })
        .collect()
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
