//! Every problem of shape in well-formed TOML, at once: unknown fields,
//! values of the wrong type, missing fields.
//!
//! serde stops at the first problem. So that `check` reports them all in
//! one run, the parsed document (`toml`'s `DeTable`, every key and value
//! with its place in the source) is read into the model again and again:
//! after each problem the document is mended where it went wrong (an
//! unknown key dropped, a wrong value or a missing field replaced by a
//! placeholder the model takes) and read again, so that the next problem
//! shows. The places are the source's, as the mended copies keep them; a
//! placeholder has a place of its own past the end of any source, so a
//! problem inside one is told from a problem of the source and not
//! reported.

use std::borrow::Cow;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::model::Agreement;

/// The place given to a placeholder: past the end of any source.
const PLACEHOLDER: Range<usize> = usize::MAX - 1..usize::MAX;

/// The most problems collected: more than anyone fixes in one go.
const MOST_PROBLEMS: usize = 100;

/// Bytes read over all attempts: the number of attempts shrinks as the
/// source grows, so that a large hostile file cannot take long.
const BYTES_READ: usize = 64 * 1024 * 1024;

/// One problem: where in the source and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// The bytes of the source it points at: the key of an unknown field,
    /// the value of a wrong one, the table a field is missing from.
    pub(crate) span: Range<usize>,
    pub(crate) kind: Kind,
}

/// What kind of problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A key the table does not have, with the keys it has.
    Unknown { key: String, expected: Vec<String> },
    /// A field the table must have.
    Missing { key: String },
    /// A value of the wrong type or form, as the parser says it.
    Wrong { message: String },
}

impl Kind {
    fn of(message: &str) -> Kind {
        let quoted = |s: &str| -> Vec<String> {
            s.split('`').skip(1).step_by(2).map(str::to_owned).collect()
        };
        if let Some(rest) = message.strip_prefix("unknown field ") {
            let (key, expected) = rest.split_once(", expected").unwrap_or((rest, ""));
            if let Some(key) = quoted(key).into_iter().next() {
                return Kind::Unknown {
                    key,
                    expected: quoted(expected),
                };
            }
        }
        if let Some(rest) = message.strip_prefix("missing field ")
            && let Some(key) = quoted(rest).into_iter().next()
        {
            return Kind::Missing { key };
        }
        Kind::Wrong {
            message: message.trim().to_owned(),
        }
    }
}

/// Every problem of shape in `source`, in the order they were met; `None`
/// when it is not TOML at all (a syntax error) or has no such problem.
pub(crate) fn problems(source: &str) -> Option<Vec<Problem>> {
    let mut doc = DeTable::parse(source).ok()?;
    let mut budget = (BYTES_READ / source.len().max(1)).clamp(4, 4 * MOST_PROBLEMS);
    let mut found: Vec<Problem> = Vec::new();
    let Some(Some(mut error)) = read(&doc, &mut budget) else {
        return None;
    };
    // Wrong values left out to read on: the field they leave missing is
    // the same problem, already told.
    let mut left_out: Vec<Vec<Step>> = Vec::new();
    while let Some(span) = error.span() {
        let problem = Problem {
            span,
            kind: Kind::of(error.message()),
        };
        if found.contains(&problem) {
            break;
        }
        let told = match &problem.kind {
            Kind::Missing { key } => find(&doc, &problem.span).is_some_and(|(mut steps, _)| {
                steps.push(Step::Key(key.clone()));
                left_out.contains(&steps)
            }),
            _ => false,
        };
        if !told {
            found.push(problem.clone());
        }
        if found.len() >= MOST_PROBLEMS {
            break;
        }
        match mend(&mut doc, &problem, &mut budget, &mut left_out) {
            Some(Some(next)) => error = next,
            // Mended, and nothing more is wrong.
            Some(None) => break,
            // Not mendable, or out of budget: what was found is reported.
            None => break,
        }
    }
    // In the order of the input, as validation's findings are.
    found.sort_by_key(|p| p.span.start);
    (!found.is_empty()).then_some(found)
}

/// Reads the document into the model: `Some` of its first problem
/// (`Some(None)` when it reads), `None` when the budget is spent.
fn read(doc: &Spanned<DeTable<'_>>, budget: &mut usize) -> Option<Option<toml::de::Error>> {
    *budget = budget.checked_sub(1)?;
    Some(Agreement::deserialize(toml::de::Deserializer::from(doc.clone())).err())
}

/// A step from a table or an array to one of its entries.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// The entry the problem points at: the steps to it, and whether the
/// problem's place is its key (rather than its value).
fn find(doc: &Spanned<DeTable<'_>>, span: &Range<usize>) -> Option<(Vec<Step>, bool)> {
    // Every entry is looked at: the place of an array of tables (`[[x]]`)
    // does not cover its later entries, so containment cannot prune.
    fn in_value(v: &Spanned<DeValue<'_>>, span: &Range<usize>, steps: &mut Vec<Step>) -> bool {
        match v.get_ref() {
            DeValue::Table(t) => in_table(t, span, steps),
            DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    steps.push(Step::Index(i));
                    if item.span() == *span || in_value(item, span, steps) {
                        return true;
                    }
                    steps.pop();
                }
                false
            }
            _ => false,
        }
    }
    fn in_table(t: &DeTable<'_>, span: &Range<usize>, steps: &mut Vec<Step>) -> bool {
        for (k, v) in t.iter() {
            steps.push(Step::Key(k.get_ref().to_string()));
            if k.span() == *span || v.span() == *span || in_value(v, span, steps) {
                return true;
            }
            steps.pop();
        }
        false
    }
    let mut steps = Vec::new();
    if in_table(doc.get_ref(), span, &mut steps) {
        // An unknown field's place is its key.
        let key = match (steps.last(), entry(doc.get_ref(), &steps)) {
            (Some(Step::Key(_)), Some((k, _))) => k == *span,
            _ => false,
        };
        return Some((steps, key));
    }
    // A field missing from the document itself.
    (doc.span() == *span).then(|| (Vec::new(), false))
}

/// The key's and the value's places of the entry at `steps`.
fn entry(root: &DeTable<'_>, steps: &[Step]) -> Option<(Range<usize>, Range<usize>)> {
    let (last, parents) = steps.split_last()?;
    let mut table = root;
    let mut array: Option<&[Spanned<DeValue<'_>>]> = None;
    for step in parents {
        let next = match (step, array) {
            (Step::Key(k), None) => table.iter().find(|(key, _)| key.get_ref() == k)?.1,
            (Step::Index(i), Some(items)) => items.get(*i)?,
            _ => return None,
        };
        match next.get_ref() {
            DeValue::Table(t) => {
                table = t;
                array = None;
            }
            DeValue::Array(items) => array = Some(items),
            _ => return None,
        }
    }
    match (last, array) {
        (Step::Key(k), None) => table
            .iter()
            .find(|(key, _)| key.get_ref() == k)
            .map(|(key, v)| (key.span(), v.span())),
        (Step::Index(i), Some(items)) => items.get(*i).map(|v| (v.span(), v.span())),
        _ => None,
    }
}

/// The value at `steps`, to change.
fn value_mut<'d, 'i>(
    root: &'d mut Spanned<DeTable<'i>>,
    steps: &[Step],
) -> Option<&'d mut Spanned<DeValue<'i>>> {
    let (first, rest) = steps.split_first()?;
    let Step::Key(k) = first else {
        return None;
    };
    let mut value = root
        .get_mut()
        .iter_mut()
        .find(|(key, _)| key.get_ref() == k)?
        .1;
    for step in rest {
        value = match (step, value.get_mut()) {
            (Step::Key(k), DeValue::Table(t)) => {
                t.iter_mut().find(|(key, _)| key.get_ref() == k)?.1
            }
            (Step::Index(i), DeValue::Array(items)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(value)
}

/// The table at `steps` (the root for none).
fn table_mut<'d, 'i>(
    root: &'d mut Spanned<DeTable<'i>>,
    steps: &[Step],
) -> Option<&'d mut DeTable<'i>> {
    if steps.is_empty() {
        return Some(root.get_mut());
    }
    match value_mut(root, steps)?.get_mut() {
        DeValue::Table(t) => Some(t),
        _ => None,
    }
}

/// Drops `key` from `table`.
fn remove(table: &mut DeTable<'_>, key: &str) {
    *table = std::mem::take(table)
        .into_iter()
        .filter(|(k, _)| k.get_ref() != key)
        .collect();
}

/// Values that stand in for a wrong or missing one, one of which the model
/// takes wherever a value can be: text, a number, yes/no, a date, a list,
/// a table.
fn placeholders() -> impl Iterator<Item = Spanned<DeValue<'static>>> {
    ["\"\"", "0", "0.0", "false", "\"2000-01-01\"", "[]", "{}"]
        .into_iter()
        .filter_map(|text| DeValue::parse(text).ok())
        .map(|v| Spanned::new(PLACEHOLDER, v.into_inner()))
}

/// What reading `doc` gives after a change: `Ok` when it moved on from
/// `problem` (not the same problem again, not one inside a placeholder,
/// not the field just `removed` now missing, and not a wrong value around
/// the place changed, `mended`, or at a table it is in, which the
/// placeholder made: an enum that reads its table as a whole names the
/// table), `Err` when it did not; `None` when the budget is spent.
fn attempt(
    doc: &Spanned<DeTable<'_>>,
    budget: &mut usize,
    problem: &Problem,
    removed: Option<&str>,
    mended: &[Step],
) -> Option<Result<Option<toml::de::Error>, Option<toml::de::Error>>> {
    let e = read(doc, budget)?;
    let moved_on = match &e {
        None => true,
        Some(e) => {
            let span = e.span();
            let kind = Kind::of(e.message());
            let around = span
                .as_ref()
                .and_then(|s| find(doc, s))
                .is_some_and(|(steps, _)| mended.starts_with(&steps));
            let missing = matches!(kind, Kind::Missing { .. });
            let in_placeholder = span.as_ref().is_none_or(|s| s.start >= PLACEHOLDER.start);
            let same = span.as_ref() == Some(&problem.span) && kind == problem.kind;
            let removed_missing =
                matches!((&kind, removed), (Kind::Missing { key }, Some(r)) if key == r);
            !(in_placeholder || same || removed_missing || (around && !missing))
        }
    };
    Some(if moved_on { Ok(e) } else { Err(e) })
}

/// A function that puts a placeholder into a copy of the document.
type Put<'a> = &'a dyn Fn(&mut Spanned<DeTable<'_>>, Spanned<DeValue<'static>>) -> Option<()>;

/// Tries the placeholders in `doc` by `put`, keeping the first that moves
/// on; a placeholder refused for not being one of some words (an enum's
/// variants, which the message names) brings the first word in.
fn fill(
    doc: &mut Spanned<DeTable<'_>>,
    budget: &mut usize,
    problem: &Problem,
    mended: &[Step],
    put: Put<'_>,
) -> Option<Option<toml::de::Error>> {
    let mut queue: Vec<Spanned<DeValue<'static>>> = placeholders().collect();
    queue.reverse();
    let mut worded = false;
    while let Some(value) = queue.pop() {
        let mut trial = doc.clone();
        put(&mut trial, value)?;
        match attempt(&trial, budget, problem, None, mended)? {
            Ok(e) => {
                *doc = trial;
                return Some(e);
            }
            Err(Some(e)) if !worded => {
                let words = e.message().split_once("expected").map(|(_, w)| w);
                if let Some(word) = words.and_then(|w| w.split('`').nth(1)) {
                    worded = true;
                    let word = DeValue::String(Cow::Owned(word.to_owned()));
                    queue.push(Spanned::new(PLACEHOLDER, word));
                }
            }
            Err(_) => {}
        }
    }
    None
}

/// Mends the document where `problem` is: `Some` of what reading it then
/// gives (`Some(None)`: it reads), `None` when it cannot be mended.
fn mend(
    doc: &mut Spanned<DeTable<'_>>,
    problem: &Problem,
    budget: &mut usize,
    left_out: &mut Vec<Vec<Step>>,
) -> Option<Option<toml::de::Error>> {
    let (steps, at_key) = find(doc, &problem.span)?;
    match &problem.kind {
        Kind::Unknown { key, .. } if at_key => {
            let (_, parent) = steps.split_last()?;
            remove(table_mut(doc, parent)?, key);
            // Once the key is gone, reading goes on however it ends.
            read(doc, budget)
        }
        Kind::Missing { key } => fill(doc, budget, problem, &steps, &|trial, value| {
            let key = Spanned::new(PLACEHOLDER, Cow::Owned(key.clone()));
            table_mut(trial, &steps)?.insert(key, value);
            Some(())
        }),
        _ => {
            // A wrong value: left out when it may be, else the placeholder
            // that reads.
            if let Some((Step::Key(key), parent)) = steps.split_last() {
                let mut trial = doc.clone();
                remove(table_mut(&mut trial, parent)?, key);
                if let Ok(e) = attempt(&trial, budget, problem, Some(key), &steps)? {
                    *doc = trial;
                    left_out.push(steps.clone());
                    return Some(e);
                }
            }
            fill(doc, budget, problem, &steps, &|trial, value| {
                *value_mut(trial, &steps)? = value;
                Some(())
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<Kind> {
        problems(source)
            .unwrap_or_default()
            .into_iter()
            .map(|p| p.kind)
            .collect()
    }

    #[test]
    fn a_placeholder_stands_in_until_the_next_problem_shows() {
        // `date` missing from `[meta]`, whose other fields are wrong too.
        let source = "[meta]\nkind = 1\ntitel = \"x\"\n";
        let found = kinds(source);
        assert!(
            found.contains(&Kind::Missing { key: "date".into() })
                && found
                    .iter()
                    .any(|k| matches!(k, Kind::Unknown { key, .. } if key == "titel"))
                && found.iter().any(|k| matches!(k, Kind::Wrong { .. })),
            "{found:?}"
        );
    }

    #[test]
    fn a_wrong_value_left_out_is_not_also_missing() {
        // `title` is required: told once, as a wrong value, though reading
        // on without it then says it is missing.
        let found = kinds("[meta]\ntitle = 1\n");
        assert!(
            found.iter().any(|k| matches!(k, Kind::Wrong { .. }))
                && !found.contains(&Kind::Missing {
                    key: "title".into()
                }),
            "{found:?}"
        );
    }

    #[test]
    fn a_syntax_error_is_no_problem_of_shape() {
        assert_eq!(problems("[meta\n"), None);
        assert_eq!(problems(""), problems("")); // reads or not, no panic
    }
}
