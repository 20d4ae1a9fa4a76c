//! The annexes: the headings of the generated annexes, and each additional
//! annex with its title and one content, prose, a table or a document.
//!
//! Codes: `annex-blocks-empty`, `table-columns-none`, `table-rows-none`,
//! `table-row-cells`; the texts' codes come from [`text`](super::text).

use crate::diagnostic::{Count, Message, Noun, Word};
use crate::model::{AnnexContent, AnnexTable};
use crate::path::FieldPath;

use super::{Checker, root};

impl<'a> Checker<'a> {
    /// The headings of the annexes and each additional annex: a title and
    /// one content, prose, a table or a document.
    pub(super) fn annexes(&mut self) {
        let x = &self.a.annexes;
        let path = root().key("annexes");
        for (field, value, what) in [
            (
                "structures_title",
                &x.structures_title,
                Word::StructuresTitle,
            ),
            ("goals_title", &x.goals_title, Word::GoalsTitle),
            (
                "priority_heading",
                &x.priority_heading,
                Word::PriorityHeading,
            ),
            ("goal_heading", &x.goal_heading, Word::GoalHeading),
            (
                "indicator_heading",
                &x.indicator_heading,
                Word::IndicatorHeading,
            ),
            ("action_heading", &x.action_heading, Word::ActionHeading),
            ("lead_heading", &x.lead_heading, Word::LeadHeading),
        ] {
            self.optional(path.key(field), value.as_ref(), what);
        }
        for (i, annex) in x.additional.iter().enumerate() {
            let at = path.key("additional").index(i);
            self.required(at.key("title"), &annex.title, Word::AnnexTitle);
            match &annex.content {
                AnnexContent::Blocks(blocks) => {
                    if blocks.is_empty() {
                        self.error(at.key("blocks"), Message::AnnexBlocksEmpty {});
                    }
                    self.prose(&at.key("blocks"), blocks);
                }
                AnnexContent::Table(table) => self.table(&at.key("table"), table),
                AnnexContent::Document(doc) => {
                    let d = at.key("document");
                    self.required(d.key("name"), &doc.name, Word::DocumentName);
                    self.optional(d.key("reference"), doc.reference.as_ref(), Word::Reference);
                }
            }
        }
    }

    /// An annex table: its columns headed, rows, each row a cell for each
    /// column.
    fn table(&mut self, t: &FieldPath, table: &AnnexTable) {
        if table.columns.is_empty() {
            self.error(t.key("columns"), Message::TableColumnsNone {});
        }
        for (k, c) in table.columns.iter().enumerate() {
            self.required(t.key("columns").index(k), c, Word::ColumnHeading);
        }
        if table.rows.is_empty() {
            self.error(t.key("rows"), Message::TableRowsNone {});
        }
        for (r, row) in table.rows.iter().enumerate() {
            if row.len() != table.columns.len() {
                self.error(
                    t.key("rows").index(r),
                    Message::TableRowCells {
                        cells: Count(row.len(), Noun::Cell),
                        columns: table.columns.len(),
                    },
                );
            }
            for (c, cell) in row.iter().enumerate() {
                self.rich_neutral(t.key("rows").index(r).index(c), cell, false);
            }
        }
    }
}
