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
//! Texts are compared in every language version both agreements have: a
//! changed Swedish version is a change, marked with its language (see
//! [`FieldChange::language`]). The report's own words are in the new
//! version's first language, from [`crate::locale`].
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
use crate::ids::ItemKind;
use crate::language::Language;
pub(crate) use crate::locale::changes::ChangeArea as Area;
use crate::locale::{Locale, Version as In};
use crate::model::{Agreement, Block, ProseBlock};
use crate::text::{RichText, Text};
use crate::validate::ValidatedAgreement;

mod matching;
pub(crate) mod text;
pub(crate) mod wording;
pub(crate) mod words;

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

impl Change {
    /// An entry only the new version has.
    fn added(new: Side) -> Change {
        Change {
            status: Status::Added,
            old: None,
            new: Some(new),
            fields: Vec::new(),
        }
    }

    /// An entry only the old version has.
    fn removed(old: Side) -> Change {
        Change {
            status: Status::Removed,
            old: Some(old),
            new: None,
            fields: Vec::new(),
        }
    }
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
    let cx = Cx::of(old.agreement(), new.agreement());
    let mut vocabulary = Vocabulary::default();
    let meta = meta(&cx);
    let parties = parties(&cx, old, new);
    let bodies = bodies(&cx, &mut vocabulary);
    let tiers = tiers(&cx);
    let items = items::compare(&cx, old, new, &mut vocabulary);
    let rules = rules(&cx);
    let sections = sections(&cx, &mut vocabulary);
    let other = other(&cx);
    let mut changes = Changes {
        schema_version: SCHEMA_VERSION,
        language: cx.report.language(),
        languages: cx.langs.iter().map(|p| p.new.language()).collect(),
        old: version(cx.older()),
        new: version(cx.newer()),
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

/// The two versions in one language.
#[derive(Clone, Copy)]
pub(crate) struct Pair<'a> {
    pub(crate) old: In<'a>,
    pub(crate) new: In<'a>,
}

/// What a comparison works with: both versions in each language compared,
/// the report's language first.
pub(crate) struct Cx<'a> {
    pub(crate) a: &'a Agreement,
    pub(crate) b: &'a Agreement,
    pub(crate) langs: Vec<Pair<'a>>,
    pub(crate) report: Locale,
}

impl<'a> Cx<'a> {
    fn of(a: &'a Agreement, b: &'a Agreement) -> Cx<'a> {
        let (la, lb) = (&a.meta.languages, &b.meta.languages);
        let mut common: Vec<Language> = lb
            .all()
            .iter()
            .copied()
            .filter(|l| la.contains(*l))
            .collect();
        let pair = |l: Language, m: Language| Pair {
            old: In::new(a, l),
            new: In::new(b, m),
        };
        let langs = if common.is_empty() {
            // No language in common: each version in its own first language.
            vec![pair(la.primary(), lb.primary())]
        } else {
            common.drain(..).map(|l| pair(l, l)).collect()
        };
        Cx {
            a,
            b,
            report: langs[0].new.locale,
            langs,
        }
    }

    /// The old version in the report's language.
    pub(crate) fn older(&self) -> In<'a> {
        self.langs[0].old
    }

    /// The new version in the report's language.
    pub(crate) fn newer(&self) -> In<'a> {
        self.langs[0].new
    }

    fn fields(&self) -> Fields<'_, 'a> {
        Fields {
            cx: self,
            out: Vec::new(),
        }
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
    label.push(l.date(m.date));
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

/// Collects the fields that changed, in every language compared.
pub(crate) struct Fields<'c, 'a> {
    cx: &'c Cx<'a>,
    pub(crate) out: Vec<FieldChange>,
}

impl<'a> Fields<'_, 'a> {
    /// A field worded in each language: `old` words it in the old version,
    /// `new` in the new one.
    pub(crate) fn value(
        &mut self,
        key: &str,
        old: impl Fn(In<'a>) -> Option<String>,
        new: impl Fn(In<'a>) -> Option<String>,
    ) {
        self.raw(key, true, old, new);
    }

    /// A field that changed when `changed` (its data differ) and its words
    /// differ too: a renamed party does not change every body it convenes.
    pub(crate) fn raw(
        &mut self,
        key: &str,
        changed: bool,
        old: impl Fn(In<'a>) -> Option<String>,
        new: impl Fn(In<'a>) -> Option<String>,
    ) {
        if !changed {
            return;
        }
        let langs = &self.cx.langs;
        let differing: Vec<(Language, Option<String>, Option<String>)> = langs
            .iter()
            .map(|p| (p.new.language(), old(p.old), new(p.new)))
            .filter(|(_, o, n)| o != n)
            .collect();
        // A value (not prose) changed in every language is one change, in
        // the report's language; otherwise each language's change counts.
        let once = langs.len() == 1 || (VALUES.contains(&key) && differing.len() == langs.len());
        for (language, o, n) in differing {
            self.push(key, (!once).then_some(language), o, n);
            if once {
                break;
            }
        }
    }

    /// A text, in each language.
    pub(crate) fn text(&mut self, key: &str, old: &'a Text, new: &'a Text) {
        self.value(
            key,
            |v| Some(v.t(old).to_owned()),
            |v| Some(v.t(new).to_owned()),
        );
    }

    /// An optional text, in each language.
    pub(crate) fn opt_text(&mut self, key: &str, old: Option<&'a Text>, new: Option<&'a Text>) {
        self.value(key, |v| opt(v, old), |v| opt(v, new));
    }

    /// A rich text without its marks, in each language.
    pub(crate) fn rich(&mut self, key: &str, old: &'a RichText, new: &'a RichText) {
        self.value(key, |v| Some(v.plain(old)), |v| Some(v.plain(new)));
    }

    /// A field whose value no language words differently: an id, a code,
    /// a number.
    pub(crate) fn plain(&mut self, key: &str, old: Option<String>, new: Option<String>) {
        if old != new {
            self.push(key, None, old, new);
        }
    }

    fn push(
        &mut self,
        key: &str,
        language: Option<Language>,
        old: Option<String>,
        new: Option<String>,
    ) {
        debug_assert!(
            crate::locale::changes::FIELD_KEYS.contains(&key),
            "`{key}` has no label"
        );
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
        self.out.push(FieldChange {
            field: key.to_owned(),
            label: self.cx.report.field_label(key),
            language,
            old,
            new,
            words,
        });
    }
}

/// An optional text in a language version.
pub(crate) fn opt(v: In<'_>, text: Option<&Text>) -> Option<String> {
    v.opt(text).map(str::to_owned)
}

/// An optional rich text in a language version, without marks.
pub(crate) fn opt_rich(v: In<'_>, text: Option<&RichText>) -> Option<String> {
    text.map(|t| v.plain(t))
}

fn meta(cx: &Cx<'_>) -> Vec<FieldChange> {
    let (m, n) = (&cx.a.meta, &cx.b.meta);
    let mut f = cx.fields();
    f.value(
        "kind",
        |v| Some(v.locale.agreement_kind(m.kind).to_owned()),
        |v| Some(v.locale.agreement_kind(n.kind).to_owned()),
    );
    f.text("title", &m.title, &n.title);
    f.opt_text(
        "short_title",
        m.short_title.as_ref(),
        n.short_title.as_ref(),
    );
    f.opt_text("version", m.version.as_ref(), n.version.as_ref());
    f.value(
        "status",
        |v| Some(v.locale.agreement_status(m.status).to_owned()),
        |v| Some(v.locale.agreement_status(n.status).to_owned()),
    );
    f.value(
        "date",
        |v| Some(v.locale.date(m.date)),
        |v| Some(v.locale.date(n.date)),
    );
    let codes = |l: &crate::Languages| {
        l.all()
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(", ")
    };
    f.plain(
        "languages",
        Some(codes(&m.languages)),
        Some(codes(&n.languages)),
    );
    f.out
}

/// A key that pairs parties: the business ID, the id, the name.
type PartyKey<'k> = &'k dyn Fn(&ValidatedAgreement, usize) -> String;

fn parties(cx: &Cx<'_>, old: &ValidatedAgreement, new: &ValidatedAgreement) -> Vec<Change> {
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
        path: format!("parties[{i}]"),
        name: v.t(&v.agreement.parties[i].name).to_owned(),
    };
    let mut out = Vec::new();
    paired.sort_by_key(|&(_, j)| j);
    let mut removed: Vec<usize> = (0..a.parties.len()).filter(|&i| !old_taken[i]).collect();
    removed.sort_unstable();
    for (i, j) in paired {
        let (p, q) = (&a.parties[i], &b.parties[j]);
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
        if !f.out.is_empty() {
            out.push(Change {
                status: Status::Kept,
                old: Some(side(cx.older(), i)),
                new: Some(side(cx.newer(), j)),
                fields: f.out,
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

fn bodies(cx: &Cx<'_>, vocabulary: &mut Vocabulary) -> Vec<Change> {
    let (a, b) = (cx.a, cx.b);
    let candidates = |x: In<'_>, vocabulary: &mut Vocabulary| -> Vec<Candidate> {
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
    };
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
        path: format!("forums[{i}]"),
        name: v.t(&v.agreement.forums[i].name).to_owned(),
    };
    let mut out = Vec::new();
    let mut old_taken = vec![false; a.forums.len()];
    let mut new_taken = vec![false; b.forums.len()];
    for &(i, j, _) in &pairs {
        old_taken[i] = true;
        new_taken[j] = true;
        let (p, q) = (&a.forums[i], &b.forums[j]);
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
        if !f.out.is_empty() {
            out.push(Change {
                status: if moved { Status::Moved } else { Status::Kept },
                old: Some(side(cx.older(), i)),
                new: Some(side(cx.newer(), j)),
                fields: f.out,
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

/// Prose blocks as plain text in a language, one line per paragraph or list
/// item; an insert of generated content stands as its placeholder.
fn prose_text<'a>(v: In<'a>, blocks: impl Iterator<Item = ProseOrInsert<'a>>) -> String {
    let mut lines: Vec<String> = Vec::new();
    for block in blocks {
        match block {
            ProseOrInsert::Paragraph(t) => lines.push(v.plain(t)),
            ProseOrInsert::Bullets(items) => {
                lines.extend(items.iter().map(|t| format!("• {}", v.plain(t))))
            }
            ProseOrInsert::Numbered(items) => lines.extend(
                items
                    .iter()
                    .enumerate()
                    .map(|(k, t)| format!("{}. {}", k + 1, v.plain(t))),
            ),
            ProseOrInsert::Subheading(h) => lines.push(v.t(h).to_owned()),
            ProseOrInsert::Insert(i) => lines.push(v.locale.insert_placeholder(i).to_owned()),
        }
    }
    lines.join("\n")
}

/// A block of a section or of prose elsewhere.
enum ProseOrInsert<'a> {
    Paragraph(&'a crate::text::RichText),
    Bullets(&'a [crate::text::RichText]),
    Numbered(&'a [crate::text::RichText]),
    Subheading(&'a crate::text::Text),
    Insert(crate::model::Insert),
}

fn section_blocks(blocks: &[Block]) -> impl Iterator<Item = ProseOrInsert<'_>> {
    blocks.iter().map(|b| match b {
        Block::Paragraph(t) => ProseOrInsert::Paragraph(t),
        Block::Bullets(l) => ProseOrInsert::Bullets(l),
        Block::Numbered(l) => ProseOrInsert::Numbered(l),
        Block::Subheading(h) => ProseOrInsert::Subheading(h),
        Block::Insert(i) => ProseOrInsert::Insert(*i),
    })
}

fn prose_blocks(blocks: &[ProseBlock]) -> impl Iterator<Item = ProseOrInsert<'_>> {
    blocks.iter().map(|b| match b {
        ProseBlock::Paragraph(t) => ProseOrInsert::Paragraph(t),
        ProseBlock::Bullets(l) => ProseOrInsert::Bullets(l),
        ProseBlock::Numbered(l) => ProseOrInsert::Numbered(l),
        ProseBlock::Subheading(h) => ProseOrInsert::Subheading(h),
    })
}

fn prose(v: In<'_>, blocks: &[ProseBlock]) -> Option<String> {
    let text = prose_text(v, prose_blocks(blocks));
    (!text.is_empty()).then_some(text)
}

fn tiers(cx: &Cx<'_>) -> Vec<Change> {
    let (a, b) = (cx.a, cx.b);
    let side = |v: In<'_>, i: usize| {
        let t = &v.agreement.tiers[i];
        Side {
            id: Some(t.level.to_string()),
            path: format!("tiers[{i}]"),
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
                        status: Status::Kept,
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

fn rules(cx: &Cx<'_>) -> Vec<FieldChange> {
    let (a, b) = (cx.a, cx.b);
    let mut f = cx.fields();
    let forums = |v: In<'_>| {
        v.agreement.follow_up.as_ref().map(|fu| {
            let names: Vec<String> = fu
                .forums
                .iter()
                .map(|id| {
                    v.agreement
                        .forum(id)
                        .map_or_else(|| id.to_string(), |f| v.t(&f.name).to_owned())
                })
                .collect();
            v.locale.join_and(&names)
        })
    };
    let rounds = |v: In<'_>| {
        v.agreement
            .follow_up
            .as_ref()
            .map(|fu| wording::rounds(v, &fu.rounds))
    };
    f.value("follow_up.rounds", rounds, rounds);
    f.raw(
        "follow_up.forums",
        a.follow_up.as_ref().map(|x| &x.forums) != b.follow_up.as_ref().map(|x| &x.forums),
        forums,
        forums,
    );
    let follow_up_text = |v: In<'_>| {
        v.agreement
            .follow_up
            .as_ref()
            .and_then(|x| prose(v, &x.text))
    };
    f.value("follow_up.text", follow_up_text, follow_up_text);
    let validity = |v: In<'_>| {
        let x = &v.agreement.validity;
        Some(v.locale.validity_short(x.until, x.until_new_agreement))
    };
    f.value("validity.until", validity, validity);
    let deadline = |v: In<'_>| {
        v.agreement
            .validity
            .review
            .as_ref()
            .map(|r| v.locale.date(r.deadline))
    };
    f.value("validity.review.deadline", deadline, deadline);
    let review = |v: In<'_>| {
        v.agreement
            .validity
            .review
            .as_ref()
            .map(|r| v.plain(&r.text))
    };
    f.value("validity.review.text", review, review);
    let yes_no = |get: fn(&crate::model::Termination) -> bool| {
        move |v: In<'_>| Some(wording::yes_no(v, get(&v.agreement.termination)))
    };
    f.value(
        "termination.own_part_only",
        yes_no(|t| t.own_part_only),
        yes_no(|t| t.own_part_only),
    );
    let notice = |v: In<'_>| Some(v.locale.months(v.agreement.termination.notice_months));
    f.value("termination.notice_months", notice, notice);
    f.value(
        "termination.in_writing",
        yes_no(|t| t.in_writing),
        yes_no(|t| t.in_writing),
    );
    f.value(
        "termination.notify_all_parties",
        yes_no(|t| t.notify_all_parties),
        yes_no(|t| t.notify_all_parties),
    );
    let place = |v: In<'_>| opt(v, v.agreement.signing.place.as_ref());
    f.value("signing.place", place, place);
    let mode = |v: In<'_>| Some(v.locale.signing_mode(v.agreement.signing.mode).to_owned());
    f.value("signing.mode", mode, mode);
    let counterparts = |v: In<'_>| Some(v.locale.amount(v.agreement.counterparts()));
    f.value("signing.counterparts", counterparts, counterparts);
    f.out
}

fn sections(cx: &Cx<'_>, vocabulary: &mut Vocabulary) -> Vec<Change> {
    let (a, b) = (cx.a, cx.b);
    let content = |v: In<'_>, s: &crate::model::Section| prose_text(v, section_blocks(&s.blocks));
    let candidates = |v: In<'_>, vocabulary: &mut Vocabulary| -> Vec<Candidate> {
        v.agreement
            .sections
            .iter()
            .enumerate()
            .map(|(k, s)| Candidate {
                written: None,
                place: k.to_string(),
                norm: normalised(v.t(&s.heading)),
                tokens: vocabulary.tokens(v.t(&s.heading)),
                extra: vocabulary.tokens(&content(v, s)),
                parent: None,
            })
            .collect()
    };
    let old = candidates(cx.older(), vocabulary);
    let new = candidates(cx.newer(), vocabulary);
    let pairs = matching::pair(
        &old,
        &new,
        &[],
        Rules {
            across_written_ids: false,
        },
    );
    let side = |v: In<'_>, i: usize| Side {
        id: None,
        path: format!("sections[{i}]"),
        name: v.t(&v.agreement.sections[i].heading).to_owned(),
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
        let mut f = cx.fields();
        f.text("heading", &p.heading, &q.heading);
        let blocks = |v: In<'_>, s| {
            let text = content(v, s);
            (!text.is_empty()).then_some(text)
        };
        f.value("blocks", |v| blocks(v, p), |v| blocks(v, q));
        if moved || !f.out.is_empty() {
            changed.push((
                j,
                Change {
                    status: if moved { Status::Moved } else { Status::Kept },
                    old: Some(side(cx.older(), i)),
                    new: Some(side(cx.newer(), j)),
                    fields: f.out,
                },
            ));
        }
    }
    changed.sort_by_key(|(j, _)| *j);
    out.extend(changed.into_iter().map(|(_, c)| c));
    for j in (0..b.sections.len()).filter(|&j| !new_taken[j]) {
        out.push(Change::added(side(cx.newer(), j)));
    }
    for i in (0..a.sections.len()).filter(|&i| !old_taken[i]) {
        out.push(Change::removed(side(cx.older(), i)));
    }
    out
}

/// Lines in words for the parts compared as a whole.
fn lines(items: Vec<String>) -> Option<String> {
    (!items.is_empty()).then(|| items.join("\n"))
}

fn other(cx: &Cx<'_>) -> Vec<FieldChange> {
    let (a, b) = (cx.a, cx.b);
    let mut f = cx.fields();
    let layout = |v: In<'_>| Some(v.locale.layout(v.agreement.structure.layout).to_owned());
    f.value("structure.layout", layout, layout);
    let caption = |v: In<'_>| opt(v, v.agreement.structure.caption.as_ref());
    f.value("structure.caption", caption, caption);
    let legal = |v: In<'_>| {
        lines(
            v.agreement
                .legal_basis
                .iter()
                .map(|s| {
                    let provisions: Vec<String> = s
                        .provisions
                        .iter()
                        .map(|p| v.locale.provision(&p.section, v.t(&p.topic)))
                        .collect();
                    match &s.number {
                        Some(n) => format!("{} ({n}): {}", v.t(&s.name), provisions.join(", ")),
                        None => format!("{}: {}", v.t(&s.name), provisions.join(", ")),
                    }
                })
                .collect(),
        )
    };
    f.value("legal_basis", legal, legal);
    let footnotes = |v: In<'_>| {
        lines(
            v.agreement
                .footnotes
                .iter()
                .map(|(k, t)| format!("[{k}] {}", v.plain(t)))
                .collect(),
        )
    };
    f.value("footnotes", footnotes, footnotes);
    let joint = |v: In<'_>| {
        lines(
            v.agreement
                .joint_meetings
                .iter()
                .map(|j| {
                    let names: Vec<String> = j
                        .forums
                        .iter()
                        .map(|id| {
                            v.agreement
                                .forum(id)
                                .map_or_else(|| id.to_string(), |f| v.t(&f.name).to_owned())
                        })
                        .collect();
                    format!(
                        "{}: {}",
                        v.locale.join_and(&names),
                        v.locale.at_least_per_year(j.at_least_per_year)
                    )
                })
                .collect(),
        )
    };
    f.raw(
        "joint_meetings",
        a.joint_meetings != b.joint_meetings,
        joint,
        joint,
    );
    let areas = |v: In<'_>| {
        lines(
            v.agreement
                .interface_areas
                .iter()
                .map(|ia| {
                    let mut line = format!(
                        "{}: {} – {}",
                        v.t(&ia.name),
                        v.t(&ia.municipal_contact),
                        v.t(&ia.county_contact)
                    );
                    if !ia.bodies.is_empty() {
                        line.push_str(&format!("; {}", wording::body_names(v, &ia.bodies)));
                    }
                    if let Some(d) = &ia.description {
                        line.push_str(&format!("; {}", v.plain(d)));
                    }
                    line
                })
                .collect(),
        )
    };
    f.raw(
        "interface_areas",
        a.interface_areas != b.interface_areas,
        areas,
        areas,
    );
    let representatives = |v: In<'_>| {
        lines(
            v.agreement
                .representatives
                .iter()
                .map(|r| {
                    let forum = v
                        .agreement
                        .forum(&r.forum)
                        .map_or_else(|| r.forum.to_string(), |f| v.t(&f.name).to_owned());
                    let mut who = r.name.clone();
                    if let Some(title) = &r.title {
                        who.push_str(&format!(", {}", v.t(title)));
                    }
                    let mut line = format!("{forum}: {who} ({})", v.party_name(r.party.as_str()));
                    if let Some(d) = &r.deputy {
                        line.push_str(&format!("; {} {d}", v.locale.words().deputy));
                    }
                    line
                })
                .collect(),
        )
    };
    f.raw(
        "representatives",
        a.representatives != b.representatives,
        representatives,
        representatives,
    );
    let defaults = |v: In<'_>| &v.locale.words().annexes;
    let structures_title = |v: In<'_>| {
        let x = &v.agreement.annexes;
        Some(v.heading(x.structures_title.as_ref(), defaults(v).structures_title))
    };
    f.value(
        "annexes.structures_title",
        structures_title,
        structures_title,
    );
    let goals_title = |v: In<'_>| {
        let x = &v.agreement.annexes;
        Some(v.heading(x.goals_title.as_ref(), defaults(v).goals_title))
    };
    f.value("annexes.goals_title", goals_title, goals_title);
    let form = |v: In<'_>| {
        Some(
            v.locale
                .goals_form(v.agreement.annexes.goals_form)
                .to_owned(),
        )
    };
    f.value("annexes.goals_form", form, form);
    let headings = |v: In<'_>| {
        let x = &v.agreement.annexes;
        let d = defaults(v);
        Some(
            [
                v.heading(x.priority_heading.as_ref(), d.priority_heading),
                v.heading(x.goal_heading.as_ref(), d.goal_heading),
                v.heading(x.indicator_heading.as_ref(), d.indicator_heading),
                v.heading(x.action_heading.as_ref(), d.action_heading),
                v.heading(x.lead_heading.as_ref(), d.lead_heading),
            ]
            .join(" | "),
        )
    };
    f.value("annexes.headings", headings, headings);
    let additional = |v: In<'_>| {
        lines(
            v.agreement
                .annexes
                .additional
                .iter()
                .map(|annex| {
                    let content = match &annex.content {
                        crate::model::AnnexContent::Blocks(blocks) => {
                            prose(v, blocks).unwrap_or_default()
                        }
                        crate::model::AnnexContent::Table(t) => {
                            let mut rows = vec![
                                t.columns
                                    .iter()
                                    .map(|c| v.t(c))
                                    .collect::<Vec<_>>()
                                    .join(" | "),
                            ];
                            rows.extend(t.rows.iter().map(|r| {
                                r.iter().map(|c| v.plain(c)).collect::<Vec<_>>().join(" | ")
                            }));
                            rows.join("\n")
                        }
                        crate::model::AnnexContent::Document(d) => {
                            v.locale
                                .document_annex(v.t(&d.name), d.date, d.reference.as_deref())
                        }
                    };
                    format!("{}: {content}", v.t(&annex.title))
                })
                .collect(),
        )
    };
    f.value("annexes.additional", additional, additional);
    f.out
}

mod items;
