//! The annexes: the titles and column headings of Annexes 1 and 2, and the
//! additional annexes from 3 on.

use serde::Serialize;

use crate::model::{AnnexContent, GoalsForm};

use super::sections::ViewBlock;
use super::{Builder, Rich};

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

impl<'a> Builder<'a> {
    pub(super) fn annexes(&self) -> ViewAnnexes {
        let (v, x, d) = (self.v, &self.a.annexes, &self.words().annexes);
        ViewAnnexes {
            structures_title: v.heading(x.structures_title.as_ref(), d.structures_title),
            goals_title: v.heading(x.goals_title.as_ref(), d.goals_title),
            priority_heading: v.heading(x.priority_heading.as_ref(), d.priority_heading),
            goal_heading: v.heading(x.goal_heading.as_ref(), d.goal_heading),
            indicator_heading: v.heading(x.indicator_heading.as_ref(), d.indicator_heading),
            action_heading: v.heading(x.action_heading.as_ref(), d.action_heading),
            lead_heading: v.heading(x.lead_heading.as_ref(), d.lead_heading),
            form: x.goals_form,
            additional: self.additional_annexes(),
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
}
