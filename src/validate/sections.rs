//! The document's head and its sections: the title, the sections' headings
//! and blocks, the statutes of the legal basis, and the inserts that place
//! generated content in a section: everything given is placed, nothing
//! silently dropped.
//!
//! Codes: `provisions-none` (a statute without provisions), `insert-twice`, `content-not-inserted`, `content-without-sections`,
//! `review-without-sections`, `insert-without-content`,
//! `figure-without-structure`, `priorities-inserted-none`; the texts'
//! codes come from [`text`](super::text).

use crate::diagnostic::{Message, Word};
use crate::model::{Block, Insert};
use crate::path::FieldPath;

use super::{Checker, root};

impl<'a> Checker<'a> {
    /// The title of the document and its version label.
    pub(super) fn meta(&mut self) {
        let m = &self.a.meta;
        let at = root().key("meta");
        self.required(at.key("title"), &m.title, Word::Title);
        self.optional(
            at.key("short_title"),
            m.short_title.as_ref(),
            Word::ShortTitle,
        );
        self.optional(at.key("version"), m.version.as_ref(), Word::VersionLabel);
    }

    /// Each section's heading and blocks, recording where each insert is.
    pub(super) fn sections(&mut self) {
        let a = self.a;
        for (i, s) in a.sections.iter().enumerate() {
            let at = root().key("sections").index(i);
            self.required(at.key("heading"), &s.heading, Word::SectionHeading);
            self.blocks(&at.key("blocks"), &s.blocks);
        }
    }

    /// A section's blocks; an insert placed a second time is a warning.
    fn blocks(&mut self, path: &FieldPath, blocks: &[Block]) {
        for (i, block) in blocks.iter().enumerate() {
            let at = path.index(i);
            match block {
                Block::Paragraph(t) => self.rich(at.key("paragraph"), t, true),
                Block::Bullets(items) => self.list(at.key("bullets"), items),
                Block::Numbered(items) => self.list(at.key("numbered"), items),
                Block::Subheading(h) => self.required(at.key("subheading"), h, Word::Subheading),
                Block::Figure(f) => self.figure(at.key("figure"), f),
                Block::Insert(what) => {
                    if let Some(first) = self.inserts.get(what) {
                        let message = Message::InsertTwice {
                            insert: insert_name(*what),
                            first: first.to_string(),
                        };
                        self.warning(at.key("insert"), message);
                    } else {
                        self.inserts.insert(*what, at.key("insert"));
                    }
                }
            }
        }
    }

    /// The statutes of the legal basis and their provisions.
    pub(super) fn legal_basis(&mut self) {
        for (i, s) in self.a.legal_basis.iter().enumerate() {
            let path = root().key("legal_basis").index(i);
            self.required(path.key("name"), &s.name, Word::StatuteName);
            self.optional(path.key("number"), s.number.as_ref(), Word::StatuteNumber);
            if s.provisions.is_empty() {
                self.error(path.key("provisions"), Message::ProvisionsNone {});
            }
            for (j, p) in s.provisions.iter().enumerate() {
                let at = path.key("provisions").index(j);
                self.section_number(at.key("section"), &p.section, Word::SectionNumber);
                self.optional(at.key("topic"), p.topic.as_ref(), Word::Topic);
            }
        }
    }

    /// Content given is placed by an insert, and an insert places content
    /// that is given: nothing given is silently missing from the signed
    /// document, and no heading stands over nothing.
    pub(super) fn inserts_placed(&mut self) {
        let a = self.a;
        let missing = [
            (
                Insert::LegalBasis,
                !a.legal_basis.is_empty(),
                "legal_basis",
                Word::StatutesContent,
            ),
            (
                Insert::Tiers,
                !a.tiers.is_empty(),
                "tiers",
                Word::TiersContent,
            ),
            (
                Insert::FollowUpRules,
                a.follow_up.is_some(),
                "follow_up",
                Word::FollowUpContent,
            ),
            (
                Insert::InterfaceAreas,
                !a.interface_areas.is_empty(),
                "interface_areas",
                Word::InterfaceAreasContent,
            ),
        ];
        for (insert, present, path, what) in missing {
            let placed = self.inserts.contains_key(&insert);
            // Content that is given but never placed would be silently
            // missing from the signed document, also when there are no
            // sections at all. (The figure may name the interface areas,
            // but not their counterpart pairs.)
            if present && !placed {
                self.error(
                    root().key(path),
                    // Where to put the insert: in a section, or first a
                    // section (an agreement without sections shows no
                    // prose and no inserts).
                    if a.sections.is_empty() {
                        Message::ContentWithoutSections {
                            what,
                            insert: insert_name(insert),
                        }
                    } else {
                        Message::ContentNotInserted {
                            what,
                            insert: insert_name(insert),
                        }
                    },
                );
            }
            if !present && placed {
                let at = self.inserts[&insert].clone();
                self.error(
                    at,
                    Message::InsertWithoutContent {
                        insert: insert_name(insert),
                    },
                );
            }
        }
        for (insert, what) in [
            (Insert::ValidityRules, Word::ValidityContent),
            (Insert::TerminationRules, Word::TerminationContent),
        ] {
            if !self.inserts.contains_key(&insert) && !a.sections.is_empty() {
                self.error(
                    root().key("sections"),
                    Message::ContentNotInserted {
                        what,
                        insert: insert_name(insert),
                    },
                );
            }
        }
        // The review's sentence is written by the user and printed only
        // with the validity rules; without sections it would be lost.
        if a.sections.is_empty() && a.validity.review.is_some() {
            self.error(
                root().key("validity").key("review"),
                Message::ReviewWithoutSections {
                    insert: insert_name(Insert::ValidityRules),
                },
            );
        }
        if self.inserts.contains_key(&Insert::StructureFigure)
            && a.forums.is_empty()
            && a.tiers.is_empty()
        {
            let at = self.inserts[&Insert::StructureFigure].clone();
            self.error(at, Message::FigureWithoutStructure {});
        }
        if self.inserts.contains_key(&Insert::Priorities) && a.priorities.is_empty() {
            let at = self.inserts[&Insert::Priorities].clone();
            self.error(at, Message::PrioritiesInsertedNone {});
        }
    }
}

/// The snake_case name of an insert as written in the input.
fn insert_name(insert: Insert) -> String {
    serde_json::to_value(insert)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}
