//! Reading measurements from TOML.

use std::path::Path;

use toml::de::{DeTable, DeValue};

use super::{
    Field, LoadedMeasurements, Measurements, Origin, Place, ReadError, TomlSource, read_limited,
};
use crate::locate::Lines;

/// Reads a measurements file in TOML, keeping where each value is written.
///
/// ```
/// use sopimus::follow_up;
///
/// let loaded = follow_up::load("examples/kanta-hame-2026-seuranta.toml")?;
/// assert!(!loaded.measurements.measurements.is_empty());
/// // Checked against the agreement the ids belong to.
/// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.agreement.validate()?;
/// let checked = follow_up::check(&agreement, vec![loaded])?;
/// assert!(!checked.years().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`ReadError`] when the file cannot be read, is too large, or is not
/// measurements (with line and column).
pub fn load(path: impl AsRef<Path>) -> Result<LoadedMeasurements, ReadError> {
    let path = path.as_ref();
    let bytes = read_limited(path)?;
    let text = String::from_utf8(bytes).map_err(|_| ReadError::Syntax {
        path: path.to_owned(),
        place: Place::File,
        message: "the file is not UTF-8 text; save it as UTF-8".to_owned(),
    })?;
    parse_toml(&text, path)
}

/// Parses measurements from TOML text; `path` names it in messages.
///
/// # Errors
///
/// [`ReadError::Syntax`] with line and column for malformed input.
pub fn parse_toml(text: &str, path: &Path) -> Result<LoadedMeasurements, ReadError> {
    if text.len() as u64 > super::limits::INPUT_BYTES {
        return Err(ReadError::TooLarge {
            path: path.to_owned(),
            limit: super::limits::INPUT_BYTES,
        });
    }
    let measurements: Measurements = toml::from_str(text).map_err(|e| {
        let at = crate::locate::line_column(text, e.span().map_or(0, |s| s.start));
        ReadError::Syntax {
            path: path.to_owned(),
            place: Place::Toml {
                path: crate::FieldPath::root(),
                location: Some(at),
            },
            message: e.message().trim().to_owned(),
        }
    })?;
    let mut measurements = measurements;
    let (source, origins) = locate(text, measurements.measurements.len());
    for (m, origin) in measurements.measurements.iter_mut().zip(origins) {
        m.origin = super::Provenance(origin);
    }
    Ok(LoadedMeasurements {
        path: path.to_owned(),
        measurements,
        source: Some(source),
        findings: Vec::new(),
    })
}

/// The line and column of the file's `note`, of each of the `count`
/// entries of `measurements` and of each field written in them: the
/// source parsed once, every place found in one pass, so that a finding's
/// place costs nothing however many there are. The places are those
/// [`Locator::find`](crate::locate::Locator::find) gives for the same paths.
fn locate(text: &str, count: usize) -> (TomlSource, Vec<Origin>) {
    let lines = Lines::new(text);
    let parsed = DeTable::parse(text).ok();
    let root = parsed.as_ref().map(|t| t.get_ref());
    let entry = |table: &DeTable<'_>, key: &str| {
        table
            .iter()
            .find(|(k, _)| k.get_ref() == key)
            .map(|(_, v)| v.span().start)
    };
    let note = root.and_then(|r| entry(r, "note")).map(|o| lines.at(o));
    let items = root.and_then(|r| {
        r.iter()
            .find(|(k, _)| k.get_ref() == "measurements")
            .and_then(|(_, v)| match v.get_ref() {
                DeValue::Array(items) => Some(items),
                _ => None,
            })
    });
    let origins = (0..count)
        .map(|index| {
            let item = items.and_then(|items| items.get(index));
            let fields = match item.map(|i| i.get_ref()) {
                Some(DeValue::Table(t)) => t
                    .iter()
                    .filter_map(|(k, v)| Some((field(k.get_ref())?, lines.at(v.span().start))))
                    .collect(),
                _ => Vec::new(),
            };
            Origin::Toml {
                index,
                at: item.map(|i| lines.at(i.span().start)),
                fields,
            }
        })
        .collect();
    (TomlSource { note }, origins)
}

/// The field a key of a measurement names.
fn field(key: &str) -> Option<Field> {
    [
        Field::Indicator,
        Field::Year,
        Field::Municipality,
        Field::Value,
        Field::Source,
        Field::Date,
        Field::Note,
    ]
    .into_iter()
    .find(|f| f.key() == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path::FieldPath;

    /// Every place found in one pass is the one the agreement's locator
    /// finds for the same path, written fields and left-out ones alike.
    #[test]
    fn places_are_those_of_the_locator() {
        let text = "note = \"Huomio ä\"\n\n[[measurements]]\nindicator = \"a\"\nyear = 2026\nvalue = 1\n\n# ääkköset\n[[measurements]]\n  indicator = \"b\"\n  year = 2027\n  municipality = \"061\"\n  value = \"kyllä\"\n  note = \"ö\"\n";
        let loaded = super::parse_toml(text, std::path::Path::new("m.toml")).unwrap();
        let locator = crate::locate::Locator::new(text).unwrap();
        assert_eq!(
            loaded.note_place(),
            Place::Toml {
                path: FieldPath::root().key("note"),
                location: locator.find(&FieldPath::root().key("note")),
            }
        );
        for index in 0..2 {
            for f in [
                Field::Row,
                Field::Indicator,
                Field::Year,
                Field::Municipality,
                Field::Value,
                Field::Source,
                Field::Date,
                Field::Note,
            ] {
                let Place::Toml { path, location } = loaded.place(index, f) else {
                    panic!("not a TOML place");
                };
                assert!(location.is_some(), "{path}");
                assert_eq!(location, locator.find(&path), "{path}");
            }
        }
    }
}
