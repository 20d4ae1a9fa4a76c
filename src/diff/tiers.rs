//! Tiers of the structure paired by level and compared field by field.

use crate::locale::Version as In;
use crate::model::Field;
use crate::path::FieldPath;

use super::sections::prose;
use super::{Change, ChangeStatus, Cx, Side};

pub(super) fn tiers(cx: &Cx<'_>) -> Vec<Change> {
    let (a, b) = (cx.a, cx.b);
    let side = |v: In<'_>, i: usize| {
        let t = &v.agreement.tiers[i];
        Side {
            id: Some(t.level.to_string()),
            path: FieldPath::root().key(Field::Tiers).index(i),
            name: format!("{}) {}", t.level, v.t(&t.name)),
        }
    };
    let mut out = Vec::new();
    let mut levels: Vec<u32> = a.tiers.iter().chain(&b.tiers).map(|t| t.level).collect();
    levels.sort_unstable();
    levels.dedup();
    for level in levels {
        let i = a.tiers.iter().position(|t| t.level == level);
        let j = b.tiers.iter().position(|t| t.level == level);
        match (i, j) {
            (Some(i), Some(j)) => {
                let (p, q) = (&a.tiers[i], &b.tiers[j]);
                let mut f = cx.fields();
                f.text("name", &p.name, &q.name);
                f.opt_text("level_name", p.level_name.as_ref(), q.level_name.as_ref());
                f.value(
                    "contents",
                    |v| Some(v.locale.tier_contents(&p.contents)),
                    |v| Some(v.locale.tier_contents(&q.contents)),
                );
                f.value("blocks", |v| prose(v, &p.blocks), |v| prose(v, &q.blocks));
                if !f.out.is_empty() {
                    out.push(Change {
                        status: ChangeStatus::Kept,
                        old: Some(side(cx.older(), i)),
                        new: Some(side(cx.newer(), j)),
                        fields: f.out,
                    });
                }
            }
            (None, Some(j)) => out.push(Change::added(side(cx.newer(), j))),
            (Some(i), None) => out.push(Change::removed(side(cx.older(), i))),
            (None, None) => {}
        }
    }
    out
}
