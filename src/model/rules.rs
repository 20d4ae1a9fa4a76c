//! The rules: follow-up, validity, review, termination and signing.

use super::*;

schema! {
/// Follow-up of the cooperation.
///
/// Give one yearly `window = { from_month = 5, to_month = 6 }`, or several
/// `rounds` a year (spring and autumn).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawFollowUp", into = "RawFollowUp")]
#[cfg_attr(feature = "schema", schemars(with = "RawFollowUp"))]
#[non_exhaustive]
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
pub(crate) struct RawFollowUp {
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
#[non_exhaustive]
pub struct MonthWindow {
    /// The first month, 1–12.
    pub from_month: u32,
    /// The last month, 1–12.
    pub to_month: u32,
}

/// Entry into force, duration and review.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
#[non_exhaustive]
pub struct Review {
    /// The deadline.
    pub deadline: Date,
    /// The sentence shown, e.g. `Sisällön toimivuus … arvioidaan viimeistään kevään 2025 aikana.`
    pub text: RichText,
}

/// How a party may terminate the agreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
    /// What the own-part sentence calls the one who terminates: a party
    /// (*Sopimusosapuoli voi irtisanoa …*, the default) or, as the 2023
    /// Kanta-Häme agreement words it, an organisation (*Organisaatio voi …*).
    #[serde(default)]
    pub own_part_subject: OwnPartSubject,
}

/// Who the own-part termination sentence names as terminating.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnPartSubject {
    /// *Sopimusosapuoli* / *En avtalspart*.
    #[default]
    Party,
    /// *Organisaatio* / *En organisation*.
    Organisation,
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
#[non_exhaustive]
pub struct Signing {
    /// The place of signing, shown before the date: language-neutral
    /// (`{ fi = "Porvoo", sv = "Borgå" }` where the names differ).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::language::neutral_opt_schema"))]
    pub place: Option<Text>,
    /// Electronic or on paper.
    #[serde(default)]
    pub mode: SigningMode,
    /// The number of identical counterparts; one for each party when absent.
    #[serde(default)]
    pub counterparts: Option<u32>,
    /// The Finnish word the counterparts sentence gives a party:
    /// `"agreement_party"` (*yksi kullekin sopimusosapuolelle*, the
    /// default, the word of every other generated sentence) or
    /// `"contracting_party"` (*sopijaosapuolelle*, as the 2023 Kanta-Häme
    /// agreement words it). Swedish always writes *avtalspart*.
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub party_term: PartyTerm,
}

/// The Finnish word for a party in the counterparts sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyTerm {
    /// *Sopimusosapuoli*, the word of the other generated sentences.
    #[default]
    AgreementParty,
    /// *Sopijaosapuoli*.
    ContractingParty,
}

/// A representative (or deputy) that a party names to a forum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
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
}

/// One follow-up `window` or several `rounds`, not both.
#[cfg(feature = "schema")]
fn one_of_window_rounds(schema: &mut schemars::Schema) {
    one_of_required(schema, &["window", "rounds"]);
}

impl FollowUp {
    /// A follow-up held by `forums` in `rounds` each year, without prose
    /// before the generated rule (set [`FollowUp::text`] for that).
    ///
    /// ```
    /// use sopimus::model::{FollowUp, MonthWindow};
    ///
    /// let yearly = FollowUp::new(["forum"], [MonthWindow::new(5, 6)]);
    /// assert_eq!(yearly.rounds[0].to_month, 6);
    /// ```
    pub fn new(
        forums: impl IntoIterator<Item = impl Into<ForumId>>,
        rounds: impl IntoIterator<Item = MonthWindow>,
    ) -> FollowUp {
        FollowUp {
            text: Vec::new(),
            forums: forums.into_iter().map(Into::into).collect(),
            rounds: rounds.into_iter().collect(),
        }
    }
}

impl MonthWindow {
    /// The months `from_month` to `to_month` (1–12, validation checks
    /// them), e.g. `MonthWindow::new(5, 6)` for May–June.
    pub fn new(from_month: u32, to_month: u32) -> MonthWindow {
        MonthWindow {
            from_month,
            to_month,
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

impl Default for Termination {
    /// Own part only, 12 months' notice, in writing, to all parties: the
    /// rule of the Kanta-Häme agreements.
    fn default() -> Self {
        Termination {
            own_part_only: true,
            notice_months: 12,
            in_writing: true,
            notify_all_parties: true,
            own_part_subject: OwnPartSubject::Party,
        }
    }
}

impl Review {
    /// A review by `deadline`, with the sentence the document shows.
    pub fn new(deadline: Date, text: impl Into<RichText>) -> Review {
        Review {
            deadline,
            text: text.into(),
        }
    }
}

impl Representative {
    /// `name`, named by `party` to `forum`, without a title or deputy (set
    /// them on the result).
    pub fn new(
        party: impl Into<PartyId>,
        forum: impl Into<ForumId>,
        name: impl Into<String>,
    ) -> Representative {
        Representative {
            party: party.into(),
            forum: forum.into(),
            name: name.into(),
            title: None,
            deputy: None,
        }
    }
}
