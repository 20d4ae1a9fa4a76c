//! The agreement as data: the serde model of the input format.
//!
//! Every type here is plain data with public fields. Nothing is checked while
//! parsing beyond the shape of the input (types, known field names); the rules
//! live in [`crate::validate`](mod@crate::validate), which reports every problem at once. The field
//! names are the input format and therefore public API: see `CHANGELOG.md`
//! before renaming one.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::ids::{Date, ForumId, MunicipalityShare, PartyId, RawBusinessId};
use crate::text::RichText;

/// A cooperation agreement as written by its keepers, before validation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// The tiers of the cooperation structure, tier 1 first.
    #[serde(default)]
    pub tiers: Vec<Tier>,
    /// Forums, working groups and networks.
    #[serde(default)]
    pub forums: Vec<Forum>,
    /// Meetings that several forums hold together.
    #[serde(default)]
    pub joint_meetings: Vec<JointMeeting>,
    /// Priorities (2023: spearheads) with their goals, indicators and actions.
    #[serde(default)]
    pub priorities: Vec<Priority>,
    /// How and when the cooperation is followed up.
    #[serde(default)]
    pub follow_up: Option<FollowUp>,
    /// Entry into force, duration and review.
    pub validity: Validity,
    /// How a party may terminate the agreement.
    pub termination: Termination,
    /// Date, place, counterparts and the way the agreement is signed.
    pub signing: Signing,
    /// Representatives and deputies the parties have named to forums.
    #[serde(default)]
    pub representatives: Vec<Representative>,
    /// Titles and column headings of the annexes.
    #[serde(default)]
    pub annexes: Annexes,
}

/// Which kind of agreement this is; sets default wording in the documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AgreementKind {
    /// *Puitesopimus*, as in Kanta-Häme 2023.
    FrameworkAgreement,
    /// *Strateginen yhteistyösopimus*, as in Kanta-Häme 2026.
    StrategicCooperationAgreement,
    /// Any other cooperation agreement.
    Other,
}

/// Whether the document is still being prepared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A draft (*luonnos*): rendered with a visible marking; signatories may be missing.
    #[default]
    Draft,
    /// The final text to be signed.
    Final,
}

/// The language of the rendered documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Language {
    /// Finnish (`fi`).
    #[default]
    Fi,
}

/// Metadata of the agreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The kind of agreement.
    pub kind: AgreementKind,
    /// The full title as it stands on the first page.
    pub title: String,
    /// A short title for page headers; the full title when absent.
    #[serde(default)]
    pub short_title: Option<String>,
    /// The version label, e.g. `Versio 10.4.2026`.
    #[serde(default)]
    pub version: Option<String>,
    /// Draft or final.
    #[serde(default)]
    pub status: Status,
    /// The date of the agreement (*päiväys*).
    pub date: Date,
    /// The language of the documents.
    #[serde(default)]
    pub language: Language,
}

/// What kind of organisation a party is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PartyKind {
    /// *Hyvinvointialue*: exactly one per agreement.
    WellbeingServicesCounty,
    /// *Maakunnan liitto*.
    RegionalCouncil,
    /// *Kunta*.
    Municipality,
    /// *Kaupunki*: a municipality that calls itself a city.
    City,
    /// Any other organisation.
    Other,
}

impl PartyKind {
    /// Whether the party counts as a municipality (cities included) for
    /// indicators of the form `X/N`.
    pub fn is_municipality(self) -> bool {
        matches!(self, PartyKind::Municipality | PartyKind::City)
    }
}

/// A contracting party.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Short identifier used for references within the input.
    pub id: PartyId,
    /// The kind of organisation.
    pub kind: PartyKind,
    /// The official name, e.g. `Forssan kaupunki`.
    pub name: String,
    /// The business ID (*y-tunnus*), checked by validation.
    pub business_id: RawBusinessId,
    /// The postal address as one line, e.g. `PL 62, 30101 Forssa`.
    #[serde(default)]
    pub address: Option<String>,
    /// Who signs for the party.
    #[serde(default)]
    pub signatory: Option<Signatory>,
    /// The decision by which the party approved the agreement.
    #[serde(default)]
    pub approval: Option<Approval>,
    /// The day the party signed.
    #[serde(default)]
    pub signed_on: Option<Date>,
}

/// A person who signs for a party.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Full name.
    pub name: String,
    /// Title, e.g. `kunnanjohtaja`.
    pub title: String,
}

/// The decision by which a party approved the agreement, e.g.
/// "Kunnanhallitus 12.6.2023 § 123".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// The deciding body, e.g. `Kunnanhallitus`.
    pub body: String,
    /// The date of the meeting.
    pub date: Date,
    /// The minutes section (*pykälä*), e.g. `123`.
    #[serde(default)]
    pub section: Option<String>,
}

/// A prose section of the agreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The heading.
    pub heading: String,
    /// The content, in order.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// One block of prose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block {
    /// A paragraph.
    Paragraph(RichText),
    /// A bulleted list.
    Bullets(Vec<RichText>),
    /// A numbered list.
    Numbered(Vec<RichText>),
    /// A heading below the section heading.
    Subheading(String),
    /// Content generated from the structured parts of the agreement.
    Insert(Insert),
}

/// Generated content that a section can place among its prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Insert {
    /// The statutes of [`Agreement::legal_basis`] as a list.
    LegalBasis,
    /// The list of priorities (spearheads) by title.
    Priorities,
    /// Figure 1: the diagram of tiers and forums.
    StructureFigure,
    /// Each tier with its heading and description.
    Tiers,
    /// The follow-up rules of [`Agreement::follow_up`].
    FollowUp,
    /// Entry into force, duration and review.
    Validity,
    /// The termination rules.
    Termination,
}

/// A statute and the sections of it the cooperation rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statute {
    /// The statute's name, e.g. `Laki sosiaali- ja terveydenhuollon järjestämisestä`.
    pub name: String,
    /// Its number in the statute book, e.g. `612/2021`.
    #[serde(default)]
    pub number: Option<String>,
    /// The sections cited.
    pub provisions: Vec<Provision>,
}

/// A cited section of a statute.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    /// The section number, e.g. `14`.
    pub section: String,
    /// A one-line topic, e.g. `neuvotteluvelvoite valtuustokausittain`.
    pub topic: String,
}

/// A tier of the cooperation structure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// 1 for the top (strategic) tier; tiers are numbered without gaps.
    pub level: u32,
    /// The heading, e.g. `Strategisen tason foorumit`.
    pub name: String,
    /// What the tier is, e.g. `poliittinen päätöksenteon taso`.
    #[serde(default)]
    pub level_name: Option<String>,
    /// The tier's description in the agreement text.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// What a body in the structure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ForumKind {
    /// A forum or meeting.
    #[default]
    Forum,
    /// A working group.
    WorkingGroup,
    /// An open network: no named representatives.
    Network,
    /// An advocacy body (youth council, disability council, …).
    AdvocacyBody,
}

/// A forum, working group or network.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Forum {
    /// Short identifier for references.
    pub id: ForumId,
    /// The name, e.g. `Kanta-Hämeen turvallisuusfoorumi`.
    pub name: String,
    /// A short name for diagrams, e.g. `KH Turva`.
    #[serde(default)]
    pub short_name: Option<String>,
    /// What kind of body it is.
    #[serde(default)]
    pub kind: ForumKind,
    /// The tier it belongs to.
    pub tier: u32,
    /// Who calls its meetings.
    #[serde(default)]
    pub convener: Option<Convener>,
    /// How often it meets.
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// Who sits in it.
    #[serde(default)]
    pub composition: Option<String>,
    /// Whom its work serves.
    #[serde(default)]
    pub serves: Option<String>,
    /// Its tasks.
    #[serde(default)]
    pub tasks: Vec<RichText>,
    /// Who prepares its meetings.
    #[serde(default)]
    pub prepared_by: Option<String>,
    /// How the chair, vice chair and secretary are chosen.
    #[serde(default)]
    pub officers: Option<Officers>,
    /// Its term of office.
    #[serde(default)]
    pub term: Option<Term>,
    /// Whether each party names its representatives: `true` for most
    /// forums, `false` for open networks and for bodies the county appoints
    /// alone; left out when the agreement does not say.
    #[serde(default)]
    pub named_representatives: Option<bool>,
    /// Whether a statute requires it.
    #[serde(default)]
    pub statutory: bool,
}

fn yes() -> bool {
    true
}

/// Who convenes a forum.
///
/// Name a party, an outside body, the forum's chair, or a party for the first
/// meeting and the chair after it (`party` and `chair` together).
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Convener {
    /// The party that convenes (the first meeting, when `chair` is set).
    #[serde(default)]
    pub party: Option<PartyId>,
    /// A body outside the agreement, e.g. `TE-toimisto`.
    #[serde(default)]
    pub other: Option<String>,
    /// The forum's own chair convenes (after the first meeting when a party
    /// or another body convenes that one).
    #[serde(default)]
    pub chair: bool,
}

/// How often a body meets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Frequency {
    /// A number (or range) of times each council term.
    PerCouncilTerm(Count),
    /// A number (or range) of times a year.
    PerYear(Count),
    /// As needed.
    AsNeeded,
    /// By the body's own plan of action.
    OwnPlan,
}

/// A number of times, or a range `[min, max]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    /// The lowest number.
    pub min: u32,
    /// The highest number (equal to `min` for an exact count).
    pub max: u32,
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            One(u32),
            Range([u32; 2]),
            Table { min: u32, max: u32 },
        }
        match Repr::deserialize(deserializer).map_err(|_| {
            serde::de::Error::custom("expected a count such as 1 or a range such as [3, 4]")
        })? {
            Repr::One(n) => Ok(Count { min: n, max: n }),
            Repr::Range([min, max]) | Repr::Table { min, max } => Ok(Count { min, max }),
        }
    }
}

/// How a body chooses its chair, vice chair and secretary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Officers {
    /// From among its members at its first meeting.
    ElectedAtFirstMeeting,
    /// Described in words.
    Other(String),
}

/// The term of office of a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Term {
    /// The council term (*valtuustokausi*).
    CouncilTerm,
    /// Until further notice.
    UntilFurtherNotice,
}

/// A meeting that several forums hold together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JointMeeting {
    /// The forums that meet together.
    pub forums: Vec<ForumId>,
    /// At least this many times a year.
    pub at_least_per_year: u32,
}

/// A priority (2023: spearhead) with its goals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    /// The number shown, e.g. `1` for *Painopiste 1*; by order when absent.
    #[serde(default)]
    pub number: Option<u32>,
    /// The title, e.g. `Työllisyys ja elinvoima`.
    pub title: String,
    /// The priority's overall aim, shown after its title.
    #[serde(default)]
    pub description: Option<RichText>,
    /// Who leads the work at the interface.
    #[serde(default)]
    pub lead: Option<Lead>,
    /// The goals.
    pub goals: Vec<Goal>,
}

/// Lead responsibility (*päävastuu yhdyspinnalla*).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lead {
    /// The forums, working groups or networks that lead.
    pub forums: Vec<ForumId>,
    /// The bodies that work with them.
    #[serde(default)]
    pub partners: Vec<ForumId>,
    /// The wording shown in the document; generated from the names when absent.
    #[serde(default)]
    pub text: Option<String>,
}

/// A goal of a priority.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// The goal.
    pub text: RichText,
    /// A line shown above the indicators, e.g. `Vaikutus hyvinvointityöhön ja johtamiseen:`.
    #[serde(default)]
    pub indicators_intro: Option<String>,
    /// How reaching the goal is measured.
    pub indicators: Vec<Indicator>,
    /// What is done to reach it.
    #[serde(default)]
    pub actions: Vec<Action>,
}

/// An indicator (*mittari*).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// The indicator as written in the agreement.
    pub text: RichText,
    /// A target, e.g. `korkeampi kuin edellisenä vuonna`.
    #[serde(default)]
    pub target: Option<String>,
    /// The year compared against.
    #[serde(default)]
    pub baseline_year: Option<i32>,
    /// The unit, e.g. `%`.
    #[serde(default)]
    pub unit: Option<String>,
    /// A self-assessment scale, e.g. `[1, 5]`.
    #[serde(default)]
    pub scale: Option<[u32; 2]>,
    /// A count out of the municipalities, e.g. `X/11`.
    #[serde(default)]
    pub municipalities: Option<MunicipalityShare>,
}

/// An action (*toimenpide*).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// The number shown, by order when absent.
    #[serde(default)]
    pub number: Option<u32>,
    /// What is done.
    pub text: RichText,
}

/// Follow-up of the cooperation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// Prose before the generated rule.
    #[serde(default)]
    pub text: Vec<Block>,
    /// The forums that hold the follow-up.
    #[serde(default)]
    pub forums: Vec<ForumId>,
    /// The months of the yearly follow-up meeting.
    pub window: MonthWindow,
}

/// A window of calendar months, e.g. May–June.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthWindow {
    /// The first month, 1–12.
    pub from_month: u32,
    /// The last month, 1–12.
    pub to_month: u32,
}

/// Entry into force, duration and review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    /// The last day in force; in force until further notice when absent.
    #[serde(default)]
    pub until: Option<Date>,
    /// When the content is reviewed at the latest.
    #[serde(default)]
    pub review: Option<Review>,
}

/// The review of the agreement's content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The deadline.
    pub deadline: Date,
    /// The sentence shown, e.g. `Sisällön toimivuus … arvioidaan viimeistään kevään 2025 aikana.`
    pub text: RichText,
}

/// How a party may terminate the agreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Termination {
    /// A party may terminate only for its own part.
    #[serde(default = "yes")]
    pub own_part_only: bool,
    /// The notice period in calendar months.
    pub notice_months: u32,
    /// Notice must be given in writing.
    #[serde(default = "yes")]
    pub in_writing: bool,
    /// Notice must be delivered to every party.
    #[serde(default = "yes")]
    pub notify_all_parties: bool,
}

/// How the agreement is signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SigningMode {
    /// Electronic signatures.
    #[default]
    Electronic,
    /// Signatures on paper.
    Paper,
}

/// Date, place and counterparts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signing {
    /// The place of signing, shown before the date.
    #[serde(default)]
    pub place: Option<String>,
    /// Electronic or on paper.
    #[serde(default)]
    pub mode: SigningMode,
    /// The number of identical counterparts; one for each party when absent.
    #[serde(default)]
    pub counterparts: Option<u32>,
}

/// A representative (or deputy) that a party names to a forum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Representative {
    /// The naming party.
    pub party: PartyId,
    /// The forum.
    pub forum: ForumId,
    /// The person's name.
    pub name: String,
    /// The person's title or role.
    #[serde(default)]
    pub title: Option<String>,
    /// The deputy's name.
    #[serde(default)]
    pub deputy: Option<String>,
}

/// Titles and column headings of the annexes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Annexes {
    /// Title of Annex 1 (structures).
    pub structures_title: String,
    /// Title of Annex 2 (goals and indicators).
    pub goals_title: String,
    /// The word for a priority in the annex, e.g. `Keihäänkärki` or `Painopiste`.
    pub priority_heading: String,
    /// Heading of the goals column.
    pub goal_heading: String,
    /// Heading of the indicators column.
    pub indicator_heading: String,
    /// Heading of the actions column.
    pub action_heading: String,
    /// Heading of the lead-responsibility column.
    pub lead_heading: String,
}

impl Default for Annexes {
    fn default() -> Self {
        Annexes {
            structures_title: "Rakenteet, foorumien ja työryhmien tehtävät".into(),
            goals_title: "Tavoitteet ja mittarit".into(),
            priority_heading: "Painopiste".into(),
            goal_heading: "Tavoite".into(),
            indicator_heading: "Mittarit".into(),
            action_heading: "Toimenpiteet".into(),
            lead_heading: "Päävastuu yhdyspinnalla".into(),
        }
    }
}

impl Agreement {
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
            .unwrap_or(self.parties.len() as u32)
    }

    /// The party with this identifier.
    pub fn party(&self, id: &PartyId) -> Option<&Party> {
        self.parties.iter().find(|p| &p.id == id)
    }

    /// The forum with this identifier.
    pub fn forum(&self, id: &ForumId) -> Option<&Forum> {
        self.forums.iter().find(|f| &f.id == id)
    }
}
