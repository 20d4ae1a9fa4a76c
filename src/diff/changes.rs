//! [`Changes`] and its parts: the stable, versioned JSON of `sopimus diff`,
//! and the counts of its summary.

use serde::Serialize;

use crate::ids::Date;
use crate::ids::ItemKind;
use crate::language::Language;
use crate::locale::Version as In;
use crate::path::FieldPath;

use super::{MatchedBy, WordOp};

/// The version of the JSON shape of [`Changes`]: raised when a field is
/// renamed, removed or changes meaning (a new field does not raise it).
pub const SCHEMA_VERSION: u32 = 1;

/// Everything that changed between two versions of an agreement.
///
/// Serialised with serde, this is the stable JSON of `sopimus diff
/// --format json`, described field by field in `README.md`. `items` lists
/// every item of both versions (the unchanged ones too, so that it maps
/// old ids to new ones); the other lists hold changes only.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Changes {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The language of the report's words and of the names and texts that
    /// identify entries: the new version's first language that the old
    /// version has too.
    pub language: Language,
    /// The language versions compared: those both versions are written in,
    /// in the new version's order.
    pub languages: Vec<Language>,
    /// The version compared from.
    pub old: Version,
    /// The version compared to.
    pub new: Version,
    /// Counts of the changes, by area.
    pub summary: Summary,
    /// Title, kind, version label, status, date, languages.
    pub meta: Vec<FieldChange>,
    /// Parties added, removed, out of their old order (moved) or changed.
    pub parties: Vec<Change>,
    /// Bodies (forums, working groups, networks …) added, removed, moved
    /// (to another tier or out of their old order) or changed.
    pub bodies: Vec<Change>,
    /// Tiers of the structure added, removed or changed.
    pub tiers: Vec<Change>,
    /// Every priority, goal, indicator and action of either version.
    pub items: Vec<ItemChange>,
    /// Follow-up, validity, termination and signing.
    pub rules: Vec<FieldChange>,
    /// Prose sections added, removed, moved or reworded.
    pub sections: Vec<Change>,
    /// Everything else: the legal basis, footnotes, interface areas, joint
    /// meetings, representatives, annexes, the structure figure.
    pub other: Vec<FieldChange>,
}

/// One of the two versions compared.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Version {
    /// The title.
    pub title: String,
    /// The version label, e.g. `Versio 10.4.2026`.
    pub version: Option<String>,
    /// Draft or final.
    pub status: crate::model::DocumentStatus,
    /// The agreement's date.
    pub date: Date,
    /// One line naming the version in words, e.g. `Versio 10.4.2026,
    /// luonnos` (the date left out when the version label gives it).
    pub label: String,
}

/// What happened to an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeStatus {
    /// In both versions, in the same place (its `fields` say what changed,
    /// if anything).
    Kept,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In both versions, in another place: another tier, another parent, or
    /// out of its old order.
    Moved,
}

/// How many entries of one kind were added, removed, moved, changed and kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Counts {
    /// Only in the new version.
    pub added: usize,
    /// Only in the old version.
    pub removed: usize,
    /// Paired, in another place.
    pub moved: usize,
    /// Paired and changed (moved ones included).
    pub changed: usize,
    /// Paired, in the same place (changed or not).
    pub kept: usize,
}

impl Counts {
    /// Whether nothing was added, removed, moved or changed.
    pub fn is_empty(&self) -> bool {
        self.added == 0 && self.removed == 0 && self.moved == 0 && self.changed == 0
    }
}

/// Counts by area. For parties, bodies, tiers and sections `kept` counts
/// the changed ones only (unchanged ones are not listed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Summary {
    /// Metadata fields changed.
    pub meta: usize,
    /// Parties.
    pub parties: Counts,
    /// Bodies.
    pub bodies: Counts,
    /// Tiers.
    pub tiers: Counts,
    /// Priorities.
    pub priorities: Counts,
    /// Goals.
    pub goals: Counts,
    /// Indicators.
    pub indicators: Counts,
    /// Actions.
    pub actions: Counts,
    /// Rules changed.
    pub rules: usize,
    /// Prose sections.
    pub sections: Counts,
    /// Other changes.
    pub other: usize,
}

/// A party, body, tier or section that changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Change {
    /// Added, removed, moved or kept (with changes).
    pub status: ChangeStatus,
    /// The entry in the old version.
    pub old: Option<Side>,
    /// The entry in the new version.
    pub new: Option<Side>,
    /// What changed in it; for an added or removed entry, empty.
    pub fields: Vec<FieldChange>,
}

impl Change {
    /// An entry only the new version has.
    pub(super) fn added(new: Side) -> Change {
        Change {
            status: ChangeStatus::Added,
            old: None,
            new: Some(new),
            fields: Vec::new(),
        }
    }

    /// An entry only the old version has.
    pub(super) fn removed(old: Side) -> Change {
        Change {
            status: ChangeStatus::Removed,
            old: Some(old),
            new: None,
            fields: Vec::new(),
        }
    }
}

/// An entry in one version.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Side {
    /// Its id: a party's or body's id, a tier's level; none for sections.
    pub id: Option<String>,
    /// Where it is in that version's input, e.g. `forums[3]`.
    pub path: FieldPath,
    /// Its name in words (a section's heading, a tier's "1) name").
    pub name: String,
}

/// A priority, goal, indicator or action, and what happened to it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ItemChange {
    /// What it is.
    pub kind: ItemKind,
    /// Kept, added, removed or moved.
    pub status: ChangeStatus,
    /// The item in the old version.
    pub old: Option<ItemSide>,
    /// The item in the new version.
    pub new: Option<ItemSide>,
    /// How it was paired; none for an added or removed item.
    pub matched_by: Option<MatchedBy>,
    /// What changed in it (for a moved item, `place` first).
    pub fields: Vec<FieldChange>,
}

/// An item in one version.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ItemSide {
    /// Its id: written in the file, or generated from its place.
    pub id: String,
    /// Whether the id was generated (see `sopimus ids`).
    pub generated: bool,
    /// Where it is in the input, e.g. `priorities[1].goals[0]`.
    pub path: FieldPath,
    /// Its place in words, e.g. `painopiste 2, tavoite 1`.
    pub place: String,
    /// The id of the priority or goal it belongs to.
    pub parent: Option<String>,
    /// Its text without markup (a priority's title).
    pub text: String,
}

/// One field whose value changed, with both values in words.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FieldChange {
    /// Which field, e.g. `name`, `termination.notice_months`.
    pub field: String,
    /// The field in words, e.g. `irtisanomisaika`.
    pub label: String,
    /// The language version the values are in, when several are compared
    /// and the values are worded per language: a text changed in the
    /// Swedish version only is one change with `sv`. `None` when one
    /// language is compared, or when a value (a date, a number, a choice)
    /// changed alike in every language: it is then given once, in
    /// [`Changes::language`].
    pub language: Option<Language>,
    /// The old value in words; none when it was not given.
    pub old: Option<String>,
    /// The new value in words; none when it is not given any more.
    pub new: Option<String>,
    /// For text of four words or more in both versions: the word-level
    /// diff. Empty otherwise.
    pub words: Vec<WordOp>,
}

impl Changes {
    /// Whether the two versions say the same: nothing added, removed,
    /// moved or changed anywhere.
    pub fn is_empty(&self) -> bool {
        self.meta.is_empty()
            && self.parties.is_empty()
            && self.bodies.is_empty()
            && self.tiers.is_empty()
            && self
                .items
                .iter()
                .all(|i| i.status == ChangeStatus::Kept && i.fields.is_empty())
            && self.rules.is_empty()
            && self.sections.is_empty()
            && self.other.is_empty()
    }

    /// The changes as the JSON of `sopimus diff --format json`.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("changes serialise")
    }
}

/// A version in words, in the language of `v`.
pub(crate) fn version(v: In<'_>) -> Version {
    let m = &v.agreement.meta;
    let l = v.locale;
    let mut label = Vec::new();
    if let Some(version) = &m.version {
        label.push(v.t(version).to_owned());
    }
    // "Versio 10.4.2026" already gives the date: not twice.
    let date = l.date(m.date);
    if !label.iter().any(|v| v.contains(&date)) {
        label.push(date);
    }
    label.push(l.agreement_status(m.status).to_owned());
    Version {
        title: v.t(&m.title).to_owned(),
        version: v.opt(m.version.as_ref()).map(str::to_owned),
        status: m.status,
        date: m.date,
        label: label.join(", "),
    }
}

fn count(list: &[Change]) -> Counts {
    let mut c = Counts::default();
    for change in list {
        match change.status {
            ChangeStatus::Added => c.added += 1,
            ChangeStatus::Removed => c.removed += 1,
            ChangeStatus::Moved => c.moved += 1,
            ChangeStatus::Kept => c.kept += 1,
        }
        if matches!(change.status, ChangeStatus::Kept | ChangeStatus::Moved)
            && !change.fields.is_empty()
        {
            c.changed += 1;
        }
    }
    c
}

pub(super) fn summary(changes: &Changes) -> Summary {
    let items = |kind: ItemKind| {
        let mut c = Counts::default();
        for item in changes.items.iter().filter(|i| i.kind == kind) {
            match item.status {
                ChangeStatus::Added => c.added += 1,
                ChangeStatus::Removed => c.removed += 1,
                ChangeStatus::Moved => c.moved += 1,
                ChangeStatus::Kept => c.kept += 1,
            }
            let own = item.fields.iter().any(|f| f.field != "place");
            if matches!(item.status, ChangeStatus::Kept | ChangeStatus::Moved) && own {
                c.changed += 1;
            }
        }
        c
    };
    Summary {
        meta: changes.meta.len(),
        parties: count(&changes.parties),
        bodies: count(&changes.bodies),
        tiers: count(&changes.tiers),
        priorities: items(ItemKind::Priority),
        goals: items(ItemKind::Goal),
        indicators: items(ItemKind::Indicator),
        actions: items(ItemKind::Action),
        rules: changes.rules.len(),
        sections: count(&changes.sections),
        other: changes.other.len(),
    }
}
