//! Where an agreement stands: per party what is decided, named and signed,
//! whether it is in force, and what blocks it.

use serde::Serialize;

use super::validate::{names_representatives, seats};
use super::{OtherAgreement, Outcome, Step, ValidatedDecisions};
use crate::dates::{EntryIntoForce, TerminationOutcome, entry_into_force_of};
use crate::ids::{Date, ForumId, PartyId};
use crate::model::SigningMode;
use crate::validate::ValidatedAgreement;

/// The version of [`Status`]'s JSON shape (`sopimus status --format json`).
pub const STATUS_SCHEMA_VERSION: u32 = 1;

/// Where the agreement stands.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Status {
    /// [`STATUS_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// In force, pending or blocked.
    pub state: State,
    /// Each party, in the agreement's order.
    pub parties: Vec<PartyStatus>,
    /// The notices of termination recorded, in party order, each with the
    /// day it takes effect.
    pub terminations: Vec<TerminationOutcome>,
}

/// Whether the agreement is in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
#[non_exhaustive]
pub enum State {
    /// Every party has approved and signed: in force since the last
    /// signature.
    InForce {
        /// The day the last party signed.
        since: Date,
    },
    /// Decisions or signatures are missing.
    Pending {
        /// Parties whose approving decision is missing (none yet, only a
        /// proposal, or sent back for preparation).
        not_decided: Vec<PartyId>,
        /// Parties that have not signed.
        not_signed: Vec<PartyId>,
    },
    /// A party rejected the text or approved it with changes: the text the
    /// others approve cannot enter into force until it is settled.
    Blocked {
        /// The parties that block it, with what they decided.
        by: Vec<Blocker>,
    },
}

/// A party that blocks the agreement and what it decided.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Blocker {
    /// The party.
    pub party: PartyId,
    /// `rejected` or `approved_with_changes`.
    pub outcome: Outcome,
}

/// Where one party stands.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PartyStatus {
    /// The party.
    pub party: PartyId,
    /// Its name in the agreement's first language.
    pub name: String,
    /// Its decision so far.
    pub decision: DecisionState,
    /// The last step of its chain (or the agreement's `approval`), when any.
    pub last_step: Option<StepRef>,
    /// The bodies it names representatives to, each with how many it has
    /// named and the seats it has.
    pub bodies: Vec<BodySeats>,
    /// Its signature, when recorded.
    pub signature: Option<SignatureRef>,
    /// When its termination takes effect, when it gave notice.
    pub termination: Option<Date>,
}

/// A party's decision so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DecisionState {
    /// Nothing recorded.
    None,
    /// Proposed to the deciding organ, not yet decided.
    Proposed,
    /// Approved.
    Approved,
    /// Approved with changes: blocks.
    ApprovedWithChanges,
    /// Rejected: blocks.
    Rejected,
    /// Sent back for preparation: a new decision is needed.
    SentBack,
}

/// A step of a party's chain as the status names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepRef {
    /// The organ.
    pub organ: String,
    /// The day.
    pub date: Date,
    /// The minutes section, without `§`.
    pub section: Option<String>,
}

/// How many representatives a party has named to a body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct BodySeats {
    /// The body.
    pub body: ForumId,
    /// Its name in the agreement's first language.
    pub name: String,
    /// Representatives named (deputies not counted).
    pub named: usize,
    /// The seats the agreement gives the party, when it says.
    pub seats: Option<u32>,
}

/// A signature as the status names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SignatureRef {
    /// Who signed.
    pub name: String,
    /// The day.
    pub date: Date,
    /// The place, when recorded.
    pub place: Option<String>,
    /// Electronic or on paper.
    pub method: SigningMode,
}

impl DecisionState {
    /// Whether the party has approved the text as it stands.
    pub fn is_approved(self) -> bool {
        self == DecisionState::Approved
    }
}

impl BodySeats {
    /// Whether the party still has a seat to fill here (a body whose seats
    /// the agreement does not count needs at least one).
    pub fn is_missing(&self) -> bool {
        match self.seats {
            Some(s) => self.named < s as usize,
            None => self.named == 0,
        }
    }
}

impl PartyStatus {
    /// The bodies where the party still has seats to fill.
    pub fn missing_bodies(&self) -> impl Iterator<Item = &BodySeats> {
        self.bodies.iter().filter(|b| b.is_missing())
    }
}

impl ValidatedDecisions {
    /// Where the agreement stands with these decisions; what the agreement
    /// itself records (`approval`, `signed_on`, `representatives`) counts
    /// too.
    ///
    /// # Errors
    ///
    /// [`OtherAgreement`] when the decisions were checked against another
    /// agreement.
    pub fn status(&self, agreement: &ValidatedAgreement) -> Result<Status, OtherAgreement> {
        if !self.checked_against(agreement) {
            return Err(OtherAgreement);
        }
        let a = agreement.agreement();
        let mut parties = Vec::with_capacity(a.parties.len());
        let mut terminations = Vec::new();
        for p in &a.parties {
            let record = self.party(&p.id);
            // A text of the decisions file in the agreement's first language
            // (a plain string is in the party's record language).
            let primary = a.meta.languages.primary();
            let record_language = record
                .and_then(|r| r.languages.first().copied())
                .unwrap_or(primary);
            let first = |t: &crate::language::Text| {
                t.get(primary, record_language)
                    .unwrap_or(t.as_str())
                    .to_owned()
            };
            let chain = record.map_or(&[][..], |r| r.decisions.as_slice());
            let last_decision = chain.iter().rev().find(|d| d.step == Step::Decision);
            let proposed_after = chain.last().is_some_and(|d| d.step == Step::Proposal);
            let decision = match (last_decision, proposed_after) {
                (_, true) => DecisionState::Proposed,
                (Some(d), false) => match d.outcome {
                    Outcome::Approved => DecisionState::Approved,
                    Outcome::ApprovedWithChanges => DecisionState::ApprovedWithChanges,
                    Outcome::Rejected => DecisionState::Rejected,
                    Outcome::SentBack => DecisionState::SentBack,
                },
                (None, false) if p.approval.is_some() => DecisionState::Approved,
                (None, false) => DecisionState::None,
            };
            let last_step = match chain.last() {
                Some(d) => Some(StepRef {
                    organ: first(&d.organ),
                    date: d.date,
                    section: d.section.clone(),
                }),
                None => p.approval.as_ref().map(|ap| StepRef {
                    organ: ap.body.as_str().to_owned(),
                    date: ap.date,
                    section: ap.section.clone(),
                }),
            };
            let bodies = a
                .forums
                .iter()
                .filter(|f| names_representatives(f))
                .filter(|f| !f.members.is_empty() || f.named_representatives == Some(true))
                .filter_map(|f| {
                    let seats = seats(a, f, &p.id).ok()?;
                    let from_file = record.map_or(0, |r| {
                        r.representatives.iter().filter(|n| n.body == f.id).count()
                    });
                    let in_agreement = a
                        .representatives
                        .iter()
                        .filter(|r| r.party == p.id && r.forum == f.id)
                        .count();
                    Some(BodySeats {
                        body: f.id.clone(),
                        name: f
                            .name
                            .get(a.meta.languages.primary(), a.meta.languages.primary())
                            .unwrap_or(f.name.as_str())
                            .to_owned(),
                        named: from_file + in_agreement,
                        seats,
                    })
                })
                .collect();
            let signature = match record.and_then(|r| r.signature.as_ref()) {
                Some(s) => Some(SignatureRef {
                    name: s.name.clone(),
                    date: s.date,
                    place: s.place.as_ref().map(first),
                    method: s.method.unwrap_or(a.signing.mode),
                }),
                None => p.signed_on.map(|date| SignatureRef {
                    name: p
                        .signatory
                        .as_ref()
                        .map(|s| s.name.clone())
                        .unwrap_or_default(),
                    date,
                    place: a.signing.place.as_ref().map(|t| t.as_str().to_owned()),
                    method: a.signing.mode,
                }),
            };
            let termination = match record.and_then(|r| r.termination.as_ref()) {
                Some(t) => {
                    // Validation has checked the party; a date past the
                    // calendar leaves the effect unknown rather than failing.
                    let outcome = agreement.termination(&p.id, t.delivered).ok();
                    let effective = outcome.as_ref().map(|o| o.effective);
                    terminations.extend(outcome);
                    effective
                }
                None => None,
            };
            parties.push(PartyStatus {
                party: p.id.clone(),
                name: p
                    .name
                    .get(a.meta.languages.primary(), a.meta.languages.primary())
                    .unwrap_or(p.name.as_str())
                    .to_owned(),
                decision,
                last_step,
                bodies,
                signature,
                termination,
            });
        }
        let blockers: Vec<Blocker> = parties
            .iter()
            .filter_map(|p| {
                match p.decision {
                    DecisionState::Rejected => Some(Outcome::Rejected),
                    DecisionState::ApprovedWithChanges => Some(Outcome::ApprovedWithChanges),
                    _ => None,
                }
                .map(|outcome| Blocker {
                    party: p.party.clone(),
                    outcome,
                })
            })
            .collect();
        let state = if blockers.is_empty() {
            match entry_into_force_of(parties.iter().map(|p| {
                (
                    &p.party,
                    p.decision.is_approved(),
                    p.signature.as_ref().map(|s| s.date),
                )
            })) {
                EntryIntoForce::InForce { since } => State::InForce { since },
                EntryIntoForce::Pending {
                    not_approved,
                    not_signed,
                } => State::Pending {
                    not_decided: not_approved,
                    not_signed,
                },
            }
        } else {
            State::Blocked { by: blockers }
        };
        Ok(Status {
            schema_version: STATUS_SCHEMA_VERSION,
            state,
            parties,
            terminations,
        })
    }

    /// Entry into force as [`ValidatedAgreement::entry_into_force`] tells
    /// it, counting these decisions and signatures too: the signed 2023
    /// agreement with its decisions is in force since 1.8.2023.
    ///
    /// # Errors
    ///
    /// [`OtherAgreement`] when the decisions were checked against another
    /// agreement.
    pub fn entry_into_force(
        &self,
        agreement: &ValidatedAgreement,
    ) -> Result<EntryIntoForce, OtherAgreement> {
        let status = self.status(agreement)?;
        Ok(entry_into_force_of(status.parties.iter().map(|p| {
            (
                &p.party,
                p.decision.is_approved(),
                p.signature.as_ref().map(|s| s.date),
            )
        })))
    }
}

/// The status as a table for the committee: the title, the state, one
/// row per party (decision, named, signed, terminated) and the
/// terminations, every cell worded in one language. `sopimus status`
/// prints it as text, and as a one-page PDF or an XLSX sheet.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct StatusTable {
    /// The language of the words; `None` for English.
    pub language: Option<crate::language::Language>,
    /// The agreement's title.
    pub title: String,
    /// In force since …, not in force: …, blocked: ….
    pub state: String,
    /// The column headings: party, decided, named, signed, terminated.
    pub headings: [String; 5],
    /// One row per party, in the agreement's order.
    pub rows: Vec<StatusRow>,
    /// The heading of the terminations.
    pub terminations_heading: String,
    /// One line per termination.
    pub terminations: Vec<String>,
    /// The latest day the status records (a decision, a signature, a
    /// notice), else the agreement's date: the day the documents carry.
    pub date: Date,
}

/// A party's row of the [`StatusTable`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StatusRow {
    /// The party's id.
    pub party: PartyId,
    /// Its name.
    pub name: String,
    /// Its decision and the last step.
    pub decided: String,
    /// The bodies named to and those missing.
    pub named: String,
    /// Its signature, or the word for missing.
    pub signed: String,
    /// When its termination takes effect, when it gave notice.
    pub terminated: Option<String>,
    /// Whether something is still missing: not approved, a seat to fill,
    /// not signed.
    pub missing: bool,
}

impl Status {
    /// The status as a table in `language` (English for `None`); names and
    /// the title in `language` when the agreement has it, otherwise in its
    /// first language.
    pub fn table(
        &self,
        agreement: &ValidatedAgreement,
        language: Option<crate::language::Language>,
    ) -> StatusTable {
        use crate::locale::findings::frame;
        let w = crate::locale::decisions::status_words(language);
        let a = agreement.agreement();
        let primary = a.meta.languages.primary();
        let shown = language
            .filter(|l| a.meta.languages.contains(*l))
            .unwrap_or(primary);
        let text =
            |t: &crate::language::Text| t.get(shown, primary).unwrap_or(t.as_str()).to_owned();
        // The bodies and parties as the agreement names them, in `shown`.
        let body = |id: &crate::ids::ForumId| {
            a.forums
                .iter()
                .find(|f| &f.id == id)
                .map_or_else(|| id.to_string(), |f| text(&f.name))
        };
        let party = |id: &PartyId| {
            a.party(id)
                .map_or_else(|| id.to_string(), |p| text(&p.name))
        };
        let title = frame(w.heading, &[("title", text(&a.meta.title))]);
        let state = match &self.state {
            State::InForce { since } => frame(w.in_force, &[("since", since.finnish())]),
            State::Pending { .. } => frame(
                w.pending,
                &[
                    (
                        "decided",
                        self.parties
                            .iter()
                            .filter(|p| p.decision.is_approved())
                            .count()
                            .to_string(),
                    ),
                    ("parties", self.parties.len().to_string()),
                    (
                        "signed",
                        self.parties
                            .iter()
                            .filter(|p| p.signature.is_some())
                            .count()
                            .to_string(),
                    ),
                ],
            ),
            State::Blocked { by } => frame(
                w.blocked,
                &[(
                    "parties",
                    by.iter()
                        .map(|b| {
                            format!(
                                "{} ({})",
                                party(&b.party),
                                w.states[b.outcome.state_index()]
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                )],
            ),
        };
        let mut date = a.meta.date;
        let mut rows = Vec::with_capacity(self.parties.len());
        for p in &self.parties {
            let name = a
                .party(&p.party)
                .map_or_else(|| p.name.clone(), |q| text(&q.name));
            let mut decided = w.states[p.decision.index()].to_owned();
            if let Some(s) = &p.last_step {
                date = date.max(s.date);
                decided.push_str(&format!(", {} {}", s.organ, s.date.finnish()));
                if let Some(section) = &s.section {
                    decided.push_str(&format!(" § {section}"));
                }
            }
            let named = if p.bodies.is_empty() {
                w.nothing_to_name.to_owned()
            } else {
                let mut named: Vec<String> = p
                    .bodies
                    .iter()
                    .filter(|b| b.named > 0)
                    .map(|b| match b.seats {
                        Some(s) => format!("{} {}/{s}", body(&b.body), b.named),
                        None => format!("{} {}", body(&b.body), b.named),
                    })
                    .collect();
                let missing: Vec<String> = p.missing_bodies().map(|b| body(&b.body)).collect();
                if !missing.is_empty() {
                    named.push(frame(w.missing_bodies, &[("bodies", missing.join(", "))]));
                }
                named.join("; ")
            };
            let signed = match &p.signature {
                Some(s) => {
                    date = date.max(s.date);
                    let mut text = s.date.finnish();
                    if let Some(place) = &s.place {
                        text.push_str(&format!(" {place}"));
                    }
                    let method = w.methods[usize::from(s.method == SigningMode::Paper)];
                    if s.name.is_empty() {
                        format!("{text}, {method}")
                    } else {
                        format!("{text}, {method}, {}", s.name)
                    }
                }
                None => w.missing.to_owned(),
            };
            rows.push(StatusRow {
                party: p.party.clone(),
                name,
                decided,
                named,
                signed,
                terminated: p.termination.map(|d| d.finnish()),
                missing: !p.decision.is_approved()
                    || p.missing_bodies().next().is_some()
                    || p.signature.is_none(),
            });
        }
        let terminations = self
            .terminations
            .iter()
            .map(|t| {
                date = date.max(t.notice_delivered);
                frame(
                    w.termination,
                    &[
                        ("party", party(&t.party)),
                        ("delivered", t.notice_delivered.finnish()),
                        ("effective", t.effective.finnish()),
                    ],
                )
            })
            .collect();
        StatusTable {
            language,
            title,
            state,
            headings: [w.parties, w.decided, w.named, w.signed, w.terminated].map(str::to_owned),
            rows,
            terminations_heading: w.terminations.to_owned(),
            terminations,
            date,
        }
    }

    /// The status as `sopimus status` prints it, in `language` (English
    /// for `None`): the state, then per party its decision, the bodies it
    /// has named to (and those still missing), its signature; then the
    /// terminations.
    /// Names and the title are in `language` when the agreement has it,
    /// otherwise in its first language.
    pub fn to_text(
        &self,
        agreement: &ValidatedAgreement,
        language: Option<crate::language::Language>,
    ) -> String {
        self.table(agreement, language).to_text()
    }
}

impl StatusTable {
    /// The table as text: the title and state, then per party a block of
    /// labelled lines, then the terminations.
    pub fn to_text(&self) -> String {
        let [parties, decided, named, signed, terminated] = &self.headings;
        let mut out = format!("{}\n{}\n\n{parties}\n", self.title, self.state);
        let width = [decided, named, signed, terminated]
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0)
            + 1;
        let line = |out: &mut String, label: &str, text: &str| {
            out.push_str(&format!("    {:<width$} {text}\n", format!("{label}:")));
        };
        for row in &self.rows {
            out.push_str(&format!("  {}  {}\n", row.party, row.name));
            line(&mut out, decided, &row.decided);
            line(&mut out, named, &row.named);
            line(&mut out, signed, &row.signed);
            if let Some(t) = &row.terminated {
                line(&mut out, terminated, t);
            }
        }
        if !self.terminations.is_empty() {
            out.push_str(&format!("\n{}\n", self.terminations_heading));
            for t in &self.terminations {
                out.push_str("  ");
                out.push_str(t);
                out.push('\n');
            }
        }
        out
    }
}

impl DecisionState {
    /// The index of its word in [`StatusWords::states`](crate::locale::decisions::StatusWords::states).
    fn index(self) -> usize {
        match self {
            DecisionState::None => 0,
            DecisionState::Proposed => 1,
            DecisionState::Approved => 2,
            DecisionState::ApprovedWithChanges => 3,
            DecisionState::Rejected => 4,
            DecisionState::SentBack => 5,
        }
    }
}

impl Outcome {
    fn state_index(self) -> usize {
        match self {
            Outcome::Approved => 2,
            Outcome::ApprovedWithChanges => 3,
            Outcome::Rejected => 4,
            Outcome::SentBack => 5,
        }
    }
}
