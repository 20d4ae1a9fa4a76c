//! Rich text in prose: emphasis and footnote references, and nothing else.
//!
//! Prose fields accept two marks, parsed here by our own code into
//! [`Span`]s: `**bold**` and `[^key]` (a reference to a footnote defined in
//! the agreement's `footnotes` table). A backslash before `*`, `[` or `\`
//! makes that character literal. Every other character is text: no later
//! stage ever reads the input as typst markup.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Prose with optional `**bold**` and `[^footnote]` marks.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RichText(String);

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

/// Why a [`RichText`] could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MarkupError {
    /// `**` opened but never closed.
    #[error(
        "a `**` opens bold text that is never closed; add the closing `**` or write `\\*\\*` for literal asterisks"
    )]
    UnclosedStrong,
    /// `[^` without a closing `]`.
    #[error("a footnote reference `[^` has no closing `]`; write it as `[^1]`")]
    UnclosedFootnote,
    /// `[^]` with no key.
    #[error("a footnote reference `[^]` has no key; write it as `[^1]`")]
    EmptyFootnote,
}

impl RichText {
    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parses the marks into spans.
    ///
    /// # Errors
    ///
    /// Returns [`MarkupError`] for an unclosed `**` or a malformed footnote
    /// reference.
    pub fn spans(&self) -> Result<Vec<Span>, MarkupError> {
        let mut spans = Vec::new();
        let mut current = String::new();
        let mut strong = false;
        let mut chars = self.0.chars().peekable();
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

    /// The text without marks, footnote references dropped; for search,
    /// spreadsheets and checks.
    pub fn plain(&self) -> String {
        match self.spans() {
            Ok(spans) => spans
                .into_iter()
                .filter_map(|s| match s {
                    Span::Text(t) | Span::Strong(t) => Some(t),
                    Span::Footnote(_) => None,
                })
                .collect(),
            Err(_) => self.0.clone(),
        }
    }

    /// Whether the text is empty or only white space.
    pub fn is_blank(&self) -> bool {
        self.plain().trim().is_empty()
    }
}

impl fmt::Display for RichText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for RichText {
    fn from(s: &str) -> Self {
        RichText(s.to_owned())
    }
}

impl From<String> for RichText {
    fn from(s: String) -> Self {
        RichText(s)
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
