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
    /// A bulleted list; an item may have a list of its own under it.
    Bullets(Vec<ListItem>),
    /// A numbered list; an item may have a list of its own under it.
    Numbered(Vec<ListItem>),
    /// A heading below the section heading.
    Subheading(Text),
    /// A figure of chosen tiers and bodies of the structure.
    Figure(Figure),
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
    /// A bulleted list; an item may have a list of its own under it.
    Bullets(Vec<ListItem>),
    /// A numbered list; an item may have a list of its own under it.
    Numbered(Vec<ListItem>),
    /// A subheading.
    Subheading(Text),
    /// A figure of chosen tiers and bodies of the structure.
    Figure(Figure),
}

/// A figure of chosen tiers and bodies of the structure, drawn as figure 1
/// is (the agreement's layout, the same boxes) and numbered with the other
/// figures in the order they stand: `{ figure = { tiers = [3] } }` draws
/// tier 3 with all it holds, `{ figure = { bodies = ["hyte", "typ"] } }`
/// only those bodies, each in its tier. Both may be given.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Figure {
    /// The levels of the tiers (or columns) drawn with all they hold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<u32>,
    /// Bodies drawn in their tiers (in a tier not listed in `tiers`, only
    /// these are drawn).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<ForumId>,
    /// The caption; when left out, the name of the tier drawn (or the
    /// default caption of the structure figure when it draws several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<Text>,
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
    Bullets(Vec<ListItem>),
    /// A numbered list.
    Numbered(Vec<ListItem>),
    /// A subheading.
    Subheading(Text),
    /// A figure of chosen tiers and bodies.
    Figure(Figure),
}

impl TryFrom<Block> for ProseBlock {
    type Error = ShapeError;

    fn try_from(block: Block) -> Result<ProseBlock, ShapeError> {
        match block {
            Block::Paragraph(t) => Ok(ProseBlock::Paragraph(t)),
            Block::Bullets(l) => Ok(ProseBlock::Bullets(l)),
            Block::Numbered(l) => Ok(ProseBlock::Numbered(l)),
            Block::Subheading(h) => Ok(ProseBlock::Subheading(h)),
            Block::Figure(f) => Ok(ProseBlock::Figure(f)),
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

impl Figure {
    /// A figure of the tiers with these levels, each with all it holds.
    ///
    /// ```
    /// use sopimus::model::{Block, Figure};
    /// let figure = Figure::of_tiers([3]).with_bodies(["typ"]);
    /// assert_eq!(figure.tiers, [3]);
    /// let block = Block::Figure(figure);
    /// # let _ = block;
    /// ```
    pub fn of_tiers(levels: impl IntoIterator<Item = u32>) -> Figure {
        Figure {
            tiers: levels.into_iter().collect(),
            ..Figure::default()
        }
    }

    /// The figure with these bodies (by id) drawn as well.
    pub fn with_bodies<S: Into<ForumId>>(mut self, ids: impl IntoIterator<Item = S>) -> Figure {
        self.bodies.extend(ids.into_iter().map(Into::into));
        self
    }

    /// The figure with this caption.
    pub fn with_caption(mut self, caption: impl Into<Text>) -> Figure {
        self.caption = Some(caption.into());
        self
    }
}

/// An item of a bulleted or numbered list: its text and, under it, the
/// items of a list of its own (one level deep, as agreements nest lists).
///
/// Written as the text alone (`"…"` or `{ fi = "…", sv = "…" }`), or with
/// the items under it as `{ text = "…", items = ["…", "…"] }`; the items
/// under a bullet are bulleted, those under a number numbered.
///
/// ```
/// use sopimus::model::{Block, ListItem};
/// let block = Block::Bullets(vec![
///     "Voimassa oleva puitesopimus".into(),
///     ListItem::with_items("Uutta sopimusta on valmisteltu", ["keväällä", "syksyllä"]),
/// ]);
/// let Block::Bullets(items) = &block else { unreachable!() };
/// assert_eq!(items[1].items.len(), 2);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListItem {
    /// The item's text.
    pub text: RichText,
    /// The items of the list under this item; most items have none.
    pub items: Vec<RichText>,
}

impl ListItem {
    /// An item with its text and no list under it.
    pub fn new(text: impl Into<RichText>) -> ListItem {
        ListItem {
            text: text.into(),
            items: Vec::new(),
        }
    }

    /// An item with its text and the items of a list under it.
    pub fn with_items<T: Into<RichText>>(
        text: impl Into<RichText>,
        items: impl IntoIterator<Item = T>,
    ) -> ListItem {
        ListItem {
            text: text.into(),
            items: items.into_iter().map(Into::into).collect(),
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

impl From<RichText> for ListItem {
    fn from(text: RichText) -> ListItem {
        ListItem::new(text)
    }
}

impl From<&str> for ListItem {
    fn from(text: &str) -> ListItem {
        ListItem::new(text)
    }
}

impl From<String> for ListItem {
    fn from(text: String) -> ListItem {
        ListItem::new(text)
    }
}

impl Serialize for ListItem {
    /// The text alone when nothing is under the item, as it is most often
    /// written.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.items.is_empty() {
            return self.text.serialize(serializer);
        }
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("items", &self.items)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for ListItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ListItem, D::Error> {
        use serde::de::{self, MapAccess, Visitor};
        use std::fmt;

        struct ItemVisitor;

        impl<'de> Visitor<'de> for ItemVisitor {
            type Value = ListItem;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a text, a text per language such as { fi = \"…\", sv = \"…\" }, or an item with a list under it: { text = \"…\", items = [\"…\"] }",
                )
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<ListItem, E> {
                Ok(ListItem::new(v))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<ListItem, E> {
                Ok(ListItem::new(v))
            }

            // A table is either the text per language or `{ text, items }`:
            // the keys tell which, so neither form needs a tag.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ListItem, A::Error> {
                let mut versions: Vec<(Language, String)> = Vec::new();
                let mut text: Option<RichText> = None;
                let mut items: Option<Vec<RichText>> = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "text" if text.is_none() => text = Some(map.next_value()?),
                        "items" if items.is_none() => items = Some(map.next_value()?),
                        "text" | "items" => {
                            return Err(de::Error::custom(format!("`{key}` is given twice")));
                        }
                        code => match code.parse::<Language>() {
                            Ok(language) if !versions.iter().any(|(l, _)| *l == language) => {
                                versions.push((language, map.next_value()?));
                            }
                            Ok(_) => {
                                return Err(de::Error::custom(format!("`{key}` is given twice")));
                            }
                            Err(_) => {
                                return Err(de::Error::custom(format!(
                                    "unknown field `{key}`, expected `text` or `items` (or a language: `fi`, `sv`)"
                                )));
                            }
                        },
                    }
                }
                match (text, items, versions.is_empty()) {
                    (None, None, false) => Ok(ListItem::new(RichText::in_languages(versions))),
                    (Some(text), items, true) => Ok(ListItem {
                        text,
                        items: items.unwrap_or_default(),
                    }),
                    (None, Some(_), true) => Err(de::Error::custom("missing field `text`")),
                    (None, None, true) => Err(de::Error::custom(
                        "the table has no text; write the item as \"…\", { fi = \"…\", sv = \"…\" } or { text = \"…\", items = [\"…\"] }",
                    )),
                    (_, _, false) => Err(de::Error::custom(
                        "the item mixes languages with `text` or `items`; write the text per language inside `text`: { text = { fi = \"…\", sv = \"…\" }, items = […] }",
                    )),
                }
            }
        }

        deserializer.deserialize_any(ItemVisitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ListItem {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ListItem".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let text = generator.subschema_for::<RichText>();
        schemars::json_schema!({
            "description": "A list item: its text, or { text = \"…\", items = [\"…\"] } for an item with a list under it (one level; bulleted under a bullet, numbered under a number).",
            "anyOf": [
                text,
                {
                    "type": "object",
                    "properties": {
                        "text": text,
                        "items": { "type": "array", "items": text }
                    },
                    "required": ["text"],
                    "additionalProperties": false
                }
            ]
        })
    }
}
