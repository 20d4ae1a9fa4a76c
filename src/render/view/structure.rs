//! The structure: its tiers (or columns) with what each holds, the figure
//! drawn from them with its text alternative, and the interface areas.

use serde::Serialize;

use crate::model::{BodyRef, Figure, Forum, ForumKind, Layout, TierContent};

use super::sections::ViewBlock;
use super::{Builder, Rich};

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

impl<'a> Builder<'a> {
    pub(super) fn tiers(&self) -> Vec<ViewTier> {
        let mut tiers: Vec<_> = self.a.tiers.iter().collect();
        tiers.sort_by_key(|t| t.level);
        tiers
            .iter()
            .map(|t| ViewTier {
                level: t.level,
                name: self.t(&t.name),
                level_name: self.opt(t.level_name.as_ref()),
                blocks: self.prose(&t.blocks),
                boxes: self.tier_boxes(t.level, &t.contents),
            })
            .collect()
    }

    pub(super) fn tier_label(&self, level: u32) -> String {
        self.a
            .tiers
            .iter()
            .find(|t| t.level == level)
            .map(|t| format!("{}) {}", t.level, self.t(&t.name)))
            .unwrap_or_else(|| level.to_string())
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

    /// Figure 1: every tier and every body.
    pub(super) fn figure(&self, tiers: &[ViewTier]) -> ViewFigure {
        let spanning: Vec<ViewSpanning> = self
            .a
            .forums
            .iter()
            .filter(|f| f.tier.is_span())
            .map(|f| ViewSpanning {
                first: f.tier.first(),
                last: f.tier.last(),
                item: self.forum_box(f),
            })
            .collect();
        let caption = self.opt(self.a.structure.caption.as_ref());
        self.figure_of(tiers, spanning, caption)
    }

    /// A figure of chosen tiers and bodies: the tiers it names with all
    /// they hold, and the bodies it names in their tiers (only those, in a
    /// tier it does not name). A body spanning tiers is drawn over the
    /// drawn tiers of its span when it is named or spans a named tier.
    pub(super) fn chosen_figure(&self, chosen: &'a Figure) -> (Vec<ViewTier>, ViewFigure) {
        let a = self.a;
        let named = |f: &Forum| chosen.bodies.contains(&f.id);
        let mut levels: Vec<u32> = chosen.tiers.clone();
        for f in a.forums.iter().filter(|f| named(f)) {
            levels.extend(f.tier.first()..=f.tier.last());
        }
        levels.sort_unstable();
        levels.dedup();
        let mut tiers = Vec::new();
        for t in a.tiers.iter().filter(|t| levels.contains(&t.level)) {
            let boxes = if chosen.tiers.contains(&t.level) {
                self.tier_boxes(t.level, &t.contents)
            } else {
                a.forums
                    .iter()
                    .filter(|f| named(f) && !f.tier.is_span() && f.tier.first() == t.level)
                    .map(|f| self.forum_box(f))
                    .collect()
            };
            tiers.push(ViewTier {
                level: t.level,
                name: self.t(&t.name),
                level_name: self.opt(t.level_name.as_ref()),
                blocks: Vec::new(),
                boxes,
            });
        }
        tiers.sort_by_key(|t| t.level);
        let drawn: Vec<u32> = tiers.iter().map(|t| t.level).collect();
        let spanning = a
            .forums
            .iter()
            .filter(|f| f.tier.is_span())
            .filter(|f| {
                named(f)
                    || chosen
                        .tiers
                        .iter()
                        .any(|l| (f.tier.first()..=f.tier.last()).contains(l))
            })
            .filter_map(|f| {
                let within = |l: &&u32| (f.tier.first()..=f.tier.last()).contains(*l);
                let first = *drawn.iter().find(within)?;
                let last = *drawn.iter().rev().find(within)?;
                Some(ViewSpanning {
                    first,
                    last,
                    item: self.forum_box(f),
                })
            })
            .collect();
        let caption = self
            .opt(chosen.caption.as_ref())
            .or_else(|| match tiers.as_slice() {
                [one] => Some(one.name.clone()),
                _ => None,
            });
        let figure = self.figure_of(&tiers, spanning, caption);
        (tiers, figure)
    }

    /// A figure of these tiers and spanning bodies: its text alternative,
    /// legend and caption (the default wording for the layout without one).
    fn figure_of(
        &self,
        tiers: &[ViewTier],
        spanning: Vec<ViewSpanning>,
        caption: Option<String>,
    ) -> ViewFigure {
        let a = self.a;
        let w = self.words();
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
        let caption = caption.unwrap_or_else(|| {
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

    pub(super) fn interface_areas(&self) -> ViewAreas {
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
}
