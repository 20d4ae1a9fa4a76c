//! Prose as plain text in a language, and the prose sections paired by
//! heading or text; a section out of its old order has moved.

use crate::locale::Version as In;
use crate::model::Field;
use crate::model::{Block, ProseBlock};
use crate::path::FieldPath;

use super::matching::{self, Candidate, Rules};
use super::words::{Vocabulary, normalised};
use super::{Change, ChangeStatus, Cx, Side};

/// Prose blocks as plain text in a language, one line per paragraph or list
/// item; an insert of generated content stands as its placeholder.
fn prose_text<'a>(v: In<'a>, blocks: impl Iterator<Item = ProseOrInsert<'a>>) -> String {
    let mut lines: Vec<String> = Vec::new();
    for block in blocks {
        match block {
            ProseOrInsert::Paragraph(t) => lines.push(v.plain(t)),
            // An item's own list stands under it, indented, one line an
            // item, so that a change in it shows as that line.
            ProseOrInsert::Bullets(items) => {
                for item in items {
                    lines.push(format!("• {}", v.plain(&item.text)));
                    lines.extend(item.items.iter().map(|t| format!("    – {}", v.plain(t))));
                }
            }
            ProseOrInsert::Numbered(items) => {
                for (k, item) in items.iter().enumerate() {
                    lines.push(format!("{}. {}", k + 1, v.plain(&item.text)));
                    lines.extend(
                        item.items
                            .iter()
                            .enumerate()
                            .map(|(j, t)| format!("    {}.{}. {}", k + 1, j + 1, v.plain(t))),
                    );
                }
            }
            ProseOrInsert::Subheading(h) => lines.push(v.t(h).to_owned()),
            // A figure stands as the structure figure's placeholder with
            // what it draws: its caption, or the tiers' levels and the
            // bodies' ids.
            ProseOrInsert::Figure(f) => {
                let what = match &f.caption {
                    Some(c) => v.t(c).to_owned(),
                    None => f
                        .tiers
                        .iter()
                        .map(u32::to_string)
                        .chain(f.bodies.iter().map(|b| b.as_str().to_owned()))
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                let placeholder = v
                    .locale
                    .insert_placeholder(crate::model::Insert::StructureFigure);
                lines.push(format!("{placeholder} {what}"));
            }
            ProseOrInsert::Insert(i) => lines.push(v.locale.insert_placeholder(i).to_owned()),
        }
    }
    lines.join("\n")
}

/// A block of a section or of prose elsewhere.
enum ProseOrInsert<'a> {
    Paragraph(&'a crate::text::RichText),
    Bullets(&'a [crate::model::ListItem]),
    Numbered(&'a [crate::model::ListItem]),
    Subheading(&'a crate::text::Text),
    Figure(&'a crate::model::Figure),
    Insert(crate::model::Insert),
}

fn section_blocks(blocks: &[Block]) -> impl Iterator<Item = ProseOrInsert<'_>> {
    blocks.iter().map(|b| match b {
        Block::Paragraph(t) => ProseOrInsert::Paragraph(t),
        Block::Bullets(l) => ProseOrInsert::Bullets(l),
        Block::Numbered(l) => ProseOrInsert::Numbered(l),
        Block::Subheading(h) => ProseOrInsert::Subheading(h),
        Block::Figure(f) => ProseOrInsert::Figure(f),
        Block::Insert(i) => ProseOrInsert::Insert(*i),
    })
}

fn prose_blocks(blocks: &[ProseBlock]) -> impl Iterator<Item = ProseOrInsert<'_>> {
    blocks.iter().map(|b| match b {
        ProseBlock::Paragraph(t) => ProseOrInsert::Paragraph(t),
        ProseBlock::Bullets(l) => ProseOrInsert::Bullets(l),
        ProseBlock::Numbered(l) => ProseOrInsert::Numbered(l),
        ProseBlock::Subheading(h) => ProseOrInsert::Subheading(h),
        ProseBlock::Figure(f) => ProseOrInsert::Figure(f),
    })
}

pub(super) fn prose(v: In<'_>, blocks: &[ProseBlock]) -> Option<String> {
    let text = prose_text(v, prose_blocks(blocks));
    (!text.is_empty()).then_some(text)
}

pub(super) fn sections(cx: &Cx<'_>, vocabulary: &mut Vocabulary) -> Vec<Change> {
    let (a, b) = (cx.a, cx.b);
    let content = |v: In<'_>, s: &crate::model::Section| prose_text(v, section_blocks(&s.blocks));
    let candidates = |v: In<'_>, vocabulary: &mut Vocabulary| -> Vec<Candidate> {
        v.agreement
            .sections
            .iter()
            .enumerate()
            .map(|(k, s)| Candidate {
                written: None,
                place: k.to_string(),
                norm: normalised(v.t(&s.heading)),
                tokens: vocabulary.tokens(v.t(&s.heading)),
                extra: vocabulary.tokens(&content(v, s)),
                parent: None,
            })
            .collect()
    };
    let old = candidates(cx.older(), vocabulary);
    let new = candidates(cx.newer(), vocabulary);
    let pairs = matching::pair(
        &old,
        &new,
        &[],
        Rules {
            across_written_ids: false,
        },
    );
    let side = |v: In<'_>, i: usize| Side {
        id: None,
        path: FieldPath::root().key(Field::Sections).index(i),
        name: v.t(&v.agreement.sections[i].heading).to_owned(),
    };
    // Pairs in old order, with their new positions: those out of order moved.
    let mut by_old: Vec<(usize, usize)> = pairs.iter().map(|&(i, j, _)| (i, j)).collect();
    by_old.sort_unstable();
    let order: Vec<usize> = by_old.iter().map(|&(_, j)| j).collect();
    let moved = matching::out_of_order(&order);
    let mut out = Vec::new();
    let mut old_taken = vec![false; a.sections.len()];
    let mut new_taken = vec![false; b.sections.len()];
    let mut changed: Vec<(usize, Change)> = Vec::new();
    for (&(i, j), moved) in by_old.iter().zip(moved) {
        old_taken[i] = true;
        new_taken[j] = true;
        let (p, q) = (&a.sections[i], &b.sections[j]);
        let mut f = cx.fields();
        f.text("heading", &p.heading, &q.heading);
        let blocks = |v: In<'_>, s| {
            let text = content(v, s);
            (!text.is_empty()).then_some(text)
        };
        f.value("blocks", |v| blocks(v, p), |v| blocks(v, q));
        if moved || !f.out.is_empty() {
            changed.push((
                j,
                Change {
                    status: if moved {
                        ChangeStatus::Moved
                    } else {
                        ChangeStatus::Kept
                    },
                    old: Some(side(cx.older(), i)),
                    new: Some(side(cx.newer(), j)),
                    fields: f.out,
                },
            ));
        }
    }
    changed.sort_by_key(|(j, _)| *j);
    out.extend(changed.into_iter().map(|(_, c)| c));
    for j in (0..b.sections.len()).filter(|&j| !new_taken[j]) {
        out.push(Change::added(side(cx.newer(), j)));
    }
    for i in (0..a.sections.len()).filter(|&i| !old_taken[i]) {
        out.push(Change::removed(side(cx.older(), i)));
    }
    out
}
