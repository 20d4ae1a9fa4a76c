//! The text form of [`Changes`]: what `sopimus diff` prints. A summary by
//! area, then one line per change, values shortened, reworded text as the
//! changed words with a few words around them.

use std::collections::HashSet;
use std::fmt;

use super::{Area, Change, ChangeStatus, Changes, Counts, FieldChange, ItemChange, WordOpKind};
use crate::ids::ItemKind;
use crate::locale::Locale;

/// Values longer than this many characters are shortened with "…".
const LONGEST_VALUE: usize = 70;
/// Words shown on each side of a change.
const CONTEXT: usize = 4;
/// A word diff longer than this is told as counts of words.
const LONGEST_DIFF: usize = 200;
/// A word diff up to this long stands in a body's, party's, tier's or
/// section's line.
const SHORT_DIFF: usize = 120;
/// The width of the text form's lines.
const WIDTH: usize = 100;
/// Lines for one party, body, tier or section, or for the added or removed
/// ones of an area; the change report and the JSON have the rest.
const ENTITY_LINES: usize = 2;
/// An item's text is shortened to fit its line, but not below this many
/// characters.
const MIN_ITEM_TEXT: usize = 20;
/// At least this many entries changed alike in one short field share a line.
const GROUPED: usize = 3;
/// Values of a body, party, tier or section up to this long are shown; longer
/// ones are named only (the change report and the JSON have them whole).
const SHORT_VALUE: usize = 40;

/// The mark of an entry's line.
pub(crate) fn mark(status: ChangeStatus) -> &'static str {
    match status {
        ChangeStatus::Added => "+",
        ChangeStatus::Removed => "-",
        ChangeStatus::Moved => "→",
        ChangeStatus::Kept => "~",
    }
}

/// A field's label, with the language version its values are in when
/// several are compared: "nimi (sv)".
pub(crate) fn label(field: &FieldChange) -> String {
    match field.language {
        Some(l) => format!("{} ({l})", field.label),
        None => field.label.clone(),
    }
}

/// One line, at most `n` characters.
pub(crate) fn short(text: &str, n: usize) -> String {
    let one_line = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" / ");
    if one_line.chars().count() <= n {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(n.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// The word diff with `CONTEXT` words around each change, on one line;
/// `None` when that is still long.
fn compact_diff(field: &FieldChange) -> Option<String> {
    if field.words.is_empty() {
        return None;
    }
    let mut out = String::new();
    let last = field.words.len().saturating_sub(1);
    for (k, op) in field.words.iter().enumerate() {
        // A line break reads as " / " on the one line.
        let text = op.text.replace('\n', " / ");
        let words: Vec<&str> = text.split_whitespace().collect();
        match op.op {
            WordOpKind::Same => {
                let lead = op.text.starts_with(char::is_whitespace);
                let trail = op.text.ends_with(char::is_whitespace);
                let (head, tail) = if k == 0 {
                    (0, CONTEXT)
                } else if k == last {
                    (CONTEXT, 0)
                } else {
                    (CONTEXT, CONTEXT)
                };
                if lead {
                    out.push(' ');
                }
                if words.len() > head + tail {
                    if head > 0 {
                        out.push_str(&words[..head].join(" "));
                        out.push(' ');
                    }
                    out.push('…');
                    if tail > 0 {
                        out.push(' ');
                        out.push_str(&words[words.len() - tail..].join(" "));
                    }
                } else {
                    out.push_str(&words.join(" "));
                }
                if trail {
                    out.push(' ');
                }
            }
            // Only spacing changed (a no-break space for a space): no
            // empty "{++}" mark.
            WordOpKind::Deleted | WordOpKind::Inserted if words.is_empty() => out.push(' '),
            WordOpKind::Deleted | WordOpKind::Inserted => {
                let (open, close) = if op.op == WordOpKind::Deleted {
                    ("[-", "-]")
                } else {
                    ("{+", "+}")
                };
                if op.text.starts_with(char::is_whitespace) {
                    out.push(' ');
                }
                out.push_str(&format!("{open}{}{close}", words.join(" ")));
                if op.text.ends_with(char::is_whitespace) {
                    out.push(' ');
                }
            }
        }
    }
    let out = out
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (out.chars().count() <= LONGEST_DIFF).then_some(out)
}

/// A field's change on one line: `label: old → new`, the changed words, or
/// how many words changed.
fn field_line(l: Locale, field: &FieldChange) -> String {
    let value = |v: &Option<String>| match v {
        Some(v) => short(v, LONGEST_VALUE),
        None => l.changes().none.to_owned(),
    };
    let name = label(field);
    if !field.words.is_empty() {
        if let Some(diff) = compact_diff(field) {
            return format!("{name}: {diff}");
        }
        let (deleted, inserted) = super::words::counts(&field.words);
        return format!("{name}: {}", l.words_changed(deleted, inserted));
    }
    format!("{name}: {} → {}", value(&field.old), value(&field.new))
}

fn heading(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    writeln!(f)?;
    writeln!(f, "{text}")
}

/// Lines of at most [`WIDTH`] characters: the first after `first`, the
/// rest after `next`; words are not split. At most `max_lines` lines, the
/// last ending in "…" when the text goes on.
fn wrapped(text: &str, first: &str, next: &str, max_lines: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = format!("{first} ");
    let mut empty = true;
    let mut cut = false;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
            if lines.len() + 1 == max_lines {
                cut = true;
                break;
            }
            lines.push(std::mem::replace(&mut line, format!("{next} ")));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    if cut {
        while line.chars().count() + 2 > WIDTH {
            line.pop();
        }
        line.truncate(line.trim_end().len());
        line.push_str(" …");
    }
    lines.push(line);
    lines.join("\n")
}

/// A changed entity's fields on one line: short values as `old → new`,
/// the rest named under what happened to them.
fn entity_parts(l: Locale, fields: &[FieldChange], diffs: bool) -> String {
    let is_short = |v: &str| v.chars().count() <= SHORT_VALUE && !v.contains('\n');
    let c = l.changes();
    let mut parts: Vec<String> = Vec::new();
    let (mut added, mut removed, mut changed) = (Vec::new(), Vec::new(), Vec::new());
    for field in fields {
        let name = label(field);
        match (&field.old, &field.new) {
            (Some(o), Some(n)) if is_short(o) && is_short(n) => {
                parts.push(format!("{name} {o} → {n}"))
            }
            (None, Some(n)) if is_short(n) => parts.push(format!("{name} {} → {n}", c.none)),
            (Some(_), Some(_))
                if diffs
                    && compact_diff(field).is_some_and(|d| d.chars().count() <= SHORT_DIFF) =>
            {
                parts.push(format!(
                    "{name}: {}",
                    compact_diff(field).unwrap_or_default()
                ))
            }
            (None, _) => added.push(name),
            (_, None) => removed.push(name),
            _ => changed.push(name),
        }
    }
    for (word, labels) in [
        (c.fields_added, added),
        (c.fields_removed, removed),
        (c.fields_changed, changed),
    ] {
        if !labels.is_empty() {
            parts.push(format!("{word} {}", labels.join(", ")));
        }
    }
    parts.join("; ")
}

fn entity(f: &mut fmt::Formatter<'_>, l: Locale, change: &Change) -> fmt::Result {
    let name = change
        .new
        .as_ref()
        .or(change.old.as_ref())
        .map(|s| short(&s.name, LONGEST_VALUE))
        .unwrap_or_default();
    let mut line = name;
    if !change.fields.is_empty() {
        line.push_str(": ");
        line.push_str(&entity_parts(l, &change.fields, true));
    }
    writeln!(
        f,
        "{}",
        wrapped(
            &line,
            &format!("  {}", mark(change.status)),
            "   ",
            ENTITY_LINES
        )
    )
}

/// The kept entries of `list` changed alike in one short field (a
/// municipality code given to every municipality), at least [`GROUPED`]
/// of them: each group with the field in words, its members in the order
/// of `list`, the groups in the order of their first members. The text
/// gives a group one line, the change report one table.
pub(crate) fn alike<'c>(list: &[&'c Change]) -> Vec<(String, Vec<&'c Change>)> {
    let is_short = |v: &Option<String>| {
        v.as_ref()
            .is_none_or(|v| v.chars().count() <= SHORT_VALUE && !v.contains('\n'))
    };
    let mut groups: Vec<(String, Vec<&Change>)> = Vec::new();
    for &change in list {
        let [field] = change.fields.as_slice() else {
            continue;
        };
        if change.status != ChangeStatus::Kept || !is_short(&field.old) || !is_short(&field.new) {
            continue;
        }
        let key = label(field);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(change),
            None => groups.push((key, vec![change])),
        }
    }
    groups.retain(|(_, members)| members.len() >= GROUPED);
    groups
}

fn status_rank(status: ChangeStatus) -> u8 {
    match status {
        ChangeStatus::Added => 0,
        ChangeStatus::Removed => 1,
        ChangeStatus::Moved => 2,
        ChangeStatus::Kept => 3,
    }
}

fn entities(f: &mut fmt::Formatter<'_>, l: Locale, area: Area, list: &[Change]) -> fmt::Result {
    if list.is_empty() {
        return Ok(());
    }
    heading(f, l.change_area(area))?;
    // Added and removed ones together on a line each, by name.
    for status in [ChangeStatus::Added, ChangeStatus::Removed] {
        let names: Vec<String> = list
            .iter()
            .filter(|c| c.status == status)
            .filter_map(|c| c.new.as_ref().or(c.old.as_ref()))
            .map(|s| short(&s.name, LONGEST_VALUE))
            .collect();
        if !names.is_empty() {
            writeln!(
                f,
                "{}",
                wrapped(
                    &names.join("; "),
                    &format!("  {}", mark(status)),
                    "   ",
                    usize::MAX
                )
            )?;
        }
    }
    let mut rest: Vec<&Change> = list
        .iter()
        .filter(|c| matches!(c.status, ChangeStatus::Moved | ChangeStatus::Kept))
        .collect();
    rest.sort_by_key(|c| status_rank(c.status));
    // Entries changed alike in one short field (a municipality code given
    // to every municipality) share a line, in the order of the first.
    let groups = alike(&rest);
    let group_of = |c: &Change| {
        groups
            .iter()
            .position(|(_, members)| members.iter().any(|m| std::ptr::eq(*m, c)))
    };
    let none = l.changes().none;
    let mut written: Vec<usize> = Vec::new();
    for change in rest {
        let Some(group) = group_of(change) else {
            entity(f, l, change)?;
            continue;
        };
        if written.contains(&group) {
            continue;
        }
        written.push(group);
        let (key, members) = &groups[group];
        let parts: Vec<String> = members
            .iter()
            .map(|m| {
                let name = m
                    .new
                    .as_ref()
                    .or(m.old.as_ref())
                    .map_or("", |s| s.name.as_str());
                let field = &m.fields[0];
                let value = |v: &Option<String>| v.clone().unwrap_or_else(|| none.to_owned());
                format!("{name} {} → {}", value(&field.old), value(&field.new))
            })
            .collect();
        writeln!(
            f,
            "{}",
            wrapped(
                &format!("{key}: {}", parts.join("; ")),
                &format!("  {}", mark(ChangeStatus::Kept)),
                "   ",
                1
            )
        )?;
    }
    Ok(())
}

fn fields(f: &mut fmt::Formatter<'_>, l: Locale, area: Area, list: &[FieldChange]) -> fmt::Result {
    if list.is_empty() {
        return Ok(());
    }
    heading(f, l.change_area(area))?;
    for field in list {
        writeln!(
            f,
            "{}",
            wrapped(&field_line(l, field), "  ~", "   ", usize::MAX)
        )?;
    }
    Ok(())
}

/// The items to show: not the ones inside an added or removed item, which
/// that item's line counts.
pub(crate) fn shown_items(items: &[ItemChange]) -> Vec<&ItemChange> {
    let added: HashSet<&str> = items
        .iter()
        .filter(|i| i.status == ChangeStatus::Added)
        .filter_map(|i| i.new.as_ref().map(|s| s.id.as_str()))
        .collect();
    let removed: HashSet<&str> = items
        .iter()
        .filter(|i| i.status == ChangeStatus::Removed)
        .filter_map(|i| i.old.as_ref().map(|s| s.id.as_str()))
        .collect();
    let mut shown: Vec<&ItemChange> = items
        .iter()
        .filter(|i| match i.status {
            ChangeStatus::Added => !i
                .new
                .as_ref()
                .and_then(|s| s.parent.as_deref())
                .is_some_and(|p| added.contains(p)),
            ChangeStatus::Removed => !i
                .old
                .as_ref()
                .and_then(|s| s.parent.as_deref())
                .is_some_and(|p| removed.contains(p)),
            ChangeStatus::Moved => true,
            ChangeStatus::Kept => !i.fields.is_empty(),
        })
        .collect();
    shown.sort_by_key(|i| status_rank(i.status));
    shown
}

/// What an added or removed item holds, e.g. "3 tavoitetta, 4 mittaria".
pub(crate) fn contents(l: Locale, items: &[ItemChange], item: &ItemChange) -> String {
    let (id, side): (&str, fn(&ItemChange) -> Option<&super::ItemSide>) = match item.status {
        ChangeStatus::Added => (item.new.as_ref().map_or("", |s| s.id.as_str()), |i| {
            i.new.as_ref()
        }),
        _ => (item.old.as_ref().map_or("", |s| s.id.as_str()), |i| {
            i.old.as_ref()
        }),
    };
    // Descendants with the same status: children, and their children.
    let mut ids: HashSet<&str> = HashSet::from([id]);
    let mut counts = [0usize; 3];
    for other in items.iter().filter(|i| i.status == item.status) {
        let Some(s) = side(other) else { continue };
        if s.parent.as_deref().is_some_and(|p| ids.contains(p)) {
            ids.insert(s.id.as_str());
            let slot = match other.kind {
                ItemKind::Goal => 0,
                ItemKind::Indicator => 1,
                _ => 2,
            };
            counts[slot] += 1;
        }
    }
    [ItemKind::Goal, ItemKind::Indicator, ItemKind::Action]
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| l.item_count(*kind, n))
        .collect::<Vec<_>>()
        .join(", ")
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn items(f: &mut fmt::Formatter<'_>, l: Locale, all: &[ItemChange]) -> fmt::Result {
    let shown = shown_items(all);
    if shown.is_empty() {
        return Ok(());
    }
    heading(f, l.changes().items_heading)?;
    for item in shown {
        let side = item.new.as_ref().or(item.old.as_ref());
        let Some(side) = side else { continue };
        let mut prefix = capitalised(&side.place);
        if matches!(item.status, ChangeStatus::Added | ChangeStatus::Removed) {
            let inside = contents(l, all, item);
            if !inside.is_empty() {
                prefix.push_str(&format!(" ({inside})"));
            }
        }
        let room = WIDTH
            .saturating_sub(prefix.chars().count() + 6)
            .max(MIN_ITEM_TEXT);
        let line = format!("{prefix}: {}", short(&side.text, room));
        writeln!(
            f,
            "{}",
            wrapped(
                &line,
                &format!("  {}", mark(item.status)),
                "   ",
                usize::MAX
            )
        )?;
        let whole = matches!(item.status, ChangeStatus::Added | ChangeStatus::Removed);
        for field in &item.fields {
            // Of an added or removed item the text form gives an
            // indicator's values (its target, baseline, source: what it
            // measures); a priority's, goal's or action's description and
            // lead stand in the change report and the JSON.
            if whole && item.kind != ItemKind::Indicator {
                continue;
            }
            if whole {
                // What an added or removed item has: its value alone.
                let value = field.new.as_ref().or(field.old.as_ref());
                let value = value.map_or_else(String::new, |v| short(v, LONGEST_VALUE));
                writeln!(f, "      {}: {value}", label(field))?;
            } else {
                writeln!(f, "      {}", field_line(l, field))?;
            }
        }
    }
    Ok(())
}

/// The summary rows: each area's heading and its counts in words.
pub(crate) fn summary_rows(changes: &Changes) -> Vec<(&'static str, String)> {
    let l = Locale::new(changes.language);
    let s = &changes.summary;
    let c = |c: &Counts| l.change_counts(c.added, c.removed, c.moved, c.changed);
    let n = |n: usize| l.change_counts(0, 0, 0, n);
    vec![
        (l.change_area(Area::Meta), n(s.meta)),
        (l.change_area(Area::Parties), c(&s.parties)),
        (l.change_area(Area::Bodies), c(&s.bodies)),
        (l.change_area(Area::Tiers), c(&s.tiers)),
        (l.change_area(Area::Priorities), c(&s.priorities)),
        (l.change_area(Area::Goals), c(&s.goals)),
        (l.change_area(Area::Indicators), c(&s.indicators)),
        (l.change_area(Area::Actions), c(&s.actions)),
        (l.change_area(Area::Rules), n(s.rules)),
        (l.change_area(Area::Sections), c(&s.sections)),
        (l.change_area(Area::Other), n(s.other)),
    ]
}

impl fmt::Display for Changes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let l = Locale::new(self.language);
        let c = l.changes();
        writeln!(f, "{}", c.title)?;
        writeln!(
            f,
            "{}: {} ({})",
            c.old,
            short(&self.old.title, LONGEST_VALUE),
            self.old.label
        )?;
        writeln!(
            f,
            "{}: {} ({})",
            c.new,
            short(&self.new.title, LONGEST_VALUE),
            self.new.label
        )?;
        if self.is_empty() {
            writeln!(f)?;
            return writeln!(f, "{}", c.equal);
        }
        heading(f, c.summary)?;
        let rows = summary_rows(self);
        let width = rows
            .iter()
            .map(|(a, _)| a.chars().count())
            .max()
            .unwrap_or(0);
        for (area, counts) in rows {
            let pad = width - area.chars().count();
            writeln!(f, "  {area}{}  {counts}", " ".repeat(pad))?;
        }
        writeln!(f)?;
        writeln!(f, "{}", c.text_legend)?;
        writeln!(f, "{}", c.more)?;
        if !self.meta.is_empty() {
            heading(f, l.change_area(Area::Meta))?;
            writeln!(
                f,
                "{}",
                wrapped(
                    &entity_parts(l, &self.meta, false),
                    "  ~",
                    "   ",
                    usize::MAX
                )
            )?;
        }
        entities(f, l, Area::Parties, &self.parties)?;
        entities(f, l, Area::Bodies, &self.bodies)?;
        entities(f, l, Area::Tiers, &self.tiers)?;
        items(f, l, &self.items)?;
        fields(f, l, Area::Rules, &self.rules)?;
        entities(f, l, Area::Sections, &self.sections)?;
        if !self.other.is_empty() {
            heading(f, l.change_area(Area::Other))?;
            writeln!(
                f,
                "{}",
                wrapped(
                    &entity_parts(l, &self.other, true),
                    "  ~",
                    "   ",
                    ENTITY_LINES + 1
                )
            )?;
        }
        Ok(())
    }
}
