//! The parties: their ids, names, business ids and municipality codes,
//! unique among them; one wellbeing services county; the signatories, the
//! approving decisions and the signing dates.
//!
//! Codes: `parties-none`, `party-id-malformed`, `party-id-duplicate`,
//! `party-name-duplicate`, `business-id-duplicate`, the checked business
//! id's `business-id-empty`, `business-id-character`, `business-id-hyphen`,
//! `business-id-length`, `business-id-remainder-one` and
//! `business-id-check-digit`, `municipality-code-not-municipality`,
//! `municipality-code-duplicate`, `municipality-code-malformed`,
//! `signatory-missing`, `approval-in-future`, `signed-in-future`,
//! `signed-before-approval`, `approval-missing`, `signed-draft`,
//! `county-missing`, `county-twice`.

use std::collections::HashMap;

use crate::diagnostic::{Message, Word};
use crate::ids::{BusinessId, MunicipalityCode};
use crate::model::{DocumentStatus, Party, PartyKind};
use crate::path::FieldPath;

use super::{Checker, root};

/// What the parties before the one checked hold, each value with the index
/// of the first party that has it.
#[derive(Default)]
struct Seen<'p> {
    ids: HashMap<&'p str, usize>,
    names: HashMap<String, usize>,
    business_ids: HashMap<BusinessId, usize>,
    codes: HashMap<MunicipalityCode, usize>,
}

impl<'a> Checker<'a> {
    /// Every party, and that one of them is the county. Gives each party's
    /// checked business id and municipality code, `None` where it is wrong
    /// or missing.
    pub(super) fn parties(&mut self) -> (Vec<Option<BusinessId>>, Vec<Option<MunicipalityCode>>) {
        let a = self.a;
        if a.parties.is_empty() {
            self.error(root().key("parties"), Message::PartiesNone {});
        }
        let mut seen = Seen::default();
        let mut checked = Vec::new();
        let mut codes = Vec::new();
        for (i, p) in a.parties.iter().enumerate() {
            let path = root().key("parties").index(i);
            let (business_id, code) = self.party(&path, p, i, &mut seen);
            checked.push(business_id);
            codes.push(code);
            self.signing_party(&path, p);
        }
        self.county();
        (checked, codes)
    }

    /// Who a party is: its id, names, business id, municipality code and
    /// address.
    fn party(
        &mut self,
        path: &FieldPath,
        p: &'a Party,
        i: usize,
        seen: &mut Seen<'a>,
    ) -> (Option<BusinessId>, Option<MunicipalityCode>) {
        let id = p.id.as_str();
        if !p.id.is_well_formed() {
            self.error(
                path.key("id"),
                Message::PartyIdMalformed { id: id.to_owned() },
            );
        } else if let Some(first) = seen.ids.insert(id, i) {
            self.error(
                path.key("id"),
                Message::PartyIdDuplicate {
                    id: id.to_owned(),
                    first,
                },
            );
        }
        self.required(path.key("name"), &p.name, Word::PartyName);
        self.neutral(
            path.key("short_name"),
            p.short_name.as_ref(),
            Word::ShortName,
        );
        let key = p.name.as_str().trim().to_lowercase();
        if !key.is_empty()
            && let Some(first) = seen.names.insert(key, i)
        {
            self.error(
                path.key("name"),
                Message::PartyNameDuplicate {
                    name: p.name.to_string(),
                    first,
                },
            );
        }
        let business_id = match p.business_id.parse() {
            Ok(bid) => {
                if let Some(first) = seen.business_ids.insert(bid.clone(), i) {
                    self.error(
                        path.key("business_id"),
                        Message::BusinessIdDuplicate {
                            id: bid.to_string(),
                            first,
                        },
                    );
                }
                Some(bid)
            }
            Err(e) => {
                self.error(path.key("business_id"), Message::from(&e));
                None
            }
        };
        let code = self.municipality_code(path, p, &mut seen.codes, i);
        self.neutral(path.key("address"), p.address.as_ref(), Word::Address);
        (business_id, code)
    }

    /// A party's signatory, approving decision and signing date: a final
    /// agreement names every signatory, and nothing is approved or signed
    /// in the future or signed before it is approved.
    fn signing_party(&mut self, path: &FieldPath, p: &Party) {
        let a = self.a;
        match &p.signatory {
            Some(s) => {
                let at = path.key("signatory");
                self.required(at.key("name"), &s.name, Word::SignatoryName);
                self.required(at.key("title"), &s.title, Word::SignatoryTitle);
            }
            None if a.meta.status == DocumentStatus::Final => self.error(
                path.key("signatory"),
                Message::SignatoryMissing {
                    party: p.name.to_string(),
                },
            ),
            None => {}
        }
        if let Some(ap) = &p.approval {
            let at = path.key("approval");
            self.required(at.key("body"), &ap.body, Word::ApprovingBody);
            if let Some(section) = &ap.section {
                self.section_number(at.key("section"), section, Word::MinutesSection);
            }
            if ap.date > self.today {
                self.error(
                    at.key("date"),
                    Message::ApprovalInFuture {
                        date: ap.date.finnish(),
                    },
                );
            }
        }
        if let Some(signed) = p.signed_on {
            if signed > self.today {
                self.error(
                    path.key("signed_on"),
                    Message::SignedInFuture {
                        party: p.name.to_string(),
                        date: signed.finnish(),
                    },
                );
            }
            match &p.approval {
                Some(ap) if signed < ap.date => self.error(
                    path.key("signed_on"),
                    Message::SignedBeforeApproval {
                        party: p.name.to_string(),
                        signed: signed.finnish(),
                        approved: ap.date.finnish(),
                    },
                ),
                None => self.warning(
                    path.key("approval"),
                    Message::ApprovalMissing {
                        party: p.name.to_string(),
                    },
                ),
                _ => {}
            }
            if a.meta.status == DocumentStatus::Draft {
                self.warning(path.key("signed_on"), Message::SignedDraft {});
            }
        }
    }

    /// Exactly one party is the wellbeing services county.
    fn county(&mut self) {
        let a = self.a;
        let counties: Vec<usize> = a
            .parties
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PartyKind::WellbeingServicesCounty)
            .map(|(i, _)| i)
            .collect();
        match counties.len() {
            1 => {}
            0 if !a.parties.is_empty() => {
                self.error(root().key("parties"), Message::CountyMissing {});
            }
            0 => {}
            _ => {
                for &i in &counties[1..] {
                    self.error(
                        root().key("parties").index(i).key("kind"),
                        Message::CountyTwice { first: counties[0] },
                    );
                }
            }
        }
    }

    /// A municipality's code: only a municipality has one, well formed and
    /// its own.
    fn municipality_code(
        &mut self,
        path: &FieldPath,
        p: &Party,
        seen: &mut HashMap<MunicipalityCode, usize>,
        i: usize,
    ) -> Option<MunicipalityCode> {
        let raw = p.municipality_code.as_ref()?;
        let at = path.key("municipality_code");
        if !p.kind.is_municipality() {
            self.error(
                at,
                Message::MunicipalityCodeNotMunicipality {
                    party: p.name.to_string(),
                },
            );
            return None;
        }
        match raw.parse::<MunicipalityCode>() {
            Ok(code) => {
                if let Some(first) = seen.insert(code.clone(), i) {
                    self.error(
                        at,
                        Message::MunicipalityCodeDuplicate {
                            code: code.to_string(),
                            first,
                        },
                    );
                }
                Some(code)
            }
            Err(e) => {
                self.error(at, Message::from(&e));
                None
            }
        }
    }
}
