//! A party's decision item (*päätösasia* / *ärende*), drafted from the
//! agreement and the party in the order of a municipal board's item: title,
//! record number, preparer, presenter, description, proposal in numbered
//! points, decision, extract, and the instructions for a claim for
//! rectification.
//!
//! When the party's chain goes from its board to its council (the county
//! board's proposal, then the county council's decision; or a city board's
//! proposal to the city council), the board's item is a proposal with no
//! appeal, and the council gets an item of its own: earlier handling (the
//! board's meeting), the board's proposal, the decision, and the appeal
//! instructions (*valitusosoitus*) a council's decision carries.
//!
//! Every text is plain data: the template and the DOCX writer print it as
//! text, never as markup.

use serde::Serialize;

use super::validate::{names_representatives, seats};
use super::words::{ItemWords, item_words, organs};
use super::{Decision, OtherAgreement, Outcome, PartyRecord, Step, ValidatedDecisions};
use crate::ids::{Date, PartyId};
use crate::language::{Language, Text};
use crate::locale::findings::frame;
use crate::model::{Agreement, Block, Party, PartyKind};
use crate::text::plain_of;
use crate::validate::ValidatedAgreement;

/// The version of [`DecisionItem`]'s shape, which `templates/decision.typ`
/// reads.
pub const ITEM_SCHEMA_VERSION: u32 = 1;

/// Settings of [`ValidatedDecisions::draft`].
///
/// ```
/// use sopimus::decisions::DraftOptions;
/// let options = DraftOptions::new().language(sopimus::Language::Sv);
/// assert_eq!(options.language, Some(sopimus::Language::Sv));
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DraftOptions {
    /// The item's language: one of the agreement's. The party's first
    /// `languages` in the decisions file, else the agreement's first, when
    /// `None`.
    pub language: Option<Language>,
    /// Draft the council's item of a party whose chain goes from its board
    /// to its council, instead of the board's.
    pub council: bool,
}

impl DraftOptions {
    /// The defaults: the party's language.
    pub fn new() -> DraftOptions {
        DraftOptions::default()
    }

    /// The item's language.
    #[must_use]
    pub fn language(mut self, language: Language) -> DraftOptions {
        self.language = Some(language);
        self
    }

    /// Draft the council's item (see [`DraftOptions::council`]).
    #[must_use]
    pub fn council(mut self, council: bool) -> DraftOptions {
        self.council = council;
        self
    }
}

/// Which organ's item a [`DecisionItem`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ItemStage {
    /// The board decides (a municipal or city board, the regional
    /// council's board): claim for rectification.
    Board,
    /// The board proposes to the council (the county board): no appeal.
    Proposal,
    /// The council decides on the board's proposal: appeal instructions.
    Council,
}

/// A party's decision item, worded: what the PDF template and the DOCX
/// writer print, in this order.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DecisionItem {
    /// [`ITEM_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The party.
    pub party: PartyId,
    /// The language of every text.
    pub language: Language,
    /// Whose item it is: the board's (deciding or proposing) or the
    /// council's.
    pub stage: ItemStage,
    /// The day the document carries: the meeting's when recorded, else the
    /// agreement's date.
    pub date: Date,
    /// The party's name, e.g. `Hattulan kunta`.
    pub party_name: String,
    /// The organ and, when recorded, the meeting: `Kunnanhallitus 12.6.2023 § 123`.
    pub meeting: String,
    /// The item's title.
    pub title: String,
    /// The labelled parts, in order: record number, (the council's:
    /// earlier handling,) preparer, (the board's: presenter,) description,
    /// proposal, decision, extract, annex.
    pub parts: Vec<Part>,
    /// The instructions for a claim for rectification (a board's
    /// decision), for an appeal (a council's), or why there is no appeal (a
    /// board's proposal).
    pub instructions: Part,
}

/// A labelled part of the item.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Part {
    /// The label, e.g. `Päätösehdotus`.
    pub label: String,
    /// The content, in order.
    pub content: Vec<Content>,
}

/// A piece of a part's content.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Content {
    /// A paragraph.
    Paragraph(String),
    /// A numbered list, numbered `1)`, `2)`, ….
    Numbered(Vec<String>),
}

/// Why an item could not be drafted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DraftError {
    /// The decisions were checked against another agreement.
    #[error(transparent)]
    OtherAgreement(#[from] OtherAgreement),
    /// The party is not one of the agreement's.
    #[error("`{party}` is not a party of the agreement; use one of {known}")]
    UnknownParty {
        /// The id asked for.
        party: String,
        /// The agreement's party ids.
        known: String,
    },
    /// The language is not one of the agreement's.
    #[error(
        "the agreement is not written in `{language}` ({place}); draft the item in one of its languages: {languages}"
    )]
    Language {
        /// The language asked for.
        language: Language,
        /// Where it was asked for: `--language` or the decisions file's field.
        place: String,
        /// The agreement's languages.
        languages: String,
    },
    /// A council's item was asked for a party whose chain has no council
    /// step.
    #[error(
        "`{party}`'s decisions go to no council (no `step = \"proposal\"` in its chain); draft its board's item"
    )]
    NoCouncil {
        /// The party.
        party: String,
    },
}

impl ValidatedDecisions {
    /// The decision item of `party`, in the language of `options` (the
    /// party's first when not given).
    ///
    /// ```
    /// use sopimus::decisions::{self, DraftOptions};
    ///
    /// let agreement = sopimus::load("examples/kanta-hame-2023.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// let decisions = decisions::load("examples/kanta-hame-2023.decisions.toml")?.validate(&agreement)?;
    /// let party = &agreement.agreement().parties[2].id;
    /// let item = decisions.draft(&agreement, party, &DraftOptions::new())?;
    /// assert!(item.to_text().contains("Päätösehdotus"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DraftError`] when the decisions belong to another agreement, the
    /// party is unknown, or the language is not one of the agreement's.
    pub fn draft(
        &self,
        agreement: &ValidatedAgreement,
        party: &PartyId,
        options: &DraftOptions,
    ) -> Result<DecisionItem, DraftError> {
        if !self.checked_against(agreement) {
            return Err(OtherAgreement.into());
        }
        let a = agreement.agreement();
        let Some(p) = a.party(party) else {
            return Err(DraftError::UnknownParty {
                party: party.to_string(),
                known: a
                    .parties
                    .iter()
                    .map(|p| format!("`{}`", p.id))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        };
        let record = self.party(party);
        let index = self
            .decisions()
            .parties
            .iter()
            .position(|r| &r.party == party);
        let (language, place) = match (options.language, record.and_then(|r| r.languages.first())) {
            (Some(l), _) => (l, "--language".to_owned()),
            (None, Some(l)) => (
                *l,
                format!("parties[{}].languages", index.unwrap_or_default()),
            ),
            (None, None) => (a.meta.languages.primary(), String::new()),
        };
        if !a.meta.languages.contains(language) {
            return Err(DraftError::Language {
                language,
                place,
                languages: a
                    .meta
                    .languages
                    .all()
                    .iter()
                    .map(|l| format!("`{}`", l.code()))
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        let chain = council_chain(p.kind, record);
        if options.council && !chain {
            return Err(DraftError::NoCouncil {
                party: party.to_string(),
            });
        }
        Ok(Drafter {
            a,
            p,
            record,
            preparer: self.decisions().preparer.as_deref(),
            language,
            w: item_words(language),
            chain,
            council: options.council,
        }
        .item())
    }

    /// The items of every party, each in each of its languages (the
    /// decisions file's `languages`, else the agreement's first), in the
    /// agreement's order of parties; the board's item and then, for a party
    /// whose chain goes to its council, the council's.
    ///
    /// # Errors
    ///
    /// As [`ValidatedDecisions::draft`].
    pub fn draft_all(
        &self,
        agreement: &ValidatedAgreement,
    ) -> Result<Vec<DecisionItem>, DraftError> {
        let mut items = Vec::new();
        for p in &agreement.agreement().parties {
            let languages = match self.party(&p.id) {
                Some(r) if !r.languages.is_empty() => r.languages.clone(),
                _ => vec![agreement.agreement().meta.languages.primary()],
            };
            let chain = council_chain(p.kind, self.party(&p.id));
            for l in languages {
                let options = DraftOptions::new().language(l);
                items.push(self.draft(agreement, &p.id, &options)?);
                if chain {
                    items.push(self.draft(agreement, &p.id, &options.council(true))?);
                }
            }
        }
        Ok(items)
    }
}

/// Whether `kind`'s chain goes from its board to its council: as the
/// decisions record it (a `proposal` step), else by kind (a county's board
/// proposes to its council).
fn council_chain(kind: PartyKind, record: Option<&PartyRecord>) -> bool {
    match record.filter(|r| !r.decisions.is_empty()) {
        Some(r) => r.decisions.iter().any(|d| d.step == Step::Proposal),
        None => kind == PartyKind::WellbeingServicesCounty,
    }
}

/// `Aluehallituksen` → `aluehallituksen`, for the middle of a sentence.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}

/// What one item is drafted from.
struct Drafter<'a> {
    a: &'a Agreement,
    p: &'a Party,
    record: Option<&'a PartyRecord>,
    preparer: Option<&'a str>,
    language: Language,
    w: &'static ItemWords,
    /// The party's chain goes from its board to its council.
    chain: bool,
    /// This is the council's item.
    council: bool,
}

impl Drafter<'_> {
    fn text(&self, t: &Text) -> String {
        let primary = self.a.meta.languages.primary();
        t.get(self.language, primary)
            .unwrap_or(t.as_str())
            .to_owned()
    }

    /// `a, b ja c`.
    fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), self.w.and),
        }
    }

    fn short_name(&self, p: &Party) -> String {
        self.text(p.short_name.as_ref().unwrap_or(&p.name))
    }

    /// The bodies the party names representatives to, with its seats.
    fn bodies(&self) -> Vec<(&crate::model::Forum, Option<u32>)> {
        self.a
            .forums
            .iter()
            .filter(|f| names_representatives(f))
            .filter_map(|f| seats(self.a, f, &self.p.id).ok().map(|s| (f, s)))
            .collect()
    }

    /// The board's entry of the chain: its proposal to the council, or its
    /// decision.
    fn board_entry(&self) -> Option<&Decision> {
        let decisions = self.record.map_or(&[][..], |r| r.decisions.as_slice());
        if self.chain {
            decisions.iter().find(|d| d.step == Step::Proposal)
        } else {
            decisions.first()
        }
    }

    /// The council's decision: the first decision after the board's
    /// proposal.
    fn council_entry(&self) -> Option<&Decision> {
        let decisions = self.record.map_or(&[][..], |r| r.decisions.as_slice());
        let proposal = decisions.iter().position(|d| d.step == Step::Proposal)?;
        decisions[proposal + 1..]
            .iter()
            .find(|d| d.step == Step::Decision)
    }

    /// The organ as the decisions file names it (in its language), else by
    /// the kind of party.
    fn organ_of(&self, entry: Option<&Decision>, by_kind: &str) -> String {
        match entry {
            Some(d) => self
                .recorded(&d.organ)
                .unwrap_or_else(|| by_kind.to_owned()),
            None => by_kind.to_owned(),
        }
    }

    /// `12.6.2023 § 123`, as far as recorded.
    fn when(d: &Decision) -> String {
        match &d.section {
            Some(s) => format!("{} § {s}", d.date.finnish()),
            None => d.date.finnish(),
        }
    }

    /// `Kunnanhallitus 12.6.2023 § 123`, as far as recorded.
    fn meeting(organ: &str, entry: Option<&Decision>) -> String {
        match entry {
            Some(d) => format!("{organ} {}", Self::when(d)),
            None => organ.to_owned(),
        }
    }

    fn item(&self) -> DecisionItem {
        let w = self.w;
        let o = organs(self.p.kind, self.language);
        let board_entry = self.board_entry();
        let board = self.organ_of(board_entry, o.board);
        let council_entry = self.council_entry();
        let (organ, entry) = if self.council {
            (self.organ_of(council_entry, o.council), council_entry)
        } else {
            (board.clone(), board_entry)
        };
        let meeting = Self::meeting(&organ, entry);
        let title_text = self.text(&self.a.meta.title);
        let bodies = self.bodies();
        let title = frame(
            if bodies.is_empty() {
                w.title_no_bodies
            } else {
                w.title
            },
            &[("title", title_text.clone())],
        );
        let mut parts = Vec::new();
        let one = |label: &str, text: String| Part {
            label: label.to_owned(),
            content: vec![Content::Paragraph(text)],
        };
        let record = entry.and_then(|d| d.record.clone()).or_else(|| {
            board_entry
                .and_then(|d| d.record.clone())
                .filter(|_| self.council)
        });
        if let Some(r) = record {
            parts.push(one(w.record, r));
        }
        if self.council {
            parts.push(one(w.earlier, Self::meeting(&board, board_entry)));
        }
        let preparer = self
            .record
            .and_then(|r| r.preparer.as_deref())
            .or(self.preparer)
            .unwrap_or(w.preparer_missing);
        parts.push(one(w.preparer, preparer.to_owned()));
        if !self.council {
            let presenter = self
                .record
                .and_then(|r| r.presenter.clone())
                .unwrap_or_else(|| o.presenter.to_owned());
            parts.push(one(w.presenter, presenter));
        }
        // The council's item refers to the board's presentation when the
        // board's meeting is recorded; else it carries the description.
        let description = match board_entry.filter(|_| self.council) {
            Some(d) => vec![
                Content::Paragraph(frame(
                    w.presented_at,
                    &[
                        ("board_of", lower_first(o.board_of)),
                        ("meeting", Self::when(d)),
                    ],
                )),
                Content::Paragraph(w.annexed.to_owned()),
            ],
            None => self.description(&bodies),
        };
        parts.push(Part {
            label: w.description.to_owned(),
            content: description,
        });
        parts.push(Part {
            label: if self.council {
                w.council_proposal
            } else {
                w.proposal
            }
            .to_owned(),
            content: self.proposal(&organ, &title_text, &bodies),
        });
        let decision = match entry {
            Some(d) => {
                let i = match d.outcome {
                    Outcome::Approved => 0,
                    Outcome::ApprovedWithChanges => 1,
                    Outcome::Rejected => 2,
                    Outcome::SentBack => 3,
                };
                let outcomes = if self.council {
                    &w.council_outcomes
                } else {
                    &w.outcomes
                };
                frame(
                    outcomes[i],
                    &[
                        ("organ", organ.clone()),
                        ("board_of", lower_first(o.board_of)),
                        ("changes", d.changes.clone().unwrap_or_default()),
                    ],
                )
            }
            None => w.decision_open.to_owned(),
        };
        parts.push(one(w.decision, decision));
        parts.push(one(
            w.extract,
            self.extract(o.presenter, !bodies.is_empty()),
        ));
        parts.push(one(w.annex, title_text));
        let stage = match (self.council, self.chain) {
            (true, _) => ItemStage::Council,
            (false, true) => ItemStage::Proposal,
            (false, false) => ItemStage::Board,
        };
        DecisionItem {
            schema_version: ITEM_SCHEMA_VERSION,
            party: self.p.id.clone(),
            language: self.language,
            stage,
            date: entry.or(board_entry).map_or(self.a.meta.date, |d| d.date),
            party_name: self.text(&self.p.name),
            meeting,
            title,
            parts,
            instructions: self.instructions(&organ, stage),
        }
    }

    fn description(&self, bodies: &[(&crate::model::Forum, Option<u32>)]) -> Vec<Content> {
        let w = self.w;
        let mut out = Vec::new();
        // The purpose: the first section's paragraphs, as the agreement
        // words them (its background and purpose).
        if let Some(section) = self.a.sections.first() {
            for b in &section.blocks {
                if let Block::Paragraph(t) = b {
                    let primary = self.a.meta.languages.primary();
                    let s = plain_of(t.get(self.language, primary).unwrap_or(t.as_str()));
                    out.push(Content::Paragraph(s));
                }
            }
        }
        let names: Vec<String> = self.a.parties.iter().map(|p| self.text(&p.name)).collect();
        out.push(Content::Paragraph(frame(
            w.parties,
            &[("parties", self.list(&names))],
        )));
        let priorities: Vec<String> = self
            .a
            .priorities
            .iter()
            .map(|p| plain_of(&self.text(&p.title)))
            .collect();
        if !priorities.is_empty() {
            out.push(Content::Paragraph(frame(
                w.priorities,
                &[("priorities", self.list(&priorities))],
            )));
        }
        let party = self.short_name(self.p);
        if bodies.is_empty() {
            out.push(Content::Paragraph(frame(w.no_bodies, &[("party", party)])));
        } else {
            out.push(Content::Paragraph(frame(w.bodies, &[("party", party)])));
            out.push(Content::Numbered(
                bodies
                    .iter()
                    .map(|(f, s)| match s {
                        Some(n) => frame(
                            w.body_seats,
                            &[
                                ("body", self.text(&f.name)),
                                (
                                    "seats",
                                    frame(w.seats[usize::from(*n != 1)], &[("n", n.to_string())]),
                                ),
                            ],
                        ),
                        None => self.text(&f.name),
                    })
                    .collect(),
            ));
        }
        out.push(Content::Paragraph(w.entry_into_force.to_owned()));
        let v = &self.a.validity;
        let mut validity = match v.until {
            Some(until) => frame(w.until, &[("until", until.finnish())]),
            None => w.until_further_notice.to_owned(),
        };
        if v.until_new_agreement {
            validity.push_str(w.until_new);
        }
        validity.push('.');
        validity.push(' ');
        validity.push_str(&frame(
            w.termination,
            &[("months", self.a.termination.notice_months.to_string())],
        ));
        if let Some(review) = &v.review {
            let primary = self.a.meta.languages.primary();
            validity.push(' ');
            validity.push_str(&plain_of(
                review
                    .text
                    .get(self.language, primary)
                    .unwrap_or(review.text.as_str()),
            ));
        }
        out.push(Content::Paragraph(validity));
        if let Some(f) = &self.a.follow_up {
            let forums: Vec<String> = f
                .forums
                .iter()
                .filter_map(|id| self.a.forums.iter().find(|x| &x.id == id))
                .map(|x| self.text(&x.name))
                .collect();
            if !forums.is_empty() {
                out.push(Content::Paragraph(frame(
                    w.follow_up[usize::from(forums.len() > 1)],
                    &[("forums", self.list(&forums))],
                )));
            }
        }
        out.push(Content::Paragraph(w.annexed.to_owned()));
        out
    }

    fn proposal(
        &self,
        organ: &str,
        title: &str,
        bodies: &[(&crate::model::Forum, Option<u32>)],
    ) -> Vec<Content> {
        let w = self.w;
        let o = organs(self.p.kind, self.language);
        let council = self.organ_of(self.council_entry(), o.council);
        let lead = if self.council {
            frame(
                w.council_lead,
                &[
                    ("board_of", o.board_of.to_owned()),
                    ("council", organ.to_owned()),
                ],
            )
        } else if self.chain {
            frame(
                w.proposes,
                &[
                    ("board", organ.to_owned()),
                    ("council_to", o.council_to.to_owned()),
                    ("council", lower_first(&council)),
                ],
            )
        } else {
            frame(w.decides, &[("organ", organ.to_owned())])
        };
        let mut points = vec![frame(w.approve, &[("title", title.to_owned())])];
        let named = self
            .record
            .map_or(&[][..], |r| r.representatives.as_slice());
        let mut remaining = Vec::new();
        for (f, _) in bodies {
            let people: Vec<String> = named
                .iter()
                .filter(|n| n.body == f.id)
                .map(|n| {
                    let mut s = match &n.title {
                        Some(t) => frame(
                            w.person_title,
                            &[
                                ("name", n.name.clone()),
                                ("title", self.recorded_or_written(t)),
                            ],
                        ),
                        None => n.name.clone(),
                    };
                    if let Some(d) = &n.deputy {
                        s.push_str(", ");
                        s.push_str(&frame(w.deputy, &[("deputy", d.clone())]));
                    }
                    s
                })
                .collect();
            if people.is_empty() {
                remaining.push(format!("”{}”", self.text(&f.name)));
            } else {
                points.push(frame(
                    w.name_people,
                    &[("body", self.text(&f.name)), ("people", people.join("; "))],
                ));
            }
        }
        let authorised = self.record.and_then(|r| {
            r.decisions
                .iter()
                .rev()
                .find_map(|d| d.authorised_to_sign.as_ref().and_then(|t| self.recorded(t)))
        });
        let who = match authorised {
            Some(who) => self.as_object(&who),
            None => o.presenter_object.to_owned(),
        };
        points.push(if remaining.is_empty() {
            frame(w.authorise_sign, &[("who", who)])
        } else {
            frame(
                w.authorise_name_sign,
                &[("who", who), ("bodies", self.list(&remaining))],
            )
        });
        vec![Content::Paragraph(lead), Content::Numbered(points)]
    }

    /// The language the decisions file words the party's organs and titles
    /// in when it gives one text: the party's first `languages`, else the
    /// agreement's first.
    fn record_language(&self) -> Language {
        self.record
            .and_then(|r| r.languages.first().copied())
            .unwrap_or(self.a.meta.languages.primary())
    }

    /// A text of the decisions file in the item's language, when the file
    /// gives it in that language. An item in another language names the
    /// organs by the kind of party instead (`Kaupunginhallitus` for a city
    /// whose file says only `Stadsstyrelsen`).
    fn recorded(&self, t: &Text) -> Option<String> {
        t.get(self.language, self.record_language())
            .map(str::to_owned)
    }

    /// A text of the decisions file in the item's language, else as
    /// written (a title the file gives in one language only).
    fn recorded_or_written(&self, t: &Text) -> String {
        self.recorded(t).unwrap_or_else(|| t.as_str().to_owned())
    }

    /// Who is authorised, as the object of "valtuuttaa …": a Finnish title
    /// ending in *-ja*/*-jä* (`kunnanjohtaja`, as the minutes name the role)
    /// takes the genitive (`kunnanjohtajan`); anything else is printed as
    /// written, so the file can give the form itself. Swedish keeps the
    /// text as written (`kommundirektören`).
    fn as_object(&self, who: &str) -> String {
        let who = who.trim();
        if self.language == Language::Fi && (who.ends_with("ja") || who.ends_with("jä")) {
            format!("{who}n")
        } else {
            who.to_owned()
        }
    }

    /// The extract goes to the county and the presenter and named people
    /// (a municipality or the regional council), or to every other party
    /// (the county).
    fn extract(&self, presenter: &str, names: bool) -> String {
        let mut to: Vec<String> = if self.p.kind == PartyKind::WellbeingServicesCounty {
            self.a
                .parties
                .iter()
                .filter(|p| p.id != self.p.id)
                .map(|p| self.text(&p.name))
                .collect()
        } else {
            let mut v: Vec<String> = self
                .a
                .parties
                .iter()
                .filter(|p| p.kind == PartyKind::WellbeingServicesCounty)
                .map(|p| self.text(&p.name))
                .collect();
            v.push(presenter.to_owned());
            v
        };
        if names {
            to.push(self.w.named_people.to_owned());
        }
        to.join(", ")
    }

    fn instructions(&self, organ: &str, stage: ItemStage) -> Part {
        let w = self.w;
        if stage == ItemStage::Proposal {
            return Part {
                label: w.no_appeal_heading.to_owned(),
                content: vec![Content::Paragraph(w.no_appeal.to_owned())],
            };
        }
        let members = match self.p.kind {
            PartyKind::RegionalCouncil => &w.members_joint,
            PartyKind::WellbeingServicesCounty => &w.members_county,
            _ => &w.members_municipality,
        };
        let (label, paragraphs) = if stage == ItemStage::Council {
            (w.appeal_heading, w.appeal)
        } else {
            (w.rectification_heading, w.rectification)
        };
        let kind = if self.p.kind == PartyKind::WellbeingServicesCounty {
            w.appeal_county
        } else {
            w.appeal_municipal
        };
        let address = self
            .p
            .address
            .as_ref()
            .map_or(w.address_missing.to_owned(), |t| self.text(t));
        let authority = format!("{}, {}", self.text(&self.p.name), organ);
        Part {
            label: label.to_owned(),
            content: paragraphs
                .iter()
                .map(|t| {
                    Content::Paragraph(frame(
                        t,
                        &[
                            ("members", members.may.to_owned()),
                            ("notified", members.notified.to_owned()),
                            ("authority", authority.clone()),
                            ("address", address.clone()),
                            ("kind", kind.to_owned()),
                            ("court", w.court_missing.to_owned()),
                        ],
                    ))
                })
                .collect(),
        }
    }
}

impl DecisionItem {
    /// The item as plain text, in the order printed: for reading, diffing
    /// and pasting into a case-management system.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n{}\n\n{}\n", self.party_name, self.meeting, self.title);
        for part in self.parts.iter().chain(std::iter::once(&self.instructions)) {
            out.push('\n');
            out.push_str(&part.label);
            out.push('\n');
            for c in &part.content {
                match c {
                    Content::Paragraph(p) => {
                        out.push_str(p);
                        out.push('\n');
                    }
                    Content::Numbered(items) => {
                        for (i, item) in items.iter().enumerate() {
                            out.push_str(&format!("{}) {item}\n", i + 1));
                        }
                    }
                }
            }
        }
        out
    }

    /// A file name for the item: `decision-hattula-fi` for a board that
    /// decides; `decision-kanta-hame-board-fi` and
    /// `decision-kanta-hame-council-fi` for a board's proposal and its
    /// council's decision.
    pub fn file_stem(&self) -> String {
        let stage = match self.stage {
            ItemStage::Board => "",
            ItemStage::Proposal => "board-",
            ItemStage::Council => "council-",
        };
        format!("decision-{}-{stage}{}", self.party, self.language.code())
    }
}
