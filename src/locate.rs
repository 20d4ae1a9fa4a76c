//! Maps a finding's [`FieldPath`] back to a line and column of the TOML
//! source, so that people can jump to the place.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::path::{FieldPath, Segment};
use crate::validate::Location;

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

/// The earlier name a field may still be written under.
fn alias(key: &str) -> Option<&'static str> {
    match key {
        "responsible" => Some("forums"),
        _ => None,
    }
}

/// A parsed TOML source that answers where a path is.
pub(crate) struct Locator<'s> {
    source: &'s str,
    root: Spanned<DeTable<'s>>,
}

impl<'s> Locator<'s> {
    /// Parses the source once; `None` when it is not TOML.
    pub(crate) fn new(source: &'s str) -> Option<Locator<'s>> {
        let root = DeTable::parse(source).ok()?;
        Some(Locator { source, root })
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
                            return span.map(|s: std::ops::Range<usize>| {
                                line_column(self.source, s.start)
                            });
                        }
                    };
                    let found = t
                        .iter()
                        .find(|(k, _)| k.get_ref() == key || alias(key) == Some(k.get_ref()))
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
        span.map(|s| line_column(self.source, s.start))
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
}
