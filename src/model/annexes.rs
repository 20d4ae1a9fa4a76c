//! The annexes: Annex 1 and 2 settings and additional annexes.

use super::*;

schema! {
/// Titles and column headings of the annexes; each in the document's
/// language's default wording when left out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[non_exhaustive]
pub struct Annexes {
    /// Title of Annex 1 (structures).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub structures_title: Option<Text>,
    /// Title of Annex 2 (goals and indicators).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goals_title: Option<Text>,
    /// The form of the Annex 2 table.
    pub goals_form: GoalsForm,
    /// The word for a priority in the annex, e.g. `Keihäänkärki` or `Painopiste`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority_heading: Option<Text>,
    /// Heading of the goals column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goal_heading: Option<Text>,
    /// Heading of the indicators column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator_heading: Option<Text>,
    /// Heading of the actions column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_heading: Option<Text>,
    /// Heading of the lead-responsibility column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_heading: Option<Text>,
    /// Annex 3 and after, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub additional: Vec<AdditionalAnnex>,
}

/// The form of the goals-and-indicators table (Annex 2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GoalsForm {
    /// Five columns on landscape pages: priority | goal | indicators |
    /// actions | responsibility (2026).
    #[default]
    Full,
    /// Two columns, goal | indicators, under a band per priority (2023).
    Simple,
}

/// An annex after Annex 2: prose, a table, or a reference to a separate
/// document. Write exactly one of `blocks`, `table` and `document`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawAdditionalAnnex", into = "RawAdditionalAnnex")]
#[cfg_attr(feature = "schema", schemars(with = "RawAdditionalAnnex"))]
#[non_exhaustive]
pub struct AdditionalAnnex {
    /// The annex's title.
    pub title: Text,
    /// What it holds.
    pub content: AnnexContent,
}

/// The content of an [`AdditionalAnnex`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum AnnexContent {
    /// Prose.
    Blocks(Vec<ProseBlock>),
    /// A table.
    Table(AnnexTable),
    /// A separate document that is part of the agreement but not printed in it.
    Document(DocumentRef),
}

/// A table in an annex.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AnnexTable {
    /// The column headings.
    pub columns: Vec<Text>,
    /// The rows, each with one cell per column. Language-neutral: a cell
    /// written as a plain string serves every language (see
    /// [`LANGUAGE_NEUTRAL`](crate::model::LANGUAGE_NEUTRAL)).
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::language::neutral_rows_schema")
    )]
    pub rows: Vec<Vec<RichText>>,
}

/// A separate document annexed by reference.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DocumentRef {
    /// The document's name, e.g. `Alueellinen hyvinvointikertomus ja -suunnitelma 2025–2029`.
    pub name: Text,
    /// Where it is found, e.g. a web address or a register number.
    #[serde(default)]
    pub reference: Option<String>,
    /// Its date.
    #[serde(default)]
    pub date: Option<Date>,
}

/// The written form of [`AdditionalAnnex`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(transform = one_of_annex_contents))]
pub(crate) struct RawAdditionalAnnex {
    /// The annex's title.
    pub title: Text,
    /// Prose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocks: Option<Vec<ProseBlock>>,
    /// A table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<AnnexTable>,
    /// A separate document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentRef>,
}
}

/// An annex holds exactly one of prose, a table and a document.
#[cfg(feature = "schema")]
fn one_of_annex_contents(schema: &mut schemars::Schema) {
    one_of_required(schema, &["blocks", "table", "document"]);
}

impl TryFrom<RawAdditionalAnnex> for AdditionalAnnex {
    type Error = ShapeError;

    fn try_from(raw: RawAdditionalAnnex) -> Result<AdditionalAnnex, ShapeError> {
        let content = match (raw.blocks, raw.table, raw.document) {
            (Some(blocks), None, None) => AnnexContent::Blocks(blocks),
            (None, Some(table), None) => AnnexContent::Table(table),
            (None, None, Some(document)) => AnnexContent::Document(document),
            _ => return Err(ShapeError::AnnexContent(raw.title.to_string())),
        };
        Ok(AdditionalAnnex {
            title: raw.title,
            content,
        })
    }
}

impl From<AdditionalAnnex> for RawAdditionalAnnex {
    fn from(a: AdditionalAnnex) -> RawAdditionalAnnex {
        let mut raw = RawAdditionalAnnex {
            title: a.title,
            blocks: None,
            table: None,
            document: None,
        };
        match a.content {
            AnnexContent::Blocks(b) => raw.blocks = Some(b),
            AnnexContent::Table(t) => raw.table = Some(t),
            AnnexContent::Document(d) => raw.document = Some(d),
        }
        raw
    }
}

impl AdditionalAnnex {
    /// An additional annex with its title and content (see the module's
    /// example).
    pub fn new(title: impl Into<Text>, content: AnnexContent) -> AdditionalAnnex {
        AdditionalAnnex {
            title: title.into(),
            content,
        }
    }
}

impl AnnexTable {
    /// A table annex with its column headings and rows.
    pub fn new(columns: Vec<Text>, rows: Vec<Vec<RichText>>) -> AnnexTable {
        AnnexTable { columns, rows }
    }
}

impl DocumentRef {
    /// A separate document by name, without a reference or date (set them on
    /// the result).
    pub fn new(name: impl Into<Text>) -> DocumentRef {
        DocumentRef {
            name: name.into(),
            reference: None,
            date: None,
        }
    }
}
