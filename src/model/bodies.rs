//! The structure: tiers or columns, forums and working groups, interface areas.

use super::*;

schema! {
/// How the structure figure is laid out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct Forum {
    /// Short identifier for references. Parties and bodies share one namespace.
    pub id: ForumId,
    /// The name, e.g. `Kanta-Hämeen turvallisuusfoorumi`.
    pub name: Text,
    /// A short name for diagrams, e.g. `KH Turva`: language-neutral (a plain string
    /// serves every language).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::language::neutral_opt_schema"))]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
}

fn default_contents() -> Vec<TierContent> {
    vec![TierContent::Bodies]
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
                    "description": "The form sopimus writes (JSON, and the agreement attached to a PDF).",
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

impl JointMeeting {
    /// The `forums` meet together at least `at_least_per_year` times a year.
    pub fn new(
        forums: impl IntoIterator<Item = impl Into<ForumId>>,
        at_least_per_year: u32,
    ) -> JointMeeting {
        JointMeeting {
            forums: forums.into_iter().map(Into::into).collect(),
            at_least_per_year,
        }
    }
}

impl InterfaceArea {
    /// An interface area with its id, name and two contacts, without bodies
    /// or a description (set them on the result).
    pub fn new(
        id: impl Into<AreaId>,
        name: impl Into<Text>,
        municipal_contact: impl Into<Text>,
        county_contact: impl Into<Text>,
    ) -> InterfaceArea {
        InterfaceArea {
            id: id.into(),
            name: name.into(),
            municipal_contact: municipal_contact.into(),
            county_contact: county_contact.into(),
            bodies: Vec::new(),
            description: None,
        }
    }
}
