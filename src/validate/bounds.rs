//! What a document can carry: each list within its limit of
//! [`limits`](crate::limits), and each date within the years the PDF and
//! typst's calendar can write (an agreement is never dated before 1900).
//!
//! Codes: `limit-exceeded`, `date-out-of-range`, `heading-too-long`.

use crate::diagnostic::{Message, Word};
use crate::ids::Date;
use crate::language::Language;
use crate::model::{AnnexContent, Block, ListItem, ProseBlock};
use crate::path::FieldPath;

use super::{Checker, limits, root};

/// Each version of a text with its language (`None`: the primary one).
type Versions<'a> = Vec<(Option<Language>, &'a str)>;

/// A list's place, its length, its limit and what it holds.
type Counted = (FieldPath, usize, usize, Word);

impl<'a> Checker<'a> {
    /// Every date within the years a document can carry: chrono reads
    /// years up to ±262 143, the PDF's date and typst's calendar only 1–9999,
    /// and an agreement is never dated before 1900.
    pub(super) fn dates(&mut self) {
        let a = self.a;
        let mut dates: Vec<(FieldPath, Date)> = vec![(root().key("meta").key("date"), a.meta.date)];
        for (i, p) in a.parties.iter().enumerate() {
            let at = root().key("parties").index(i);
            if let Some(ap) = &p.approval {
                dates.push((at.key("approval").key("date"), ap.date));
            }
            if let Some(d) = p.signed_on {
                dates.push((at.key("signed_on"), d));
            }
        }
        if let Some(d) = a.validity.until {
            dates.push((root().key("validity").key("until"), d));
        }
        if let Some(r) = &a.validity.review {
            dates.push((
                root().key("validity").key("review").key("deadline"),
                r.deadline,
            ));
        }
        for (i, x) in a.annexes.additional.iter().enumerate() {
            if let AnnexContent::Document(doc) = &x.content
                && let Some(d) = doc.date
            {
                dates.push((
                    root()
                        .key("annexes")
                        .key("additional")
                        .index(i)
                        .key("document")
                        .key("date"),
                    d,
                ));
            }
        }
        for (path, date) in dates {
            if !(1900..=9999).contains(&date.year()) {
                self.error(
                    path,
                    Message::DateOutOfRange {
                        date: date.to_string(),
                    },
                );
            }
        }
    }

    /// Every title, heading and name within [`limits::HEADING_CHARS`], in
    /// every language: what the PDF carries as a string (its outline and
    /// its title) and a title page holds.
    pub(super) fn headings(&mut self) {
        let a = self.a;
        let mut found: Vec<(FieldPath, Versions<'a>)> = Vec::new();
        let meta = root().key("meta");
        found.push((meta.key("title"), a.meta.title.versions()));
        if let Some(t) = &a.meta.short_title {
            found.push((meta.key("short_title"), t.versions()));
        }
        let subheadings = |at: FieldPath, blocks: Vec<Option<&'a crate::text::Text>>| {
            blocks
                .into_iter()
                .enumerate()
                .filter_map(move |(i, b)| Some((at.index(i).key("subheading"), b?.versions())))
        };
        for (i, s) in a.sections.iter().enumerate() {
            let at = root().key("sections").index(i);
            found.push((at.key("heading"), s.heading.versions()));
            let blocks = s.blocks.iter().map(|b| match b {
                Block::Subheading(t) => Some(t),
                _ => None,
            });
            found.extend(subheadings(at.key("blocks"), blocks.collect()));
        }
        for (i, t) in a.tiers.iter().enumerate() {
            let at = root().key("tiers").index(i);
            found.push((at.key("name"), t.name.versions()));
            let blocks = t.blocks.iter().map(|b| match b {
                ProseBlock::Subheading(t) => Some(t),
                _ => None,
            });
            found.extend(subheadings(at.key("blocks"), blocks.collect()));
        }
        for (i, p) in a.parties.iter().enumerate() {
            found.push((
                root().key("parties").index(i).key("name"),
                p.name.versions(),
            ));
        }
        for (i, f) in a.forums.iter().enumerate() {
            found.push((root().key("forums").index(i).key("name"), f.name.versions()));
        }
        for (i, p) in a.priorities.iter().enumerate() {
            let at = root().key("priorities").index(i);
            found.push((at.key("title"), p.title.versions()));
            for (g, goal) in p.goals.iter().enumerate() {
                for (n, indicator) in goal.indicators.iter().enumerate() {
                    let at = at.key("goals").index(g).key("indicators").index(n);
                    found.push((at.key("text"), indicator.text.versions()));
                }
            }
        }
        for (path, versions) in found {
            for (language, text) in versions {
                if text.len() <= limits::HEADING_CHARS {
                    continue;
                }
                let chars = text.chars().count();
                if chars > limits::HEADING_CHARS {
                    let at = match language {
                        Some(l) => path.key(l.code()),
                        None => path.clone(),
                    };
                    self.error(
                        at,
                        Message::HeadingTooLong {
                            chars,
                            limit: limits::HEADING_CHARS,
                        },
                    );
                }
            }
        }
    }

    /// Every list within its limit.
    pub(super) fn limits(&mut self) {
        let mut counts = self.list_counts();
        counts.extend(self.block_counts());
        for (path, count, limit, what) in counts {
            if count > limit {
                self.error(path, Message::LimitExceeded { count, what, limit });
            }
        }
    }

    /// The lists of the agreement, and the goals, indicators and actions
    /// of all priorities together.
    fn list_counts(&self) -> Vec<Counted> {
        let a = self.a;
        let goals: usize = a.priorities.iter().map(|p| p.goals.len()).sum();
        let goals_iter = || a.priorities.iter().flat_map(|p| &p.goals);
        let indicators: usize = goals_iter().map(|g| g.indicators.len()).sum();
        let actions: usize = goals_iter().map(|g| g.actions.len()).sum();
        vec![
            (
                root().key("parties"),
                a.parties.len(),
                limits::PARTIES,
                Word::Parties,
            ),
            (
                root().key("forums"),
                a.forums.len(),
                limits::FORUMS,
                Word::Forums,
            ),
            (
                root().key("sections"),
                a.sections.len(),
                limits::SECTIONS,
                Word::Sections,
            ),
            (
                root().key("priorities"),
                a.priorities.len(),
                limits::PRIORITIES,
                Word::Priorities,
            ),
            (root().key("priorities"), goals, limits::GOALS, Word::Goals),
            (
                root().key("priorities"),
                indicators,
                limits::INDICATORS,
                Word::Indicators,
            ),
            (
                root().key("priorities"),
                actions,
                limits::INDICATORS,
                Word::Actions,
            ),
            (
                root().key("tiers"),
                a.tiers.len(),
                limits::TIERS,
                Word::Tiers,
            ),
            (
                root().key("interface_areas"),
                a.interface_areas.len(),
                limits::AREAS,
                Word::InterfaceAreas,
            ),
            (
                root().key("annexes").key("additional"),
                a.annexes.additional.len(),
                limits::AREAS,
                Word::AdditionalAnnexes,
            ),
        ]
    }

    /// The blocks of each text, and the items of each list among them; the
    /// members and tasks of each body; the rows and columns of each table.
    fn block_counts(&self) -> Vec<Counted> {
        let a = self.a;
        let mut counts = Vec::new();
        let blocks = Word::Blocks;
        // A list counts its items, and each list under an item its own.
        let mut count_lists = |path: FieldPath, n: usize, lists: Vec<(&str, &[ListItem])>| {
            counts.push((path.clone(), n, limits::BLOCKS, blocks));
            for (i, (kind, items)) in lists.into_iter().enumerate() {
                if !kind.is_empty() {
                    let at = path.index(i).key(kind);
                    counts.push((at.clone(), items.len(), limits::BLOCKS, blocks));
                    for (j, item) in items.iter().enumerate() {
                        if !item.items.is_empty() {
                            let under = at.index(j).key("items");
                            counts.push((under, item.items.len(), limits::BLOCKS, blocks));
                        }
                    }
                }
            }
        };
        let block_lists = |blocks: &'a [Block]| -> Vec<(&'static str, &'a [ListItem])> {
            blocks
                .iter()
                .map(|b| match b {
                    Block::Bullets(l) => ("bullets", l.as_slice()),
                    Block::Numbered(l) => ("numbered", l.as_slice()),
                    _ => ("", &[][..]),
                })
                .collect()
        };
        let prose_lists = |blocks: &'a [ProseBlock]| -> Vec<(&'static str, &'a [ListItem])> {
            blocks
                .iter()
                .map(|b| match b {
                    ProseBlock::Bullets(l) => ("bullets", l.as_slice()),
                    ProseBlock::Numbered(l) => ("numbered", l.as_slice()),
                    _ => ("", &[][..]),
                })
                .collect()
        };
        for (i, s) in a.sections.iter().enumerate() {
            let path = root().key("sections").index(i).key("blocks");
            count_lists(path, s.blocks.len(), block_lists(&s.blocks));
        }
        for (i, t) in a.tiers.iter().enumerate() {
            let path = root().key("tiers").index(i).key("blocks");
            count_lists(path, t.blocks.len(), prose_lists(&t.blocks));
        }
        if let Some(f) = &a.follow_up {
            count_lists(
                root().key("follow_up").key("text"),
                f.text.len(),
                prose_lists(&f.text),
            );
        }
        for (i, f) in a.forums.iter().enumerate() {
            let path = root().key("forums").index(i);
            count_lists(path.key("members"), f.members.len(), Vec::new());
            count_lists(path.key("tasks"), f.tasks.len(), Vec::new());
        }
        for (i, annex) in a.annexes.additional.iter().enumerate() {
            let path = root().key("annexes").key("additional").index(i);
            match &annex.content {
                AnnexContent::Blocks(b) => count_lists(path.key("blocks"), b.len(), prose_lists(b)),
                AnnexContent::Table(t) => {
                    count_lists(path.key("table").key("rows"), t.rows.len(), Vec::new());
                    count_lists(
                        path.key("table").key("columns"),
                        t.columns.len(),
                        Vec::new(),
                    );
                }
                _ => {}
            }
        }
        counts
    }
}
