//! The data the templates read (`/data.json`): the agreement prepared for
//! display. Every sentence and label the document shows is made here, in
//! Rust, so templates only lay out; every string reaches typst as a JSON
//! string and is shown as literal text.
//!
//! The shape is public: a user template directory reads it. It carries
//! [`SCHEMA_VERSION`], raised whenever a field is renamed or removed, and is
//! described field by field in `templates/DATA.md`.

mod annexes;
mod bodies;
mod layout;
mod parties;
mod priorities;
mod sections;
mod structure;

use serde::Serialize;

use crate::language::Language;
use crate::locale::{Version, Words};
use crate::model::Agreement;
use crate::model::{DocumentStatus, SigningMode};
use crate::text::{RichText, Span, Text};
use crate::validate::ValidatedAgreement;

use super::{Document, RenderOptions};

use annexes::ViewAnnexes;
use bodies::ViewForum;
pub(crate) use layout::adjust_text_for_layout;
pub(crate) use parties::apply_decisions;
use parties::{ViewParty, ViewSignatory};
use priorities::ViewPriority;
use sections::ViewSection;
use structure::{ViewAreas, ViewFigure, ViewTier};

/// The version of the view's shape. 2: structure layouts and spanning
/// bodies, participants, interface areas, responsibilities at every level,
/// additional annexes, labels. 3: list items with the lists under them,
/// figures of chosen tiers.
pub(crate) const SCHEMA_VERSION: u32 = 3;

/// A piece of display text.
#[derive(Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub(crate) enum ViewSpan {
    Text(String),
    Strong(String),
    Footnote(Vec<ViewSpan>),
}

type Rich = Vec<ViewSpan>;

/// Words the templates print that do not come from the agreement.
#[derive(Serialize)]
pub(crate) struct ViewLabels {
    parties: &'static str,
    business_id: &'static str,
    address: &'static str,
    signatures: &'static str,
    no_signatory: &'static str,
    annex: &'static str,
    figure: &'static str,
    tasks: &'static str,
    no_bodies: &'static str,
    draft: &'static str,
    /// The page reference, with `{page}` and `{total}`: "3 (12)".
    page_of: &'static str,
    responsibility: &'static str,
    action_responsibility: &'static str,
}

#[derive(Serialize)]
pub(crate) struct View {
    schema_version: u32,
    document: &'static str,
    draft: bool,
    attach: bool,
    lang: &'static str,
    labels: ViewLabels,
    title: String,
    short_title: String,
    version: Option<String>,
    /// In a bilingual agreement, the sentence naming the language versions
    /// as equally valid.
    languages_note: Option<String>,
    date_parts: [i64; 3],
    parties: Vec<ViewParty>,
    sections: Vec<ViewSection>,
    figure: ViewFigure,
    tiers: Vec<ViewTier>,
    forums: Vec<ViewForum>,
    interface_areas: ViewAreas,
    priorities: Vec<ViewPriority>,
    annexes: ViewAnnexes,
    place_and_date: String,
    counterparts: String,
    signing_statement: Option<String>,
    signatories: Vec<ViewSignatory>,
    /// Names of parties, bodies, people and places the document prints,
    /// longest first: the templates never hyphenate them.
    names: Vec<String>,
    /// The other language versions, for the parallel layout; empty otherwise.
    parallel: Vec<View>,
    /// In a redline, the note on its title page; none otherwise.
    redline: Option<ViewRedline>,
}

/// The note a redline carries on its title page.
#[derive(Serialize)]
pub(crate) struct ViewRedline {
    /// "Muutosmerkinnät".
    pub(crate) heading: &'static str,
    /// The sentence naming both versions.
    pub(crate) note: String,
    /// How the marks read.
    pub(crate) legend: &'static str,
}

struct Builder<'a> {
    a: &'a Agreement,
    v: Version<'a>,
}

impl<'a> Builder<'a> {
    fn words(&self) -> &'static Words {
        self.v.locale.words()
    }

    fn t(&self, text: &'a Text) -> String {
        self.v.t(text).to_owned()
    }

    fn opt(&self, text: Option<&'a Text>) -> Option<String> {
        self.v.opt(text).map(str::to_owned)
    }

    fn rich(&self, text: &'a RichText) -> Rich {
        // Validation guarantees the marks parse and the footnotes exist.
        let version = self.v.rich(text);
        let spans = crate::text::parse_spans(version)
            .unwrap_or_else(|_| vec![Span::Text(version.to_owned())]);
        spans
            .into_iter()
            .map(|s| match s {
                Span::Text(t) => ViewSpan::Text(t),
                Span::Strong(t) => ViewSpan::Strong(t),
                Span::Footnote(key) => {
                    let note = self.a.footnotes.get(&key).map_or_else(Vec::new, |t| {
                        // Footnotes do not nest.
                        crate::text::parse_spans(self.v.rich(t))
                            .unwrap_or_default()
                            .into_iter()
                            .filter_map(|s| match s {
                                Span::Text(t) => Some(ViewSpan::Text(t)),
                                Span::Strong(t) => Some(ViewSpan::Strong(t)),
                                _ => None,
                            })
                            .collect()
                    });
                    ViewSpan::Footnote(note)
                }
            })
            .collect()
    }

    fn plain(text: &str) -> Rich {
        vec![ViewSpan::Text(text.to_owned())]
    }

    fn labels(&self) -> ViewLabels {
        let w = self.words();
        ViewLabels {
            parties: w.parties,
            business_id: w.business_id,
            address: w.address,
            signatures: w.signatures,
            no_signatory: w.no_signatory,
            annex: w.annex,
            figure: w.figure,
            tasks: w.tasks,
            no_bodies: w.no_bodies,
            draft: w.draft,
            page_of: w.page_of,
            responsibility: w.responsibility,
            action_responsibility: w.action_responsibility,
        }
    }
}

/// Builds the view of a validated agreement for the given options, in the
/// language `options.language` asks for (the first when `None`); with
/// `options.parallel`, the other languages' versions come along for the
/// parallel layout.
pub(crate) fn build(valid: &ValidatedAgreement, options: &RenderOptions) -> View {
    let a = valid.agreement();
    let language = options
        .language
        .filter(|l| a.meta.languages.contains(*l))
        .unwrap_or_else(|| a.meta.languages.primary());
    let mut view = build_version(valid, options, language, language);
    if options.parallel && a.meta.languages.is_multilingual() {
        view.parallel = a
            .meta
            .languages
            .all()
            .iter()
            .filter(|l| **l != language)
            .map(|l| build_version(valid, options, *l, language))
            .collect();
    }
    view
}

/// One language version; `party_order` is the language whose order lists
/// the parties (the first column's, in a side-by-side document).
fn build_version(
    valid: &ValidatedAgreement,
    options: &RenderOptions,
    language: Language,
    party_order: Language,
) -> View {
    let a = valid.agreement();
    let v = Version::new(a, language).party_order_of(party_order);
    let b = Builder { a, v };
    let l = v.locale;
    let date = a.meta.date;
    let tiers = b.tiers();
    // A draft is not dated for signing: the date is left to be filled in.
    let signing_date = (a.meta.status != DocumentStatus::Draft).then_some(date);
    let counterparts = a.counterparts();
    View {
        schema_version: SCHEMA_VERSION,
        document: match options.document {
            Document::Agreement => "agreement",
            Document::Annex1 => "annex1",
            Document::Annex2 => "annex2",
        },
        draft: options
            .draft
            .unwrap_or(a.meta.status == DocumentStatus::Draft),
        attach: options.standard.allows_attachments(),
        lang: language.code(),
        labels: b.labels(),
        title: b.t(&a.meta.title),
        short_title: b
            .opt(a.meta.short_title.as_ref())
            .unwrap_or_else(|| b.t(&a.meta.title)),
        version: b.opt(a.meta.version.as_ref()),
        languages_note: a.meta.languages.is_multilingual().then(|| {
            if options.parallel {
                l.language_versions_side_by_side(a.meta.languages.all())
            } else {
                l.language_versions(a.meta.languages.all())
            }
        }),
        date_parts: [
            i64::from(date.year()),
            i64::from(date.month()),
            i64::from(date.day()),
        ],
        parties: b.parties(valid),
        sections: b.sections(),
        figure: b.figure(&tiers),
        tiers,
        forums: b.forums(),
        interface_areas: b.interface_areas(),
        priorities: b.priorities(),
        annexes: b.annexes(),
        place_and_date: l.place_and_date(b.opt(a.signing.place.as_ref()).as_deref(), signing_date),
        counterparts: l.counterparts_sentence_with(
            counterparts,
            counterparts as usize == a.parties.len(),
            a.signing.party_term,
        ),
        signing_statement: match a.signing.mode {
            SigningMode::Electronic => {
                Some(l.signing_statement(SigningMode::Electronic).to_owned())
            }
            SigningMode::Paper => None,
        },
        signatories: b.signatories(),
        names: b.names(),
        parallel: Vec::new(),
        redline: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of the view, at any depth, over the agreements given.
    fn keys(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    out.insert(k.clone());
                    keys(v, out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }

    #[test]
    fn the_built_in_templates_read_every_field_of_the_view() {
        let templates = [
            include_str!("../../../templates/main.typ"),
            include_str!("../../../templates/lib.typ"),
            include_str!("../../../templates/agreement.typ"),
            include_str!("../../../templates/figure.typ"),
            include_str!("../../../templates/annexes.typ"),
        ]
        .concat();
        let mut all = std::collections::BTreeSet::new();
        for file in [
            "examples/kanta-hame-2023.toml",
            "examples/kanta-hame-2026.toml",
            "tests/data/valid/columns.toml",
            "tests/data/valid/complete.toml",
        ] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
            let loaded = crate::load(&path).unwrap();
            let valid = crate::validate(
                loaded.agreement,
                &crate::ValidateOptions::with_today(crate::Date::from_ymd(2026, 11, 25).unwrap()),
            )
            .unwrap();
            let view = serde_json::to_value(build(&valid, &RenderOptions::default())).unwrap();
            keys(&view, &mut all);
        }
        // A redline has its note and marked spans.
        let load = |file: &str| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
            crate::validate(
                crate::load(&path).unwrap().agreement,
                &crate::ValidateOptions::with_today(crate::Date::from_ymd(2026, 11, 25).unwrap()),
            )
            .unwrap()
        };
        let redline = crate::render::redline_value(
            &load("examples/kanta-hame-2023.toml"),
            &load("examples/kanta-hame-2026.toml"),
            &RenderOptions::default(),
        )
        .unwrap();
        keys(&redline, &mut all);
        assert!(all.contains("alt") && all.contains("note"));
        // A field is read as `x.field` (not as the start of a longer name),
        // or destructured by name.
        let read = |k: &str| {
            templates.match_indices(&format!(".{k}")).any(|(i, m)| {
                !templates[i + m.len()..]
                    .starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-')
            }) || templates.contains(&format!("\"{k}\""))
        };
        let unused: Vec<&String> = all.iter().filter(|k| !read(k)).collect();
        assert!(
            unused.is_empty(),
            "fields of /data.json no built-in template reads: {unused:?}"
        );
    }
}
