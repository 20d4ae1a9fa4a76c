//! Parties paired by business ID, party id or name, and compared field by
//! field.

use crate::locale::Version as In;
use crate::model::Field;
use crate::path::FieldPath;
use crate::validate::ValidatedAgreement;

use super::{Change, ChangeStatus, Cx, FieldChange, Side};

/// A key that pairs parties: the business ID, the id, the name.
type PartyKey<'k> = &'k dyn Fn(&ValidatedAgreement, usize) -> String;

pub(super) fn parties(
    cx: &Cx<'_>,
    old: &ValidatedAgreement,
    new: &ValidatedAgreement,
) -> Vec<Change> {
    let (a, b) = (cx.a, cx.b);
    let mut paired: Vec<(usize, usize)> = Vec::new();
    let mut new_taken = vec![false; b.parties.len()];
    let mut old_taken = vec![false; a.parties.len()];
    // By business ID, then by party id, then by name.
    let keys: [PartyKey<'_>; 3] = [
        &|v, i| {
            v.business_ids()
                .get(i)
                .map(ToString::to_string)
                .unwrap_or_default()
        },
        &|v, i| v.agreement().parties[i].id.to_string(),
        &|v, i| v.agreement().parties[i].name.to_string(),
    ];
    for key in keys {
        let mut index = std::collections::HashMap::new();
        for j in (0..b.parties.len()).filter(|&j| !new_taken[j]) {
            index.entry(key(new, j)).or_insert(j);
        }
        for (i, taken) in old_taken.iter_mut().enumerate() {
            if *taken {
                continue;
            }
            if let Some(&j) = index.get(&key(old, i))
                && !new_taken[j]
            {
                *taken = true;
                new_taken[j] = true;
                paired.push((i, j));
            }
        }
    }
    let side = |v: In<'_>, i: usize| Side {
        id: Some(v.agreement.parties[i].id.to_string()),
        path: FieldPath::root().key(Field::Parties).index(i),
        name: v.t(&v.agreement.parties[i].name).to_owned(),
    };
    let mut out = Vec::new();
    // The documents print parties (and their signatures) in the written
    // order: those out of the old order have moved.
    paired.sort_unstable();
    let order: Vec<usize> = paired.iter().map(|&(_, j)| j).collect();
    let moved = super::matching::out_of_order(&order);
    let mut paired: Vec<(usize, usize, bool)> = paired
        .into_iter()
        .zip(moved)
        .map(|((i, j), moved)| (i, j, moved))
        .collect();
    paired.sort_by_key(|&(_, j, _)| j);
    let mut removed: Vec<usize> = (0..a.parties.len()).filter(|&i| !old_taken[i]).collect();
    removed.sort_unstable();
    for (i, j, moved) in paired {
        let mut fields = super::place(cx, moved, i, j);
        fields.extend(compare(cx, old, new, i, j));
        if !fields.is_empty() {
            out.push(Change {
                status: if moved {
                    ChangeStatus::Moved
                } else {
                    ChangeStatus::Kept
                },
                old: Some(side(cx.older(), i)),
                new: Some(side(cx.newer(), j)),
                fields,
            });
        }
    }
    for j in (0..b.parties.len()).filter(|&j| !new_taken[j]) {
        out.push(Change::added(side(cx.newer(), j)));
    }
    for i in removed {
        out.push(Change::removed(side(cx.older(), i)));
    }
    out
}

/// What changed in a paired party: party `i` of the old version, `j` of the
/// new.
fn compare(
    cx: &Cx<'_>,
    old: &ValidatedAgreement,
    new: &ValidatedAgreement,
    i: usize,
    j: usize,
) -> Vec<FieldChange> {
    let (p, q) = (&cx.a.parties[i], &cx.b.parties[j]);
    let mut f = cx.fields();
    f.text("name", &p.name, &q.name);
    f.opt_text("short_name", p.short_name.as_ref(), q.short_name.as_ref());
    f.value(
        "kind",
        |v| Some(v.locale.party_kind(p.kind).to_owned()),
        |v| Some(v.locale.party_kind(q.kind).to_owned()),
    );
    f.plain(
        "business_id",
        old.business_ids().get(i).map(ToString::to_string),
        new.business_ids().get(j).map(ToString::to_string),
    );
    f.plain(
        "municipality_code",
        p.municipality_code.as_ref().map(ToString::to_string),
        q.municipality_code.as_ref().map(ToString::to_string),
    );
    f.opt_text("address", p.address.as_ref(), q.address.as_ref());
    let signatory = |v: In<'_>, s: &Option<crate::model::Signatory>| {
        s.as_ref().map(|s| format!("{}, {}", s.name, v.t(&s.title)))
    };
    f.value(
        "signatory",
        |v| signatory(v, &p.signatory),
        |v| signatory(v, &q.signatory),
    );
    let approval = |v: In<'_>, x: &Option<crate::model::Approval>| {
        x.as_ref().map(|x| {
            let mut t = format!("{} {}", v.t(&x.body), v.locale.date(x.date));
            if let Some(s) = &x.section {
                t.push(' ');
                t.push_str(&v.locale.minutes_section(s));
            }
            t
        })
    };
    f.value(
        "approval",
        |v| approval(v, &p.approval),
        |v| approval(v, &q.approval),
    );
    f.value(
        "signed_on",
        |v| p.signed_on.map(|d| v.locale.date(d)),
        |v| q.signed_on.map(|d| v.locale.date(d)),
    );
    f.out
}
