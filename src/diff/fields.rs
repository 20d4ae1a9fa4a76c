//! What a comparison works with: both versions in each language compared,
//! and [`Fields`], which collects the fields that changed in all of them.

use crate::language::Language;
use crate::locale::{Locale, Version as In};
use crate::model::Agreement;
use crate::text::{RichText, Text};

use super::{FieldChange, word_diff};

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
    /// Both versions; the report in `report` when both are written in it,
    /// else in the first language they share.
    pub(super) fn of(a: &'a Agreement, b: &'a Agreement, report: Option<Language>) -> Cx<'a> {
        let (la, lb) = (&a.meta.languages, &b.meta.languages);
        let mut common: Vec<Language> = lb
            .all()
            .iter()
            .copied()
            .filter(|l| la.contains(*l))
            .collect();
        if let Some(k) = report.and_then(|r| common.iter().position(|l| *l == r)) {
            let asked = common.remove(k);
            common.insert(0, asked);
        }
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

    pub(super) fn fields(&self) -> Fields<'_, 'a> {
        Fields {
            cx: self,
            out: Vec::new(),
        }
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
    "section_sign",
    "party_order",
    "termination.own_part_subject",
    "signing.party_term",
    "value_kind",
    "target_value",
    "number",
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
