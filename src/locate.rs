//! Maps a finding's path (`parties[4].business_id`) back to a line and
//! column of the TOML source, so that people can jump to the place.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::validate::Location;

enum Segment<'p> {
    Key(&'p str),
    Index(usize),
}

fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        while let Some(stripped) = rest.strip_prefix('[') {
            let Some(end) = stripped.find(']') else { break };
            if let Ok(i) = stripped[..end].parse() {
                out.push(Segment::Index(i));
            }
            rest = &stripped[end + 1..];
        }
    }
    out
}

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

/// The location of the value at `path`, or of its deepest existing parent.
pub(crate) fn toml_path(source: &str, path: &str) -> Option<Location> {
    let root = DeTable::parse(source).ok()?;
    let mut span = None;
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
    let mut value: Option<&Spanned<DeValue<'_>>> = None;
    for segment in segments(path) {
        let next = match segment {
            Segment::Key(key) => {
                let t = match (table, value.map(Spanned::get_ref)) {
                    (Some(t), _) => t,
                    (None, Some(DeValue::Table(t))) => t,
                    _ => break,
                };
                t.iter().find(|(k, _)| k.get_ref() == key).map(|(_, v)| v)
            }
            Segment::Index(i) => match value.map(Spanned::get_ref) {
                Some(DeValue::Array(items)) => items.get(i),
                // A one-key table such as `{ bullets = [...] }` stands for its value.
                Some(DeValue::Table(t)) if t.len() == 1 => {
                    match t.iter().next().map(|(_, v)| v.get_ref()) {
                        Some(DeValue::Array(items)) => items.get(i),
                        _ => None,
                    }
                }
                _ => None,
            },
        };
        let Some(next) = next else { break };
        span = Some(next.span());
        value = Some(next);
        table = None;
    }
    span.map(|s| line_column(source, s.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_paths() {
        let src = "[meta]\ntitle = \"x\"\n\n[[parties]]\nid = \"a\"\n\n[[parties]]\nid = \"b\"\nbusiness_id = \"1\"\n\n[[sections]]\nblocks = [{ bullets = [\"p\", \"q\"] }]\n";
        assert_eq!(
            toml_path(src, "parties[1].business_id"),
            Some(Location {
                line: 9,
                column: 15
            })
        );
        assert_eq!(
            toml_path(src, "meta.title"),
            Some(Location { line: 2, column: 9 })
        );
        assert_eq!(
            toml_path(src, "sections[0].blocks[0][1]"),
            Some(Location {
                line: 12,
                column: 29
            })
        );
        // A missing field points at its parent, here the `[[parties]]` header.
        assert_eq!(
            toml_path(src, "parties[0].signatory"),
            Some(Location { line: 4, column: 1 })
        );
    }
}
