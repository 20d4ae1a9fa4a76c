//! Reading measurements from TOML.

use std::path::Path;

use super::{LoadedMeasurements, Measurements, Origin, Place, ReadError, read_limited};

/// Reads a measurements file in TOML.
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
    let origins = (0..measurements.measurements.len())
        .map(|index| Origin::Toml { index })
        .collect();
    Ok(LoadedMeasurements {
        path: path.to_owned(),
        measurements,
        source: Some(text.to_owned()),
        origins,
        findings: Vec::new(),
    })
}
