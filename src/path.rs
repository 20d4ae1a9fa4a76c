//! Typed places in the input: `priorities[1].goals[0].text`.
//!
//! One [`FieldPath`] type names a place for every stage: validation's
//! findings, the TOML locator that turns a path into a line and column, and
//! the checks the renderer relies on. It is built segment by segment, so a
//! footnote key with a dot in it never splits into two keys.

use std::fmt;

use serde::{Serialize, Serializer};

/// One step of a [`FieldPath`]: a table key or an array index.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    /// A key of a table, e.g. `parties`.
    Key(String),
    /// A position in an array, from 0.
    Index(usize),
}

/// A place in the agreement's input, e.g. `parties[4].business_id`.
///
/// ```
/// use sopimus::FieldPath;
/// let path = FieldPath::root().key("parties").index(4).key("business_id");
/// assert_eq!(path.to_string(), "parties[4].business_id");
/// assert_eq!(FieldPath::parse("parties[4].business_id"), path);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath(Vec<Segment>);

impl FieldPath {
    /// The whole input.
    pub fn root() -> FieldPath {
        FieldPath(Vec::new())
    }

    /// This path followed by a table key.
    #[must_use]
    pub fn key(&self, key: impl Into<String>) -> FieldPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(key.into()));
        FieldPath(segments)
    }

    /// This path followed by an array index.
    #[must_use]
    pub fn index(&self, index: usize) -> FieldPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        FieldPath(segments)
    }

    /// The segments, outermost first.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// Whether this is the root (the whole input).
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `self` starts with `prefix`.
    pub fn starts_with(&self, prefix: &FieldPath) -> bool {
        self.0.starts_with(&prefix.0)
    }

    /// Reads the written form back (`parties[4].business_id`). Keys are
    /// split at dots, so this is for paths whose keys have none; use the
    /// builder methods to make paths in code.
    pub fn parse(text: &str) -> FieldPath {
        let mut segments = Vec::new();
        if text.is_empty() {
            return FieldPath(segments);
        }
        for part in text.split('.') {
            let (key, mut rest) = match part.find('[') {
                Some(i) => (&part[..i], &part[i..]),
                None => (part, ""),
            };
            if !key.is_empty() {
                segments.push(Segment::Key(key.to_owned()));
            }
            while let Some(stripped) = rest.strip_prefix('[') {
                let Some(end) = stripped.find(']') else { break };
                if let Ok(i) = stripped[..end].parse() {
                    segments.push(Segment::Index(i));
                }
                rest = &stripped[end + 1..];
            }
        }
        FieldPath(segments)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(the whole agreement)");
        }
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    let bare = !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
                    if bare {
                        f.write_str(key)?;
                    } else {
                        write!(f, "{key:?}")?;
                    }
                }
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

impl Serialize for FieldPath {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl From<&str> for FieldPath {
    fn from(text: &str) -> FieldPath {
        FieldPath::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_reads_paths() {
        let p = FieldPath::root()
            .key("sections")
            .index(2)
            .key("blocks")
            .index(0)
            .key("bullets")
            .index(3);
        assert_eq!(p.to_string(), "sections[2].blocks[0].bullets[3]");
        assert_eq!(FieldPath::parse(&p.to_string()), p);
        // A key that is not a plain name is quoted, so it cannot be misread.
        let odd = FieldPath::root().key("footnotes").key("a.b");
        assert_eq!(odd.to_string(), "footnotes.\"a.b\"");
        assert_eq!(FieldPath::root().to_string(), "(the whole agreement)");
    }
}
