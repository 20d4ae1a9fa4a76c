//! Values of the agreement in words, as the comparison shows them, in one
//! language version. The words come from [`crate::locale`]; this module only
//! puts the agreement's data into them.

use crate::locale::Version as In;
use crate::model::{Among, BodyRef, Convener, Forum, Indicator, MonthWindow, Officers, TierSpan};

/// Yes or no.
pub(crate) fn yes_no(v: In<'_>, value: bool) -> String {
    let w = v.locale.words();
    if value { w.yes } else { w.no }.to_owned()
}

/// The tier (or tiers) of a body in words, with the tier's name, e.g.
/// "2) Johtamisen foorumit" or "1–3".
pub(crate) fn tier_span(v: In<'_>, span: TierSpan) -> String {
    if span.is_span() {
        return format!("{}–{}", span.first(), span.last());
    }
    let level = span.first();
    match v.agreement.tiers.iter().find(|t| t.level == level) {
        Some(t) => format!("{level}) {}", v.t(&t.name)),
        None => level.to_string(),
    }
}

/// A list of references in words.
pub(crate) fn body_names(v: In<'_>, refs: &[BodyRef]) -> String {
    let names: Vec<String> = refs.iter().map(|r| v.body_name(r)).collect();
    v.locale.join_and(&names)
}

/// Where a body in each municipality operates, in words.
pub(crate) fn per_municipality(v: In<'_>, f: &Forum) -> Option<String> {
    if !f.per_municipality {
        return None;
    }
    let names: Vec<String> = v
        .in_party_order(v.agreement.municipal_members(f))
        .iter()
        .map(|p| v.t(p.label()).to_owned())
        .collect();
    Some(
        v.locale
            .per_municipality(&names, f.municipalities.is_empty()),
    )
}

/// Who convenes a body, in words.
pub(crate) fn convener(v: In<'_>, c: &Convener) -> String {
    let first = c
        .party
        .as_ref()
        .map(|p| v.party_name(p.as_str()))
        .or_else(|| c.other.as_ref().map(|o| v.t(o).to_owned()));
    v.locale.convener(first.as_deref(), c.chair)
}

/// How a body's officers are chosen, in words.
pub(crate) fn officers(v: In<'_>, o: &Officers) -> String {
    match o {
        Officers::ElectedAtFirstMeeting => v.locale.words().officers_elected.to_owned(),
        Officers::Other(text) => v.t(text).to_owned(),
    }
}

/// An indicator's baseline in words, e.g. "35 % (2025)" or "vuosi 2022".
pub(crate) fn baseline(v: In<'_>, i: &Indicator) -> Option<String> {
    let value = i.baseline_value.map(|x| match &i.unit {
        Some(unit) => format!("{} {}", v.locale.decimal(x), v.t(unit)),
        None => v.locale.decimal(x),
    });
    v.locale.baseline(value.as_deref(), i.baseline_year)
}

/// The municipalities a share counts among, in words.
pub(crate) fn among(v: In<'_>, among: &Among) -> String {
    match among {
        Among::Parties(ids) => {
            let parties =
                v.in_party_order(ids.iter().filter_map(|id| v.agreement.party(id)).collect());
            let names: Vec<String> = if parties.len() == ids.len() {
                parties.iter().map(|p| v.t(&p.name).to_owned()).collect()
            } else {
                ids.iter().map(|id| v.party_name(id.as_str())).collect()
            };
            v.locale.join_and(&names)
        }
        Among::MembersOf { members_of } => {
            let name = v
                .agreement
                .forum(members_of)
                .map_or_else(|| members_of.to_string(), |f| v.t(&f.name).to_owned());
            v.locale.members_of(&name)
        }
    }
}

/// The follow-up rounds in words, e.g. "touko-kesäkuussa".
pub(crate) fn rounds(v: In<'_>, rounds: &[MonthWindow]) -> String {
    let words: Vec<String> = rounds
        .iter()
        .map(|w| {
            v.locale
                .month_window(*w)
                .unwrap_or_else(|| format!("{}–{}", w.from_month, w.to_month))
        })
        .collect();
    v.locale.join_and(&words)
}
