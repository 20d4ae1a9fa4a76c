//! References to parties and bodies (`BodyRef`, `Member`) and how they are written.

use super::*;

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
#[non_exhaustive]
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

impl Member {
    /// A member without a number of seats or a role (set them on the result).
    pub fn new(who: BodyRef) -> Member {
        Member::from(who)
    }
}
