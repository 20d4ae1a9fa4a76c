//! The structure: the tiers (or columns) of the figure, each with a level
//! of its own and without gaps from 1, what each shows, and the caption and
//! level names, which print only where a section inserts the figure.
//!
//! Codes: `shown-only-in-figure`, `tier-level-duplicate`,
//! `tier-contents-empty`, `tier-content-twice`, `tier-areas-none`,
//! `tier-gap`; a figure of chosen tiers and bodies: `figure-nothing-chosen`,
//! `figure-tier-unknown`, `figure-without-structure` (and `unknown-forum`
//! from [`refs`](super::refs)).

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Message, Word};
use crate::model::{Figure, Insert, Tier, TierContent};
use crate::path::FieldPath;

use super::{Checker, root};

impl<'a> Checker<'a> {
    /// The caption and every tier. Gives the tier of each level, for the
    /// bodies that sit on them.
    pub(super) fn tiers(&mut self) -> BTreeMap<u32, usize> {
        let a = self.a;
        self.optional(
            root().key("structure").key("caption"),
            a.structure.caption.as_ref(),
            Word::Caption,
        );
        // The caption and the tiers' level names print only in the figure.
        let figure = self.inserts.contains_key(&Insert::StructureFigure);
        if a.structure.caption.is_some() && !figure {
            self.warning(
                root().key("structure").key("caption"),
                Message::ShownOnlyInFigure {
                    what: Word::Caption,
                },
            );
        }
        let mut levels: BTreeMap<u32, usize> = BTreeMap::new();
        for (i, t) in a.tiers.iter().enumerate() {
            let path = root().key("tiers").index(i);
            if t.level_name.is_some() && !figure {
                self.warning(
                    path.key("level_name"),
                    Message::ShownOnlyInFigure {
                        what: Word::LevelName,
                    },
                );
            }
            if let Some(first) = levels.insert(t.level, i) {
                self.error(
                    path.key("level"),
                    Message::TierLevelDuplicate {
                        level: t.level,
                        first,
                    },
                );
            }
            self.tier(&path, t);
        }
        for (expected, (&level, &i)) in (1u32..).zip(levels.iter()) {
            if level != expected {
                self.error(
                    root().key("tiers").index(i).key("level"),
                    Message::TierGap { expected, level },
                );
                break;
            }
        }
        levels
    }

    /// A tier's names, what it shows (something, each kind once, interface
    /// areas only when there are some) and its text.
    fn tier(&mut self, path: &FieldPath, t: &Tier) {
        let a = self.a;
        self.required(path.key("name"), &t.name, Word::TierName);
        self.optional(
            path.key("level_name"),
            t.level_name.as_ref(),
            Word::LevelName,
        );
        if t.contents.is_empty() {
            self.error(path.key("contents"), Message::TierContentsEmpty {});
        }
        let mut shown = BTreeSet::new();
        for (k, c) in t.contents.iter().enumerate() {
            if !shown.insert(format!("{c:?}")) {
                self.error(path.key("contents").index(k), Message::TierContentTwice {});
            }
            if *c == TierContent::InterfaceAreas && a.interface_areas.is_empty() {
                self.error(path.key("contents").index(k), Message::TierAreasNone {});
            }
        }
        self.prose(&path.key("blocks"), &t.blocks);
    }

    /// A figure of chosen tiers and bodies: something to draw, every tier
    /// and body it names defined, its caption.
    pub(super) fn figure(&mut self, path: FieldPath, f: &Figure) {
        let a = self.a;
        if f.tiers.is_empty() && f.bodies.is_empty() {
            self.error(path.clone(), Message::FigureNothingChosen {});
        }
        if !f.tiers.is_empty() && a.tiers.is_empty() {
            self.error(path.key("tiers"), Message::FigureWithoutStructure {});
        } else {
            let mut known: Vec<u32> = a.tiers.iter().map(|t| t.level).collect();
            known.sort_unstable();
            let known = known
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            for (k, level) in f.tiers.iter().enumerate() {
                if !a.tiers.iter().any(|t| t.level == *level) {
                    let message = Message::FigureTierUnknown {
                        tier: *level,
                        known: known.clone(),
                    };
                    self.error(path.key("tiers").index(k), message);
                }
            }
        }
        for (k, id) in f.bodies.iter().enumerate() {
            if a.forum(id).is_none() {
                let message = self.unknown_forum(id.as_str());
                self.error(path.key("bodies").index(k), message);
            }
        }
        self.optional(path.key("caption"), f.caption.as_ref(), Word::Caption);
    }
}
