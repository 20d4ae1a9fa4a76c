//! Rich text in prose: emphasis and footnote references, and nothing else.
//!
//! Prose fields accept two marks, parsed here by our own code into
//! [`Span`]s: `**bold**` and `[^key]` (a reference to a footnote defined in
//! the agreement's `footnotes` table). A backslash before `*`, `[` or `\`
//! makes that character literal. Every other character is text: no later
//! stage ever reads the input as typst markup.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Message;
pub use crate::language::Text;
use crate::language::{Language, Localized};

/// Prose with optional `**bold**` and `[^footnote]` marks, in one language
/// or several (`{ fi = "…", sv = "…" }`; see [`Text`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RichText(Localized);

#[cfg(feature = "schema")]
impl schemars::JsonSchema for RichText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RichText".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        crate::language::localized_schema(
            "Prose with `**bold**` and `[^1]` footnote marks, or such prose per language: { fi = \"…\", sv = \"…\" }.",
        )
    }
}

/// A piece of parsed [`RichText`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Span {
    /// Plain text.
    Text(String),
    /// Bold text.
    Strong(String),
    /// A reference to the footnote with this key.
    Footnote(String),
}

/// Why a [`RichText`] could not be parsed. Its text is the finding's
/// English message.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MarkupError {
    /// `**` opened but never closed (`markup-bold-unclosed`).
    UnclosedStrong,
    /// `[^` without a closing `]` (`markup-footnote-unclosed`).
    UnclosedFootnote,
    /// `[^]` with no key (`markup-footnote-empty`).
    EmptyFootnote,
}

impl From<&MarkupError> for Message {
    fn from(e: &MarkupError) -> Message {
        match e {
            MarkupError::UnclosedStrong => Message::MarkupBoldUnclosed {},
            MarkupError::UnclosedFootnote => Message::MarkupFootnoteUnclosed {},
            MarkupError::EmptyFootnote => Message::MarkupFootnoteEmpty {},
        }
    }
}

impl fmt::Display for MarkupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Message::from(self).english())
    }
}

impl std::error::Error for MarkupError {}

impl RichText {
    /// The plain string, or of a table the text in the language whose code
    /// comes first (`fi` before `sv`), marks included. For a document use
    /// [`RichText::get`].
    pub fn as_str(&self) -> &str {
        self.0.first()
    }

    /// The text in `language`, marks included, given the agreement's
    /// primary language (the language of a plain string).
    pub fn get(&self, language: Language, primary: Language) -> Option<&str> {
        self.0.get(language, primary)
    }

    /// A text per language, kept in the order of the languages' codes
    /// whatever the order given, as read from TOML or JSON.
    pub fn in_languages<S: Into<String>>(
        versions: impl IntoIterator<Item = (Language, S)>,
    ) -> RichText {
        RichText(Localized::many(
            versions.into_iter().map(|(l, s)| (l, s.into())).collect(),
        ))
    }

    /// Every version with its language (`None` for a plain string, which is
    /// in the agreement's primary language).
    pub fn versions(&self) -> Vec<(Option<Language>, &str)> {
        self.0.versions()
    }

    /// Parses the marks of the text [`RichText::as_str`] gives into spans.
    ///
    /// # Errors
    ///
    /// Returns [`MarkupError`] for an unclosed `**` or a malformed footnote
    /// reference.
    pub fn spans(&self) -> Result<Vec<Span>, MarkupError> {
        parse_spans(self.as_str())
    }

    /// The text [`RichText::as_str`] gives without marks, footnote references
    /// dropped; for search, spreadsheets and checks.
    pub fn plain(&self) -> String {
        plain_of(self.as_str())
    }

    /// Whether every version is empty or only white space.
    pub fn is_blank(&self) -> bool {
        self.0
            .versions()
            .iter()
            .all(|(_, s)| plain_of(s).trim().is_empty())
    }
}

/// Parses the marks of `text` into spans.
///
/// # Errors
///
/// Returns [`MarkupError`] for an unclosed `**` or a malformed footnote
/// reference.
pub fn parse_spans(text: &str) -> Result<Vec<Span>, MarkupError> {
    {
        let mut spans = Vec::new();
        let mut current = String::new();
        let mut strong = false;
        let mut chars = text.chars().peekable();
        let flush = |spans: &mut Vec<Span>, current: &mut String, strong: bool| {
            if !current.is_empty() {
                let text = std::mem::take(current);
                spans.push(if strong {
                    Span::Strong(text)
                } else {
                    Span::Text(text)
                });
            }
        };
        while let Some(c) = chars.next() {
            match c {
                '\\' if matches!(chars.peek(), Some('*' | '[' | '\\')) => {
                    current.push(chars.next().unwrap_or('\\'));
                }
                '*' if chars.peek() == Some(&'*') => {
                    chars.next();
                    flush(&mut spans, &mut current, strong);
                    strong = !strong;
                }
                '[' if chars.peek() == Some(&'^') => {
                    chars.next();
                    let mut key = String::new();
                    let mut closed = false;
                    for k in chars.by_ref() {
                        if k == ']' {
                            closed = true;
                            break;
                        }
                        key.push(k);
                    }
                    if !closed {
                        return Err(MarkupError::UnclosedFootnote);
                    }
                    let key = key.trim().to_owned();
                    if key.is_empty() {
                        return Err(MarkupError::EmptyFootnote);
                    }
                    flush(&mut spans, &mut current, strong);
                    spans.push(Span::Footnote(key));
                }
                other => current.push(other),
            }
        }
        if strong {
            return Err(MarkupError::UnclosedStrong);
        }
        flush(&mut spans, &mut current, strong);
        Ok(spans)
    }
}

/// `text` without marks, footnote references dropped.
pub fn plain_of(text: &str) -> String {
    match parse_spans(text) {
        Ok(spans) => spans
            .into_iter()
            .filter_map(|s| match s {
                Span::Text(t) | Span::Strong(t) => Some(t),
                Span::Footnote(_) => None,
            })
            .collect(),
        Err(_) => text.to_owned(),
    }
}

impl fmt::Display for RichText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for RichText {
    fn from(s: &str) -> Self {
        RichText(Localized::One(s.to_owned()))
    }
}

impl From<String> for RichText {
    fn from(s: String) -> Self {
        RichText(Localized::One(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_strong_and_footnotes() {
        let t = RichText::from("a **b** c[^1] d");
        assert_eq!(
            t.spans().unwrap(),
            vec![
                Span::Text("a ".into()),
                Span::Strong("b".into()),
                Span::Text(" c".into()),
                Span::Footnote("1".into()),
                Span::Text(" d".into()),
            ]
        );
        assert_eq!(t.plain(), "a b c d");
    }

    #[test]
    fn escapes_and_single_marks_are_literal() {
        let t = RichText::from(r"5 * 3 \*\* [x] \[^1] C:\temp #set $x$");
        assert_eq!(
            t.spans().unwrap(),
            vec![Span::Text(r"5 * 3 ** [x] [^1] C:\temp #set $x$".into())]
        );
    }

    #[test]
    fn reports_unclosed_marks() {
        assert_eq!(
            RichText::from("**a").spans(),
            Err(MarkupError::UnclosedStrong)
        );
        assert_eq!(
            RichText::from("a [^1").spans(),
            Err(MarkupError::UnclosedFootnote)
        );
        assert_eq!(
            RichText::from("a [^ ]").spans(),
            Err(MarkupError::EmptyFootnote)
        );
    }
}
