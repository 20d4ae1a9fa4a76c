//! Validation: every problem of an agreement at once, each with its place.
//!
//! [`validate`] walks the whole agreement and collects [`Finding`]s, errors
//! and warnings, each with a [`FieldPath`] into the input such as
//! `parties[4].business_id`. Only an agreement without errors becomes a
//! [`ValidatedAgreement`], the type the renderer takes.
//!
//! The rules live in one module per part of the model they check, each
//! adding methods to the one walk over the agreement (`Checker`), whose
//! `run` calls them in the order the report lists their findings:
//! `bounds` (lists within their limits, dates within the years a document
//! can carry), `sections` (the title, the sections and their inserts:
//! nothing given is silently dropped), `parties`, `structure` (tiers),
//! `bodies` (forums, members, conveners, joint meetings, representatives),
//! `areas` (interface areas), `priorities` (priorities, goals and the ids of
//! items), `indicators`, `rules` (follow-up, validity, termination,
//! signing) and `annexes`. `text` checks the text fields of them all and
//! the footnotes; `refs` the references to parties and bodies. Each
//! module's documentation names the codes it emits.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::diagnostic::Message;
pub use crate::diagnostic::{AgreementPlace, Code, Finding, Invalid, Location, Report, Severity};
pub use crate::ids::ItemKind;
use crate::ids::{BusinessId, Date, ItemId, MunicipalityCode};
use crate::language::Language;
use crate::load::{Format, Loaded};
use crate::model::{Agreement, Insert};
use crate::path::FieldPath;

mod annexes;
mod areas;
mod bodies;
mod bounds;
mod indicators;
mod parties;
mod priorities;
mod refs;
mod rules;
mod sections;
mod structure;
mod text;

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
#[non_exhaustive]
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

    /// The agreement with the representatives named elsewhere (the parties'
    /// decisions) in place of those its file lists for the same party and
    /// body: names of people are not checked beyond their text, so the
    /// result is as valid as `self`.
    #[cfg(feature = "render")]
    pub(crate) fn with_representatives(
        &self,
        named: Vec<crate::model::Representative>,
    ) -> ValidatedAgreement {
        let mut out = self.clone();
        let list = &mut out.agreement.representatives;
        list.retain(|r| {
            !named
                .iter()
                .any(|n| n.party == r.party && n.forum == r.forum)
        });
        list.extend(named);
        out
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

    /// A note when some priorities, goals, indicators or actions have no id
    /// of their own (ids generated from their places change when items
    /// move), in `language` (English for `None`); `None` when every item
    /// has its own id.
    ///
    /// ```
    /// use sopimus::ValidateOptions;
    ///
    /// let valid = sopimus::load("examples/kanta-hame-2023.toml")?.validate(&ValidateOptions::new())?;
    /// let note = valid.generated_ids_note(None).expect("the 2023 agreement has no ids");
    /// assert!(note.contains("have generated ids"), "{note}");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn generated_ids_note(&self, language: Option<Language>) -> Option<String> {
        let items = self.items();
        let generated = items.iter().filter(|i| i.generated).count();
        (generated > 0)
            .then(|| crate::locale::findings::generated_ids_note(generated, items.len(), language))
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
/// assert!(finding.message().contains("check digit 4, but its digits give 3"));
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
        file: None,
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
        report.file = Some(self.path.clone());
        for finding in &mut report.findings {
            finding.at.location = None;
        }
        if self.format != Format::Toml {
            return;
        }
        let Some(locator) = crate::locate::Locator::new(&self.source) else {
            return;
        };
        // What the source says, to compare with what the agreement holds
        // now: from the tree the locator parsed, and as values only when
        // the agreement was changed since (the common case is not).
        let Some(as_written) = locator.agreement() else {
            return;
        };
        if as_written == self.agreement {
            for finding in &mut report.findings {
                finding.at.location = locator.find(&finding.at.path);
            }
            return;
        }
        let Some((as_written, now)) = serde_json::to_value(as_written)
            .ok()
            .zip(serde_json::to_value(&self.agreement).ok())
        else {
            return;
        };
        let along = crate::locate::Along::new(&as_written, &now);
        for finding in &mut report.findings {
            if along.same(&finding.at.path) {
                finding.at.location = locator.find(&finding.at.path);
            }
        }
    }
}

pub use crate::limits;

/// The root of every path.
fn root() -> FieldPath {
    FieldPath::root()
}

/// The walk over one agreement: what it has found so far, and what the
/// later rules need to know of the earlier ones (the footnotes the texts
/// used, where each insert is). Its methods live in the module of the part
/// of the model they check; the fields are private to this module, and so
/// readable by those modules, which are its children.
struct Checker<'a> {
    a: &'a Agreement,
    today: Date,
    findings: Vec<Finding>,
    /// The footnotes each language version refers to, filled by the rich
    /// texts and read by [`Checker::footnotes`] at the end.
    used_footnotes: BTreeMap<Language, BTreeSet<String>>,
    /// Where each insert is placed first, filled by the sections.
    inserts: HashMap<Insert, FieldPath>,
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

    /// Every part in turn. The order is the order of the findings in the
    /// report, and some parts read what an earlier one recorded: the
    /// sections record the inserts that the structure, and at the end the
    /// inserts' own rules, read; the texts record the footnotes they use.
    fn run(
        &mut self,
    ) -> (
        Vec<Option<BusinessId>>,
        Vec<Option<MunicipalityCode>>,
        ItemIds,
    ) {
        self.limits();
        self.meta();
        let (ids, codes) = self.parties();
        self.sections();
        self.legal_basis();
        let levels = self.tiers();
        self.forums(&levels);
        self.joint_meetings();
        self.interface_areas();
        let items = self.priorities();
        self.rules();
        self.representatives();
        self.annexes();
        self.footnotes();
        self.inserts_placed();
        self.dates();
        self.headings();
        (ids, codes, items)
    }
}
