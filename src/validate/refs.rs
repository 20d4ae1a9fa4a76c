//! References: an id that must name a party or a body, and the
//! responsibilities (who leads a priority, goal or action, and with whom)
//! made of such references. The other modules check their references with
//! these helpers.
//!
//! Codes: `unknown-reference`, `unknown-reference-nothing-defined`,
//! `unknown-party`, `unknown-forum`, `unknown-forum-none-defined`,
//! `group-not-allowed`, `responsibility-empty`, `named-twice`.

use crate::diagnostic::{Message, Word};
use crate::model::{BodyRef, Responsibility};
use crate::path::FieldPath;

use super::Checker;

/// What the references of a kind of place may name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Accepts {
    /// Anyone: a party, a body, an organ, a group or an outside organisation.
    Anyone,
    /// Parties and bodies, but no group (an appointing body is one body).
    One,
}

impl<'a> Checker<'a> {
    /// What an id of the shared namespace names, as a finding's message
    /// when it names nothing.
    fn unknown_ref(&self, id: &str) -> Message {
        let mut known: Vec<&str> = self.a.parties.iter().map(|p| p.id.as_str()).collect();
        known.extend(self.a.forums.iter().map(|f| f.id.as_str()));
        let id = id.to_owned();
        if known.is_empty() {
            Message::UnknownReferenceNothingDefined { id }
        } else {
            Message::UnknownReference {
                id,
                known: known.join(", "),
            }
        }
    }

    /// A reference to a party, body, organ, group or outside organisation.
    pub(super) fn body_ref(&mut self, path: FieldPath, r: &BodyRef, accepts: Accepts) {
        match r {
            BodyRef::Id(id) => {
                if self.a.resolve(id).is_none() {
                    let msg = self.unknown_ref(id.as_str());
                    self.error(path, msg);
                }
            }
            BodyRef::Organ { party, organ } => {
                if self.a.party(party).is_none() {
                    let msg = self.unknown_party(party.as_str());
                    self.error(path.clone(), msg);
                }
                self.required(path.key("organ"), organ, Word::OrganName);
            }
            BodyRef::Group(_) if accepts == Accepts::One => {
                self.error(path, Message::GroupNotAllowed {});
            }
            BodyRef::Group(_) => {}
            BodyRef::Other(name) => {
                self.required(path.key("other"), name, Word::OrganisationName);
            }
        }
    }

    /// Who is responsible, and with whom: someone, each named once.
    pub(super) fn responsibility(&mut self, path: FieldPath, r: &Responsibility) {
        if r.responsible.is_empty() {
            self.error(path.key("responsible"), Message::ResponsibilityEmpty {});
        }
        for (field, list) in [("responsible", &r.responsible), ("partners", &r.partners)] {
            let mut seen: Vec<&BodyRef> = Vec::new();
            for (k, who) in list.iter().enumerate() {
                let at = path.key(field).index(k);
                if seen.contains(&who) {
                    self.warning(at.clone(), Message::NamedTwice {});
                }
                seen.push(who);
                self.body_ref(at, who, Accepts::Anyone);
            }
        }
        if let Some(t) = &r.text {
            self.required(path.key("text"), t, Word::ResponsibilityText);
        }
    }

    /// The message for a party id that names no party.
    pub(super) fn unknown_party(&self, id: &str) -> Message {
        let known: Vec<&str> = self.a.parties.iter().map(|p| p.id.as_str()).collect();
        Message::UnknownParty {
            id: id.to_owned(),
            known: known.join(", "),
        }
    }

    /// The message for a forum id that names no body.
    pub(super) fn unknown_forum(&self, id: &str) -> Message {
        let known: Vec<&str> = self.a.forums.iter().map(|f| f.id.as_str()).collect();
        let id = id.to_owned();
        if known.is_empty() {
            Message::UnknownForumNoneDefined { id }
        } else {
            Message::UnknownForum {
                id,
                known: known.join(", "),
            }
        }
    }
}
