//! Text fields of every kind: blank or not, written in each declared
//! language and in no other, within the length limit, without control
//! characters, direction overrides or characters the fonts lack; the
//! markup of rich text (bold, footnote marks) and the footnotes it refers
//! to. The other modules check their texts with these helpers.
//!
//! Codes: `field-empty`, `text-empty`, `list-empty`, `text-too-long`,
//! `text-direction-control`, `text-control-character`, `text-glyph-missing`,
//! `markup-bold-unclosed`, `markup-footnote-unclosed`, `markup-footnote-empty`,
//! `footnote-undefined`, `footnote-unused`,
//! `footnote-unused-in-version`, `language-not-declared`,
//! `translation-missing`, `section-number-sign`.

use crate::diagnostic::{Message, Word};
use crate::language::Language;
use crate::model::{ListItem, ProseBlock};
use crate::path::FieldPath;
use crate::text::{RichText, Span, Text};

use super::{Checker, limits, root};

/// Characters that never belong in document text.
fn bad_control(s: &str) -> Option<char> {
    s.chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
}

/// Bidirectional embedding, override and isolate controls: they reorder
/// what a reader sees without changing the text ("Trojan Source"). Right-
/// to-left scripts need none of them; the marks U+200E/U+200F stay allowed.
fn direction_override(s: &str) -> Option<char> {
    s.chars()
        .find(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

/// A text field of any kind: a plain string (a person's name), or a
/// [`Text`] that may be written in several languages.
pub(super) trait Versions {
    fn all_versions(&self) -> Vec<(Option<Language>, &str)>;
    fn is_localized(&self) -> bool;
}

impl Versions for str {
    fn all_versions(&self) -> Vec<(Option<Language>, &str)> {
        vec![(None, self)]
    }
    fn is_localized(&self) -> bool {
        false
    }
}

impl Versions for String {
    fn all_versions(&self) -> Vec<(Option<Language>, &str)> {
        vec![(None, self.as_str())]
    }
    fn is_localized(&self) -> bool {
        false
    }
}

impl Versions for RichText {
    fn all_versions(&self) -> Vec<(Option<Language>, &str)> {
        self.versions()
    }
    fn is_localized(&self) -> bool {
        true
    }
}

impl Versions for Text {
    fn all_versions(&self) -> Vec<(Option<Language>, &str)> {
        self.versions()
    }
    fn is_localized(&self) -> bool {
        true
    }
}

impl<'a> Checker<'a> {
    /// A text field that must not be blank, in every declared language.
    pub(super) fn required<T: Versions + ?Sized>(
        &mut self,
        path: FieldPath,
        value: &T,
        what: Word,
    ) {
        for (at, _, text) in self.versions_at(&path, value) {
            if text.trim().is_empty() {
                self.error(at, Message::FieldEmpty { what });
            } else {
                self.plain(at, text);
            }
        }
        if value.is_localized() {
            self.translations(&path, &value.all_versions());
        }
    }

    /// A text whose one value may serve every language (a unit, a code, a
    /// name that does not translate; see
    /// [`LANGUAGE_NEUTRAL`](crate::language::LANGUAGE_NEUTRAL)): a plain
    /// string is that value in each language, and a table, for the names
    /// whose forms differ (`{ fi = "Pietarsaari", sv = "Jakobstad" }`),
    /// needs each language like any text. When given, it must not be blank.
    pub(super) fn neutral(&mut self, path: FieldPath, value: Option<&Text>, what: Word) {
        let Some(value) = value else { return };
        if value.versions().iter().any(|(l, _)| l.is_some()) {
            self.required(path, value, what);
        } else {
            self.required(path, value.as_str(), what);
        }
    }

    /// An optional text field: when given, it must not be blank.
    pub(super) fn optional<T: Versions + ?Sized>(
        &mut self,
        path: FieldPath,
        value: Option<&T>,
        what: Word,
    ) {
        if let Some(v) = value {
            self.required(path, v, what);
        }
    }

    /// Each version of a text with the path of its place: a plain string is
    /// at `path`, a language of a table at `path.<code>`.
    fn versions_at<'t, T: Versions + ?Sized>(
        &self,
        path: &FieldPath,
        value: &'t T,
    ) -> Vec<(FieldPath, Language, &'t str)> {
        let primary = self.a.meta.languages.primary();
        value
            .all_versions()
            .into_iter()
            .map(|(l, text)| match l {
                Some(l) => (path.key(l.code()), l, text),
                None => (path.clone(), primary, text),
            })
            .collect()
    }

    /// A text has a version in each declared language, and in no other.
    fn translations(&mut self, path: &FieldPath, versions: &[(Option<Language>, &str)]) {
        let languages = self.a.meta.languages.clone();
        let primary = languages.primary();
        let written: Vec<Language> = versions.iter().map(|(l, _)| l.unwrap_or(primary)).collect();
        for l in written.iter().filter(|l| !languages.contains(**l)) {
            self.error(
                path.key(l.code()),
                Message::LanguageNotDeclared {
                    language: *l,
                    languages: languages.clone(),
                },
            );
        }
        for l in languages.all().iter().filter(|l| !written.contains(l)) {
            let example: Vec<String> = languages
                .all()
                .iter()
                .map(|l| format!("{} = \"…\"", l.code()))
                .collect();
            self.error(
                path.clone(),
                Message::TranslationMissing {
                    name: Word::Language(*l),
                    language: *l,
                    example: example.join(", "),
                },
            );
        }
    }

    /// A plain text field: no control characters, no direction overrides.
    fn plain(&mut self, path: FieldPath, value: &str) {
        if value.len() > limits::TEXT_CHARS {
            let chars = value.chars().count();
            if chars > limits::TEXT_CHARS {
                self.error(
                    path.clone(),
                    Message::TextTooLong {
                        chars,
                        limit: limits::TEXT_CHARS,
                    },
                );
            }
        }
        if let Some(c) = direction_override(value) {
            self.error(
                path.clone(),
                Message::TextDirectionControl {
                    codepoint: format!("{:04X}", u32::from(c)),
                },
            );
        }
        if let Some(c) = bad_control(value) {
            self.error(
                path,
                Message::TextControlCharacter {
                    codepoint: format!("{:04X}", u32::from(c)),
                },
            );
        } else if let Some(c) = value.chars().find(|c| !crate::coverage::printable(*c)) {
            // The PDF would lack the glyph: refused here, so that a valid
            // agreement always renders.
            self.error(
                path,
                Message::TextGlyphMissing {
                    character: c,
                    codepoint: format!("{:04X}", u32::from(c)),
                },
            );
        }
    }

    /// Rich text: marks parse, footnotes resolve, in every language.
    pub(super) fn rich(&mut self, path: FieldPath, text: &RichText, required: bool) {
        self.rich_in(path, text, required, false);
    }

    /// Rich text that, written as a plain string, serves every language:
    /// a cell of an annex table (a code, a number, a name).
    pub(super) fn rich_neutral(&mut self, path: FieldPath, text: &RichText, required: bool) {
        self.rich_in(path, text, required, true);
    }

    fn rich_in(&mut self, path: FieldPath, text: &RichText, required: bool, neutral: bool) {
        let plain = text.versions().iter().all(|(l, _)| l.is_none());
        for (at, language, version) in self.versions_at(&path, text) {
            self.plain(at.clone(), version);
            match crate::text::parse_spans(version) {
                Err(e) => self.error(at.clone(), Message::from(&e)),
                Ok(spans) => {
                    for span in spans {
                        if let Span::Footnote(key) = span {
                            if self.a.footnotes.contains_key(&key) {
                                // A plain string that serves every language
                                // refers to the footnote in each of them.
                                let languages = if neutral && plain {
                                    self.a.meta.languages.all().to_vec()
                                } else {
                                    vec![language]
                                };
                                for l in languages {
                                    self.used_footnotes
                                        .entry(l)
                                        .or_default()
                                        .insert(key.clone());
                                }
                            } else {
                                self.error(at.clone(), Message::FootnoteUndefined { key });
                            }
                        }
                    }
                }
            }
            if required && crate::text::plain_of(version).trim().is_empty() {
                self.error(at, Message::TextEmpty {});
            }
        }
        if !(neutral && plain) {
            self.translations(&path, &text.versions());
        }
    }

    /// A list's items and the lists under them: an item written alone is
    /// at `bullets[j]`, one with a list under it at `bullets[j].text` and
    /// `bullets[j].items[k]`.
    pub(super) fn list(&mut self, path: FieldPath, items: &[ListItem]) {
        if items.is_empty() {
            self.error(path.clone(), Message::ListEmpty {});
        }
        for (j, item) in items.iter().enumerate() {
            if item.items.is_empty() {
                self.rich(path.index(j), &item.text, true);
            } else {
                let at = path.index(j);
                self.rich(at.key("text"), &item.text, true);
                for (k, sub) in item.items.iter().enumerate() {
                    self.rich(at.key("items").index(k), sub, true);
                }
            }
        }
    }

    pub(super) fn prose(&mut self, path: &FieldPath, blocks: &[ProseBlock]) {
        for (i, block) in blocks.iter().enumerate() {
            let at = path.index(i);
            match block {
                ProseBlock::Paragraph(t) => self.rich(at.key("paragraph"), t, true),
                ProseBlock::Bullets(items) => self.list(at.key("bullets"), items),
                ProseBlock::Numbered(items) => self.list(at.key("numbered"), items),
                ProseBlock::Subheading(h) => {
                    self.required(at.key("subheading"), h, Word::Subheading)
                }
                ProseBlock::Figure(f) => self.figure(at.key("figure"), f),
            }
        }
    }

    /// A number of a decision or statute section, written without `§`.
    pub(super) fn section_number(&mut self, path: FieldPath, value: &str, what: Word) {
        if value.contains('§') {
            let bare = value.replace('§', "").trim().to_owned();
            self.error(path, Message::SectionNumberSign { what, bare });
        } else {
            self.required(path, value, what);
        }
    }

    /// Every footnote is referred to, in every language version: one
    /// nothing refers to would be missing from the PDF. Runs after every
    /// other text is checked, since those record the footnotes they use.
    pub(super) fn footnotes(&mut self) {
        let a = self.a;
        for (key, text) in &a.footnotes {
            let path = root().key("footnotes").key(key.clone());
            self.rich(path.clone(), text, true);
            let languages = a.meta.languages.clone();
            let unused: Vec<Language> = languages
                .all()
                .iter()
                .copied()
                .filter(|l| {
                    !self
                        .used_footnotes
                        .get(l)
                        .is_some_and(|used| used.contains(key))
                })
                .collect();
            if unused.len() == languages.all().len() {
                self.error(path, Message::FootnoteUnused { key: key.clone() });
            } else {
                for l in unused {
                    self.error(
                        path.clone(),
                        Message::FootnoteUnusedInVersion {
                            key: key.clone(),
                            name: Word::Language(l),
                            language: l,
                        },
                    );
                }
            }
        }
    }
}
