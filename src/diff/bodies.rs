//! Bodies (forums, working groups, networks …) paired by id or name and
//! compared field by field; a body in another tier has moved.

use crate::locale::Version as In;
use crate::model::Field;
use crate::model::Forum;
use crate::path::FieldPath;

use super::matching::{self, Candidate, Rules};
use super::words::{Vocabulary, normalised};
use super::{Change, ChangeStatus, Cx, FieldChange, Side, wording};

pub(super) fn bodies(cx: &Cx<'_>, vocabulary: &mut Vocabulary) -> Vec<Change> {
    let (a, b) = (cx.a, cx.b);
    let old = candidates(cx.older(), vocabulary);
    let new = candidates(cx.newer(), vocabulary);
    let pairs = matching::pair(
        &old,
        &new,
        &[],
        Rules {
            across_written_ids: true,
        },
    );
    let side = |v: In<'_>, i: usize| Side {
        id: Some(v.agreement.forums[i].id.to_string()),
        path: FieldPath::root().key(Field::Forums).index(i),
        name: v.t(&v.agreement.forums[i].name).to_owned(),
    };
    let mut out = Vec::new();
    let mut old_taken = vec![false; a.forums.len()];
    let mut new_taken = vec![false; b.forums.len()];
    // The documents print bodies in the written order: those out of the old
    // order have moved, as have those in another tier.
    let mut by_old: Vec<(usize, usize)> = pairs.iter().map(|&(i, j, _)| (i, j)).collect();
    by_old.sort_unstable();
    let order: Vec<usize> = by_old.iter().map(|&(_, j)| j).collect();
    let out_of_order: std::collections::HashMap<usize, bool> = by_old
        .iter()
        .map(|&(i, _)| i)
        .zip(matching::out_of_order(&order))
        .collect();
    for &(i, j, _) in &pairs {
        old_taken[i] = true;
        new_taken[j] = true;
        let (p, q) = (&a.forums[i], &b.forums[j]);
        let reordered = out_of_order[&i];
        let moved = p.tier != q.tier || reordered;
        let mut fields = super::place(cx, reordered, i, j);
        fields.extend(compare(cx, p, q));
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
    for j in (0..b.forums.len()).filter(|&j| !new_taken[j]) {
        out.push(Change::added(side(cx.newer(), j)));
    }
    for i in (0..a.forums.len()).filter(|&i| !old_taken[i]) {
        out.push(Change::removed(side(cx.older(), i)));
    }
    out
}

/// The bodies of a version as candidates for pairing: by id, then by name.
fn candidates(x: In<'_>, vocabulary: &mut Vocabulary) -> Vec<Candidate> {
    x.agreement
        .forums
        .iter()
        .map(|f| Candidate {
            written: Some(f.id.to_string()),
            place: f.id.to_string(),
            norm: normalised(x.t(&f.name)),
            tokens: vocabulary.tokens(x.t(&f.name)),
            extra: Vec::new(),
            parent: None,
        })
        .collect()
}

/// What changed in a paired body, its tier first.
fn compare<'a>(cx: &Cx<'a>, p: &'a Forum, q: &'a Forum) -> Vec<FieldChange> {
    let mut f = cx.fields();
    let moved = p.tier != q.tier;
    f.raw(
        "tier",
        moved,
        |v| Some(wording::tier_span(v, p.tier)),
        |v| Some(wording::tier_span(v, q.tier)),
    );
    f.text("name", &p.name, &q.name);
    f.opt_text("short_name", p.short_name.as_ref(), q.short_name.as_ref());
    f.value(
        "kind",
        |v| Some(v.locale.forum_kind(p.kind).to_owned()),
        |v| Some(v.locale.forum_kind(q.kind).to_owned()),
    );
    f.raw(
        "per_municipality",
        p.per_municipality != q.per_municipality || p.municipalities != q.municipalities,
        |v| wording::per_municipality(v, p),
        |v| wording::per_municipality(v, q),
    );
    f.raw(
        "convener",
        p.convener != q.convener,
        |v| p.convener.as_ref().map(|c| wording::convener(v, c)),
        |v| q.convener.as_ref().map(|c| wording::convener(v, c)),
    );
    f.raw(
        "appointed_by",
        p.appointed_by != q.appointed_by,
        |v| p.appointed_by.as_ref().map(|r| v.body_name(r)),
        |v| q.appointed_by.as_ref().map(|r| v.body_name(r)),
    );
    let members = |v: In<'_>, f: &crate::model::Forum| {
        (!f.members.is_empty()).then(|| {
            f.members
                .iter()
                .map(|m| v.member(m))
                .collect::<Vec<_>>()
                .join("\n")
        })
    };
    f.raw(
        "members",
        p.members != q.members,
        |v| members(v, p),
        |v| members(v, q),
    );
    f.value(
        "frequency",
        |v| p.frequency.as_ref().map(|x| v.locale.frequency(x)),
        |v| q.frequency.as_ref().map(|x| v.locale.frequency(x)),
    );
    f.opt_text(
        "composition",
        p.composition.as_ref(),
        q.composition.as_ref(),
    );
    f.opt_text("serves", p.serves.as_ref(), q.serves.as_ref());
    let tasks = |v: In<'_>, f: &crate::model::Forum| {
        (!f.tasks.is_empty()).then(|| {
            f.tasks
                .iter()
                .map(|t| v.plain(t))
                .collect::<Vec<_>>()
                .join("\n")
        })
    };
    f.value("tasks", |v| tasks(v, p), |v| tasks(v, q));
    f.opt_text(
        "prepared_by",
        p.prepared_by.as_ref(),
        q.prepared_by.as_ref(),
    );
    f.opt_text(
        "presented_by",
        p.presented_by.as_ref(),
        q.presented_by.as_ref(),
    );
    f.value(
        "officers",
        |v| p.officers.as_ref().map(|o| wording::officers(v, o)),
        |v| q.officers.as_ref().map(|o| wording::officers(v, o)),
    );
    f.value(
        "term",
        |v| p.term.map(|t| v.locale.term(t).to_owned()),
        |v| q.term.map(|t| v.locale.term(t).to_owned()),
    );
    f.value(
        "named_representatives",
        |v| p.named_representatives.map(|x| wording::yes_no(v, x)),
        |v| q.named_representatives.map(|x| wording::yes_no(v, x)),
    );
    f.value(
        "statutory",
        |v| Some(wording::yes_no(v, p.statutory)),
        |v| Some(wording::yes_no(v, q.statutory)),
    );
    f.out
}
