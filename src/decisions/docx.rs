//! A decision item as a Word document (DOCX, Office Open XML), for the
//! case-management systems that take items for editing.
//!
//! The package is the smallest Word, LibreOffice and the case-management
//! systems open: content types, the package relationships, the core
//! properties (title, language), the styles (Normal, Title, a label style,
//! the item's headings) and the document. Written with the `zip` and
//! `quick-xml` crates the workbook reader already builds; every text is
//! escaped as XML text. The same item gives the same bytes.

use std::io::{Cursor, Write};

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::item::{Content, DecisionItem, Part};

/// Why a DOCX could not be written (in memory: only a broken archive
/// writer could fail).
#[derive(Debug, thiserror::Error)]
#[error("cannot write the DOCX package")]
pub struct DocxError(#[source] std::io::Error);

impl From<std::io::Error> for DocxError {
    fn from(e: std::io::Error) -> Self {
        DocxError(e)
    }
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

impl DecisionItem {
    /// The item as a DOCX file: the party and meeting, the title as the
    /// document's title, each part under its label, the numbered points
    /// numbered `1)`, `2)`, … in the text itself (so a system that drops
    /// list numbering keeps them).
    ///
    /// ```
    /// use sopimus::decisions::{self, DraftOptions};
    ///
    /// let agreement = sopimus::load("examples/kanta-hame-2023.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// let decisions = decisions::load("examples/kanta-hame-2023.decisions.toml")?.validate(&agreement)?;
    /// let item = decisions.draft(&agreement, &agreement.agreement().parties[2].id, &DraftOptions::new())?;
    /// let docx = item.to_docx()?;
    /// assert!(docx.starts_with(b"PK"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`DocxError`] only when the archive writer fails.
    pub fn to_docx(&self) -> Result<Vec<u8>, DocxError> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        // A fixed time, so that the same item gives the same bytes.
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        let parts: [(&str, Vec<u8>); 6] = [
            ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
            ("_rels/.rels", PACKAGE_RELS.as_bytes().to_vec()),
            ("docProps/core.xml", self.core()?),
            (
                "word/_rels/document.xml.rels",
                DOCUMENT_RELS.as_bytes().to_vec(),
            ),
            ("word/styles.xml", self.styles()?),
            ("word/document.xml", self.document()?),
        ];
        for (name, bytes) in parts {
            zip.start_file(name, options)
                .map_err(std::io::Error::other)?;
            zip.write_all(&bytes)?;
        }
        // The archive's error as the io error's cause: no `From` of the
        // `zip` crate's type, which would put it in the public API.
        Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
    }

    /// The language tag Word wants: `fi-FI`, `sv-FI`.
    fn lang_tag(&self) -> String {
        format!("{}-FI", self.language.code())
    }

    fn core(&self) -> Result<Vec<u8>, DocxError> {
        xml_part(
            "cp:coreProperties",
            &[
                (
                    "xmlns:cp",
                    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                ),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ],
            |w| {
                w.create_element("dc:title")
                    .write_text_content(BytesText::new(&self.title))?;
                w.create_element("dc:language")
                    .write_text_content(BytesText::new(&self.lang_tag()))?;
                w.create_element("dc:creator")
                    .write_text_content(BytesText::new(&self.party_name))?;
                Ok(())
            },
        )
    }

    fn styles(&self) -> Result<Vec<u8>, DocxError> {
        let lang = self.lang_tag();
        xml_part("w:styles", &[("xmlns:w", W)], |w| {
            w.create_element("w:docDefaults").write_inner_content(|w| {
                w.create_element("w:rPrDefault").write_inner_content(|w| {
                    w.create_element("w:rPr").write_inner_content(|w| {
                        w.create_element("w:rFonts")
                            .with_attribute(("w:ascii", "Arial"))
                            .with_attribute(("w:hAnsi", "Arial"))
                            .with_attribute(("w:cs", "Arial"))
                            .write_empty()?;
                        w.create_element("w:sz")
                            .with_attribute(("w:val", "22"))
                            .write_empty()?;
                        w.create_element("w:lang")
                            .with_attribute(("w:val", lang.as_str()))
                            .write_empty()?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
                w.create_element("w:pPrDefault").write_inner_content(|w| {
                    w.create_element("w:pPr").write_inner_content(|w| {
                        w.create_element("w:spacing")
                            .with_attribute(("w:after", "120"))
                            .write_empty()?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
                Ok(())
            })?;
            style(w, "Normal", "Normal", None, None)?;
            style(w, "Title", "Title", Some("32"), Some(0))?;
            style(w, "Heading1", "heading 1", Some("26"), Some(0))?;
            style(w, "Heading2", "heading 2", Some("22"), Some(1))?;
            Ok(())
        })
    }

    fn document(&self) -> Result<Vec<u8>, DocxError> {
        xml_part("w:document", &[("xmlns:w", W)], |w| {
            w.create_element("w:body").write_inner_content(|w| {
                paragraph(w, None, &self.party_name, false)?;
                paragraph(w, None, &self.meeting, true)?;
                paragraph(w, Some("Title"), &self.title, false)?;
                for part in &self.parts {
                    self.part(w, part, "Heading2")?;
                }
                self.part(w, &self.instructions, "Heading1")?;
                // A4 with the margins of the PDF.
                w.create_element("w:sectPr").write_inner_content(|w| {
                    w.create_element("w:pgSz")
                        .with_attribute(("w:w", "11906"))
                        .with_attribute(("w:h", "16838"))
                        .write_empty()?;
                    w.create_element("w:pgMar")
                        .with_attribute(("w:top", "1474"))
                        .with_attribute(("w:right", "1134"))
                        .with_attribute(("w:bottom", "1701"))
                        .with_attribute(("w:left", "1417"))
                        .with_attribute(("w:header", "708"))
                        .with_attribute(("w:footer", "708"))
                        .with_attribute(("w:gutter", "0"))
                        .write_empty()?;
                    Ok(())
                })?;
                Ok(())
            })?;
            Ok(())
        })
    }

    fn part(&self, w: &mut Writer<Vec<u8>>, part: &Part, heading: &str) -> std::io::Result<()> {
        paragraph(w, Some(heading), &part.label, false)?;
        for c in &part.content {
            match c {
                Content::Paragraph(p) => paragraph(w, None, p, false)?,
                Content::Numbered(items) => {
                    for (i, item) in items.iter().enumerate() {
                        numbered(w, i + 1, item)?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// An XML part: the declaration and the root element with `attributes`,
/// its content written by `inner`.
fn xml_part(
    root: &str,
    attributes: &[(&str, &str)],
    inner: impl FnOnce(&mut Writer<Vec<u8>>) -> std::io::Result<()>,
) -> Result<Vec<u8>, DocxError> {
    let mut w = Writer::new(Vec::new());
    w.get_mut()
        .extend_from_slice(b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    w.create_element(root)
        .with_attributes(attributes.iter().copied())
        .write_inner_content(inner)?;
    Ok(w.into_inner())
}

/// A paragraph style with a size and an outline level.
fn style(
    w: &mut Writer<Vec<u8>>,
    id: &str,
    name: &str,
    size: Option<&str>,
    outline: Option<u8>,
) -> std::io::Result<()> {
    let mut element = w
        .create_element("w:style")
        .with_attribute(("w:type", "paragraph"));
    if id == "Normal" {
        // The style of every paragraph that names none.
        element = element.with_attribute(("w:default", "1"));
    }
    element
        .with_attribute(("w:styleId", id))
        .write_inner_content(|w| {
            w.create_element("w:name")
                .with_attribute(("w:val", name))
                .write_empty()?;
            if id != "Normal" {
                w.create_element("w:basedOn")
                    .with_attribute(("w:val", "Normal"))
                    .write_empty()?;
                w.create_element("w:qFormat").write_empty()?;
                w.create_element("w:pPr").write_inner_content(|w| {
                    w.create_element("w:keepNext").write_empty()?;
                    w.create_element("w:spacing")
                        .with_attribute(("w:before", "240"))
                        .with_attribute(("w:after", "120"))
                        .write_empty()?;
                    if let Some(level) = outline {
                        w.create_element("w:outlineLvl")
                            .with_attribute(("w:val", level.to_string().as_str()))
                            .write_empty()?;
                    }
                    Ok(())
                })?;
                w.create_element("w:rPr").write_inner_content(|w| {
                    w.create_element("w:b").write_empty()?;
                    if let Some(size) = size {
                        w.create_element("w:sz")
                            .with_attribute(("w:val", size))
                            .write_empty()?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
    Ok(())
}

/// One paragraph of text in a style, bold when asked.
fn paragraph(
    w: &mut Writer<Vec<u8>>,
    style: Option<&str>,
    text: &str,
    bold: bool,
) -> std::io::Result<()> {
    w.create_element("w:p").write_inner_content(|w| {
        if let Some(style) = style {
            w.create_element("w:pPr").write_inner_content(|w| {
                w.create_element("w:pStyle")
                    .with_attribute(("w:val", style))
                    .write_empty()?;
                Ok(())
            })?;
        }
        run(w, text, bold)
    })?;
    Ok(())
}

/// A numbered point, `1) …`, with a hanging indent.
fn numbered(w: &mut Writer<Vec<u8>>, n: usize, text: &str) -> std::io::Result<()> {
    w.create_element("w:p").write_inner_content(|w| {
        w.create_element("w:pPr").write_inner_content(|w| {
            w.create_element("w:ind")
                .with_attribute(("w:left", "567"))
                .with_attribute(("w:hanging", "567"))
                .write_empty()?;
            Ok(())
        })?;
        run(w, &format!("{n})\t{text}"), false)
    })?;
    Ok(())
}

/// A run of text: tabs as `w:tab`, line breaks as `w:br`, spaces kept.
fn run(w: &mut Writer<Vec<u8>>, text: &str, bold: bool) -> std::io::Result<()> {
    w.create_element("w:r").write_inner_content(|w| {
        if bold {
            w.create_element("w:rPr").write_inner_content(|w| {
                w.create_element("w:b").write_empty()?;
                Ok(())
            })?;
        }
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                w.create_element("w:br").write_empty()?;
            }
            for (j, piece) in line.split('\t').enumerate() {
                if j > 0 {
                    w.create_element("w:tab").write_empty()?;
                }
                if !piece.is_empty() {
                    w.create_element("w:t")
                        .with_attribute(("xml:space", "preserve"))
                        .write_text_content(BytesText::new(&xml_safe(piece)))?;
                }
            }
        }
        Ok(())
    })?;
    Ok(())
}

/// Shows the characters XML 1.0 cannot carry (control characters other
/// than tab, line feed and carriage return), which escaping cannot save, as
/// U+FFFD, so that they are seen rather than dropped or breaking the file.
fn xml_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r')
                || (c >= '\u{20}' && c != '\u{FFFE}' && c != '\u{FFFF}')
            {
                c
            } else {
                '\u{FFFD}'
            }
        })
        .collect()
}
