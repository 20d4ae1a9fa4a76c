//! # sopimus
//!
//! Cooperation agreements between a Finnish wellbeing services county
//! (*hyvinvointialue*), its municipalities and the regional council, as data:
//! a typed model, validation that reports every problem at once, the date
//! rules of the agreement, and rendering of the signable PDF agreement and
//! its annexes with the embedded typst engine.
//!
//! The pipeline has one entry per stage:
//!
//! 1. [`load`] (or [`Agreement::from_toml_str`]) reads the input into an
//!    [`Agreement`];
//! 2. [`validate()`] turns it into a [`ValidatedAgreement`] or returns a
//!    [`Report`] with every finding and its path;
//! 3. [`Renderer`] renders a validated agreement to PDF.
//!
//! ```
//! use sopimus::{Agreement, ValidateOptions, validate};
//!
//! let source = std::fs::read_to_string("examples/kanta-hame-2023.toml")?;
//! let agreement = Agreement::from_toml_str(&source)?;
//! let valid = validate(agreement, &ValidateOptions::default())?;
//! assert_eq!(valid.agreement().parties.len(), 13);
//! assert_eq!(
//!     sopimus::finnish::counterparts_sentence(13, true),
//!     "Tätä sopimusta on tehty kolmetoista (13) samansanaista kappaletta, yksi kullekin sopijaosapuolelle."
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Rendering the agreement and its goals-and-indicators annex alone:
//!
//! ```
//! use sopimus::{Document, RenderOptions, Renderer, ValidateOptions, validate};
//!
//! let loaded = sopimus::load("examples/kanta-hame-2026.toml")?;
//! let valid = validate(loaded.agreement, &ValidateOptions::default())?;
//!
//! // Load fonts and templates once; render as many documents as needed.
//! let renderer = Renderer::new();
//! let agreement = renderer.render(&valid, &RenderOptions::default())?;
//! let annex2 = renderer.render(
//!     &valid,
//!     &RenderOptions { document: Document::Annex2, ..RenderOptions::default() },
//! )?;
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
//! ## Features
//!
//! - `cli` (default): the `sopimus` command-line program; pulls in `clap`.
//! - `xlsx` (default): spreadsheet export of the goals-and-indicators table;
//!   pulls in `rust_xlsxwriter`.

#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod coverage;
pub mod dates;
pub mod export;
pub mod finnish;
pub mod follow_up;
pub mod ids;
mod language;
mod load;
pub mod locale;
mod locate;
pub mod model;
pub mod path;
#[cfg(feature = "render")]
pub mod render;
#[cfg(feature = "schema")]
pub mod schema;
pub mod text;
pub mod validate;

/// chrono's date type, which [`Date::to_naive`] returns.
pub use chrono::NaiveDate;
pub use ids::{
    AreaId, BusinessId, BusinessIdError, Date, DateError, ForumId, ItemId, MunicipalityCode,
    MunicipalityCodeError, MunicipalityShare, PartyId, RawBusinessId, RefId, ShareError,
};
pub use language::{Language, LanguageError, Languages, UnknownLanguage};
pub use load::{Format, LoadError, Loaded, MAX_INPUT_BYTES, load, load_from_reader, parse};
pub use model::Agreement;
pub use path::FieldPath;
#[cfg(feature = "render")]
pub use render::{Document, RenderError, RenderOptions, Rendered, Renderer, Standard};
pub use validate::{
    Finding, Invalid, Item, ItemIds, ItemKind, Location, Report, Severity, ValidateOptions,
    ValidatedAgreement, validate,
};
