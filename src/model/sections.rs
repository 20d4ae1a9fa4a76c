//! The prose: sections, their blocks and inserts, statutes cited.

use super::*;

schema! {
/// A prose section of the agreement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Section {
    /// The heading.
    pub heading: Text,
    /// The content, in order: prose, and the generated parts placed among it.
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// One block of a section: prose, or generated content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block {
    /// A paragraph.
    Paragraph(RichText),
    /// A bulleted list.
    Bullets(Vec<RichText>),
    /// A numbered list.
    Numbered(Vec<RichText>),
    /// A heading below the section heading.
    Subheading(Text),
    /// Content generated from the structured parts of the agreement.
    Insert(Insert),
}

/// One block of prose inside a tier, a follow-up text or an annex: the same
/// as a [`Block`] but without inserts, so generated content cannot nest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", try_from = "Block")]
#[cfg_attr(feature = "schema", schemars(with = "ProseBlockSchema"))]
#[non_exhaustive]
pub enum ProseBlock {
    /// A paragraph.
    Paragraph(RichText),
    /// A bulleted list.
    Bullets(Vec<RichText>),
    /// A numbered list.
    Numbered(Vec<RichText>),
    /// A subheading.
    Subheading(Text),
}

/// Generated content that a section can place among its prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Insert {
    /// The statutes of [`Agreement::legal_basis`] as a list.
    LegalBasis,
    /// The list of priorities (spearheads) by title.
    Priorities,
    /// Figure 1: the structure drawn from the tiers (or columns) and bodies.
    StructureFigure,
    /// Each tier with its heading and description.
    Tiers,
    /// The interface areas with their counterpart pairs, as a table.
    InterfaceAreas,
    /// The follow-up rules of [`Agreement::follow_up`] (`"follow_up"`).
    #[serde(rename = "follow_up")]
    FollowUpRules,
    /// Entry into force, duration and review, of [`Agreement::validity`]
    /// (`"validity"`).
    #[serde(rename = "validity")]
    ValidityRules,
    /// The termination rules of [`Agreement::termination`]
    /// (`"termination"`).
    #[serde(rename = "termination")]
    TerminationRules,
}

/// A statute and the sections of it the cooperation rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Statute {
    /// The statute's name, e.g. `Laki sosiaali- ja terveydenhuollon järjestämisestä`.
    pub name: Text,
    /// Its number in the statute book, e.g. `612/2021`.
    #[serde(default)]
    pub number: Option<String>,
    /// The sections cited.
    pub provisions: Vec<Provision>,
}

/// A cited section of a statute.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Provision {
    /// The section number without the `§` sign, e.g. `14`; the document
    /// prints it as `14 §` (or `§ 14`, see [`Metadata::section_sign`]).
    pub section: String,
    /// A one-line topic, e.g. `neuvotteluvelvoite valtuustokausittain`;
    /// the section is cited by its number alone without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<Text>,
}

/// Where the Finnish text puts the `§` sign of a cited statute section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionSign {
    /// After the number, `14 §`: the form Finnish style guides write (and
    /// the only one Swedish writes).
    #[default]
    After,
    /// Before the number, `§ 14`, as the 2023 Kanta-Häme agreement does.
    Before,
}
}

/// The schema of [`ProseBlock`]: [`Block`] without `insert`. (Parsing goes
/// through `Block` to say where inserts belong.)
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(dead_code)]
enum ProseBlockSchema {
    /// A paragraph.
    Paragraph(RichText),
    /// A bulleted list.
    Bullets(Vec<RichText>),
    /// A numbered list.
    Numbered(Vec<RichText>),
    /// A subheading.
    Subheading(Text),
}

impl TryFrom<Block> for ProseBlock {
    type Error = ShapeError;

    fn try_from(block: Block) -> Result<ProseBlock, ShapeError> {
        match block {
            Block::Paragraph(t) => Ok(ProseBlock::Paragraph(t)),
            Block::Bullets(l) => Ok(ProseBlock::Bullets(l)),
            Block::Numbered(l) => Ok(ProseBlock::Numbered(l)),
            Block::Subheading(h) => Ok(ProseBlock::Subheading(h)),
            Block::Insert(_) => Err(ShapeError::InsertOutsideSection),
        }
    }
}

impl Section {
    /// A section with a heading and its blocks; an [`Insert`] converts into
    /// a block, so generated parts are written as they are:
    /// `Section::new("Rakenne", [Insert::StructureFigure, Insert::Tiers])`.
    pub fn new(
        heading: impl Into<Text>,
        blocks: impl IntoIterator<Item = impl Into<Block>>,
    ) -> Section {
        Section {
            heading: heading.into(),
            blocks: blocks.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<Insert> for Block {
    fn from(insert: Insert) -> Block {
        Block::Insert(insert)
    }
}

impl Statute {
    /// A statute by name with the provisions cited, without a number (set
    /// [`Statute::number`] for that).
    pub fn new(name: impl Into<Text>, provisions: impl IntoIterator<Item = Provision>) -> Statute {
        Statute {
            name: name.into(),
            number: None,
            provisions: provisions.into_iter().collect(),
        }
    }
}

impl Provision {
    /// A section cited (written without the `§` sign, e.g. `"14"`), without
    /// a topic (set [`Provision::topic`] for that).
    pub fn new(section: impl Into<String>) -> Provision {
        Provision {
            section: section.into(),
            topic: None,
        }
    }
}
