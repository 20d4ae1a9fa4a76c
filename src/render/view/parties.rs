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

    /// The names the document prints that must never be hyphenated: the
    /// parties' and bodies' names and short names, the named
    /// representatives and deputies, the signatories and the signing
    /// place, in this language; the longest first, so that a template
    /// matching them one after another finds the whole name.
    pub(super) fn names(&self) -> Vec<String> {
        let a = self.a;
        let mut names: Vec<String> = Vec::new();
        for p in &a.parties {
            names.push(self.t(&p.name));
            names.extend(self.opt(p.short_name.as_ref()));
            names.extend(p.signatory.as_ref().map(|s| s.name.clone()));
        }
        for f in &a.forums {
            names.push(self.t(&f.name));
            names.extend(self.opt(f.short_name.as_ref()));
        }
        for r in &a.representatives {
            names.push(r.name.clone());
            names.extend(r.deputy.clone());
        }
        names.extend(self.opt(a.signing.place.as_ref()));
        sorted_names(names)
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

/// Names longest first, each once, without blanks at the ends.
fn sorted_names(names: Vec<String>) -> Vec<String> {
    let mut names: Vec<String> = names
        .into_iter()
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    names.sort_by(|x, y| y.chars().count().cmp(&x.chars().count()).then(x.cmp(y)));
    names.dedup();
    names
}

/// Puts each party's approving decision and signature from the decisions
/// file on its signature block, in every language version of the view:
/// the organ, day and section of the last decision when it approves, and
/// the day and place of the party's own signature (parties that sign
/// apart each show their own), the signer's name and title when recorded.
/// What the agreement itself records stays where the file says nothing.
pub(crate) fn apply_decisions(
    view: &mut serde_json::Value,
    agreement: &ValidatedAgreement,
    decisions: &crate::decisions::ValidatedDecisions,
) {
    use crate::decisions::{Outcome, Step};
    use crate::language::Text;
    use serde_json::Value;
    let a = agreement.agreement();
    let apply = |version: &mut Value| {
        let Some(language) = version
            .get("lang")
            .and_then(Value::as_str)
            .and_then(|c| c.parse::<crate::Language>().ok())
        else {
            return;
        };
        let l = crate::locale::Locale::new(language);
        let Some(signatories) = version.get_mut("signatories").and_then(Value::as_array_mut) else {
            return;
        };
        let mut signers = Vec::new();
        for (p, s) in a.parties.iter().zip(signatories) {
            let Some(record) = decisions.party(&p.id) else {
                continue;
            };
            let last = record
                .decisions
                .iter()
                .rev()
                .find(|d| d.step == Step::Decision);
            // A text of the decisions file in this version's language, else
            // as written (a plain string is in the party's record language).
            let record_language = record
                .languages
                .first()
                .copied()
                .unwrap_or(a.meta.languages.primary());
            let here = |t: &Text| {
                t.get(language, record_language)
                    .unwrap_or(t.as_str())
                    .to_owned()
            };
            if let Some(d) = last.filter(|d| d.outcome == Outcome::Approved) {
                s["approval"] = l
                    .approval(&here(&d.organ), d.date, d.section.as_deref().map(str::trim))
                    .into();
            }
            if let Some(signature) = &record.signature {
                let mut signed = l.signed_on(signature.date);
                let place = signature.place.as_ref().map(here);
                if let Some(place) = &place {
                    signed.push_str(", ");
                    signed.push_str(place);
                }
                s["signed"] = signed.into();
                s["name"] = signature.name.clone().into();
                signers.push(signature.name.clone());
                signers.extend(place);
                if let Some(title) = &signature.title {
                    s["title"] = here(title).into();
                }
            }
        }
        // The signers' names and places are names the page prints too.
        let mut names: Vec<String> = version["names"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        names.extend(signers);
        version["names"] = sorted_names(names).into();
    };
    apply(view);
    if let Some(versions) = view.get_mut("parallel").and_then(Value::as_array_mut) {
        versions.iter_mut().for_each(apply);
    }
}
