//! Limits that keep a mistaken or hostile input from exhausting time or
//! memory; each is far above any real agreement (the largest county has 32
//! parties, the 2026 draft 4 priorities).

/// Parties in one agreement.
pub const PARTIES: usize = 1_000;
/// Forums and working groups.
pub const FORUMS: usize = 500;
/// Sections of prose.
pub const SECTIONS: usize = 200;
/// Blocks (paragraphs, lists …) in one section, tier, follow-up text or
/// annex, items in one list, members of one body, rows of one table.
pub const BLOCKS: usize = 1_000;
/// Priorities.
pub const PRIORITIES: usize = 500;
/// Goals in all priorities together.
pub const GOALS: usize = 2_000;
/// Indicators and actions in all goals together, each.
pub const INDICATORS: usize = 10_000;
/// Interface areas, and annexes after Annex 2, each.
pub const AREAS: usize = 200;
/// Tiers (the levels or columns of the structure), and so the tiers one
/// body spans.
pub const TIERS: usize = 100;
/// Characters in one text field (a 100 KB paragraph is fine).
pub const TEXT_CHARS: usize = 200_000;

/// The bytes of `reader`, or `None` when it holds more than `limit` (one
/// byte over the limit is read to tell): a size-capped read for files,
/// streams and the parts of a spreadsheet.
pub(crate) fn read_at_most(
    reader: impl std::io::Read,
    limit: u64,
) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}
