//! The languages of the documents, and text that may be written in several.
//!
//! A single-language agreement writes its texts as strings. A bilingual one
//! declares `languages = ["fi", "sv"]` in `[meta]` and writes each text
//! either as a string (the first language only) or as a table
//! `{ fi = "…", sv = "…" }`; validation asks for every declared language.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language the documents can be written in.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Language {
    /// Finnish (`fi`).
    #[default]
    Fi,
    /// Swedish (`sv`).
    Sv,
}

impl Language {
    /// Every language the crate can write, in the order of their codes.
    pub const ALL: [Language; 2] = [Language::Fi, Language::Sv];

    /// The ISO 639-1 code, e.g. `fi`: the PDF's document language too.
    pub fn code(self) -> &'static str {
        match self {
            Language::Fi => "fi",
            Language::Sv => "sv",
        }
    }

    /// The language whose code is `code`.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in English, for messages.
    pub fn english_name(self) -> &'static str {
        match self {
            Language::Fi => "Finnish",
            Language::Sv => "Swedish",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Language {
    type Err = UnknownLanguage;

    /// The language whose code is `code`, e.g. `sv`.
    fn from_str(code: &str) -> Result<Language, UnknownLanguage> {
        Language::from_code(code).ok_or_else(|| UnknownLanguage(code.to_owned()))
    }
}

/// A language code sopimus does not write, e.g. `en`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a language sopimus writes; use `fi` or `sv`")]
pub struct UnknownLanguage(pub String);

/// The languages of an agreement, the first its primary language: a plain
/// string in the input is text in the first language.
///
/// Written `languages = ["fi", "sv"]` (or, for one language, `language =
/// "fi"` or `languages = "fi"`); Finnish alone when left out.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Languages(Vec<Language>);

impl Languages {
    /// The given languages, the first the primary one; `None` when empty.
    pub fn new(languages: Vec<Language>) -> Option<Languages> {
        (!languages.is_empty()).then_some(Languages(languages))
    }

    /// One language.
    pub fn one(language: Language) -> Languages {
        Languages(vec![language])
    }

    /// The primary language: the one plain strings are written in.
    pub fn primary(&self) -> Language {
        self.0[0]
    }

    /// All, primary first.
    pub fn all(&self) -> &[Language] {
        &self.0
    }

    /// Whether `language` is one of them.
    pub fn contains(&self, language: Language) -> bool {
        self.0.contains(&language)
    }

    /// Whether there are several.
    pub fn is_multilingual(&self) -> bool {
        self.0.len() > 1
    }

    /// The language version to produce when `asked` is asked for: `asked`
    /// itself, or the primary language when `None`.
    ///
    /// # Errors
    ///
    /// [`LanguageError`] when `asked` is not one of these languages.
    pub fn version(&self, asked: Option<Language>) -> Result<Language, LanguageError> {
        match asked {
            None => Ok(self.primary()),
            Some(l) if self.contains(l) => Ok(l),
            Some(l) => Err(LanguageError {
                asked: l,
                available: self.clone(),
            }),
        }
    }
}

impl fmt::Display for Languages {
    /// The codes in backticks: `` `fi` and `sv` ``.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, l) in self.0.iter().enumerate() {
            match i {
                0 => {}
                i if i + 1 == self.0.len() => f.write_str(" and ")?,
                _ => f.write_str(", ")?,
            }
            write!(f, "`{l}`")?;
        }
        Ok(())
    }
}

/// A language version was asked for that the agreement is not written in.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "the agreement is written in {available}, not in `{asked}`; ask for one of its languages, or add `{asked}` to `languages` under `[meta]` and translate its texts"
)]
#[non_exhaustive]
pub struct LanguageError {
    /// The language asked for.
    pub asked: Language,
    /// The agreement's languages.
    pub available: Languages,
}

impl Default for Languages {
    fn default() -> Self {
        Languages::one(Language::Fi)
    }
}

impl Serialize for Languages {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(&self.0)
    }
}

impl<'de> Deserialize<'de> for Languages {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            One(String),
            Many(Vec<String>),
        }
        let expected = "expected a language such as \"fi\", or a list such as [\"fi\", \"sv\"] (the first is the language of plain strings)";
        let codes =
            match Repr::deserialize(deserializer).map_err(|_| de::Error::custom(expected))? {
                Repr::One(code) => vec![code],
                Repr::Many(codes) => codes,
            };
        let mut list = Vec::new();
        for code in codes {
            let l: Language = code.parse().map_err(de::Error::custom)?;
            if list.contains(&l) {
                return Err(de::Error::custom(format!("`{l}` is listed twice")));
            }
            list.push(l);
        }
        Languages::new(list).ok_or_else(|| de::Error::custom(expected))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Languages {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Languages".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let language = generator.subschema_for::<Language>();
        schemars::json_schema!({
            "description": "The documents' languages, the first the language of plain strings: \"fi\" or [\"fi\", \"sv\"].",
            "anyOf": [
                language,
                { "type": "array", "items": language, "minItems": 1, "uniqueItems": true }
            ]
        })
    }
}

/// A string in one language or several: the stored form of [`Text`] and
/// [`RichText`](crate::text::RichText).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Localized {
    /// A plain string: text in the agreement's primary language.
    One(String),
    /// A table of languages, in the order of their codes (see
    /// [`Localized::many`]).
    Many(Vec<(Language, String)>),
}

impl Default for Localized {
    fn default() -> Self {
        Localized::One(String::new())
    }
}

impl Localized {
    /// A table of languages in the order of their codes, whatever order
    /// they come in: a TOML table reads in that order and a JSON object in
    /// the order written, so one fixed order makes a text equal from
    /// either, and equal again when written out and read back (issue 20,
    /// found by the `parse_validate` fuzz target).
    pub(crate) fn many(mut versions: Vec<(Language, String)>) -> Localized {
        versions.sort_by_key(|(l, _)| l.code());
        Localized::Many(versions)
    }

    /// The text as first in order: the plain string, or the table's first
    /// entry.
    pub(crate) fn first(&self) -> &str {
        match self {
            Localized::One(s) => s,
            Localized::Many(v) => v.first().map_or("", |(_, s)| s.as_str()),
        }
    }

    /// The text in `language`, when written, given the agreement's primary
    /// language (the language of a plain string).
    pub(crate) fn get(&self, language: Language, primary: Language) -> Option<&str> {
        match self {
            Localized::One(s) => (language == primary).then_some(s.as_str()),
            Localized::Many(v) => v
                .iter()
                .find(|(l, _)| *l == language)
                .map(|(_, s)| s.as_str()),
        }
    }

    /// Every version with its language (`None` for a plain string).
    pub(crate) fn versions(&self) -> Vec<(Option<Language>, &str)> {
        match self {
            Localized::One(s) => vec![(None, s.as_str())],
            Localized::Many(v) => v.iter().map(|(l, s)| (Some(*l), s.as_str())).collect(),
        }
    }
}

impl Serialize for Localized {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Localized::One(s) => serializer.serialize_str(s),
            Localized::Many(v) => serializer.collect_map(v.iter().map(|(l, s)| (l.code(), s))),
        }
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LocalizedVisitor;

        impl<'de> Visitor<'de> for LocalizedVisitor {
            type Value = Localized;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text, or a text per language such as { fi = \"…\", sv = \"…\" }")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Localized, E> {
                Ok(Localized::One(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Localized, E> {
                Ok(Localized::One(v))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
                let mut versions: Vec<(Language, String)> = Vec::new();
                while let Some(code) = map.next_key::<String>()? {
                    let language: Language = code.parse().map_err(de::Error::custom)?;
                    if versions.iter().any(|(l, _)| *l == language) {
                        return Err(de::Error::custom(format!("`{code}` is given twice")));
                    }
                    versions.push((language, map.next_value()?));
                }
                if versions.is_empty() {
                    return Err(de::Error::custom(
                        "the table has no text; write the text in the agreement's languages, e.g. { fi = \"…\", sv = \"…\" }",
                    ));
                }
                Ok(Localized::many(versions))
            }
        }

        deserializer.deserialize_any(LocalizedVisitor)
    }
}

/// The text fields whose value may be the same in every language: in a
/// multilingual agreement a plain string there is that value in each
/// language (a unit such as `%`, a code, a number, a name that does not
/// translate), and a table `{ fi = "Pietarsaari", sv = "Jakobstad" }` gives
/// the forms of a name that has one per language. Every other text field
/// needs a version in each language: a plain string there is text in the
/// first language only.
///
/// ```
/// assert!(sopimus::model::LANGUAGE_NEUTRAL.contains(&"parties[].address"));
/// ```
pub const LANGUAGE_NEUTRAL: &[&str] = &[
    "parties[].short_name",
    "parties[].address",
    "forums[].short_name",
    "priorities[].goals[].indicators[].unit",
    "priorities[].goals[].indicators[].source.name",
    "signing.place",
    "annexes.additional[].table.rows",
];

/// The schema of a [`LANGUAGE_NEUTRAL`] text field.
#[cfg(feature = "schema")]
pub(crate) fn neutral_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    localized_schema(
        "Language-neutral: in a multilingual agreement a plain string is the same value in every language (a unit, a code, a name that does not translate); write { fi = \"…\", sv = \"…\" } where the languages' forms differ.",
    )
}

/// The schema of an optional [`LANGUAGE_NEUTRAL`] text field: as
/// [`neutral_schema`], or `null` as a left-out field is written in JSON.
#[cfg(feature = "schema")]
pub(crate) fn neutral_opt_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let mut schema = neutral_schema(generator);
    if let Some(any) = schema
        .get_mut("anyOf")
        .and_then(serde_json::Value::as_array_mut)
    {
        any.push(serde_json::json!({ "type": "null" }));
    }
    schema
}

/// The schema of the rows of an annex table: each cell [`LANGUAGE_NEUTRAL`].
#[cfg(feature = "schema")]
pub(crate) fn neutral_rows_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let cell = neutral_schema(generator);
    schemars::json_schema!({
        "description": "The rows, each with one cell per column. A cell written as a plain string serves every language (a code, a number, a name that does not translate); write { fi = \"…\", sv = \"…\" } for text that differs.",
        "type": "array",
        "items": { "type": "array", "items": cell }
    })
}

#[cfg(feature = "schema")]
pub(crate) fn localized_schema(description: &str) -> schemars::Schema {
    let languages: serde_json::Map<String, serde_json::Value> = Language::ALL
        .iter()
        .map(|l| (l.code().to_owned(), serde_json::json!({ "type": "string" })))
        .collect();
    schemars::json_schema!({
        "description": description,
        "anyOf": [
            { "type": "string" },
            {
                "type": "object",
                "properties": languages,
                "additionalProperties": false,
                "minProperties": 1
            }
        ]
    })
}

/// Plain text, in one language or several: a name, a title, a heading.
///
/// ```
/// use sopimus::text::Text;
/// use sopimus::Language;
/// let name: Text = "Vaasan kaupunki".into();
/// assert_eq!(name.as_str(), "Vaasan kaupunki");
/// assert_eq!(name.get(Language::Fi, Language::Fi), Some("Vaasan kaupunki"));
/// assert_eq!(name.get(Language::Sv, Language::Fi), None);
/// let both = Text::in_languages([(Language::Fi, "Vaasan kaupunki"), (Language::Sv, "Vasa stad")]);
/// assert_eq!(both.get(Language::Sv, Language::Fi), Some("Vasa stad"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub(crate) Localized);

impl Text {
    /// The plain string, or of a table the text in the language whose code
    /// comes first (`fi` before `sv`). For a document use [`Text::get`].
    pub fn as_str(&self) -> &str {
        self.0.first()
    }

    /// The text in `language`, given the agreement's primary language (the
    /// language of a plain string); `None` when not written in it.
    pub fn get(&self, language: Language, primary: Language) -> Option<&str> {
        self.0.get(language, primary)
    }

    /// A text per language, kept in the order of the languages' codes
    /// whatever the order given, as read from TOML or JSON.
    pub fn in_languages<S: Into<String>>(
        versions: impl IntoIterator<Item = (Language, S)>,
    ) -> Text {
        Text(Localized::many(
            versions.into_iter().map(|(l, s)| (l, s.into())).collect(),
        ))
    }

    /// Whether every version is empty or white space.
    pub fn is_blank(&self) -> bool {
        self.0.versions().iter().all(|(_, s)| s.trim().is_empty())
    }

    /// Every version with its language (`None` for a plain string, which is
    /// in the agreement's primary language).
    pub fn versions(&self) -> Vec<(Option<Language>, &str)> {
        self.0.versions()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text(Localized::One(s.to_owned()))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(Localized::One(s))
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Self {
        Text(Localized::One(s.clone()))
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        matches!(&self.0, Localized::One(s) if s == other)
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        localized_schema("A text, or a text per language: { fi = \"…\", sv = \"…\" }.")
    }
}
