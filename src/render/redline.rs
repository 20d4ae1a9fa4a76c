//! The redline: the new version's document with the changes since an older
//! version marked in it ([`Renderer::render_redline`]).
//!
//! Both versions are prepared as views (`view.rs`) in the same language and
//! for the same document. This module walks the two views together and
//! returns the new one with every changed text made rich text whose changed
//! runs are spans of kind `inserted` or `deleted`, and with the entries only
//! the old version has (a paragraph, a goal, a party) put back in their
//! place with all their text deleted. The templates underline inserted runs,
//! strike deleted ones through, say what each mark means in words a screen
//! reader reads (`alt`), and put a bar in the margin beside every block with
//! a mark. Text stays data all the way: a mark is a span, never markup.
//!
//! Entries of a list pair as the comparison pairs them (`crate::diff`), but
//! on what the document shows: identical entries first (a diff of the list),
//! then, between them, entries with the same key (a party's business ID, a
//! section's heading, a body's name) or with similar words, in order.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use serde_json::{Map, Value, json};

use crate::diff::WordOpKind;
use crate::diff::words::{pieces, runs, similarity as similarity_of_words};

/// Keys whose values are not text shown as written: kinds, codes, numbers,
/// the figure's text alternative (a plain string by the PDF's rules), the
/// labels (the same in both versions).
const UNMARKED: &[&str] = &[
    "schema_version",
    "document",
    "draft",
    "attach",
    "lang",
    "labels",
    "date_parts",
    "kind",
    "form",
    "layout",
    "alt",
    "open",
    "each",
    "first_tier",
    "level",
    "number",
    "goal_leads",
    "first",
    "last",
    "redline",
    "names",
];

/// Keys of lists whose places are fixed, such as a table's columns: walked
/// place by place.
const POSITIONAL: &[&str] = &["headings", "columns"];

/// Keys that say whether two entries of a list are the same entry, in this
/// order (the first key both have decides; when its values differ, the
/// entries' words do): a tier's level (tiers pair by level, as the
/// comparison pairs them, so that a tier's bodies stand once in Annex 1), a
/// party's business ID, a signatory's organisation, a section's heading, a
/// name, a title, a statute's label, a language version's language.
const IDENTITY: &[&str] = &[
    "level",
    "business_id",
    "organisation",
    "heading",
    "name",
    "title",
    "label",
    "lang",
];

/// The least similarity (the Dice coefficient of the two entries' word
/// sets) at which two entries of a list count as one changed entry.
const THRESHOLD: f64 = 0.5;

/// Above this many pairs (old entries × new ones) between two unchanged
/// entries, entries pair place by place instead of best first, so that the
/// time stays bounded.
const PAIR_LIMIT: usize = 250_000;

/// The most changes (a run of words replaced, deleted or inserted) marked
/// one by one in one text; a text with more is shown as its old version
/// struck through whole and the new one underlined. Each mark is a
/// decorated run in a paragraph that typst lays out as one, at a cost that
/// grows faster than the marks: a paragraph of 177 KB with every second
/// word changed took 60 s and 670 MB (issue 20), and a text changed in
/// more than a hundred places reads better as the two versions anyway.
pub(crate) const MAX_CHANGES: usize = 100;

/// Texts of more words than this together are not compared word by word
/// (as [`crate::diff::words::MAX_WORDS`] for the diff): the comparison's
/// time grows with the words times the changes.
const MAX_WORDS: usize = crate::diff::words::MAX_WORDS;

/// What a mark says to a screen reader: "lisätty", "poistettu".
pub(crate) struct Marks<'w> {
    pub(crate) inserted: &'w str,
    pub(crate) deleted: &'w str,
}

/// A mark's kind.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Inserted,
    Deleted,
}

/// The new view with the changes since the old view marked in it.
pub(crate) fn mark(old: &Value, new: &Value, marks: &Marks<'_>) -> Value {
    marks.value(old, new, None)
}

/// Whether a view holds any mark: for tests, and a redline of two equal
/// versions has none.
#[cfg(test)]
pub(crate) fn has_marks(value: &Value) -> bool {
    match value {
        Value::Object(map) => {
            matches!(
                map.get("kind").and_then(Value::as_str),
                Some("inserted" | "deleted")
            ) || map.values().any(has_marks)
        }
        Value::Array(items) => items.iter().any(has_marks),
        _ => false,
    }
}

impl Marks<'_> {
    fn value(&self, old: &Value, new: &Value, key: Option<&str>) -> Value {
        if old == new || key.is_some_and(|k| UNMARKED.contains(&k)) {
            return new.clone();
        }
        match (old, new) {
            (Value::Null, _) => self.whole(new, Mark::Inserted, key),
            (_, Value::Null) if has_text(old) => self.whole(old, Mark::Deleted, key),
            (_, Value::Null) => Value::Null,
            (Value::String(o), Value::String(n)) => self.rich(&[text_span(o)], &[text_span(n)]),
            (Value::Array(o), Value::Array(n)) if rich_pair(o, n) => self.rich(o, n),
            (Value::Array(o), Value::Array(n)) if key.is_some_and(|k| POSITIONAL.contains(&k)) => {
                self.positional(o, n)
            }
            (Value::Array(o), Value::Array(n)) => self.list(o, n),
            // Entries of one kind, or with the same fields (a municipality
            // become a city), compare field by field.
            (Value::Object(o), Value::Object(n))
                if o.get("kind") == n.get("kind") || o.keys().eq(n.keys()) =>
            {
                let mut out = Map::new();
                for (k, v) in n {
                    let marked = match o.get(k) {
                        Some(ov) => self.value(ov, v, Some(k)),
                        None => self.whole(v, Mark::Inserted, Some(k)),
                    };
                    out.insert(k.clone(), marked);
                }
                Value::Object(out)
            }
            _ => self.whole(new, Mark::Inserted, key),
        }
    }

    /// Two lists whose places are fixed (a table's columns, a row's cells),
    /// place by place; of other lengths, the new one inserted whole.
    fn positional(&self, old: &[Value], new: &[Value]) -> Value {
        if old.len() != new.len() {
            return Value::Array(
                new.iter()
                    .map(|v| self.whole(v, Mark::Inserted, None))
                    .collect(),
            );
        }
        Value::Array(
            old.iter()
                .zip(new)
                .map(|(o, n)| self.value(o, n, None))
                .collect(),
        )
    }

    /// An entry of a list paired with its old version: a row (a list in a
    /// list) place by place, anything else as a value.
    fn entry(&self, old: &Value, new: &Value) -> Value {
        match (old, new) {
            (Value::Array(o), Value::Array(n)) if !rich_pair(o, n) => self.positional(o, n),
            _ => self.value(old, new, None),
        }
    }

    /// A list: entries kept, changed, inserted, and the old version's
    /// deleted ones back in their place.
    fn list(&self, old: &[Value], new: &[Value]) -> Value {
        let mut out = Vec::with_capacity(new.len());
        for step in align(old, new) {
            match step {
                Step::Same(j) => out.push(new[j].clone()),
                Step::Pair(i, j) => out.push(self.entry(&old[i], &new[j])),
                Step::Deleted(i) if has_text(&old[i]) => {
                    out.push(self.whole(&old[i], Mark::Deleted, None))
                }
                Step::Deleted(_) => {}
                Step::Inserted(j) => out.push(self.whole(&new[j], Mark::Inserted, None)),
            }
        }
        Value::Array(out)
    }

    /// A value inserted or deleted whole: every text in it marked.
    fn whole(&self, value: &Value, mark: Mark, key: Option<&str>) -> Value {
        if key.is_some_and(|k| UNMARKED.contains(&k)) {
            return value.clone();
        }
        match value {
            Value::String(s) if s.is_empty() => value.clone(),
            Value::String(s) => json!([self.span(mark, vec![text_span(s)])]),
            Value::Array(items) if is_rich(items) => {
                json!([self.span(mark, self.notes_whole(items, mark))])
            }
            // What a deleted entry held without text of its own (the place
            // of the structure figure) is not put back: it would show the
            // new version's content again.
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .filter(|v| mark == Mark::Inserted || has_text(v))
                    .map(|v| self.whole(v, mark, None))
                    .collect(),
            ),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), self.whole(v, mark, Some(k))))
                    .collect(),
            ),
            _ => value.clone(),
        }
    }

    /// Spans with every footnote's own text marked too, so that a deleted
    /// footnote reads deleted at the foot of the page as well.
    fn notes_whole(&self, spans: &[Value], mark: Mark) -> Vec<Value> {
        spans
            .iter()
            .map(|s| match note(s) {
                Some(inner) => json!({
                    "kind": "footnote",
                    "value": [self.span(mark, self.notes_whole(inner, mark))],
                }),
                None => s.clone(),
            })
            .collect()
    }

    fn span(&self, mark: Mark, value: Vec<Value>) -> Value {
        let (kind, alt) = match mark {
            Mark::Inserted => ("inserted", self.inserted),
            Mark::Deleted => ("deleted", self.deleted),
        };
        json!({ "kind": kind, "value": value, "alt": alt })
    }

    /// Two rich texts: word by word, with their bold and footnotes; a
    /// footnote changed in place keeps its place with its own text marked.
    fn rich(&self, old: &[Value], new: &[Value]) -> Value {
        let (a, b) = (tokens(old), tokens(new));
        // Too many words to compare, or too many changes to mark one by
        // one: the old text struck whole and the new one underlined whole.
        let whole = |a: Vec<Token>, b: Vec<Token>| {
            [(WordOpKind::Deleted, a), (WordOpKind::Inserted, b)]
                .into_iter()
                .filter(|(_, run)| !run.is_empty())
                .collect::<Vec<_>>()
        };
        let (all, replaced) = if a.len() + b.len() > 2 * MAX_WORDS {
            (whole(a, b), true)
        } else {
            let all = runs(&a, &b, Token::is_space);
            if changes(&all) > MAX_CHANGES {
                (whole(a, b), true)
            } else {
                (all, false)
            }
        };
        // A text replaced whole keeps its footnotes' own texts unmarked:
        // marked too, typst 0.15 failed to tag the struck or underlined
        // text around them ("PDF/UA-1 error: cannot combine underline,
        // overline, or strike", issue 20: a paragraph with a footnote
        // changed in more than `MAX_CHANGES` places).
        let notes = |spans: Vec<Value>, mark: Mark| {
            if replaced {
                spans
            } else {
                self.notes_whole(&spans, mark)
            }
        };
        let mut out: Vec<Value> = Vec::new();
        let mut k = 0;
        while k < all.len() {
            let (kind, run) = &all[k];
            match kind {
                WordOpKind::Same => out.extend(spans(run)),
                WordOpKind::Deleted => {
                    // One footnote for another: the footnote stays, marked inside.
                    if let (Some(o), Some((WordOpKind::Inserted, next))) =
                        (single_note(run), all.get(k + 1))
                        && let Some(n) = single_note(next)
                    {
                        out.push(json!({ "kind": "footnote", "value": self.rich(&o, &n) }));
                        k += 2;
                        continue;
                    }
                    out.push(self.span(Mark::Deleted, notes(spans(run), Mark::Deleted)));
                }
                WordOpKind::Inserted => {
                    let mut span = self.span(Mark::Inserted, notes(spans(run), Mark::Inserted));
                    // Words replaced by others: the templates put a space
                    // between the struck words and the underlined ones, so
                    // that they read as two ("12 6", not "126") on paper
                    // and when copied; the new text alone (a header, the
                    // title in the metadata) leaves it out.
                    if let Some((WordOpKind::Deleted, before)) = k.checked_sub(1).map(|b| &all[b])
                        && !before.last().is_some_and(Token::is_space)
                        && !run.first().is_some_and(Token::is_space)
                    {
                        span["gap"] = json!(true);
                    }
                    out.push(span);
                }
            }
            k += 1;
        }
        Value::Array(out)
    }
}

/// The changes among a diff's runs: each deletion, insertion, or deletion
/// followed by its insertion (as [`runs`] orders them) counts once.
fn changes<T>(all: &[(WordOpKind, Vec<T>)]) -> usize {
    (0..all.len())
        .filter(|&i| match all[i].0 {
            WordOpKind::Same => false,
            WordOpKind::Deleted => true,
            WordOpKind::Inserted => i == 0 || all[i - 1].0 != WordOpKind::Deleted,
        })
        .count()
}

/// One step of two lists aligned.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    /// The new entry `j` is the old one unchanged.
    Same(usize),
    /// Old entry `i` changed into new entry `j`.
    Pair(usize, usize),
    /// Old entry `i` is not in the new version.
    Deleted(usize),
    /// New entry `j` is not in the old version.
    Inserted(usize),
}

/// Aligns two lists: identical entries by a diff of the lists, the rest
/// between them paired by key or similarity, in order; deleted entries
/// before inserted ones at each place.
fn align(old: &[Value], new: &[Value]) -> Vec<Step> {
    let hash = |v: &Value| {
        let mut h = DefaultHasher::new();
        v.to_string().hash(&mut h);
        h.finish()
    };
    let a: Vec<u64> = old.iter().map(hash).collect();
    let b: Vec<u64> = new.iter().map(hash).collect();
    let mut steps = Vec::new();
    // Changed stretches, gathered between unchanged entries.
    let (mut from_old, mut from_new) = (0, 0);
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            pair_stretch(
                old,
                new,
                from_old..old_range.start,
                from_new..new_range.start,
                &mut steps,
            );
            steps.extend(new_range.clone().map(Step::Same));
            from_old = old_range.end;
            from_new = new_range.end;
        }
    }
    pair_stretch(
        old,
        new,
        from_old..old.len(),
        from_new..new.len(),
        &mut steps,
    );
    steps
}

/// Pairs the entries of a changed stretch: the order kept, the most similar
/// pairs taken (by dynamic programming over the stretch).
fn pair_stretch(
    old: &[Value],
    new: &[Value],
    o: std::ops::Range<usize>,
    n: std::ops::Range<usize>,
    steps: &mut Vec<Step>,
) {
    let (rows, cols) = (o.len(), n.len());
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    if rows > 0 && cols > 0 {
        let words_old: Vec<Vec<String>> = old[o.clone()].iter().map(words).collect();
        let words_new: Vec<Vec<String>> = new[n.clone()].iter().map(words).collect();
        let score = |i: usize, j: usize| {
            similarity(
                &old[o.start + i],
                &new[n.start + j],
                &words_old[i],
                &words_new[j],
            )
        };
        if rows * cols > PAIR_LIMIT {
            pairs = (0..rows.min(cols))
                .filter(|&k| score(k, k) >= THRESHOLD)
                .map(|k| (k, k))
                .collect();
        } else {
            // best[i][j]: the best total over the first i old and j new.
            let mut best = vec![vec![0.0f64; cols + 1]; rows + 1];
            for i in 1..=rows {
                for j in 1..=cols {
                    let s = score(i - 1, j - 1);
                    let diagonal = if s >= THRESHOLD {
                        best[i - 1][j - 1] + s
                    } else {
                        f64::MIN
                    };
                    best[i][j] = best[i - 1][j].max(best[i][j - 1]).max(diagonal);
                }
            }
            let (mut i, mut j) = (rows, cols);
            while i > 0 && j > 0 {
                if best[i][j] == best[i - 1][j] {
                    i -= 1;
                } else if best[i][j] == best[i][j - 1] {
                    j -= 1;
                } else {
                    pairs.push((i - 1, j - 1));
                    i -= 1;
                    j -= 1;
                }
            }
            pairs.reverse();
        }
    }
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in pairs.into_iter().chain(std::iter::once((rows, cols))) {
        steps.extend((i..pi).map(|k| Step::Deleted(o.start + k)));
        steps.extend((j..pj).map(|k| Step::Inserted(n.start + k)));
        if pi < rows && pj < cols {
            steps.push(Step::Pair(o.start + pi, n.start + pj));
        }
        (i, j) = (pi + 1, pj + 1);
    }
}

/// How alike two entries are, from 0 to 1: 1 when a key names the same
/// entry (see [`IDENTITY`]; a row by its first cell), else 0 between
/// entries of different kinds (a paragraph and a list), else the Dice
/// coefficient of their word sets.
fn similarity(a: &Value, b: &Value, words_a: &[String], words_b: &[String]) -> f64 {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let same_key = IDENTITY.iter().find_map(|k| match (x.get(*k), y.get(*k)) {
                (Some(p), Some(q)) if !p.is_null() && p != "" => Some(p == q),
                _ => None,
            });
            if same_key == Some(true) {
                return 1.0;
            }
            if x.get("kind") != y.get("kind") {
                return 0.0;
            }
        }
        (Value::Array(x), Value::Array(y))
            if !rich_pair(x, y) && x.first().is_some_and(|f| Some(f) == y.first()) =>
        {
            return 1.0;
        }
        _ => {}
    }
    similarity_of_words(words_a, words_b)
}

/// The words of an entry, in lower case, sorted, without repeats; texts
/// under [`UNMARKED`] keys left out.
fn words(value: &Value) -> Vec<String> {
    fn collect(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::String(s) => out.extend(
                s.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase),
            ),
            Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            Value::Object(map) => map
                .iter()
                .filter(|(k, _)| !UNMARKED.contains(&k.as_str()))
                .for_each(|(_, v)| collect(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    collect(value, &mut out);
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether a value has any text to show (a deleted entry without text,
/// such as the place of the structure figure, is not put back).
fn has_text(value: &Value) -> bool {
    match value {
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(items) => items.iter().any(has_text),
        Value::Object(map) => map
            .iter()
            .any(|(k, v)| !UNMARKED.contains(&k.as_str()) && has_text(v)),
        _ => false,
    }
}

/// Whether a list is rich text: spans with a `kind` of text.
fn is_rich(items: &[Value]) -> bool {
    !items.is_empty()
        && items.iter().all(|s| {
            matches!(
                s.get("kind").and_then(Value::as_str),
                Some("text" | "strong" | "footnote")
            )
        })
}

/// Whether two lists are rich texts (one of them may be empty).
fn rich_pair(a: &[Value], b: &[Value]) -> bool {
    (is_rich(a) || a.is_empty()) && (is_rich(b) || b.is_empty()) && (is_rich(a) || is_rich(b))
}

fn text_span(text: &str) -> Value {
    json!({ "kind": "text", "value": text })
}

/// A footnote span's own spans.
fn note(span: &Value) -> Option<&[Value]> {
    (span.get("kind").and_then(Value::as_str) == Some("footnote"))
        .then(|| {
            span.get("value")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
        })
        .flatten()
}

/// A piece of rich text for the word diff: a word or a run of white space
/// with its style, or a whole footnote (its spans as JSON).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Token {
    Text { strong: bool, piece: String },
    Note(String),
}

impl Token {
    fn is_space(&self) -> bool {
        matches!(self, Token::Text { piece, .. } if piece.chars().all(char::is_whitespace))
    }
}

fn tokens(spans: &[Value]) -> Vec<Token> {
    let mut out = Vec::new();
    for s in spans {
        let kind = s.get("kind").and_then(Value::as_str);
        match (kind, s.get("value")) {
            (Some("footnote"), Some(v)) => out.push(Token::Note(v.to_string())),
            (Some(kind), Some(Value::String(text))) => {
                out.extend(pieces(text).into_iter().map(|p| Token::Text {
                    strong: kind == "strong",
                    piece: p.to_owned(),
                }))
            }
            _ => {}
        }
    }
    out
}

/// Tokens back to spans: neighbours of one style joined.
fn spans(tokens: &[Token]) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    let mut run: Option<(bool, String)> = None;
    let flush = |out: &mut Vec<Value>, run: &mut Option<(bool, String)>| {
        if let Some((strong, text)) = run.take() {
            out.push(json!({ "kind": if strong { "strong" } else { "text" }, "value": text }));
        }
    };
    for t in tokens {
        match t {
            Token::Text { strong, piece } => match &mut run {
                Some((s, text)) if s == strong => text.push_str(piece),
                _ => {
                    flush(&mut out, &mut run);
                    run = Some((*strong, piece.clone()));
                }
            },
            Token::Note(json) => {
                flush(&mut out, &mut run);
                let value: Value = serde_json::from_str(json).unwrap_or(Value::Array(Vec::new()));
                out.push(json!({ "kind": "footnote", "value": value }));
            }
        }
    }
    flush(&mut out, &mut run);
    out
}

/// The spans of a run that is exactly one footnote.
fn single_note(run: &[Token]) -> Option<Vec<Value>> {
    match run {
        [Token::Note(json)] => serde_json::from_str::<Vec<Value>>(json).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the redline's lists name is a key of the views it walks
    /// (the agreement's, in each layout, and the redline's own): a field of
    /// the view renamed without these lists would otherwise silently change
    /// what is marked.
    #[test]
    fn the_keys_named_here_are_keys_of_the_view() {
        fn keys(value: &Value, out: &mut std::collections::BTreeSet<String>) {
            match value {
                Value::Object(map) => {
                    for (k, v) in map {
                        out.insert(k.clone());
                        keys(v, out);
                    }
                }
                Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
                _ => {}
            }
        }
        let valid = |path: &str| {
            crate::load(path)
                .expect("a fixture")
                .validate(&crate::ValidateOptions::new())
                .expect("valid")
        };
        let mut seen = std::collections::BTreeSet::new();
        let old = valid("examples/kanta-hame-2023.toml");
        let new = valid("examples/kanta-hame-2026.toml");
        let options = crate::RenderOptions::new();
        let redline: Value = serde_json::from_str(
            &crate::render::redline_view_data(&old, &new, &options).expect("a redline"),
        )
        .expect("JSON");
        keys(&redline, &mut seen);
        for path in [
            "tests/data/valid/complete.toml",
            "tests/data/valid/bilingual.toml",
            "tests/data/valid/columns.toml",
            "examples/osterbotten-2026.toml",
        ] {
            let agreement = valid(path);
            let mut layouts = vec![options.clone()];
            if agreement.agreement().meta.languages.is_multilingual() {
                layouts.push(crate::RenderOptions::new().parallel(true));
            }
            for layout in layouts {
                let view: Value = serde_json::from_str(
                    &crate::render::view_data(&agreement, &layout).expect("a view"),
                )
                .expect("JSON");
                keys(&view, &mut seen);
            }
        }
        let unknown: Vec<&str> = UNMARKED
            .iter()
            .chain(POSITIONAL)
            .chain(IDENTITY)
            .copied()
            .filter(|k| !seen.contains(*k))
            .collect();
        assert!(unknown.is_empty(), "not keys of any view: {unknown:?}");
    }

    const MARKS: Marks<'static> = Marks {
        inserted: "lisätty",
        deleted: "poistettu",
    };

    /// A rich text as the templates would read it, marks as [+…+] and
    /// [-…-].
    fn read(value: &Value) -> String {
        match value {
            Value::String(s) => s.clone(),
            Value::Array(items) => items.iter().map(read).collect(),
            Value::Object(map) => {
                let inner = map.get("value").map(read).unwrap_or_default();
                let gap = if map.get("gap") == Some(&json!(true)) {
                    " "
                } else {
                    ""
                };
                match map.get("kind").and_then(Value::as_str) {
                    Some("inserted") => format!("{gap}[+{inner}+]"),
                    Some("deleted") => format!("[-{inner}-]"),
                    Some("footnote") => format!("^({inner})"),
                    Some("strong") => format!("*{inner}*"),
                    _ => inner,
                }
            }
            _ => String::new(),
        }
    }

    #[test]
    fn a_string_changed_marks_the_words_only() {
        let out = mark(
            &json!({ "heading": "Sopimuksen tausta" }),
            &json!({ "heading": "Sopimuksen tausta ja tarkoitus" }),
            &MARKS,
        );
        assert_eq!(read(&out["heading"]), "Sopimuksen tausta[+ ja tarkoitus+]");
        assert_eq!(out["heading"][1]["alt"], "lisätty");
    }

    #[test]
    fn rich_text_keeps_bold_and_footnotes() {
        let old = json!([
            { "kind": "text", "value": "Kunnat " },
            { "kind": "strong", "value": "vastaavat" },
            { "kind": "text", "value": " yhdessä." },
            { "kind": "footnote", "value": [{ "kind": "text", "value": "Laki 611/2021." }] },
        ]);
        let new = json!([
            { "kind": "text", "value": "Kunnat " },
            { "kind": "strong", "value": "vastaavat" },
            { "kind": "text", "value": " aina yhdessä." },
            { "kind": "footnote", "value": [{ "kind": "text", "value": "Laki 612/2021." }] },
        ]);
        let out = mark(&json!({ "t": old }), &json!({ "t": new }), &MARKS);
        assert_eq!(
            read(&out["t"]),
            "Kunnat *vastaavat* [+aina +]yhdessä.^(Laki [-611/2021.-] [+612/2021.+])"
        );
    }

    #[test]
    fn entries_only_the_old_version_has_come_back_deleted_in_place() {
        let old = json!({ "blocks": [
            { "kind": "paragraph", "text": [{ "kind": "text", "value": "Ensimmäinen kappale pysyy." }] },
            { "kind": "paragraph", "text": [{ "kind": "text", "value": "Tämä kappale poistetaan kokonaan." }] },
            { "kind": "structure_figure" },
            { "kind": "paragraph", "text": [{ "kind": "text", "value": "Viimeinen kappale muuttuu hieman." }] },
        ]});
        let new = json!({ "blocks": [
            { "kind": "paragraph", "text": [{ "kind": "text", "value": "Ensimmäinen kappale pysyy." }] },
            { "kind": "paragraph", "text": [{ "kind": "text", "value": "Aivan uusi teksti tulee tähän." }] },
            { "kind": "paragraph", "text": [{ "kind": "text", "value": "Viimeinen kappale muuttuu vähän." }] },
        ]});
        let out = mark(&old, &new, &MARKS);
        let blocks: Vec<String> = out["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| read(&b["text"]))
            .collect();
        assert_eq!(
            blocks,
            [
                "Ensimmäinen kappale pysyy.",
                "[-Tämä kappale poistetaan kokonaan.-]",
                "[+Aivan uusi teksti tulee tähän.+]",
                "Viimeinen kappale muuttuu [-hieman.-] [+vähän.+]",
            ]
        );
    }

    #[test]
    fn a_deleted_section_comes_back_without_the_figure_it_placed() {
        let section =
            |heading: &str, blocks: Value| json!({ "heading": heading, "blocks": blocks });
        let old = json!({ "sections": [
            section("Rakenne", json!([{ "kind": "structure_figure" }, { "kind": "tiers" }])),
            section("Tausta", json!([])),
        ]});
        let new = json!({ "sections": [section("Tausta", json!([]))] });
        let out = mark(&old, &new, &MARKS);
        assert_eq!(out["sections"][0]["blocks"], json!([]));
        assert_eq!(read(&out["sections"][0]["heading"]), "[-Rakenne-]");
    }

    #[test]
    fn keys_pair_entries_and_unmarked_fields_stay_as_they_are() {
        let old = json!({ "parties": [
            { "name": "Akunta", "business_id": "0000001-9", "kind": "municipality" },
            { "name": "Bkunta", "business_id": "0000002-7", "kind": "municipality" },
        ]});
        let new = json!({ "parties": [
            { "name": "Bekunta", "business_id": "0000002-7", "kind": "city" },
        ]});
        let out = mark(&old, &new, &MARKS);
        let parties = out["parties"].as_array().unwrap();
        assert_eq!(parties.len(), 2);
        assert_eq!(read(&parties[0]["name"]), "[-Akunta-]");
        assert_eq!(read(&parties[1]["name"]), "[-Bkunta-] [+Bekunta+]");
        assert_eq!(parties[1]["kind"], "city");
        assert_eq!(parties[1]["business_id"], "0000002-7");
    }

    #[test]
    fn rows_are_walked_cell_by_cell() {
        let old = json!({ "rows": [["Kokoontuminen", [{ "kind": "text", "value": "kerran vuodessa" }]]] });
        let new = json!({ "rows": [["Kokoontuminen", [{ "kind": "text", "value": "kahdesti vuodessa" }]]] });
        let out = mark(&old, &new, &MARKS);
        assert_eq!(out["rows"][0][0], "Kokoontuminen");
        assert_eq!(read(&out["rows"][0][1]), "[-kerran-] [+kahdesti+] vuodessa");
    }

    #[test]
    fn equal_views_have_no_marks() {
        let v = json!({ "title": "Sopimus", "blocks": [{ "kind": "paragraph", "text": [] }] });
        assert!(!has_marks(&mark(&v, &v, &MARKS)));
    }
}
