//! What changed between two versions of an agreement, by meaning, not by
//! line.
//!
//! [`diff`] compares two validated agreements and returns [`Changes`]: the
//! metadata, parties (matched by business ID), bodies, tiers, the
//! priorities with their goals, indicators and actions (matched by their
//! ids, or by similarity where ids are generated), the rules (follow-up,
//! validity, termination, signing), the prose sections and the rest. Every
//! value is given in words, as the documents word it, and reworded text as
//! a word-level diff.
//!
//! ```
//! use sopimus::{ValidateOptions, validate};
//!
//! let old = validate(sopimus::load("examples/kanta-hame-2023.toml")?.agreement, &ValidateOptions::default())?;
//! let new = validate(sopimus::load("examples/kanta-hame-2026.toml")?.agreement, &ValidateOptions::default())?;
//! let changes = sopimus::diff(&old, &new);
//! assert!(!changes.is_empty());
//! assert!(sopimus::diff(&new, &new).is_empty());
//! // The JSON shape is stable and versioned (see `Changes`).
//! let json = serde_json::to_value(&changes)?;
//! assert_eq!(json["schema_version"], sopimus::diff::SCHEMA_VERSION);
//! // The text form, one line per change.
//! println!("{changes}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## How entries are paired
//!
//! - **Parties** by business ID; then by party id (a changed business ID);
//!   then by the same name.
//! - **Bodies** by id; then by the same name; then by similar names.
//! - **Tiers** by level; **sections** by heading, then by similar heading
//!   or text.
//! - **Items** (priorities, goals, indicators, actions), kind by kind from
//!   the priorities down: by id where the id is *written* in both files;
//!   two different written ids never pair. The rest by identical text,
//!   then by similar text: the Dice coefficient of the two texts' word sets
//!   (twice the words they share over all their words, case ignored) at
//!   least [`THRESHOLD`], best first. A priority compares its title and
//!   description, or its goals' texts, whichever is closer. Ties go to the
//!   pair whose parents are paired, then to the same place (the same
//!   generated id), then to the nearest in document order.
//!
//! A paired item is **moved** when its parent is not its old parent's
//! counterpart (a goal under another priority), or when it left the order
//! of its siblings (those outside the longest run kept in order);
//! otherwise it is **kept**, with or without changes. Every item of either
//! version appears exactly once in [`Changes::items`].

use serde::Serialize;

use crate::ids::Date;
use crate::model::{Agreement, Block, ProseBlock};
use crate::validate::{ItemKind, ValidatedAgreement};

mod matching;
pub(crate) mod text;
pub(crate) mod wording;
mod words;

pub use matching::{MatchedBy, PAIR_BUDGET, THRESHOLD, WINDOW};
pub use words::{MAX_WORDS, WordOp, WordOpKind, word_diff};

use matching::{Candidate, Rules};
use words::{Vocabulary, normalised};

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
pub struct Changes {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The version compared from.
    pub old: Version,
    /// The version compared to.
    pub new: Version,
    /// Counts of the changes, by area.
    pub summary: Summary,
    /// Title, kind, version label, status, date.
    pub meta: Vec<FieldChange>,
    /// Parties added, removed or changed.
    pub parties: Vec<Change>,
    /// Bodies (forums, working groups, networks …) added, removed, moved
    /// between tiers or changed.
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
pub struct Version {
    /// The title.
    pub title: String,
    /// The version label, e.g. `Versio 10.4.2026`.
    pub version: Option<String>,
    /// Draft or final.
    pub status: crate::model::Status,
    /// The agreement's date.
    pub date: Date,
    /// One line naming the version in words, e.g. `Versio 10.4.2026,
    /// 10.4.2026, luonnos`.
    pub label: String,
}

/// What happened to an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
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

/// The parts of the report, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Area {
    Meta,
    Parties,
    Bodies,
    Tiers,
    Priorities,
    Goals,
    Indicators,
    Actions,
    Rules,
    Sections,
    Other,
}

/// How many entries of one kind were added, removed, moved, changed and kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
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
pub struct Change {
    /// Added, removed, moved or kept (with changes).
    pub status: Status,
    /// The entry in the old version.
    pub old: Option<Side>,
    /// The entry in the new version.
    pub new: Option<Side>,
    /// What changed in it; for an added or removed entry, empty.
    pub fields: Vec<FieldChange>,
}

/// An entry in one version.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Side {
    /// Its id: a party's or body's id, a tier's level; none for sections.
    pub id: Option<String>,
    /// Where it is in that version's input, e.g. `forums[3]`.
    pub path: String,
    /// Its name in words (a section's heading, a tier's "1) name").
    pub name: String,
}

/// A priority, goal, indicator or action, and what happened to it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemChange {
    /// What it is.
    pub kind: ItemKind,
    /// Kept, added, removed or moved.
    pub status: Status,
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
pub struct ItemSide {
    /// Its id: written in the file, or generated from its place.
    pub id: String,
    /// Whether the id was generated (see `sopimus ids`).
    pub generated: bool,
    /// Where it is in the input, e.g. `priorities[1].goals[0]`.
    pub path: String,
    /// Its place in words, e.g. `painopiste 2, tavoite 1`.
    pub place: String,
    /// The id of the priority or goal it belongs to.
    pub parent: Option<String>,
    /// Its text without markup (a priority's title).
    pub text: String,
}

/// One field whose value changed, with both values in words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldChange {
    /// Which field, e.g. `name`, `termination.notice_months`.
    pub field: String,
    /// The field in words, e.g. `irtisanomisaika`.
    pub label: String,
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
                .all(|i| i.status == Status::Kept && i.fields.is_empty())
            && self.rules.is_empty()
            && self.sections.is_empty()
            && self.other.is_empty()
    }

    /// The changes as the JSON of `sopimus diff --format json`.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("changes serialise")
    }
}

/// Compares two validated versions of an agreement; see the [module
/// docs](self) for how entries are paired. Never fails: any two valid
/// agreements compare.
pub fn diff(old: &ValidatedAgreement, new: &ValidatedAgreement) -> Changes {
    let (a, b) = (old.agreement(), new.agreement());
    let mut vocabulary = Vocabulary::default();
    let meta = meta(a, b);
    let parties = parties(old, new);
    let bodies = bodies(a, b, &mut vocabulary);
    let tiers = tiers(a, b);
    let items = items::compare(old, new, &mut vocabulary);
    let rules = rules(a, b);
    let sections = sections(a, b, &mut vocabulary);
    let other = other(a, b);
    let mut changes = Changes {
        schema_version: SCHEMA_VERSION,
        old: version(a),
        new: version(b),
        summary: Summary::default(),
        meta,
        parties,
        bodies,
        tiers,
        items,
        rules,
        sections,
        other,
    };
    changes.summary = summary(&changes);
    changes
}

fn version(a: &Agreement) -> Version {
    let mut label = Vec::new();
    if let Some(v) = &a.meta.version {
        label.push(v.to_string());
    }
    label.push(a.meta.date.finnish());
    label.push(wording::agreement_status(a.meta.status));
    Version {
        title: a.meta.title.to_string(),
        version: a.meta.version.as_ref().map(ToString::to_string),
        status: a.meta.status,
        date: a.meta.date,
        label: label.join(", "),
    }
}

fn count(list: &[Change]) -> Counts {
    let mut c = Counts::default();
    for change in list {
        match change.status {
            Status::Added => c.added += 1,
            Status::Removed => c.removed += 1,
            Status::Moved => c.moved += 1,
            Status::Kept => c.kept += 1,
        }
        if matches!(change.status, Status::Kept | Status::Moved) && !change.fields.is_empty() {
            c.changed += 1;
        }
    }
    c
}

fn summary(changes: &Changes) -> Summary {
    let items = |kind: ItemKind| {
        let mut c = Counts::default();
        for item in changes.items.iter().filter(|i| i.kind == kind) {
            match item.status {
                Status::Added => c.added += 1,
                Status::Removed => c.removed += 1,
                Status::Moved => c.moved += 1,
                Status::Kept => c.kept += 1,
            }
            let own = item.fields.iter().any(|f| f.field != "place");
            if matches!(item.status, Status::Kept | Status::Moved) && own {
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

/// Fields whose values are compared whole, never word by word: a place, a
/// tier, a date, a number or a choice in words.
const VALUES: &[&str] = &[
    "place",
    "tier",
    "kind",
    "status",
    "date",
    "version",
    "business_id",
    "municipality_code",
    "signatory",
    "approval",
    "signed_on",
    "frequency",
    "convener",
    "officers",
    "term",
    "direction",
    "baseline",
    "scale",
    "municipalities",
    "follow_up.rounds",
    "validity.until",
    "validity.review.deadline",
    "termination.notice_months",
    "signing.mode",
    "signing.counterparts",
    "structure.layout",
    "annexes.goals_form",
];

/// Collects the fields that changed.
#[derive(Default)]
struct Fields(Vec<FieldChange>);

impl Fields {
    /// A field whose words are compared.
    fn value(&mut self, key: &str, old: Option<String>, new: Option<String>) {
        self.raw(key, true, old, new);
    }

    /// A field that changed when `changed` (its data differ) and its words
    /// differ too: a renamed party does not change every body it convenes.
    fn raw(&mut self, key: &str, changed: bool, old: Option<String>, new: Option<String>) {
        if !changed || old == new {
            return;
        }
        let prose = !VALUES.contains(&key);
        let words = match (&old, &new) {
            (Some(o), Some(n))
                if prose
                    && o.split_whitespace()
                        .count()
                        .max(n.split_whitespace().count())
                        >= 4 =>
            {
                word_diff(o, n)
            }
            _ => Vec::new(),
        };
        self.0.push(FieldChange {
            field: key.to_owned(),
            label: wording::label(key).to_owned(),
            old,
            new,
            words,
        });
    }
}

fn text<T: ToString>(value: &Option<T>) -> Option<String> {
    value.as_ref().map(ToString::to_string)
}

fn meta(a: &Agreement, b: &Agreement) -> Vec<FieldChange> {
    let (m, n) = (&a.meta, &b.meta);
    let mut f = Fields::default();
    f.value(
        "kind",
        Some(wording::agreement_kind(m.kind)),
        Some(wording::agreement_kind(n.kind)),
    );
    f.value(
        "title",
        Some(m.title.to_string()),
        Some(n.title.to_string()),
    );
    f.value("short_title", text(&m.short_title), text(&n.short_title));
    f.value("version", text(&m.version), text(&n.version));
    f.value(
        "status",
        Some(wording::agreement_status(m.status)),
        Some(wording::agreement_status(n.status)),
    );
    f.value("date", Some(m.date.finnish()), Some(n.date.finnish()));
    f.raw(
        "language",
        m.language != n.language,
        Some(format!("{:?}", m.language).to_lowercase()),
        Some(format!("{:?}", n.language).to_lowercase()),
    );
    f.0
}

fn parties(old: &ValidatedAgreement, new: &ValidatedAgreement) -> Vec<Change> {
    let (a, b) = (old.agreement(), new.agreement());
    let mut paired: Vec<(usize, usize)> = Vec::new();
    let mut new_taken = vec![false; b.parties.len()];
    let mut old_taken = vec![false; a.parties.len()];
    // By business ID, then by party id, then by name.
    let keys: [&dyn Fn(&ValidatedAgreement, usize) -> String; 3] = [
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
        for i in 0..a.parties.len() {
            if old_taken[i] {
                continue;
            }
            if let Some(&j) = index.get(&key(old, i))
                && !new_taken[j]
            {
                old_taken[i] = true;
                new_taken[j] = true;
                paired.push((i, j));
            }
        }
    }
    let side = |a: &Agreement, i: usize| Side {
        id: Some(a.parties[i].id.to_string()),
        path: format!("parties[{i}]"),
        name: a.parties[i].name.to_string(),
    };
    let mut out = Vec::new();
    paired.sort_by_key(|&(_, j)| j);
    let mut removed: Vec<usize> = (0..a.parties.len()).filter(|&i| !old_taken[i]).collect();
    removed.sort_unstable();
    for (i, j) in paired {
        let (p, q) = (&a.parties[i], &b.parties[j]);
        let mut f = Fields::default();
        f.value("name", Some(p.name.to_string()), Some(q.name.to_string()));
        f.value("short_name", text(&p.short_name), text(&q.short_name));
        f.value(
            "kind",
            Some(wording::party_kind(p.kind)),
            Some(wording::party_kind(q.kind)),
        );
        f.value(
            "business_id",
            old.business_ids().get(i).map(ToString::to_string),
            new.business_ids().get(j).map(ToString::to_string),
        );
        f.value(
            "municipality_code",
            text(&p.municipality_code),
            text(&q.municipality_code),
        );
        f.value("address", text(&p.address), text(&q.address));
        let signatory = |s: &Option<crate::model::Signatory>| {
            s.as_ref().map(|s| format!("{}, {}", s.name, s.title))
        };
        f.value(
            "signatory",
            signatory(&p.signatory),
            signatory(&q.signatory),
        );
        let approval = |x: &Option<crate::model::Approval>| {
            x.as_ref().map(|x| {
                let mut t = format!("{} {}", x.body, x.date.finnish());
                if let Some(s) = &x.section {
                    t.push_str(&format!(" § {s}"));
                }
                t
            })
        };
        f.value("approval", approval(&p.approval), approval(&q.approval));
        f.value(
            "signed_on",
            p.signed_on.map(|d| d.finnish()),
            q.signed_on.map(|d| d.finnish()),
        );
        if !f.0.is_empty() {
            out.push(Change {
                status: Status::Kept,
                old: Some(side(a, i)),
                new: Some(side(b, j)),
                fields: f.0,
            });
        }
    }
    for j in (0..b.parties.len()).filter(|&j| !new_taken[j]) {
        out.push(Change {
            status: Status::Added,
            old: None,
            new: Some(side(b, j)),
            fields: Vec::new(),
        });
    }
    for i in removed {
        out.push(Change {
            status: Status::Removed,
            old: Some(side(a, i)),
            new: None,
            fields: Vec::new(),
        });
    }
    out
}

fn bodies(a: &Agreement, b: &Agreement, v: &mut Vocabulary) -> Vec<Change> {
    let candidates = |x: &Agreement, v: &mut Vocabulary| -> Vec<Candidate> {
        x.forums
            .iter()
            .map(|f| Candidate {
                written: Some(f.id.to_string()),
                place: f.id.to_string(),
                norm: normalised(&f.name.to_string()),
                tokens: v.tokens(&f.name.to_string()),
                extra: Vec::new(),
                parent: None,
            })
            .collect()
    };
    let old = candidates(a, v);
    let new = candidates(b, v);
    let pairs = matching::pair(
        &old,
        &new,
        &[],
        Rules {
            across_written_ids: true,
        },
    );
    let side = |x: &Agreement, i: usize| Side {
        id: Some(x.forums[i].id.to_string()),
        path: format!("forums[{i}]"),
        name: x.forums[i].name.to_string(),
    };
    let mut out = Vec::new();
    let mut old_taken = vec![false; a.forums.len()];
    let mut new_taken = vec![false; b.forums.len()];
    for &(i, j, _) in &pairs {
        old_taken[i] = true;
        new_taken[j] = true;
        let (p, q) = (&a.forums[i], &b.forums[j]);
        let mut f = Fields::default();
        let moved = p.tier != q.tier;
        f.raw(
            "tier",
            moved,
            Some(wording::tier_span(a, p.tier)),
            Some(wording::tier_span(b, q.tier)),
        );
        f.value("name", Some(p.name.to_string()), Some(q.name.to_string()));
        f.value("short_name", text(&p.short_name), text(&q.short_name));
        f.value(
            "kind",
            Some(crate::finnish::forum_kind(p.kind).to_owned()),
            Some(crate::finnish::forum_kind(q.kind).to_owned()),
        );
        f.raw(
            "per_municipality",
            p.per_municipality != q.per_municipality || p.municipalities != q.municipalities,
            wording::per_municipality(a, p),
            wording::per_municipality(b, q),
        );
        let convener = |x: &Agreement, c: &Option<crate::model::Convener>| {
            c.as_ref()
                .map(|c| crate::finnish::convener(c, |id| wording::party_name(x, id)))
        };
        f.raw(
            "convener",
            p.convener != q.convener,
            convener(a, &p.convener),
            convener(b, &q.convener),
        );
        f.raw(
            "appointed_by",
            p.appointed_by != q.appointed_by,
            p.appointed_by
                .as_ref()
                .map(|r| crate::finnish::body_name(a, r)),
            q.appointed_by
                .as_ref()
                .map(|r| crate::finnish::body_name(b, r)),
        );
        let members = |x: &Agreement, f: &crate::model::Forum| {
            (!f.members.is_empty()).then(|| {
                f.members
                    .iter()
                    .map(|m| crate::finnish::member(x, m))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        };
        f.raw(
            "members",
            p.members != q.members,
            members(a, p),
            members(b, q),
        );
        f.value(
            "frequency",
            p.frequency.as_ref().map(wording::frequency),
            q.frequency.as_ref().map(wording::frequency),
        );
        f.value("composition", text(&p.composition), text(&q.composition));
        f.value("serves", text(&p.serves), text(&q.serves));
        let tasks = |f: &crate::model::Forum| {
            (!f.tasks.is_empty()).then(|| {
                f.tasks
                    .iter()
                    .map(|t| t.plain())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        };
        f.value("tasks", tasks(p), tasks(q));
        f.value("prepared_by", text(&p.prepared_by), text(&q.prepared_by));
        f.value("presented_by", text(&p.presented_by), text(&q.presented_by));
        f.value(
            "officers",
            p.officers.as_ref().map(crate::finnish::officers),
            q.officers.as_ref().map(crate::finnish::officers),
        );
        f.value(
            "term",
            p.term.map(|t| crate::finnish::term(t).to_owned()),
            q.term.map(|t| crate::finnish::term(t).to_owned()),
        );
        f.value(
            "named_representatives",
            p.named_representatives.map(wording::yes_no),
            q.named_representatives.map(wording::yes_no),
        );
        f.value(
            "statutory",
            Some(wording::yes_no(p.statutory)),
            Some(wording::yes_no(q.statutory)),
        );
        if !f.0.is_empty() {
            out.push(Change {
                status: if moved { Status::Moved } else { Status::Kept },
                old: Some(side(a, i)),
                new: Some(side(b, j)),
                fields: f.0,
            });
        }
    }
    for j in (0..b.forums.len()).filter(|&j| !new_taken[j]) {
        out.push(Change {
            status: Status::Added,
            old: None,
            new: Some(side(b, j)),
            fields: Vec::new(),
        });
    }
    for i in (0..a.forums.len()).filter(|&i| !old_taken[i]) {
        out.push(Change {
            status: Status::Removed,
            old: Some(side(a, i)),
            new: None,
            fields: Vec::new(),
        });
    }
    out
}

/// Prose blocks as plain text, one line per paragraph or list item.
fn prose_text(blocks: impl Iterator<Item = ProseOrInsert>) -> String {
    let mut lines: Vec<String> = Vec::new();
    for block in blocks {
        match block {
            ProseOrInsert::Prose(ProseBlock::Paragraph(t)) => lines.push(t.plain()),
            ProseOrInsert::Prose(ProseBlock::Bullets(items)) => {
                lines.extend(items.iter().map(|t| format!("• {}", t.plain())))
            }
            ProseOrInsert::Prose(ProseBlock::Numbered(items)) => lines.extend(
                items
                    .iter()
                    .enumerate()
                    .map(|(k, t)| format!("{}. {}", k + 1, t.plain())),
            ),
            ProseOrInsert::Prose(ProseBlock::Subheading(h)) => lines.push(h.to_string()),
            ProseOrInsert::Insert(i) => lines.push(wording::insert(i).to_owned()),
            #[allow(unreachable_patterns)]
            ProseOrInsert::Prose(_) => {}
        }
    }
    lines.join("\n")
}

/// A block of a section or of prose elsewhere.
enum ProseOrInsert {
    Prose(ProseBlock),
    Insert(crate::model::Insert),
}

fn section_blocks(blocks: &[Block]) -> impl Iterator<Item = ProseOrInsert> + '_ {
    blocks.iter().map(|b| match b {
        Block::Paragraph(t) => ProseOrInsert::Prose(ProseBlock::Paragraph(t.clone())),
        Block::Bullets(l) => ProseOrInsert::Prose(ProseBlock::Bullets(l.clone())),
        Block::Numbered(l) => ProseOrInsert::Prose(ProseBlock::Numbered(l.clone())),
        Block::Subheading(h) => ProseOrInsert::Prose(ProseBlock::Subheading(h.clone())),
        Block::Insert(i) => ProseOrInsert::Insert(*i),
    })
}

fn prose(blocks: &[ProseBlock]) -> Option<String> {
    let text = prose_text(blocks.iter().cloned().map(ProseOrInsert::Prose));
    (!text.is_empty()).then_some(text)
}

fn tiers(a: &Agreement, b: &Agreement) -> Vec<Change> {
    let side = |x: &Agreement, i: usize| Side {
        id: Some(x.tiers[i].level.to_string()),
        path: format!("tiers[{i}]"),
        name: format!("{}) {}", x.tiers[i].level, x.tiers[i].name),
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
                let mut f = Fields::default();
                f.value("name", Some(p.name.to_string()), Some(q.name.to_string()));
                f.value("level_name", text(&p.level_name), text(&q.level_name));
                f.value(
                    "contents",
                    Some(wording::tier_contents(&p.contents)),
                    Some(wording::tier_contents(&q.contents)),
                );
                f.value("blocks", prose(&p.blocks), prose(&q.blocks));
                if !f.0.is_empty() {
                    out.push(Change {
                        status: Status::Kept,
                        old: Some(side(a, i)),
                        new: Some(side(b, j)),
                        fields: f.0,
                    });
                }
            }
            (None, Some(j)) => out.push(Change {
                status: Status::Added,
                old: None,
                new: Some(side(b, j)),
                fields: Vec::new(),
            }),
            (Some(i), None) => out.push(Change {
                status: Status::Removed,
                old: Some(side(a, i)),
                new: None,
                fields: Vec::new(),
            }),
            (None, None) => {}
        }
    }
    out
}

fn rules(a: &Agreement, b: &Agreement) -> Vec<FieldChange> {
    let mut f = Fields::default();
    let forums = |x: &Agreement| {
        x.follow_up.as_ref().map(|fu| {
            let names: Vec<String> = fu
                .forums
                .iter()
                .map(|id| {
                    x.forum(id)
                        .map_or_else(|| id.to_string(), |f| f.name.to_string())
                })
                .collect();
            crate::finnish::join_and(&names)
        })
    };
    f.value(
        "follow_up.rounds",
        a.follow_up.as_ref().map(|fu| wording::rounds(&fu.rounds)),
        b.follow_up.as_ref().map(|fu| wording::rounds(&fu.rounds)),
    );
    f.raw(
        "follow_up.forums",
        a.follow_up.as_ref().map(|x| &x.forums) != b.follow_up.as_ref().map(|x| &x.forums),
        forums(a),
        forums(b),
    );
    f.value(
        "follow_up.text",
        a.follow_up.as_ref().and_then(|x| prose(&x.text)),
        b.follow_up.as_ref().and_then(|x| prose(&x.text)),
    );
    f.value(
        "validity.until",
        Some(wording::validity(a)),
        Some(wording::validity(b)),
    );
    f.value(
        "validity.review.deadline",
        a.validity.review.as_ref().map(|r| r.deadline.finnish()),
        b.validity.review.as_ref().map(|r| r.deadline.finnish()),
    );
    f.value(
        "validity.review.text",
        a.validity.review.as_ref().map(|r| r.text.plain()),
        b.validity.review.as_ref().map(|r| r.text.plain()),
    );
    let (s, t) = (&a.termination, &b.termination);
    f.value(
        "termination.own_part_only",
        Some(wording::yes_no(s.own_part_only)),
        Some(wording::yes_no(t.own_part_only)),
    );
    f.value(
        "termination.notice_months",
        Some(crate::finnish::months(s.notice_months)),
        Some(crate::finnish::months(t.notice_months)),
    );
    f.value(
        "termination.in_writing",
        Some(wording::yes_no(s.in_writing)),
        Some(wording::yes_no(t.in_writing)),
    );
    f.value(
        "termination.notify_all_parties",
        Some(wording::yes_no(s.notify_all_parties)),
        Some(wording::yes_no(t.notify_all_parties)),
    );
    f.value(
        "signing.place",
        text(&a.signing.place),
        text(&b.signing.place),
    );
    f.value(
        "signing.mode",
        Some(wording::signing_mode(a.signing.mode)),
        Some(wording::signing_mode(b.signing.mode)),
    );
    f.value(
        "signing.counterparts",
        Some(wording::counterparts(a.counterparts())),
        Some(wording::counterparts(b.counterparts())),
    );
    f.0
}

fn sections(a: &Agreement, b: &Agreement, v: &mut Vocabulary) -> Vec<Change> {
    let content = |s: &crate::model::Section| prose_text(section_blocks(&s.blocks));
    let candidates = |x: &Agreement, v: &mut Vocabulary| -> Vec<Candidate> {
        x.sections
            .iter()
            .enumerate()
            .map(|(k, s)| Candidate {
                written: None,
                place: k.to_string(),
                norm: normalised(&s.heading.to_string()),
                tokens: v.tokens(&s.heading.to_string()),
                extra: v.tokens(&content(s)),
                parent: None,
            })
            .collect()
    };
    let old = candidates(a, v);
    let new = candidates(b, v);
    let pairs = matching::pair(
        &old,
        &new,
        &[],
        Rules {
            across_written_ids: false,
        },
    );
    let side = |x: &Agreement, i: usize| Side {
        id: None,
        path: format!("sections[{i}]"),
        name: x.sections[i].heading.to_string(),
    };
    // Pairs in old order, with their new positions: those out of order moved.
    let mut by_old: Vec<(usize, usize)> = pairs.iter().map(|&(i, j, _)| (i, j)).collect();
    by_old.sort_unstable();
    let order: Vec<usize> = by_old.iter().map(|&(_, j)| j).collect();
    let moved = matching::out_of_order(&order);
    let mut out = Vec::new();
    let mut old_taken = vec![false; a.sections.len()];
    let mut new_taken = vec![false; b.sections.len()];
    let mut changed: Vec<(usize, Change)> = Vec::new();
    for (&(i, j), moved) in by_old.iter().zip(moved) {
        old_taken[i] = true;
        new_taken[j] = true;
        let (p, q) = (&a.sections[i], &b.sections[j]);
        let mut f = Fields::default();
        f.value(
            "heading",
            Some(p.heading.to_string()),
            Some(q.heading.to_string()),
        );
        let (pt, qt) = (content(p), content(q));
        f.value(
            "blocks",
            (!pt.is_empty()).then_some(pt),
            (!qt.is_empty()).then_some(qt),
        );
        if moved || !f.0.is_empty() {
            changed.push((
                j,
                Change {
                    status: if moved { Status::Moved } else { Status::Kept },
                    old: Some(side(a, i)),
                    new: Some(side(b, j)),
                    fields: f.0,
                },
            ));
        }
    }
    changed.sort_by_key(|(j, _)| *j);
    out.extend(changed.into_iter().map(|(_, c)| c));
    for j in (0..b.sections.len()).filter(|&j| !new_taken[j]) {
        out.push(Change {
            status: Status::Added,
            old: None,
            new: Some(side(b, j)),
            fields: Vec::new(),
        });
    }
    for i in (0..a.sections.len()).filter(|&i| !old_taken[i]) {
        out.push(Change {
            status: Status::Removed,
            old: Some(side(a, i)),
            new: None,
            fields: Vec::new(),
        });
    }
    out
}

/// Lines in words for the parts compared as a whole.
fn lines(items: Vec<String>) -> Option<String> {
    (!items.is_empty()).then(|| items.join("\n"))
}

fn other(a: &Agreement, b: &Agreement) -> Vec<FieldChange> {
    let mut f = Fields::default();
    let layout = |x: &Agreement| wording::layout(x.structure.layout);
    f.value("structure.layout", Some(layout(a)), Some(layout(b)));
    f.value(
        "structure.caption",
        text(&a.structure.caption),
        text(&b.structure.caption),
    );
    let legal = |x: &Agreement| {
        lines(
            x.legal_basis
                .iter()
                .map(|s| {
                    let provisions: Vec<String> = s
                        .provisions
                        .iter()
                        .map(|p| format!("§ {} ({})", p.section, p.topic))
                        .collect();
                    match &s.number {
                        Some(n) => format!("{} ({n}): {}", s.name, provisions.join(", ")),
                        None => format!("{}: {}", s.name, provisions.join(", ")),
                    }
                })
                .collect(),
        )
    };
    f.value("legal_basis", legal(a), legal(b));
    let footnotes = |x: &Agreement| {
        lines(
            x.footnotes
                .iter()
                .map(|(k, t)| format!("[{k}] {}", t.plain()))
                .collect(),
        )
    };
    f.value("footnotes", footnotes(a), footnotes(b));
    let joint = |x: &Agreement| {
        lines(
            x.joint_meetings
                .iter()
                .map(|j| {
                    let names: Vec<String> = j
                        .forums
                        .iter()
                        .map(|id| {
                            x.forum(id)
                                .map_or_else(|| id.to_string(), |f| f.name.to_string())
                        })
                        .collect();
                    format!(
                        "{}: {}",
                        crate::finnish::join_and(&names),
                        crate::finnish::at_least_per_year(j.at_least_per_year)
                    )
                })
                .collect(),
        )
    };
    f.raw(
        "joint_meetings",
        a.joint_meetings != b.joint_meetings,
        joint(a),
        joint(b),
    );
    let areas = |x: &Agreement| {
        lines(
            x.interface_areas
                .iter()
                .map(|ia| {
                    let mut line = format!(
                        "{}: {} – {}",
                        ia.name, ia.municipal_contact, ia.county_contact
                    );
                    if !ia.bodies.is_empty() {
                        line.push_str(&format!("; {}", wording::body_names(x, &ia.bodies)));
                    }
                    if let Some(d) = &ia.description {
                        line.push_str(&format!("; {}", d.plain()));
                    }
                    line
                })
                .collect(),
        )
    };
    f.raw(
        "interface_areas",
        a.interface_areas != b.interface_areas,
        areas(a),
        areas(b),
    );
    let representatives = |x: &Agreement| {
        lines(
            x.representatives
                .iter()
                .map(|r| {
                    let forum = x
                        .forum(&r.forum)
                        .map_or_else(|| r.forum.to_string(), |f| f.name.to_string());
                    let mut line = format!(
                        "{}: {} ({})",
                        forum,
                        r.name,
                        wording::party_name(x, r.party.as_str())
                    );
                    if let Some(d) = &r.deputy {
                        line.push_str(&format!("; varalla {d}"));
                    }
                    line
                })
                .collect(),
        )
    };
    f.raw(
        "representatives",
        a.representatives != b.representatives,
        representatives(a),
        representatives(b),
    );
    let (x, y) = (&a.annexes, &b.annexes);
    f.value(
        "annexes.structures_title",
        Some(x.structures_title.to_string()),
        Some(y.structures_title.to_string()),
    );
    f.value(
        "annexes.goals_title",
        Some(x.goals_title.to_string()),
        Some(y.goals_title.to_string()),
    );
    let form = |x: &crate::model::Annexes| wording::goals_form(x.goals_form);
    f.value("annexes.goals_form", Some(form(x)), Some(form(y)));
    let headings = |x: &crate::model::Annexes| {
        [
            &x.priority_heading,
            &x.goal_heading,
            &x.indicator_heading,
            &x.action_heading,
            &x.lead_heading,
        ]
        .iter()
        .map(|h| h.to_string())
        .collect::<Vec<_>>()
        .join(" | ")
    };
    f.value("annexes.headings", Some(headings(x)), Some(headings(y)));
    let additional = |x: &crate::model::Annexes| {
        lines(
            x.additional
                .iter()
                .map(|annex| {
                    let content = match &annex.content {
                        crate::model::AnnexContent::Blocks(blocks) => {
                            prose(blocks).unwrap_or_default()
                        }
                        crate::model::AnnexContent::Table(t) => {
                            let mut rows = vec![
                                t.columns
                                    .iter()
                                    .map(ToString::to_string)
                                    .collect::<Vec<_>>()
                                    .join(" | "),
                            ];
                            rows.extend(t.rows.iter().map(|r| {
                                r.iter().map(|c| c.plain()).collect::<Vec<_>>().join(" | ")
                            }));
                            rows.join("\n")
                        }
                        crate::model::AnnexContent::Document(d) => {
                            let mut t = d.name.to_string();
                            if let Some(r) = &d.reference {
                                t.push_str(&format!(" ({r})"));
                            }
                            if let Some(date) = d.date {
                                t.push_str(&format!(" {}", date.finnish()));
                            }
                            t
                        }
                        #[allow(unreachable_patterns)]
                        _ => String::new(),
                    };
                    format!("{}: {content}", annex.title)
                })
                .collect(),
        )
    };
    f.value("annexes.additional", additional(x), additional(y));
    f.0
}

mod items;
