//! The parties on the first page and their signatures on the last.

use serde::Serialize;

use crate::model::PartyKind;
use crate::validate::ValidatedAgreement;

use super::Builder;

#[derive(Serialize)]
pub(crate) struct ViewParty {
    name: String,
    business_id: String,
    address: Option<String>,
    kind: PartyKind,
}

#[derive(Serialize)]
pub(crate) struct ViewSignatory {
    name: String,
    title: String,
    organisation: String,
    /// "Hyväksytty: Kunnanhallitus 12.6.2023 § 123", when recorded.
    approval: Option<String>,
    /// "Allekirjoitettu 1.8.2023", when recorded.
    signed: Option<String>,
}

impl Builder<'_> {
    pub(super) fn parties(&self, valid: &ValidatedAgreement) -> Vec<ViewParty> {
        let ids = valid.business_ids();
        // Each column of a side-by-side document lists them in its own
        // language's order; the signatures share one order.
        self.v
            .parties_in(self.v.language())
            .into_iter()
            .map(|(i, p)| ViewParty {
                name: self.t(&p.name),
                business_id: ids.get(i).map(ToString::to_string).unwrap_or_default(),
                address: self.opt(p.address.as_ref()),
                kind: p.kind,
            })
            .collect()
    }

    pub(super) fn signatories(&self) -> Vec<ViewSignatory> {
        let (l, v) = (self.v.locale, self.v);
        v.parties()
            .into_iter()
            .map(|(_, p)| ViewSignatory {
                name: p
                    .signatory
                    .as_ref()
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                title: p
                    .signatory
                    .as_ref()
                    .map(|s| self.t(&s.title))
                    .unwrap_or_default(),
                organisation: self.t(&p.name),
                approval: p.approval.as_ref().map(|ap| {
                    l.approval(v.t(&ap.body), ap.date, ap.section.as_deref().map(str::trim))
                }),
                signed: p.signed_on.map(|d| l.signed_on(d)),
            })
            .collect()
    }
}
