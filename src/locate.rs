//! Maps a finding's [`FieldPath`] back to a line and column of the TOML
//! source, so that people can jump to the place.

use serde_json::Value;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Location;
use crate::model::Field;
use crate::path::{FieldPath, Segment};

/// The line and column (from 1) of a byte offset.
pub(crate) fn line_column(source: &str, offset: usize) -> Location {
    let offset = offset.min(source.len());
    let before = &source[..source.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Location {
        line,
        column: before[line_start..].chars().count() + 1,
    }
}

/// Where the lines of a text start, so that the line and column of many
/// offsets cost a binary search each rather than a scan of the text before
/// them (a scan per finding made `check` quadratic in the file: 4 000
/// parties with three findings each took 11 s).
pub(crate) struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    pub(crate) fn new(text: &'t str) -> Lines<'t> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// The line and column (from 1, the column in characters) of a byte
    /// offset, as [`line_column`] counts them.
    pub(crate) fn at(&self, offset: usize) -> Location {
        let offset = self.text.floor_char_boundary(offset.min(self.text.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        Location {
            line,
            column: self.text[start..offset].chars().count() + 1,
        }
    }
}

/// The earlier name a field may still be written under, from the model's
/// registry of fields.
fn alias(key: &str) -> Option<&'static str> {
    // Looked up per path segment of every finding: a map built once rather
    // than a search of every field's key (6 % of `check` on 4 000 parties).
    static ALIASES: std::sync::LazyLock<std::collections::HashMap<&'static str, &'static str>> =
        std::sync::LazyLock::new(|| {
            Field::ALL
                .iter()
                .filter_map(|f| Some((f.key(), f.alias()?)))
                .collect()
        });
    ALIASES.get(key).copied()
}

/// A parsed TOML source that answers where a path is.
pub(crate) struct Locator<'s> {
    source: &'s str,
    lines: Lines<'s>,
    root: Spanned<DeTable<'s>>,
}

impl<'s> Locator<'s> {
    /// The agreement the source holds, deserialised from the tree already
    /// parsed (what `toml::from_str` gives, without lexing the text again).
    pub(crate) fn agreement(&self) -> Option<crate::model::Agreement> {
        serde::Deserialize::deserialize(toml::de::Deserializer::from(self.root.clone())).ok()
    }

    /// Parses the source once; `None` when it is not TOML.
    pub(crate) fn new(source: &'s str) -> Option<Locator<'s>> {
        let root = DeTable::parse(source).ok()?;
        Some(Locator {
            source,
            lines: Lines::new(source),
            root,
        })
    }

    /// The location of the value at `path`. When the last key is missing
    /// (a field left out) the place is the table that should hold it; when
    /// an array entry is missing (added in code, not in the source) there
    /// is no place, and the answer is `None` rather than a wrong line.
    pub(crate) fn find(&self, path: &FieldPath) -> Option<Location> {
        let mut span = None;
        let mut table: Option<&DeTable<'_>> = Some(self.root.get_ref());
        let mut value: Option<&Spanned<DeValue<'_>>> = None;
        for segment in path.segments() {
            let next = match segment {
                Segment::Key(key) => {
                    let t = match (table, value.map(Spanned::get_ref)) {
                        (Some(t), _) => t,
                        (None, Some(DeValue::Table(t))) => t,
                        _ => {
                            return span.map(|s: std::ops::Range<usize>| self.lines.at(s.start));
                        }
                    };
                    let alias = alias(key);
                    let found = t
                        .iter()
                        .find(|(k, _)| k.get_ref() == key || alias == Some(k.get_ref()))
                        .map(|(_, v)| v);
                    match found {
                        Some(v) => v,
                        // A field that is not written: point at its table.
                        None => break,
                    }
                }
                Segment::Index(i) => match value.map(Spanned::get_ref) {
                    Some(DeValue::Array(items)) => items.get(*i)?,
                    _ => return None,
                },
            };
            span = Some(next.span());
            value = Some(next);
            table = None;
        }
        span.map(|s| self.lines.at(s.start))
    }
}

impl Locator<'_> {
    /// An offset at a table header (`[[annexes.additional]]`, where the
    /// parser points at a table it cannot read) moved to the header's end,
    /// inside the table it opens; any other offset as it is.
    fn past_header(&self, offset: usize) -> usize {
        let offset = self
            .source
            .floor_char_boundary(offset.min(self.source.len()));
        let line_start = self.source[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.source[offset..]
            .find('\n')
            .map_or(self.source.len(), |i| offset + i);
        let line = &self.source[line_start..line_end];
        let header = line.trim_start().starts_with('[')
            && self.source[line_start..offset].trim().is_empty()
            && line
                .split('#')
                .next()
                .is_some_and(|code| code.trim_end().ends_with(']'));
        if header { line_end } else { offset }
    }

    /// The path of the field at a byte offset of the source: the deepest
    /// key or value whose text holds the offset (the root when none does).
    pub(crate) fn path_at(&self, offset: usize) -> FieldPath {
        let offset = self.past_header(offset);
        let holds = |span: std::ops::Range<usize>| span.contains(&offset);
        let mut path = FieldPath::root();
        let mut table: &DeTable<'_> = self.root.get_ref();
        loop {
            // The entry whose key or value holds the offset; in a table
            // written as `[header]`, the value's span may be the header
            // alone, so the entry that starts last before the offset.
            let entry = table
                .iter()
                .find(|(k, v)| holds(k.span()) || holds(v.span()))
                .or_else(|| {
                    table
                        .iter()
                        .filter(|(k, _)| k.span().start <= offset)
                        .max_by_key(|(k, _)| k.span().start)
                        .filter(|(_, v)| {
                            matches!(v.get_ref(), DeValue::Table(_) | DeValue::Array(_))
                        })
                });
            let Some((key, mut value)) = entry else {
                return path;
            };
            path = path.key(key.get_ref().to_string());
            if holds(key.span()) {
                return path;
            }
            // Down through arrays to a table or a value.
            loop {
                match value.get_ref() {
                    DeValue::Array(items) => {
                        let item = items
                            .iter()
                            .enumerate()
                            .find(|(_, v)| holds(v.span()))
                            .or_else(|| {
                                items
                                    .iter()
                                    .enumerate()
                                    .rfind(|(_, v)| v.span().start <= offset)
                                    .filter(|(_, v)| matches!(v.get_ref(), DeValue::Table(_)))
                            });
                        match item {
                            Some((i, v)) => {
                                path = path.index(i);
                                value = v;
                            }
                            None => return path,
                        }
                    }
                    DeValue::Table(t) => {
                        table = t;
                        break;
                    }
                    _ => return path,
                }
            }
        }
    }
}

/// The agreement as written (`a`) and as it is now (`b`), compared along
/// the paths of findings: whether a finding's place in the source still
/// holds what the agreement holds.
///
/// An entry of a list is the same entry in both when it is equal (entries
/// appended after it move nothing), or when it was edited in place: the
/// list has as many entries in both, the entry
/// is not another entry moved there (equal to an entry written elsewhere
/// in the list), and its `id`, when it has one, is unchanged. So an edit in
/// code unplaces the findings of what it changed, never those of the
/// entries beside it (renaming one goal left every finding of its priority
/// without a line), and an entry inserted, removed or moved unplaces the
/// list's findings rather than giving them another entry's line. Each
/// list is compared once, however many findings pass through it.
pub(crate) struct Along<'v> {
    a: &'v Value,
    b: &'v Value,
    /// For each list (by the path to it): which of its entries are the
    /// same entry in both.
    lists: std::cell::RefCell<std::collections::HashMap<String, Vec<bool>>>,
}

impl<'v> Along<'v> {
    pub(crate) fn new(a: &'v Value, b: &'v Value) -> Along<'v> {
        Along {
            a,
            b,
            lists: Default::default(),
        }
    }

    /// Which entries of the lists `a` and `b`, of one length, are the same
    /// entry.
    fn same_entries(a: &[Value], b: &[Value]) -> Vec<bool> {
        let id = |v: &Value| v.get("id").cloned();
        a.iter()
            .zip(b)
            .enumerate()
            .map(|(k, (x, y))| {
                x == y
                    || (id(x) == id(y)
                        && !a.iter().enumerate().any(|(j, other)| j != k && other == y))
            })
            .collect()
    }

    /// Whether the place of `path` holds the same in both.
    pub(crate) fn same(&self, path: &FieldPath) -> bool {
        let (mut a, mut b) = (self.a, self.b);
        let mut prefix = String::new();
        for segment in path.segments() {
            let next = match segment {
                Segment::Key(key) => {
                    prefix.push('.');
                    prefix.push_str(key);
                    a.get(key.as_str()).zip(b.get(key.as_str()))
                }
                Segment::Index(i) => {
                    let (Some(xs), Some(ys)) = (a.as_array(), b.as_array()) else {
                        return false;
                    };
                    let equal = xs.get(*i).is_some_and(|x| ys.get(*i) == Some(x));
                    if !equal && xs.len() != ys.len() {
                        // Edited, and an entry inserted or removed: the
                        // indices may have moved.
                        return false;
                    }
                    let same = equal
                        || self
                            .lists
                            .borrow_mut()
                            .entry(prefix.clone())
                            .or_insert_with(|| Along::same_entries(xs, ys))
                            .get(*i)
                            .copied()
                            .unwrap_or(false);
                    if !same {
                        return false;
                    }
                    prefix.push_str(&format!("[{i}]"));
                    a.get(*i).zip(b.get(*i))
                }
            };
            match next {
                Some((x, y)) => (a, b) = (x, y),
                None => break,
            }
        }
        a == b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(src: &str, path: &str) -> Option<Location> {
        Locator::new(src)?.find(&FieldPath::parse(path))
    }

    #[test]
    fn finds_nested_paths() {
        let src = "[meta]\ntitle = \"x\"\n\n[[parties]]\nid = \"a\"\n\n[[parties]]\nid = \"b\"\nbusiness_id = \"1\"\n\n[[sections]]\nblocks = [{ bullets = [\"p\", \"q\"] }]\n";
        assert_eq!(
            at(src, "parties[1].business_id"),
            Some(Location {
                line: 9,
                column: 15
            })
        );
        assert_eq!(at(src, "meta.title"), Some(Location { line: 2, column: 9 }));
        assert_eq!(
            at(src, "sections[0].blocks[0].bullets[1]"),
            Some(Location {
                line: 12,
                column: 29
            })
        );
        // A missing field points at its parent, here the `[[parties]]` header.
        assert_eq!(
            at(src, "parties[0].signatory"),
            Some(Location { line: 4, column: 1 })
        );
        // An entry the source does not have has no place at all.
        assert_eq!(at(src, "parties[13].business_id"), None);
        assert_eq!(at(src, "sections[0].blocks[0].bullets[5]"), None);
    }

    /// Both aliases of the model are followed: `forums` for `responsible`
    /// and `language` for `languages` (the latter had no place before the
    /// registry, whose aliases come from the model).
    #[test]
    fn a_field_written_under_its_alias_is_found() {
        let src = "[meta]\nlanguage = \"fi\"\n\n[[priorities]]\nforums = [\"a\"]\n";
        assert_eq!(
            at(src, "meta.languages"),
            Some(Location {
                line: 2,
                column: 12
            })
        );
        assert_eq!(
            at(src, "priorities[0].responsible"),
            Some(Location {
                line: 5,
                column: 10
            })
        );
    }

    #[test]
    fn names_the_field_at_a_place() {
        let src = "[meta]\ntitle = \"x\"\n\n[[parties]]\nid = \"a\"\n\n[[parties]]\nid = \"b\"\nadress = \"1\"\n\n[follow_up]\ntext = [{ paragraph = \"p\" }, { insert = \"follow_up\" }]\n\n[termination]\nnotice_months = 12\n\n[[annexes.additional]]\ntitle = \"t\"\n";
        let path_at = |needle: &str| {
            let offset = src.find(needle).unwrap();
            Locator::new(src).unwrap().path_at(offset).to_string()
        };
        assert_eq!(path_at("adress"), "parties[1].adress");
        assert_eq!(path_at("\"b\""), "parties[1].id");
        assert_eq!(path_at("{ insert"), "follow_up.text[1]");
        assert_eq!(path_at("insert = "), "follow_up.text[1].insert");
        assert_eq!(path_at("\"x\""), "meta.title");
        // A table's header: the table it opens, not the table before it.
        assert_eq!(path_at("[follow_up]"), "follow_up");
        assert_eq!(path_at("[[parties]]\nid = \"b\""), "parties[1]");
        assert_eq!(path_at("[[annexes"), "annexes.additional[0]");
        assert_eq!(Locator::new(src).unwrap().path_at(0).to_string(), "meta");
    }

    #[test]
    fn lines_count_characters_and_newlines() {
        let lines = Lines::new("ab\näö x\n\ny");
        assert_eq!(lines.at(0), Location { line: 1, column: 1 });
        assert_eq!(lines.at(3), Location { line: 2, column: 1 });
        assert_eq!(lines.at(8), Location { line: 2, column: 4 });
        assert_eq!(lines.at(11), Location { line: 4, column: 1 });
        for offset in 0..12 {
            let text = "ab\näö x\n\ny";
            if text.is_char_boundary(offset) {
                assert_eq!(lines.at(offset), line_column(text, offset));
            }
        }
    }
}
