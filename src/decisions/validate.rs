//! The rules of a decisions file, checked against its agreement.

use std::collections::BTreeSet;

use super::{Decisions, DecisionsPlace, Outcome, PartyRecord, Step, ValidatedDecisions};
use crate::diagnostic::{AgreementPlace, Finding, Invalid, Message, Report, Severity};
use crate::ids::{Date, PartyId};
use crate::language::Text;
use crate::locate::Locator;
use crate::model::{Agreement, BodyRef, Forum, ForumKind, PartyGroup, Resolved};
use crate::path::FieldPath;
use crate::validate::ValidatedAgreement;

/// Collects the findings with their places.
struct Checker<'a> {
    locator: Option<&'a Locator<'a>>,
    findings: Vec<Finding<DecisionsPlace>>,
}

impl Checker<'_> {
    fn push(&mut self, severity: Severity, path: FieldPath, message: Message) {
        let location = self.locator.and_then(|l| l.find(&path));
        self.findings.push(Finding::new(
            severity,
            DecisionsPlace(AgreementPlace { path, location }),
            message,
        ));
    }

    fn error(&mut self, path: FieldPath, message: Message) {
        self.push(Severity::Error, path, message);
    }

    /// A text field: not blank, and printable in the decision items and
    /// the signature page (the agreement's own rules and codes for text:
    /// no control characters, no direction controls, a glyph for every
    /// character), so that valid decisions always render.
    /// [`Checker::not_blank`] for each version of a text given per
    /// language, at the version's own place (`organ.fi`).
    fn not_blank_text(&mut self, path: FieldPath, text: Option<&Text>) {
        let Some(text) = text else { return };
        for (language, version) in text.versions() {
            let at = match language {
                Some(l) => path.key(l.code()),
                None => path.clone(),
            };
            self.not_blank(at, Some(version));
        }
    }

    fn not_blank(&mut self, path: FieldPath, text: Option<&str>) {
        let Some(text) = text else { return };
        if text.trim().is_empty() {
            let field = path.to_string();
            self.error(path, Message::DecisionFieldEmpty { field });
            return;
        }
        let codepoint = |c: char| format!("{:04X}", u32::from(c));
        if let Some(c) = text
            .chars()
            .find(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        {
            self.error(
                path,
                Message::TextDirectionControl {
                    codepoint: codepoint(c),
                },
            );
        } else if let Some(c) = text.chars().find(|c| c.is_control()) {
            self.error(
                path,
                Message::TextControlCharacter {
                    codepoint: codepoint(c),
                },
            );
        } else if let Some(c) = text.chars().find(|c| !crate::coverage::printable(*c)) {
            self.error(
                path,
                Message::TextGlyphMissing {
                    character: c,
                    codepoint: codepoint(c),
                },
            );
        }
    }
}

pub(super) fn check(
    decisions: Decisions,
    agreement: &ValidatedAgreement,
    locator: Option<&Locator<'_>>,
) -> Result<ValidatedDecisions, Invalid<DecisionsPlace>> {
    let a = agreement.agreement();
    let mut c = Checker {
        locator,
        findings: Vec::new(),
    };
    let root = FieldPath::root();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    c.not_blank(root.key("preparer"), decisions.preparer.as_deref());
    for (i, record) in decisions.parties.iter().enumerate() {
        let at = root.key("parties").index(i);
        c.not_blank(at.key("preparer"), record.preparer.as_deref());
        c.not_blank(at.key("presenter"), record.presenter.as_deref());
        if a.party(&record.party).is_none() {
            let known = a
                .parties
                .iter()
                .map(|p| format!("`{}`", p.id))
                .collect::<Vec<_>>()
                .join(", ");
            c.error(
                at.key("party"),
                Message::DecisionUnknownParty {
                    party: record.party.to_string(),
                    known,
                },
            );
        } else if !seen.insert(record.party.as_str()) {
            c.error(
                at.key("party"),
                Message::DecisionPartyTwice {
                    party: record.party.to_string(),
                },
            );
        }
        chain(&mut c, &at, record, decisions.final_text);
        nominations(&mut c, &at, record, a);
        let signed_on = a.party(&record.party).and_then(|p| p.signed_on);
        signature(&mut c, &at, record, signed_on);
    }
    let report = Report {
        findings: c.findings,
        file: None,
    };
    if report.has_errors() {
        return Err(Invalid(report));
    }
    Ok(ValidatedDecisions {
        decisions,
        report,
        fingerprint: super::fingerprint(agreement),
    })
}

/// The chain of decisions: blank fields, order, the final text.
fn chain(c: &mut Checker<'_>, at: &FieldPath, record: &PartyRecord, final_text: Option<Date>) {
    let mut previous: Option<Date> = None;
    for (j, d) in record.decisions.iter().enumerate() {
        let here = at.key("decisions").index(j);
        c.not_blank_text(here.key("organ"), Some(&d.organ));
        c.not_blank(here.key("record"), d.record.as_deref());
        c.not_blank(here.key("changes"), d.changes.as_deref());
        c.not_blank_text(
            here.key("authorised_to_sign"),
            d.authorised_to_sign.as_ref(),
        );
        c.not_blank_text(
            here.key("authorised_to_name"),
            d.authorised_to_name.as_ref(),
        );
        for (k, point) in d.points.iter().enumerate() {
            c.not_blank(here.key("points").index(k), Some(point));
        }
        if let Some(section) = &d.section {
            if section.contains('§') {
                c.error(
                    here.key("section"),
                    Message::DecisionSectionWithSign {
                        section: section.clone(),
                    },
                );
            } else {
                c.not_blank(here.key("section"), Some(section));
            }
        }
        if let Some(p) = previous
            && d.date < p
        {
            c.error(
                here.key("date"),
                Message::DecisionOutOfOrder {
                    date: d.date.finnish(),
                    previous: p.finnish(),
                },
            );
        }
        if let Some(f) = final_text
            && d.date < f
        {
            c.error(
                here.key("date"),
                Message::DecisionBeforeFinalText {
                    date: d.date.finnish(),
                    final_text: f.finnish(),
                },
            );
        }
        if d.outcome == Outcome::ApprovedWithChanges && d.changes.is_none() {
            c.error(here.key("outcome"), Message::DecisionChangesMissing {});
        }
        previous = Some(d.date);
    }
}

/// The seats `party` has in `forum`: `Some(n)` when the agreement says,
/// `None` when it takes part without a number; `Err(())` when it is not a
/// member of a body whose members are listed.
pub(super) fn seats(a: &Agreement, forum: &Forum, party: &PartyId) -> Result<Option<u32>, ()> {
    if forum.per_municipality {
        let own = a.party(party).is_some_and(|p| p.kind.is_municipality())
            && (forum.municipalities.is_empty() || forum.municipalities.contains(party));
        return if own { Ok(None) } else { Err(()) };
    }
    if forum.members.is_empty() {
        return Ok(None);
    }
    let is_municipality = a.party(party).is_some_and(|p| p.kind.is_municipality());
    let mut found = false;
    let mut total: Option<u32> = Some(0);
    for m in &forum.members {
        let takes_part = match &m.who {
            BodyRef::Id(id) => matches!(a.resolve(id), Some(Resolved::Party(p)) if &p.id == party),
            BodyRef::Organ { party: p, .. } => p == party,
            BodyRef::Group(PartyGroup::AllMunicipalities) => is_municipality,
            BodyRef::Group(PartyGroup::AllParties) => true,
            _ => false,
        };
        if takes_part {
            found = true;
            total = match (total, m.seats) {
                (Some(t), Some(s)) => Some(t.saturating_add(s)),
                _ => None,
            };
        }
    }
    if found { Ok(total) } else { Err(()) }
}

/// Whether the parties name representatives to `forum`.
pub(super) fn names_representatives(forum: &Forum) -> bool {
    forum.named_representatives != Some(false) && forum.kind != ForumKind::Network
}

/// The representatives: known bodies the party sits in, seats, duplicates.
fn nominations(c: &mut Checker<'_>, at: &FieldPath, record: &PartyRecord, a: &Agreement) {
    let known_party = a.party(&record.party).is_some();
    let mut counted: Vec<(&str, usize)> = Vec::new();
    let mut people: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (j, n) in record.representatives.iter().enumerate() {
        let here = at.key("representatives").index(j);
        c.not_blank(here.key("name"), Some(&n.name));
        c.not_blank_text(here.key("title"), n.title.as_ref());
        c.not_blank(here.key("deputy"), n.deputy.as_deref());
        if n.deputy
            .as_deref()
            .is_some_and(|d| d.trim() == n.name.trim())
        {
            c.error(
                here.key("deputy"),
                Message::DecisionDeputyIsMember {
                    name: n.name.clone(),
                },
            );
        }
        let Some(forum) = a.forum(&n.body) else {
            let known = a
                .forums
                .iter()
                .filter(|f| names_representatives(f))
                .map(|f| format!("`{}`", f.id))
                .collect::<Vec<_>>()
                .join(", ");
            c.error(
                here.key("body"),
                Message::DecisionUnknownBody {
                    body: n.body.to_string(),
                    known,
                },
            );
            continue;
        };
        if !names_representatives(forum) {
            c.error(
                here.key("body"),
                Message::DecisionBodyNotNamed {
                    body: n.body.to_string(),
                },
            );
            continue;
        }
        if !people.insert((n.body.as_str(), n.name.trim())) {
            c.error(
                here.key("name"),
                Message::DecisionNamedTwice {
                    name: n.name.clone(),
                    body: n.body.to_string(),
                },
            );
        }
        if !known_party {
            continue;
        }
        let named = match counted.iter_mut().find(|(b, _)| *b == n.body.as_str()) {
            Some((_, count)) => {
                *count += 1;
                *count
            }
            None => {
                counted.push((n.body.as_str(), 1));
                1
            }
        };
        match seats(a, forum, &record.party) {
            Err(()) if named == 1 => c.error(
                here.key("body"),
                Message::DecisionNotAMember {
                    party: record.party.to_string(),
                    body: n.body.to_string(),
                },
            ),
            Ok(Some(seats)) if named == seats as usize + 1 => c.error(
                here.key("body"),
                Message::DecisionSeatsExceeded {
                    party: record.party.to_string(),
                    body: n.body.to_string(),
                    named: record
                        .representatives
                        .iter()
                        .filter(|r| r.body == n.body)
                        .count(),
                    seats,
                },
            ),
            _ => {}
        }
    }
}

/// The signature and the termination: after an approving decision.
fn signature(c: &mut Checker<'_>, at: &FieldPath, record: &PartyRecord, signed_on: Option<Date>) {
    let last = record
        .decisions
        .iter()
        .rev()
        .find(|d| d.step == Step::Decision);
    if let Some(s) = &record.signature {
        let here = at.key("signature");
        c.not_blank(here.key("name"), Some(&s.name));
        c.not_blank_text(here.key("title"), s.title.as_ref());
        c.not_blank_text(here.key("place"), s.place.as_ref());
        match last {
            Some(d) if d.outcome == Outcome::Approved && s.date < d.date => c.error(
                here.key("date"),
                Message::DecisionSignedBeforeDecision {
                    signed: s.date.finnish(),
                    decided: d.date.finnish(),
                },
            ),
            Some(d) if d.outcome == Outcome::Approved => {}
            // No decision recorded here: the agreement's own `approval`
            // may hold it (the status counts that).
            None => {}
            Some(_) => c.error(
                here.key("date"),
                Message::DecisionSignedWithoutApproval {
                    party: record.party.to_string(),
                },
            ),
        }
    }
    if let Some(t) = &record.termination {
        let here = at.key("termination").key("delivered");
        match record.signature.as_ref().map(|s| s.date).or(signed_on) {
            Some(signed) if t.delivered < signed => c.error(
                here,
                Message::DecisionTerminationBeforeSignature {
                    delivered: t.delivered.finnish(),
                    signed: signed.finnish(),
                },
            ),
            Some(_) => {}
            None => c.error(
                here,
                Message::DecisionTerminationUnsigned {
                    party: record.party.to_string(),
                },
            ),
        }
    }
}
