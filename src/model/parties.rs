//! The parties: their kinds, signatories and approving decisions.

use super::*;

schema! {
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

/// The order in which each language version lists the parties.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyOrder {
    /// The order of `[[parties]]` in the file, in every language.
    #[default]
    AsWritten,
    /// The wellbeing services county, then the regional council, then the
    /// other parties in the alphabetical order of their names in each
    /// language (Swedish: å, ä, ö after z), so that the Swedish version
    /// lists Borgå before Lovisa and the Finnish one Loviisa before Porvoo.
    Alphabetical,
}

/// A contracting party.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Party {
    /// Short identifier used for references within the input. Parties and
    /// bodies share one namespace.
    pub id: PartyId,
    /// The kind of organisation.
    pub kind: PartyKind,
    /// The official name, e.g. `Forssan kaupunki`.
    pub name: Text,
    /// A short name for figures, e.g. `Forssa`: language-neutral (a plain string
    /// serves every language).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::language::neutral_opt_schema"))]
    pub short_name: Option<Text>,
    /// The business ID (*y-tunnus*), checked by validation.
    pub business_id: RawBusinessId,
    /// The municipality's three-digit code of Statistics Finland
    /// (*kuntanumero*, e.g. `398`), used to match statistics to the party;
    /// only for municipalities and cities.
    #[serde(default)]
    pub municipality_code: Option<String>,
    /// The postal address as one line, e.g. `PL 62, 30101 Forssa`:
    /// language-neutral (`{ fi = "…, 68600 Pietarsaari", sv = "…, 68600
    /// Jakobstad" }` where the place has a name in each language).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::language::neutral_opt_schema"))]
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
#[non_exhaustive]
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
#[non_exhaustive]
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

impl Signatory {
    /// A signatory with a name and a title.
    pub fn new(name: impl Into<String>, title: impl Into<Text>) -> Signatory {
        Signatory {
            name: name.into(),
            title: title.into(),
        }
    }
}

impl Approval {
    /// The decision of `body` on `date`, without a minutes section (set
    /// [`Approval::section`] for that).
    pub fn new(body: impl Into<Text>, date: Date) -> Approval {
        Approval {
            body: body.into(),
            date,
            section: None,
        }
    }
}
