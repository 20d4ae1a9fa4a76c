//! The goals table: priorities, goals, indicators, actions and responsibilities.

use super::*;

schema! {
/// A priority (2023: spearhead) with its goals.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
    /// The unit, e.g. `%`: language-neutral (a plain string
    /// serves every language).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::language::neutral_opt_schema"))]
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
#[non_exhaustive]
pub struct DataSource {
    /// The source, e.g. `THL Sotkanet` or `Kouluterveyskysely`:
    /// language-neutral (a plain string serves every language).
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::language::neutral_schema"))]
    pub name: Text,
    /// The indicator's id in that source, e.g. `4559`, by which downloaded
    /// statistics are matched to the indicator.
    #[serde(default)]
    pub id: Option<String>,
}

/// An action (*toimenpide*).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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

impl Responsibility {
    /// `responsible` lead, without partners; the wording is generated from
    /// their names.
    pub fn new(responsible: impl IntoIterator<Item = BodyRef>) -> Responsibility {
        Responsibility {
            responsible: responsible.into_iter().collect(),
            ..Responsibility::default()
        }
    }
}

impl DataSource {
    /// A source by name, without an indicator id (set [`DataSource::id`]).
    pub fn new(name: impl Into<Text>) -> DataSource {
        DataSource {
            name: name.into(),
            id: None,
        }
    }
}
