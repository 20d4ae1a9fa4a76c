//! The decisions file's format: per party the chain of decisions, the
//! representatives it named and its signature.

use serde::{Deserialize, Serialize};

use crate::ids::{Date, ForumId, PartyId};
use crate::language::Text;
use crate::model::SigningMode;

/// What the parties have decided, named and signed about one agreement.
///
/// Kept in a file of its own beside the agreement
/// (`kanta-hame-2023.decisions.toml` beside `kanta-hame-2023.toml`), so
/// that recording a decision never changes the text the parties decide on.
///
/// ```
/// let decisions: sopimus::decisions::Decisions = toml::from_str(r#"
///     [[parties]]
///     party = "hattula"
///     decisions = [{ organ = "Kunnanhallitus", date = 2023-06-12, section = "123", outcome = "approved" }]
/// "#)?;
/// assert_eq!(decisions.parties[0].decisions.len(), 1);
/// # Ok::<(), toml::de::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Decisions {
    /// The day the final text was ready for the parties' decisions; no
    /// decision comes before it.
    #[serde(default)]
    pub final_text: Option<Date>,
    /// Who prepares the parties' decision items (*valmistelija*), with
    /// contact details, e.g. `kumppanuuspäällikkö Päivi Niiranen, puh. …`.
    #[serde(default)]
    pub preparer: Option<String>,
    /// One entry per party that has done something; a party without one
    /// has decided, named and signed nothing yet.
    #[serde(default)]
    pub parties: Vec<PartyRecord>,
}

/// One party's decisions, representatives, signature and termination.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PartyRecord {
    /// The party's id in the agreement.
    pub party: PartyId,
    /// The chain of decisions, in order: e.g. the county board's proposal,
    /// then the council's decision.
    #[serde(default)]
    pub decisions: Vec<Decision>,
    /// The people the party named to the bodies.
    #[serde(default)]
    pub representatives: Vec<Nomination>,
    /// The party's signature.
    #[serde(default)]
    pub signature: Option<Signature>,
    /// A written notice of termination the party delivered.
    #[serde(default)]
    pub termination: Option<TerminationNotice>,
    /// The languages of the party's decision item (`sopimus decision
    /// draft`), each one of the agreement's; the agreement's first when
    /// empty. A bilingual municipality lists both.
    #[serde(default)]
    pub languages: Vec<crate::language::Language>,
    /// Who prepares the party's decision item, with contact details; the
    /// file's `preparer` when left out.
    #[serde(default)]
    pub preparer: Option<String>,
    /// Who presents the item, e.g. `kunnanjohtaja`; by the kind of party
    /// when left out.
    #[serde(default)]
    pub presenter: Option<String>,
}

/// A decision (or a proposal to the deciding organ) of one organ.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Decision {
    /// The organ, e.g. `Kunnanhallitus`, `Aluehallitus`, `Kommunstyrelsen`;
    /// for a bilingual agreement one per language, e.g.
    /// `{ sv = "Välfärdsområdesfullmäktige", fi = "Aluevaltuusto" }`, so that
    /// each language version names it in its own words.
    pub organ: Text,
    /// A proposal to another organ, or the decision itself (the default).
    #[serde(default)]
    pub step: Step,
    /// The day of the meeting.
    pub date: Date,
    /// The minutes section (*pykälä*) as a number, without `§`.
    #[serde(default)]
    pub section: Option<String>,
    /// The record number (*diaarinumero*), e.g. `HATDno-2023-123`.
    #[serde(default)]
    pub record: Option<String>,
    /// What the organ decided (or proposed).
    pub outcome: Outcome,
    /// The points decided, as the minutes word them.
    #[serde(default)]
    pub points: Vec<String>,
    /// What the organ changed, for `approved_with_changes`.
    #[serde(default)]
    pub changes: Option<String>,
    /// Who was authorised to sign, e.g. `kunnanjohtaja`. A Finnish
    /// decision item puts a title ending in *-ja* in the genitive
    /// (*valtuuttaa kunnanjohtajan*); write any other in the form the
    /// sentence needs.
    #[serde(default)]
    pub authorised_to_sign: Option<Text>,
    /// Who was authorised to name the representatives.
    #[serde(default)]
    pub authorised_to_name: Option<Text>,
}

/// Whether an entry of the chain is a proposal or the decision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Step {
    /// A proposal to the deciding organ (the county board to the council).
    Proposal,
    /// The decision.
    #[default]
    Decision,
}

/// What an organ decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// Approved the text as it stands.
    Approved,
    /// Approved with changes: the text the others approved is not this
    /// party's, so the agreement cannot enter into force.
    ApprovedWithChanges,
    /// Rejected the agreement.
    Rejected,
    /// Sent it back for preparation (*palautettiin valmisteluun*).
    SentBack,
}

/// A person a party named to a body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Nomination {
    /// The body's id in the agreement.
    pub body: ForumId,
    /// The person's name.
    pub name: String,
    /// The person's title or role.
    #[serde(default)]
    pub title: Option<Text>,
    /// The deputy's name.
    #[serde(default)]
    pub deputy: Option<String>,
}

/// A party's signature.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Signature {
    /// Who signed.
    pub name: String,
    /// The signer's title; the agreement's signatory's when left out.
    #[serde(default)]
    pub title: Option<Text>,
    /// The day.
    pub date: Date,
    /// The place, e.g. `Hattula`.
    #[serde(default)]
    pub place: Option<Text>,
    /// Electronic or on paper; the agreement's way when left out.
    #[serde(default)]
    pub method: Option<SigningMode>,
}

/// A party's written notice of termination.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TerminationNotice {
    /// The day the notice was delivered to the parties.
    pub delivered: Date,
}

impl Outcome {
    /// The kebab-free name of the file format, e.g. `approved_with_changes`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Approved => "approved",
            Outcome::ApprovedWithChanges => "approved_with_changes",
            Outcome::Rejected => "rejected",
            Outcome::SentBack => "sent_back",
        }
    }
}
