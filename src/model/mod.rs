//! The agreement as data: the serde model of the input format.
//!
//! Every type here is plain data with public fields. Nothing is checked while
//! parsing beyond the shape of the input (types, known field names); the rules
//! live in [`crate::validate`](mod@crate::validate), which reports every problem at once. The field
//! names are the input format and therefore public API: see `CHANGELOG.md`
//! before renaming one.
//!
//! The model is not one county's shape. The structure may be drawn as stacked
//! tiers or as side-by-side columns ([`Structure`]); a body may span tiers,
//! exist once in each municipality, have members by party or by name and be
//! appointed by another body ([`Forum`]); responsibility may lie with a
//! party, a body or an outside organisation at the level of a priority, a
//! goal or an action ([`Responsibility`]); interface areas pair a municipal
//! and a county contact ([`InterfaceArea`]).
//!
//! # Building an agreement in code
//!
//! The structs a caller builds are `#[non_exhaustive]`, so that a field
//! added to the input format does not break code that builds them: each has
//! a constructor taking its required fields (`new`), or `Default`, and the
//! optional fields are public, set on the result.
//!
//! ```
//! use sopimus::model::*;
//!
//! let date: sopimus::Date = "10.4.2026".parse()?;
//! let county = Party::new("county", PartyKind::WellbeingServicesCounty, "Hyvinvointialue", "3221307-8");
//! let meta = Metadata::new(AgreementKind::StrategicCooperationAgreement, "Sopimus", date);
//! let mut agreement = Agreement::new(meta, vec![county]);
//! agreement.tiers.push(Tier::new(1, "Strategiset foorumit"));
//! agreement.forums.push(Forum::new("forum", "Strateginen foorumi", 1));
//! agreement.joint_meetings.push(JointMeeting::new(["forum"], 1));
//! agreement.interface_areas.push(InterfaceArea::new("hyte", "Hyvinvointi", "kunta", "alue"));
//! agreement.representatives.push(Representative::new("county", "forum", "Maija Malli"));
//! let mut provision = Provision::new("14");
//! provision.topic = Some("Yhteistyö".into());
//! agreement.legal_basis.push(Statute::new("Laki hyvinvointialueesta", [provision]));
//! let mut indicator = Indicator::new("Hyvinvointikertomus laadittu");
//! indicator.source = Some(DataSource::new("THL Sotkanet"));
//! let mut goal = Goal::new("Hyvinvointi paranee", [indicator]);
//! goal.lead = Some(Responsibility::new([BodyRef::Id("forum".into())]));
//! goal.actions.push(Action::new("Kertomus laaditaan"));
//! agreement.priorities.push(Priority::new("Hyvinvointi", [goal]));
//! agreement.validity.review = Some(Review::new(date, "Sopimus arvioidaan."));
//! agreement.parties[0].approval = Some(Approval::new("Aluehallitus", date));
//! agreement.parties[0].signatory = Some(Signatory::new("Maija Malli", "hyvinvointialuejohtaja"));
//! let table = AnnexTable::new(vec!["Kunta".into()], vec![vec!["Akaa".into()]]);
//! agreement.annexes.additional.push(AdditionalAnnex::new("Yhteystiedot", AnnexContent::Table(table)));
//! agreement.annexes.additional.push(AdditionalAnnex::new(
//!     "Hyvinvointikertomus",
//!     AnnexContent::Document(DocumentRef::new("Hyvinvointikertomus 2025")),
//! ));
//! agreement.sections.push(Section::new("Tavoitteet", [Insert::Priorities]));
//! assert_eq!(agreement.priorities[0].goals[0].actions.len(), 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::ids::{AreaId, Date, ForumId, ItemId, MunicipalityShare, PartyId, RawBusinessId, RefId};
pub use crate::language::{LANGUAGE_NEUTRAL, Language, Languages};
use crate::text::{RichText, Text};

/// Derives the JSON Schema of a type when the `schema` feature is on.
macro_rules! schema {
    ($($item:item)*) => {
        $(
            #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
            $item
        )*
    };
}

mod annexes;
mod bodies;
mod fields;
mod parties;
mod priorities;
mod refs;
mod rules;
mod sections;

pub use annexes::*;
pub use bodies::*;
pub use fields::Field;
pub use parties::*;
pub use priorities::*;
pub use refs::*;
pub use rules::*;
pub use sections::*;

schema! {
/// A cooperation agreement as written by its keepers, before validation.
///
/// Build one in code from [`Agreement::new`] and the `Default` of its parts,
/// or read one with [`crate::load`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Agreement {
    /// Title, kind, version, status and date.
    pub meta: Metadata,
    /// The contracting parties, in the order the document lists them.
    pub parties: Vec<Party>,
    /// The prose sections of the agreement, in document order.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Footnotes referred to from prose as `[^key]`.
    #[serde(default)]
    pub footnotes: BTreeMap<String, RichText>,
    /// The statutes the cooperation rests on.
    #[serde(default)]
    pub legal_basis: Vec<Statute>,
    /// How the structure figure is drawn.
    #[serde(default)]
    pub structure: Structure,
    /// The tiers of the cooperation structure, tier 1 first (the columns,
    /// left to right, when [`Structure::layout`] is `columns`).
    #[serde(default)]
    pub tiers: Vec<Tier>,
    /// Forums, working groups, networks, committees and other bodies.
    #[serde(default)]
    pub forums: Vec<Forum>,
    /// Meetings that several forums hold together.
    #[serde(default)]
    pub joint_meetings: Vec<JointMeeting>,
    /// The interface areas (*yhdyspinnat*) and their counterpart pairs.
    #[serde(default)]
    pub interface_areas: Vec<InterfaceArea>,
    /// Priorities (2023: spearheads) with their goals, indicators and actions.
    #[serde(default)]
    pub priorities: Vec<Priority>,
    /// How and when the cooperation is followed up.
    #[serde(default)]
    pub follow_up: Option<FollowUp>,
    /// Entry into force, duration and review.
    #[serde(default)]
    pub validity: Validity,
    /// How a party may terminate the agreement.
    pub termination: Termination,
    /// Date, place, counterparts and the way the agreement is signed.
    #[serde(default)]
    pub signing: Signing,
    /// Representatives and deputies the parties have named to forums.
    #[serde(default)]
    pub representatives: Vec<Representative>,
    /// Titles and column headings of the annexes, the form of Annex 2, and
    /// any annexes after it.
    #[serde(default)]
    pub annexes: Annexes,
}

/// Which kind of agreement this is; sets default wording in the documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AgreementKind {
    /// *Puitesopimus*, as in Kanta-Häme 2023.
    FrameworkAgreement,
    /// *Strateginen yhteistyösopimus*, as in Kanta-Häme 2026.
    #[default]
    StrategicCooperationAgreement,
    /// Any other cooperation agreement.
    Other,
}

/// Whether the document is still being prepared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// The schema's name for it, as before the type was renamed.
#[cfg_attr(feature = "schema", schemars(rename = "Status"))]
pub enum DocumentStatus {
    /// A draft (*luonnos*): rendered with a visible marking; signatories may be missing.
    #[default]
    Draft,
    /// The final text to be signed.
    Final,
}

/// Metadata of the agreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(transform = language_or_languages))]
#[non_exhaustive]
pub struct Metadata {
    /// The kind of agreement.
    pub kind: AgreementKind,
    /// The full title as it stands on the first page.
    pub title: Text,
    /// A short title for page headers; the full title when absent.
    #[serde(default)]
    pub short_title: Option<Text>,
    /// The version label, e.g. `Versio 10.4.2026`.
    #[serde(default)]
    pub version: Option<Text>,
    /// Draft or final.
    #[serde(default)]
    pub status: DocumentStatus,
    /// The date of the agreement (*päiväys*).
    pub date: Date,
    /// The languages of the documents, the first the language of plain
    /// strings: `languages = ["fi", "sv"]` for a bilingual agreement, whose
    /// texts are then written `{ fi = "…", sv = "…" }`. Finnish when left
    /// out; `language = "sv"` is the same as `languages = ["sv"]`.
    #[serde(default, alias = "language")]
    pub languages: Languages,
    /// Where the Finnish text puts the sign of a cited statute section:
    /// `"after"` (`14 §`, the default) or `"before"` (`§ 14`). Swedish
    /// always writes `14 §`.
    #[serde(default, skip_serializing_if = "is_default")]
    pub section_sign: SectionSign,
    /// The order of the parties in each language version: `"as_written"`
    /// (the default) or `"alphabetical"` (the county and the regional
    /// council first, then the municipalities in each language's
    /// alphabetical order of their names).
    #[serde(default, skip_serializing_if = "is_default")]
    pub party_order: PartyOrder,
}
}

fn yes() -> bool {
    true
}

/// Exactly one of `keys` is given.
#[cfg(feature = "schema")]
fn one_of_required(schema: &mut schemars::Schema, keys: &[&str]) {
    if let Some(object) = schema.as_object_mut() {
        let alternatives: Vec<serde_json::Value> = keys
            .iter()
            .map(|k| serde_json::json!({ "required": [k] }))
            .collect();
        object.insert("oneOf".into(), alternatives.into());
    }
}

/// `language = "sv"` is read as `languages`; editors should accept it too,
/// but not both at once.
#[cfg(feature = "schema")]
fn language_or_languages(schema: &mut schemars::Schema) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    if let Some(properties) = object
        .get_mut("properties")
        .and_then(serde_json::Value::as_object_mut)
        && let Some(mut language) = properties.get("languages").cloned()
    {
        if let Some(language) = language.as_object_mut() {
            language.insert(
                "description".into(),
                "The same as `languages`, for one language: `language = \"sv\"`.".into(),
            );
            language.remove("default");
        }
        properties.insert("language".into(), language);
        object.insert(
            "not".into(),
            serde_json::json!({ "required": ["language", "languages"] }),
        );
    }
}

/// Why a written form does not make a value of the model: the checks of
/// shape that the parser makes (with line and column) and the `TryFrom`
/// conversions from the written forms ([`Block`] → [`ProseBlock`],
/// the written form of `follow_up` → [`FollowUp`], of an additional annex →
/// [`AdditionalAnnex`]) share.
///
/// ```
/// use sopimus::model::{Block, Insert, ProseBlock, ShapeError};
///
/// let e = ProseBlock::try_from(Block::Insert(Insert::Tiers)).unwrap_err();
/// assert_eq!(e, ShapeError::InsertOutsideSection);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ShapeError {
    /// An `insert` among prose that is not a section's.
    #[error(
        "generated content (`insert`) can only be placed among the blocks of a `[[sections]]` entry, not inside a tier, the follow-up text or an annex; move the insert to a section"
    )]
    InsertOutsideSection,
    /// A follow-up with both `window` and `rounds`.
    #[error("give either `window` (one follow-up a year) or `rounds` (several), not both")]
    WindowAndRounds,
    /// A follow-up with neither `window` nor `rounds`.
    #[error(
        "give the months of the follow-up: `window = {{ from_month = 5, to_month = 6 }}`, or `rounds = [...]` for several a year"
    )]
    NoFollowUpMonths,
    /// An annex with none, or more than one, of `blocks`, `table` and
    /// `document`; the annex's title.
    #[error(
        "the annex `{0}` needs exactly one of `blocks` (prose), `table` or `document` (a separate document)"
    )]
    AnnexContent(String),
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Metadata {
    /// Metadata for a draft of the given kind, title and date.
    pub fn new(kind: AgreementKind, title: impl Into<Text>, date: Date) -> Metadata {
        Metadata {
            kind,
            title: title.into(),
            short_title: None,
            version: None,
            status: DocumentStatus::Draft,
            date,
            languages: Languages::default(),
            section_sign: SectionSign::default(),
            party_order: PartyOrder::default(),
        }
    }
}

impl Agreement {
    /// An agreement with metadata and parties; everything else empty or at
    /// its default (termination: own part only, 12 months, in writing, to
    /// all parties; electronic signing). Add sections, bodies and priorities
    /// to the result.
    pub fn new(meta: Metadata, parties: Vec<Party>) -> Agreement {
        Agreement {
            meta,
            parties,
            sections: Vec::new(),
            footnotes: BTreeMap::new(),
            legal_basis: Vec::new(),
            structure: Structure::default(),
            tiers: Vec::new(),
            forums: Vec::new(),
            joint_meetings: Vec::new(),
            interface_areas: Vec::new(),
            priorities: Vec::new(),
            follow_up: None,
            validity: Validity::default(),
            termination: Termination::default(),
            signing: Signing::default(),
            representatives: Vec::new(),
            annexes: Annexes::default(),
        }
    }

    /// The number of parties that are municipalities or cities.
    pub fn municipality_count(&self) -> usize {
        self.parties
            .iter()
            .filter(|p| p.kind.is_municipality())
            .count()
    }

    /// The number of counterparts: as given, or one per party.
    pub fn counterparts(&self) -> u32 {
        self.signing
            .counterparts
            .unwrap_or(u32::try_from(self.parties.len()).unwrap_or(u32::MAX))
    }

    /// The party with this identifier.
    pub fn party(&self, id: &PartyId) -> Option<&Party> {
        self.parties.iter().find(|p| &p.id == id)
    }

    /// The forum with this identifier.
    pub fn forum(&self, id: &ForumId) -> Option<&Forum> {
        self.forums.iter().find(|f| &f.id == id)
    }

    /// What an id of the shared namespace names: a party or a body.
    pub fn resolve(&self, id: &RefId) -> Option<Resolved<'_>> {
        if let Some(p) = self.parties.iter().find(|p| p.id.as_str() == id.as_str()) {
            return Some(Resolved::Party(p));
        }
        self.forums
            .iter()
            .find(|f| f.id.as_str() == id.as_str())
            .map(Resolved::Forum)
    }

    /// The parties a [`BodyRef`] stands for, when it stands for parties: a
    /// party, an organ of one, or a group. Bodies and outside organisations
    /// give none.
    pub fn parties_of(&self, r: &BodyRef) -> Vec<&Party> {
        match r {
            BodyRef::Id(id) => match self.resolve(id) {
                Some(Resolved::Party(p)) => vec![p],
                _ => Vec::new(),
            },
            BodyRef::Organ { party, .. } => self.party(party).into_iter().collect(),
            BodyRef::Group(PartyGroup::AllMunicipalities) => self
                .parties
                .iter()
                .filter(|p| p.kind.is_municipality())
                .collect(),
            BodyRef::Group(PartyGroup::AllParties) => self.parties.iter().collect(),
            BodyRef::Other(_) => Vec::new(),
        }
    }

    /// The municipalities that take part in a body: its municipal members,
    /// or, for a body that exists in each municipality, those that have one.
    pub fn municipal_members(&self, forum: &Forum) -> Vec<&Party> {
        let mut found: Vec<&PartyId> = Vec::new();
        if forum.per_municipality {
            if forum.municipalities.is_empty() {
                found.extend(self.parties.iter().map(|p| &p.id));
            } else {
                found.extend(forum.municipalities.iter());
            }
        } else {
            for m in &forum.members {
                found.extend(self.parties_of(&m.who).into_iter().map(|p| &p.id));
            }
        }
        // In the order of the agreement, each once.
        self.parties
            .iter()
            .filter(|p| p.kind.is_municipality() && found.contains(&&p.id))
            .collect()
    }
}

/// What an id of the shared party-and-body namespace names.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Resolved<'a> {
    /// A party.
    Party(&'a Party),
    /// A body of the structure.
    Forum(&'a Forum),
}
