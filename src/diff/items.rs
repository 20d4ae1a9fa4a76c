//! Priorities, goals, indicators and actions: paired kind by kind from the
//! priorities down, then compared field by field.

use std::collections::HashMap;

use crate::ids::ItemId;
use crate::ids::ItemKind;
use crate::locale::Version as In;
use crate::model::Field;
use crate::model::{Action, Goal, Indicator, Priority};
use crate::path::FieldPath;
use crate::validate::ValidatedAgreement;

use super::matching::{self, Candidate, MatchedBy, Rules};
use super::words::{Vocabulary, normalised};
use super::{ChangeStatus, Cx, Fields, ItemChange, ItemSide, opt_rich, wording};

const KINDS: [ItemKind; 4] = [
    ItemKind::Priority,
    ItemKind::Goal,
    ItemKind::Indicator,
    ItemKind::Action,
];

fn slot(kind: ItemKind) -> usize {
    match kind {
        ItemKind::Priority => 0,
        ItemKind::Goal => 1,
        ItemKind::Indicator => 2,
        _ => 3,
    }
}

/// The model's data of an item.
#[derive(Clone, Copy)]
enum Data<'a> {
    Priority(&'a Priority),
    Goal(&'a Goal),
    Indicator(&'a Indicator),
    Action(&'a Action),
}

/// An item of one version, flattened.
struct Flat<'a> {
    side: ItemSide,
    /// The index of its parent among the items of the parent's kind.
    parent: Option<usize>,
    /// The text compared: a priority's title and description.
    compared: String,
    /// A priority's goals, compared too.
    children: String,
    data: Data<'a>,
}

/// The items of one version: by kind, and all of them in document order.
struct Tree<'a> {
    kinds: [Vec<Flat<'a>>; 4],
    order: Vec<(usize, usize)>,
}

/// The items of a version, their texts and places in the language of `w`.
fn flatten<'a>(v: &'a ValidatedAgreement, w: In<'a>) -> Tree<'a> {
    let a = v.agreement();
    let ids = v.ids();
    let l = w.locale;
    let place = |kind: ItemKind, n: &str| format!("{} {n}", l.item_kind(kind));
    let generated: HashMap<&str, bool> = v
        .items()
        .iter()
        .map(|i| (i.id.as_str(), i.generated))
        .collect();
    let id_of = |id: Option<&ItemId>, fallback: String| match id {
        Some(id) => (
            id.to_string(),
            generated.get(id.as_str()).copied().unwrap_or(true),
        ),
        None => (fallback, true),
    };
    let mut tree = Tree {
        kinds: Default::default(),
        order: Vec::new(),
    };
    for (p, priority) in a.priorities.iter().enumerate() {
        let number = priority
            .number
            .map_or_else(|| (p + 1).to_string(), |n| n.to_string());
        let (pid, pgen) = id_of(ids.priority(p), format!("p{}", p + 1));
        let pplace = place(ItemKind::Priority, &number);
        let mut compared = w.t(&priority.title).to_owned();
        if let Some(d) = &priority.description {
            compared.push(' ');
            compared.push_str(&w.plain(d));
        }
        let children = priority
            .goals
            .iter()
            .map(|g| w.plain(&g.text))
            .collect::<Vec<_>>()
            .join(" ");
        let pindex = tree.kinds[0].len();
        tree.order.push((0, pindex));
        tree.kinds[0].push(Flat {
            side: ItemSide {
                id: pid.clone(),
                generated: pgen,
                path: FieldPath::root().key(Field::Priorities).index(p),
                place: pplace.clone(),
                parent: None,
                text: w.t(&priority.title).to_owned(),
            },
            parent: None,
            compared,
            children,
            data: Data::Priority(priority),
        });
        for (g, goal) in priority.goals.iter().enumerate() {
            let (gid, ggen) = id_of(ids.goal(p, g), format!("{pid}.g{}", g + 1));
            let gplace = format!("{pplace}, {}", place(ItemKind::Goal, &(g + 1).to_string()));
            let gpath = FieldPath::root()
                .key(Field::Priorities)
                .index(p)
                .key(Field::Goals)
                .index(g);
            let gindex = tree.kinds[1].len();
            tree.order.push((1, gindex));
            let gtext = w.plain(&goal.text);
            tree.kinds[1].push(Flat {
                side: ItemSide {
                    id: gid.clone(),
                    generated: ggen,
                    path: gpath.clone(),
                    place: gplace.clone(),
                    parent: Some(pid.clone()),
                    text: gtext.clone(),
                },
                parent: Some(pindex),
                compared: gtext,
                children: String::new(),
                data: Data::Goal(goal),
            });
            for (i, indicator) in goal.indicators.iter().enumerate() {
                let (iid, igen) = id_of(ids.indicator(p, g, i), format!("{gid}.i{}", i + 1));
                let text = w.plain(&indicator.text);
                tree.order.push((2, tree.kinds[2].len()));
                tree.kinds[2].push(Flat {
                    side: ItemSide {
                        id: iid,
                        generated: igen,
                        path: gpath.key(Field::Indicators).index(i),
                        place: format!(
                            "{gplace}, {}",
                            place(ItemKind::Indicator, &(i + 1).to_string())
                        ),
                        parent: Some(gid.clone()),
                        text: text.clone(),
                    },
                    parent: Some(gindex),
                    compared: text,
                    children: String::new(),
                    data: Data::Indicator(indicator),
                });
            }
            for (k, action) in goal.actions.iter().enumerate() {
                let (aid, agen) = id_of(ids.action(p, g, k), format!("{gid}.a{}", k + 1));
                let number = action
                    .number
                    .map_or_else(|| (k + 1).to_string(), |n| n.to_string());
                let text = w.plain(&action.text);
                tree.order.push((3, tree.kinds[3].len()));
                tree.kinds[3].push(Flat {
                    side: ItemSide {
                        id: aid,
                        generated: agen,
                        path: gpath.key(Field::Actions).index(k),
                        place: format!("{gplace}, {}", place(ItemKind::Action, &number)),
                        parent: Some(gid.clone()),
                        text: text.clone(),
                    },
                    parent: Some(gindex),
                    compared: text,
                    children: String::new(),
                    data: Data::Action(action),
                });
            }
        }
    }
    tree
}

fn candidates(items: &[Flat<'_>], v: &mut Vocabulary) -> Vec<Candidate> {
    items
        .iter()
        .map(|f| Candidate {
            written: (!f.side.generated).then(|| f.side.id.clone()),
            place: f.side.id.clone(),
            norm: normalised(&f.compared),
            tokens: v.tokens(&f.compared),
            extra: v.tokens(&f.children),
            parent: f.parent,
        })
        .collect()
}

/// Pairs and compares the items of two versions.
pub(super) fn compare(
    cx: &Cx<'_>,
    old: &ValidatedAgreement,
    new: &ValidatedAgreement,
    v: &mut Vocabulary,
) -> Vec<ItemChange> {
    let (x, y) = (flatten(old, cx.older()), flatten(new, cx.newer()));
    // For each kind: old index → (new index, how), and whether moved.
    let mut forward: [Vec<Option<(usize, MatchedBy)>>; 4] = Default::default();
    let mut backward: [Vec<Option<usize>>; 4] = Default::default();
    let mut moved: [Vec<bool>; 4] = Default::default();
    for kind in KINDS {
        let k = slot(kind);
        let parent_slot = match kind {
            ItemKind::Priority => None,
            ItemKind::Goal => Some(0),
            _ => Some(1),
        };
        let parents: Vec<Option<usize>> = match parent_slot {
            Some(ps) => forward[ps].iter().map(|m| m.map(|(j, _)| j)).collect(),
            None => Vec::new(),
        };
        let pairs = matching::pair(
            &candidates(&x.kinds[k], v),
            &candidates(&y.kinds[k], v),
            &parents,
            Rules {
                across_written_ids: false,
            },
        );
        forward[k] = vec![None; x.kinds[k].len()];
        backward[k] = vec![None; y.kinds[k].len()];
        moved[k] = vec![false; x.kinds[k].len()];
        // Pairs under paired parents, grouped by parent, in old order.
        let mut groups: HashMap<Option<usize>, Vec<(usize, usize)>> = HashMap::new();
        for &(i, j, how) in &pairs {
            forward[k][i] = Some((j, how));
            backward[k][j] = Some(i);
            let (op, np) = (x.kinds[k][i].parent, y.kinds[k][j].parent);
            let same_parent = match (op, np) {
                (Some(op), Some(np)) => parents.get(op).copied().flatten() == Some(np),
                (None, None) => true,
                _ => false,
            };
            if same_parent {
                groups.entry(np).or_default().push((i, j));
            } else {
                moved[k][i] = true;
            }
        }
        for group in groups.values_mut() {
            group.sort_unstable();
            let order: Vec<usize> = group.iter().map(|&(_, j)| j).collect();
            for (&(i, _), out) in group.iter().zip(matching::out_of_order(&order)) {
                moved[k][i] = out;
            }
        }
    }
    let mut out = Vec::new();
    for &(k, j) in &y.order {
        let new_item = &y.kinds[k][j];
        match backward[k][j] {
            Some(i) => {
                let old_item = &x.kinds[k][i];
                let how = forward[k][i].map(|(_, how)| how);
                let is_moved = moved[k][i];
                let mut f = cx.fields();
                // The place in the report's language: the same words in
                // every language compared.
                f.plain(
                    "place",
                    is_moved.then(|| old_item.side.place.clone()),
                    is_moved.then(|| new_item.side.place.clone()),
                );
                fields(&mut f, Some(old_item.data), Some(new_item.data));
                if is_moved {
                    // Its place says its new number.
                    f.out.retain(|x| x.field != "number");
                }
                out.push(ItemChange {
                    kind: KINDS[k],
                    status: if is_moved {
                        ChangeStatus::Moved
                    } else {
                        ChangeStatus::Kept
                    },
                    old: Some(old_item.side.clone()),
                    new: Some(new_item.side.clone()),
                    matched_by: how,
                    fields: f.out,
                });
            }
            None => {
                let mut f = cx.fields();
                fields(&mut f, None, Some(new_item.data));
                // Its place says its number.
                f.out.retain(|x| x.field != "number");
                out.push(ItemChange {
                    kind: KINDS[k],
                    status: ChangeStatus::Added,
                    old: None,
                    new: Some(new_item.side.clone()),
                    matched_by: None,
                    fields: f.out,
                });
            }
        }
    }
    for &(k, i) in &x.order {
        if forward[k][i].is_none() {
            let mut f = cx.fields();
            fields(&mut f, Some(x.kinds[k][i].data), None);
            f.out.retain(|x| x.field != "number");
            out.push(ItemChange {
                kind: KINDS[k],
                status: ChangeStatus::Removed,
                old: Some(x.kinds[k][i].side.clone()),
                new: None,
                matched_by: None,
                fields: f.out,
            });
        }
    }
    out
}

/// The fields of an item that changed: of a paired item, what differs; of
/// an added (`old` none) or removed (`new` none) one, the values it has
/// besides its text, so that the report shows what an added indicator
/// sets out to measure (its target, baseline and source).
fn fields<'a>(f: &mut Fields<'_, 'a>, old: Option<Data<'a>>, new: Option<Data<'a>>) {
    let lead = |v: In<'_>, l: Option<&crate::model::Responsibility>| l.map(|l| v.responsibility(l));
    let number = |n: Option<u32>| n.map(|n| n.to_string());
    match (old.or(new), old, new) {
        (Some(Data::Priority(_)), p, q) => {
            let (p, q) = (priority(p), priority(q));
            if let (Some(p), Some(q)) = (p, q) {
                f.text("title", &p.title, &q.title);
            }
            f.plain(
                "number",
                p.and_then(|p| number(p.number)),
                q.and_then(|q| number(q.number)),
            );
            f.value(
                "description",
                |v| opt_rich(v, p.and_then(|p| p.description.as_ref())),
                |v| opt_rich(v, q.and_then(|q| q.description.as_ref())),
            );
            f.raw(
                "lead",
                p.map(|p| &p.lead) != q.map(|q| &q.lead),
                |v| lead(v, p.and_then(|p| p.lead.as_ref())),
                |v| lead(v, q.and_then(|q| q.lead.as_ref())),
            );
        }
        (Some(Data::Goal(_)), p, q) => {
            let (p, q) = (goal(p), goal(q));
            if let (Some(p), Some(q)) = (p, q) {
                f.rich("text", &p.text, &q.text);
            }
            f.raw(
                "lead",
                p.map(|p| &p.lead) != q.map(|q| &q.lead),
                |v| lead(v, p.and_then(|p| p.lead.as_ref())),
                |v| lead(v, q.and_then(|q| q.lead.as_ref())),
            );
            f.opt_text(
                "indicators_intro",
                p.and_then(|p| p.indicators_intro.as_ref()),
                q.and_then(|q| q.indicators_intro.as_ref()),
            );
        }
        (Some(Data::Indicator(_)), p, q) => {
            let (p, q) = (indicator(p), indicator(q));
            if let (Some(p), Some(q)) = (p, q) {
                f.rich("text", &p.text, &q.text);
            }
            f.opt_text(
                "target",
                p.and_then(|p| p.target.as_ref()),
                q.and_then(|q| q.target.as_ref()),
            );
            f.value(
                "direction",
                |v| {
                    p.and_then(|p| p.direction)
                        .map(|d| v.locale.direction(d).to_owned())
                },
                |v| {
                    q.and_then(|q| q.direction)
                        .map(|d| v.locale.direction(d).to_owned())
                },
            );
            f.value(
                "baseline",
                |v| p.and_then(|p| wording::baseline(v, p)),
                |v| q.and_then(|q| wording::baseline(v, q)),
            );
            f.opt_text(
                "unit",
                p.and_then(|p| p.unit.as_ref()),
                q.and_then(|q| q.unit.as_ref()),
            );
            let scale = |s: Option<[u32; 2]>| s.map(|[lo, hi]| format!("{lo}–{hi}"));
            f.plain(
                "scale",
                scale(p.and_then(|p| p.scale)),
                scale(q.and_then(|q| q.scale)),
            );
            f.plain(
                "municipalities",
                p.and_then(|p| p.municipalities.as_ref())
                    .map(ToString::to_string),
                q.and_then(|q| q.municipalities.as_ref())
                    .map(ToString::to_string),
            );
            f.raw(
                "among",
                p.map(|p| &p.among) != q.map(|q| &q.among),
                |v| {
                    p.and_then(|p| p.among.as_ref())
                        .map(|x| wording::among(v, x))
                },
                |v| {
                    q.and_then(|q| q.among.as_ref())
                        .map(|x| wording::among(v, x))
                },
            );
            let source = |v: In<'_>, s: Option<&crate::model::DataSource>| {
                s.map(|s| match &s.id {
                    Some(id) => format!("{} ({id})", v.t(&s.name)),
                    None => v.t(&s.name).to_owned(),
                })
            };
            f.value(
                "source",
                |v| source(v, p.and_then(|p| p.source.as_ref())),
                |v| source(v, q.and_then(|q| q.source.as_ref())),
            );
            // What the follow-up records and counts as reached.
            let kind = |v: In<'_>, i: Option<&crate::model::Indicator>| {
                let i = i?;
                i.value_kind
                    .map(|k| v.locale.kind_of_value(k, None, i.scale))
            };
            f.value("value_kind", |v| kind(v, p), |v| kind(v, q));
            let target_value = |v: In<'_>, i: Option<&crate::model::Indicator>| {
                let i = i?;
                i.target_value
                    .map(|x| v.locale.with_unit(x, v.opt(i.unit.as_ref())))
            };
            f.value(
                "target_value",
                |v| target_value(v, p),
                |v| target_value(v, q),
            );
        }
        (Some(Data::Action(_)), p, q) => {
            let (p, q) = (action(p), action(q));
            if let (Some(p), Some(q)) = (p, q) {
                f.rich("text", &p.text, &q.text);
            }
            f.plain(
                "number",
                p.and_then(|p| number(p.number)),
                q.and_then(|q| number(q.number)),
            );
            f.raw(
                "lead",
                p.map(|p| &p.lead) != q.map(|q| &q.lead),
                |v| lead(v, p.and_then(|p| p.lead.as_ref())),
                |v| lead(v, q.and_then(|q| q.lead.as_ref())),
            );
        }
        (None, _, _) => {}
    }
}

fn priority(d: Option<Data<'_>>) -> Option<&Priority> {
    match d {
        Some(Data::Priority(x)) => Some(x),
        _ => None,
    }
}

fn goal(d: Option<Data<'_>>) -> Option<&Goal> {
    match d {
        Some(Data::Goal(x)) => Some(x),
        _ => None,
    }
}

fn indicator(d: Option<Data<'_>>) -> Option<&Indicator> {
    match d {
        Some(Data::Indicator(x)) => Some(x),
        _ => None,
    }
}

fn action(d: Option<Data<'_>>) -> Option<&Action> {
    match d {
        Some(Data::Action(x)) => Some(x),
        _ => None,
    }
}
