//! The agreement's text: the sections, their blocks and the generated
//! inserts (legal basis, priorities, follow-up, validity, termination).

use serde::Serialize;

use crate::model::{Block, Insert, ListItem, ProseBlock};

use super::structure::{ViewFigure, ViewTier};
use super::{Builder, Rich, ViewSpan};

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum ViewBlock {
    Paragraph {
        text: Rich,
    },
    Bullets {
        items: Vec<ViewItem>,
    },
    Numbered {
        items: Vec<ViewItem>,
    },
    Subheading {
        text: String,
    },
    /// A figure of chosen tiers and bodies: drawn as figure 1 is, from
    /// these tiers (their `blocks` empty) and this figure's data.
    Figure {
        tiers: Vec<ViewTier>,
        figure: ViewFigure,
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

/// An item of a list, with the items of the list under it (most often
/// none).
#[derive(Serialize)]
pub(crate) struct ViewItem {
    text: Rich,
    items: Vec<Rich>,
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

impl<'a> Builder<'a> {
    pub(super) fn sections(&self) -> Vec<ViewSection> {
        self.a
            .sections
            .iter()
            .map(|s| ViewSection {
                heading: self.t(&s.heading),
                blocks: self.blocks(&s.blocks),
            })
            .collect()
    }

    pub(super) fn prose(&self, blocks: &'a [ProseBlock]) -> Vec<ViewBlock> {
        blocks
            .iter()
            .map(|b| match b {
                ProseBlock::Paragraph(t) => ViewBlock::Paragraph { text: self.rich(t) },
                ProseBlock::Bullets(items) => ViewBlock::Bullets {
                    items: self.items(items),
                },
                ProseBlock::Numbered(items) => ViewBlock::Numbered {
                    items: self.items(items),
                },
                ProseBlock::Subheading(t) => ViewBlock::Subheading { text: self.t(t) },
                ProseBlock::Figure(f) => {
                    let (tiers, figure) = self.chosen_figure(f);
                    ViewBlock::Figure { tiers, figure }
                }
            })
            .collect()
    }

    fn items(&self, items: &'a [ListItem]) -> Vec<ViewItem> {
        items
            .iter()
            .map(|item| ViewItem {
                text: self.rich(&item.text),
                items: item.items.iter().map(|t| self.rich(t)).collect(),
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
                items: self.items(items),
            },
            Block::Numbered(items) => ViewBlock::Numbered {
                items: self.items(items),
            },
            Block::Subheading(t) => ViewBlock::Subheading { text: self.t(t) },
            Block::Figure(f) => {
                let (tiers, figure) = self.chosen_figure(f);
                ViewBlock::Figure { tiers, figure }
            }
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
                            provisions: self.v.provisions(s),
                        })
                        .collect(),
                },
                Insert::Priorities => ViewBlock::Priorities {
                    items: a.priorities.iter().map(|p| self.t(&p.title)).collect(),
                },
                Insert::StructureFigure => ViewBlock::StructureFigure,
                Insert::Tiers => ViewBlock::Tiers,
                Insert::InterfaceAreas => ViewBlock::InterfaceAreas,
                Insert::FollowUpRules => match &a.follow_up {
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
                Insert::ValidityRules => ViewBlock::Validity {
                    text: self.validity(),
                },
                Insert::TerminationRules => ViewBlock::Termination {
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
}
