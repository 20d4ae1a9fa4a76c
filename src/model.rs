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

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::ids::{AreaId, Date, ForumId, ItemId, MunicipalityShare, PartyId, RawBusinessId, RefId};
pub use crate::language::{Language, Languages};
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

schema! {
/// A cooperation agreement as written by its keepers, before validation.
///
/// Build one in code from [`Agreement::new`] and the `Default` of its parts,
/// or read one with [`crate::load`].
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
pub enum Status {
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
    pub status: Status,
    /// The date of the agreement (*päiväys*).
    pub date: Date,
    /// The languages of the documents, the first the language of plain
    /// strings: `languages = ["fi", "sv"]` for a bilingual agreement, whose
    /// texts are then written `{ fi = "…", sv = "…" }`. Finnish when left
    /// out; `language = "sv"` is the same as `languages = ["sv"]`.
    #[serde(default, alias = "language")]
    pub languages: Languages,
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

/// A contracting party.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Short identifier used for references within the input. Parties and
    /// bodies share one namespace.
    pub id: PartyId,
    /// The kind of organisation.
    pub kind: PartyKind,
    /// The official name, e.g. `Forssan kaupunki`.
    pub name: Text,
    /// A short name for figures, e.g. `Forssa`.
    #[serde(default)]
    pub short_name: Option<Text>,
    /// The business ID (*y-tunnus*), checked by validation.
    pub business_id: RawBusinessId,
    /// The municipality's three-digit code of Statistics Finland
    /// (*kuntanumero*, e.g. `398`), used to match statistics to the party;
    /// only for municipalities and cities.
    #[serde(default)]
    pub municipality_code: Option<String>,
    /// The postal address as one line, e.g. `PL 62, 30101 Forssa`.
    #[serde(default)]
    pub address: Option<Text>,
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
    pub title: Text,
}

/// The decision by which a party approved the agreement, e.g.
/// "Kunnanhallitus 12.6.2023 § 123".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// The deciding body, e.g. `Kunnanhallitus`.
    pub body: Text,
    /// The date of the meeting.
    pub date: Date,
    /// The minutes section (*pykälä*) as a number, e.g. `123`; the document
    /// prints it as `§ 123`. Write the number without the `§` sign.
    #[serde(default)]
    pub section: Option<String>,
}

/// A prose section of the agreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The heading.
    pub heading: Text,
    /// The content, in order: prose, and the generated parts placed among it.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// One block of a section: prose, or generated content.
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
    Subheading(Text),
    /// Content generated from the structured parts of the agreement.
    Insert(Insert),
}

/// One block of prose inside a tier, a follow-up text or an annex: the same
/// as a [`Block`] but without inserts, so generated content cannot nest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", try_from = "Block")]
#[cfg_attr(feature = "schema", schemars(with = "ProseBlockSchema"))]
#[non_exhaustive]
pub enum ProseBlock {
    /// A paragraph.
    Paragraph(RichText),
    /// A bulleted list.
    Bullets(Vec<RichText>),
    /// A numbered list.
    Numbered(Vec<RichText>),
    /// A subheading.
    Subheading(Text),
}

/// Generated content that a section can place among its prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Insert {
    /// The statutes of [`Agreement::legal_basis`] as a list.
    LegalBasis,
    /// The list of priorities (spearheads) by title.
    Priorities,
    /// Figure 1: the structure drawn from the tiers (or columns) and bodies.
    StructureFigure,
    /// Each tier with its heading and description.
    Tiers,
    /// The interface areas with their counterpart pairs, as a table.
    InterfaceAreas,
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
    pub name: Text,
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
    /// The section number without the `§` sign, e.g. `14`; the document
    /// prints it as `§ 14`.
    pub section: String,
    /// A one-line topic, e.g. `neuvotteluvelvoite valtuustokausittain`.
    pub topic: Text,
}

/// How the structure figure is laid out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    /// Stacked tiers (the default) or side-by-side columns.
    #[serde(default)]
    pub layout: Layout,
    /// The figure's caption; a default wording for the layout when absent.
    #[serde(default)]
    pub caption: Option<Text>,
}

/// How the structure figure arranges the tiers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Layout {
    /// One row per tier, tier 1 on top (Kanta-Häme).
    #[default]
    Tiers,
    /// One column per tier, side by side, e.g. municipalities | interface
    /// areas | county bodies (Päijät-Häme).
    Columns,
}

/// A tier of the cooperation structure (a column in the columns layout).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// 1 for the top (strategic) tier or the first column; numbered without gaps.
    pub level: u32,
    /// The heading, e.g. `Strategisen tason foorumit` or `Kunnat`.
    pub name: Text,
    /// What the tier is, e.g. `poliittinen päätöksenteon taso`.
    #[serde(default)]
    pub level_name: Option<Text>,
    /// What the figure shows in this tier: its bodies (the default), the
    /// municipalities, the interface areas, or several of them.
    #[serde(default = "default_contents")]
    pub contents: Vec<TierContent>,
    /// The tier's description in the agreement text.
    #[serde(default)]
    pub blocks: Vec<ProseBlock>,
}

/// What a tier of the structure figure lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TierContent {
    /// The bodies placed in the tier.
    Bodies,
    /// The municipalities and cities among the parties.
    Municipalities,
    /// The interface areas.
    InterfaceAreas,
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
    /// A committee (*lautakunta*) of one party, e.g. the county's committee
    /// for health and wellbeing promotion.
    Committee,
    /// An advisory board (*neuvottelukunta*), e.g. an interface advisory
    /// board appointed by the county executive board.
    AdvisoryBoard,
    /// A management group (*johtoryhmä*).
    ManagementGroup,
    /// An organisational unit or division of one party (*yksikkö*,
    /// *toimiala*), e.g. the county's unit for wellbeing and interfaces.
    Unit,
}

/// A forum, working group, network, committee or other body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Forum {
    /// Short identifier for references. Parties and bodies share one namespace.
    pub id: ForumId,
    /// The name, e.g. `Kanta-Hämeen turvallisuusfoorumi`.
    pub name: Text,
    /// A short name for diagrams, e.g. `KH Turva`.
    #[serde(default)]
    pub short_name: Option<Text>,
    /// What kind of body it is.
    #[serde(default)]
    pub kind: ForumKind,
    /// The tier (or column) it belongs to, e.g. `2`, or the consecutive
    /// tiers it spans, e.g. `[1, 2, 3]`.
    pub tier: TierSpan,
    /// The body exists once in each municipality (e.g. the municipalities'
    /// own wellbeing working groups), each convened by its municipality.
    #[serde(default)]
    pub per_municipality: bool,
    /// For a body that exists once per municipality: the municipalities that
    /// have one; all municipalities when left out.
    #[serde(default)]
    pub municipalities: Vec<PartyId>,
    /// Who calls its meetings.
    #[serde(default)]
    pub convener: Option<Convener>,
    /// Who appoints it, when another body than its convener does (e.g. the
    /// county executive board appoints the interface advisory board).
    #[serde(default)]
    pub appointed_by: Option<BodyRef>,
    /// Who takes part: parties, all municipalities, other bodies, or outside
    /// organisations by name, each with its seats.
    #[serde(default)]
    pub members: Vec<Member>,
    /// How often it meets.
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// Who sits in it, in words (beside or instead of `members`).
    #[serde(default)]
    pub composition: Option<Text>,
    /// Whom its work serves.
    #[serde(default)]
    pub serves: Option<Text>,
    /// Its tasks.
    #[serde(default)]
    pub tasks: Vec<RichText>,
    /// Who prepares its meetings.
    #[serde(default)]
    pub prepared_by: Option<Text>,
    /// Who presents matters to it (*esittelijä*), e.g. `hyte-päällikkö`.
    #[serde(default)]
    pub presented_by: Option<Text>,
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

/// Who convenes a forum.
///
/// Name a party, an outside body, the forum's chair, or a party for the first
/// meeting and the chair after it (`party` and `chair` together). A body that
/// exists once per municipality is convened by each municipality and needs
/// no convener.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Convener {
    /// The party that convenes (the first meeting, when `chair` is set).
    #[serde(default)]
    pub party: Option<PartyId>,
    /// A body outside the agreement, e.g. `TE-toimisto`.
    #[serde(default)]
    pub other: Option<Text>,
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

/// How a body chooses its chair, vice chair and secretary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Officers {
    /// From among its members at its first meeting.
    ElectedAtFirstMeeting,
    /// Described in words.
    Other(Text),
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

/// An interface area (*yhdyspinta*): a field where a task needs both the
/// municipalities and the county, with its counterpart pair (*vastinpari*).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterfaceArea {
    /// Short identifier, e.g. `tyollisyys`.
    pub id: AreaId,
    /// The name, e.g. `Työllisyys`.
    pub name: Text,
    /// The contact role on the municipalities' side, e.g. `sivistysjohtaja`.
    pub municipal_contact: Text,
    /// The contact role on the county's side, e.g.
    /// `perhe- ja sosiaalipalvelujen toimialajohtaja`.
    pub county_contact: Text,
    /// The bodies and networks that work in the area.
    #[serde(default)]
    pub bodies: Vec<BodyRef>,
    /// What the cooperation in the area covers.
    #[serde(default)]
    pub description: Option<RichText>,
}

/// A priority (2023: spearhead) with its goals.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    /// Stable identifier; generated from the number when absent (`p1`).
    #[serde(default)]
    pub id: Option<ItemId>,
    /// The number shown, e.g. `1` for *Painopiste 1*; by order when absent.
    #[serde(default)]
    pub number: Option<u32>,
    /// The title, e.g. `Työllisyys ja elinvoima`.
    pub title: Text,
    /// The priority's overall aim, shown after its title.
    #[serde(default)]
    pub description: Option<RichText>,
    /// Who is responsible for the priority (*päävastuu*).
    #[serde(default)]
    pub lead: Option<Responsibility>,
    /// The goals.
    pub goals: Vec<Goal>,
}

/// Responsibility (*päävastuu*, *vastuutaho*) for a priority, a goal or an
/// action: who leads, and who works with them.
///
/// ```toml
/// lead = { responsible = ["lahti"], partners = ["yhdyspintaneuvottelukunta", { other = "Koulutuskeskus Salpaus" }] }
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(transform = responsible_or_forums))]
pub struct Responsibility {
    /// Who leads: parties, bodies, all municipalities, organs of a party or
    /// outside organisations. (`forums` is the earlier name and still read.)
    #[serde(alias = "forums")]
    pub responsible: Vec<BodyRef>,
    /// Who works with them.
    #[serde(default)]
    pub partners: Vec<BodyRef>,
    /// The wording shown in the document; generated from the names when absent.
    #[serde(default)]
    pub text: Option<Text>,
}

/// A goal of a priority.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Stable identifier; generated from its place when absent (`p1.g2`).
    #[serde(default)]
    pub id: Option<ItemId>,
    /// The goal.
    pub text: RichText,
    /// Who is responsible for this goal, when not (only) the priority's lead.
    #[serde(default)]
    pub lead: Option<Responsibility>,
    /// A line shown above the indicators, e.g. `Vaikutus hyvinvointityöhön ja johtamiseen:`.
    #[serde(default)]
    pub indicators_intro: Option<Text>,
    /// How reaching the goal is measured.
    pub indicators: Vec<Indicator>,
    /// What is done to reach it.
    #[serde(default)]
    pub actions: Vec<Action>,
}

/// An indicator (*mittari*).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable identifier; generated from its place when absent (`p1.g2.i1`).
    #[serde(default)]
    pub id: Option<ItemId>,
    /// The indicator as written in the agreement.
    pub text: RichText,
    /// A target, e.g. `korkeampi kuin edellisenä vuonna`.
    #[serde(default)]
    pub target: Option<Text>,
    /// Which way is better: higher or lower values.
    #[serde(default)]
    pub direction: Option<Direction>,
    /// The year compared against.
    #[serde(default)]
    pub baseline_year: Option<i32>,
    /// The value in the baseline year, e.g. `12.4`.
    #[serde(default)]
    pub baseline_value: Option<f64>,
    /// The unit, e.g. `%`.
    #[serde(default)]
    pub unit: Option<Text>,
    /// A self-assessment scale, e.g. `[1, 5]`.
    #[serde(default)]
    pub scale: Option<[u32; 2]>,
    /// A count out of the municipalities, e.g. `X/11`.
    #[serde(default)]
    pub municipalities: Option<MunicipalityShare>,
    /// The municipalities a share is counted among, when not all of them:
    /// party ids, or the municipal members of a body.
    #[serde(default)]
    pub among: Option<Among>,
    /// Where the figures come from, e.g. THL's indicator bank.
    #[serde(default)]
    pub source: Option<DataSource>,
    /// What kind of value the yearly follow-up records for the indicator.
    /// When left out: `scale` for an indicator with a `scale`, `yes_no` per
    /// municipality for a share (`municipalities = "X/N"`), `percentage` for
    /// the unit `%`, and `number` otherwise. Not printed in the agreement.
    #[serde(default)]
    pub value_kind: Option<ValueKind>,
    /// The target as a number, for follow-up: `92` for "vähintään 92 %".
    /// It is reached at or above the number, or at or below it when
    /// `direction = "lower_is_better"`. For a share of municipalities, the
    /// number of municipalities (`8` for "8/11"). Give the target in words
    /// (`target`) as well: that is what the agreement prints.
    #[serde(default)]
    pub target_value: Option<f64>,
}

/// What kind of value the follow-up of an indicator records
/// (see `crate::follow_up`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ValueKind {
    /// A number, e.g. a count or a rate, in the indicator's `unit`.
    Number,
    /// A percentage, 0–100.
    Percentage,
    /// Yes or no (*K/E*): for the whole area, or per municipality for a
    /// share of municipalities.
    YesNo,
    /// A point of the indicator's self-assessment `scale`.
    Scale,
    /// The status of an action: not started, in progress, done (for a share
    /// of municipalities, per municipality; done ones count).
    ActionStatus,
}

/// Which way an indicator should move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Direction {
    /// Higher values are better.
    HigherIsBetter,
    /// Lower values are better.
    LowerIsBetter,
}

/// The municipalities a share of municipalities is counted among.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Among {
    /// These parties (municipalities or cities), by id.
    Parties(Vec<PartyId>),
    /// The municipalities that take part in a body: `{ members_of = "…" }`.
    MembersOf {
        /// The body whose municipal members count.
        members_of: ForumId,
    },
}

/// Where an indicator's figures come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataSource {
    /// The source, e.g. `THL Sotkanet` or `Kouluterveyskysely`.
    pub name: Text,
    /// The indicator's id in that source, e.g. `4559`, by which downloaded
    /// statistics are matched to the indicator.
    #[serde(default)]
    pub id: Option<String>,
}

/// An action (*toimenpide*).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Stable identifier; generated from its place when absent (`p1.g2.a1`).
    #[serde(default)]
    pub id: Option<ItemId>,
    /// The number shown, by order when absent.
    #[serde(default)]
    pub number: Option<u32>,
    /// What is done.
    pub text: RichText,
    /// Who is responsible for this action.
    #[serde(default)]
    pub lead: Option<Responsibility>,
}

/// Follow-up of the cooperation.
///
/// Give one yearly `window = { from_month = 5, to_month = 6 }`, or several
/// `rounds` a year (spring and autumn).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawFollowUp", into = "RawFollowUp")]
#[cfg_attr(feature = "schema", schemars(with = "RawFollowUp"))]
pub struct FollowUp {
    /// Prose before the generated rule.
    pub text: Vec<ProseBlock>,
    /// The forums that hold the follow-up.
    pub forums: Vec<ForumId>,
    /// The months of each follow-up round in a year, at least one.
    pub rounds: Vec<MonthWindow>,
}

/// The written form of [`FollowUp`]: `window` or `rounds`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(transform = one_of_window_rounds))]
pub struct RawFollowUp {
    /// Prose before the generated rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<ProseBlock>,
    /// The forums that hold the follow-up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forums: Vec<ForumId>,
    /// The months of the yearly follow-up meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<MonthWindow>,
    /// The months of each round, for follow-up more than once a year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<MonthWindow>,
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    /// The last day in force; in force until further notice when absent.
    #[serde(default)]
    pub until: Option<Date>,
    /// The agreement stays in force in any case until a new agreement is
    /// approved ("… ja joka tapauksessa siihen asti, kunnes uusi sopimus on
    /// hyväksytty").
    #[serde(default)]
    pub until_new_agreement: bool,
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signing {
    /// The place of signing, shown before the date.
    #[serde(default)]
    pub place: Option<Text>,
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
    pub title: Option<Text>,
    /// The deputy's name.
    #[serde(default)]
    pub deputy: Option<String>,
}

/// Titles and column headings of the annexes; each in the document's
/// language's default wording when left out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Annexes {
    /// Title of Annex 1 (structures).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub structures_title: Option<Text>,
    /// Title of Annex 2 (goals and indicators).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goals_title: Option<Text>,
    /// The form of the Annex 2 table.
    pub goals_form: GoalsForm,
    /// The word for a priority in the annex, e.g. `Keihäänkärki` or `Painopiste`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority_heading: Option<Text>,
    /// Heading of the goals column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goal_heading: Option<Text>,
    /// Heading of the indicators column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator_heading: Option<Text>,
    /// Heading of the actions column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_heading: Option<Text>,
    /// Heading of the lead-responsibility column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_heading: Option<Text>,
    /// Annex 3 and after, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub additional: Vec<AdditionalAnnex>,
}

/// The form of the goals-and-indicators table (Annex 2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GoalsForm {
    /// Five columns on landscape pages: priority | goal | indicators |
    /// actions | responsibility (2026).
    #[default]
    Full,
    /// Two columns, goal | indicators, under a band per priority (2023).
    Simple,
}

/// An annex after Annex 2: prose, a table, or a reference to a separate
/// document. Write exactly one of `blocks`, `table` and `document`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawAdditionalAnnex", into = "RawAdditionalAnnex")]
#[cfg_attr(feature = "schema", schemars(with = "RawAdditionalAnnex"))]
pub struct AdditionalAnnex {
    /// The annex's title.
    pub title: Text,
    /// What it holds.
    pub content: AnnexContent,
}

/// The content of an [`AdditionalAnnex`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum AnnexContent {
    /// Prose.
    Blocks(Vec<ProseBlock>),
    /// A table.
    Table(AnnexTable),
    /// A separate document that is part of the agreement but not printed in it.
    Document(DocumentRef),
}

/// A table in an annex.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnexTable {
    /// The column headings.
    pub columns: Vec<Text>,
    /// The rows, each with one cell per column.
    pub rows: Vec<Vec<RichText>>,
}

/// A separate document annexed by reference.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentRef {
    /// The document's name, e.g. `Alueellinen hyvinvointikertomus ja -suunnitelma 2025–2029`.
    pub name: Text,
    /// Where it is found, e.g. a web address or a register number.
    #[serde(default)]
    pub reference: Option<String>,
    /// Its date.
    #[serde(default)]
    pub date: Option<Date>,
}

/// The written form of [`AdditionalAnnex`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(transform = one_of_annex_contents))]
pub struct RawAdditionalAnnex {
    /// The annex's title.
    pub title: Text,
    /// Prose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocks: Option<Vec<ProseBlock>>,
    /// A table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<AnnexTable>,
    /// A separate document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentRef>,
}
}

fn yes() -> bool {
    true
}

fn default_contents() -> Vec<TierContent> {
    vec![TierContent::Bodies]
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

/// One follow-up `window` or several `rounds`, not both.
#[cfg(feature = "schema")]
fn one_of_window_rounds(schema: &mut schemars::Schema) {
    one_of_required(schema, &["window", "rounds"]);
}

/// An annex holds exactly one of prose, a table and a document.
#[cfg(feature = "schema")]
fn one_of_annex_contents(schema: &mut schemars::Schema) {
    one_of_required(schema, &["blocks", "table", "document"]);
}

/// The schema of [`ProseBlock`]: [`Block`] without `insert`. (Parsing goes
/// through `Block` to say where inserts belong.)
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(dead_code)]
enum ProseBlockSchema {
    /// A paragraph.
    Paragraph(RichText),
    /// A bulleted list.
    Bullets(Vec<RichText>),
    /// A numbered list.
    Numbered(Vec<RichText>),
    /// A subheading.
    Subheading(Text),
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

/// The schema of [`Responsibility`]: serde also reads `forums`, the
/// earlier name of `responsible`, so the schema takes either (not both).
#[cfg(feature = "schema")]
fn responsible_or_forums(schema: &mut schemars::Schema) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    if let Some(properties) = object
        .get_mut("properties")
        .and_then(serde_json::Value::as_object_mut)
        && let Some(mut forums) = properties.get("responsible").cloned()
    {
        if let Some(forums) = forums.as_object_mut() {
            forums.insert(
                "description".into(),
                "The earlier name of `responsible`, still read.".into(),
            );
            forums.insert("deprecated".into(), true.into());
        }
        properties.insert("forums".into(), forums);
    }
    object.remove("required");
    object.insert(
        "oneOf".into(),
        serde_json::json!([{ "required": ["responsible"] }, { "required": ["forums"] }]),
    );
}

/// A number of times, or a range `[min, max]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    /// The lowest number.
    pub min: u32,
    /// The highest number (equal to `min` for an exact count).
    pub max: u32,
}

impl Count {
    /// An exact count.
    pub fn exactly(n: u32) -> Count {
        Count { min: n, max: n }
    }
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

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Count {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Count".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A number of times (`2`) or a range (`[3, 4]`).",
            "anyOf": [
                { "type": "integer", "minimum": 0 },
                { "type": "array", "items": { "type": "integer", "minimum": 0 }, "minItems": 2, "maxItems": 2 },
                {
                    "description": "The form sopimus writes (JSON, `sopimus extract`).",
                    "type": "object",
                    "properties": {
                        "min": { "type": "integer", "minimum": 0 },
                        "max": { "type": "integer", "minimum": 0 }
                    },
                    "required": ["min", "max"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

/// The tier a body belongs to, or the consecutive tiers it spans.
///
/// Written as one level (`tier = 2`) or as the list of consecutive levels it
/// spans (`tier = [1, 2, 3]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TierSpan {
    first: u32,
    last: u32,
}

impl TierSpan {
    /// One tier.
    pub fn one(level: u32) -> TierSpan {
        TierSpan {
            first: level,
            last: level,
        }
    }

    /// The tiers from `first` to `last`; `None` when `last` is before
    /// `first`, or when the span has more levels than an agreement may have
    /// tiers ([`limits::TIERS`](crate::limits::TIERS)): the span is
    /// written as the list of its levels, which must stay short.
    pub fn span(first: u32, last: u32) -> Option<TierSpan> {
        let levels = u64::from(last).checked_sub(u64::from(first))? + 1;
        (levels <= crate::limits::TIERS as u64).then_some(TierSpan { first, last })
    }

    /// The first (top, or leftmost) tier.
    pub fn first(&self) -> u32 {
        self.first
    }

    /// The last tier (the same as `first` for a body in one tier).
    pub fn last(&self) -> u32 {
        self.last
    }

    /// Whether the body spans more than one tier.
    pub fn is_span(&self) -> bool {
        self.first != self.last
    }

    /// Whether the body belongs to `level`.
    pub fn contains(&self, level: u32) -> bool {
        (self.first..=self.last).contains(&level)
    }

    /// Every level the body belongs to.
    pub fn levels(&self) -> impl Iterator<Item = u32> {
        self.first..=self.last
    }
}

impl Default for TierSpan {
    fn default() -> Self {
        TierSpan::one(1)
    }
}

impl From<u32> for TierSpan {
    fn from(level: u32) -> TierSpan {
        TierSpan::one(level)
    }
}

impl Serialize for TierSpan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_span() {
            serializer.collect_seq(self.levels())
        } else {
            serializer.serialize_u32(self.first)
        }
    }
}

impl<'de> Deserialize<'de> for TierSpan {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            One(u32),
            Many(Vec<u32>),
        }
        let expected =
            "expected a tier such as 2, or the consecutive tiers a body spans such as [1, 2, 3]";
        match Repr::deserialize(deserializer).map_err(|_| serde::de::Error::custom(expected))? {
            Repr::One(level) => Ok(TierSpan::one(level)),
            Repr::Many(levels) => {
                let (Some(&first), Some(&last)) = (levels.first(), levels.last()) else {
                    return Err(serde::de::Error::custom(expected));
                };
                let consecutive = levels.windows(2).all(|w| w[0].checked_add(1) == Some(w[1]));
                if !consecutive {
                    return Err(serde::de::Error::custom(format!(
                        "the tiers {levels:?} are not consecutive; a body spans tiers next to each other, such as [1, 2, 3]"
                    )));
                }
                TierSpan::span(first, last).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "a body spans at most {} tiers, and this list has {}",
                        crate::limits::TIERS,
                        levels.len()
                    ))
                })
            }
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for TierSpan {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TierSpan".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A tier (`2`) or the consecutive tiers a body spans (`[1, 2, 3]`).",
            "anyOf": [
                { "type": "integer", "minimum": 1 },
                { "type": "array", "items": { "type": "integer", "minimum": 1 }, "minItems": 1 }
            ]
        })
    }
}

/// A group of parties that can be named at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum PartyGroup {
    /// Every municipality and city among the parties.
    AllMunicipalities,
    /// Every party.
    AllParties,
}

/// A reference to whoever can be responsible, appoint or take part: a party
/// or a body by id, an organ of a party, a group of parties, or an
/// organisation outside the agreement.
///
/// Written as an id string (`"lahti"`, `"kh-turva"`), or as a table:
/// `{ id = "phhva", organ = "aluehallitus" }`, `{ group = "all_municipalities" }`,
/// `{ other = "Koulutuskeskus Salpaus" }`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BodyRef {
    /// A party or a body of the structure, by its id.
    Id(RefId),
    /// A named organ of a party, e.g. its executive board.
    Organ {
        /// The party.
        party: PartyId,
        /// The organ, e.g. `aluehallitus`.
        organ: Text,
    },
    /// A group of parties.
    Group(PartyGroup),
    /// An organisation outside the agreement, by name.
    Other(Text),
}

/// A member of a body: who, with how many seats, in what role.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Member {
    /// Who takes part.
    pub who: BodyRef,
    /// The seats: for a group, the seats of each party in it.
    pub seats: Option<u32>,
    /// The role or title of the members, e.g. `kunnanjohtaja`.
    pub role: Option<Text>,
}

impl From<BodyRef> for Member {
    fn from(who: BodyRef) -> Member {
        Member {
            who,
            seats: None,
            role: None,
        }
    }
}

/// The table form shared by [`BodyRef`] and [`Member`].
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = one_kind_of_reference))]
struct RefTable {
    /// A party or body id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<RefId>,
    /// An organ of the party given by `id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    organ: Option<Text>,
    /// A group of parties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    group: Option<PartyGroup>,
    /// An organisation outside the agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    other: Option<Text>,
    /// Seats (members only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seats: Option<u32>,
    /// Role (members only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<Text>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RefRepr {
    Id(String),
    Table(RefTable),
}

impl RefTable {
    fn into_ref<E: serde::de::Error>(self) -> Result<BodyRef, E> {
        match (self.id, self.organ, self.group, self.other) {
            (Some(id), None, None, None) => Ok(BodyRef::Id(id)),
            (Some(id), Some(organ), None, None) => Ok(BodyRef::Organ {
                party: PartyId::from(id.as_str()),
                organ,
            }),
            (None, None, Some(group), None) => Ok(BodyRef::Group(group)),
            (None, None, None, Some(other)) => Ok(BodyRef::Other(other)),
            (None, Some(_), _, _) => Err(E::custom(
                "an `organ` belongs to a party: write `{ id = \"party-id\", organ = \"aluehallitus\" }`",
            )),
            _ => Err(E::custom(
                "write one of `id = \"…\"` (a party or body), `group = \"all_municipalities\"` or `other = \"name\"`",
            )),
        }
    }

    fn from_ref(r: &BodyRef) -> RefTable {
        match r {
            BodyRef::Id(id) => RefTable {
                id: Some(id.clone()),
                ..RefTable::default()
            },
            BodyRef::Organ { party, organ } => RefTable {
                id: Some(RefId::from(party.as_str())),
                organ: Some(organ.clone()),
                ..RefTable::default()
            },
            BodyRef::Group(group) => RefTable {
                group: Some(*group),
                ..RefTable::default()
            },
            BodyRef::Other(name) => RefTable {
                other: Some(name.clone()),
                ..RefTable::default()
            },
        }
    }
}

const REF_EXPECTED: &str = "expected an id such as \"lahti\", or a table such as { group = \"all_municipalities\" } or { other = \"name\" }";

impl<'de> Deserialize<'de> for BodyRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match RefRepr::deserialize(deserializer)
            .map_err(|_| serde::de::Error::custom(REF_EXPECTED))?
        {
            RefRepr::Id(id) => Ok(BodyRef::Id(RefId::from(id))),
            RefRepr::Table(t) => {
                if t.seats.is_some() || t.role.is_some() {
                    return Err(serde::de::Error::custom(
                        "`seats` and `role` belong to the members of a body, not here",
                    ));
                }
                t.into_ref()
            }
        }
    }
}

impl Serialize for BodyRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            BodyRef::Id(id) => serializer.serialize_str(id.as_str()),
            other => RefTable::from_ref(other).serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Member {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match RefRepr::deserialize(deserializer).map_err(|_| {
            serde::de::Error::custom(
                "expected a member such as \"lahti\", { id = \"lahti\", seats = 2 }, { group = \"all_municipalities\", seats = 1 } or { other = \"name\" }",
            )
        })? {
            RefRepr::Id(id) => Ok(Member::from(BodyRef::Id(RefId::from(id)))),
            RefRepr::Table(mut t) => {
                let seats = t.seats.take();
                let role = t.role.take();
                Ok(Member {
                    who: t.into_ref()?,
                    seats,
                    role,
                })
            }
        }
    }
}

impl Serialize for Member {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.seats.is_none() && self.role.is_none() {
            return self.who.serialize(serializer);
        }
        let mut table = RefTable::from_ref(&self.who);
        table.seats = self.seats;
        table.role = self.role.clone();
        table.serialize(serializer)
    }
}

/// A reference names exactly one of: an id (with an organ, optionally), a
/// group, an outside organisation.
#[cfg(feature = "schema")]
fn one_kind_of_reference(schema: &mut schemars::Schema) {
    if let Some(object) = schema.as_object_mut() {
        object.insert(
            "oneOf".into(),
            serde_json::json!([
                { "required": ["id"], "not": { "anyOf": [{ "required": ["group"] }, { "required": ["other"] }] } },
                { "required": ["group"], "not": { "anyOf": [{ "required": ["id"] }, { "required": ["organ"] }, { "required": ["other"] }] } },
                { "required": ["other"], "not": { "anyOf": [{ "required": ["id"] }, { "required": ["organ"] }, { "required": ["group"] }] } }
            ]),
        );
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for BodyRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "BodyRef".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let table = generator.subschema_for::<RefTable>();
        schemars::json_schema!({
            "description": "A party or body by id (\"lahti\"), or { id, organ }, { group }, { other }.",
            "anyOf": [ { "type": "string" }, table ]
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Member {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Member".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        BodyRef::json_schema(generator)
    }
}

/// Why a written form does not make a value of the model: the checks of
/// shape that the parser makes (with line and column) and the `TryFrom`
/// conversions from the written forms ([`Block`] → [`ProseBlock`],
/// [`RawFollowUp`] → [`FollowUp`], [`RawAdditionalAnnex`] →
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

impl TryFrom<Block> for ProseBlock {
    type Error = ShapeError;

    fn try_from(block: Block) -> Result<ProseBlock, ShapeError> {
        match block {
            Block::Paragraph(t) => Ok(ProseBlock::Paragraph(t)),
            Block::Bullets(l) => Ok(ProseBlock::Bullets(l)),
            Block::Numbered(l) => Ok(ProseBlock::Numbered(l)),
            Block::Subheading(h) => Ok(ProseBlock::Subheading(h)),
            Block::Insert(_) => Err(ShapeError::InsertOutsideSection),
        }
    }
}

impl TryFrom<RawFollowUp> for FollowUp {
    type Error = ShapeError;

    fn try_from(raw: RawFollowUp) -> Result<FollowUp, ShapeError> {
        let rounds = match (raw.window, raw.rounds.is_empty()) {
            (Some(window), true) => vec![window],
            (None, false) => raw.rounds,
            (Some(_), false) => return Err(ShapeError::WindowAndRounds),
            (None, true) => return Err(ShapeError::NoFollowUpMonths),
        };
        Ok(FollowUp {
            text: raw.text,
            forums: raw.forums,
            rounds,
        })
    }
}

impl From<FollowUp> for RawFollowUp {
    fn from(f: FollowUp) -> RawFollowUp {
        let (window, rounds) = match f.rounds.as_slice() {
            [one] => (Some(*one), Vec::new()),
            _ => (None, f.rounds),
        };
        RawFollowUp {
            text: f.text,
            forums: f.forums,
            window,
            rounds,
        }
    }
}

impl TryFrom<RawAdditionalAnnex> for AdditionalAnnex {
    type Error = ShapeError;

    fn try_from(raw: RawAdditionalAnnex) -> Result<AdditionalAnnex, ShapeError> {
        let content = match (raw.blocks, raw.table, raw.document) {
            (Some(blocks), None, None) => AnnexContent::Blocks(blocks),
            (None, Some(table), None) => AnnexContent::Table(table),
            (None, None, Some(document)) => AnnexContent::Document(document),
            _ => return Err(ShapeError::AnnexContent(raw.title.to_string())),
        };
        Ok(AdditionalAnnex {
            title: raw.title,
            content,
        })
    }
}

impl From<AdditionalAnnex> for RawAdditionalAnnex {
    fn from(a: AdditionalAnnex) -> RawAdditionalAnnex {
        let mut raw = RawAdditionalAnnex {
            title: a.title,
            blocks: None,
            table: None,
            document: None,
        };
        match a.content {
            AnnexContent::Blocks(b) => raw.blocks = Some(b),
            AnnexContent::Table(t) => raw.table = Some(t),
            AnnexContent::Document(d) => raw.document = Some(d),
        }
        raw
    }
}

impl Default for Termination {
    /// Own part only, 12 months' notice, in writing, to all parties: the
    /// rule of the Kanta-Häme agreements.
    fn default() -> Self {
        Termination {
            own_part_only: true,
            notice_months: 12,
            in_writing: true,
            notify_all_parties: true,
        }
    }
}

impl PartyKind {
    /// Whether the party counts as a municipality (cities included) for
    /// indicators of the form `X/N`.
    pub fn is_municipality(self) -> bool {
        matches!(self, PartyKind::Municipality | PartyKind::City)
    }
}

impl Party {
    /// A party with the required fields; the rest can be set on the result.
    pub fn new(
        id: impl Into<PartyId>,
        kind: PartyKind,
        name: impl Into<Text>,
        business_id: impl Into<RawBusinessId>,
    ) -> Party {
        Party {
            id: id.into(),
            kind,
            name: name.into(),
            short_name: None,
            business_id: business_id.into(),
            municipality_code: None,
            address: None,
            signatory: None,
            approval: None,
            signed_on: None,
        }
    }

    /// The short name for figures: `short_name`, or the name.
    pub fn label(&self) -> &Text {
        self.short_name.as_ref().unwrap_or(&self.name)
    }
}

impl Indicator {
    /// The kind of value its follow-up records: [`Indicator::value_kind`]
    /// when given; otherwise yes/no per municipality for a share of
    /// municipalities, a scale point for a scale, a percentage for the unit
    /// `%`, and a number for the rest.
    pub fn effective_value_kind(&self) -> ValueKind {
        if let Some(kind) = self.value_kind {
            return kind;
        }
        if self.municipalities.is_some() {
            ValueKind::YesNo
        } else if self.scale.is_some() {
            ValueKind::Scale
        } else if self.unit.as_ref().map(|u| u.as_str().trim()) == Some("%") {
            ValueKind::Percentage
        } else {
            ValueKind::Number
        }
    }
}

impl Forum {
    /// A body with the required fields, of kind `forum` and in one tier;
    /// the rest can be set on the result.
    pub fn new(id: impl Into<ForumId>, name: impl Into<Text>, tier: u32) -> Forum {
        Forum {
            id: id.into(),
            name: name.into(),
            short_name: None,
            kind: ForumKind::default(),
            tier: TierSpan::one(tier),
            per_municipality: false,
            municipalities: Vec::new(),
            convener: None,
            appointed_by: None,
            members: Vec::new(),
            frequency: None,
            composition: None,
            serves: None,
            tasks: Vec::new(),
            prepared_by: None,
            presented_by: None,
            officers: None,
            term: None,
            named_representatives: None,
            statutory: false,
        }
    }

    /// The short name for figures: `short_name`, or the name.
    pub fn label(&self) -> &Text {
        self.short_name.as_ref().unwrap_or(&self.name)
    }
}

impl Metadata {
    /// Metadata for a draft of the given kind, title and date.
    pub fn new(kind: AgreementKind, title: impl Into<Text>, date: Date) -> Metadata {
        Metadata {
            kind,
            title: title.into(),
            short_title: None,
            version: None,
            status: Status::Draft,
            date,
            languages: Languages::default(),
        }
    }
}

impl Signatory {
    /// A signatory with a name and a title.
    pub fn new(name: impl Into<String>, title: impl Into<Text>) -> Signatory {
        Signatory {
            name: name.into(),
            title: title.into(),
        }
    }
}

impl Section {
    /// A section with a heading and its blocks; an [`Insert`] converts into
    /// a block, so generated parts are written as they are:
    /// `Section::new("Rakenne", [Insert::StructureFigure, Insert::Tiers])`.
    pub fn new(
        heading: impl Into<Text>,
        blocks: impl IntoIterator<Item = impl Into<Block>>,
    ) -> Section {
        Section {
            heading: heading.into(),
            blocks: blocks.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<Insert> for Block {
    fn from(insert: Insert) -> Block {
        Block::Insert(insert)
    }
}

impl Tier {
    /// A tier that shows its bodies, without a description.
    pub fn new(level: u32, name: impl Into<Text>) -> Tier {
        Tier {
            level,
            name: name.into(),
            level_name: None,
            contents: default_contents(),
            blocks: Vec::new(),
        }
    }
}

impl Priority {
    /// A priority with a title and its goals; number and id by its place.
    pub fn new(title: impl Into<Text>, goals: impl IntoIterator<Item = Goal>) -> Priority {
        Priority {
            title: title.into(),
            goals: goals.into_iter().collect(),
            ..Priority::default()
        }
    }
}

impl Goal {
    /// A goal with its indicators, without actions.
    pub fn new(text: impl Into<RichText>, indicators: impl IntoIterator<Item = Indicator>) -> Goal {
        Goal {
            text: text.into(),
            indicators: indicators.into_iter().collect(),
            ..Goal::default()
        }
    }
}

impl Indicator {
    /// An indicator with its text alone; the rest can be set on the result.
    pub fn new(text: impl Into<RichText>) -> Indicator {
        Indicator {
            text: text.into(),
            ..Indicator::default()
        }
    }
}

impl Action {
    /// An action with its text alone, numbered by its place.
    pub fn new(text: impl Into<RichText>) -> Action {
        Action {
            text: text.into(),
            ..Action::default()
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
