//! Pairing the things of the old version with those of the new: by id where
//! both files write one, then by identical text, then by similarity.
//!
//! The rule, documented for users in `README.md`:
//!
//! 1. **Ids.** Two entries whose ids are *written* in both files (not
//!    generated from their place) are the same entry when the ids are
//!    equal. For items (priorities, goals, indicators, actions) two written
//!    ids that differ are never paired: the ids are what follow-up data
//!    refers to. Bodies may also pair across a changed id (a renamed id is a
//!    common edit), by the rules below.
//! 2. **Identical text.** The rest pair when their texts are the same
//!    (ignoring case and white space).
//! 3. **Similar text.** Then pairs whose texts share enough words: the Dice
//!    coefficient of their word sets (twice the shared words over all
//!    words) is at least [`THRESHOLD`]. The best-scoring pairs are taken
//!    first.
//!
//! Ties in 2 and 3 go to the pair whose parents are paired with each other
//! (a goal under the same priority), then to the pair at the same place
//! (the same generated id, or the same position), then to the pair nearest
//! in document order.
//!
//! Similarity compares every remaining old entry with every remaining new
//! one while there are at most [`PAIR_BUDGET`] such pairs; beyond that (a
//! rewrite of thousands of items) only pairs under paired parents or within
//! [`WINDOW`] places of each other in document order, so the time stays
//! bounded.

use std::collections::HashMap;

use super::words::similarity;

/// The least similarity at which two texts count as one reworded text.
pub(crate) const THRESHOLD: f64 = 0.5;
/// The number of pairs compared in full before comparing only near ones.
pub(crate) const PAIR_BUDGET: usize = 1_000_000;
/// How near in document order two entries must be to be compared when the
/// pairs exceed [`PAIR_BUDGET`].
pub(crate) const WINDOW: usize = 50;

/// How two entries were paired.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The same id, written in both files (for parties: the same business
    /// ID, or else the same party id or name).
    Id,
    /// The same text.
    SameText,
    /// Similar text: enough words in common.
    Similarity,
}

/// One entry to pair: what the matcher needs to know of it.
pub(crate) struct Candidate {
    /// The id written in the file, if any.
    pub written: Option<String>,
    /// The id as used (written or generated), or another key of its place.
    pub place: String,
    /// The text, normalised, for identity.
    pub norm: String,
    /// The word set of the text.
    pub tokens: Vec<u32>,
    /// Another word set that may show the entry is the same (a priority's
    /// goals); the better of the two scores counts.
    pub extra: Vec<u32>,
    /// The index of its parent among the parents of its side.
    pub parent: Option<usize>,
}

/// The rules that differ between kinds of entries.
#[derive(Clone, Copy)]
pub(crate) struct Rules {
    /// Whether two entries with different written ids may still pair.
    pub across_written_ids: bool,
}

/// A pair: old index, new index, how.
pub(crate) type Pair = (usize, usize, MatchedBy);

/// Pairs old and new entries; `parents` maps an old parent's index to its
/// new counterpart (for the tie-break on paired parents).
pub(crate) fn pair(
    old: &[Candidate],
    new: &[Candidate],
    parents: &[Option<usize>],
    rules: Rules,
) -> Vec<Pair> {
    let mut old_taken = vec![false; old.len()];
    let mut new_taken = vec![false; new.len()];
    let mut pairs = Vec::new();

    // 1. Written ids.
    let written: HashMap<&str, usize> = new
        .iter()
        .enumerate()
        .filter_map(|(j, n)| n.written.as_deref().map(|w| (w, j)))
        .collect();
    for (i, o) in old.iter().enumerate() {
        if let Some(&j) = o.written.as_deref().and_then(|w| written.get(w)) {
            old_taken[i] = true;
            new_taken[j] = true;
            pairs.push((i, j, MatchedBy::Id));
        }
    }

    let eligible = |o: &Candidate, n: &Candidate| {
        rules.across_written_ids || o.written.is_none() || n.written.is_none()
    };
    let same_parent = |o: &Candidate, n: &Candidate| match (o.parent, n.parent) {
        (Some(op), Some(np)) => parents.get(op).copied().flatten() == Some(np),
        (None, None) => true,
        _ => false,
    };
    // Smaller is better: paired parents, the same place, nearest in order.
    let tie = |i: usize, j: usize| {
        (
            !same_parent(&old[i], &new[j]),
            old[i].place != new[j].place,
            i.abs_diff(j),
        )
    };

    // 2. Identical text.
    let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, n) in new.iter().enumerate() {
        if !new_taken[j] {
            by_text.entry(n.norm.as_str()).or_default().push(j);
        }
    }
    let mut identical: Vec<(usize, usize)> = Vec::new();
    for (i, o) in old.iter().enumerate() {
        if old_taken[i] {
            continue;
        }
        if let Some(js) = by_text.get(o.norm.as_str()) {
            identical.extend(
                js.iter()
                    .copied()
                    .filter(|&j| eligible(o, &new[j]))
                    .map(|j| (i, j)),
            );
        }
    }
    identical.sort_by_key(|&(i, j)| (tie(i, j), i, j));
    for (i, j) in identical {
        if !old_taken[i] && !new_taken[j] {
            old_taken[i] = true;
            new_taken[j] = true;
            pairs.push((i, j, MatchedBy::SameText));
        }
    }

    // 3. Similar text.
    let old_left: Vec<usize> = (0..old.len()).filter(|&i| !old_taken[i]).collect();
    let new_left: Vec<usize> = (0..new.len()).filter(|&j| !new_taken[j]).collect();
    let all_pairs = old_left.len().saturating_mul(new_left.len()) <= PAIR_BUDGET;
    let mut similar: Vec<(f64, usize, usize)> = Vec::new();
    for &i in &old_left {
        for &j in &new_left {
            let (o, n) = (&old[i], &new[j]);
            if !eligible(o, n) {
                continue;
            }
            if !all_pairs && !same_parent(o, n) && i.abs_diff(j) > WINDOW {
                continue;
            }
            let mut score = similarity(&o.tokens, &n.tokens);
            if !o.extra.is_empty() && !n.extra.is_empty() {
                score = score.max(similarity(&o.extra, &n.extra));
            }
            if score >= THRESHOLD {
                similar.push((score, i, j));
            }
        }
    }
    similar.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| tie(a.1, a.2).cmp(&tie(b.1, b.2)))
            .then_with(|| (a.1, a.2).cmp(&(b.1, b.2)))
    });
    for (_, i, j) in similar {
        if !old_taken[i] && !new_taken[j] {
            old_taken[i] = true;
            new_taken[j] = true;
            pairs.push((i, j, MatchedBy::Similarity));
        }
    }
    pairs.sort_unstable_by_key(|&(i, j, _)| (j, i));
    pairs
}

/// Which pairs of one group are out of order: the pairs not in a longest
/// run that keeps the old order in the new version. `order` holds, in old
/// order, each pair's new position; the result marks the moved ones.
pub(crate) fn out_of_order(order: &[usize]) -> Vec<bool> {
    // Longest increasing subsequence, O(n log n), with back links.
    let mut tails: Vec<usize> = Vec::new(); // indices into `order`
    let mut back: Vec<Option<usize>> = vec![None; order.len()];
    for (k, &value) in order.iter().enumerate() {
        let at = tails.partition_point(|&t| order[t] < value);
        if at > 0 {
            back[k] = Some(tails[at - 1]);
        }
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut moved = vec![true; order.len()];
    let mut next = tails.last().copied();
    while let Some(k) = next {
        moved[k] = false;
        next = back[k];
    }
    moved
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::words::Vocabulary;

    fn candidates(v: &mut Vocabulary, texts: &[(&str, Option<&str>)]) -> Vec<Candidate> {
        texts
            .iter()
            .enumerate()
            .map(|(k, (text, written))| Candidate {
                written: written.map(str::to_owned),
                place: format!("x{k}"),
                norm: crate::diff::words::normalised(text),
                tokens: v.tokens(text),
                extra: Vec::new(),
                parent: None,
            })
            .collect()
    }

    const ITEMS: Rules = Rules {
        across_written_ids: false,
    };

    #[test]
    fn ids_then_identical_then_similar_text() {
        let mut v = Vocabulary::default();
        let old = candidates(
            &mut v,
            &[
                ("yksi", Some("a")),
                ("kaksi kolme neljä", None),
                ("viisi kuusi seitsemän", None),
                ("poistuu kokonaan", None),
            ],
        );
        let new = candidates(
            &mut v,
            &[
                ("viisi kuusi kahdeksan", None),
                ("aivan uusi", None),
                ("KAKSI kolme  neljä", None),
                ("yksi muutettu", Some("a")),
            ],
        );
        let pairs = pair(&old, &new, &[], ITEMS);
        assert_eq!(
            pairs,
            vec![
                (2, 0, MatchedBy::Similarity),
                (1, 2, MatchedBy::SameText),
                (0, 3, MatchedBy::Id),
            ]
        );
    }

    #[test]
    fn different_written_ids_never_pair_items() {
        let mut v = Vocabulary::default();
        let old = candidates(&mut v, &[("sama teksti", Some("a"))]);
        let new = candidates(&mut v, &[("sama teksti", Some("b"))]);
        assert!(pair(&old, &new, &[], ITEMS).is_empty());
        let bodies = Rules {
            across_written_ids: true,
        };
        assert_eq!(pair(&old, &new, &[], bodies).len(), 1);
    }

    #[test]
    fn identical_texts_pair_at_the_same_place_first() {
        let mut v = Vocabulary::default();
        let old = candidates(&mut v, &[("sama", None), ("sama", None)]);
        let new = candidates(&mut v, &[("sama", None), ("sama", None)]);
        assert_eq!(
            pair(&old, &new, &[], ITEMS),
            vec![(0, 0, MatchedBy::SameText), (1, 1, MatchedBy::SameText)]
        );
    }

    #[test]
    fn the_longest_ordered_run_stays_the_rest_moved() {
        assert_eq!(out_of_order(&[0, 1, 2]), vec![false, false, false]);
        assert_eq!(out_of_order(&[2, 0, 1]), vec![true, false, false]);
        assert_eq!(out_of_order(&[1, 0]).iter().filter(|m| **m).count(), 1);
        assert!(out_of_order(&[]).is_empty());
    }
}
