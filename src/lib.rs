//! # sopimus
//!
//! Cooperation agreements between a Finnish wellbeing services county
//! (*hyvinvointialue*), its municipalities and the regional council, as data:
//! a typed model, validation that reports every problem at once, the date
//! rules of the agreement, and rendering of the signable PDF agreement and
//! its annexes with the embedded typst engine.
//!
//! ## A short tour
//!
//! The pipeline has one entry per stage:
//!
//! 1. [`load`] reads a TOML (or JSON) file into a [`Loaded`]: the
//!    [`Agreement`] and its source text ([`Agreement::from_toml_str`] reads
//!    a string, and [`Agreement::new`] starts one in code);
//! 2. [`Loaded::validate`] (or [`validate()`] for an agreement without a
//!    source) turns it into a [`ValidatedAgreement`], or returns
//!    [`Invalid`] with a [`Report`] of every finding, each with its
//!    [`FieldPath`] and, from a TOML file, its line and column;
//! 3. [`Renderer::render`] renders a validated agreement to PDF;
//! 4. [`export`] writes the goals-and-indicators table as CSV or XLSX,
//!    writes files atomically and reads the agreement back from a PDF/A-3;
//! 5. the date rules are methods of [`ValidatedAgreement`] (see [`dates`]);
//! 6. [`follow_up`] checks the measurements of the indicators against a
//!    validated agreement and reports them.
//!
//! A finding's message is English, word for word stable for scripts;
//! [`Finding::message_in`] gives it in Finnish or Swedish, and
//! [`Finding::code`] is what a program matches on.
//!
//! Loading and validating, with every finding placed in the file:
//!
//! ```
//! use sopimus::ValidateOptions;
//!
//! let loaded = sopimus::load("examples/kanta-hame-2023.toml")?;
//! let valid = loaded.validate(&ValidateOptions::new())?;
//! assert_eq!(valid.agreement().parties.len(), 13);
//!
//! // A mistake: the error lists every finding, each with its path and its
//! // line and column in the file.
//! let loaded = sopimus::load("tests/data/invalid/business-id-check-digit.toml")?;
//! let invalid = loaded.validate(&ValidateOptions::new()).unwrap_err();
//! assert_eq!(
//!     invalid.to_string(),
//!     "the agreement has 1 error(s) and 0 warning(s):\n  \
//!      error: parties[3].business_id (line 41, column 15): the business ID `0145801-4` has \
//!      check digit 4, but its digits give 3; check for a typing error"
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Building an agreement in code: the required parts through constructors
//! (`new`), the rest through `Default` or by setting fields.
//!
//! ```
//! use sopimus::model::{
//!     Agreement, AgreementKind::FrameworkAgreement, FollowUp, Forum, Goal, Indicator, Insert,
//!     Metadata, MonthWindow, Party, PartyKind::*, Priority, Section, Tier,
//! };
//! use sopimus::{Date, NaiveDate, ValidateOptions};
//!
//! let date = Date::from_ymd(2026, 4, 10).expect("a real day");
//! let mut a = Agreement::new(
//!     Metadata::new(FrameworkAgreement, "Yhteistyösopimus", date),
//!     vec![
//!         Party::new("county", WellbeingServicesCounty, "Esimerkin hyvinvointialue", "3221307-8"),
//!         Party::new("region", RegionalCouncil, "Esimerkin liitto", "0826048-0"),
//!         Party::new("town-a", City, "Akaupunki", "0145626-1"),
//!         Party::new("town-b", Municipality, "Bkunta", "0145801-3"),
//!     ],
//! );
//! a.tiers.push(Tier::new(1, "Strategiset foorumit"));
//! a.forums.push(Forum::new("forum", "Strateginen foorumi", 1));
//! let mut indicator = Indicator::new("Hyvinvointikertomus laadittu");
//! indicator.municipalities = Some("X/2".parse()?);
//! a.priorities.push(Priority::new("Hyvinvointi", [Goal::new("Hyvinvointi paranee", [indicator])]));
//! a.follow_up = Some(FollowUp::new(["forum"], [MonthWindow::new(5, 6)]));
//! a.sections.push(Section::new("Rakenne", [Insert::StructureFigure, Insert::Tiers]));
//! a.sections.push(Section::new("Tavoitteet", [Insert::Priorities, Insert::FollowUpRules]));
//! a.sections.push(Section::new("Voimassaolo", [Insert::ValidityRules, Insert::TerminationRules]));
//!
//! let valid = sopimus::validate(a, &ValidateOptions::new().today(date))?;
//! // The date rules: 12 months' notice by default (`Termination::default()`).
//! let delivered = NaiveDate::from_ymd_opt(2027, 1, 31).expect("a real day");
//! let outcome = valid.termination(&"town-a".into(), delivered.into())?;
//! assert_eq!(outcome.effective.to_naive(), NaiveDate::from_ymd_opt(2028, 1, 31).unwrap());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Rendering the agreement and its goals-and-indicators annex alone:
//!
//! ```
//! use sopimus::{Document, RenderOptions, Renderer, ValidateOptions};
//!
//! let valid = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&ValidateOptions::new())?;
//!
//! // Load fonts and templates once; render as many documents as needed,
//! // from as many threads as needed (a `Renderer` is cheap to clone).
//! let renderer = Renderer::new();
//! let agreement = renderer.render(&valid, &RenderOptions::new())?;
//! let annex2 = renderer.render(&valid, &RenderOptions::new().document(Document::Annex2))?;
//! assert!(agreement.pdf.starts_with(b"%PDF-"));
//! assert!(annex2.pages < agreement.pages);
//!
//! // Written atomically: a temporary file, then a rename.
//! let path = std::env::temp_dir().join("sopimus-doc-example.pdf");
//! sopimus::export::write_atomic(&path, &agreement.pdf)?;
//! # std::fs::remove_file(&path)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Errors
//!
//! Every error type implements [`std::error::Error`] (and is `Send + Sync`),
//! so `?` turns it into a boxed or `anyhow` error. A cause is said once,
//! as the error's [`source()`](std::error::Error::source) (an io error, the
//! spreadsheet library's or the serializer's), never also in the message,
//! so a reporter that walks the chain (`anyhow`'s `{:#}`) shows it once;
//! print the chain to show it. No error type of another crate is part of
//! the API: theirs are reached through `source()` only.
//! [`Invalid`] lists every finding with its place in `{}` and in `{:?}`
//! alike, so that `anyhow` (which prints each error of a chain with `{}`)
//! and a `main` that returns `Box<dyn Error>` (which prints `{:?}`) show
//! them all.
//!
//! ## Features
//!
//! All on by default:
//!
//! - `render`: [`Renderer`] and PDF output with the embedded typst engine,
//!   and reading the attached agreement back from a PDF; pulls in typst.
//!   Without it the crate loads, validates and exports agreements and
//!   applies the date rules.
//! - `cli`: the `sopimus` command-line program; pulls in `clap` and
//!   `toml_edit` (needs `render` and `schema`).
//! - `xlsx`: spreadsheet export of the goals-and-indicators table; pulls in
//!   `rust_xlsxwriter`.
//! - `schema`: `schema::agreement_schema()`, the JSON Schema of the input
//!   format; pulls in `schemars`.

#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod coverage;
pub mod dates;
pub mod decisions;
pub mod diagnostic;
pub mod diff;
pub mod export;
pub mod follow_up;
pub mod ids;
mod language;
pub mod limits;
mod load;
// Crate-private: the renderer alone uses many of its sentences, so a build
// without `render` leaves them unused.
#[cfg_attr(not(feature = "render"), allow(dead_code))]
pub(crate) mod locale;
mod locate;
pub mod model;
pub mod path;
#[cfg(feature = "render")]
pub mod render;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(feature = "xlsx")]
mod spreadsheet;
#[cfg(feature = "render")]
mod standard;
pub mod text;
pub mod validate;

/// chrono's date type, which [`Date::to_naive`] returns.
pub use chrono::NaiveDate;
pub use diagnostic::{Finding, Invalid, Location, Report, Severity};
pub use diff::{Changes, diff};
pub use ids::{
    AreaId, BusinessId, BusinessIdError, Date, DateError, ForumId, ItemId, MunicipalityCode,
    MunicipalityCodeError, MunicipalityShare, PartyId, RawBusinessId, RefId, ShareError,
};
pub use language::{Language, LanguageError, Languages, UnknownLanguage};
pub use load::{
    Format, LoadError, Loaded, MAX_INPUT_BYTES, WriteError, load, load_from_reader, parse,
};
pub use model::Agreement;
pub use path::FieldPath;
#[cfg(feature = "render")]
pub use render::{
    ChangeReportOptions, Document, RenderError, RenderOptions, Rendered, Renderer, Standard,
};
pub use validate::{Item, ItemIds, ItemKind, ValidateOptions, ValidatedAgreement, validate};

/// Not part of the API: what the `sopimus` program (a crate of its own
/// beside the library) needs of the internals. The `new` command's skeleton
/// explains each switch in the very words the documents use, and the
/// workbook command names the sheet to fill in; both read them from the
/// locale, which is otherwise crate-private. The crate's integration tests
/// use it too, as the oracle of every word a rendered document may hold.
/// Built with `schema` too: the schema checker compiles the skeleton.
/// Hidden from the documentation, outside semantic versioning: it may
/// change in any release.
#[doc(hidden)]
pub mod __program {
    pub use crate::locale::Locale;
}

/// The README's Rust examples, compiled and run as doctests so that they
/// stay true.
#[cfg(all(doctest, feature = "render"))]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;
