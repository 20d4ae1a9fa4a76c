//! The JSON Schema of the input format (feature `schema`).
//!
//! The schema is generated from the model's types, so it cannot drift from
//! what the parser accepts; the repository ships it as
//! `schema/agreement.schema.json` (a test keeps the file in sync). Editors
//! that use taplo (VS Code's Even Better TOML, Zed, Helix) read it from a
//! first line such as
//!
//! ```toml
//! #:schema ./schema/agreement.schema.json
//! ```
//!
//! and then complete field names and mark mistakes as you type. The schema
//! checks the shape only; `sopimus check` checks the rules.

use crate::model::Agreement;

/// The JSON Schema (draft 2020-12) of an agreement file, as pretty-printed
/// JSON with a final newline.
///
/// ```
/// let schema = sopimus::schema::agreement_schema();
/// assert!(schema.contains("\"title\": \"Agreement\""));
/// ```
pub fn agreement_schema() -> String {
    let schema = schemars::schema_for!(Agreement);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
