//! The way from the final text to an agreement in force: each party's
//! decisions, the representatives it named and its signature, kept in a
//! file of their own beside the agreement, checked against it, and what
//! they add up to ([`Status`]).
//!
//! ```text
//! decisions TOML ──load──▶ LoadedDecisions ──validate(&ValidatedAgreement)──▶ ValidatedDecisions ──status──▶ Status
//! ```
//!
//! The decisions never change the agreement: the agreement's text, its
//! `sopimus diff` and its fingerprint stay what they were, whatever is
//! recorded. Findings are [`Finding<DecisionsPlace>`](crate::Finding): a
//! field of the decisions file with its line and column.
//!
//! ```
//! use sopimus::decisions::{self, State};
//!
//! let agreement = sopimus::load("examples/kanta-hame-2023.toml")?.validate(&sopimus::ValidateOptions::new())?;
//! let decisions = decisions::load("examples/kanta-hame-2023.decisions.toml")?.validate(&agreement)?;
//! let status = decisions.status(&agreement)?;
//! assert!(matches!(status.state, State::InForce { .. }));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use crate::diagnostic::{self, AgreementPlace, Finding, Report};
use crate::validate::ValidatedAgreement;

#[cfg(feature = "docx")]
mod docx;
mod item;
mod model;
#[cfg(feature = "xlsx")]
mod nominations;
mod status;
#[cfg(feature = "xlsx")]
mod status_xlsx;
mod validate;
mod words;

#[cfg(feature = "docx")]
pub use docx::DocxError;
pub use item::*;
pub use model::*;
#[cfg(feature = "xlsx")]
pub use nominations::*;
pub use status::*;

/// The most bytes a decisions file may have: as an agreement.
pub const MAX_INPUT_BYTES: u64 = crate::load::MAX_INPUT_BYTES;

/// A field of the decisions file: its path, e.g.
/// `parties[2].decisions[0].date`, and its line and column when known;
/// shown and serialized as an agreement's place is.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct DecisionsPlace(pub AgreementPlace);

impl diagnostic::sealed::Sealed for DecisionsPlace {}

/// `parties[2].decisions[0].date (line 14, column 8)`.
impl fmt::Display for DecisionsPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl diagnostic::Place for DecisionsPlace {
    const SUBJECT: &'static str = "the decisions have";

    fn first_at(&self) -> String {
        self.0.first_at()
    }

    fn json_lead(&self) -> Vec<(&'static str, serde_json::Value)> {
        self.0.json_lead()
    }

    fn json_tail(&self) -> Vec<(&'static str, serde_json::Value)> {
        self.0.json_tail()
    }
}

/// Why a decisions file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DecisionsError {
    /// The file could not be read.
    #[error("cannot read `{}`", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause, the error's `source()`.
        #[source]
        cause: std::io::Error,
    },
    /// The file is larger than [`MAX_INPUT_BYTES`].
    #[error("`{}` is larger than the limit of {limit} bytes for decisions; check that this is the right file", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit.
        limit: u64,
    },
    /// The text is not a decisions file: a syntax error, a field of the
    /// wrong type, an unknown field.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What is wrong, as the parser says it.
        message: String,
    },
}

/// The decisions were checked against another agreement than the one given.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "the decisions were checked against another agreement (other parties or bodies); check them against this one"
)]
pub struct OtherAgreement;

/// A decisions file as read, with its source kept for placing findings.
#[derive(Clone, Debug)]
pub struct LoadedDecisions {
    /// The decisions.
    pub decisions: Decisions,
    /// The file's text.
    pub source: String,
    /// The file, as named to the reader.
    pub path: PathBuf,
}

/// Decisions that passed [`LoadedDecisions::validate`] against one agreement.
#[derive(Clone, Debug)]
pub struct ValidatedDecisions {
    decisions: Decisions,
    report: Report<DecisionsPlace>,
    fingerprint: u64,
}

impl ValidatedDecisions {
    /// The decisions.
    pub fn decisions(&self) -> &Decisions {
        &self.decisions
    }

    /// The warnings validation left.
    pub fn report(&self) -> &Report<DecisionsPlace> {
        &self.report
    }

    /// Whether these were checked against `agreement` (its parties and bodies).
    pub fn checked_against(&self, agreement: &ValidatedAgreement) -> bool {
        self.fingerprint == fingerprint(agreement)
    }

    /// The record of `party`, when the file has one.
    pub fn party(&self, party: &crate::ids::PartyId) -> Option<&PartyRecord> {
        self.decisions.parties.iter().find(|p| &p.party == party)
    }

    /// The representatives the parties named, each with its deputy, as the
    /// agreement's Annex 1 lists them (`render` with these decisions prints
    /// them in place of the agreement file's own list for that party and
    /// body).
    ///
    /// ```
    /// let valid = sopimus::load("examples/kanta-hame-2023.toml")?.agreement.validate()?;
    /// let decisions = sopimus::decisions::load("examples/kanta-hame-2023.decisions.toml")?
    ///     .validate(&valid)?;
    /// assert!(decisions.representatives().iter().any(|r| r.name == "Jari Kesäniemi"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn representatives(&self) -> Vec<crate::model::Representative> {
        self.decisions
            .parties
            .iter()
            .flat_map(|p| {
                p.representatives
                    .iter()
                    .map(|n| crate::model::Representative {
                        party: p.party.clone(),
                        forum: n.body.clone(),
                        name: n.name.clone(),
                        title: n.title.clone(),
                        deputy: n.deputy.clone(),
                    })
            })
            .collect()
    }

    /// No decisions at all, for an agreement without a decisions file:
    /// what the agreement itself records (`approval`, `signed_on`) counts.
    pub fn none(agreement: &ValidatedAgreement) -> ValidatedDecisions {
        ValidatedDecisions {
            decisions: Decisions::default(),
            report: Report::default(),
            fingerprint: fingerprint(agreement),
        }
    }
}

/// The parties' and bodies' ids, hashed: what decisions refer to.
fn fingerprint(agreement: &ValidatedAgreement) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let a = agreement.agreement();
    for p in &a.parties {
        p.id.hash(&mut hasher);
    }
    for f in &a.forums {
        f.id.hash(&mut hasher);
    }
    hasher.finish()
}

/// Reads a decisions file (TOML), at most [`MAX_INPUT_BYTES`].
///
/// ```
/// use sopimus::decisions;
///
/// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let loaded = decisions::load("examples/kanta-hame-2026.decisions.toml")?;
/// let checked = loaded.validate(&agreement)?;
/// assert!(!checked.report().has_errors());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`DecisionsError`] when the file cannot be read, is too large, or is not
/// a decisions file (with line and column).
pub fn load(path: impl AsRef<Path>) -> Result<LoadedDecisions, DecisionsError> {
    let path = path.as_ref();
    let read_err = |cause| DecisionsError::Read {
        path: path.to_owned(),
        cause,
    };
    let file = std::fs::File::open(path).map_err(read_err)?;
    if file.metadata().map_err(read_err)?.is_dir() {
        return Err(read_err(std::io::Error::other(
            "it is a directory, not a file",
        )));
    }
    let Some(bytes) = crate::limits::read_at_most(file, MAX_INPUT_BYTES).map_err(read_err)? else {
        return Err(DecisionsError::TooLarge {
            path: path.to_owned(),
            limit: MAX_INPUT_BYTES,
        });
    };
    let text = String::from_utf8(bytes).map_err(|_| DecisionsError::Syntax {
        path: path.to_owned(),
        line: 1,
        column: 1,
        message: "the file is not UTF-8 text; save it as UTF-8".to_owned(),
    })?;
    parse(&text, path)
}

/// Parses decisions from TOML text; `path` names it in messages.
///
/// ```
/// use std::path::Path;
/// use sopimus::decisions;
///
/// let e = decisions::parse("[[parties]\n", Path::new("d.toml")).unwrap_err();
/// assert!(e.to_string().starts_with("d.toml:1:"), "{e}");
/// ```
///
/// # Errors
///
/// [`DecisionsError::Syntax`] with line and column for malformed input.
pub fn parse(text: &str, path: &Path) -> Result<LoadedDecisions, DecisionsError> {
    if text.len() as u64 > MAX_INPUT_BYTES {
        return Err(DecisionsError::TooLarge {
            path: path.to_owned(),
            limit: MAX_INPUT_BYTES,
        });
    }
    let decisions: Decisions = toml::from_str(text).map_err(|e| {
        let at = crate::locate::line_column(text, e.span().map_or(0, |s| s.start));
        DecisionsError::Syntax {
            path: path.to_owned(),
            line: at.line,
            column: at.column,
            message: e.message().trim().to_owned(),
        }
    })?;
    Ok(LoadedDecisions {
        decisions,
        source: text.to_owned(),
        path: path.to_owned(),
    })
}

impl LoadedDecisions {
    /// Checks the decisions against `agreement`: every finding at once,
    /// each placed in the file.
    ///
    /// ```
    /// use sopimus::decisions;
    ///
    /// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// let checked = decisions::load("examples/kanta-hame-2026.decisions.toml")?.validate(&agreement)?;
    /// // Checked against another agreement, they are refused.
    /// let other = sopimus::load("examples/kanta-hame-2023.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// assert!(!checked.checked_against(&other));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Invalid`](crate::Invalid) with the report when there are errors.
    pub fn validate(
        self,
        agreement: &ValidatedAgreement,
    ) -> Result<ValidatedDecisions, diagnostic::Invalid<DecisionsPlace>> {
        let locator = crate::locate::Locator::new(&self.source);
        validate::check(self.decisions, agreement, locator.as_ref())
    }
}

impl Decisions {
    /// Checks decisions made in code against `agreement` (findings without
    /// line and column).
    ///
    /// # Errors
    ///
    /// [`Invalid`](crate::Invalid) with the report when there are errors.
    pub fn validate(
        self,
        agreement: &ValidatedAgreement,
    ) -> Result<ValidatedDecisions, diagnostic::Invalid<DecisionsPlace>> {
        validate::check(self, agreement, None)
    }
}

impl Report<DecisionsPlace> {
    /// The report as `sopimus status` prints it for a decisions file with
    /// findings, in the form of an agreement's ([`Report::to_text`]): the
    /// verdict and counts, then the errors and the warnings, each with its
    /// path, its place in `file` and its message in `language` (English for
    /// `None`).
    pub fn to_text(&self, file: &str, language: Option<crate::language::Language>) -> String {
        let findings = self
            .findings
            .iter()
            .map(|f| Finding::new(f.severity, f.at.0.clone(), f.detail().clone()))
            .collect();
        Report::<AgreementPlace> {
            findings,
            file: None,
        }
        .to_text(file, language)
    }
}
