//! The data the templates read (`/data.json`): the agreement prepared for
//! display. Every sentence and label the document shows is made here, in
//! Rust, so templates only lay out; every string reaches typst as a JSON
//! string and is shown as literal text.
//!
//! The shape is public: a user template directory reads it. It carries
//! [`SCHEMA_VERSION`], raised whenever a field is renamed or removed, and is
//! described field by field in `templates/DATA.md`.

use serde::Serialize;

use crate::language::Language;
use crate::locale::{Version, Words};
use crate::model::{
    Agreement, AnnexContent, Block, BodyRef, Forum, ForumKind, GoalsForm, Insert, Layout, Officers,
    PartyKind, ProseBlock, SigningMode, Status, TierContent,
};
use crate::text::{RichText, Span, Text};
use crate::validate::ValidatedAgreement;

use super::{Document, RenderOptions};

/// The version of the view's shape. 2: structure layouts and spanning
/// bodies, participants, interface areas, responsibilities at every level,
/// additional annexes, labels.
pub(crate) const SCHEMA_VERSION: u32 = 2;

/// A piece of display text.
#[derive(Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub(crate) enum ViewSpan {
    Text(String),
    Strong(String),
    Footnote(Vec<ViewSpan>),
}

type Rich = Vec<ViewSpan>;

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum ViewBlock {
    Paragraph {
        text: Rich,
    },
    Bullets {
        items: Vec<Rich>,
    },
    Numbered {
        items: Vec<Rich>,
    },
    Subheading {
        text: String,
    },
    LegalBasis {
        statutes: Vec<ViewStatute>,
    },
    Priorities {
        items: Vec<String>,
    },
    StructureFigure,
    Tiers,
    InterfaceAreas,
    FollowUp {
        blocks: Vec<ViewBlock>,
        sentence: String,
    },
    Validity {
        text: Rich,
    },
    Termination {
        text: String,
    },
}

#[derive(Serialize)]
pub(crate) struct ViewStatute {
    label: String,
    provisions: Vec<String>,
}

#[derive(Serialize)]
pub(crate) struct ViewSection {
    heading: String,
    blocks: Vec<ViewBlock>,
}

#[derive(Serialize)]
pub(crate) struct ViewParty {
    name: String,
    business_id: String,
    address: Option<String>,
    kind: PartyKind,
}

#[derive(Serialize)]
pub(crate) struct ViewSignatory {
    name: String,
    title: String,
    organisation: String,
    /// "Hyväksytty: Kunnanhallitus 12.6.2023 § 123", when recorded.
    approval: Option<String>,
    /// "Allekirjoitettu 1.8.2023", when recorded.
    signed: Option<String>,
}

/// One box of the structure figure.
#[derive(Serialize)]
pub(crate) struct ViewBox {
    /// The short label drawn.
    short: String,
    /// The full name.
    name: String,
    /// What the box stands for: a body, a municipality, an interface area.
    kind: &'static str,
    /// An open network: drawn with a dashed border.
    open: bool,
    /// A body that exists in each municipality: drawn with a dotted border.
    each: bool,
}

/// A tier (or column) of the structure figure and the text.
#[derive(Serialize)]
pub(crate) struct ViewTier {
    level: u32,
    name: String,
    level_name: Option<String>,
    blocks: Vec<ViewBlock>,
    /// What the figure shows in this tier, in order.
    boxes: Vec<ViewBox>,
}

/// A body that spans several tiers (or columns).
#[derive(Serialize)]
pub(crate) struct ViewSpanning {
    first: u32,
    last: u32,
    #[serde(flatten)]
    item: ViewBox,
}

#[derive(Serialize)]
pub(crate) struct ViewFigure {
    layout: Layout,
    caption: String,
    /// The figure described in words: its text alternative.
    alt: String,
    spanning: Vec<ViewSpanning>,
    /// Notes under the figure (what a dashed border means).
    legend: Vec<String>,
}

#[derive(Serialize)]
pub(crate) struct ViewForum {
    name: String,
    short_name: Option<String>,
    kind: ForumKind,
    first_tier: u32,
    /// Label–value rows for Annex 1, in display order.
    rows: Vec<(String, Rich)>,
    tasks: Vec<Rich>,
}

#[derive(Serialize)]
pub(crate) struct ViewAreas {
    headings: [String; 4],
    rows: Vec<ViewArea>,
}

#[derive(Serialize)]
pub(crate) struct ViewArea {
    name: String,
    description: Option<Rich>,
    municipal_contact: String,
    county_contact: String,
    bodies: String,
}

#[derive(Serialize)]
pub(crate) struct ViewAction {
    /// The number the table gives the action, when it numbers them.
    number: Option<u32>,
    text: Rich,
    /// "Vastuutaho: …", when the action has its own.
    lead: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct ViewGoal {
    text: Rich,
    /// The goal's own responsibility, when it has one.
    lead: Option<String>,
    /// Who is responsible for the goal: its own responsibility, or the
    /// priority's when it has none (the responsibility column per goal).
    lead_shown: Option<String>,
    indicators_intro: Option<String>,
    indicators: Vec<Rich>,
    actions: Vec<ViewAction>,
}

#[derive(Serialize)]
pub(crate) struct ViewPriority {
    number: u32,
    title: String,
    description: Option<Rich>,
    lead: Option<String>,
    /// Whether any goal has a responsibility of its own: the table then
    /// gives responsibility per goal row.
    goal_leads: bool,
    goals: Vec<ViewGoal>,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum ViewAnnexContent {
    Blocks {
        blocks: Vec<ViewBlock>,
    },
    Table {
        columns: Vec<String>,
        rows: Vec<Vec<Rich>>,
    },
    Document {
        text: String,
    },
}

#[derive(Serialize)]
pub(crate) struct ViewAdditionalAnnex {
    number: usize,
    title: String,
    content: ViewAnnexContent,
}

#[derive(Serialize)]
pub(crate) struct ViewAnnexes {
    structures_title: String,
    goals_title: String,
    priority_heading: String,
    goal_heading: String,
    indicator_heading: String,
    action_heading: String,
    lead_heading: String,
    /// `simple`: priority rows over goal | indicator (2023); `full`:
    /// priority | goal | indicators | actions | responsibility (2026).
    form: GoalsForm,
    additional: Vec<ViewAdditionalAnnex>,
}

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

    fn prose(&self, blocks: &'a [ProseBlock]) -> Vec<ViewBlock> {
        blocks
            .iter()
            .map(|b| match b {
                ProseBlock::Paragraph(t) => ViewBlock::Paragraph { text: self.rich(t) },
                ProseBlock::Bullets(items) => ViewBlock::Bullets {
                    items: items.iter().map(|t| self.rich(t)).collect(),
                },
                ProseBlock::Numbered(items) => ViewBlock::Numbered {
                    items: items.iter().map(|t| self.rich(t)).collect(),
                },
                ProseBlock::Subheading(t) => ViewBlock::Subheading { text: self.t(t) },
            })
            .collect()
    }

    fn blocks(&self, blocks: &'a [Block]) -> Vec<ViewBlock> {
        blocks.iter().map(|b| self.block(b)).collect()
    }

    fn block(&self, block: &'a Block) -> ViewBlock {
        let a = self.a;
        let l = self.v.locale;
        match block {
            Block::Paragraph(t) => ViewBlock::Paragraph { text: self.rich(t) },
            Block::Bullets(items) => ViewBlock::Bullets {
                items: items.iter().map(|t| self.rich(t)).collect(),
            },
            Block::Numbered(items) => ViewBlock::Numbered {
                items: items.iter().map(|t| self.rich(t)).collect(),
            },
            Block::Subheading(t) => ViewBlock::Subheading { text: self.t(t) },
            Block::Insert(insert) => match insert {
                Insert::LegalBasis => ViewBlock::LegalBasis {
                    statutes: a
                        .legal_basis
                        .iter()
                        .map(|s| ViewStatute {
                            label: match &s.number {
                                Some(n) => format!("{} ({n})", self.t(&s.name)),
                                None => self.t(&s.name),
                            },
                            provisions: s
                                .provisions
                                .iter()
                                .map(|p| l.provision(p.section.trim(), self.v.t(&p.topic)))
                                .collect(),
                        })
                        .collect(),
                },
                Insert::Priorities => ViewBlock::Priorities {
                    items: a.priorities.iter().map(|p| self.t(&p.title)).collect(),
                },
                Insert::StructureFigure => ViewBlock::StructureFigure,
                Insert::Tiers => ViewBlock::Tiers,
                Insert::InterfaceAreas => ViewBlock::InterfaceAreas,
                Insert::FollowUp => match &a.follow_up {
                    Some(f) => {
                        let mut blocks = self.prose(&f.text);
                        let mut sentence = l.follow_up_sentence(&f.rounds).unwrap_or_default();
                        // The meeting sentence ends the written paragraph, as
                        // in the 2023 agreement, rather than standing alone.
                        if let Some(ViewBlock::Paragraph { text }) = blocks.last_mut() {
                            text.push(ViewSpan::Text(format!(" {sentence}")));
                            sentence.clear();
                        }
                        ViewBlock::FollowUp { blocks, sentence }
                    }
                    None => ViewBlock::Paragraph { text: Vec::new() },
                },
                Insert::Validity => ViewBlock::Validity {
                    text: self.validity(),
                },
                Insert::Termination => ViewBlock::Termination {
                    text: l.termination(&a.termination),
                },
                // New inserts are added above; an unknown one prints nothing.
                #[allow(unreachable_patterns)]
                _ => ViewBlock::Paragraph { text: Vec::new() },
            },
        }
    }

    fn validity(&self) -> Rich {
        let a = self.a;
        let text = self.v.locale.validity(
            a.meta.kind,
            a.validity.until,
            a.validity.until_new_agreement,
        );
        let mut spans = vec![ViewSpan::Text(text)];
        if let Some(review) = &a.validity.review {
            spans.push(ViewSpan::Text(" ".to_owned()));
            spans.extend(self.rich(&review.text));
        }
        spans
    }

    fn tier_label(&self, level: u32) -> String {
        self.a
            .tiers
            .iter()
            .find(|t| t.level == level)
            .map(|t| format!("{}) {}", t.level, self.t(&t.name)))
            .unwrap_or_else(|| level.to_string())
    }

    fn forum(&self, f: &'a Forum) -> ViewForum {
        let a = self.a;
        let l = self.v.locale;
        let w = self.words();
        let r = &w.row;
        let mut tier_name = self.tier_label(f.tier.first());
        if f.tier.is_span() {
            tier_name = format!("{tier_name} – {}", self.tier_label(f.tier.last()));
        }
        let tier_row = match a.structure.layout {
            Layout::Columns => r.column,
            _ => r.tier,
        };
        let mut rows: Vec<(String, Rich)> = vec![
            (r.kind.into(), Self::plain(l.forum_kind(f.kind))),
            (tier_row.into(), Self::plain(&tier_name)),
        ];
        if f.per_municipality {
            let municipalities: Vec<String> = a
                .municipal_members(f)
                .iter()
                .map(|p| self.t(p.label()))
                .collect();
            let text = l.per_municipality(&municipalities, f.municipalities.is_empty());
            rows.push((r.operates.into(), Self::plain(&text)));
        }
        if let Some(by) = &f.appointed_by {
            rows.push((r.appointed_by.into(), Self::plain(&self.v.body_name(by))));
        }
        match &f.convener {
            Some(c) => {
                let first = c
                    .party
                    .as_ref()
                    .map(|p| self.v.party_name(p.as_str()))
                    .or_else(|| self.opt(c.other.as_ref()));
                let text = l.convener(first.as_deref(), c.chair);
                let text = if f.per_municipality {
                    format!("{}; {text}", w.each_municipality_convenes)
                } else {
                    text
                };
                rows.push((r.convener.into(), Self::plain(&text)));
            }
            None if f.per_municipality => {
                rows.push((r.convener.into(), Self::plain(w.each_municipality_convenes)))
            }
            None => {}
        }
        if let Some(freq) = &f.frequency {
            let mut text = l.frequency(freq);
            for j in a.joint_meetings.iter().filter(|j| j.forums.contains(&f.id)) {
                let others: Vec<String> = j
                    .forums
                    .iter()
                    .filter(|id| **id != f.id)
                    .filter_map(|id| a.forum(id))
                    .map(|f| self.t(f.label()))
                    .collect();
                text.push_str(&l.joint_meeting(j.at_least_per_year, &others));
            }
            rows.push((r.meetings.into(), Self::plain(&text)));
        }
        if let Some(t) = f.term {
            rows.push((r.term.into(), Self::plain(l.term(t))));
        }
        if !f.members.is_empty() {
            let members: Vec<String> = f.members.iter().map(|m| self.v.member(m)).collect();
            rows.push((r.members.into(), Self::plain(&members.join("\n"))));
        }
        for (label, value) in [
            (r.composition, &f.composition),
            (r.serves, &f.serves),
            (r.prepared_by, &f.prepared_by),
            (r.presented_by, &f.presented_by),
        ] {
            if let Some(v) = value {
                rows.push((label.into(), Self::plain(self.v.t(v))));
            }
        }
        if let Some(o) = &f.officers {
            let text = match o {
                Officers::ElectedAtFirstMeeting => w.officers_elected.to_owned(),
                Officers::Other(text) => self.t(text),
            };
            rows.push((r.officers.into(), Self::plain(&text)));
        }
        if let Some(named) = f.named_representatives {
            let text = match (named, f.kind) {
                (true, _) => w.yes,
                (false, ForumKind::Network) => w.no_open,
                (false, _) => w.no,
            };
            rows.push((r.named_representatives.into(), Self::plain(text)));
        }
        if f.statutory {
            rows.push((r.statutory.into(), Self::plain(w.yes)));
        }
        // The representatives each party has named for this forum, with
        // their deputies (seed 000: a municipal board names them).
        let named: Vec<String> = a
            .representatives
            .iter()
            .filter(|r| r.forum == f.id)
            .map(|rep| {
                let party = self.v.party_name(rep.party.as_str());
                let mut line = rep.name.clone();
                if let Some(title) = &rep.title {
                    line.push_str(&format!(", {}", self.v.t(title)));
                }
                line.push_str(&format!(" ({party})"));
                if let Some(deputy) = &rep.deputy {
                    line.push_str(&format!("; {} {deputy}", w.deputy));
                }
                line
            })
            .collect();
        if !named.is_empty() {
            rows.push((r.representatives.into(), Self::plain(&named.join("\n"))));
        }
        ViewForum {
            name: self.t(&f.name),
            short_name: self.opt(f.short_name.as_ref()),
            kind: f.kind,
            first_tier: f.tier.first(),
            rows,
            tasks: f.tasks.iter().map(|t| self.rich(t)).collect(),
        }
    }

    fn forum_box(&self, f: &'a Forum) -> ViewBox {
        ViewBox {
            short: self.t(f.label()),
            name: self.t(&f.name),
            kind: "body",
            open: f.kind == ForumKind::Network && f.named_representatives == Some(false),
            each: f.per_municipality,
        }
    }

    fn tier_boxes(&self, level: u32, contents: &[TierContent]) -> Vec<ViewBox> {
        let a = self.a;
        let mut boxes = Vec::new();
        for content in contents {
            match content {
                TierContent::Bodies => boxes.extend(
                    a.forums
                        .iter()
                        .filter(|f| !f.tier.is_span() && f.tier.first() == level)
                        .map(|f| self.forum_box(f)),
                ),
                TierContent::Municipalities => boxes.extend(
                    a.parties
                        .iter()
                        .filter(|p| p.kind.is_municipality())
                        .map(|p| ViewBox {
                            short: self.t(p.label()),
                            name: self.t(&p.name),
                            kind: "municipality",
                            open: false,
                            each: false,
                        }),
                ),
                TierContent::InterfaceAreas => {
                    boxes.extend(a.interface_areas.iter().map(|area| ViewBox {
                        short: self.t(&area.name),
                        name: self.t(&area.name),
                        kind: "interface_area",
                        open: false,
                        each: false,
                    }))
                }
            }
        }
        boxes
    }

    fn figure(&self, tiers: &[ViewTier]) -> ViewFigure {
        let a = self.a;
        let w = self.words();
        let spanning: Vec<ViewSpanning> = a
            .forums
            .iter()
            .filter(|f| f.tier.is_span())
            .map(|f| ViewSpanning {
                first: f.tier.first(),
                last: f.tier.last(),
                item: self.forum_box(f),
            })
            .collect();
        let columns = a.structure.layout == Layout::Columns;
        let described: Vec<(u32, String, Vec<String>)> = tiers
            .iter()
            .map(|t| {
                (
                    t.level,
                    t.name.clone(),
                    t.boxes.iter().map(|b| b.name.clone()).collect(),
                )
            })
            .collect();
        let spans: Vec<(String, String, String)> = spanning
            .iter()
            .map(|s| {
                (
                    s.item.name.clone(),
                    self.tier_label(s.first),
                    self.tier_label(s.last),
                )
            })
            .collect();
        let alt = self.v.locale.figure_alt(columns, &described, &spans);
        let any = |f: fn(&ViewBox) -> bool| {
            tiers.iter().any(|t| t.boxes.iter().any(f)) || spanning.iter().any(|s| f(&s.item))
        };
        let mut legend = Vec::new();
        if any(|b| b.open) {
            legend.push(w.legend_open.to_owned());
        }
        if any(|b| b.each) {
            legend.push(w.legend_each.to_owned());
        }
        let caption = self.opt(a.structure.caption.as_ref()).unwrap_or_else(|| {
            if columns {
                w.caption_columns
            } else {
                w.caption_tiers
            }
            .to_owned()
        });
        ViewFigure {
            layout: a.structure.layout,
            caption,
            alt,
            spanning,
            legend,
        }
    }

    fn interface_areas(&self) -> ViewAreas {
        let a = self.a;
        ViewAreas {
            headings: self.words().areas.map(str::to_owned),
            rows: a
                .interface_areas
                .iter()
                .map(|area| ViewArea {
                    name: self.t(&area.name),
                    description: area.description.as_ref().map(|d| self.rich(d)),
                    municipal_contact: self.t(&area.municipal_contact),
                    county_contact: self.t(&area.county_contact),
                    bodies: area
                        .bodies
                        .iter()
                        .map(|b: &BodyRef| self.v.body_name(b))
                        .collect::<Vec<_>>()
                        .join(", "),
                })
                .collect(),
        }
    }

    fn additional_annexes(&self) -> Vec<ViewAdditionalAnnex> {
        self.a
            .annexes
            .additional
            .iter()
            .enumerate()
            .map(|(i, annex)| ViewAdditionalAnnex {
                number: i + 3,
                title: self.t(&annex.title),
                content: match &annex.content {
                    AnnexContent::Blocks(b) => ViewAnnexContent::Blocks {
                        blocks: self.prose(b),
                    },
                    AnnexContent::Table(t) => ViewAnnexContent::Table {
                        columns: t.columns.iter().map(|c| self.t(c)).collect(),
                        rows: t
                            .rows
                            .iter()
                            .map(|r| r.iter().map(|c| self.rich(c)).collect())
                            .collect(),
                    },
                    AnnexContent::Document(d) => ViewAnnexContent::Document {
                        text: self.v.locale.document_annex(
                            self.v.t(&d.name),
                            d.date,
                            d.reference.as_deref(),
                        ),
                    },
                    #[allow(unreachable_patterns)]
                    _ => ViewAnnexContent::Blocks { blocks: Vec::new() },
                },
            })
            .collect()
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
    let mut view = build_version(valid, options, language);
    if options.parallel && a.meta.languages.is_multilingual() {
        view.parallel = a
            .meta
            .languages
            .all()
            .iter()
            .filter(|l| **l != language)
            .map(|l| build_version(valid, options, *l))
            .collect();
    }
    view
}

fn build_version(valid: &ValidatedAgreement, options: &RenderOptions, language: Language) -> View {
    let a = valid.agreement();
    let v = Version::new(a, language);
    let b = Builder { a, v };
    let l = v.locale;
    let w = l.words();
    let date = a.meta.date;
    let priorities = a
        .priorities
        .iter()
        .enumerate()
        .map(|(i, p)| ViewPriority {
            number: p.number.unwrap_or(u32::try_from(i + 1).unwrap_or(u32::MAX)),
            title: b.t(&p.title),
            description: p.description.as_ref().map(|d| b.rich(d)),
            lead: p.lead.as_ref().map(|r| v.responsibility(r)),
            goal_leads: p.goals.iter().any(|g| g.lead.is_some()),
            goals: p
                .goals
                .iter()
                .map(|g| ViewGoal {
                    text: b.rich(&g.text),
                    lead: g.lead.as_ref().map(|r| v.responsibility(r)),
                    lead_shown: g
                        .lead
                        .as_ref()
                        .or(p.lead.as_ref())
                        .map(|r| v.responsibility(r)),
                    indicators_intro: b.opt(g.indicators_intro.as_ref()),
                    indicators: g.indicators.iter().map(|i| indicator(&b, i)).collect(),
                    actions: g
                        .actions
                        .iter()
                        .map(|act| ViewAction {
                            number: act.number,
                            text: b.rich(&act.text),
                            lead: act.lead.as_ref().map(|r| v.responsibility(r)),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let mut tiers: Vec<_> = a.tiers.iter().collect();
    tiers.sort_by_key(|t| t.level);
    let tiers: Vec<ViewTier> = tiers
        .iter()
        .map(|t| ViewTier {
            level: t.level,
            name: b.t(&t.name),
            level_name: b.opt(t.level_name.as_ref()),
            blocks: b.prose(&t.blocks),
            boxes: b.tier_boxes(t.level, &t.contents),
        })
        .collect();
    // A draft is not dated for signing: the date is left to be filled in.
    let signing_date = (a.meta.status != Status::Draft).then_some(date);
    let counterparts = a.counterparts();
    let x = &a.annexes;
    let d = &w.annexes;
    View {
        schema_version: SCHEMA_VERSION,
        document: match options.document {
            Document::Agreement => "agreement",
            Document::Annex1 => "annex1",
            Document::Annex2 => "annex2",
        },
        draft: options.draft.unwrap_or(a.meta.status == Status::Draft),
        attach: options.standard.allows_attachments(),
        lang: language.code(),
        labels: b.labels(),
        title: b.t(&a.meta.title),
        short_title: b
            .opt(a.meta.short_title.as_ref())
            .unwrap_or_else(|| b.t(&a.meta.title)),
        version: b.opt(a.meta.version.as_ref()),
        languages_note: a
            .meta
            .languages
            .is_multilingual()
            .then(|| l.language_versions(a.meta.languages.all())),
        date_parts: [
            i64::from(date.year()),
            i64::from(date.month()),
            i64::from(date.day()),
        ],
        parties: a
            .parties
            .iter()
            .zip(valid.business_ids())
            .map(|(p, id)| ViewParty {
                name: b.t(&p.name),
                business_id: id.to_string(),
                address: b.opt(p.address.as_ref()),
                kind: p.kind,
            })
            .collect(),
        sections: a
            .sections
            .iter()
            .map(|s| ViewSection {
                heading: b.t(&s.heading),
                blocks: b.blocks(&s.blocks),
            })
            .collect(),
        figure: b.figure(&tiers),
        tiers,
        forums: {
            let mut forums: Vec<&Forum> = a.forums.iter().collect();
            forums.sort_by_key(|f| f.tier.first());
            forums.into_iter().map(|f| b.forum(f)).collect()
        },
        interface_areas: b.interface_areas(),
        priorities,
        annexes: ViewAnnexes {
            structures_title: v.heading(x.structures_title.as_ref(), d.structures_title),
            goals_title: v.heading(x.goals_title.as_ref(), d.goals_title),
            priority_heading: v.heading(x.priority_heading.as_ref(), d.priority_heading),
            goal_heading: v.heading(x.goal_heading.as_ref(), d.goal_heading),
            indicator_heading: v.heading(x.indicator_heading.as_ref(), d.indicator_heading),
            action_heading: v.heading(x.action_heading.as_ref(), d.action_heading),
            lead_heading: v.heading(x.lead_heading.as_ref(), d.lead_heading),
            form: x.goals_form,
            additional: b.additional_annexes(),
        },
        place_and_date: l.place_and_date(b.opt(a.signing.place.as_ref()).as_deref(), signing_date),
        counterparts: l
            .counterparts_sentence(counterparts, counterparts as usize == a.parties.len()),
        signing_statement: match a.signing.mode {
            SigningMode::Electronic => {
                Some(l.signing_statement(SigningMode::Electronic).to_owned())
            }
            SigningMode::Paper => None,
        },
        signatories: a
            .parties
            .iter()
            .map(|p| ViewSignatory {
                name: p
                    .signatory
                    .as_ref()
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                title: p
                    .signatory
                    .as_ref()
                    .map(|s| b.t(&s.title))
                    .unwrap_or_default(),
                organisation: b.t(&p.name),
                approval: p.approval.as_ref().map(|ap| {
                    l.approval(v.t(&ap.body), ap.date, ap.section.as_deref().map(str::trim))
                }),
                signed: p.signed_on.map(|d| l.signed_on(d)),
            })
            .collect(),
        parallel: Vec::new(),
        redline: None,
    }
}

/// An indicator's text, followed by what its own fields say that the text
/// does not already: the target, the direction, the count out of the
/// municipalities, the scale, the baseline, the unit and the source.
/// Nothing given is left out. The additions go inside the sentence, before
/// its full stop: "… kyselyssä (yksikkö: %)."
fn indicator<'a>(b: &Builder<'a>, i: &'a crate::model::Indicator) -> Rich {
    let l = b.v.locale;
    let plain = b.v.plain(&i.text);
    let mut extra: Vec<String> = Vec::new();
    if let Some(target) = b.v.opt(i.target.as_ref())
        && !plain.contains(target)
    {
        extra.push(l.indicator_target(target));
    }
    if let Some(direction) = i.direction {
        extra.push(l.indicator_direction(direction));
    }
    if let Some(share) = &i.municipalities {
        let share = share.to_string();
        // Which municipalities a share of some of them counts among.
        let among = i.among.as_ref().map(|among| {
            let names: Vec<String> = match among {
                crate::model::Among::Parties(ids) => ids
                    .iter()
                    .filter_map(|id| b.a.party(id))
                    .map(|p| b.t(&p.name))
                    .collect(),
                crate::model::Among::MembersOf { members_of } => {
                    b.a.forum(members_of)
                        .map(|f| {
                            b.a.municipal_members(f)
                                .iter()
                                .map(|p| b.t(&p.name))
                                .collect()
                        })
                        .unwrap_or_default()
                }
            };
            l.join_and(&names)
        });
        if among.is_some() || !plain.contains(&share) {
            extra.push(l.indicator_share(&share, among.as_deref()));
        }
    }
    if let Some([lo, hi]) = i.scale
        && !plain.contains(&format!("{lo}–{hi}"))
        && !plain.contains(&format!("{lo}-{hi}"))
    {
        extra.push(l.indicator_scale(lo, hi));
    }
    let unit = b.v.opt(i.unit.as_ref());
    // A baseline value carries the unit ("lähtötaso 35 % (2025)").
    let value = i.baseline_value.map(|x| match unit {
        Some(unit) => format!("{} {unit}", l.decimal(x)),
        None => l.decimal(x),
    });
    let year = i
        .baseline_year
        .filter(|y| value.is_some() || !plain.contains(&y.to_string()));
    if let Some(baseline) = l.indicator_baseline(year, value.as_deref()) {
        extra.push(baseline);
    }
    if let Some(unit) = unit
        && !plain.contains(unit)
        && i.baseline_value.is_none()
    {
        extra.push(l.indicator_unit(unit));
    }
    if let Some(source) = &i.source {
        extra.push(l.indicator_source(b.v.t(&source.name), source.id.as_deref()));
    }
    let mut spans = b.rich(&i.text);
    if !extra.is_empty() {
        let addition = format!(" ({})", extra.join("; "));
        // Before the sentence's own full stop, if the text ends in one.
        match spans.last_mut() {
            Some(ViewSpan::Text(last) | ViewSpan::Strong(last))
                if last.trim_end().ends_with('.') =>
            {
                let trimmed = last.trim_end().trim_end_matches('.').to_owned();
                *last = trimmed;
                spans.push(ViewSpan::Text(format!("{addition}.")));
            }
            _ => spans.push(ViewSpan::Text(addition)),
        }
    }
    spans
}

/// Longest run of characters without a break opportunity that is left
/// alone; real Finnish compounds stay below it and are hyphenated by typst.
const LONGEST_UNBROKEN: usize = 40;
/// Where a longer run may break: every this many characters.
const FORCED_BREAK_EVERY: usize = 12;

/// Prepares every string of the view for layout, in one pass:
///
/// - typst may break runs of text that have no break opportunity of their
///   own (a 5 000-character "word", a long code); without this they run off
///   the page or over the next table cell. A zero-width space, which prints
///   nothing, is inserted every [`FORCED_BREAK_EVERY`] characters of a run
///   longer than [`LONGEST_UNBROKEN`];
/// - a section sign stays on the line of its number;
/// - the hyphen of a suspended compound ("ja -suunnitelma", "kuntoutus
///   -toimiala") stays with the word it belongs to;
/// - a letter and its accents are composed (NFC): a decomposed "e" and
///   acute, as text copied from some systems arrives, would otherwise be
///   two glyphs, and typst maps each of them to the whole sequence in the
///   PDF's text layer, so the letter would read twice (typst issue 8767).
pub(crate) fn adjust_text_for_layout(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) => {
            use unicode_normalization::UnicodeNormalization;
            if !unicode_normalization::is_nfc(s) {
                *s = s.nfc().collect();
            }
            if let Some(wrapped) = break_long_runs(s) {
                *s = wrapped;
            }
            if let Some(bound) = bind_section_signs(s) {
                *s = bound;
            }
            if let Some(bound) = bind_leading_hyphens(s) {
                *s = bound;
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(adjust_text_for_layout),
        serde_json::Value::Object(map) => map.values_mut().for_each(adjust_text_for_layout),
        _ => {}
    }
}

fn break_long_runs(s: &str) -> Option<String> {
    let breaks = |c: char| {
        c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2013}' | '/' | '\u{200B}')
    };
    let mut run = 0usize;
    let mut longest = 0usize;
    for c in s.chars() {
        run = if breaks(c) { 0 } else { run + 1 };
        longest = longest.max(run);
    }
    if longest <= LONGEST_UNBROKEN {
        return None;
    }
    let mut out = String::with_capacity(s.len() + s.len() / FORCED_BREAK_EVERY * 3);
    let mut run = 0usize;
    for c in s.chars() {
        if breaks(c) {
            run = 0;
        } else {
            // Never split a letter from the combining marks that follow it.
            if run > 0 && run.is_multiple_of(FORCED_BREAK_EVERY) && !is_combining(c) {
                out.push('\u{200B}');
            }
            run += 1;
        }
        out.push(c);
    }
    Some(out)
}

/// Keeps a section sign on the line of its number ("6 §", "§ 14") with a
/// no-break space, as Finnish typography does; `None` when nothing changes.
fn bind_section_signs(s: &str) -> Option<String> {
    if !s.contains('§') {
        return None;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let digit_then_sign = before.is_some_and(|b| b.is_ascii_digit()) && after == Some('§');
        let sign_then_digit = before == Some('§') && after.is_some_and(|a| a.is_ascii_digit());
        out.push(if c == ' ' && (digit_then_sign || sign_then_digit) {
            '\u{A0}'
        } else {
            c
        });
    }
    Some(out)
}

/// Joins a hyphen that begins a word to that word with a word joiner
/// (U+2060, which prints nothing), so that no line ends in "ja -"; `None`
/// when nothing changes.
fn bind_leading_hyphens(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    let leading = |i: usize| {
        matches!(chars[i], '-' | '\u{2010}')
            && (i == 0 || chars[i - 1].is_whitespace())
            && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
    };
    if !(0..chars.len()).any(leading) {
        return None;
    }
    let mut out = String::with_capacity(s.len() + 6);
    for (i, &c) in chars.iter().enumerate() {
        out.push(c);
        if leading(i) {
            out.push('\u{2060}');
        }
    }
    Some(out)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
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
            include_str!("../../templates/main.typ"),
            include_str!("../../templates/lib.typ"),
            include_str!("../../templates/agreement.typ"),
            include_str!("../../templates/figure.typ"),
            include_str!("../../templates/annexes.typ"),
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

    #[test]
    fn a_leading_hyphen_stays_with_its_word() {
        assert_eq!(
            bind_leading_hyphens("hyvinvointikertomus ja -suunnitelma").as_deref(),
            Some("hyvinvointikertomus ja -\u{2060}suunnitelma")
        );
        // Hyphens inside words and dashes between words are left alone.
        assert_eq!(bind_leading_hyphens("sote-palvelut - ja muut 1-5"), None);
    }

    #[test]
    fn long_runs_get_break_opportunities_short_ones_do_not() {
        assert_eq!(break_long_runs("luottamushenkilöorganisaatioista"), None);
        let long = "x".repeat(50);
        let wrapped = break_long_runs(&long).unwrap();
        assert_eq!(wrapped.replace('\u{200B}', ""), long);
        assert_eq!(wrapped.matches('\u{200B}').count(), 4);
        // Spaces end a run.
        assert_eq!(
            break_long_runs(&format!("{} {}", "a".repeat(30), "b".repeat(30))),
            None
        );
    }
}
