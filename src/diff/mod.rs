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
//! version's first language, from the crate's locale (`src/locale/`).
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
//!   least `THRESHOLD` (0.5), best first. A priority compares its title and
//!   description, or its goals' texts, whichever is closer. Ties go to the
//!   pair whose parents are paired, then to the same place (the same
//!   generated id), then to the nearest in document order.
//!
//! A paired item is **moved** when its parent is not its old parent's
//! counterpart (a goal under another priority), or when it left the order
//! of its siblings (those outside the longest run kept in order);
//! otherwise it is **kept**, with or without changes. A party or body is
//! moved when it left the written order (the documents print them in it),
//! with its `place` old → new; a body also when it is in another tier. Every item of either
//! version appears exactly once in [`Changes::items`].

use crate::locale::Version as In;
use crate::validate::ValidatedAgreement;

mod bodies;
mod changes;
mod fields;
mod items;
mod matching;
mod other;
mod parties;
mod rules;
mod sections;
pub(crate) mod text;
mod tiers;
pub(crate) mod wording;
pub(crate) mod words;

pub(crate) use crate::locale::changes::ChangeArea as Area;
/// Every key a [`FieldChange::field`] may hold (`"title"`, `"business_id"`,
/// …); the comparison's tables label each of them in every language.
///
/// ```
/// assert!(sopimus::diff::FIELD_KEYS.contains(&"business_id"));
/// ```
pub use crate::locale::changes::FIELD_KEYS;
pub(crate) use changes::version;
pub use changes::{
    Change, ChangeStatus, Changes, Counts, FieldChange, ItemChange, ItemSide, SCHEMA_VERSION, Side,
    Summary, Version,
};
pub(crate) use fields::{Cx, Fields, opt, opt_rich};
pub use matching::MatchedBy;

pub use words::{MAX_WORDS, WordOp, WordOpKind, word_diff};

use words::Vocabulary;

/// Compares two validated versions of an agreement; see the [module
/// docs](self) for how entries are paired. Never fails: any two valid
/// agreements compare.
pub fn diff(old: &ValidatedAgreement, new: &ValidatedAgreement) -> Changes {
    compare(Cx::of(old.agreement(), new.agreement(), None), old, new)
}

/// [`diff`] with the report's words (and the texts it quotes) in
/// `language`, which both versions must be written in.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let a = sopimus::load("examples/osterbotten-2026.toml")?.agreement.validate()?;
/// let changes = sopimus::diff::diff_in(&a, &a, sopimus::Language::Fi)?;
/// assert_eq!(changes.language, sopimus::Language::Fi);
/// # Ok(()) }
/// ```
///
/// # Errors
///
/// [`LanguageError`](crate::LanguageError) when a version is not written
/// in `language`.
pub fn diff_in(
    old: &ValidatedAgreement,
    new: &ValidatedAgreement,
    language: crate::Language,
) -> Result<Changes, crate::LanguageError> {
    for v in [old, new] {
        v.agreement().meta.languages.version(Some(language))?;
    }
    Ok(compare(
        Cx::of(old.agreement(), new.agreement(), Some(language)),
        old,
        new,
    ))
}

fn compare(cx: Cx<'_>, old: &ValidatedAgreement, new: &ValidatedAgreement) -> Changes {
    let mut vocabulary = Vocabulary::default();
    let meta = meta(&cx);
    let parties = parties::parties(&cx, old, new);
    let bodies = bodies::bodies(&cx, &mut vocabulary);
    let tiers = tiers::tiers(&cx);
    let items = items::compare(&cx, old, new, &mut vocabulary);
    let rules = rules::rules(&cx);
    let sections = sections::sections(&cx, &mut vocabulary);
    let other = other::other(&cx);
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
    changes.summary = changes::summary(&changes);
    changes
}

/// The place of a party or body that left the written order: its number
/// in the old order and in the new, the same in every language.
fn place(cx: &Cx<'_>, moved: bool, i: usize, j: usize) -> Vec<FieldChange> {
    let mut f = cx.fields();
    f.plain(
        "place",
        moved.then(|| (i + 1).to_string()),
        moved.then(|| (j + 1).to_string()),
    );
    f.out
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
    // Only the Finnish text places the sign: a change that leaves every
    // compared version as it was is none.
    let sign = |v: In<'_>, s| {
        (v.language() == crate::Language::Fi).then(|| v.locale.section_sign(s).to_owned())
    };
    f.value(
        "section_sign",
        |v| sign(v, m.section_sign),
        |v| sign(v, n.section_sign),
    );
    f.value(
        "party_order",
        |v| Some(v.locale.party_order(m.party_order).to_owned()),
        |v| Some(v.locale.party_order(n.party_order).to_owned()),
    );
    f.out
}
