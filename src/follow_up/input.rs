//! Reading measurements from TOML.

use std::path::Path;

use toml::de::{DeTable, DeValue};

use super::{
    Field, LoadedMeasurements, Measurements, Origin, Place, RawValue, ReadError, TomlSource,
    read_limited,
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

/// The largest whole number held exactly with every smaller one
/// ([`crate::limits::EXACT_WHOLE_NUMBER`], 2^53 − 1): one beyond it is
/// kept as written, as text, so that a finding quotes it as written
/// rather than rounded (`9223372036854775807` was echoed as
/// `…808`, issue 20), and checking refuses it where a number belongs
/// (`measurement-number-not-exact`).
const EXACT: u64 = crate::limits::EXACT_WHOLE_NUMBER;

/// What a value may be, said in the reader's words: not serde's "untagged
/// enum RawValue" (issue 20).
impl<'de> serde::Deserialize<'de> for RawValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = RawValue;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(
                    "a value: a number (`12.5`), `true` or `false`, or a word in quotes (`\"kyllä\"`, `\"valmis\"`)",
                )
            }

            fn visit_bool<E>(self, v: bool) -> Result<RawValue, E> {
                Ok(RawValue::Bool(v))
            }

            fn visit_i64<E>(self, v: i64) -> Result<RawValue, E> {
                Ok(if v.unsigned_abs() <= EXACT {
                    RawValue::Number(v as f64)
                } else {
                    RawValue::Text(v.to_string())
                })
            }

            fn visit_u64<E>(self, v: u64) -> Result<RawValue, E> {
                Ok(if v <= EXACT {
                    RawValue::Number(v as f64)
                } else {
                    RawValue::Text(v.to_string())
                })
            }

            fn visit_f64<E>(self, v: f64) -> Result<RawValue, E> {
                Ok(RawValue::Number(v))
            }

            fn visit_str<E>(self, v: &str) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_owned()))
            }

            fn visit_string<E>(self, v: String) -> Result<RawValue, E> {
                Ok(RawValue::Text(v))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
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

    fn value_of(written: &str) -> Result<RawValue, String> {
        let text = format!("[[measurements]]\nindicator = \"a\"\nyear = 2026\nvalue = {written}\n");
        super::parse_toml(&text, std::path::Path::new("m.toml"))
            .map(|l| l.measurements.measurements[0].value.clone())
            .map_err(|e| e.to_string())
    }

    /// Issue 20: serde's words ("untagged enum RawValue") are not the
    /// reader's; the message says what a value may be, at its place.
    #[test]
    fn a_value_of_no_kind_says_what_a_value_may_be() {
        for written in ["[1]", "{ a = 1 }", "2026-01-01"] {
            let message = value_of(written).unwrap_err();
            assert!(
                message.contains("4:9") && message.contains("expected a value: a number"),
                "{written}: {message}"
            );
            assert!(!message.contains("untagged") && !message.contains("RawValue"));
        }
    }

    /// Whole numbers up to 2^53 − 1 are numbers; beyond, where a number
    /// would round them, they are kept as written.
    #[test]
    fn a_whole_number_too_large_to_hold_exactly_is_kept_as_written() {
        assert_eq!(
            value_of("9007199254740991"),
            Ok(RawValue::Number(9007199254740991.0))
        );
        assert_eq!(
            value_of("-9007199254740991"),
            Ok(RawValue::Number(-9007199254740991.0))
        );
        for big in [
            "9007199254740992",
            "9007199254740993",
            "9223372036854775807",
            "-9223372036854775808",
        ] {
            assert_eq!(value_of(big), Ok(RawValue::Text(big.to_owned())));
        }
        assert_eq!(value_of("12.5"), Ok(RawValue::Number(12.5)));
        assert_eq!(value_of("true"), Ok(RawValue::Bool(true)));
        assert_eq!(
            value_of("\"kyllä\""),
            Ok(RawValue::Text("kyllä".to_owned()))
        );
    }
}
