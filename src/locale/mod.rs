//! Every word and generated sentence the documents and exports carry, per
//! language: one table of fixed words per language ([`Words`]) and the
//! grammar that builds sentences from data (number words, month forms,
//! plural agreement, lists), beside it in the language's module
//! ([`fi`], [`sv`]).
//!
//! The messages of validation findings are here too: [`findings`] holds
//! their codes and English templates, and each language's module its own
//! table of them.
//!
//! The renderer's view, the templates (through the view's `labels`) and the
//! exports take their words from here and nowhere else; a test scans
//! `src/render/`, `templates/` and `src/export.rs` for Finnish or Swedish
//! literals. Adding a language is a new module with a `Words` table and its
//! grammar functions, a new [`Language`] variant, and an arm in each `match`
//! of this module (the compiler lists them).
//!
//! The module is crate-private (ARCHITECTURE.md, "API guidelines"): a
//! user reaches its words through the public types (`Finding::message_in`,
//! `Report::to_text`, the rendered documents, `IndicatorStatus::word_in`);
//! its examples are unit tests (`tests.rs`, `sentences.rs`).

pub mod changes;
pub mod decisions;
pub mod fi;
pub mod findings;
pub mod follow_up;
pub mod sv;

mod bodies;
mod document;
mod grammar;
mod indicators;
mod version;
mod words;

#[cfg(test)]
mod sentences;
#[cfg(test)]
mod tests;

use crate::language::Language;

pub(crate) use version::Version;
pub use words::{AnnexDefaults, ExportColumns, RowLabels, Words};

/// The words and sentences of one language; see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    language: Language,
}

impl Locale {
    /// The locale of `language`.
    pub const fn new(language: Language) -> Locale {
        Locale { language }
    }

    /// Its language.
    pub fn language(self) -> Language {
        self.language
    }

    /// The fixed words.
    pub fn words(self) -> &'static Words {
        match self.language {
            Language::Fi => &fi::WORDS,
            Language::Sv => &sv::WORDS,
        }
    }

    fn fi(self) -> bool {
        self.language == Language::Fi
    }
}

/// Picks the Finnish or the Swedish of two words.
trait Choose {
    fn choose(self, fi: bool, sv: Self) -> Self;
}

impl Choose for &'static str {
    fn choose(self, fi: bool, sv: Self) -> Self {
        if fi { self } else { sv }
    }
}
