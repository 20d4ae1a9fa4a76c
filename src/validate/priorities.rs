//! The priorities and their goals: titles and numbers, what each leads to
//! (goals, indicators), actions only in the full form of Annex 2, and the
//! stable id of every priority, goal, indicator and action, written or
//! generated from its place, each once. The indicators themselves are
//! checked in [`indicators`](super::indicators).
//!
//! Codes: `priority-number-duplicate`, `priority-without-goals`,
//! `goal-without-indicators`, `actions-in-simple-form`, `item-id-malformed`,
//! `item-id-duplicate`, `generated-id-duplicate`.

use std::collections::HashMap;

use crate::diagnostic::{Message, Word};
use crate::ids::{ItemId, ItemKind};
use crate::model::{Goal, GoalsForm};
use crate::path::FieldPath;

use super::{Checker, GoalIds, Item, ItemIds, root};

impl<'a> Checker<'a> {
    /// Every priority with its goals, and the id of each item.
    pub(super) fn priorities(&mut self) -> ItemIds {
        let a = self.a;
        let mut numbers: HashMap<u32, usize> = HashMap::new();
        let mut ids = ItemIds::default();
        let mut taken: HashMap<ItemId, FieldPath> = HashMap::new();
        for (i, p) in a.priorities.iter().enumerate() {
            let path = root().key("priorities").index(i);
            self.required(path.key("title"), &p.title, Word::PriorityTitle);
            let number = p.number.unwrap_or(u32::try_from(i + 1).unwrap_or(u32::MAX));
            if let Some(n) = p.number
                && let Some(first) = numbers.insert(n, i)
            {
                self.error(
                    path.key("number"),
                    Message::PriorityNumberDuplicate { number: n, first },
                );
            }
            let pid = self.item_id(
                &mut ids,
                &mut taken,
                ItemKind::Priority,
                &path,
                p.id.as_ref(),
                || format!("p{number}"),
            );
            let pid_text = ids.items[pid].id.as_str().to_owned();
            let mut goals = Vec::new();
            if let Some(d) = &p.description {
                self.rich(path.key("description"), d, true);
            }
            if let Some(lead) = &p.lead {
                self.responsibility(path.key("lead"), lead);
            }
            if p.goals.is_empty() {
                self.error(
                    path.key("goals"),
                    Message::PriorityWithoutGoals {
                        priority: p.title.to_string(),
                    },
                );
            }
            for (g, goal) in p.goals.iter().enumerate() {
                let gpath = path.key("goals").index(g);
                let goal_ids = self.goal(&mut ids, &mut taken, &gpath, goal, || {
                    format!("{pid_text}.g{}", g + 1)
                });
                goals.push(goal_ids);
            }
            ids.priorities.push((pid, goals));
        }
        ids
    }

    /// A goal with its indicators and actions, and their ids.
    fn goal(
        &mut self,
        ids: &mut ItemIds,
        taken: &mut HashMap<ItemId, FieldPath>,
        gpath: &FieldPath,
        goal: &Goal,
        generate: impl FnOnce() -> String,
    ) -> GoalIds {
        let a = self.a;
        let gid = self.item_id(
            ids,
            taken,
            ItemKind::Goal,
            gpath,
            goal.id.as_ref(),
            generate,
        );
        let gid_text = ids.items[gid].id.as_str().to_owned();
        self.rich(gpath.key("text"), &goal.text, true);
        if let Some(lead) = &goal.lead {
            self.responsibility(gpath.key("lead"), lead);
        }
        self.optional(
            gpath.key("indicators_intro"),
            goal.indicators_intro.as_ref(),
            Word::IndicatorsIntro,
        );
        if goal.indicators.is_empty() {
            self.error(gpath.key("indicators"), Message::GoalWithoutIndicators {});
        }
        let mut goal_ids = GoalIds {
            id: gid,
            indicators: Vec::new(),
            actions: Vec::new(),
        };
        for (k, ind) in goal.indicators.iter().enumerate() {
            let ipath = gpath.key("indicators").index(k);
            goal_ids.indicators.push(self.item_id(
                ids,
                taken,
                ItemKind::Indicator,
                &ipath,
                ind.id.as_ref(),
                || format!("{gid_text}.i{}", k + 1),
            ));
            self.indicator(&ipath, ind);
        }
        if !goal.actions.is_empty() && a.annexes.goals_form == GoalsForm::Simple {
            self.error(gpath.key("actions"), Message::ActionsInSimpleForm {});
        }
        for (k, action) in goal.actions.iter().enumerate() {
            let apath = gpath.key("actions").index(k);
            goal_ids.actions.push(self.item_id(
                ids,
                taken,
                ItemKind::Action,
                &apath,
                action.id.as_ref(),
                || format!("{gid_text}.a{}", k + 1),
            ));
            self.rich(apath.key("text"), &action.text, true);
            if let Some(lead) = &action.lead {
                self.responsibility(apath.key("lead"), lead);
            }
        }
        goal_ids
    }

    /// Records an item's id, written or generated, and reports a clash.
    fn item_id(
        &mut self,
        ids: &mut ItemIds,
        taken: &mut HashMap<ItemId, FieldPath>,
        kind: ItemKind,
        path: &FieldPath,
        written: Option<&ItemId>,
        generate: impl FnOnce() -> String,
    ) -> usize {
        let (id, generated) = match written {
            Some(id) => {
                if !id.is_well_formed() {
                    self.error(
                        path.key("id"),
                        Message::ItemIdMalformed { id: id.to_string() },
                    );
                }
                (id.clone(), false)
            }
            None => (ItemId::from(generate()), true),
        };
        if let Some(first) = taken.get(&id) {
            let (id, first) = (id.to_string(), first.to_string());
            if generated {
                self.error(path.clone(), Message::GeneratedIdDuplicate { id, first });
            } else {
                self.error(path.key("id"), Message::ItemIdDuplicate { id, first });
            }
        } else {
            taken.insert(id.clone(), path.clone());
        }
        ids.items.push(Item {
            kind,
            id,
            generated,
            path: path.clone(),
        });
        ids.items.len() - 1
    }
}
