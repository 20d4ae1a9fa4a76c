//! Words: the word-level diff of a reworded text, and the token sets that
//! item matching compares.

use std::collections::HashMap;

use serde::Serialize;

/// What happened to a run of words between the two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WordOpKind {
    /// In both versions.
    Same,
    /// In the old version only: deleted.
    Deleted,
    /// In the new version only: inserted.
    Inserted,
}

/// A run of text in a word-level diff. The `same` and `deleted` runs, in
/// order, spell the old text exactly; the `same` and `inserted` runs spell
/// the new one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct WordOp {
    /// Kept, deleted or inserted.
    pub op: WordOpKind,
    /// The words, with the white space between them.
    pub text: String,
}

/// Texts of more words than this together are not compared word by word:
/// the diff shows the old text deleted and the new inserted. Keeps the time
/// of one comparison bounded (Myers' algorithm grows with the product of
/// the lengths when the texts differ throughout).
pub const MAX_WORDS: usize = 20_000;

/// Splits text into words and the white space between them, so that the
/// pieces joined give the text back.
pub(crate) fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space.is_some_and(|s| s != space) {
            out.push(&text[start..i]);
            start = i;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The word-level diff of two texts: runs kept, deleted and inserted.
/// A change is shown as its deleted words, then its inserted ones; white
/// space between two changed words belongs to the change.
///
/// ```
/// use sopimus::diff::{WordOpKind, word_diff};
/// let ops = word_diff("seurataan kerran vuodessa", "seurataan kahdesti vuodessa");
/// let deleted: Vec<&str> = ops.iter().filter(|o| o.op == WordOpKind::Deleted).map(|o| o.text.as_str()).collect();
/// let inserted: Vec<&str> = ops.iter().filter(|o| o.op == WordOpKind::Inserted).map(|o| o.text.as_str()).collect();
/// assert_eq!((deleted, inserted), (vec!["kerran"], vec!["kahdesti"]));
/// ```
pub fn word_diff(old: &str, new: &str) -> Vec<WordOp> {
    let a = pieces(old);
    let b = pieces(new);
    let mut ops: Vec<WordOp> = Vec::new();
    if a.len() + b.len() > MAX_WORDS * 2 {
        push(&mut ops, WordOpKind::Deleted, old);
        push(&mut ops, WordOpKind::Inserted, new);
        return ops;
    }
    for (kind, run) in runs(&a, &b, |p| p.chars().all(char::is_whitespace)) {
        push(&mut ops, kind, &run.concat());
    }
    ops
}

/// The runs of a diff of two token lists: kept, deleted and inserted, in
/// order. White space alone between two changes joins them, and within each
/// stretch of changes the deleted tokens come before the inserted ones, so
/// that "a b" → "c d" reads as one deletion and one insertion. The kept and
/// deleted runs spell `a`; the kept and inserted runs spell `b`.
pub(crate) fn runs<T: Clone + Eq + std::hash::Hash + Ord>(
    a: &[T],
    b: &[T],
    is_space: impl Fn(&T) -> bool,
) -> Vec<(WordOpKind, Vec<T>)> {
    // Raw runs first: (kind, tokens) in the order the algorithm gives them.
    let mut raw: Vec<(WordOpKind, Vec<T>)> = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, a, b) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let old = a[old_range].to_vec();
        let new = b[new_range].to_vec();
        match tag {
            similar::DiffTag::Equal => raw.push((WordOpKind::Same, old)),
            similar::DiffTag::Delete => raw.push((WordOpKind::Deleted, old)),
            similar::DiffTag::Insert => raw.push((WordOpKind::Inserted, new)),
            similar::DiffTag::Replace => {
                raw.push((WordOpKind::Deleted, old));
                raw.push((WordOpKind::Inserted, new));
            }
        }
    }
    // White space alone between two changes joins them into one change.
    let mut i = 0;
    while i < raw.len() {
        let (kind, tokens) = &raw[i];
        let between_changes =
            *kind == WordOpKind::Same && tokens.iter().all(&is_space) && i > 0 && i + 1 < raw.len();
        if between_changes {
            let tokens = tokens.clone();
            raw[i] = (WordOpKind::Deleted, tokens.clone());
            raw.insert(i + 1, (WordOpKind::Inserted, tokens));
            i += 2;
        } else {
            i += 1;
        }
    }
    // Within each stretch of changes: the deleted tokens, then the inserted.
    let mut out: Vec<(WordOpKind, Vec<T>)> = Vec::new();
    let mut deleted: Vec<T> = Vec::new();
    let mut inserted: Vec<T> = Vec::new();
    let flush = |out: &mut Vec<(WordOpKind, Vec<T>)>, kind, tokens: Vec<T>| {
        if tokens.is_empty() {
            return;
        }
        match out.last_mut() {
            Some((k, last)) if *k == kind => last.extend(tokens),
            _ => out.push((kind, tokens)),
        }
    };
    for (kind, tokens) in raw {
        match kind {
            WordOpKind::Deleted => deleted.extend(tokens),
            WordOpKind::Inserted => inserted.extend(tokens),
            WordOpKind::Same => {
                flush(&mut out, WordOpKind::Deleted, std::mem::take(&mut deleted));
                flush(
                    &mut out,
                    WordOpKind::Inserted,
                    std::mem::take(&mut inserted),
                );
                flush(&mut out, WordOpKind::Same, tokens);
            }
        }
    }
    flush(&mut out, WordOpKind::Deleted, deleted);
    flush(&mut out, WordOpKind::Inserted, inserted);
    out
}

fn push(ops: &mut Vec<WordOp>, op: WordOpKind, text: &str) {
    if text.is_empty() {
        return;
    }
    match ops.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => ops.push(WordOp {
            op,
            text: text.to_owned(),
        }),
    }
}

/// The number of words deleted and inserted by a diff.
pub(crate) fn counts(ops: &[WordOp]) -> (usize, usize) {
    let words = |kind| {
        ops.iter()
            .filter(|o| o.op == kind)
            .map(|o| o.text.split_whitespace().count())
            .sum::<usize>()
    };
    (words(WordOpKind::Deleted), words(WordOpKind::Inserted))
}

/// Text compared for identity: words in lower case, joined by single
/// spaces, so that a changed line break or capital letter does not count as
/// a change of wording for matching.
pub(crate) fn normalised(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Interns words as numbers, shared by both versions, so that token sets
/// compare as sorted lists of numbers.
#[derive(Default)]
pub(crate) struct Vocabulary {
    words: HashMap<String, u32>,
}

impl Vocabulary {
    /// The set of words of a text: runs of letters and digits, in lower
    /// case, sorted and without repeats. "Hyte-kuntakokous" gives "hyte"
    /// and "kuntakokous".
    pub(crate) fn tokens(&mut self, text: &str) -> Vec<u32> {
        let mut out: Vec<u32> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let next = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
                *self.words.entry(w.to_lowercase()).or_insert(next)
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The Dice coefficient of two token sets: twice the shared words over
/// all words, from 0 (nothing shared) to 1 (the same words). Two empty sets
/// score 0.
pub(crate) fn similarity<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (2 * shared) as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelled(ops: &[WordOp], skip: WordOpKind) -> String {
        ops.iter()
            .filter(|o| o.op != skip)
            .map(|o| o.text.as_str())
            .collect()
    }

    #[test]
    fn the_runs_spell_both_texts() {
        let cases = [
            ("", ""),
            ("a", ""),
            ("", "b"),
            ("yksi kaksi kolme", "yksi kolme neljä"),
            ("  alku ja loppu ", "alku, ja  loppu"),
            ("sama teksti", "sama teksti"),
        ];
        for (old, new) in cases {
            let ops = word_diff(old, new);
            assert_eq!(spelled(&ops, WordOpKind::Inserted), old, "{ops:?}");
            assert_eq!(spelled(&ops, WordOpKind::Deleted), new, "{ops:?}");
        }
    }

    #[test]
    fn a_replaced_phrase_is_one_deletion_and_one_insertion() {
        let ops = word_diff(
            "kokoontuu kerran vuodessa keväällä",
            "kokoontuu kaksi kertaa vuodessa keväällä",
        );
        assert_eq!(
            ops,
            vec![
                WordOp {
                    op: WordOpKind::Same,
                    text: "kokoontuu ".into()
                },
                WordOp {
                    op: WordOpKind::Deleted,
                    text: "kerran".into()
                },
                WordOp {
                    op: WordOpKind::Inserted,
                    text: "kaksi kertaa".into()
                },
                WordOp {
                    op: WordOpKind::Same,
                    text: " vuodessa keväällä".into()
                },
            ]
        );
        assert_eq!(counts(&ops), (1, 2));
    }

    #[test]
    fn very_long_texts_are_replaced_whole() {
        let old = "sana ".repeat(MAX_WORDS);
        let new = "toinen ".repeat(MAX_WORDS);
        let ops = word_diff(&old, &new);
        assert_eq!(ops.len(), 2);
        assert_eq!(ops[0].op, WordOpKind::Deleted);
    }

    #[test]
    fn similarity_of_word_sets() {
        let mut v = Vocabulary::default();
        let a = v.tokens("Kuntakokous");
        let b = v.tokens("Hyte-kuntakokous");
        assert!((similarity(&a, &b) - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(similarity(&a, &a), 1.0);
        assert_eq!(similarity(&a, &[]), 0.0);
        assert_eq!(v.tokens("A a, A!"), v.tokens("a"));
    }
}
